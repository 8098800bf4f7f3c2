package bench

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/ndsimd/ndsimd/kernels"
)

// BenchmarkNumPy runs every workload of the NumPy script under every kernel
// implementation and as a plain loop, named
// op=exp/shape=1048576/dtype=float64/impl=avx2 for benchstat -col /impl.
// Use -bench 'NumPy/op=add/' to pick workloads.
func BenchmarkNumPy(b *testing.B) {
	for _, w := range Workloads() {
		shape := strings.Trim(strings.ReplaceAll(fmt.Sprint(w.Shape), " ", "x"), "[]")
		name := fmt.Sprintf("op=%s/shape=%s/dtype=%s", w.Op, shape, w.Dtype)
		b.Run(name, func(b *testing.B) {
			engine, loop := w.Setup()
			for _, impl := range kernels.Available() {
				b.Run("impl="+impl, func(b *testing.B) {
					restore, err := kernels.Use(impl)
					if err != nil {
						b.Skip(err)
					}
					defer restore()
					for b.Loop() {
						engine()
					}
				})
			}
			if loop != nil {
				b.Run("impl=loop", func(b *testing.B) {
					for b.Loop() {
						loop()
					}
				})
			}
		})
	}
}

// dtypeLiteral finds a rec line's literal dtype argument.
var dtypeLiteral = regexp.MustCompile(`"(\w+)", lambda`)

// TestWorkloadsMatchTheNumPyScript checks that every op of the NumPy script
// has a workload, so the two compare line by line.
func TestWorkloadsMatchTheNumPyScript(t *testing.T) {
	have := map[string]bool{}
	for _, w := range Workloads() {
		have[w.Op+"/"+w.Dtype] = true
	}
	script := string(numpyScript)
	for _, line := range strings.Split(script, "\n") {
		i := strings.Index(line, `rec("`)
		if i < 0 {
			continue
		}
		op := strings.SplitN(line[i+5:], `"`, 2)[0]
		dtypes := []string{"float64", "float32"} // rec(..., dt, lambda: ...) in the dtype loop
		if m := dtypeLiteral.FindStringSubmatch(line); m != nil {
			dtypes = []string{m[1]} // a literal dtype: "uint8", "float64", "int64", ...
		}
		for _, dt := range dtypes {
			if !have[op+"/"+dt] {
				t.Errorf("the NumPy script times %s (%s) but there is no workload for it", op, dt)
			}
		}
	}
}

func TestRunSmoke(t *testing.T) {
	res, err := Run(Filter{Ops: []string{"add", "sum"}, Dtypes: []string{"float32"}}, Timing{Repeats: 1}, &strings.Builder{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := 2 * (len(kernels.Available()) + 2) // each impl, best, loop
	if len(res) != want {
		t.Fatalf("%d results, want %d: %+v", len(res), want, res)
	}
	for _, r := range res {
		if r.Ns <= 0 {
			t.Errorf("%+v: no time", r)
		}
	}
}
