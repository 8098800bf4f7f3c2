package ufunc

import (
	"slices"
	"testing"

	"github.com/ndsimd/ndsimd/ndarray"
)

// TestProductsOfIntegersAndBools checks Dot, Matmul and Outer of integer
// and bool arrays against NumPy 1.24.2's output (noted beside each):
// integer products wrap in the element type, bool products are logical.
func TestProductsOfIntegersAndBools(t *testing.T) {
	a := ndarray.FromSlice([]int8{106, -100, -50, 0, 50, 100}, 2, 3)
	b := ndarray.FromSlice([]int8{9, 18, 27, 36, 45, 54, 63, 72, 81, 90, 99, 108}, 3, 4)
	// (a @ b).ravel() -> [84, -56, 60, -80, 110, -76, -6, 64] (int8)
	if got := Matmul(a, b); !slices.Equal(got.Values(), []int8{84, -56, 60, -80, 110, -76, -6, 64}) || !slices.Equal(got.Shape(), []int{2, 4}) {
		t.Errorf("Matmul(int8) = %v", got)
	}
	if got := Dot(a, b).Values(); !slices.Equal(got, []int8{84, -56, 60, -80, 110, -76, -6, 64}) {
		t.Errorf("Dot(int8) = %v", got)
	}
	// np.dot(a, b[:, 0]) -> [84, 110]
	if got := Dot(a, b.T().Index(0)).Values(); !slices.Equal(got, []int8{84, 110}) {
		t.Errorf("Dot(int8 matrix, vector) = %v", got)
	}
	u := ndarray.FromSlice([]uint8{200, 100, 3}, 3)
	if got := Dot(u, u).Item(); got != 89 { // np.dot(u, u) -> 89 (uint8)
		t.Errorf("Dot(uint8) = %d, want 89", got)
	}
	if got := Outer(u, u).Values(); !slices.Equal(got, []uint8{64, 32, 88, 32, 16, 44, 88, 44, 9}) {
		t.Errorf("Outer(uint8) = %v", got)
	}
	s := ndarray.Arange[int64](0, 24, 1).Reshape(2, 3, 4)
	w := ndarray.Arange[int64](0, 8, 1).Reshape(4, 2)
	want := []int64{28, 34, 76, 98, 124, 162, 172, 226, 220, 290, 268, 354}
	if got := Matmul(s, w); !slices.Equal(got.Values(), want) || !slices.Equal(got.Shape(), []int{2, 3, 2}) {
		t.Errorf("Matmul(int64 stack) = %v", got)
	}
	if got := Dot(s, w); !slices.Equal(got.Values(), want) {
		t.Errorf("Dot(int64 N-D) = %v", got)
	}
	if got := Dot(ndarray.Scalar(int16(3)), ndarray.FromSlice([]int16{1, 2}, 2)).Values(); !slices.Equal(got, []int16{3, 6}) {
		t.Errorf("Dot(0-d int16, vector) = %v", got)
	}
	x := ndarray.FromSlice([]bool{true, false, false, false}, 2, 2)
	y := ndarray.FromSlice([]bool{false, true, true, false}, 2, 2)
	// (x @ y).tolist() -> [[False, True], [False, False]]
	if got := Matmul(x, y).Values(); !slices.Equal(got, []bool{false, true, false, false}) {
		t.Errorf("Matmul(bool) = %v", got)
	}
	if got := Dot(x.Index(0), y.T().Index(1)).Item(); !got { // np.dot(x[0], y[:, 1]) -> True
		t.Errorf("Dot(bool vectors) = %v", got)
	}
	// np.outer([True, False], [True, True]) -> [[True, True], [False, False]]
	if got := Outer(ndarray.FromSlice([]bool{true, false}, 2), ndarray.FromSlice([]bool{true, true}, 2)).Values(); !slices.Equal(got, []bool{true, true, false, false}) {
		t.Errorf("Outer(bool) = %v", got)
	}
}
