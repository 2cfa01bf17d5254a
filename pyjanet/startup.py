"""The garbage collector's pause while the command line starts
(docs/architecture.md, "Start-up").

Importing pyjanet and building the root environment allocate some 100,000
objects (code, functions, classes, tables) that live as long as the process
and make no garbage worth looking for; Python's collector would walk them
some 35 times meanwhile (~5 ms, a tenth of a start), and again in each later
full collection.  So the command line, which owns its process, pauses the
collector from before it imports pyjanet (`pause`: bin/pyjanet, or
__main__.py under `python -m`) until the root environment is built, and then
moves everything alive out of the collector's sight (`settle`, gc.freeze)
before any of the program's code runs, which runs with the collector as
usual.  The embedding API does neither: its host's objects are not ours to
freeze.

Frozen objects are missing from gc.get_objects() and gc.get_referrers(),
which the debugger searches for functions; it calls `thaw` first.

The reference has no counterpart (its collector runs as its heap grows).
This module imports nothing of ours.
"""

import gc

_paused = False
_was_enabled = False


def pause():
    """Stop the collector until `settle`."""
    global _paused, _was_enabled
    if not _paused:
        _paused = True
        _was_enabled = gc.isenabled()
        gc.disable()


def settle():
    """Start-up is over: everything alive now stays alive, so the collector
    leaves it be (gc.freeze), and runs again if it ran before `pause`."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        if _was_enabled:
            gc.enable()


def thaw():
    """Let gc.get_objects() and gc.get_referrers() see what `settle` froze."""
    gc.unfreeze()
