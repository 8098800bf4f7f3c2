package ndarray

import (
	"runtime"
	"slices"
	"testing"
)

// TestViewsAllocateOnce holds the per-call cost of views: each is one
// allocation (the Array, which holds the shape and strides of up to
// inlineDims axes), and arrays of more axes one more for their shape and
// strides.
func TestViewsAllocateOnce(t *testing.T) {
	m := Zeros[float64](100, 8)
	img := Zeros[uint8](45, 80, 3)
	v := Zeros[float64](8)
	c := Zeros[float64](3, 1)
	big := Zeros[float64](2, 2, 2, 2, 2, 2)
	var sink *Array[float64]
	var sink8 *Array[uint8]
	tests := []struct {
		name string
		want float64
		call func()
	}{
		{"Index(i)", 1, func() { sink = m.Index(3) }},
		{"Index(i, j)", 1, func() { sink = m.Index(3, 4) }},
		{"Slice(S, Step)", 1, func() { sink = m.Slice(S(1, 50), Step(2)) }},
		{"Reshape(-1, 1)", 1, func() { sink8 = img.Reshape(-1, 1) }},
		{"Reshape(h*w*3, 1)", 1, func() { sink8 = img.Reshape(img.Size(), 1) }},
		{"Reshape(4, 2, 100)", 1, func() { sink = m.Reshape(4, 2, 100) }},
		{"T()", 1, func() { sink = m.T() }},
		{"Transpose(1, 0)", 1, func() { sink = m.Transpose(1, 0) }},
		{"SwapAxes(0, 1)", 1, func() { sink = m.SwapAxes(0, 1) }},
		{"BroadcastTo(100, 8)", 1, func() { sink = v.BroadcastTo(100, 8) }},
		{"BroadcastTo(3, 8)", 1, func() { sink = c.BroadcastTo(3, 8) }},
		{"ExpandDims(0)", 1, func() { sink = v.ExpandDims(0) }},
		{"Squeeze()", 1, func() { sink = c.Squeeze() }},
		{"Ravel()", 1, func() { sink = m.Ravel() }},
		{"Wrap(data, 100, 8)", 1, func() { sink = Wrap(m.Data(), 100, 8) }},
		{"6-d T()", 2, func() { sink = big.T() }},
		{"6-d Index(0, 0)", 1, func() { sink = big.Index(0, 0) }},
	}
	for _, tt := range tests {
		if n := testing.AllocsPerRun(100, tt.call); n > tt.want {
			t.Errorf("%s: %v allocations per call, want %v", tt.name, n, tt.want)
		}
	}
	_, _ = sink, sink8
}

// TestViewsDoNotShareShape checks that a view's shape and strides are its
// own: changing nothing of the parent's, and a view of a view keeping its
// parent's intact, for arrays with their dimensions inline and beyond.
func TestViewsDoNotShareShape(t *testing.T) {
	for _, shape := range [][]int{{6, 4}, {2, 3, 2, 2}, {1, 2, 1, 3, 2, 2}} {
		a := Arange[float64](0, 24, 1).Reshape(shape...)
		before, beforeStrides := a.Shape(), a.Strides()
		views := []*Array[float64]{a.T(), a.Index(0), a.Slice(Step(-1)), a.SwapAxes(0, -1), a.ExpandDims(0), a.Squeeze(), a.Reshape(-1), a.BroadcastTo(append([]int{2}, shape...)...)}
		for _, v := range views {
			w := v.T().Reshape(-1)
			_ = w
		}
		if !slices.Equal(a.Shape(), before) || !slices.Equal(a.Strides(), beforeStrides) {
			t.Errorf("%v: views changed the parent to %v %v", shape, a.Shape(), a.Strides())
		}
		tv := a.T()
		want := slices.Clone(before)
		slices.Reverse(want)
		if !slices.Equal(tv.Shape(), want) {
			t.Errorf("%v: T() shape %v, want %v", shape, tv.Shape(), want)
		}
		for i, w := range []float64{a.At(make([]int, len(shape))...)} {
			if tv.At(make([]int, len(shape))...) != w {
				t.Errorf("%v: T()[0...] %d wrong", shape, i)
			}
		}
	}
}

