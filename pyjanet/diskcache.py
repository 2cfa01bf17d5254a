"""The per-user cache directory for work that is worth keeping between runs.

pyjanet caches three things there, all derived from our own sources and safe to
delete: the compiled lark parser tables (reader.py), the parsed prelude forms
(boot.py) and the compiled node templates (compiler.py).  Files are written to a
temporary name and renamed, so concurrent processes never see half a file.
"""

import os
import sys
import threading

_dir = None


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
