"""The math/* namespace: numeric functions, constants and random numbers.

Corresponds to the reference's src/core/math.c.
"""

import math
import random as _random

from ..values import kw
from ..errors import panic, panicf
from ..runtime import builtin, define
from .. import args as A

_rng = _random.Random(0)


@builtin("math/random", "(math/random)",
         "A pseudo-random number x with 0 <= x < 1.")
def math_random():
    return _rng.random()


@builtin("math/seedrandom", "(math/seedrandom seed)",
         "Seeds the generator `math/random` uses.")
def math_seedrandom(seed):
    _rng.seed(seed if seed.__class__ is float else bytes(A.bytes_(seed, 0)))
