"""The interactive REPL: a line editor for Janet source and the command line's
read-eval-print loop.

Corresponds to two parts of the reference: the line editor of its client,
src/mainclient/shell.c (`getline` on a terminal: prompt, Tab completion from an
environment, Ctrl-G documentation, Ctrl-Q to cancel a form, history in
JANET_HISTFILE), and the end of cli-main in src/boot/boot.janet (the banner, the
`repl:N:DELIMS> ` prompt, `-s` reading stdin raw, the JANET_PROFILE file, then
`repl`).  Evaluation itself is lib/eval.py's `repl`, i.e. run-context: this
module only reads source and starts it.

The editor is built on prompt_toolkit and goes further than the reference's:

* Enter submits only a complete form (our reader decides, `reader.is_complete`);
  otherwise it opens a new line indented for the open delimiters.  Esc Enter
  submits whatever is there.
* Pygments' JanetLexer highlights the input; the bracket matching the one under
  the cursor is shown.
* Completion (Tab, and a menu while typing) offers every binding visible in the
  environment, with its kind and the first line of its documentation; a
  namespace such as `string/` is one entry until its `/` is typed.
* Ctrl-G shows the documentation of the symbol under the cursor in the bottom
  toolbar (what `(doc sym)` prints); otherwise the toolbar shows the usage of
  the function whose call the cursor is in.
* History holds whole forms, is saved in JANET_HISTFILE (default
  ~/.pyjanet_history, same file format as the reference's) and is searched
  with Ctrl-R.
* Ctrl-C cancels the input (the reference ends the process) and Ctrl-Q cancels
  the form; Ctrl-D on an empty input ends the REPL.  Ctrl-C while a form runs
  stops it with an error (`repl_evaluator`); the reference's client exits.
* The first prompt is shown before prompt_toolkit has loaded (`_early_prompt`).

When standard input is not a terminal, `getline` reads plain lines without a
prompt, as the reference does (lib/eval.py).
"""

import os
import sys
import threading

from .values import Symbol, Table, Struct, Buffer, kw, sym
from . import evloop

KW_VALUE = kw("value")
KW_REF = kw("ref")
KW_MACRO = kw("macro")
KW_DOC = kw("doc")
KW_OUT = kw("out")
KW_DOC_WIDTH = kw("doc-width")
KW_DOC_COLOR = kw("doc-color")
KW_PROFILEPATH = kw("profilepath")
KW_CURRENT_FILE = kw("current-file")

# What the reference's line editor takes as part of a symbol (is_symbol_char_gen
# in shell.c): completion and Ctrl-G look at the run of these around the cursor.
_SYMBOL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                          "0123456789!$%&*+-./:<?=>@^_")

# The reference's unsupported terminals (from linenoise): plain reading there.
_BAD_TERMS = ("cons25", "dumb", "emacs")

HISTORY_MAX = 1000      # forms kept in the history file (the reference keeps 100)


