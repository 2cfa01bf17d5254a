"""The os/* namespace (core subset): time, environment, files and directories, exit.

Corresponds to the reference's src/core/os.c.  (Named os_.py so it does not shadow
Python's os module.)
"""

import os
import sys

from ..values import kw, Keyword
from ..errors import panic, panicf
from ..runtime import builtin
from .. import args as A


@builtin("os/exit", "(os/exit &opt x force)",
         "Exits the process with status x: 0 by default or for true, 1 for false, "
         "or the given integer.  Output is flushed first.", source="src/core/os.c")
def os_exit(x=None, force=None):
    if x is None or x is True:
        code = 0
    elif x is False:
        code = 1
    else:
        code = A.integer(x, 0)
    from .io import STDOUT, STDERR
    STDOUT.flush()
    STDERR.flush()
    raise SystemExit(code)


_MODES = {0o140000: "socket", 0o120000: "link", 0o100000: "file", 0o060000: "block",
          0o040000: "directory", 0o020000: "character", 0o010000: "fifo"}


def _stat(path, which, follow):
    import stat as st_mod
    p = bytes(A.bytes_(path, 0))
    try:
        st = os.stat(p) if follow else os.lstat(p)
    except OSError:
        return None
    from ..values import Table
    mode = kw(_MODES.get(st.st_mode & 0o170000, "other"))
    fields = {
        "dev": float(st.st_dev), "inode": float(st.st_ino), "mode": mode,
        "int-permissions": float(st.st_mode & 0o777),
        "permissions": _perm_string(st.st_mode).encode(),
        "uid": float(st.st_uid), "gid": float(st.st_gid), "nlink": float(st.st_nlink),
        "rdev": float(st.st_rdev), "size": float(st.st_size),
        "blocks": float(getattr(st, "st_blocks", 0)),
        "blocksize": float(getattr(st, "st_blksize", 0)),
        "accessed": float(int(st.st_atime)), "modified": float(int(st.st_mtime)),
        "changed": float(int(st.st_ctime)),
    }
    if which is not None:
        if which.__class__ is not Keyword or which.name not in fields:
            panicf("unexpected keyword %v", which)
        return fields[which.name]
    t = Table()
    for k, v in fields.items():
        t[kw(k)] = v
    return t


def _perm_string(mode):
    out = []
    for shift in (6, 3, 0):
        bits = (mode >> shift) & 7
        out.append(("r" if bits & 4 else "-") + ("w" if bits & 2 else "-") + ("x" if bits & 1 else "-"))
    return "".join(out)


@builtin("os/stat", "(os/stat path &opt tab|key)",
         "Information about the file at path (following symbolic links) as a table, or "
         "one field of it when a keyword is given; nil when the file does not exist.",
         source="src/core/os.c")
def os_stat(path, which=None):
    return _stat(path, which, True)


@builtin("os/lstat", "(os/lstat path &opt tab|key)",
         "Like `os/stat`, but describes a symbolic link itself rather than its target.",
         source="src/core/os.c")
def os_lstat(path, which=None):
    return _stat(path, which, False)


@builtin("os/dir", "(os/dir dir &opt array)",
         "The names of the entries of directory dir (without . and ..), appended to "
         "array when given.", source="src/core/os.c")
def os_dir(d, arr=None):
    from ..values import Array
    p = bytes(A.bytes_(d, 0))
    out = Array() if arr is None else A.array(arr, 1)
    try:
        names = os.listdir(p)
    except OSError as e:
        panicf("%s: %s", e.strerror, p.decode("utf-8", "replace"))
    out.extend(names)
    return out


@builtin("os/rm", "(os/rm path)", "Deletes the file at path.", source="src/core/os.c")
def os_rm(path):
    p = bytes(A.bytes_(path, 0))
    try:
        os.remove(p)
    except OSError as e:
        panicf("%s", e.strerror)


@builtin("os/rmdir", "(os/rmdir path)", "Deletes the empty directory at path.",
         source="src/core/os.c")
def os_rmdir(path):
    p = bytes(A.bytes_(path, 0))
    try:
        os.rmdir(p)
    except OSError as e:
        panicf("%s", e.strerror)


@builtin("os/mkdir", "(os/mkdir path)",
         "Makes a directory; true when it was made, false when it already existed.",
         source="src/core/os.c")
def os_mkdir(path):
    p = bytes(A.bytes_(path, 0))
    try:
        os.mkdir(p)
        return True
    except FileExistsError:
        return False
    except OSError as e:
        panicf("%s", e.strerror)
