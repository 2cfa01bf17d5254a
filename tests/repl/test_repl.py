"""The interactive REPL driven through prompt_toolkit's pipe input.

Each session types keys into `pyjanet -q` as a user would at a terminal
(prompt_toolkit reads them from a pipe instead; no real terminal is needed)
and ends with Ctrl-D.  What the session prints is compared with what the
reference prints when given, on standard input, the source that the editor
submits (stored in SESSIONS beside the keys, and checked against the history
file, which records exactly what was submitted).

Regenerate the expectations with
    JANET_REF=/work/scratch/bin/janet python tests/repl/test_repl.py
"""

import io
import os
import subprocess
import sys
import threading

import pytest

ENTER, TAB, CTRL_A, CTRL_B, CTRL_C, CTRL_D = "\r", "\t", "\x01", "\x02", "\x03", "\x04"
CTRL_Q, CTRL_R, UP, ESC_ENTER = "\x11", "\x12", "\x1b[A", "\x1b\r"

# name: (keys typed, the inputs the editor submits -- the reference reads them,
# one after the other, each followed by a newline)
SESSIONS = {
    # a form typed over four lines is evaluated once, when it is complete;
    # each new line is indented for the open delimiters
    "multi-line": ("(defn f [x]" + ENTER + "(let [y 1" + ENTER + "z 2]" + ENTER
                   + "(+ x y z)))" + ENTER + "(f 1)" + ENTER + CTRL_D,
                   ["(defn f [x]\n  (let [y 1\n        z 2]\n    (+ x y z)))", "(f 1)"]),
    "tab-completes": ("string/tr" + TAB + ENTER + CTRL_D, ["string/trim"]),
    "ctrl-c-clears": ("(+ 1 2" + ENTER + "3" + CTRL_C + "(+ 3 4)" + ENTER + CTRL_D,
                      ["(+ 3 4)"]),
    "ctrl-q-cancels": ("(+ 1" + ENTER + "2" + CTRL_Q + "(+ 5 5)" + ENTER + CTRL_D,
                       ["(+ 5 5)"]),
    "error-then-more": ('(error "boom")' + ENTER + "(+ 1 1)" + ENTER + "(foo)" + ENTER
                        + "(do" + ENTER + '(error "deep"))' + ENTER + ":ok" + ENTER
                        + CTRL_D,
                        ['(error "boom")', "(+ 1 1)", "(foo)", '(do\n  (error "deep"))',
                         ":ok"]),
    "ctrl-d-deletes": ("(+ 1 2)x" + CTRL_B + CTRL_D + ENTER + CTRL_D, ["(+ 1 2)"]),
    "esc-enter-submits": ("(+ 1" + ESC_ENTER + "2)" + ENTER + CTRL_D, ["(+ 1", "2)"]),
    "empty-lines": (ENTER + ENTER + "(+ 1 2)" + ENTER + CTRL_D, ["", "", "(+ 1 2)"]),
    "underscore": ("(+ 20 1)" + ENTER + "(* _ 2)" + ENTER + CTRL_D, ["(+ 20 1)", "(* _ 2)"]),
    "exit": ("(os/exit 3)" + ENTER + "(print 1)" + ENTER + CTRL_D, ["(os/exit 3)"]),
}


def _source(chunks):
    return "".join(c + "\n" for c in chunks)


