"""Twin of table-heavy.janet."""


def bench():
    counts = {}
    for i in range(200000):
        k = (i * 7) % 1000
        counts[k] = 1 + counts.get(k, 0)
    total = 0
    for k, v in counts.items():
        total += k * v
    return total