class _Signal:
    """A result of the editor other than text."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<%s>" % self.name


CANCEL = _Signal("cancel")     # Ctrl-C / Ctrl-Q: drop the input (getline returns :cancel)
EOF = _Signal("eof")           # Ctrl-D on an empty input


def _is_symbol_char(c):
    return c in _SYMBOL_CHARS or ord(c) >= 0x80


# --------------------------------------------------------------------------
# Settings shared by the command line and the editor

class _Settings:
    color = None          # highlight input; None: decided from NO_COLOR and the terminal
    io = None             # (input, output) for prompt_toolkit instead of the terminal
    history_file = None   # overrides JANET_HISTFILE (tests)


SETTINGS = _Settings()


def use_terminal(input=None, output=None):
    """Make `getline` edit with prompt_toolkit on the given input and output
    (e.g. prompt_toolkit's pipe input, for tests); `use_terminal()` goes back to
    the real terminal.  Drops the current editor."""
    global _EDITOR
    SETTINGS.io = (input, output) if input is not None else None
    _EDITOR = None


def terminal_editing():
    """Whether `getline` edits lines: stdin is a terminal the reference would
    edit on (or an input was given with use_terminal)."""
    if SETTINGS.io is not None:
        return True
    try:
        if not os.isatty(0):
            return False
    except OSError:
        return False
    return os.environ.get("TERM") not in _BAD_TERMS


def history_path():
    """The history file: SETTINGS.history_file, $JANET_HISTFILE, or
    ~/.pyjanet_history.  None (no file) when that is empty."""
    path = SETTINGS.history_file
    if path is None:
        path = os.environ.get("JANET_HISTFILE")
    if path is None:
        home = os.path.expanduser("~")
        path = os.path.join(home, ".pyjanet_history") if home != "~" else ""
    return path or None


# --------------------------------------------------------------------------
# Environment queries (completion, documentation); pure functions of an env

def binding_kind(entry):
    """A short description of a binding for the completion menu: macro, var,
    function, cfunction, or the type of its value."""
    from .values import type_name
    if entry.__class__ is not Table and entry.__class__ is not Struct:
        return ""
    if entry.get(KW_MACRO) is True:
        return "macro"
    ref = entry.get(KW_REF)
    if ref is not None:
        return "var"
    return type_name(entry.get(KW_VALUE))


def doc_first_line(entry):
    """The first line of a binding's docstring ('' without one)."""
    if entry.__class__ is not Table and entry.__class__ is not Struct:
        return ""
    d = entry.get(KW_DOC)
    if d.__class__ is not bytes and d.__class__ is not Buffer:
        return ""
    return bytes(d).split(b"\n", 1)[0].decode("utf-8", "replace")


def _lookup(env, name):
    """The entry of symbol `name` in env or its prototypes."""
    s = sym(name)
    e = env
    while e is not None:
        v = e.get(s)
        if v is not None:
            return v
        e = e.proto
    return None


def visible_names(env):
    """Every symbol bound in env and its prototypes, as str."""
    names = set()
    e = env
    while e is not None:
        for k in e:
            if k.__class__ is Symbol:
                names.add(k.name)
        e = e.proto
    return names


def _special_forms():
    from .lib.doc import SPECIAL_FORMS
    return [s.name for s in SPECIAL_FORMS]


def matches(env, prefix):
    """The names completing `prefix`, sorted: bindings of env and special forms."""
    names = visible_names(env)
    names.update(_special_forms())
    return sorted(n for n in names if n.startswith(prefix))


def menu_entries(env, prefix):
    """[(name, is_namespace)] for the completion menu: like `matches`, but the
    bindings of a namespace not yet entered (`string/...` while typing `str`)
    are one entry `string/`."""
    out = []
    seen_ns = set()
    for n in matches(env, prefix):
        slash = n.find("/", len(prefix))
        if slash > 0 and "/" not in prefix[:slash] and slash < len(n) - 1:
            ns = n[:slash + 1]
            if ns not in seen_ns:
                seen_ns.add(ns)
                out.append((ns, True))
            continue
        out.append((n, False))
    return out


def symbol_before(text, pos):
    """The symbol characters just before `pos` in text."""
    i = pos
    while i > 0 and _is_symbol_char(text[i - 1]):
        i -= 1
    return text[i:pos]


def symbol_at(text, pos):
    """The symbol under (or just before) the cursor, as the reference's Ctrl-G
    finds it: move to the end of the symbol, then take it."""
    n = len(text)
    while pos < n and _is_symbol_char(text[pos]):
        pos += 1
    return symbol_before(text, pos)


def _innermost(text):
    """The parser after reading `text` (None if it does not parse)."""
    from .reader import ByteParser
    from .errors import JanetError
    p = ByteParser()
    try:
        p.consume(text.encode("utf-8", "surrogateescape"))
    except JanetError:
        return None
    if p.err is not None:
        return None
    return p


def called_function(text):
    """The name of the function whose call `text` ends inside (the head symbol
    of the innermost open parenthesis), or None."""
    from .reader import _PAREN, _TOKEN
    p = _innermost(text)
    if p is None:
        return None
    frames = p.frames
    for i in range(len(frames) - 1, 0, -1):
        f = frames[i]
        if f.kind == _PAREN:
            if f.args:
                head = f.args[0]
                return head.name if head.__class__ is Symbol else None
            if i + 1 < len(frames) and frames[i + 1].kind == _TOKEN:
                return bytes(p.buf).decode("utf-8", "replace") or None
            return None
    return None


def in_string_or_comment(text):
    """Whether `text` ends inside a string or a comment (no completion there)."""
    from .reader import _STRING, _LONG, _COMMENT
    p = _innermost(text)
    return p is not None and p.frames[-1].kind in (_STRING, _LONG, _COMMENT)


def indent_after(text):
    """Spaces to indent a new line after `text`: two past an open parenthesis,
    one past an open bracket or brace (under its first element), nothing inside
    a string or outside any form."""
    from .reader import _PAREN, _BRACKET, _CURLY, _STRING, _LONG
    p = _innermost(text)
    if p is None:
        return 0
    for f in reversed(p.frames[1:]):
        if f.kind == _STRING or f.kind == _LONG:
            return 0
        if f.kind == _PAREN:
            return f.column + 1
        if f.kind == _BRACKET or f.kind == _CURLY:
            return f.column
    return 0


def usage_line(env, name):
    """What the toolbar shows for a call of `name`: the first line of its
    docstring when that is a usage line `(name ...)`, else its kind."""
    entry = _lookup(env, name)
    if entry is None:
        if name in _special_forms():
            return "(%s ...)  special form" % name
        return None
    first = doc_first_line(entry)
    if first.startswith("("):
        return first
    kind = binding_kind(entry)
    return "%s  %s" % (name, kind) if kind else None


def doc_text(env, name, width=80, color=False):
    """What `(doc name)` prints in env, as str (None when name is unbound and
    not a special form)."""
    from . import runtime as rt
    from .lib.doc import SPECIAL_FORMS, doc_star
    s = sym(name)
    if _lookup(env, name) is None and s not in SPECIAL_FORMS:
        return None
    buf = Buffer()
    tmp = Table()
    tmp.proto = env
    tmp[KW_OUT] = buf
    tmp[KW_DOC_WIDTH] = float(width)
    tmp[KW_DOC_COLOR] = bool(color)     # False (not nil) hides the REPL's own setting
    fib = rt.STATE.fiber
    old = fib.env
    fib.env = tmp
    try:
        doc_star(s)
    except Exception:   # noqa: BLE001 - a failing doc lookup shows nothing
        return None
    finally:
        fib.env = old
    return bytes(buf).decode("utf-8", "replace").strip("\n")


# --------------------------------------------------------------------------
# History: whole forms, newest first, one Janet string literal per line (the
# reference's JANET_HISTFILE format, so both can share a file)

def read_history(path):
    """The entries of a history file, newest first ([] if it cannot be read)."""
    from .reader import read_program
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return []
    items, _err = read_program(data, "history")
    out = []
    for v, _l, _c in items:
        if v.__class__ is bytes and v:
            out.append(v.decode("utf-8", "surrogateescape"))
    return out


def write_history(path, entries):
    from .printer import describe
    data = b"".join(describe(e.encode("utf-8", "surrogateescape")) + b"\n"
                    for e in entries[:HISTORY_MAX] if e)
    tmp = path + ".tmp%d" % os.getpid()
    try:
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass


# --------------------------------------------------------------------------
# The editor

_EDITOR = None


def editor():
    """The process's line editor (made on first use)."""
    global _EDITOR
    if _EDITOR is None:
        try:
            _EDITOR = Editor()
        finally:
            restore_terminal()
    return _EDITOR


def color_enabled():
    if SETTINGS.color is not None:
        return SETTINGS.color
    return not os.environ.get("NO_COLOR")


class Editor:
    """A prompt_toolkit session editing Janet source."""

    def __init__(self):
        from prompt_toolkit import PromptSession
        from prompt_toolkit.completion import DynamicCompleter
        from prompt_toolkit.filters import Condition
        from prompt_toolkit.layout.processors import HighlightMatchingBracketProcessor
        from prompt_toolkit.styles import Style
        from prompt_toolkit.output import ColorDepth

        self.env = None           # environment for completion and documentation
        self.forms = False        # Enter submits only complete forms
        self.shown_doc = None     # Ctrl-G documentation being shown
        self._plain = None        # session for getline without an environment
        completer_class, history_class = _toolkit_classes()
        self._completer = completer_class(self)
        io = SETTINGS.io or (None, None)
        self.color = color_enabled()
        self.session = PromptSession(
            multiline=True,
            key_bindings=self._key_bindings(),
            # (no lexer until _start makes one; it is set on the session, whose
            # own DynamicLexer keys its cache of lexed lines on the lexer's id,
            # so text typed before then is coloured when it comes)
            completer=DynamicCompleter(lambda: self._completer if self.env is not None else None),
            complete_while_typing=Condition(lambda: self.env is not None),
            prompt_continuation=self._continuation,
            history=history_class(history_path()),
            input_processors=[HighlightMatchingBracketProcessor(chars="[](){}")],
            style=Style.from_dict(_STYLE),
            color_depth=None if self.color else ColorDepth.DEPTH_1_BIT,
            bottom_toolbar=self._toolbar,
            include_default_pygments_style=True,
            enable_history_search=False,
            search_ignore_case=True,
            reserve_space_for_menu=6,
            enable_suspend=True,
            input=io[0], output=io[1])

    # -- reading ----------------------------------------------------------

    def read(self, prompt, env=None):
        """Edit one input after `prompt` (str).  With an environment the input is
        Janet source: completion and documentation come from env and Enter
        submits only complete forms.  Returns the text with a final newline,
        CANCEL or EOF."""
        self.env = env
        self.forms = env is not None
        self.shown_doc = None
        _flush_std()
        try:
            if env is None:
                result = self._plain_session().prompt(prompt)
            else:
                result = self.session.prompt(prompt, pre_run=self._start)
        except KeyboardInterrupt:
            result = CANCEL
        except EOFError:
            result = EOF
        finally:
            self.env = None
        if result is CANCEL or result is EOF:
            return result
        return result + "\n"

    def _plain_session(self):
        """The session for a `getline` without an environment: one line of
        text, its own history (not the REPL's)."""
        if self._plain is None:
            from prompt_toolkit import PromptSession
            from prompt_toolkit.key_binding import KeyBindings
            kb = KeyBindings()

            @kb.add("c-q")
            def _cancel(event):
                event.app.exit(result=CANCEL)

            io = SETTINGS.io or (None, None)
            self._plain = PromptSession(key_bindings=kb, input=io[0], output=io[1],
                                        color_depth=self.session.color_depth)
        return self._plain

    def _start(self):
        """Once a prompt is running: make the highlighter if it is not made yet.
        Pygments compiles the Janet lexer's patterns on first use (~70 ms), so
        this waits until the first prompt is on the screen."""
        if self.session.lexer is not None or not self.color:
            return
        from prompt_toolkit.application import get_app
        app = get_app()

        def make_lexer():
            from prompt_toolkit.lexers import PygmentsLexer
            from pygments.lexers.lisp import JanetLexer
            self.session.lexer = PygmentsLexer(JanetLexer)
            app.invalidate()
        app.loop.call_later(0.05, make_lexer)

    # -- display ------------------------------------------------------------

    def _continuation(self, width, line_number, wrap_count):
        """Lines after the first: the open delimiters and `> `, right-aligned
        under the first prompt so that indentation lines up."""
        if wrap_count > 0:
            return " " * width
        doc = self.session.default_buffer.document
        lines = doc.text.split("\n")
        from .reader import delimiter_state
        delims = delimiter_state("\n".join(lines[:line_number]) + "\n")
        text = delims + "> "
        if len(text) > width:
            text = text[len(text) - width:]
        return [("class:continuation", text.rjust(width))]

    def _toolbar(self):
        if self.shown_doc is not None:
            from prompt_toolkit.formatted_text import ANSI
            return ANSI(self.shown_doc)
        if self.env is None:
            return ""
        doc = self.session.default_buffer.document
        before = doc.text_before_cursor
        name = called_function(before)
        if name is None:
            return ""
        if before.endswith(name):
            # the cursor is in the function's name: take all of it
            name = symbol_at(doc.text, doc.cursor_position)
        line = usage_line(self.env, name)
        return [("class:usage", line)] if line else ""

    def _terminal_width(self):
        try:
            return self.session.app.output.get_size().columns
        except Exception:   # noqa: BLE001 - no size known: the usual 80
            return 80

    def show_doc(self, buffer):
        """Ctrl-G: show (or hide) the documentation of the symbol at the cursor."""
        if self.shown_doc is not None:
            self.shown_doc = None
            return
        if self.env is None:
            return
        doc = buffer.document
        name = symbol_at(doc.text, doc.cursor_position)
        if not name:
            return
        text = doc_text(self.env, name, min(self._terminal_width(), 200), self.color)
        if text:
            self.shown_doc = text

    # -- keys ---------------------------------------------------------------

    def _key_bindings(self):
        from prompt_toolkit.key_binding import KeyBindings
        from prompt_toolkit.filters import has_selection, is_searching
        kb = KeyBindings()
        ed = self

        @kb.add("enter", filter=~has_selection & ~is_searching)
        def _enter(event):
            b = event.current_buffer
            cs = b.complete_state
            if cs is not None and cs.current_completion is not None:
                b.apply_completion(cs.current_completion)
                return
            from .reader import is_complete
            if not ed.forms or is_complete(b.text):
                ed.shown_doc = None
                b.validate_and_handle()
                return
            before = b.document.text_before_cursor
            b.insert_text("\n" + " " * indent_after(before))

        @kb.add("escape", "enter", filter=~is_searching)
        def _submit(event):
            ed.shown_doc = None
            event.current_buffer.validate_and_handle()

        @kb.add("tab", filter=~is_searching)
        def _tab(event):
            ed.complete(event.current_buffer)

        @kb.add("c-c")
        def _cancel_input(event):
            event.app.exit(exception=KeyboardInterrupt())

        @kb.add("c-q")
        def _cancel_form(event):
            event.app.exit(result=CANCEL)

        @kb.add("c-d")
        def _eof(event):
            b = event.current_buffer
            if not b.text:
                event.app.exit(exception=EOFError())
            else:
                b.delete(1)

        @kb.add("c-g", filter=~is_searching)
        def _doc(event):
            ed.show_doc(event.current_buffer)

        return kb

    def complete(self, b):
        """Tab: insert what all completions share; then offer the menu (or move
        through it)."""
        cs = b.complete_state
        if cs is not None and cs.current_completion is not None:
            b.complete_next()
            return
        doc = b.document
        word = symbol_before(doc.text, doc.cursor_position)
        if self.env is None or not word:
            b.insert_text("  ")
            return
        names = matches(self.env, word)
        if not names:
            return
        common = os.path.commonprefix(names)
        if len(common) > len(word):
            b.insert_text(common[len(word):], fire_event=False)
        if len(names) > 1 or cs is not None:
            if cs is not None and len(common) <= len(word):
                b.complete_next()
            else:
                b.start_completion(select_first=False)


def _toolkit_classes():
    """The prompt_toolkit subclasses (made on first use: prompt_toolkit is only
    imported when a terminal is edited)."""
    global _CLASSES
    if _CLASSES is not None:
        return _CLASSES
    from prompt_toolkit.completion import Completer, Completion
    from prompt_toolkit.history import History

    class JanetCompleter(Completer):
        """Completions of the symbol before the cursor from the editor's env."""

        def __init__(self, ed):
            self.ed = ed

        def get_completions(self, document, complete_event):
            env = self.ed.env
            if env is None:
                return
            word = symbol_before(document.text, document.cursor_position)
            if not word or in_string_or_comment(document.text_before_cursor):
                return
            for name, is_ns in menu_entries(env, word):
                yield Completion(name, start_position=-len(word),
                                 display_meta=_meta(env, name, is_ns))

    class JanetHistory(History):
        """prompt_toolkit history kept in a Janet history file."""

        def __init__(self, path):
            History.__init__(self)
            self.path = path

        def load_history_strings(self):
            if self.path is None:
                return []
            return read_history(self.path)

        def store_string(self, string):
            if self.path is None:
                return
            # Re-read the file so that sessions running side by side keep
            # each other's forms; a form entered again moves to the front.
            entries = [e for e in read_history(self.path) if e != string]
            entries.insert(0, string)
            write_history(self.path, entries)

    _CLASSES = (JanetCompleter, JanetHistory)
    return _CLASSES


_CLASSES = None


def _meta(env, name, is_ns):
    """The menu's description of an entry, computed when shown."""
    def meta():
        if is_ns:
            return "namespace, %d bindings" % len(matches(env, name))
        entry = _lookup(env, name)
        if entry is None:
            return "special form"
        kind = binding_kind(entry)
        first = doc_first_line(entry)
        return "%s  %s" % (kind, first) if first else kind
    return meta


_STYLE = {
    "bottom-toolbar": "noreverse",
    "bottom-toolbar.text": "",
    "usage": "#888888",
    "continuation": "#888888",
    "matching-bracket.cursor": "bold",
    "matching-bracket.other": "bg:#44aa44 #ffffff bold",
    "completion-menu.meta.completion": "bg:#444444 #bbbbbb",
    "completion-menu.meta.completion.current": "bg:#888888 #000000",
}


def _flush_std():
    jio = sys.modules.get("pyjanet.lib.io")
    if jio is not None:
        jio.STDOUT.flush()
        jio.STDERR.flush()


# --------------------------------------------------------------------------
# getline on a terminal

_SAVED_TERMINAL = None


def _early_prompt(prompt):
    """Show the first prompt before the editor exists: loading prompt_toolkit
    takes a few tenths of a second, and the REPL should be ready sooner.  Keys
    typed meanwhile are echoed by the terminal and wait, unread, for the editor,
    which draws the line again over them when it starts (editor() puts the
    terminal back first).  The terminal is put in non-canonical mode without
    CR-to-NL translation, so that Enter reaches the editor as Enter and no line
    is ended early, and without signal keys, so that a Ctrl-C typed meanwhile
    reaches the editor too (which clears the line) instead of ending the
    session."""
    global _SAVED_TERMINAL
    if SETTINGS.io is not None:
        return
    try:
        import termios
        if not os.isatty(1):
            return
        saved = termios.tcgetattr(0)
        early = list(saved)
        early[0] &= ~termios.ICRNL
        early[3] &= ~(termios.ICANON | termios.ISIG)
        termios.tcsetattr(0, termios.TCSANOW, early)
    except (ImportError, OSError, ValueError):
        return
    except Exception:   # noqa: BLE001 - termios.error: leave the terminal alone
        return
    _SAVED_TERMINAL = saved
    _flush_std()
    os.write(1, bytes(prompt))


def restore_terminal():
    """Undo _early_prompt's terminal settings (once the editor is made, or when
    the process ends before that)."""
    global _SAVED_TERMINAL
    saved = _SAVED_TERMINAL
    if saved is None:
        return
    _SAVED_TERMINAL = None
    try:
        import termios
        termios.tcsetattr(0, termios.TCSANOW, saved)
        os.write(1, b"\r")     # the editor draws the prompt again from here
    except Exception:   # noqa: BLE001 - nothing more can be done
        pass


def edit_line(prompt, env=None):
    """The terminal side of `getline`: edit a line (or, with an environment, a
    form) after `prompt` (bytes).  Returns bytes ending in a newline, CANCEL, or
    b"" at the end of input.  Ctrl-C in a plain `getline` (no environment) ends
    the process as in the reference."""
    if _EDITOR is None:
        _early_prompt(prompt)
    # (interpreter threads run while the user types)
    text = evloop.blocking(editor().read, bytes(prompt).decode("utf-8", "replace"), env)
    if text is EOF:
        return b""
    if text is CANCEL:
        if env is None:
            _flush_std()
            os._exit(130)
        return CANCEL
    return text.encode("utf-8", "surrogateescape")


# --------------------------------------------------------------------------
# The command line's REPL (the end of the reference's cli-main)

def banner():
    from .__main__ import VERSION, BUILD
    from .lib.os_ import os_which, os_arch
    return "Janet %s-%s %s/%s/python - '(doc)' for help\n" % (
        VERSION, BUILD, os_which().name, os_arch().name)


# --------------------------------------------------------------------------
# Ctrl-C while a form runs
#
# While the REPL evaluates, the terminal is not in the editor's raw mode, so
# Ctrl-C is a SIGINT, which Python delivers to the main thread (__main__ waits
# there for the interpreter thread).  The reference's client dies of it; here
# the main thread asks `interrupt` to raise KeyboardInterrupt in the
# interpreter thread instead, and the REPL's evaluator turns it into the Janet
# error "interrupted": the form stops and the session goes on.

class _Evaluating:
    lock = threading.Lock()
    thread = None      # ident of the thread running a REPL form, if any
    pending = False    # an interrupt was sent and not yet seen
    session = False    # a terminal REPL session runs forms interruptibly


def _set_async_exc(ident, exc):
    import ctypes
    return ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(ident), ctypes.py_object(exc) if exc is not None else None)


