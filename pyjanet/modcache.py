"""The compiled-source cache: what reading and compiling a source file needed,
kept between runs.

A program that imports a library reads and compiles the library's files at
every run, as the reference does; pyjanet's reader and its Python code
generation (the closure templates and the function tier's functions, turned
into Python code objects by `compile`) cost far more than the reference's, so
the two parts of that work that depend on nothing but the text are kept in
the per-user cache (diskcache.py), one record per source file:

* the forms the reader made of it (a whole source read without error), with
  their positions;
* every Python code object compiled while the file was being loaded that the
  prelude's template file lacks, by its source text: the same text always
  compiles to the same code, so whichever file's record a text is found in,
  its code is right.

Macro expansion and analysis run again at every load, because what they do
depends on the environment and on what macros do, not only on the text.

A record is used only when the text it was made from is exactly the text read
now (the record keeps it and compares) and pyjanet's own sources are the ones
it was made by (`diskcache.package_key`); otherwise the file is read again and
its record rewritten.  Records are named after the file's absolute path, so a
file that changes replaces its own record, and at most `MAX_RECORDS` are kept
(the least recently written go first).  When the cache cannot be written,
nothing is kept and every run reads and compiles everything.  Python's .pyc
files are the model; the reference has no counterpart.
"""

import marshal
import os
import zlib

from . import diskcache
from . import compiler
from .codec import NotData, encode, decode
from .reader import read_program as _read_program

FORMAT = 1
PREFIX = "source-"
MAX_RECORDS = 400


class Record:
    """The cache record of one source file: its text, its forms (encoded,
    decoded one at a time by `Forms`) and the code its compilation needs."""
    __slots__ = ("name", "key", "text", "forms", "codes", "dirty")

    def __init__(self, name, key, text, forms, codes, dirty):
        self.name = name        # cache file name
        self.key = key
        self.text = text
        self.forms = forms      # [(encoded form, line, column)]
        self.codes = codes      # source text -> code object
        self.dirty = dirty

    def code(self, text):
        """The code object for generated source `text`, compiled when this
        record lacks it."""
        code = self.codes.get(text)
        if code is None:
            code = self.codes[text] = compiler._compile_source(text, "<pyjanet>")
            self.dirty = True
        return code

    def save(self):
        if not self.dirty:
            return
        self.dirty = False
        try:
            data = marshal.dumps((FORMAT, self.key, self.text, self.forms, self.codes))
        except ValueError:      # (cannot happen: the record is made of marshal's types)
            return
        diskcache.write(self.name, data)
        _trim()


class Forms:
    """The (form, line, column) items of a record, each form decoded when it
    is first read (a program that stops early decodes no more)."""
    __slots__ = ("items",)

    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        item = self.items[i]
        if item is not None and item.__class__ is not _Item:
            item = self.items[i] = _Item((decode(item[0]), item[1], item[2]))
        return item

    def __setitem__(self, i, v):
        self.items[i] = v

    def __iter__(self):
        for i in range(len(self.items)):
            yield self[i]


class _Item(tuple):
    """A decoded item of `Forms` (told apart from an encoded one by its class)."""
    __slots__ = ()


def _name(path):
    full = os.path.abspath(path).encode("utf-8", "surrogateescape")
    return "%s%08x%08x" % (PREFIX, zlib.crc32(full), zlib.adler32(full))


def read_program(data, where, path):
    """(items, parse error or None, record or None) for source `data` of file
    `path`, like reader.read_program(data, where): from the file's record
    when it has one made from this very text, else read (and, read without
    error, given a new record)."""
    if diskcache.cache_dir() is None:
        items, err = _read_program(data, where)
        return items, err, None
    name = _name(path)
    key = diskcache.package_key()
    raw = diskcache.read(name)
    if raw is not None:
        try:
            rec = marshal.loads(raw)
        except (ValueError, EOFError, TypeError):    # a damaged record is just rebuilt
            rec = None
        if (rec.__class__ is tuple and len(rec) == 5 and rec[0] == FORMAT
                and rec[1] == key and rec[2] == data):
            return Forms(rec[3]), None, Record(name, key, data, rec[3], rec[4], False)
    items, err = _read_program(data, where)
    if err is not None:
        return items, err, None
    try:
        forms = [(encode(form), line, col) for form, line, col in items]
    except NotData:         # (the reader makes nothing else)
        return items, None, None
    return items, None, Record(name, key, bytes(data), forms, {}, True)


class loading:
    """`with loading(record):` -- the code compiled meanwhile is looked up in
    and kept with `record` (None: the usual template caches), which is saved
    when the block ends."""
    __slots__ = ("record", "outer")

    def __init__(self, record):
        self.record = record

    def __enter__(self):
        self.outer = compiler.CODE_RECORD
        if self.record is not None:
            compiler.CODE_RECORD = self.record
        return self.record

    def __exit__(self, *exc):
        compiler.CODE_RECORD = self.outer
        if self.record is not None:
            self.record.save()
        return False


def _trim():
    """Drop the least recently written records beyond MAX_RECORDS."""
    d = diskcache.cache_dir()
    if d is None:
        return
    try:
        names = [n for n in os.listdir(d) if n.startswith(PREFIX)]
        if len(names) <= MAX_RECORDS:
            return
        dated = sorted((os.stat(os.path.join(d, n)).st_mtime_ns, n) for n in names)
    except OSError:
        return
    for _, n in dated[:len(dated) - MAX_RECORDS]:
        try:
            os.unlink(os.path.join(d, n))
        except OSError:
            pass
