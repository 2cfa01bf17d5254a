"""The peg conformance cases again, with every grammar's matcher generated as
Python source on its first use (normally a grammar starts on closures and is
generated once it has been used a few times; see pyjanet/lib/peg.py, _Prog)."""

import glob
import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import janet_cases  # noqa: E402
from pyjanet.lib import peg  # noqa: E402
from pyjanet.values import sym  # noqa: E402

CASES = [c for f in sorted(glob.glob(os.path.join(HERE, "..", "conformance", "peg", "*.janet")))
         for c in janet_cases.parse_file(f)]


@pytest.fixture
def hot(monkeypatch):
    """Generate source on first use, and fail when a grammar could not be
    generated (it would quietly have kept its closures)."""
    failed = []
    top = peg._Src.top

    def checked_top(self, node):
        try:
            return top(self, node)
        except BaseException as e:
            failed.append(e)
            raise
    monkeypatch.setattr(peg, "_WARM_CREDIT", 1)
    monkeypatch.setattr(peg._Src, "top", checked_top)
    peg._CACHE.clear()
    peg._SHAPE_CACHE.clear()
    yield
    peg._CACHE.clear()
    peg._SHAPE_CACHE.clear()
    assert failed == []


@pytest.mark.parametrize("case", CASES, ids=lambda c: "%s:%s" % (os.path.basename(c.path), c.name))
def test_generated_matchers_agree_with_the_reference(case, hot):
    janet_cases.prepare_thread_stack()
    out, err, code = janet_cases.run_case_inprocess(case.source)
    exp_out, exp_err, exp_code = case.expected()
    assert (janet_cases.normalize(out), janet_cases.normalize(err), code) == \
        (janet_cases.normalize(exp_out), janet_cases.normalize(exp_err), exp_code)


def test_a_warm_grammar_runs_generated_code(hot):
    p = peg.compile_peg((sym("some"), (sym("<-"), b"ab")))
    s = peg._State(b"abab", (), p.prog.br)
    assert peg._prog(p, b"abab").main.__code__.co_filename == "<peg>"
    assert peg._run(p.prog, s, 0) == 4
    assert list(s.caps) == [b"ab", b"ab"]
