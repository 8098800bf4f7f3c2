package linalg

import "testing"

// BenchmarkRot applies 299 rotations to neighbouring columns of a 300×300
// matrix, the inner work of the SVD's implicit QR sweeps.
func BenchmarkRot(b *testing.B) {
	v := make([]float64, 300*300)
	t := make([]float64, 300)
	defer cpuMetric(b)()
	for b.Loop() {
		for j := 0; j+1 < 300; j++ {
			rot(v[j*300:(j+1)*300], v[(j+1)*300:(j+2)*300], t, 0.6, 0.8)
		}
	}
}
