#!/usr/bin/python3
"""Writes the .npy/.npz fixtures of ndarray's npy tests with NumPy.

Run from this directory with the system Python that has NumPy (1.24):
    /usr/bin/python3 make_npy.py
The values here are repeated in ndarray/npy_numpy_test.go; keep both in step.
"""
import numpy as np
import numpy.lib.format as fmt

out = "npy/"

# One 2x3 array per dtype: 0, 1, -1 (wrapped for unsigned), then the type's
# minimum, maximum and 7.
for name in ["float64", "float32", "int64", "int32", "int16", "int8",
             "uint64", "uint32", "uint16", "uint8"]:
    dt = np.dtype(name)
    if dt.kind == "f":
        lo, hi = np.finfo(dt).min, np.finfo(dt).max
    else:
        lo, hi = np.iinfo(dt).min, np.iinfo(dt).max
    a = np.array([0, 1, 0, 0, 0, 7], dtype=dt).reshape(2, 3)
    a[0, 2] = np.array(-1).astype(dt) if dt.kind != "u" else hi
    a[1, 0] = lo
    a[1, 1] = hi
    np.save(out + name + ".npy", a)
    np.save(out + name + "_be.npy", a.astype(dt.newbyteorder(">")))

np.save(out + "bool.npy", np.array([[True, False, True], [False, False, True]]))

# Floats with special values.
np.save(out + "specials.npy", np.array([np.nan, np.inf, -np.inf, -0.0, 5e-324, 0.1]))

# Fortran order: a 2x3x4 arange, saved F-contiguous (fortran_order True).
np.save(out + "fortran_f8.npy", np.asfortranarray(np.arange(24, dtype="<f8").reshape(2, 3, 4)))
np.save(out + "fortran_i2_be.npy", np.asfortranarray(np.arange(24, dtype=">i2").reshape(2, 3, 4)))

# Scalar and empty.
np.save(out + "scalar.npy", np.array(3.5))
np.save(out + "empty.npy", np.zeros((0, 3), dtype="<i4"))

# Format versions 2.0 and 3.0 (a 3.0 file is only written when asked).
with open(out + "v2.npy", "wb") as f:
    fmt.write_array(f, np.arange(5, dtype="<i8"), version=(2, 0))
with open(out + "v3.npy", "wb") as f:
    fmt.write_array(f, np.arange(5, dtype="<u2"), version=(3, 0))

# Files that must be refused: pickled objects, a structured dtype, complex,
# float16, unicode strings.
np.save(out + "object.npy", np.array([1, "a", None], dtype=object), allow_pickle=True)
np.save(out + "structured.npy", np.zeros(2, dtype=[("x", "<f8"), ("y", "<i4")]))
np.save(out + "complex.npy", np.array([1 + 2j]))
np.save(out + "float16.npy", np.array([1.5], dtype="<f2"))
np.save(out + "unicode.npy", np.array(["ab"]))

# Archives: stored (np.savez) and deflated (np.savez_compressed).
np.savez(out + "stored.npz", x=np.arange(6, dtype="<f8").reshape(2, 3), y=np.array([1, 2, 3], dtype="<u1"))
np.savez_compressed(out + "deflated.npz", x=np.arange(6, dtype="<f8").reshape(2, 3), flags=np.array([True, False]))
