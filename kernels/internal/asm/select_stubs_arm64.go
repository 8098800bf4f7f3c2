//go:build !purego

package asm

// EqualF64NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func EqualF64NEON(dst []bool, x, y []float64)

// EqualF32NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func EqualF32NEON(dst []bool, x, y []float32)

// EqualScalarF64NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func EqualScalarF64NEON(dst []bool, x []float64, s float64)

// EqualScalarF32NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func EqualScalarF32NEON(dst []bool, x []float32, s float32)

// NotEqualF64NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func NotEqualF64NEON(dst []bool, x, y []float64)

// NotEqualF32NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func NotEqualF32NEON(dst []bool, x, y []float32)

// NotEqualScalarF64NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func NotEqualScalarF64NEON(dst []bool, x []float64, s float64)

// NotEqualScalarF32NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func NotEqualScalarF32NEON(dst []bool, x []float32, s float32)

// LessF64NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func LessF64NEON(dst []bool, x, y []float64)

// LessF32NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func LessF32NEON(dst []bool, x, y []float32)

// LessScalarF64NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func LessScalarF64NEON(dst []bool, x []float64, s float64)

// LessScalarF32NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func LessScalarF32NEON(dst []bool, x []float32, s float32)

// LessEqualF64NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func LessEqualF64NEON(dst []bool, x, y []float64)

// LessEqualF32NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func LessEqualF32NEON(dst []bool, x, y []float32)

// LessEqualScalarF64NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func LessEqualScalarF64NEON(dst []bool, x []float64, s float64)

// LessEqualScalarF32NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func LessEqualScalarF32NEON(dst []bool, x []float32, s float32)

// GreaterF64NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func GreaterF64NEON(dst []bool, x, y []float64)

// GreaterF32NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func GreaterF32NEON(dst []bool, x, y []float32)

// GreaterScalarF64NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func GreaterScalarF64NEON(dst []bool, x []float64, s float64)

// GreaterScalarF32NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func GreaterScalarF32NEON(dst []bool, x []float32, s float32)

// GreaterEqualF64NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func GreaterEqualF64NEON(dst []bool, x, y []float64)

// GreaterEqualF32NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func GreaterEqualF32NEON(dst []bool, x, y []float32)

// GreaterEqualScalarF64NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func GreaterEqualScalarF64NEON(dst []bool, x []float64, s float64)

// GreaterEqualScalarF32NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func GreaterEqualScalarF32NEON(dst []bool, x []float32, s float32)

// WhereF64NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func WhereF64NEON(dst []float64, m []bool, x, y []float64)

// WhereF32NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func WhereF32NEON(dst []float32, m []bool, x, y []float32)

// ClipF64NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func ClipF64NEON(dst, x []float64, lo, hi float64)

// ClipF32NEON is the NEON kernel of its name (select_arm64.s): whole blocks of 8 elements only.
//
//go:noescape
func ClipF32NEON(dst, x []float32, lo, hi float32)

// CompressF64NEON packs the x[i] with m[i] true into dst (select_arm64.s),
// 8 elements of x at a time, while 8 elements of x are left and dst has
// room for 8; it returns the numbers of elements of x read and of dst
// written.
//
//go:noescape
func CompressF64NEON(dst, x []float64, m []bool) (nin, nout int)

// CompressF32NEON is [CompressF64NEON] for float32.
//
//go:noescape
func CompressF32NEON(dst, x []float32, m []bool) (nin, nout int)

// TakeInRangeF64NEON sets dst[i] = x[idx[i]] (select_arm64.s) for the
// first len(dst) rounded down to 8 elements, stopping before a block of 8
// with an index outside [0, len(x)); it returns the number of elements
// written.
//
//go:noescape
func TakeInRangeF64NEON(dst, x []float64, idx []int64) int

// TakeInRangeF32NEON is [TakeInRangeF64NEON] for float32.
//
//go:noescape
func TakeInRangeF32NEON(dst, x []float32, idx []int64) int
