"""Scripts that need a process of their own, against the reference.

Forking, replacing the process (os/posix-exec), the bundle flags and the like
cannot run inside the test process the way the conformance cases do.  Each
case here is a Janet script (or a Case: files, command-line arguments and
environment variables) written to a fresh temporary directory and run there as
`python -m pyjanet script.janet` (or with the case's arguments); its standard
output, standard error and exit status are compared with what the reference
printed for the same case, stored in EXPECTED below.  The temporary
directory's path reads TMP in the outputs.

Regenerate the expectations (after adding a case) with
    JANET_REF=/work/ref/janet/build/janet python tests/cli/test_host.py
"""

import os
import re
import subprocess
import sys
import tempfile

import pytest

class Case:
    """Files to write, then the command's arguments; `then` lists the arguments
    of more commands run after it in the same directory (their outputs are
    appended)."""

    def __init__(self, args, files=None, env=None, stdin=None, then=()):
        self.args = args
        self.then = then
        self.files = files or {}
        self.env = env or {}
        self.stdin = stdin


_BUNDLE = {
    "b/info.jdn": '{:name "hello"}',
    "b/bundle.janet": '(defn install [m &] (bundle/add-file m "hello.janet"))',
    "b/hello.janet": '(defn greet [] (print "hello from a bundle"))',
    "sys/.keep": "",
}
_SYS = {"JANET_PATH": "{TMP}/sys"}


def _data(name):
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", name),
              encoding="utf-8") as f:
        return f.read()


CASES = {
    "fork-wait": """
(def p (os/posix-fork))
(if p
  (print "parent " (type p) " " (os/proc-wait p))
  (do (print "child") (os/exit 3)))
""",
    "fork-child-error": """
(def p (os/posix-fork))
(if p
  (print "parent " (os/proc-wait p))
  (error "in the child"))
""",
    "fork-proc-fields": """
(def p (os/posix-fork))
(when p (pp [(type (p :pid)) (p :return-code)]) (os/proc-wait p))
""",
    "exec-env": """
(os/posix-exec ["/bin/sh" "-c" "echo $FOO"] :e {"FOO" "bar"})
(print "not reached")
""",
    "exec-path": """
(os/posix-exec ["echo" "hi"] :p)
""",
    "bundle-install-import": Case(
        ["-b", "b", "-L", "-e", "(import hello) (hello/greet)"], _BUNDLE, _SYS),
    "bundle-install-twice": Case(["-b", "b", "-b", "b"], _BUNDLE, _SYS),
    "bundle-uninstall": Case(["-b", "b", "-u", "hello", "-L", "-e", "(print :done)"],
                             _BUNDLE, _SYS),
    "bundle-reinstall-update-prune": Case(
        ["-b", "b", "-B", "hello", "-U", "-P", "-L"], _BUNDLE, _SYS),
    "bundle-uninstall-missing": Case(["-u", "nope"], _BUNDLE, _SYS),
    "bundle-flag-without-arg": Case(["-b"], _BUNDLE, _SYS),
    "image-in-another-process": Case(
        ["-c", "m.janet", "m.jimage"], {"m.janet": _data("image-module.janet")},
        then=[["-i", "m.jimage", "a1"]]),
    "image-closures": Case(
        ["-c", "m.janet", "m.jimage"],
        {"m.janet": _data("image-closures.janet"),
         "helper.janet": "(def base 100)\n(defn lib-add [x] (+ x base))\n"
                         "(def counter (let [c @[0]] (fn [] (++ (c 0)))))\n"},
        then=[["-i", "m.jimage"]]),
    "image-closure-over-a-local": Case(
        ["-c", "m.janet", "m.jimage"],
        {"m.janet": "(def f (let [x 1] (fn [] x)))\n(defn main [&] (print (f)))\n"},
        then=[["-i", "m.jimage"]]),
    "image-fibers": Case(
        ["fibers-write.janet"], {name: _data(name) for name in ("fibers-write.janet",
                                                              "fibers-read.janet")},
        then=[["fibers-read.janet"]]),
    # where the report of an uncaught error goes: a script's (dyn :err) takes
    # its parse and compile errors, not its runtime errors; an error escaping
    # cli-main (from -e) goes to stderr
    "error-report-not-on-script-err": """
(def b @"")
(setdyn :err b)
(print "before")
(error "oops")
""",
    "error-report-not-on-script-stdout": '(setdyn :err stdout)\n(error "to stdout?")\n',
    "compile-error-on-script-err": '(setdyn :err stdout)\n(print "x")\n(+ 1 nosuch)\n',
    "parse-error-on-script-err": '(setdyn :err stdout)\n(print "x")\n(def x 1\n',
    "error-report-of-e-on-stderr": Case(["-e", "(setdyn :err stdout)", "-e", '(error "second")']),
    "error-report-on-cli-err": Case(["-e", "(setdyn :err stdout)", "f.janet"],
                                    {"f.janet": '(error "in file")\n'}),
    "repl-debugger": Case(["-d", "-q"], stdin='(error "x")\n(.signal)\n(.fiber)\n(quit)\n(+ 1 2)\n'),
    "repl-no-debugger": Case(["-q"], stdin='(error "x")\n(.signal)\n(+ 1 2)\n'),
    # (dyn :executable) runs the interpreter again (spork's sh/self-exe uses
    # it): under `python -m pyjanet` it is the installed pyjanet command
    "executable-reruns-interpreter": """
(def exe (dyn :executable))
(print (os/execute [exe "-e" "(print (+ 1 2))"] :p))
(print (os/execute [exe "-e" "(os/exit 4)"] :p))
""",
}