# Generated from the reference (`printf SOURCE | janet -q`); do not edit.
EXPECTED = {
    # printf '(defn f [x]\n  (let [y 1\n        z 2]\n    (+ x y z)))\n(f 1)\n' | janet -q
    'multi-line': ('<function f>\n4\n', '', 0),
    # printf 'string/trim\n' | janet -q
    'tab-completes': ('<cfunction string/trim>\n', '', 0),
    # printf '(+ 3 4)\n' | janet -q
    'ctrl-c-clears': ('7\n', '', 0),
    # printf '(+ 5 5)\n' | janet -q
    'ctrl-q-cancels': ('10\n', '', 0),
    # printf '(error "boom")\n(+ 1 1)\n(foo)\n(do\n  (error "deep"))\n:ok\n' | janet -q
    'error-then-more': ('2\n:ok\n', 'error: boom\n  in thunk [repl] (tail call) on line 1, column 1\nrepl:3:1: compile error: unknown symbol foo\nerror: deep\n  in thunk [repl] (tail call) on line 5, column 3\n', 0),
    # printf '(+ 1 2)\n' | janet -q
    'ctrl-d-deletes': ('3\n', '', 0),
    # printf '(+ 1\n2)\n' | janet -q
    'esc-enter-submits': ('3\n', '', 0),
    # printf '\n\n(+ 1 2)\n' | janet -q
    'empty-lines': ('3\n', '', 0),
    # printf '(+ 20 1)\n(* _ 2)\n' | janet -q
    'underscore': ('21\n42\n', '', 0),
    # printf '(os/exit 3)\n' | janet -q
    'exit': ('', '', 3),
}


# --------------------------------------------------------------------------
# Running a session

def run_session(keys, argv=("-q",), histfile=None, output=None, env=None):
    """Type `keys` into `pyjanet ARGV` through a pipe input; returns (stdout,
    stderr, exit status).  `keys` is a string typed at once, or a list of
    strings each typed when the next prompt appears (keys typed ahead are
    handed by prompt_toolkit to the next prompt before its history is ready,
    which a person typing does not meet).  `histfile`: the history file
    (default: none)."""
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput
    from pyjanet import repl, runtime as rt
    from pyjanet.boot import root_env
    from pyjanet.lib import io as jio
    from pyjanet.__main__ import Cli, Exit
    root_env()
    result = {}

    def work():
        rt.reset_state()
        out, err = io.BytesIO(), io.BytesIO()
        saved = (jio.STDOUT.f, jio.STDERR.f, jio.STDOUT.tty, jio.STDERR.tty)
        jio.STDOUT.f, jio.STDERR.f = out, err
        jio.STDOUT.tty = jio.STDERR.tty = False
        fib = rt.STATE.fiber
        old_env = fib.env
        code = 0
        cli = None
        try:
            cli = Cli(list(argv))
            cli.run()
        except Exit as e:
            code = e.code
        except SystemExit as e:
            code = e.code
        finally:
            if cli is not None:
                cli.restore_root()
            jio.STDOUT.f, jio.STDERR.f, jio.STDOUT.tty, jio.STDERR.tty = saved
            fib.env = old_env
        result["r"] = (out.getvalue().decode("utf-8", "replace"),
                       err.getvalue().decode("utf-8", "replace"), code)

    old_environ = dict(os.environ)
    os.environ.update(env or {})
    pending = [keys] if isinstance(keys, str) else list(keys)
    original_read = repl.Editor.read

    def read(editor, prompt, env=None):
        if pending:
            inp.send_text(pending.pop(0))
        return original_read(editor, prompt, env)

    with create_pipe_input() as inp:
        repl.use_terminal(inp, output or DummyOutput())
        repl.SETTINGS.history_file = histfile or ""
        repl.Editor.read = read
        try:
            t = threading.Thread(target=work)
            t.start()
            t.join(60)
        finally:
            repl.Editor.read = original_read
            repl.use_terminal()
            repl.SETTINGS.history_file = None
            repl.SETTINGS.color = None
            os.environ.clear()
            os.environ.update(old_environ)
    assert "r" in result, "the session did not end"
    return result["r"]


# --------------------------------------------------------------------------
# Sessions against the reference

@pytest.mark.parametrize("name", sorted(SESSIONS))
def test_session_matches_reference(name, tmp_path):
    from pyjanet.repl import read_history
    keys, chunks = SESSIONS[name]
    hist = str(tmp_path / "history")
    got = run_session(keys, histfile=hist)
    assert got == EXPECTED[name]
    # what the editor submitted is what the reference was given (the history
    # keeps every non-blank input, newest first)
    assert read_history(hist) == [c for c in reversed(chunks) if c.strip()]


def test_multi_line_form_evaluates_once():
    out, err, code = run_session("(+ 1" + ENTER + "2" + ENTER + "3)" + ENTER + CTRL_D)
    # printf '(+ 1\n  2\n  3)\n' | janet -q
    assert (out, err, code) == ("6\n", "", 0)


