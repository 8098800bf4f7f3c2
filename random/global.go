package random

import (
	crand "crypto/rand"
	"encoding/binary"
	"sync"

	"github.com/ndsimd/ndsimd/ndarray"
)

// global is the RandomState behind the package-level functions, as
// np.random.seed, np.random.rand, ... share one. Until Seed is called it
// starts from OS entropy.
var global struct {
	sync.Mutex
	rs *RandomState
}

// globalState returns the global RandomState, seeding it from OS entropy the
// first time; the caller holds the lock.
func globalState() *RandomState {
	if global.rs == nil {
		var b [4]byte
		if _, err := crand.Read(b[:]); err != nil {
			panic(err)
		}
		global.rs = NewRandomState(int64(binary.LittleEndian.Uint32(b[:])))
	}
	return global.rs
}

// withGlobal runs f on the global RandomState under its lock.
func withGlobal[R any](f func(rs *RandomState) R) R {
	global.Lock()
	defer global.Unlock()
	return f(globalState())
}

// Seed is np.random.seed(seed): it reseeds the global RandomState. A seed
// outside [0, 2**32-1] panics with NumPy's message as *ndarray.ValueError.
func Seed(seed int64) {
	global.Lock()
	defer global.Unlock()
	if global.rs == nil {
		global.rs = NewRandomState(seed)
		return
	}
	global.rs.Seed(seed)
}

// Rand is np.random.rand(*shape).
func Rand(shape ...int) *ndarray.Array[float64] {
	return withGlobal(func(rs *RandomState) *ndarray.Array[float64] { return rs.Rand(shape...) })
}

// RandomSample is np.random.random_sample(shape) (np.random.random).
func RandomSample(shape ...int) *ndarray.Array[float64] {
	return withGlobal(func(rs *RandomState) *ndarray.Array[float64] { return rs.Rand(shape...) })
}

// Randn is np.random.randn(*shape).
func Randn(shape ...int) *ndarray.Array[float64] {
	return withGlobal(func(rs *RandomState) *ndarray.Array[float64] { return rs.Randn(shape...) })
}

// Randint is np.random.randint(low, high, shape) as int64.
func Randint(low, high int64, shape ...int) *ndarray.Array[int64] {
	return withGlobal(func(rs *RandomState) *ndarray.Array[int64] { return rs.Randint(low, high, shape...) })
}

// Normal is np.random.normal(loc, scale, shape).
func Normal(loc, scale float64, shape ...int) *ndarray.Array[float64] {
	return withGlobal(func(rs *RandomState) *ndarray.Array[float64] { return rs.Normal(loc, scale, shape...) })
}

// Uniform is np.random.uniform(low, high, shape).
func Uniform(low, high float64, shape ...int) *ndarray.Array[float64] {
	return withGlobal(func(rs *RandomState) *ndarray.Array[float64] { return rs.Uniform(low, high, shape...) })
}

// Permutation is np.random.permutation(n).
func Permutation(n int) *ndarray.Array[int64] {
	return withGlobal(func(rs *RandomState) *ndarray.Array[int64] { return rs.Permutation(n) })
}

// Choice is np.random.choice(n, shape, replace).
func Choice(n int, replace bool, shape ...int) *ndarray.Array[int64] {
	return withGlobal(func(rs *RandomState) *ndarray.Array[int64] { return rs.Choice(n, replace, shape...) })
}

// ChoiceP is np.random.choice(n, shape, replace, p): see
// [RandomState.ChoiceP].
func ChoiceP(n int, p []float64, replace bool, shape ...int) *ndarray.Array[int64] {
	return withGlobal(func(rs *RandomState) *ndarray.Array[int64] { return rs.ChoiceP(n, p, replace, shape...) })
}

// Shuffle is np.random.shuffle(a): a permuted in place along axis 0 by the
// global RandomState.
func Shuffle[T ndarray.Elem](a *ndarray.Array[T]) {
	withGlobal(func(rs *RandomState) struct{} { ShuffleWith(rs, a); return struct{}{} })
}

// RandintBool is np.random.randint(low, high, shape, dtype=bool): see
// [RandomState.RandintBool].
func RandintBool(low, high int64, shape ...int) *ndarray.Array[bool] {
	return withGlobal(func(rs *RandomState) *ndarray.Array[bool] { return rs.RandintBool(low, high, shape...) })
}
