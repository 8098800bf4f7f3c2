#!/usr/bin/python3
"""Writes numpy_streams.json: NumPy's own outputs for the tests of package
random. Run with the NumPy the package reproduces (1.24):

    /usr/bin/python3 random/testdata/gen_fixtures.py > random/testdata/numpy_streams.json

Each case seeds a generator (np.random.default_rng(seed) for "rng", a
np.random.RandomState(seed) for "legacy") and makes a sequence of calls on
it; every call's result is recorded whole ("data") or, for large draws, as
the SHA-256 of its little-endian bytes ("sha256"), so that long streams
(which reach the ziggurat's rare wedge and tail paths) are checked too.
"""
import hashlib
import json
import sys

import numpy as np

FULL_LIMIT = 64


def record(a):
    a = np.asarray(a)
    out = {"dtype": str(a.dtype), "shape": list(a.shape)}
    if a.size <= FULL_LIMIT:
        out["data"] = [float(v) if a.dtype.kind == "f" else int(v) for v in a.ravel()]
    else:
        out["sha256"] = hashlib.sha256(np.ascontiguousarray(a).astype(a.dtype.newbyteorder("<")).tobytes()).hexdigest()
    return out


def rng_call(g, c):
    m, shape = c["m"], tuple(c.get("shape", ()))
    if m == "random":
        return g.random(shape)
    if m == "random_f32":
        return g.random(shape, dtype=np.float32)
    if m == "standard_normal":
        return g.standard_normal(shape)
    if m == "standard_normal_f32":
        return g.standard_normal(shape, dtype=np.float32)
    if m == "normal":
        return g.normal(c["a"], c["b"], shape)
    if m == "uniform":
        return g.uniform(c["a"], c["b"], shape)
    if m == "integers":
        return g.integers(c["a"], c["b"], shape)
    if m == "permutation":
        return g.permutation(c["n"])
    if m == "choice":
        return g.choice(c["n"], shape, replace=c["replace"])
    if m == "standard_exponential":
        return g.standard_exponential(shape)
    if m == "shuffle":
        x = np.arange(np.prod(shape), dtype=np.int64).reshape(shape)
        g.shuffle(x)
        return x
    raise ValueError(m)


def legacy_call(rs, c):
    m, shape = c["m"], tuple(c.get("shape", ()))
    if m == "rand":
        return rs.rand(*shape)
    if m == "randn":
        return rs.randn(*shape)
    if m == "normal":
        return rs.normal(c["a"], c["b"], shape)
    if m == "uniform":
        return rs.uniform(c["a"], c["b"], shape)
    if m == "randint":
        return rs.randint(c["a"], c["b"], shape, dtype=np.int64)
    if m == "permutation":
        return rs.permutation(c["n"])
    if m == "choice":
        return rs.choice(c["n"], shape, replace=c["replace"])
    if m == "shuffle":
        x = np.arange(np.prod(shape), dtype=np.int64).reshape(shape)
        rs.shuffle(x)
        return x
    raise ValueError(m)


def C(m, shape=(), **kw):
    d = {"m": m, "shape": list(shape)}
    d.update(kw)
    return d


def libm_hashes():
    """SHA-256 of glibc's log, log1p and log1pf (the libm NumPy's C calls)
    on arguments the Go test rebuilds with package random itself: log on
    u1**2 + u2**2 in (0, 1) as the legacy gauss takes it, log1p on -u, and
    log1pf on every -k/2**24 for k = 1 .. 2**24-1."""
    import ctypes
    libm = ctypes.CDLL("libm.so.6")
    for name, t in (("log", ctypes.c_double), ("log1p", ctypes.c_double), ("log1pf", ctypes.c_float)):
        getattr(libm, name).restype = t
        getattr(libm, name).argtypes = [t]
    g = np.random.default_rng(2024)
    r2 = g.random(LIBM_N) ** 2 + g.random(LIBM_N) ** 2
    r2 = r2[(r2 > 0) & (r2 < 1)]
    u = np.random.default_rng(2025).random(LIBM_N)
    k = np.arange(1, 2**24)
    sha = lambda a: hashlib.sha256(a.astype(a.dtype.newbyteorder("<")).tobytes()).hexdigest()
    return {"n": LIBM_N,
            "log": sha(np.array([libm.log(v) for v in r2])),
            "log1p": sha(np.array([libm.log1p(-v) for v in u])),
            "log1pf": sha(np.array([libm.log1pf(v) for v in (-k * 2.0**-24)], dtype=np.float32))}


