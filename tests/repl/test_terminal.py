"""The REPL in a real terminal: tmux runs `pyjanet`, keys are sent to it and
the screen is captured (with its colour escapes).

What a pipe cannot show is checked here: the typed source is highlighted, Tab
opens the completion menu with each candidate's kind and signature, and Ctrl-G
shows the documentation `(doc ...)` prints for the symbol under the cursor.
Runs where tmux is installed; elsewhere it is reported as skipped.
"""

import os
import re
import shutil
import subprocess
import sys
import time

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Terminal:
    """A tmux server of its own (-L) with one 100x30 window running pyjanet."""
    count = 0

    def __init__(self, home):
        # a server of its own for each terminal: one with the name of the
        # last, still shutting down, would refuse the new session
        Terminal.count += 1
        self.sock = "pyjanet-test-%d-%d" % (os.getpid(), Terminal.count)
        env = "HOME=%s TERM=xterm-256color PYTHONPATH=%s" % (home, ROOT)
        self.tmux("new-session", "-d", "-x", "100", "-y", "30",
                  "env %s %s -m pyjanet" % (env, sys.executable))

    def tmux(self, *args):
        return subprocess.run(["tmux", "-L", self.sock, "-f", "/dev/null"] + list(args),
                              capture_output=True, text=True, check=True).stdout

    def keys(self, *keys):
        self.tmux("send-keys", *keys)

    def screen(self, escapes=False):
        return self.tmux("capture-pane", "-p", *(["-e"] if escapes else []))

    def wait_for(self, pattern, escapes=False, timeout=10):
        """The screen once `pattern` (a regex) appears on it."""
        end = time.monotonic() + timeout
        while True:
            text = self.screen(escapes)
            if re.search(pattern, text):
                return text
            if time.monotonic() > end:
                raise AssertionError("never saw %r on the screen:\n%s" % (pattern, text))
            time.sleep(0.05)

    def close(self):
        subprocess.run(["tmux", "-L", self.sock, "kill-server"], capture_output=True)


@pytest.fixture
def term(tmp_path):
    t = Terminal(str(tmp_path))
    try:
        t.wait_for(r"repl:1:>")
        yield t
    finally:
        t.close()


# the foreground colour set before a token (other attributes may follow it)
FG = r"\x1b\[38;5;(\d+)m(?:\x1b\[[0-9;]*m)*"


def test_source_is_highlighted(term):
    term.keys('(defn greet [x] (string "hi " x))')
    # (the lexer is loaded once the prompt is up, so colour may come a moment
    # after the text)
    text = term.wait_for(FG + r'"hi "\x1b.*' + FG + r"x\x1b", escapes=True)
    # the keyword, the called function and the string each get a colour of
    # their own (pygments' Janet lexer, the default style)
    defn = re.search(FG + "defn", text)
    string = re.search(FG + '"hi "', text)
    call = re.search(FG + r"string\x1b", text)
    assert defn and string and call, text
    assert len({defn.group(1), string.group(1), call.group(1)}) == 3
    term.keys("Enter")
    term.wait_for(r"<function greet>\nrepl:2:>")


def test_tab_opens_the_completion_menu(term):
    term.keys("string/tr", "Tab")
    text = term.wait_for(r"string/trimr")
    assert "repl:1:> string/trim\n" in text
    menu = [line.split() for line in text.splitlines() if "cfunction" in line]
    assert menu == [["string/trim", "cfunction", "(string/trim", "str", "&opt", "set)"],
                    ["string/triml", "cfunction", "(string/triml", "str", "&opt", "set)"],
                    ["string/trimr", "cfunction", "(string/trimr", "str", "&opt", "set)"]]


def test_ctrl_g_shows_the_documentation(term):
    doc = subprocess.run([sys.executable, "-m", "pyjanet", "-e", "(doc string/trim)"],
                         cwd=ROOT, capture_output=True, text=True).stdout
    expected = [line.strip() for line in doc.splitlines() if line.strip()]
    term.keys("(string/trim ")
    term.wait_for(r"repl:1:> \(string/trim\n", timeout=5)
    # (the early prompt echoes keys before the editor runs: wait for the
    # editor's toolbar, so that Left is not taken with the text in one burst,
    # after which completing the text would see the cursor on string/trim)
    term.wait_for(r"\n\(string/trim str &opt set\)\s*$", timeout=5)
    term.keys("Left", "C-g")
    text = term.wait_for(r"\(string/trim str &opt set\)\s*\n\s*\n\s*\S")
    shown = [line.strip() for line in text.split("repl:1:> (string/trim\n", 1)[1].splitlines()
             if line.strip()]
    # the panel's text is (doc ...)'s, wrapped to the window
    assert " ".join(shown).split() == " ".join(expected).split()


def test_ctrl_c_stops_a_sleep_and_the_session_goes_on(term):
    # Ctrl-C typed while a form sleeps (the terminal then sends SIGINT) stops
    # it at once with the error `interrupted`; a second one while the next
    # form waits for a process does the same.
    term.keys('(do (print "sleeping") (ev/sleep 60))', "Enter")
    term.wait_for(r"\nsleeping\n")
    time.sleep(0.3)
    term.keys("C-c")
    term.wait_for(r"error: interrupted\n\s*in ev/sleep .*\n.*\nrepl:2:>", timeout=10)
    term.keys('(do (print "waiting") (os/proc-wait (os/spawn ["sleep" "60"] :p)))', "Enter")
    term.wait_for(r"\nwaiting\n")
    # (give the REPL time to be inside os/proc-wait: on a loaded machine the
    # spawn and the start of the wait can lag the print)
    time.sleep(1.0)
    term.keys("C-c")
    # (the terminal sends SIGINT to the child too: either the wait is
    # interrupted, or the child died of it first and the wait returns 130)
    term.wait_for(r"(in os/proc-wait .*\n.*|\n130)\nrepl:3:>", timeout=10)
    term.keys("(+ 1 2)", "Enter")
    term.wait_for(r"\n3\nrepl:4:>")


def test_ctrl_c_at_the_first_prompt_does_not_end_the_session(tmp_path):
    # typed before the editor has loaded: the editor gets it and clears the line
    t = Terminal(str(tmp_path))
    try:
        t.wait_for(r"repl:1:>")
        t.keys("(+ 1", "C-c")
        t.keys("(+ 2 2)", "Enter")
        t.wait_for(r"\n4\nrepl:2:>")
    finally:
        t.close()