def test_history_persists_across_sessions(tmp_path):
    from pyjanet.repl import read_history
    hist = str(tmp_path / "history")
    first = run_session("(def a 41)" + ENTER + "(def b" + ENTER + ":x)" + ENTER + CTRL_D,
                        histfile=hist)
    assert first == ("41\n:x\n", "", 0)
    # the file holds whole forms, newest first, as Janet strings (the format
    # of the reference's JANET_HISTFILE: janet -e '(printf "%j" "(def b\n  :x)")')
    with open(hist, "rb") as f:
        assert f.read() == b'"(def b\\n  :x)"\n"(def a 41)"\n'
    # a second session recalls them: Up goes to the newest form, Up inside a
    # form moves up a line, then to the form before; Ctrl-R searches
    second = run_session([UP + UP + UP + ENTER, CTRL_R + "b" + ENTER + ENTER,
                          "(+ a 1)" + ENTER, CTRL_D], histfile=hist)
    # printf '(def a 41)\n(def b\n  :x)\n(+ a 1)\n' | janet -q
    assert second == ("41\n:x\n42\n", "", 0)
    assert read_history(hist) == ["(+ a 1)", "(def b\n  :x)", "(def a 41)"]


def test_prompts_count_lines_like_the_reference():
    from prompt_toolkit.output.vt100 import Vt100_Output
    from prompt_toolkit.data_structures import Size
    import re
    buf = io.StringIO()
    out = Vt100_Output(buf, lambda: Size(rows=30, columns=80), term="xterm")
    got = run_session("(+ 1" + ENTER + "2)" + ENTER + "[" + ENTER + "3]" + ENTER + CTRL_D,
                      output=out)
    assert got == ("3\n(3)\n", "", 0)
    screen = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", buf.getvalue())
    # printf '(+ 1\n  2)\n[\n 3]\n' | janet -s -q: the prompts the reference shows
    # are repl:1:> repl:2:(> repl:3:> repl:4:[> repl:5:>; the editor shows the
    # first line's prompt, and the open delimiters on the lines after it
    for prompt in ("repl:1:> (+ 1", "      (>   2)", "repl:3:> [", "      [>  3]", "repl:5:>"):
        assert prompt in screen


def test_custom_prompt():
    from prompt_toolkit.output.vt100 import Vt100_Output
    from prompt_toolkit.data_structures import Size
    buf = io.StringIO()
    out = Vt100_Output(buf, lambda: Size(rows=30, columns=80), term="xterm")
    got = run_session('(setdyn *repl-prompt* (fn [p] "P> "))' + ENTER + "1" + ENTER + CTRL_D,
                      output=out)
    assert got[0].endswith("1\n")
    assert "P> 1" in buf.getvalue()


def test_profile_runs_before_the_first_prompt(tmp_path):
    prof = tmp_path / "profile.janet"
    prof.write_text('(def from-profile "profile ran")\n')
    got = run_session("from-profile" + ENTER + "(dyn :current-file)" + ENTER + CTRL_D,
                      env={"JANET_PROFILE": str(prof)})
    # printf 'from-profile\n(dyn :current-file)\n' | JANET_PROFILE=... janet -q
    assert got == ('"profile ran"\nnil\n', "", 0)


def test_getline_in_the_repl_reads_a_plain_line(tmp_path):
    from pyjanet.repl import read_history
    hist = str(tmp_path / "history")
    got = run_session(['(def x (getline "name? "))' + ENTER, "Ada (" + ENTER,
                       "x" + ENTER, CTRL_D], histfile=hist)
    # printf '(def x (getline "name? "))\nAda (\nx\n' | janet -q
    assert got == ('@"Ada (\\n"\n@"Ada (\\n"\n', "", 0)
    # the line read by getline is not a REPL form: not in the history
    assert read_history(hist) == ["x", '(def x (getline "name? "))']


