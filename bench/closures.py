"""Twin of closures.janet."""


def make_adder(n):
    return lambda x: x + n


def bench():
    acc = 0
    for i in range(500000):
        add = make_adder(i)
        acc = add(acc)
    return acc
