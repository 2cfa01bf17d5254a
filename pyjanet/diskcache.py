"""The per-user cache directory for work that is worth keeping between runs.

pyjanet caches five things there, all safe to delete: the compiled lark parser
tables (reader.py), the record of the prelude and the registry that the root
environment is rebuilt from (boot.py), the compiled node templates
(compiler.py), the forms and code of the source files programs load
(modcache.py), and the functions the prelude's bodies compile to
(bodycache.py).  Files are written to a temporary name
and renamed, so concurrent processes never see half a file.

A `Store` keeps a large marshal-able mapping (the templates programs use) in
buckets, one file each, read only when a key of theirs is asked for: a program
needing a few templates that the prelude did not use reads a few small files,
not every template any program ever compiled.
"""

import marshal
import os
import sys
import threading
import zlib

_dir = None
_package_key = None
HERE = os.path.dirname(os.path.abspath(__file__))


def cache_dir():
    """$XDG_CACHE_HOME/pyjanet (or ~/.cache/pyjanet), or None when not writable."""
    global _dir
    if _dir is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        d = os.path.join(base, "pyjanet")
        try:
            os.makedirs(d, exist_ok=True)
            _dir = d if os.access(d, os.W_OK) else False
        except OSError:
            _dir = False
    return _dir or None


def cache_path(name):
    """Path of cache file `name` tagged with the Python version, or None."""
    d = cache_dir()
    if d is None:
        return None
    return os.path.join(d, "%s-py%d%d" % (name, sys.version_info[0], sys.version_info[1]))


def package_key():
    """A key for this copy of pyjanet: the names, sizes and modification times
    of its sources (boot.janet and the data files included), read once per
    process.  A record made from other sources is not used."""
    global _package_key
    if _package_key is None:
        parts = []
        for d in (HERE, os.path.join(HERE, "lib"), os.path.join(HERE, "data")):
            try:
                with os.scandir(d) as it:
                    for e in it:
                        if e.name.endswith((".py", ".janet", ".tsv")):
                            st = e.stat()
                            parts.append("%s:%d:%d" % (e.name, st.st_size, st.st_mtime_ns))
            except OSError:
                parts.append(d)
        parts.sort()
        text = "\n".join(parts).encode()
        _package_key = "%08x%08x" % (zlib.crc32(text), zlib.adler32(text))
    return _package_key


def read(name):
    p = cache_path(name)
    if p is None:
        return None
    try:
        with open(p, "rb") as f:
            return f.read()
    except OSError:
        return None


def write(name, data):
    p = cache_path(name)
    if p is None:
        return
    # a name no other process or thread uses at the same time (tempfile would
    # cost more to import than the whole write)
    tmp = "%s.%d-%d.tmp" % (p, os.getpid(), threading.get_ident())
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, p)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass


def remove(prefix):
    """Delete the cache files whose names start with `prefix` (what earlier
    versions kept under names no longer used)."""
    d = cache_dir()
    if d is None:
        return
    try:
        names = os.listdir(d)
    except OSError:
        return
    for n in names:
        if n.startswith(prefix):
            try:
                os.unlink(os.path.join(d, n))
            except OSError:
                pass


class Store:
    """A string-keyed mapping of marshal-able values kept in cache files
    "<name>-<bucket>", at most `limit` entries in all (the oldest of a bucket
    are dropped first).  get and item assignment load a key's bucket when
    needed; save() writes the buckets that changed."""

    NBUCKETS = 64

    def __init__(self, name, limit):
        self.name = name
        self.per_bucket = max(1, limit // self.NBUCKETS)
        self.buckets = {}       # bucket number -> dict
        self.dirty = set()

    def _bucket(self, key):
        n = zlib.crc32(key.encode("utf-8", "surrogateescape")) % self.NBUCKETS
        b = self.buckets.get(n)
        if b is None:
            b = None
            data = read("%s-%02d" % (self.name, n))
            if data:
                try:
                    b = marshal.loads(data)
                except (ValueError, EOFError, TypeError):
                    b = None
            if not isinstance(b, dict):
                b = {}
            self.buckets[n] = b
        return n, b

    def get(self, key, default=None):
        return self._bucket(key)[1].get(key, default)

    def __setitem__(self, key, value):
        n, b = self._bucket(key)
        b[key] = value
        self.dirty.add(n)

    def save(self):
        for n in sorted(self.dirty):
            b = self.buckets[n]
            extra = len(b) - self.per_bucket
            if extra > 0:
                for k in list(b)[:extra]:
                    del b[k]
            write("%s-%02d" % (self.name, n), marshal.dumps(b))
        self.dirty.clear()
        # the single file earlier versions kept everything in
        old = cache_path(self.name)
        if old is not None and os.path.exists(old):
            try:
                os.unlink(old)
            except OSError:
                pass
