package kernels

// The selection kernels: the six comparisons giving bools (NaN compares as
// in IEEE 754 and NumPy: every comparison with a NaN is false but !=, which
// is true), Where, Clip and Compress. Their assembly handles whole blocks
// (select_amd64.go); the Go wrappers there finish the rest with the twins.

// Equal is
//
//	for i := range dst { dst[i] = x[i] == y[i] }
func Equal[T Float](dst []bool, x, y []T) {
	checkLen3(len(dst), len(x), len(y))
	opsOf[T]().Equal(dst, x, y)
}

// NotEqual is
//
//	for i := range dst { dst[i] = x[i] != y[i] (true if either is NaN) }
func NotEqual[T Float](dst []bool, x, y []T) {
	checkLen3(len(dst), len(x), len(y))
	opsOf[T]().NotEqual(dst, x, y)
}

// Less is
//
//	for i := range dst { dst[i] = x[i] < y[i] }
func Less[T Float](dst []bool, x, y []T) {
	checkLen3(len(dst), len(x), len(y))
	opsOf[T]().Less(dst, x, y)
}

// LessEqual is
//
//	for i := range dst { dst[i] = x[i] <= y[i] }
func LessEqual[T Float](dst []bool, x, y []T) {
	checkLen3(len(dst), len(x), len(y))
	opsOf[T]().LessEqual(dst, x, y)
}

// Greater is
//
//	for i := range dst { dst[i] = x[i] > y[i] }
func Greater[T Float](dst []bool, x, y []T) {
	checkLen3(len(dst), len(x), len(y))
	opsOf[T]().Greater(dst, x, y)
}

// GreaterEqual is
//
//	for i := range dst { dst[i] = x[i] >= y[i] }
func GreaterEqual[T Float](dst []bool, x, y []T) {
	checkLen3(len(dst), len(x), len(y))
	opsOf[T]().GreaterEqual(dst, x, y)
}

// EqualScalar is
//
//	for i := range dst { dst[i] = x[i] == s }
func EqualScalar[T Float](dst []bool, x []T, s T) {
	checkLen2(len(dst), len(x))
	opsOf[T]().EqualScalar(dst, x, s)
}

// NotEqualScalar is
//
//	for i := range dst { dst[i] = x[i] != s }
func NotEqualScalar[T Float](dst []bool, x []T, s T) {
	checkLen2(len(dst), len(x))
	opsOf[T]().NotEqualScalar(dst, x, s)
}

// LessScalar is
//
//	for i := range dst { dst[i] = x[i] < s }
func LessScalar[T Float](dst []bool, x []T, s T) {
	checkLen2(len(dst), len(x))
	opsOf[T]().LessScalar(dst, x, s)
}

// LessEqualScalar is
//
//	for i := range dst { dst[i] = x[i] <= s }
func LessEqualScalar[T Float](dst []bool, x []T, s T) {
	checkLen2(len(dst), len(x))
	opsOf[T]().LessEqualScalar(dst, x, s)
}

// GreaterScalar is
//
//	for i := range dst { dst[i] = x[i] > s }
func GreaterScalar[T Float](dst []bool, x []T, s T) {
	checkLen2(len(dst), len(x))
	opsOf[T]().GreaterScalar(dst, x, s)
}

// GreaterEqualScalar is
//
//	for i := range dst { dst[i] = x[i] >= s }
func GreaterEqualScalar[T Float](dst []bool, x []T, s T) {
	checkLen2(len(dst), len(x))
	opsOf[T]().GreaterEqualScalar(dst, x, s)
}

// Where is
//
//	for i := range dst { if m[i] { dst[i] = x[i] } else { dst[i] = y[i] } }
func Where[T Float](dst []T, m []bool, x, y []T) {
	checkLen3(len(dst), len(x), len(y))
	checkLen2(len(dst), len(m))
	opsOf[T]().Where(dst, m, x, y)
}

// Clip is NumPy's clip, np.clip(x, lo, hi), for float bounds:
//
//	for i := range dst { dst[i] = min(max(x[i], lo), hi) }
//
// with NumPy's max(a, b) = isnan(a) ? a : (a > b ? a : b) and min
// likewise: a NaN x[i] stays NaN, hi wins when lo > hi, and of a zero and a
// zero bound of the other sign the bound is kept.
func Clip[T Float](dst, x []T, lo, hi T) {
	checkLen2(len(dst), len(x))
	opsOf[T]().Clip(dst, x, lo, hi)
}

// Compress writes the x[i] with m[i] true to dst, in order, and returns
// their number: NumPy's x[m] for a 1-D x. dst must have room for them
// (len(dst) >= the count of true in m); it panics otherwise.
func Compress[T Float](dst, x []T, m []bool) int {
	checkLen2(len(x), len(m))
	return opsOf[T]().Compress(dst, x, m)
}

// TakeInRange gathers dst[i] = x[idx[i]] (NumPy's take for in-range
// indexes) from the start, stopping at the first index outside
// [0, len(x)), negative ones included; it returns how many elements it
// set (len(dst) when every index is in range). The caller deals with the
// index it stopped at (NumPy's negative indexes, or an IndexError).
func TakeInRange[T Float](dst, x []T, idx []int64) int {
	checkLen2(len(dst), len(idx))
	return opsOf[T]().TakeInRange(dst, x, idx)
}
