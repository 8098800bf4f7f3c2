#!/usr/bin/python3
"""Writes numpy-random-args.jsonl: NumPy's outputs for the arguments of the
random methods past those of numpy-random.jsonl (choice with p and from an
array, integers with dtype and endpoint, shuffle and permutation along an
axis), and NumPy's errors for bad ones. Run with NumPy 1.24:

    /usr/bin/python3 internal/conformance/testdata/gen_random_args.py \
        > internal/conformance/testdata/numpy-random-args.jsonl

The format is that of the other corpora (README.md); every case seeds a
fresh generator (np.random.default_rng(kw.seed), or np.random.seed(kw.seed)
for legacy_*) and makes one call.
"""
import json

import numpy as np

cases = []


def arr(a):
    a = np.asarray(a)
    if a.dtype.kind == "f":
        data = [num(v) for v in a.ravel()]
    elif a.dtype.kind == "b":
        data = [bool(v) for v in a.ravel()]
    else:
        data = [int(v) for v in a.ravel()]
    return {"dtype": str(a.dtype), "shape": list(a.shape), "data": data}


def num(v):
    """A float as the case files write it ("nan", "inf", "-inf" as strings)."""
    if np.isnan(v):
        return "nan"
    if np.isinf(v):
        return "inf" if v > 0 else "-inf"
    return float(v)


def add(op, kw, call, args=()):
    if kw.get("p") is not None:
        kw = dict(kw, p=[num(v) for v in kw["p"]])
    c = {"id": f"{op}-args-{len(cases) + 1:05d}", "op": op, "args": [arr(a) for a in args], "kw": kw}
    try:
        c["want"] = arr(call())
    except ValueError as e:
        kind = "axis" if isinstance(e, np.AxisError) else "value"
        c["want_error"] = {"kind": kind, "numpy_message": str(e)}
    except IndexError as e:
        c["want_error"] = {"kind": "index", "numpy_message": str(e)}
    cases.append(c)


def rng(seed):
    return np.random.default_rng(seed)


def legacy(seed):
    np.random.seed(seed)
    return np.random


seeds = iter(np.random.default_rng(20261205).integers(0, 2**32, 10000).tolist())

