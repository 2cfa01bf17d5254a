#!/usr/bin/env python3
"""Record the reference Janet's output into the network case files.

usage: JANET_REF=/path/to/janet python tests/net/expect.py [FILE.janet ...]
       python tests/net/expect.py --check [FILE.janet ...]   (compare pyjanet)

Like tests/tools/expect.py, with the port and directory placeholders of
tests/net/netcases.py substituted before each run and restored in the output.
Without files, every file in tests/net/cases/ is done.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import netcases  # noqa: E402
from netcases import janet_cases  # noqa: E402


def main():
    args = sys.argv[1:]
    check = "--check" in args
    files = [a for a in args if a != "--check"] or netcases.case_files()
    janet = os.environ.get("JANET_REF", "janet")
    for path in files:
        cases = janet_cases.parse_file(path)
        if check:
            for c in cases:
                got = netcases.run_pyjanet(c.source)
                want = c.expected()
                n = janet_cases.normalize
                ok = (n(got[0]), n(got[1]), got[2]) == (n(want[0]), n(want[1]), want[2])
                print("%-5s %s: %s" % ("ok" if ok else "FAIL", path, c.name))
            continue
        results = [(c, netcases.run_reference(janet, c.source)) for c in cases]
        janet_cases.write_file(path, results)
        print("%s: %d cases" % (path, len(results)))


if __name__ == "__main__":
    main()
