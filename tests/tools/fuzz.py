#!/usr/bin/env python3
"""A differential fuzzer: pyjanet against the reference Janet.

Two kinds of input, both seeded and repeatable:

* calls: every function of the reference's root environment (less those that
  touch the file system, processes, the network, the terminal or the clock)
  called with random arguments drawn from a pool of values of every type; one
  program per function, each call inside a fiber that traps errors and yields,
  printing its status and result; with --macros, every macro too, expanded and
  run on random forms;
* mutations: sources of conformance cases with one random change (a token
  removed, doubled or swapped with another, a literal replaced by another value).

Each program is run by both interpreters; outputs are compared line by line
after addresses (0x...) and positions inside boot.janet are masked, and every
difference is put in a class (by its first differing line) so the report says
how common each cause is.  A Python traceback or `internal error` in pyjanet's
output is counted apart: none may reach a user.

This is a tool, not a test (nothing of it runs under pytest).

usage: JANET_REF=/path/to/janet python tests/tools/fuzz.py [--calls N] [--mutations M]
           [--macros K] [--seed S] [--only NAME,...] [--show K] [--jobs J] [--save DIR]
           [--minutes M]
"""

import argparse
import collections
import concurrent.futures
import os
import random
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, TESTS)

import janet_cases  # noqa: E402

# Bindings never called: they act outside the program (files, processes,
# network, terminal, exit), wait, or depend on time, addresses or randomness.
SKIP_PREFIXES = ("os/", "file/", "net/", "ev/", "ffi/", "bundle/", "filewatch/", "debugger",
                 "module/", "getline", "repl", "thread/", "_")
SKIP = {
    "spit", "slurp", "dofile", "import*", "require", "native", "exit", "flush", "eflush",
    "getline", "repl", "run-context", "cli-main", "debug", "sleep", "yield", "propagate",
    "cancel", "resume", "gccollect", "gcsetinterval", "gcinterval", "math/random",
    "math/seedrandom", "math/rng", "math/rng-int", "math/rng-uniform", "math/rng-buffer",
    "gensym", "make-image", "load-image", "marshal", "unmarshal", "os/exit", "trace",
    "untrace", "debug/break", "debug/fbreak", "debug/unbreak", "debug/unfbreak",
    "debug/step", "print", "prin", "eprint", "eprin", "printf", "prinf", "eprintf",
    "eprinf", "xprint", "xprin", "xprintf", "xprinf", "pp", "doc", "doc*", "flycheck",
    "all-bindings", "all-dynamics", "curenv", "make-env", "env-lookup", "import",
    "bundle/install", "dyn", "setdyn", "quit", "abstract?", "fiber/current",
    "fiber/root", "fiber/last-value", "fiber/getenv", "fiber/setenv", "fiber/can-resume?",
    "maclintf", "macex", "macex1", "compile", "eval", "eval-string", "parse", "parse-all",
    "sandbox", "asm", "disasm", "fiber/new", "coro", "fiber-fn", "ev/go", "debug/stack",
    "debug/stacktrace", "debug/lineage", "debug/arg-stack", "int/u64", "int/s64",
    "describe", "string", "buffer", "scan-number", "tracev", "dyn?", "get-in", "put-in",
    "update-in", "nan?", "os/clock", "os/time", "os/date", "math/random",
}
# Macros that can loop for as long as their arguments say.
SKIP_MACROS = {"forever", "while", "loop", "repeat", "for", "forv", "seq", "catseq", "tabseq",
               "generate", "doc", "coro", "spawn", "ev/spawn", "with-env"}
# (describe/string of a pool value print addresses, which are masked anyway;
# they are left out because they say nothing new about argument checking.)