LIBM_N = 200_000
BIG = 1_000_000
rng_cases = [
    (0, [C("random", (5,)), C("random_f32", (3,)), C("random", (2,)), C("random_f32", (4,)), C("standard_normal_f32", (3,)), C("random_f32", (1,))]),
    (42, [C("standard_normal", (2, 3)), C("integers", (7,), a=0, b=10), C("random", (3,)), C("integers", (5,), a=-5, b=2**40)]),
    (2**40 + 17, [C("random", (4,))]),
    (2**63 - 1, [C("standard_normal", (4,))]),
    (7, [C("integers", (9,), a=0, b=2**32), C("integers", (3,), a=0, b=2**32 + 1), C("integers", (3,), a=-2**63, b=2**63 - 1), C("integers", (4,), a=3, b=4)]),
    (8, [C("choice", (5,), n=100, replace=False), C("choice", (3, 2), n=10, replace=True), C("choice", (600,), n=20000, replace=False), C("choice", (100,), n=20000, replace=False)]),
    (9, [C("shuffle", (6, 2)), C("shuffle", (9,)), C("permutation", n=0), C("permutation", n=1), C("permutation", n=40)]),
    (10, [C("normal", (6,), a=3.0, b=0.5), C("uniform", (6,), a=-2.0, b=5.0), C("standard_exponential", (6,))]),
    (11, [C("standard_normal", (BIG,))]),
    (12, [C("standard_normal_f32", (BIG,))]),
    (13, [C("standard_exponential", (BIG,))]),
    (14, [C("random", (BIG,)), C("random_f32", (BIG + 1,)), C("integers", (BIG,), a=0, b=1000), C("integers", (BIG,), a=0, b=3 * 2**40)]),
]
legacy_cases = [
    (0, [C("rand", (5,)), C("randn", (3,)), C("rand", (2,)), C("randn", (4,))]),
    (1, [C("rand", (3, 9))]),
    (2**32 - 1, [C("randn", (5,)), C("randint", (6,), a=0, b=10)]),
    (5, [C("randint", (5,), a=-2**63, b=2**63 - 1), C("randint", (5,), a=0, b=2**32), C("randint", (5,), a=0, b=2**32 + 1)]),
    (6, [C("choice", (5,), n=30, replace=False), C("choice", (2, 3), n=7, replace=True), C("shuffle", (5, 3)), C("permutation", n=12)]),
    (8, [C("normal", (5,), a=-1.0, b=2.0), C("uniform", (5,), a=3.0, b=-1.0)]),
    (15, [C("randn", (BIG,))]),
    (16, [C("rand", (BIG,)), C("randint", (BIG,), a=0, b=1000)]),
]

out = {"numpy": np.__version__, "rng": [], "legacy": [],
       "seedseq": [], "libm": libm_hashes()}
for seed, calls in rng_cases:
    g = np.random.default_rng(seed)
    out["rng"].append({"seed": seed, "calls": [dict(c, want=record(rng_call(g, c))) for c in calls]})
for seed, calls in legacy_cases:
    rs = np.random.RandomState(seed)
    out["legacy"].append({"seed": seed, "calls": [dict(c, want=record(legacy_call(rs, c))) for c in calls]})
for seed in [0, 1, 12345, 2**32 - 1, 2**32, 2**63 - 1]:
    ss = np.random.SeedSequence(seed)
    out["seedseq"].append({"seed": seed, "state32": [int(v) for v in ss.generate_state(8)],
                           "state64": [int(v) for v in ss.generate_state(4, np.uint64)]})
json.dump(out, sys.stdout, indent=None, separators=(",", ":"))
sys.stdout.write("\n")
