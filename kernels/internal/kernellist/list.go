// Package kernellist is the one list of ndsimd's flat-slice kernels (the
// elementwise, unary and reduction kernels of package kernels; GEMM and GEMV
// have their own drivers). go generate ./kernels writes from it the exported
// API (zz_generated_api*.go), the ops table every implementation fills and the
// table of generic twins (zz_generated_ops.go); the tests of package kernels
// check that every other table (the test harness, the assembly wiring of each
// implementation) covers every kernel of this list.
package kernellist

// Kind is a kernel's signature.
type Kind string

// The kinds of kernel and their signatures, for element type T.
const (
	Binary  Kind = "binary"  // (dst, x, y []T)
	Scalar  Kind = "scalar"  // (dst, x []T, s T)
	RScalar Kind = "rscalar" // (dst []T, s T, x []T)
	Strided Kind = "strided" // (n int, dst []T, dOff, dInc int, x []T, xOff, xInc int, y []T, yOff, yInc int)
	Unary   Kind = "unary"   // (dst, x []T)
	Reduce  Kind = "reduce"  // (x []T) T
	Arg     Kind = "arg"     // (x []T) int
	Pair    Kind = "pair"    // (x, y []T) T
	Axpy    Kind = "axpy"    // (alpha T, x, y []T)
	Scale   Kind = "scale"   // (alpha T, x []T)
	Uint8   Kind = "uint8"   // (dst []T, x []uint8)

	Compare       Kind = "compare"       // (dst []bool, x, y []T)
	CompareScalar Kind = "comparescalar" // (dst []bool, x []T, s T)
	Where         Kind = "where"         // (dst []T, m []bool, x, y []T)
	Clip          Kind = "clip"          // (dst, x []T, lo, hi T)
	Compress      Kind = "compress"      // (dst, x []T, m []bool) int
	Take          Kind = "take"          // (dst, x []T, idx []int64) int
	Rot           Kind = "rot"           // (x, y []T, c, s T)
	Transpose     Kind = "transpose"     // (rows, cols int, dst []T, dOff, ldd int, x []T, xOff, ldx int)
	ArgRows       Kind = "argrows"       // (rows, cols int, x []T, xOff, ldx int, dst []int64)
	SumRows       Kind = "sumrows"       // (rows, cols int, x []T, xOff, ldx int, dst []T)
)

// Kernel is one kernel: the generic function Name[T] and its typed forms
// NameF64 and NameF32 in package kernels, and the field Name of every
// implementation's ops table.
type Kernel struct {
	Name string // exported name, e.g. "Add"
	Kind Kind
	// Ref is the reference computation shown in the doc comment; for
	// strided kernels the operator or function applied.
	Ref string
	// Generic is the expression of the generic twin for element type T; ""
	// means the function <name>Generic[T], name with a lower-case first
	// letter (addGeneric[T] for Add).
	Generic string
}