def interrupt():
    """Interrupt the REPL form being evaluated; False when none is and no
    terminal session runs (the caller then ends the process).  The exception reaches the form as soon as
    it runs Python code again; a wait of the event loop or os/sleep is woken
    for it at once.  Another Ctrl-C before it got through only wakes again:
    the session goes on."""
    with _Evaluating.lock:
        if _Evaluating.thread is None:
            # Between forms the editor reads keys raw (Ctrl-C is a key
            # there), so a SIGINT now is one that came as a form ended (the
            # same Ctrl-C may have ended the process the form waited for):
            # the session goes on.
            return _Evaluating.session
        if not _Evaluating.pending:
            if _set_async_exc(_Evaluating.thread, evloop.Interrupt) != 1:
                return False
            _Evaluating.pending = True
    evloop.wake()
    return True


def _done_evaluating():
    with _Evaluating.lock:
        if _Evaluating.pending:
            _set_async_exc(_Evaluating.thread, None)    # drop one not yet raised
        _Evaluating.thread = None
        _Evaluating.pending = False


def repl_evaluator(thunk, source, env, where):
    """The REPL's run-context evaluator: run the form, interruptibly."""
    from . import runtime as rt
    from .errors import JanetError, Frame
    try:
        with _Evaluating.lock:
            _Evaluating.thread = threading.get_ident()
            _Evaluating.pending = False
        try:
            return rt.call(thunk)
        finally:
            _done_evaluating()
    except KeyboardInterrupt:
        _done_evaluating()
        e = JanetError(b"interrupted")
        e.trace.append(Frame("thunk", "repl", getattr(source, "line", -1),
                             getattr(source, "column", -1)))
        raise e


