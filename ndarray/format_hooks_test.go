package ndarray

import (
	"fmt"
	"testing"
)

// TestFormatSeparatorAndFormatter checks PrintOptions.Separator and
// Formatter against np.array2string's output in NumPy 1.24.2 (noted as
// the Python call beside each case).
func TestFormatSeparatorAndFormatter(t *testing.T) {
	a := FromSlice([]float64{1, 22.5, 3.25, -4}, 2, 2)
	with := func(f func(*PrintOptions)) PrintOptions {
		o := DefaultPrintOptions()
		f(&o)
		return o
	}
	cases := []struct {
		name string
		got  string
		want string
	}{
		{"separator=', '", a.Format(with(func(o *PrintOptions) { o.Separator = ", " })), "[[ 1.  , 22.5 ],\n [ 3.25, -4.  ]]"},
		{"separator=','", a.Format(with(func(o *PrintOptions) { o.Separator = "," })), "[[ 1.  ,22.5 ],\n [ 3.25,-4.  ]]"},
		// formatter={'all': lambda x: '%.1f' % x}
		{"formatter %.1f", a.Format(with(func(o *PrintOptions) { o.Formatter = func(v any) string { return fmt.Sprintf("%.1f", v) } })),
			"[[1.0 22.5]\n [3.2 -4.0]]"},
		// np.array2string(np.arange(30.), separator=', ', max_line_width=40)
		{"wrapped", Arange[float64](0, 30, 1).Format(with(func(o *PrintOptions) { o.Separator = ", "; o.LineWidth = 40 })),
			"[ 0.,  1.,  2.,  3.,  4.,  5.,  6.,  7.,\n  8.,  9., 10., 11., 12., 13., 14., 15.,\n 16., 17., 18., 19., 20., 21., 22., 23.,\n 24., 25., 26., 27., 28., 29.]"},
		// formatter={'all': lambda x: 'v%d' % x}, separator='; '
		{"int formatter", FromSlice([]int64{1, -20, 3}, 3).Format(with(func(o *PrintOptions) {
			o.Formatter = func(v any) string { return fmt.Sprintf("v%d", v) }
			o.Separator = "; "
		})), "[v1; v-20; v3]"},
		// np.array2string(np.arange(2000), formatter={'all': lambda x: str(x)})
		{"summarised", Arange[int64](0, 2000, 1).Format(with(func(o *PrintOptions) { o.Formatter = func(v any) string { return fmt.Sprint(v) } })),
			"[0 1 2 ... 1997 1998 1999]"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s:\n%q, want\n%q", c.name, c.got, c.want)
		}
	}
}
