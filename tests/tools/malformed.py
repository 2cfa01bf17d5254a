"""Make tests/conformance/errors/malformed.janet: damaged programs.

Takes the sources of conformance cases (areas without files, processes or the
event loop), damages each in a seeded, repeatable way -- cut short, a delimiter
dropped or doubled, a prefix character or quote inserted -- and keeps those the
reference Janet runs to the same result twice within a second.  Their
expectations are then written by expect.py like any case file's, so the test
checks that pyjanet reports each damaged program exactly as the reference does
(and never with a Python traceback).

usage: JANET_REF=/path/to/janet python tests/tools/malformed.py [COUNT]
"""

import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, TESTS)

import janet_cases  # noqa: E402

AREAS = ["core", "errors", "printing", "string", "collections", "math", "parse", "buffer"]
AVOID = ("os/", "file/", "spit", "slurp", "ev/", "net/", "getline", "stdin", "sleep",
         "os-", "rng", "random", "clock", "time", "gensym", "addr", "malformed")
INSERTS = list("()[]{}\"'@~,;|`\\") + ["#", " 0x", "1e", ":", "&"]
OUT = os.path.join(TESTS, "conformance", "errors", "malformed.janet")
# Cases left out, with the reason.
LEFT_OUT = {
    # An error in a spliced argument is reported at the position of whatever
    # instruction last saved the reference VM's program counter, not at a form.
    "array keys are by identity: ';' inserted",
}


def sources():
    for area in AREAS:
        d = os.path.join(TESTS, "conformance", area)
        for name in sorted(os.listdir(d)):
            if name.endswith(".janet") and "malformed" not in name:
                for case in janet_cases.parse_file(os.path.join(d, name)):
                    if not any(a in case.source for a in AVOID) and len(case.source) < 600:
                        yield case


def damage(rng, src):
    how = rng.choice(["cut", "drop", "double", "insert", "insert"])
    if how == "cut":
        i = rng.randrange(1, len(src))
        return src[:i], "cut short"
    delims = [i for i, ch in enumerate(src) if ch in "()[]{}\""]
    if how in ("drop", "double") and delims:
        i = rng.choice(delims)
        if how == "drop":
            return src[:i] + src[i + 1:], "a %r dropped" % src[i]
        return src[:i] + src[i] + src[i:], "a %r doubled" % src[i]
    i = rng.randrange(0, len(src))
    ins = rng.choice(INSERTS)
    return src[:i] + ins + src[i:], "%r inserted" % ins


def reference(janet, src):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, janet_cases.SOURCE_NAME)
        with open(path, "w") as f:
            f.write(src)
        try:
            r = subprocess.run([janet, janet_cases.SOURCE_NAME], cwd=d, capture_output=True,
                               timeout=1)
        except subprocess.TimeoutExpired:
            return None
        return r.stdout, r.stderr, r.returncode


def main():
    janet = os.environ.get("JANET_REF")
    if not janet:
        sys.exit("set JANET_REF to the reference janet binary")
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    rng = random.Random(1941)
    pool = list(sources())
    blocks = ["# Damaged programs (made by tests/tools/malformed.py): each must be reported\n"
              "# exactly as the reference reports it.\n"]
    seen = set()
    tries = 0
    while len(seen) < count and tries < count * 20:
        tries += 1
        case = rng.choice(pool)
        src, how = damage(rng, case.source.rstrip("\n"))
        if src in seen or "####" in src or "\n#>" in src or "\n#!" in src:
            continue
        a = reference(janet, src)
        if a is None or a[2] < 0 or a != reference(janet, src):
            continue
        title = "%s: %s" % (case.name[:60], how)
        seen.add(src)
        if title not in LEFT_OUT:
            blocks.append("#### %s\n%s\n" % (title, src.rstrip("\n")))
    with open(OUT, "w") as f:
        f.write("\n".join(blocks))
    print("%d cases written to %s; now run tests/tools/expect.py on it" % (len(blocks) - 1, OUT))


if __name__ == "__main__":
    main()
