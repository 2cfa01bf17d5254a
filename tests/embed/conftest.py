"""Shared fixtures of the embedding tests: one Janet session per test module."""

import pytest

from pyjanet import Janet


@pytest.fixture(scope="module")
def j():
    return Janet()