def test_no_completion_inside_strings_and_comments():
    from pyjanet import repl
    assert repl.in_string_or_comment('(print "str')
    assert repl.in_string_or_comment("(+ 1 # str")
    assert repl.in_string_or_comment("``str")
    assert not repl.in_string_or_comment('(print "a" str')


def test_ctrl_c_interrupts_a_running_form():
    # The reference's client dies of Ctrl-C while a form runs; here the form
    # stops with an error and the session goes on.
    from pyjanet import repl
    import time
    stop = {}

    def press_ctrl_c():
        deadline = time.time() + 30
        while time.time() < deadline and not stop:
            if repl._Evaluating.thread is not None and repl.interrupt():
                return
            time.sleep(0.01)

    presser = threading.Thread(target=press_ctrl_c)
    presser.start()
    try:
        got = run_session(["(var i 0) (while true (++ i))" + ENTER, "(> i 0)" + ENTER,
                           CTRL_D])
    finally:
        stop["done"] = True
        presser.join()
    # printf '(var i 0)\n(> i 0)\n' | janet -q (for what is printed around it)
    assert got == ("0\ntrue\n",
                   "error: interrupted\n  in thunk [repl] on line 1, column 11\n", 0)


# form: the frames of its error (the reference's client dies of Ctrl-C, so
# these are pyjanet's: the function that waited, then the form)
WAITS = {
    "ev-sleep": ("(ev/sleep 60)", "  in ev/sleep [src/core/ev.c] on line 3313\n"
                 "  in thunk [repl] (tail call) on line 1, column 1\n"),
    "os-sleep": ("(os/sleep 60)", "  in thunk [repl] on line 1, column 1\n"),
    "proc-wait": ('(os/proc-wait (os/spawn ["sleep" "60"] :p))',
                  "  in os/proc-wait [src/core/os.c] on line 686\n"
                  "  in thunk [repl] (tail call) on line 1, column 1\n"),
}


@pytest.mark.parametrize("presses", [1, 3])
@pytest.mark.parametrize("name", sorted(WAITS))
def test_ctrl_c_interrupts_a_wait_at_once(name, presses):
    # A form waiting (on the event loop, in os/sleep, for a process) stops at
    # the first Ctrl-C, not when its 60 s are over; more Ctrl-Cs before it
    # got through do not end the session.
    from pyjanet import repl
    import time
    stop = {}
    start = time.time()

    def press_ctrl_c():
        deadline = time.time() + 30
        while time.time() < deadline and not stop and repl._Evaluating.thread is None:
            time.sleep(0.01)
        time.sleep(0.3)     # (the form is waiting by now)
        for _ in range(presses):
            repl.interrupt()

    presser = threading.Thread(target=press_ctrl_c)
    presser.start()
    try:
        got = run_session([WAITS[name][0] + ENTER, "(+ 1 2)" + ENTER, CTRL_D])
    finally:
        stop["done"] = True
        presser.join()
    assert time.time() - start < 30, "the wait was not interrupted"
    # printf '(+ 1 2)\n' | janet -q (for what is printed around it)
    assert got == ("3\n", "error: interrupted\n" + WAITS[name][1], 0)


# --------------------------------------------------------------------------
# Completion and documentation

def _env():
    from pyjanet.boot import root_env
    from pyjanet.values import Table
    env = Table()
    env.proto = root_env()
    return env


def test_completion_menu_lists_bindings_with_kind_and_usage():
    from prompt_toolkit.document import Document
    from pyjanet import repl
    from pyjanet.values import sym, Table, kw
    from prompt_toolkit.formatted_text import to_plain_text
    env = _env()
    entry = Table()
    entry[kw("value")] = 1.0
    entry[kw("doc")] = b"My own trimming constant.\nSecond line."
    env[sym("string/trimmed-user")] = entry
    ed = type("Ed", (), {"env": env})()
    completer = repl._toolkit_classes()[0](ed)
    got = [(c.text, to_plain_text(c.display_meta))
           for c in completer.get_completions(Document("(string/tr"), None)]
    # janet -e '(each s (all-bindings) (if (string/has-prefix? "string/tr" s) (print s)))'
    assert [t for t, _ in got] == ["string/trim", "string/triml", "string/trimmed-user",
                                   "string/trimr"]
    assert got[0][1] == "cfunction  (string/trim str &opt set)"
    assert got[2][1] == "number  My own trimming constant."


