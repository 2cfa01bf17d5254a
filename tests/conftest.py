"""Collects the conformance cases (tests/conformance/**/*.janet) as pytest items."""

import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import janet_cases  # noqa: E402


def pytest_collect_file(parent, file_path):
    if file_path.suffix == ".janet" and "conformance" in file_path.parts:
        return JanetFile.from_parent(parent, path=file_path)


class JanetFile(pytest.File):
    def collect(self):
        for case in janet_cases.parse_file(str(self.path)):
            yield JanetCase.from_parent(self, name=case.name, case=case)


class JanetCase(pytest.Item):
    def __init__(self, *, case, **kw):
        super().__init__(**kw)
        self.case = case

    def runtest(self):
        janet_cases.prepare_thread_stack()
        out, err, code = janet_cases.run_case_inprocess(self.case.source)
        exp_out, exp_err, exp_code = self.case.expected()
        got = (janet_cases.normalize(out), janet_cases.normalize(err), code)
        want = (janet_cases.normalize(exp_out), janet_cases.normalize(exp_err), exp_code)
        if got != want:
            raise CaseMismatch(self.case, got, want)

    def repr_failure(self, excinfo):
        if isinstance(excinfo.value, CaseMismatch):
            e = excinfo.value
            lines = ["case %r (%s:%d)" % (e.case.name, e.case.path, e.case.lineno),
                     "--- source", e.case.source.rstrip()]
            for label, g, w in zip(("stdout", "stderr", "exit"), e.got, e.want):
                if g != w:
                    lines += ["--- expected " + label, str(w).rstrip(),
                              "--- got " + label, str(g).rstrip()]
            return "\n".join(lines)
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, self.case.lineno, "case: %s" % self.name


class CaseMismatch(Exception):
    def __init__(self, case, got, want):
        Exception.__init__(self)
        self.case = case
        self.got = got
        self.want = want
