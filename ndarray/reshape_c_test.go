package ndarray

import (
	"slices"
	"testing"
)

// TestReshapeCContiguousStrides checks the strides of reshaped C-contiguous
// arrays (the view NumPy's PyArray_Newshape makes with C strides) against
// NumPy 1.24: np.zeros(from).reshape(to).strides // itemsize.
func TestReshapeCContiguousStrides(t *testing.T) {
	tests := []struct {
		from, to, shape, strides []int
	}{
		{[]int{2, 3}, []int{6, 1}, []int{6, 1}, []int{1, 1}},
		{[]int{2, 1, 3}, []int{1, 6, 1}, []int{1, 6, 1}, []int{6, 1, 1}},
		{[]int{450, 800, 3}, []int{-1, 1}, []int{1080000, 1}, []int{1, 1}},
		{[]int{4, 1}, []int{1, 4}, []int{1, 4}, []int{4, 1}},
		{[]int{1, 1}, []int{1, 1, 1}, []int{1, 1, 1}, []int{1, 1, 1}},
		{[]int{0, 3}, []int{3, 0, 1}, []int{3, 0, 1}, []int{1, 1, 1}},
		{[]int{6}, []int{1, 2, 1, 3}, []int{1, 2, 1, 3}, []int{6, 3, 3, 1}},
		{[]int{2, 3, 4}, []int{4, 1, 3, 2}, []int{4, 1, 3, 2}, []int{6, 6, 2, 1}},
		{[]int{}, []int{1, 1}, []int{1, 1}, []int{1, 1}},
		{[]int{1}, []int{}, []int{}, []int{}},
		{[]int{2, 0}, []int{0, 1, 5}, []int{0, 1, 5}, []int{5, 5, 1}},
	}
	for _, tt := range tests {
		a := Zeros[float64](tt.from...)
		v := a.Reshape(tt.to...)
		if !slices.Equal(v.Shape(), tt.shape) || !slices.Equal(v.Strides(), tt.strides) {
			t.Errorf("Zeros%v.Reshape%v: shape %v strides %v, want %v %v (NumPy's)",
				tt.from, tt.to, v.Shape(), v.Strides(), tt.shape, tt.strides)
		}
		if len(a.Data()) > 0 && &v.Data()[0] != &a.Data()[0] {
			t.Errorf("Zeros%v.Reshape%v copied, want a view", tt.from, tt.to)
		}
	}
}
