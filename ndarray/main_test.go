package ndarray

import (
	"testing"

	"github.com/ndsimd/ndsimd/internal/uninit/poisontest"
)

func TestMain(m *testing.M) { poisontest.Main(m) }
