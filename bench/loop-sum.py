"""Twin of loop-sum.janet."""


def bench():
    s = 0
    for i in range(3000000):
        s += i
    return s
