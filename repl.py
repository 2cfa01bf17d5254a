"""Launcher for the pyjanet REPL: `python repl.py` (same as running `pyjanet`)."""

from pyjanet.__main__ import main

if __name__ == "__main__":
    main()
