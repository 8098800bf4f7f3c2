package ndarray

import "testing"

// TestCopyTransposedDtypes checks the transposed copy of float32 and uint8
// arrays (four and eight elements to a 32-byte line) against element reads.
func TestCopyTransposedDtypes(t *testing.T) {
	f := AsType[float32](Arange[float64](0, 37*70, 1).Reshape(37, 70)).T()
	u := AsType[uint8](Arange[float64](0, 70*66, 1).Reshape(70, 66)).T().Slice(S(1, 66), S(2, 69))
	fc, uc := f.Copy(), u.Copy()
	for i := range f.Dim(0) {
		for j := range f.Dim(1) {
			if fc.At(i, j) != f.At(i, j) {
				t.Fatalf("float32 copy[%d,%d] = %v, want %v", i, j, fc.At(i, j), f.At(i, j))
			}
		}
	}
	for i := range u.Dim(0) {
		for j := range u.Dim(1) {
			if uc.At(i, j) != u.At(i, j) {
				t.Fatalf("uint8 copy[%d,%d] = %v, want %v", i, j, uc.At(i, j), u.At(i, j))
			}
		}
	}
}

// BenchmarkTransposeCopy is the transpose_copy workload: a (1000,1000)
// array's transpose copied to C order.
func BenchmarkTransposeCopy(b *testing.B) {
	m64 := RandNormal[float64](NewRand(0), 1000, 1000)
	m32 := RandNormal[float32](NewRand(0), 1000, 1000)
	b.Run("float64", func(b *testing.B) {
		for range b.N {
			m64.T().Copy()
		}
	})
	b.Run("float32", func(b *testing.B) {
		for range b.N {
			m32.T().Copy()
		}
	})
}