POOL = [
    "nil", "true", "false", "0", "1", "-1", "2", "0.5", "-0.5", "3.7", "255", "256",
    "1e10", "-1e300", "math/inf", "math/-inf", "math/nan", "65536", "2147483647",
    "-2147483648", "4294967296", "9007199254740993",
    '""', '"abc"', '"a b c"', '"\\0x"', '"héllo"', ":kw", ":a", "'sym", "'a/b",
    '@""', '@"buf"', "[]", "[1 2 3]", "[:a 1]", "'(1 2)", "@[]", "@[1 2 3]", "@[:a :b]",
    "@[nil]", "{}", "{:a 1}", "{:a 1 :b 2}", "@{}", "@{:a 1}", "@{1 2}",
    "(struct/with-proto {:p 1} :a 1)", "(table/setproto @{:a 1} @{:b 2})",
    "identity", "inc", "+", "(fn [& xs] xs)", "(fn [x] x)", "(fn [a b] a)",
    "(int/s64 5)", "(int/u64 7)", "(int/s64 -3)", "(fiber/new (fn [] 1))",
    "(peg/compile 1)", "(parser/new)", "stdout", "[1 [2 [3]]]", "{:x [1 2]}",
]

MASK = [
    (re.compile(r"0x[0-9A-Fa-f]{6,16}"), "0x<addr>"),
    (re.compile(r"(\[boot\.janet\](?: \(tail call\))?) on line \d+(?:, column \d+)?"), r"\1"),
    (re.compile(r"(\[src/core/[a-z0-9_]+\.c\]) on line \d+"), r"\1"),
    (re.compile(r'\("boot\.janet" \d+ \d+\)'), '("boot.janet" L C)'),
]


def mask(text):
    for rx, rep in MASK:
        text = rx.sub(rep, text)
    return text


def run(cmd, src, timeout):
    d = tempfile.mkdtemp(prefix="jfuzz-")
    path = os.path.join(d, "fuzz.janet")
    with open(path, "w", encoding="utf-8") as f:
        f.write(src)
    try:
        p = subprocess.run(cmd + ["fuzz.janet"], cwd=d, capture_output=True, timeout=timeout,
                           stdin=subprocess.DEVNULL)
        out = (p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"),
               p.returncode)
    except subprocess.TimeoutExpired:
        out = ("", "<timeout>", -999)
    finally:
        for n in os.listdir(d):
            try:
                os.remove(os.path.join(d, n))
            except OSError:
                pass
        os.rmdir(d)
    return out


def reference_functions(ref, macros=False):
    """The functions (or, with macros, the macros) of the reference's root env."""
    test = "(in (dyn s) :macro)" if macros else "(not (in (dyn s) :macro))"
    src = ("(each s (all-bindings) (def v (in (dyn s) :value)) "
           "(when (and (or (function? v) (cfunction? v)) %s) (print s)))" % test)
    out, _, _ = run([ref], src, 60)
    return [l for l in out.split("\n") if l]


# Forms a macro is given (quoted, so they are code, not values).
FORMS = POOL[:40] + ["x", "[x 1]", "[x 1 y 2]", "(+ 1 2)", "[]", "(x)", "[[a b] [1 2]]",
                     "{:a x}", "[x :in [1 2]]", "(print 1)", "& x", "x y", ":k 1"]


def macro_program(name, rng, ncalls):
    """A program expanding and running macro `name` ncalls times with random forms."""
    lines = ["(def E (curenv))"]
    for i in range(ncalls):
        nargs = rng.choice([0, 1, 1, 2, 2, 3, 3, 4])
        args = " ".join(rng.choice(FORMS) for _ in range(nargs))
        form = "(%s%s)" % (name, " " + args if args else "")
        lines.append("(let [f (fiber/new (fn [] (eval '%s E)) :ey) r (resume f)] "
                     "(printf \"%d %%s %%.4q\" (fiber/status f) r))" % (form, i))
    return "\n".join(lines) + "\n"


def callable_names(names):
    return [n for n in names if n not in SKIP and not n.startswith(SKIP_PREFIXES)]


