package kernels

import "reflect"

// binaryFunc computes dst[i] = x[i] op y[i].
type binaryFunc[T Float] func(dst, x, y []T)

// scalarFunc computes dst[i] = x[i] op s.
type scalarFunc[T Float] func(dst, x []T, s T)

// rscalarFunc computes dst[i] = s op x[i].
type rscalarFunc[T Float] func(dst []T, s T, x []T)

// stridedFunc computes dst[dOff+i*dInc] = x[xOff+i*xInc] op y[yOff+i*yInc] for i < n.
type stridedFunc[T Float] func(n int, dst []T, dOff, dInc int, x []T, xOff, xInc int, y []T, yOff, yInc int)

// compareFunc computes dst[i] = x[i] op y[i]; compareScalarFunc
// dst[i] = x[i] op s (the selection family, select_*.go).
type (
	compareFunc[T Float]       func(dst []bool, x, y []T)
	compareScalarFunc[T Float] func(dst []bool, x []T, s T)
)

// unaryFunc computes dst[i] = f(x[i]).
type unaryFunc[T Float] func(dst, x []T)

// fillFrom sets every nil kernel of o to the one in def and returns the names
// of the kernels o provides itself.
func (o *ops[T]) fillFrom(def *ops[T]) (own []string) {
	v := reflect.ValueOf(o).Elem()
	d := reflect.ValueOf(def).Elem()
	for i := 0; i < v.NumField(); i++ {
		if v.Field(i).IsNil() {
			v.Field(i).Set(d.Field(i))
			continue
		}
		own = append(own, v.Type().Field(i).Name)
	}
	return own
}

// KernelNames lists the names of the kernels every implementation has, for
// one element type, in a fixed order ("Add", "Sub", ..., "FromUint8").
func KernelNames() []string {
	t := reflect.TypeFor[ops[float64]]()
	names := make([]string, t.NumField())
	for i := range names {
		names[i] = t.Field(i).Name
	}
	return names
}