# choice(n, size, replace, p)
ps = [
    [0.1, 0.2, 0.3, 0.4],
    [0.5, 0.0, 0.5],
    [1.0],
    [0.0, 0.0, 1.0, 0.0],
    [0.25] * 4,
    list(np.random.default_rng(1).dirichlet(np.ones(10))),
    list(np.random.default_rng(2).dirichlet(np.ones(50) * 0.3)),
    list(np.random.default_rng(3).dirichlet(np.ones(1000))),
    [0.3, 0.3, 0.4 + 1e-9],  # within sqrt(eps) of 1
]
for p in ps:
    n = len(p)
    for size, replace in [([1], True), ([7], True), ([3, 4], True), ([200], True), ([1], False),
                          ([min(n, 3)], False), ([n], False), ([2, min(n, 3) // 2 or 1], False)]:
        nz = sum(1 for v in p if v > 0)
        s = int(np.prod(size))
        if not replace and s > nz:
            continue
        for op, mk in [("rng_choice_p", rng), ("legacy_choice_p", legacy)]:
            seed = next(seeds)
            add(op, {"seed": seed, "n": n, "size": size, "replace": replace, "p": p},
                lambda: mk(seed).choice(n, size, replace=replace, p=p))
# the errors of p
for n, size, replace, p in [
    (3, [2], True, [0.5, 0.5]),
    (2, [2], True, [0.5, 0.6]),
    (2, [2], True, [1.5, -0.5]),
    (2, [2], True, [float("nan"), 1.0]),
    (3, [2], False, [1.0, 0.0, 0.0]),
    (3, [4], False, [0.2, 0.3, 0.5]),
    (3, [2], True, [0.2, float("inf"), 0.5]),
]:
    for op, mk in [("rng_choice_p", rng), ("legacy_choice_p", legacy)]:
        seed = next(seeds)
        add(op, {"seed": seed, "n": n, "size": size, "replace": replace, "p": p},
            lambda: mk(seed).choice(n, size, replace=replace, p=p))

# choice(a, size, replace, p, axis) from an array
arrays = [
    np.arange(10, dtype=np.float64) * 1.5,
    np.arange(12, dtype=np.int32).reshape(3, 4),
    np.arange(24, dtype=np.int64).reshape(2, 3, 4),
    np.array([3, 1, 4, 1, 5, 9, 2, 6], dtype=np.uint8),
    np.linspace(-1, 1, 15, dtype=np.float32),
]
for a in arrays:
    for axis in range(-a.ndim, a.ndim):
        n = a.shape[axis]
        for size, replace, p in [([2], True, None), ([2, 2], True, None), ([min(n, 2)], False, None),
                                 ([n], False, None), ([5], True, list(np.arange(1, n + 1) / (n * (n + 1) / 2))),
                                 ([min(n, 2)], False, [1 / n] * n)]:
            seed = next(seeds)
            add("rng_choice_array", {"seed": seed, "size": size, "replace": replace, "p": p, "axis": axis},
                lambda: rng(seed).choice(a, size, replace=replace, p=p, axis=axis), [a])
            if a.ndim == 1 and axis == 0:
                seed = next(seeds)
                add("legacy_choice_array", {"seed": seed, "size": size, "replace": replace, "p": p},
                    lambda: legacy(seed).choice(a, size, replace=replace, p=p), [a])
# a large population without replacement (NumPy's tail shuffle)
big = np.arange(12000, dtype=np.int16)
for size in ([500], [3]):
    seed = next(seeds)
    add("rng_choice_array", {"seed": seed, "size": size, "replace": False, "p": None, "axis": 0},
        lambda: rng(seed).choice(big, size, replace=False), [big])
for a, size, axis in [(np.zeros((2, 3)), [2], 2), (np.zeros((2, 3)), [2], -3), (np.zeros((0, 3)), [2], 0)]:
    seed = next(seeds)
    add("rng_choice_array", {"seed": seed, "size": size, "replace": True, "p": None, "axis": axis},
        lambda: rng(seed).choice(a, size, axis=axis), [a])
for a in [np.zeros((2, 3)), np.zeros(0)]:
    seed = next(seeds)
    add("legacy_choice_array", {"seed": seed, "size": [2], "replace": True, "p": None},
        lambda: legacy(seed).choice(a, [2]), [a])

# integers(low, high, size, dtype, endpoint) and the legacy randint(dtype)
limits = {t: (int(np.iinfo(t).min), int(np.iinfo(t).max))
          for t in ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64")}
for dt, (lo, hi) in limits.items():
    bounds = [(0, 10), (0, 2), (5, 6), (0, 17), (0, 128), (lo, hi), (lo, 0 if lo < 0 else 1),
              (0, hi), (hi - 100, hi), (max(lo, -3), 3), (0, 100), (0, 200 if hi > 200 else 100),
              (lo // 2, hi // 2 + 1)]
    if hi >= 2**16:
        bounds += [(0, 65536), (0, 40000), (0, 2**31 + 1)]
    if hi >= 2**32:
        bounds += [(0, 2**32 - 1), (0, 2**32), (0, 2**32 + 1), (0, 3 * 2**40), (lo, lo + 2**62)]
    for low, high in bounds:
        for endpoint in (False, True):
            if endpoint and high > hi or not endpoint and high > hi:
                continue
            for size in ([1], [9], [2, 3], [37]):
                seed = next(seeds)
                add("rng_integers_dtype", {"seed": seed, "low": low, "high": high, "size": size, "dtype": dt,
                                           "endpoint": endpoint},
                    lambda: rng(seed).integers(low, high, size, dtype=dt, endpoint=endpoint))
            if not endpoint:
                for size in ([9], [37]):
                    seed = next(seeds)
                    add("legacy_randint_dtype", {"seed": seed, "low": low, "high": high, "size": size, "dtype": dt},
                        lambda: legacy(seed).randint(low, high, size, dtype=dt))
    for low, high, endpoint in [(5, 3, False), (5, 5, False), (0, 0, False), (5, 3, True), (0, -1, True) if lo < 0 else (1, 0, True), (lo, lo, True), (hi, hi, False)]:
        seed = next(seeds)
        add("rng_integers_dtype", {"seed": seed, "low": low, "high": high, "size": [3], "dtype": dt,
                                   "endpoint": endpoint},
            lambda: rng(seed).integers(low, high, [3], dtype=dt, endpoint=endpoint))
        if low >= high:
            seed = next(seeds)
            add("rng_integers_dtype", {"seed": seed, "low": low, "high": high, "size": [0], "dtype": dt,
                                       "endpoint": endpoint},
                lambda: rng(seed).integers(low, high, [0], dtype=dt, endpoint=endpoint))

# shuffle(x, axis) and permutation(x, axis)
xs = [
    np.arange(9, dtype=np.float64),
    np.arange(12, dtype=np.int64).reshape(3, 4),
    np.arange(60, dtype=np.float32).reshape(3, 4, 5),
    np.arange(30, dtype=np.int16).reshape(5, 6),
    np.array([[True, False, True], [False, False, True]]),
]
for x in xs:
    for axis in list(range(-x.ndim, x.ndim)) + [x.ndim]:
        for op in ("rng_shuffle", "rng_permutation_axis"):
            seed = next(seeds)

            def call(x=x, axis=axis, op=op, seed=seed):
                g = rng(seed)
                if op == "rng_permutation_axis":
                    return g.permutation(x, axis=axis)
                y = x.copy()
                g.shuffle(y, axis=axis)
                return y
            add(op, {"seed": seed, "axis": axis}, call, [x])

# integers(low, high, size, dtype=bool, endpoint) and the legacy randint(dtype=bool):
# bits of buffered 32-bit draws, and NumPy's bounds errors
for low, high in [(0, 2), (0, 1), (1, 2), (0, 3), (-1, 2), (1, 1), (0, 0), (2, 2), (1, 0), (0, -1), (2, 3), (-1, -1)]:
    for endpoint in (False, True):
        for size in ([1], [5], [31], [32], [33], [2, 40], [0]):
            seed = next(seeds)
            add("rng_integers_dtype", {"seed": seed, "low": low, "high": high, "size": size, "dtype": "bool",
                                       "endpoint": endpoint},
                lambda: rng(seed).integers(low, high, size, dtype=bool, endpoint=endpoint))
    for size in ([1], [5], [33], [3, 30], [0]):
        seed = next(seeds)
        add("legacy_randint_dtype", {"seed": seed, "low": low, "high": high, "size": size, "dtype": "bool"},
            lambda: legacy(seed).randint(low, high, size, dtype=bool))

# choice from a 0-d array: an integer one is the population np.arange(a), a
# float one is refused
for a in [np.array(5), np.array(7), np.array(0), np.array(-2), np.array(2.5)]:
    for size in ([3], [2, 2], [0]):
        for replace in (True, False):
            seed = next(seeds)
            add("rng_choice_array", {"seed": seed, "size": size, "replace": replace, "p": None, "axis": 0},
                lambda: rng(seed).choice(a, size, replace=replace), [a])
            seed = next(seeds)
            add("legacy_choice_array", {"seed": seed, "size": size, "replace": replace, "p": None},
                lambda: legacy(seed).choice(a, size, replace=replace), [a])
p5 = [0.1, 0.2, 0.3, 0.2, 0.2]
for replace in (True, False):
    seed = next(seeds)
    add("rng_choice_array", {"seed": seed, "size": [3], "replace": replace, "p": p5, "axis": 0},
        lambda: rng(seed).choice(np.array(5), [3], replace=replace, p=p5), [np.array(5)])
    seed = next(seeds)
    add("legacy_choice_array", {"seed": seed, "size": [3], "replace": replace, "p": p5},
        lambda: legacy(seed).choice(np.array(5), [3], replace=replace, p=p5), [np.array(5)])

for c in cases:
    print(json.dumps(c))