def call_program(name, rng, ncalls):
    """A program calling `name` ncalls times with random arguments."""
    lines = []
    for i in range(ncalls):
        nargs = rng.choice([0, 1, 1, 2, 2, 2, 3, 3, 4])
        args = " ".join(rng.choice(POOL) for _ in range(nargs))
        call = "(%s%s)" % (name, " " + args if args else "")
        lines.append("(let [f (fiber/new (fn [] %s) :ey) r (resume f)] "
                     "(printf \"%d %%s %%.4q\" (fiber/status f) r))  # %s" % (call, i, call))
    return "\n".join(lines) + "\n"


def compare(ref_res, py_res, per_line=False):
    """[] when equal, else a list of (class, detail): one per differing line
    with per_line (call programs: one line per call), else the first."""
    ro, re_, rc = ref_res
    po, pe, pc = py_res
    ro, re_, po, pe = mask(ro), mask(re_), mask(po), mask(pe)
    if (ro, re_, rc) == (po, pe, pc):
        return []
    rl = ro.split("\n")
    pl = po.split("\n")
    diffs = []
    for a, b in zip(rl, pl):
        if a != b:
            diffs.append((classify(a, b), (a, b)))
            if not per_line:
                return diffs
    if diffs:
        return diffs
    if len(rl) != len(pl):
        a = rl[len(pl)] if len(rl) > len(pl) else "<end>"
        b = pl[len(rl)] if len(pl) > len(rl) else "<end>"
        if b == "<end>" and ("internal error" in pe or "Traceback" in pe):
            b = pe.strip().split("\n")[0]
        return [(classify(a, b), (a, b))]
    if re_ != pe:
        a = next((x for x, y in zip(re_.split("\n"), pe.split("\n")) if x != y), re_[:200])
        b = next((y for x, y in zip(re_.split("\n"), pe.split("\n")) if x != y), pe[:200])
        return [("stderr: " + classify(a, b), (a, b))]
    return [("exit status %s vs %s" % (rc, pc), ("", ""))]


_NUM = re.compile(r"-?\d+(\.\d+)?(e[+-]?\d+)?")


def classify(a, b):
    """A short name for the cause of a difference between two lines."""
    if "internal error" in b or "Traceback" in b:
        return "PYTHON EXCEPTION"
    # the line's call (after the '#'-comment of call programs) is not the cause
    m = re.match(r"(\d+) (\w+) (.*)", a)
    n = re.match(r"(\d+) (\w+) (.*)", b)
    if m and n:
        if m.group(2) != n.group(2):
            return "status %s vs %s" % (m.group(2), n.group(2))
        ta, tb = m.group(3), n.group(3)
        if m.group(2) == "error":
            return "error text: %s" % _shape(ta)
        return "value: %s" % _shape(ta)
    return "output: " + _shape(a)


def _shape(s):
    """The text with its variable parts (values, numbers) masked."""
    if len(s) >= 2 and s[0] == '"' and s[-1] == '"':
        s = s[1:-1]
    s = re.sub(r"<[a-z/0-9-]+ 0x<addr>>", "<V>", s)
    s = re.sub(r'\\"(?:[^"\\]|\\.)*\\"', "<S>", s)
    s = re.sub(r"(got|for|to|type|of) \S+", r"\1 <V>", s)
    s = _NUM.sub("N", s)
    return s[:80]


def mutate(src, rng):
    """One random change to a Janet source."""
    toks = list(re.finditer(r'"(?:\\.|[^"\\])*"|[()\[\]{}]|[^\s()\[\]{}"]+', src))
    if not toks:
        return src
    t = rng.choice(toks)
    kind = rng.randrange(5)
    s, e = t.span()
    if kind == 0:                       # remove a token
        return src[:s] + src[e:]
    if kind == 1:                       # double it
        return src[:e] + " " + t.group() + src[e:]
    if kind == 2:                       # swap with another token
        u = rng.choice(toks)
        if u.start() == s:
            return src
        a, b = sorted([t, u], key=lambda m: m.start())
        return (src[:a.start()] + b.group() + src[a.end():b.start()] + a.group()
                + src[b.end():])
    if kind == 3 and t.group() not in "()[]{}":   # replace by a pool value
        return src[:s] + rng.choice(POOL) + src[e:]
    return src[:s] + rng.choice(["(", ")", "[", "]", ";", "~", ",", "@", "'"]) + src[s:]


