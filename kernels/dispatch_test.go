package kernels

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/ndsimd/ndsimd/internal/env"
)

func TestGenericAlwaysAvailable(t *testing.T) {
	if got := Available(); len(got) == 0 || got[0] != "generic" {
		t.Fatalf("Available() = %v, want generic first", got)
	}
	restore, err := Use("generic")
	if err != nil {
		t.Fatal(err)
	}
	defer restore()
	if Active() != "generic" {
		t.Fatalf("Active() = %q after Use(generic)", Active())
	}
	dst := make([]float64, 3)
	AddF64(dst, []float64{1, 2, 3}, []float64{10, 20, 30})
	if !slices.Equal(dst, []float64{11, 22, 33}) {
		t.Fatalf("AddF64 = %v", dst)
	}
}

func TestUseUnknown(t *testing.T) {
	if _, err := Use("sse9"); err == nil {
		t.Fatal("Use(sse9) gave no error")
	}
}

func TestLengthMismatchPanics(t *testing.T) {
	defer func() {
		if _, ok := recover().(*LengthError); !ok {
			t.Fatal("AddF64 with mismatched lengths did not panic with *LengthError")
		}
	}()
	AddF64(make([]float64, 3), make([]float64, 2), make([]float64, 3))
}

// TestAvailabilityFollowsFeatures checks that the features every
// implementation needs are among those CPUInfo reports, and that an
// implementation is available exactly when all of them are reported: the
// tiers and the `ndsimd cpu` report read one source.
func TestAvailabilityFollowsFeatures(t *testing.T) {
	reported := CPUInfo().Features
	for _, im := range impls {
		want := true
		for _, f := range im.needs {
			if !slices.Contains(reportedFeatures, f) {
				t.Errorf("%s needs %s, which CPUInfo does not report", im.name, f)
			}
			want = want && slices.Contains(reported, f.String())
		}
		if im.available != want {
			t.Errorf("%s: available = %v, but CPUInfo reports %v and it needs %s", im.name, im.available, reported, featureList(im.needs))
		}
	}
}

// TestKernelsEnv checks the choice made from NDSIMD_KERNELS: a name the
// CPU runs is used, and an unknown name or one the CPU cannot run is
// reported through internal/env's one warning line, naming what is used
// instead.
func TestKernelsEnv(t *testing.T) {
	var out bytes.Buffer
	old := env.Output
	env.Output = &out
	defer func() { env.Output = old }()
	best := lookup("generic")
	var missing *impl // an implementation this CPU cannot run, if any
	for _, im := range impls {
		if !im.available {
			missing = im
		}
	}
	cases := []struct {
		value, want, warning string
	}{
		{"", "generic", ""},
		{" generic ", "generic", ""},
		{"bogus", "generic", env.Warning("NDSIMD_KERNELS", "bogus", "is not an implementation (have "+strings.Join(names(), ", ")+")", "generic")},
	}
	if missing != nil {
		cases = append(cases, struct{ value, want, warning string }{missing.name, "generic",
			env.Warning("NDSIMD_KERNELS", missing.name, "needs "+featureList(missing.needs)+", which this CPU lacks", "generic")})
	}
	for _, name := range Available() {
		cases = append(cases, struct{ value, want, warning string }{name, name, ""})
	}
	for _, c := range cases {
		out.Reset()
		im, why := chooseFromEnv(c.value, best)
		if im.name != c.want {
			t.Errorf("NDSIMD_KERNELS=%q: chose %s, want %s (%s)", c.value, im.name, c.want, why)
		}
		want := ""
		if c.warning != "" {
			want = c.warning + "\n"
		}
		if out.String() != want {
			t.Errorf("NDSIMD_KERNELS=%q: warned %q, want %q", c.value, out.String(), want)
		}
	}
}
