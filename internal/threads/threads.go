// Package threads holds the library's one thread setting: how many
// goroutines one large operation may use, for ufuncs, reductions, GEMM and
// GEMV (package kernels) and nn alike. The environment variable
// NDSIMD_THREADS=n sets it at start; ufunc.SetThreads and ufunc.Threads are
// its public API. It sits below every package that reads it.
package threads

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/ndsimd/ndsimd/internal/env"
)

// Var is the environment variable that sets the initial value.
const Var = "NDSIMD_THREADS"

// setting is the value of Set; 0 means GOMAXPROCS.
var setting atomic.Int64

func init() {
	n, ok := Parse(os.Getenv(Var))
	if !ok {
		env.Warn(Var, strings.TrimSpace(os.Getenv(Var)), "is not a positive number of threads",
			fmt.Sprintf("GOMAXPROCS (%d)", runtime.GOMAXPROCS(0)))
	}
	setting.Store(int64(n))
}

// Parse reads a value of NDSIMD_THREADS: a positive integer, or empty (or
// blank) for the default, 0 (GOMAXPROCS). Any other value gives 0 and
// false.
func Parse(value string) (n int, ok bool) {
	s := strings.TrimSpace(value)
	if s == "" {
		return 0, true
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		return 0, false
	}
	return n, true
}

// Set sets how many goroutines one large operation may use and returns
// the previous setting (0: the default). n <= 0 restores the default,
// runtime.GOMAXPROCS(0) at the time of each call. It is safe for
// concurrent use.
func Set(n int) (previous int) { return int(setting.Swap(int64(max(n, 0)))) }

// N returns the number of goroutines a large operation may use now: the
// setting, or runtime.GOMAXPROCS(0) when it is the default.
func N() int {
	if n := setting.Load(); n > 0 {
		return int(n)
	}
	return runtime.GOMAXPROCS(0)
}
