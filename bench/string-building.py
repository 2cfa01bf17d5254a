"""Twin of string-building.janet."""


def bench():
    buf = bytearray()
    for i in range(100000):
        buf += str(i).encode()
        buf += b","
    parts = []
    for i in range(50000):
        parts.append(("item-" + str(i)).encode())
    return len(buf) + len(b" ".join(parts))
