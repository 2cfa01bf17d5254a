"""Twin of fiber-generator.janet: a Python generator consumed by a for loop."""


def gen(n):
    for i in range(n):
        yield i


def bench():
    s = 0
    for x in gen(1500000):
        s += x
    return s