_ADDR = re.compile(r"0x[0-9A-Fa-f]{6,16}")
_BOOT_POS = re.compile(r"(  in [^\n]* \[boot\.janet\](?: \(tail call\))?) on line \d+(?:, column \d+)?")


def normalize(text):
    return _BOOT_POS.sub(r"\1", _ADDR.sub("0xADDR", text))


def _frames_dropped(text):
    # the frames of boot.janet functions the bundle flags pass through differ
    # (pyjanet writes them in Python); keep the message and the user's frames
    return "\n".join(l for l in text.split("\n") if "[boot.janet]" not in l)


def run(cmd, case):
    if isinstance(case, str):
        case = Case(["script.janet"], {"script.janet": case})
    with tempfile.TemporaryDirectory() as d:
        d = os.path.realpath(d)
        for name, text in case.files.items():
            path = os.path.join(d, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        env = {k: v for k, v in os.environ.items() if k not in ("JANET_PATH", "NO_COLOR")}
        env.update({k: v.replace("{TMP}", d) for k, v in case.env.items()})
        data = case.stdin.encode() if case.stdin is not None else b""
        out = err = ""
        for args in [case.args] + list(case.then):
            p = subprocess.run(cmd + args, capture_output=True, cwd=d, env=env,
                               input=data, timeout=60)
            out += p.stdout.decode("utf-8", "replace")
            err += p.stderr.decode("utf-8", "replace")
    return out.replace(d, "TMP"), _frames_dropped(err.replace(d, "TMP")), p.returncode


@pytest.mark.parametrize("name", sorted(CASES))
def test_script_matches_reference(name):
    assert name in EXPECTED, "no expectation for %s: regenerate EXPECTED" % name
    out, err, rc = run([sys.executable, "-m", "pyjanet"], CASES[name])
    want = EXPECTED[name]
    assert (normalize(out), normalize(err), rc) == \
        (normalize(want[0]), normalize(want[1]), want[2])


EXPECTED = {
    'fork-wait': ('child\nparent core/process 3\n',
        '', 0),
    'fork-child-error': ('parent 1\n',
        'error: in the child\n  in thunk [script.janet] (tail call) on line 5, column 3\n', 0),
    'fork-proc-fields': ('(:number 0)\n',
        '', 0),
    'exec-env': ('bar\n',
        '', 0),
    'exec-path': ('hi\n',
        '', 0),
    'bundle-install-import': ('running hook install for bundle hello\nadd TMP/sys/hello.janet\ninstalled hello\nhello\nhello from a bundle\n',
        '', 0),
    'bundle-install-twice': ('running hook install for bundle hello\nadd TMP/sys/hello.janet\ninstalled hello\n',
        'error: bundle "hello" is already installed\n', 1),
    'bundle-uninstall': ('running hook install for bundle hello\nadd TMP/sys/hello.janet\ninstalled hello\nremove TMP/sys/hello.janet\ndone\n',
        '', 0),
    'bundle-reinstall-update-prune': ('running hook install for bundle hello\nadd TMP/sys/hello.janet\ninstalled hello\nremove TMP/sys/hello.janet\nrunning hook install for bundle hello\nadd TMP/sys/hello.janet\ninstalled hello\nremove TMP/sys/hello.janet\nrunning hook install for bundle hello\nadd TMP/sys/hello.janet\ninstalled hello\npruning 0 bundles\nhello\n',
        '', 0),
    'bundle-uninstall-missing': ('',
        'error: no bundle "nope" found\n', 1),
    'bundle-flag-without-arg': ('',
        'error: expected integer key for array in range [0, 1), got 1\n', 1),
    'image-in-another-process': ('("m.jimage" "a1")\n1 2\n3628800\n42\n120\n(1 nil ())\n(1 2 (3 4))\n9\n(false "<function fact> called with 0 arguments, expected 1")\n<function fact>\ntrue\n',
        '', 0),
    'image-closures': ('2\n6 8\n102334155\ndeep\n(:a :b)\n@[1 2 3 3]\n@[1 2 3 3 4]\n101\n12\n',
        '', 0),
    'image-closure-over-a-local': ('1\n',
        '', 0),
    'image-fibers': ('same process: :pending 1\n(false "cannot marshal fiber with c stackframe (<cfunction signal>)")\n(false "cannot marshal fiber with c stackframe (<cfunction signal>)")\n(false "cannot marshal fiber with c stackframe (<cfunction string/slice>)")\n(false "cannot marshal fiber with c stackframe (<cfunction ev/sleep>)")\n(false "cannot marshal alive fiber")\ncopy: false :x :new\nfresh: :new true nil\n10 11 12\nshared: true\nfinished: :dead (:result 42) (false "cannot resume fiber with status :dead")\nerrored: :error @{:why "boom"} false\nframes: @[("failing" "fibers-write.janet" 9 18)]\ntrapped: "inside" :error "inside"\nenvd: (:red 3) @{:color :red :size 3}\nnested: (:a :b :dead)\nmaxed: 1234 :m\nselfish: true\n',
        'trace error: <table 0x55EA21D30E20>\n  in failing [fibers-write.janet] (tail call) on line 9, column 18\n', 0),
    'error-report-not-on-script-err': ('before\n',
        'error: oops\n  in thunk [script.janet] (tail call) on line 5, column 1\n', 1),
    'error-report-not-on-script-stdout': ('',
        'error: to stdout?\n  in thunk [script.janet] (tail call) on line 2, column 1\n', 1),
    'compile-error-on-script-err': ('x\nscript.janet:3:1: compile error: unknown symbol nosuch\n',
        '', 1),
    'parse-error-on-script-err': ('x\nscript.janet:4:0: parse error: unexpected end of source, ( opened at line 3, column 1\n',
        '', 1),
    'error-report-of-e-on-stderr': ('',
        'error: second\n  in thunk [eval] (tail call) on line 1, column 1\n', 1),
    'error-report-on-cli-err': ('error: in file\n  in thunk [f.janet] (tail call) on line 1, column 1\n',
        '', 1),
    'repl-debugger': ('"x"\n<fiber 0x55F9FCF949E0>\nnil\n3\n',
        'error: x\n  in thunk [repl] (tail call) on line 1, column 1\nentering debug[1] - (quit) to exit\nexiting debug[1]\n', 0),
    'repl-no-debugger': ('3\n',
        'error: x\n  in thunk [repl] (tail call) on line 1, column 1\nrepl:2:1: compile error: unknown symbol .signal\n', 0),
    'executable-reruns-interpreter': ('3\n0\n4\n',
        '', 0),
}


def test_suspended_fiber_in_another_process():
    """A documented difference (docs/host.md, "Images and marshalled
    functions"): the reference writes a suspended fiber's stack and resumes it
    in another process; pyjanet's stack is Python frames, so the fiber is
    written by reference and another process refuses it with this message."""
    case = Case(["-e", '(def g (fiber/new (fn [] (yield 1) (yield 2)))) (resume g) '
                       '(spit "g.jimage" (marshal g make-image-dict)) '
                       '(pp (resume (unmarshal (slurp "g.jimage") load-image-dict)))'],
                then=[["-e", '(unmarshal (slurp "g.jimage") load-image-dict)']])
    out, err, rc = run([sys.executable, "-m", "pyjanet"], case)
    assert (out, err.split("\n")[0], rc) == (
        "2\n", "error: cannot unmarshal a fiber with status :pending marshalled by another "
        "process: a suspended fiber's stack cannot be serialised", 1)


def regenerate(ref):
    lines = ["EXPECTED = {"]
    for name, source in CASES.items():
        out, err, rc = run([ref], source)
        lines.append("    %r: (%r,\n        %r, %d)," % (name, out, err, rc))
    lines.append("}")
    path = os.path.abspath(__file__)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    start = text.index("EXPECTED = {")
    end = text.index("\n}\n", start) + 2
    text = text[:start] + "\n".join(lines) + text[end:]
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    regenerate(os.environ.get("JANET_REF", "/work/ref/janet/build/janet"))
