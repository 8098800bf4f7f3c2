package linalg

import (
	"testing"

	"github.com/ndsimd/ndsimd/internal/uninit/poisontest"
)

// TestMain runs the tests with uninitialised allocations poisoned (NaN), so
// that an element of a result left unwritten fails them.
func TestMain(m *testing.M) { poisontest.Main(m) }
