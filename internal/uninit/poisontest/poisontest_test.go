package poisontest

import (
	"testing"

	"github.com/ndsimd/ndsimd/internal/uninit"
)

func TestMain(m *testing.M) { Main(m) }

// TestPoisoned checks that Main turned the poison on: a fresh slice reads
// as NaN.
func TestPoisoned(t *testing.T) {
	if v := uninit.Make[float64](1 << 20)[12345]; v == v {
		t.Errorf("uninit.Make under poisontest.Main gave %v, want NaN", v)
	}
}
