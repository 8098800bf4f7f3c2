package kernels

import (
	"reflect"
	"slices"
	"testing"
	"unsafe"

	"github.com/klauspost/cpuid/v2"
)

func TestExecutesIn256BitHalves(t *testing.T) {
	cases := []struct {
		name   string
		vendor cpuid.Vendor
		family int
		avx512 bool
		want   bool
	}{
		{"Zen 4", cpuid.AMD, 0x19, true, true},
		{"Zen 3 (family 0x19, no AVX-512)", cpuid.AMD, 0x19, false, false},
		{"Zen 5", cpuid.AMD, 0x1A, true, false},
		{"Zen 2", cpuid.AMD, 0x17, false, false},
		{"Intel with AVX-512", cpuid.Intel, 6, true, false},
		{"Hygon family 0x18", cpuid.Hygon, 0x18, false, false},
	}
	for _, c := range cases {
		if got := executesIn256BitHalves(c.vendor, c.family, c.avx512); got != c.want {
			t.Errorf("%s: executesIn256BitHalves(%v, %#x, %v) = %v, want %v", c.name, c.vendor, c.family, c.avx512, got, c.want)
		}
	}
}

// fakeCPU returns copies of the registered implementations as a CPU that
// can run those named would see them (and generic), plus the mixed
// implementation of split512Preference if the CPU splits 512-bit
// operations, as init registers it.
func fakeCPU(t *testing.T, splits bool, runs ...string) []*impl {
	t.Helper()
	var out []*impl
	for _, im := range impls {
		if im.name == split512Preference.name {
			continue
		}
		c := *im
		c.available = im.name == "generic" || slices.Contains(runs, im.name)
		out = append(out, &c)
	}
	if splits {
		if m := split512Preference.mixed(out); m != nil {
			out = append(out, m)
		}
	}
	return out
}

// kernelIdentity returns the function value (closure) of ops kernel name,
// which tells apart two kernels made by one generic helper.
func kernelIdentity[T Float](ks *elemKernels[T], name string) unsafe.Pointer {
	f := reflect.ValueOf(&ks.ops).Elem().FieldByName(name)
	return *(*unsafe.Pointer)(f.Addr().UnsafePointer())
}

// TestSplit512Choice checks the default choice with faked CPU facts: on a
// CPU that runs AVX-512 in 256-bit halves it is the mixed implementation,
// whose kernels are AVX2's where split512Preference lists them and AVX-512's
// elsewhere (and every other family AVX-512's); on other CPUs it is
// avx512, or avx2 without AVX-512.
func TestSplit512Choice(t *testing.T) {
	if lookup("avx512") == nil || lookup("avx2") == nil {
		t.Skip("no avx2 and avx512 implementations in this build")
	}
	cases := []struct {
		name   string
		splits bool
		runs   []string
		want   string
	}{
		{"Zen 4", true, []string{"avx2", "avx512"}, "avx512+avx2"},
		{"Zen 5 or Intel with AVX-512", false, []string{"avx2", "avx512"}, "avx512"},
		{"AVX2 only", false, []string{"avx2"}, "avx2"},
		{"AVX-512 in halves, AVX-512 unusable", true, []string{"avx2"}, "avx2"},
	}
	for _, c := range cases {
		if got := firstAvailable(fakeCPU(t, c.splits, c.runs...)).name; got != c.want {
			t.Errorf("%s: default choice %s, want %s", c.name, got, c.want)
		}
	}

	in := fakeCPU(t, true, "avx2", "avx512")
	m := in[len(in)-1]
	var a2, a5 *impl
	for _, im := range in {
		switch im.name {
		case "avx2":
			a2 = im
		case "avx512":
			a5 = im
		}
	}
	checkMixedKernels(t, &m.f64, &a2.f64, &a5.f64, split512Preference.f64, "f64", m.source)
	checkMixedKernels(t, &m.f32, &a2.f32, &a5.f32, split512Preference.f32, "f32", m.source)
	same := func(f, g any) bool { return reflect.ValueOf(f).Pointer() == reflect.ValueOf(g).Pointer() }
	if !same(m.f64.gemm.kern, a5.f64.gemm.kern) || !same(m.f32.gemm.kern, a5.f32.gemm.kern) ||
		!same(m.f64.gemv.row, a5.f64.gemv.row) || !same(m.f64.sort.part, a5.f64.sort.part) ||
		!same(m.f32.sort.net, a5.f32.sort.net) || m.random != a5.random {
		t.Errorf("mixed implementation's GEMM, GEMV, sort or random kernels are not avx512's")
	}
	for _, name := range []string{m.f64.gemm.name, m.f32.gemm.name, m.f64.gemv.name, m.f64.sort.name, m.f32.sort.name} {
		if name != m.name {
			t.Errorf("mixed implementation's GEMM, GEMV or sort kernel is named %s, want %s", name, m.name)
		}
	}
	if a5.f64.gemm.name != "avx512" || a5.f64.sort.name != "avx512" {
		t.Errorf("building the mixed implementation renamed avx512's own kernels")
	}
}

func checkMixedKernels[T Float](t *testing.T, m, from, base *elemKernels[T], taken []string, elem string, source map[string]string) {
	t.Helper()
	for _, name := range KernelNames() {
		want, wantImpl := base, "avx512"
		if slices.Contains(taken, name) {
			want, wantImpl = from, "avx2"
		}
		if !slices.Contains(want.own, name) {
			wantImpl = "generic"
		}
		if kernelIdentity(m, name) != kernelIdentity(want, name) {
			t.Errorf("mixed %s/%s is not the %s kernel", name, elem, wantImpl)
		}
		if source[name+"/"+elem] != wantImpl {
			t.Errorf("mixed %s/%s: source %q, want %q", name, elem, source[name+"/"+elem], wantImpl)
		}
	}
	for _, name := range taken {
		if !slices.Contains(KernelNames(), name) {
			t.Errorf("split512Preference lists %s/%s, which is not a kernel", name, elem)
		}
		if !slices.Contains(from.own, name) {
			t.Errorf("split512Preference takes %s/%s from avx2, which has no code of its own for it", name, elem)
		}
	}
}

// TestSplit512Registered checks that the mixed implementation is
// registered, and the default choice, exactly on CPUs that split 512-bit
// operations.
func TestSplit512Registered(t *testing.T) {
	registered := lookup(split512Preference.name) != nil
	if lookup("avx512") != nil && registered != splits512 {
		t.Errorf("%s registered = %v, but splits512 = %v", split512Preference.name, registered, splits512)
	}
	if registered && lookup(split512Preference.name).available && firstAvailable(impls).name != split512Preference.name {
		t.Errorf("default choice is %s, want %s", firstAvailable(impls).name, split512Preference.name)
	}
	t.Logf("splits512 = %v (vendor %v, family %#x)", splits512, cpuid.CPU.VendorID, cpuid.CPU.Family)
}