// Kernels is the list, in the order reports print it.
var Kernels = []Kernel{
	{Name: "Add", Kind: Binary, Ref: "dst[i] = x[i] + y[i]"},
	{Name: "Sub", Kind: Binary, Ref: "dst[i] = x[i] - y[i]"},
	{Name: "Mul", Kind: Binary, Ref: "dst[i] = x[i] * y[i]"},
	{Name: "Div", Kind: Binary, Ref: "dst[i] = x[i] / y[i]"},
	{Name: "Maximum", Kind: Binary, Ref: "dst[i] = maximum(x[i], y[i]) (NaN if either is NaN, as NumPy's maximum)"},
	{Name: "Minimum", Kind: Binary, Ref: "dst[i] = minimum(x[i], y[i]) (NaN if either is NaN, as NumPy's minimum)"},
	{Name: "Power", Kind: Binary, Ref: "dst[i] = x[i] ** y[i] (within 1 ULP, with C99 pow's special cases; float32 computed in float64 and rounded once)"},
	{Name: "AddScalar", Kind: Scalar, Ref: "dst[i] = x[i] + s"},
	{Name: "SubScalar", Kind: Scalar, Ref: "dst[i] = x[i] - s"},
	{Name: "MulScalar", Kind: Scalar, Ref: "dst[i] = x[i] * s"},
	{Name: "DivScalar", Kind: Scalar, Ref: "dst[i] = x[i] / s"},
	{Name: "MaximumScalar", Kind: Scalar, Ref: "dst[i] = maximum(x[i], s)"},
	{Name: "MinimumScalar", Kind: Scalar, Ref: "dst[i] = minimum(x[i], s)"},
	{Name: "ScalarSub", Kind: RScalar, Ref: "dst[i] = s - x[i]"},
	{Name: "ScalarDiv", Kind: RScalar, Ref: "dst[i] = s / x[i]"},
	{Name: "AddStrided", Kind: Strided, Ref: "+", Generic: "stridedGeneric(func(x, y T) T { return x + y })"},
	{Name: "SubStrided", Kind: Strided, Ref: "-", Generic: "stridedGeneric(func(x, y T) T { return x - y })"},
	{Name: "MulStrided", Kind: Strided, Ref: "*", Generic: "stridedGeneric(func(x, y T) T { return x * y })"},
	{Name: "DivStrided", Kind: Strided, Ref: "/", Generic: "stridedGeneric(func(x, y T) T { return x / y })"},
	{Name: "MaximumStrided", Kind: Strided, Ref: "maximum", Generic: "stridedGeneric(maximumOf[T])"},
	{Name: "MinimumStrided", Kind: Strided, Ref: "minimum", Generic: "stridedGeneric(minimumOf[T])"},
	{Name: "Abs", Kind: Unary, Ref: "dst[i] = |x[i]|"},
	{Name: "Neg", Kind: Unary, Ref: "dst[i] = -x[i]"},
	{Name: "Sqrt", Kind: Unary, Ref: "dst[i] = sqrt(x[i])"},
	{Name: "Square", Kind: Unary, Ref: "dst[i] = x[i] * x[i]"},
	{Name: "Exp", Kind: Unary, Ref: "dst[i] = exp(x[i])"},
	{Name: "Log", Kind: Unary, Ref: "dst[i] = log(x[i])"},
	{Name: "Tanh", Kind: Unary, Ref: "dst[i] = tanh(x[i])"},
	{Name: "Sigmoid", Kind: Unary, Ref: "dst[i] = 1 / (1 + exp(-x[i]))"},
	{Name: "SigmoidDerivative", Kind: Unary, Ref: "s := 1 / (1 + exp(-x[i])); dst[i] = s * (1 - s)"},
	{Name: "Sin", Kind: Unary, Ref: "dst[i] = sin(x[i]) (within 1 ULP for every finite x; NaN for ±Inf)"},
	{Name: "Cos", Kind: Unary, Ref: "dst[i] = cos(x[i]) (within 1 ULP for every finite x; NaN for ±Inf)"},
	{Name: "Tan", Kind: Unary, Ref: "dst[i] = tan(x[i]) (within 1 ULP for every finite x; NaN for ±Inf)"},
	{Name: "Log1p", Kind: Unary, Ref: "dst[i] = log(1 + x[i]) (accurate for tiny x; NaN below -1)"},
	{Name: "Expm1", Kind: Unary, Ref: "dst[i] = exp(x[i]) - 1 (accurate for tiny x)"},
	{Name: "Sum", Kind: Reduce, Ref: "s += x[i]; return s (pairwise or better)"},
	{Name: "SumSq", Kind: Reduce, Ref: "s += x[i] * x[i]; return s"},
	{Name: "Max", Kind: Reduce, Ref: "m = max(m, x[i]); return m (NaN if any is NaN, -Inf if empty)"},
	{Name: "Min", Kind: Reduce, Ref: "m = min(m, x[i]); return m (NaN if any is NaN, +Inf if empty)"},
	{Name: "ArgMax", Kind: Arg, Ref: "the index of the first largest x[i], or of the first NaN; -1 if empty"},
	{Name: "ArgMin", Kind: Arg, Ref: "the index of the first smallest x[i], or of the first NaN; -1 if empty"},
	{Name: "ArgMaxRows", Kind: ArgRows, Ref: "dst[r] = ArgMax(x[xOff+r*ldx : xOff+r*ldx+cols]) (the rows x cols matrix at x with row stride ldx: each row's first largest element, or first NaN; -1 if cols is 0)"},
	{Name: "ArgMinRows", Kind: ArgRows, Ref: "dst[r] = ArgMin(x[xOff+r*ldx : xOff+r*ldx+cols]) (the rows x cols matrix at x with row stride ldx: each row's first smallest element, or first NaN; -1 if cols is 0)"},
	{Name: "SumRows", Kind: SumRows, Ref: "dst[j] = x[xOff+j] + x[xOff+ldx+j] + ... + x[xOff+(rows-1)*ldx+j], added in that order (the rows x cols matrix at x with row stride ldx added row by row, as NumPy's sum along axis 0; 0 if rows is 0; dst must not overlap x)"},
	{Name: "Dot", Kind: Pair, Ref: "s += x[i] * y[i]; return s"},
	{Name: "L1Dist", Kind: Pair, Ref: "s += |x[i] - y[i]|; return s"},
	{Name: "L2DistSq", Kind: Pair, Ref: "s += (x[i] - y[i]) * (x[i] - y[i]); return s"},
	{Name: "Axpy", Kind: Axpy, Ref: "y[i] += alpha * x[i]"},
	{Name: "Scale", Kind: Scale, Ref: "x[i] *= alpha"},
	{Name: "FromUint8", Kind: Uint8, Ref: "dst[i] = T(x[i])"},

	// Selection: comparisons giving bools (every comparison with a NaN is
	// false but !=, as IEEE 754 and NumPy), Where, Clip, Compress, Take.
	{Name: "Equal", Kind: Compare, Ref: "dst[i] = x[i] == y[i]"},
	{Name: "NotEqual", Kind: Compare, Ref: "dst[i] = x[i] != y[i] (true if either is NaN)"},
	{Name: "Less", Kind: Compare, Ref: "dst[i] = x[i] < y[i]"},
	{Name: "LessEqual", Kind: Compare, Ref: "dst[i] = x[i] <= y[i]"},
	{Name: "Greater", Kind: Compare, Ref: "dst[i] = x[i] > y[i]"},
	{Name: "GreaterEqual", Kind: Compare, Ref: "dst[i] = x[i] >= y[i]"},
	{Name: "EqualScalar", Kind: CompareScalar, Ref: "dst[i] = x[i] == s"},
	{Name: "NotEqualScalar", Kind: CompareScalar, Ref: "dst[i] = x[i] != s"},
	{Name: "LessScalar", Kind: CompareScalar, Ref: "dst[i] = x[i] < s"},
	{Name: "LessEqualScalar", Kind: CompareScalar, Ref: "dst[i] = x[i] <= s"},
	{Name: "GreaterScalar", Kind: CompareScalar, Ref: "dst[i] = x[i] > s"},
	{Name: "GreaterEqualScalar", Kind: CompareScalar, Ref: "dst[i] = x[i] >= s"},
	{Name: "Where", Kind: Where, Ref: "if m[i] { dst[i] = x[i] } else { dst[i] = y[i] }"},
	{Name: "Clip", Kind: Clip, Ref: "dst[i] = min(max(x[i], lo), hi) (NumPy's clip: max(a, b) = isnan(a) ? a : (a > b ? a : b), min likewise; a NaN x[i] stays NaN, hi wins when lo > hi)"},
	{Name: "Compress", Kind: Compress, Ref: "the x[i] with m[i] true written to dst in order, returning their number (NumPy's x[m] for a 1-D x; dst must have room for them)"},
	{Name: "TakeInRange", Kind: Take, Ref: "dst[i] = x[idx[i]] from the start, stopping at the first index outside [0, len(x)); it returns how many elements it set (the caller handles the index it stopped at)"},

	// Streaming-store twins of Add, Sub, Mul, AddScalar, MulScalar, Square, Abs and copy: the same results,
	// written with non-temporal stores on amd64 (the lines of dst go to
	// memory without being read into the cache first), for fresh results
	// too large to stay in cache; the ufunc package picks them.
	{Name: "AddStream", Kind: Binary, Ref: "dst[i] = x[i] + y[i] (non-temporal stores)", Generic: "addGeneric[T]"},
	{Name: "SubStream", Kind: Binary, Ref: "dst[i] = x[i] - y[i] (non-temporal stores)", Generic: "subGeneric[T]"},
	{Name: "MulStream", Kind: Binary, Ref: "dst[i] = x[i] * y[i] (non-temporal stores)", Generic: "mulGeneric[T]"},
	{Name: "AddScalarStream", Kind: Scalar, Ref: "dst[i] = x[i] + s (non-temporal stores)", Generic: "addScalarGeneric[T]"},
	{Name: "MulScalarStream", Kind: Scalar, Ref: "dst[i] = x[i] * s (non-temporal stores)", Generic: "mulScalarGeneric[T]"},
	{Name: "SquareStream", Kind: Unary, Ref: "dst[i] = x[i] * x[i] (non-temporal stores)", Generic: "squareGeneric[T]"},
	{Name: "AbsStream", Kind: Unary, Ref: "dst[i] = |x[i]| (non-temporal stores)", Generic: "absGeneric[T]"},
	// CopyStream is copy(dst, x) with non-temporal stores and no closing
	// fence: fresh results computed chunk by chunk in a cached buffer and
	// copies into fresh blocks (ndarray.Concatenate) go to memory through
	// it, and the caller calls StreamFence once after the last piece, so
	// the stores of one piece drain while the next is computed.
	{Name: "CopyStream", Kind: Unary, Ref: "dst[i] = x[i] (the bits moved; non-temporal stores, not fenced: call StreamFence before the result is used)", Generic: "copyGeneric[T]"},

	// BLAS level 1 for linalg.
	{Name: "Rot", Kind: Rot, Ref: "x[i], y[i] = c*x[i] + s*y[i], c*y[i] - s*x[i] (the BLAS drot with unit strides; every product rounded before the addition, no fused multiply-add, so every implementation gives the same bits; x and y must not overlap)"},
	{Name: "Transpose", Kind: Transpose, Ref: "dst[dOff+j*ldd+i] = x[xOff+i*ldx+j] (the rows x cols matrix at x with row stride ldx, transposed into dst with row stride ldd; x and dst must not overlap)"},
}
