#!/usr/bin/env python3
"""Write the reference Janet's output into conformance case files.

usage: JANET_REF=/path/to/janet python tests/tools/expect.py FILE.janet [...]
       python tests/tools/expect.py --check FILE.janet   (compare pyjanet, no writing)

Every case is run by the reference interpreter as a script named test.janet in a
scratch directory; its stdout, stderr and exit status replace the case's `#>`,
`#!` and `#exit` lines.  This is how every expectation in tests/conformance is
produced: by the reference, never by hand.
"""

import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import janet_cases  # noqa: E402


def run_reference(janet, source):
    d = tempfile.mkdtemp(prefix="jcase-")
    try:
        with open(os.path.join(d, janet_cases.SOURCE_NAME), "w", encoding="utf-8") as f:
            f.write(source)
        p = subprocess.run([janet, janet_cases.SOURCE_NAME], cwd=d, capture_output=True,
                           timeout=60, stdin=subprocess.DEVNULL)
        return (p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"),
                p.returncode)
    finally:
        shutil.rmtree(d, ignore_errors=True)


def main():
    args = sys.argv[1:]
    check = "--check" in args
    files = [a for a in args if a != "--check"]
    janet = os.environ.get("JANET_REF", "janet")
    for path in files:
        cases = janet_cases.parse_file(path)
        if check:
            janet_cases.prepare_thread_stack()
            for c in cases:
                got = janet_cases.run_case_inprocess(c.source)
                want = c.expected()
                ok = tuple(map(janet_cases.normalize, got[:2])) + (got[2],) == \
                    tuple(map(janet_cases.normalize, want[:2])) + (want[2],)
                print("%-5s %s: %s" % ("ok" if ok else "FAIL", path, c.name))
            continue
        results = [(c, run_reference(janet, c.source)) for c in cases]
        janet_cases.write_file(path, results)
        print("%s: %d cases" % (path, len(results)))


if __name__ == "__main__":
    main()
