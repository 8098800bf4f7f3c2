package ndarray

// FloatMode selects how many fraction digits floats get when printed, as
// the floatmode of NumPy's np.set_printoptions.
type FloatMode string

// The float modes of NumPy's printing.
const (
	// FloatMaxPrec prints at most Precision fraction digits, fewer when
	// the shortest round-trip digits of every element need fewer (NumPy's
	// default, 'maxprec').
	FloatMaxPrec FloatMode = "maxprec"
	// FloatMaxPrecEqual is FloatMaxPrec, with every element printed with
	// the same number of fraction digits ('maxprec_equal').
	FloatMaxPrecEqual FloatMode = "maxprec_equal"
	// FloatFixed always prints exactly Precision fraction digits ('fixed').
	FloatFixed FloatMode = "fixed"
	// FloatUnique prints the shortest round-trip digits of each element,
	// ignoring Precision ('unique').
	FloatUnique FloatMode = "unique"
)

// PrintOptions are the settings of [Array.Format] and [Array.ReprWith],
// NumPy's print options (np.set_printoptions) held in a value instead of
// global state. Start from [DefaultPrintOptions] and change fields; the
// zero value is not NumPy's default.
type PrintOptions struct {
	// Precision is the number of fraction digits of floats (8). In
	// FloatMaxPrec mode it is a maximum.
	Precision int
	// Threshold is the element count above which the array is summarised
	// with "..." (1000).
	Threshold int
	// EdgeItems is the number of items printed at the start and end of
	// each axis of a summarised array (3).
	EdgeItems int
	// LineWidth is the number of characters per line before wrapping (75).
	LineWidth int
	// Suppress prints small floats in positional notation (rounded to
	// Precision digits) instead of switching to scientific notation; only
	// a magnitude of 1e8 or more still selects scientific notation.
	Suppress bool
	// NanStr and InfStr are the texts of NaN and infinity ("nan", "inf");
	// widths are counted in bytes, so keep them ASCII.
	NanStr, InfStr string
	// Sign controls the sign of positive floats: '-' (none, the default),
	// '+' (always a sign) or ' ' (a space in front of positive values).
	Sign byte
	// FloatMode selects the fraction digits of floats (FloatMaxPrec).
	FloatMode FloatMode
	// Separator is the text between the elements of [Array.Format]
	// (array2string's separator=): "" means NumPy's " ". [Array.ReprWith]
	// always uses ", ", as np.array_repr.
	Separator string
	// Formatter, when set, writes every element instead of NumPy's
	// formatting, as array2string's formatter={'all': f}: it receives the
	// element as its Go type (float64, int8, bool, ...), and its texts are
	// used as they are, not padded to a common width (as NumPy's).
	Formatter func(v any) string
}

// DefaultPrintOptions returns NumPy's default print options: precision 8,
// threshold 1000, 3 edge items, line width 75, no suppression, "nan",
// "inf", sign '-' and float mode 'maxprec'.
func DefaultPrintOptions() PrintOptions {
	return PrintOptions{
		Precision: 8,
		Threshold: 1000,
		EdgeItems: 3,
		LineWidth: 75,
		NanStr:    "nan",
		InfStr:    "inf",
		Sign:      '-',
		FloatMode: FloatMaxPrec,
	}
}

// normalized returns the options with invalid values replaced: a negative
// precision, threshold or edge count becomes 0, an unknown sign '-' and an
// unknown float mode FloatMaxPrec.
func (o PrintOptions) normalized() PrintOptions {
	o.Precision = max(o.Precision, 0)
	o.Threshold = max(o.Threshold, 0)
	o.EdgeItems = max(o.EdgeItems, 0)
	switch o.Sign {
	case '-', '+', ' ':
	default:
		o.Sign = '-'
	}
	switch o.FloatMode {
	case FloatMaxPrec, FloatMaxPrecEqual, FloatFixed, FloatUnique:
	default:
		o.FloatMode = FloatMaxPrec
	}
	return o
}
