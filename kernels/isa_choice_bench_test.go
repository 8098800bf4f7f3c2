package kernels

// BenchmarkISAChoice times every ops kernel an implementation has code of
// its own for, under every available implementation but generic, at the
// lengths the per-kernel ISA preference (isa_preference.go) is decided at:
// 16 elements (call overhead and tails), 1 Ki (L1), 64 Ki (L2) and 1 Mi
// (L3 and memory). It calls the implementation's kernel directly, so
// implementations can be compared without switching the active one. For
// A/B runs interleaved over time, build the test binary once and run it
// several times:
//
//	go test -c -o /tmp/k.test ./kernels
//	for i in 1 2 3 4 5; do /tmp/k.test -test.run '^$' -test.bench 'ISAChoice/kernel=Add/' -test.benchtime 20ms; done

import (
	"fmt"
	"reflect"
	"slices"
	"testing"
)

var isaChoiceSizes = []int{16, 1 << 10, 1 << 16, 1 << 20}

func BenchmarkISAChoice(b *testing.B) {
	for _, name := range KernelNames() {
		b.Run("kernel="+name, func(b *testing.B) {
			benchISAChoice[float64](b, name)
			benchISAChoice[float32](b, name)
		})
	}
}

// benchISAChoice runs kernel name for element type T at every length, for
// each available implementation that has code of its own for it.
func benchISAChoice[T Float](b *testing.B, name string) {
	elem := elemName[T]()
	for _, n := range isaChoiceSizes {
		in := isaChoiceInputs[T](n)
		for _, im := range impls {
			ks := kernelsFor[T](im)
			if im.name == "generic" || !im.available || !slices.Contains(ks.own, name) {
				continue
			}
			call := isaChoiceCall(reflect.ValueOf(&ks.ops).Elem().FieldByName(name).Interface(), in)
			if call == nil {
				continue
			}
			b.Run(fmt.Sprintf("dtype=%s/n=%d/impl=%s", elem, n, im.name), func(b *testing.B) {
				b.SetBytes(int64(n) * int64(sizeOf[T]()))
				for b.Loop() {
					call()
				}
			})
		}
	}
}

// kernelsFor returns im's kernels for element type T.
func kernelsFor[T Float](im *impl) *elemKernels[T] {
	var zero T
	if _, ok := any(zero).(float64); ok {
		return any(&im.f64).(*elemKernels[T])
	}
	return any(&im.f32).(*elemKernels[T])
}

// isaChoiceData holds the operands of one benchmark length: x in (0, 4.1]
// (valid for every kernel, Log and Sqrt included), y in [0.5, 4.1], a mask
// with about half its elements set and in-range indices.
type isaChoiceData[T Float] struct {
	dst, x, y []T
	u         []uint8
	m         []bool
	idx       []int64
}

func isaChoiceInputs[T Float](n int) *isaChoiceData[T] {
	d := &isaChoiceData[T]{dst: make([]T, n), x: make([]T, n), y: make([]T, n),
		u: make([]uint8, n), m: make([]bool, n), idx: make([]int64, n)}
	for i := range n {
		d.dst[i] = 1 // touch every page before timing
		d.x[i] = T(i%97)/24 + 0.01
		d.y[i] = T(i%13)*0.3 + 0.5
		d.u[i] = uint8(i * 7)
		d.m[i] = (i*2654435761)>>7&1 == 1
		d.idx[i] = int64(i*7919) % int64(n)
	}
	return d
}

var isaChoiceSinkF float64
var isaChoiceSinkI int

// isaChoiceCall returns a call of kernel k on the operands in, or nil for a
// kernel shape the benchmark does not time (strided, Rot, Transpose).
func isaChoiceCall[T Float](k any, in *isaChoiceData[T]) func() {
	d, x, y := in.dst, in.x, in.y
	switch f := k.(type) {
	case binaryFunc[T]:
		return func() { f(d, x, y) }
	case scalarFunc[T]:
		return func() { f(d, x, 1.5) }
	case rscalarFunc[T]:
		return func() { f(d, 1.5, x) }
	case unaryFunc[T]:
		return func() { f(d, x) }
	case func(x []T) T:
		return func() { isaChoiceSinkF = float64(f(x)) }
	case func(x []T) int:
		return func() { isaChoiceSinkI = f(x) }
	case func(x, y []T) T:
		return func() { isaChoiceSinkF = float64(f(x, y)) }
	case func(alpha T, x, y []T):
		return func() { f(0.5, x, d) }
	case func(alpha T, x []T):
		return func() { f(1, d) }
	case func(dst []T, x []uint8):
		return func() { f(d, in.u) }
	case func(dst []bool, x, y []T):
		return func() { f(in.m, x, y) }
	case func(dst []bool, x []T, s T):
		return func() { f(in.m, x, 2) }
	case func(dst []T, m []bool, x, y []T):
		return func() { f(d, in.m, x, y) }
	case func(dst, x []T, lo, hi T):
		return func() { f(d, x, 1, 3) }
	case func(dst, x []T, m []bool) int:
		return func() { isaChoiceSinkI = f(d, x, in.m) }
	case func(dst, x []T, idx []int64) int:
		return func() { isaChoiceSinkI = f(d, x, in.idx) }
	}
	return nil
}