def run_repl(quiet=False, raw=False):
    """Run the REPL in a new environment under the current one: the banner
    (unless quiet), the JANET_PROFILE file, then `repl` reading with
    `getline` (or plain stdin with a prompt when `raw`)."""
    from . import runtime as rt
    from .lib.eval import repl_impl, repl_prompt, getline_impl
    from .lib.io import STDOUT, print_
    from .lib.prelude import make_env, curenv
    if not quiet:
        print_(banner().encode()[:-1])
    STDOUT.flush()
    env = make_env(curenv())

    def getstdin(prompt, buf, _env):
        STDOUT.write(bytes(prompt))
        STDOUT.flush()
        from .lib.io import STDIN
        del buf[:]
        try:
            buf += evloop.blocking(STDIN.f.readline)
        except (OSError, ValueError):
            pass
        return buf

    getter = getstdin if raw else getline_impl

    def getchunk(buf, p):
        return getter(repl_prompt(env, p), buf, env)

    profile = rt.dyn(KW_PROFILEPATH)
    if profile is not None:
        from .lib.module import dofile_impl
        dofile_impl(profile, exit=True, env=env)
        env.pop(KW_CURRENT_FILE, None)
    evaluator = repl_evaluator if terminal_editing() and not raw else None
    _Evaluating.session = evaluator is not None
    try:
        return repl_impl(getchunk, None, env, evaluator=evaluator)
    finally:
        _Evaluating.session = False