// BenchmarkViews times the views of the per-call workloads.
func BenchmarkViews(b *testing.B) {
	m := Zeros[float64](100, 8)
	img := Zeros[uint8](450, 800, 3)
	v := Zeros[float64](8)
	b.Run("Index", func(b *testing.B) {
		for range b.N {
			m.Index(3)
		}
	})
	b.Run("Slice", func(b *testing.B) {
		for range b.N {
			m.Slice(S(1, 50), Step(2))
		}
	})
	b.Run("Reshape_img2vector", func(b *testing.B) {
		for range b.N {
			img.Reshape(img.Size(), 1)
		}
	})
	b.Run("T", func(b *testing.B) {
		for range b.N {
			m.T()
		}
	})
	b.Run("BroadcastTo", func(b *testing.B) {
		for range b.N {
			v.BroadcastTo(100, 8)
		}
	})
}

// TestEmptyLike checks EmptyLike's shape, strides and independence from
// its model, and that small results and scalars are one allocation.
func TestEmptyLike(t *testing.T) {
	for _, shape := range [][]int{{}, {3}, {4, 4}, {2, 3, 4}, {1, 2, 1, 2, 1}, {100, 8}} {
		like := Zeros[float32](shape...).T()
		e := EmptyLike[float64](like)
		wantShape := like.Shape()
		if !slices.Equal(e.Shape(), wantShape) || !e.IsCContiguous() || e.ReadOnly() || e.Size() != like.Size() || len(e.Data()) != like.Size() {
			t.Errorf("EmptyLike of %v: shape %v strides %v size %d", wantShape, e.Shape(), e.Strides(), len(e.Data()))
		}
		e.Fill(1)
		if Sum(like).Item() != 0 {
			t.Errorf("EmptyLike of %v shares storage with its model", wantShape)
		}
	}
	v := Zeros[float64](4, 4)
	var sink *Array[float64]
	if n := testing.AllocsPerRun(100, func() { sink = EmptyLike[float64](v) }); n != 1 {
		t.Errorf("EmptyLike of (4,4): %v allocations, want 1", n)
	}
	if n := testing.AllocsPerRun(100, func() { sink = Scalar(2.5) }); n != 1 {
		t.Errorf("Scalar: %v allocations, want 1", n)
	}
	_ = sink
}

// TestSmallAllocationBytes holds the size of the one allocation of a view
// and of a small elementwise result: the Array with only the shape and
// strides its axes need (and, for a result of up to 16 elements, those
// elements), in the smallest of the runtime's size classes that holds it.
func TestSmallAllocationBytes(t *testing.T) {
	img := Zeros[uint8](45, 80, 3)
	m := Zeros[float64](100, 8)
	x32 := Zeros[float32](16)
	x64 := Zeros[float64](16)
	var sink8 *Array[uint8]
	var sink *Array[float64]
	var sink32 *Array[float32]
	tests := []struct {
		name string
		max  uint64
		call func()
	}{
		{"Reshape(-1, 1)", 128, func() { sink8 = img.Reshape(-1, 1) }},
		{"Reshape(h*w*3, 1)", 128, func() { sink8 = img.Reshape(img.Size(), 1) }},
		{"Index(3)", 112, func() { sink = m.Index(3) }},
		{"T()", 128, func() { sink = m.T() }},
		{"EmptyLike(16 float32)", 176, func() { sink32 = EmptyLike[float32](x32) }},
		{"EmptyLike(16 float64)", 240, func() { sink = EmptyLike[float64](x64) }},
	}
	for _, tt := range tests {
		const n = 1000
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		for range n {
			tt.call()
		}
		runtime.ReadMemStats(&after)
		if got := (after.TotalAlloc - before.TotalAlloc) / n; got > tt.max {
			t.Errorf("%s: %d bytes allocated per call, want at most %d", tt.name, got, tt.max)
		}
	}
	_, _, _ = sink8, sink, sink32
}
