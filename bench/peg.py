"""Twin of peg.janet: the same records parsed with Python's re module."""

import re

NAMES = ["alpha", "Beta", "gamma_", "DELTA", "eps"]
TAG_NAMES = ["red", "green", "blue", "x"]


def record_line(i):
    v = (i * 37) % 100000
    frac = v % 100
    return "%d;%s_%d;%s%d.%s%d;%s\n" % (
        i, NAMES[i % 5], i % 97, "-" if i % 3 == 0 else "", v // 100,
        "0" if frac < 10 else "", frac, ",".join(TAG_NAMES[:i % 4]))


TEXT = "".join(record_line(i) for i in range(80000)).encode()

RECORD = re.compile(rb"([0-9]+);([a-zA-Z0-9_]+);(-?[0-9]+\.[0-9]+);((?:[a-zA-Z0-9_]+(?:,[a-zA-Z0-9_]+)*)?)\n")


def parse(text):
    records = []
    pos = 0
    for m in RECORD.finditer(text):
        if m.start() != pos:
            return None
        pos = m.end()
        tags = m.group(4)
        records.append([float(m.group(1)), m.group(2), float(m.group(3)),
                        tags.split(b",") if tags else []])
    return records if pos == len(text) and records else None


def bench():
    total = 0.0
    for rid, name, value, tags in parse(TEXT):
        total = total + rid + value + len(name) + len(tags)
    return total
