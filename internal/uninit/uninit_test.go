package uninit

import (
	"runtime"
	"testing"
)

func TestMakeLengths(t *testing.T) {
	for _, n := range []int{0, 1, 7, minBytes/8 - 1, minBytes / 8, minBytes/8 + 1, 1 << 20, 3<<20 + 5} {
		s := Make[float64](n)
		if len(s) != n || cap(s) != n {
			t.Fatalf("Make(%d): len %d cap %d", n, len(s), cap(s))
		}
		for i := range s {
			s[i] = float64(i)
		}
		for i, v := range s {
			if v != float64(i) {
				t.Fatalf("Make(%d)[%d] = %v after writing %d", n, i, v, i)
			}
		}
	}
}

func TestMakePanicsLikeMake(t *testing.T) {
	for _, n := range []int{-1, 1 << 62} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Make(%d) did not panic", n)
				}
			}()
			_ = Make[float64](n)
		}()
	}
}

// TestMakeSurvivesCollections fills large slices with a pattern, lets the
// garbage collector run while other garbage is made and freed, and checks
// that the live slices still hold their pattern (the memory must be a
// tracked object, never handed out twice).
func TestMakeSurvivesCollections(t *testing.T) {
	live := make([][]float32, 8)
	for i := range live {
		live[i] = Make[float32](1<<18 + i)
		for j := range live[i] {
			live[i][j] = float32(i*1000 + j%997)
		}
	}
	for range 20 {
		garbage := Make[float32](1 << 18)
		for j := range garbage {
			garbage[j] = -1
		}
		runtime.GC()
	}
	for i, s := range live {
		for j, v := range s {
			if v != float32(i*1000+j%997) {
				t.Fatalf("slice %d element %d = %v after collections", i, j, v)
			}
		}
	}
}

func BenchmarkMake(b *testing.B) {
	for _, c := range []struct {
		name string
		make func(int) []float64
	}{{"make", func(n int) []float64 { return make([]float64, n) }}, {"uninit", Make[float64]}} {
		b.Run("n=1048576/alloc="+c.name, func(b *testing.B) {
			for b.Loop() {
				s := c.make(1 << 20)
				for i := range s {
					s[i] = 1
				}
			}
		})
	}
}

func TestPoison(t *testing.T) {
	Poison(true)
	defer Poison(false)
	for _, n := range []int{1, 1 << 20} {
		f := Make[float64](n)
		if f[n-1] == f[n-1] {
			t.Errorf("poisoned Make[float64](%d)[%d] = %v, want NaN", n, n-1, f[n-1])
		}
		if i := Make[int32](n); i[0] != -1 {
			t.Errorf("poisoned Make[int32](%d)[0] = %v, want -1", n, i[0])
		}
	}
}