def test_namespaces_are_one_menu_entry_until_entered():
    from pyjanet import repl
    env = _env()
    entries = repl.menu_entries(env, "stri")
    # janet -e '(each s (all-bindings) (if (string/has-prefix? "stri" s) (print s)))'
    # lists string, string/..., string?: the menu shows string/ once
    assert entries == [("string", False), ("string/", True), ("string?", False)]
    assert ("string/trim", False) in repl.menu_entries(env, "string/")


def test_specials_complete_like_the_reference():
    from pyjanet import repl
    # the reference's line editor adds the special forms to the bindings
    assert repl.matches(_env(), "quas") == ["quasiquote"]
    assert repl.matches(_env(), "upsc") == ["upscope"]


def test_ctrl_g_shows_the_doc_of_the_symbol_under_the_cursor():
    from prompt_toolkit.buffer import Buffer
    from prompt_toolkit.document import Document
    from pyjanet import repl
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput
    with create_pipe_input() as inp:
        repl.use_terminal(inp, DummyOutput())
        try:
            repl.SETTINGS.color = False
            ed = repl.Editor()
            ed.env = _env()
            b = Buffer()
            b.document = Document("(string/trim x)", 4)
            ed.show_doc(b)
            shown = ed.shown_doc
            ed.show_doc(b)
            hidden = ed.shown_doc
        finally:
            repl.use_terminal()
            repl.SETTINGS.color = None
    # janet -e '(doc string/trim)': the kind, where it is defined, the usage
    assert shown.split("\n")[:4] == ["    cfunction",
                                     "    src/core/string.c on line 604, column 1", "",
                                     "    (string/trim str &opt set)"]
    assert hidden is None


def test_toolbar_shows_the_usage_of_the_called_function():
    from pyjanet import repl
    env = _env()
    assert repl.called_function("(map (fn [x] (string/trim x ") == "string/trim"
    assert repl.called_function("(map inc") == "map"
    assert repl.called_function("(str") == "str"
    assert repl.called_function("[1 2") is None
    assert repl.called_function('(print "(not a call') == "print"
    # janet -e '(print (first (string/split "\n" ((dyn (quote map)) :doc))))'
    assert repl.usage_line(env, "map") == "(map f ind & inds)"
    assert repl.usage_line(env, "if") == "(if ...)  special form"
    assert repl.usage_line(env, "no-such-thing") is None


def test_indentation_follows_open_delimiters():
    from pyjanet import repl
    assert repl.indent_after("(defn f [x]") == 2
    assert repl.indent_after("(let [a 1") == 6
    assert repl.indent_after("  {:a 1") == 3
    assert repl.indent_after('(print "abc') == 0
    assert repl.indent_after("(+ 1 2)") == 0


def test_symbol_under_cursor():
    from pyjanet import repl
    assert repl.symbol_at("(string/trim x)", 4) == "string/trim"
    assert repl.symbol_at("(string/trim x)", 12) == "string/trim"
    assert repl.symbol_before("(+ @abc", 7) == "@abc"


# --------------------------------------------------------------------------
# Regeneration

def regenerate(ref):
    lines = ["EXPECTED = {"]
    for name, (keys, chunks) in SESSIONS.items():
        p = subprocess.run([ref, "-q"], input=_source(chunks).encode(), capture_output=True)
        lines.append("    # printf %r | janet -q" % _source(chunks))
        lines.append("    %r: (%r, %r, %d)," % (name, p.stdout.decode(), p.stderr.decode(),
                                               p.returncode))
    lines.append("}")
    path = os.path.abspath(__file__)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    start = text.index("EXPECTED = {")
    end = text.index("\n}\n", start) + 2
    with open(path, "w", encoding="utf-8") as f:
        f.write(text[:start] + "\n".join(lines) + text[end:])


if __name__ == "__main__":
    regenerate(os.environ.get("JANET_REF", "/work/scratch/bin/janet"))