AREAS = ["core", "errors", "printing", "string", "collections", "math", "parse", "buffer",
         "peg", "fibers", "doc"]
AVOID = ("os/", "file/", "spit", "slurp", "ev/", "net/", "getline", "stdin", "sleep",
         "rng", "random", "clock", "time", "gensym", "addr", "debug/", "trace", "dofile",
         "import", "require", "exit")


def case_sources():
    out = []
    for area in AREAS:
        d = os.path.join(TESTS, "conformance", area)
        if not os.path.isdir(d):
            continue
        for fn in sorted(os.listdir(d)):
            if fn.endswith(".janet"):
                for c in janet_cases.parse_file(os.path.join(d, fn)):
                    src = c.source if isinstance(c.source, str) else "\n".join(c.source)
                    if not any(a in src for a in AVOID):
                        out.append(src)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=12, help="calls per function")
    ap.add_argument("--mutations", type=int, default=300)
    ap.add_argument("--macros", type=int, default=0, help="expansions per macro")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--only", default="")
    ap.add_argument("--show", type=int, default=2, help="examples per class")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--save", default="", help="directory to write differing programs to")
    ap.add_argument("--pyjanet", default=sys.executable + " -m pyjanet")
    ap.add_argument("--minutes", type=float, default=0,
                    help="start no program after this many minutes (0: no limit); "
                         "the report counts only the programs run")
    a = ap.parse_args()
    ref = os.environ.get("JANET_REF", "janet")
    py = a.pyjanet.split()
    rng = random.Random(a.seed)
    programs = []
    names = a.only.split(",") if a.only else callable_names(reference_functions(ref))
    for n in names:
        programs.append(("call " + n, call_program(n, rng, a.calls), a.calls))
    if a.macros:
        for n in callable_names(reference_functions(ref, macros=True)):
            if n in SKIP_MACROS:
                continue
            programs.append(("call macro " + n, macro_program(n, rng, a.macros), a.macros))
    if a.mutations:
        srcs = case_sources()
        for i in range(a.mutations):
            programs.append(("mutation %d" % i, mutate(rng.choice(srcs), rng), 1))

    # run in a seeded random order, so that a run cut short by --minutes
    # still samples calls, macros and mutations alike
    random.Random(a.seed).shuffle(programs)
    deadline = time.monotonic() + a.minutes * 60 if a.minutes else None

    def one(p):
        label, src, n = p
        if deadline is not None and time.monotonic() > deadline:
            return label, src, 0, None
        return label, src, n, compare(run([ref], src, 20), run(py, src, 60),
                                      label.startswith("call "))

    classes = collections.Counter()
    examples = collections.defaultdict(list)
    tried = 0
    pyexc = 0
    skipped = 0
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as ex:
        for label, src, n, diffs in ex.map(one, programs):
            if diffs is None:
                skipped += 1
                continue
            tried += n
            for cls, detail in diffs:
                if cls.endswith("PYTHON EXCEPTION"):
                    pyexc += 1
                classes[cls] += 1
                if len(examples[cls]) < a.show:
                    examples[cls].append((label, detail))
            if a.verbose and diffs:
                print("--", label, diffs[:3], flush=True)
            if a.save and diffs:
                os.makedirs(a.save, exist_ok=True)
                with open(os.path.join(a.save, label.replace(" ", "_").replace("/", "%")
                                       + ".janet"), "w", encoding="utf-8") as f:
                    f.write(src)
    print("inputs tried: %d (%d programs%s)" % (
        tried, len(programs) - skipped,
        ", %d not run: --minutes reached" % skipped if skipped else ""))
    print("differences: %d; Python exceptions: %d" % (sum(classes.values()), pyexc))
    for cls, k in classes.most_common():
        print("%5d  %s" % (k, cls))
        for label, (x, y) in examples[cls]:
            print("         %s\n           ref: %s\n           py:  %s" % (label, x[:160], y[:160]))


if __name__ == "__main__":
    main()
