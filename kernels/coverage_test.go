package kernels

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/ndsimd/ndsimd/kernels/internal/kernellist"
)

// TestEveryTableCoversEveryKernel checks every table kept apart from the
// one list of kernels (kernels/internal/kernellist) against it: the
// generated ops table and API (stale if go generate was not run), the
// generic twins, the test harness's tables, and each implementation's
// wiring of its assembly (every <Op><Dtype><ISA> function of
// kernels/internal/asm is the kernel Op of that implementation, or one of
// its GEMM, GEMV or sort kernels).
func TestEveryTableCoversEveryKernel(t *testing.T) {
	var list []string
	for _, k := range kernellist.Kernels {
		list = append(list, k.Name)
	}
	if got := KernelNames(); !slices.Equal(got, list) {
		t.Errorf("the ops table (zz_generated_ops.go) is not the list: run go generate ./kernels\n ops:  %v\n list: %v", got, list)
	}
	for _, g := range []any{genericOps[float64](), genericOps[float32]()} {
		v := reflect.ValueOf(g)
		for i := range v.NumField() {
			if v.Field(i).IsNil() {
				t.Errorf("%s: no generic twin for %s", v.Type(), v.Type().Field(i).Name)
			}
		}
	}
	var harness []string
	for _, k := range hKernelTable[float64]() {
		harness = append(harness, k.name)
	}
	for _, k := range hStridedTable[float64]() {
		harness = append(harness, k.name)
	}
	for _, k := range selKernels[float64]() { // select_test.go
		harness = append(harness, k.name)
	}
	harness = append(harness, "Rot")       // rot_test.go: TestRot, every implementation against the twin
	harness = append(harness, "Transpose") // transpose_test.go: TestTranspose, every implementation against the loop
	slices.Sort(harness)
	sorted := slices.Sorted(slices.Values(list))
	if !slices.Equal(harness, sorted) {
		t.Errorf("the test harness tables (hKernelTable, hStridedTable, selKernels) cover %v, the list %v", harness, sorted)
	}
	checkAsmWiring(t, list)
	for _, im := range impls {
		if im.f64.sort == nil || im.f32.sort == nil {
			t.Errorf("%s has no sort kernels (the generic ones are filled in by fillFrom)", im.name)
			continue
		}
		for _, name := range []string{im.f64.sort.name, im.f32.sort.name} {
			if name != im.name && name != "generic" {
				t.Errorf("%s's sort kernels are named %s", im.name, name)
			}
		}
	}
}

// sortFuncNames returns the names of the functions wired into im's sort
// kernels (sort.go), as "SortNetF64AVX2".
func sortFuncNames(im *impl) []string {
	return funcNames(im.f64.sort.net, im.f64.sort.part, im.f64.sort.argPart, im.f32.sort.net, im.f32.sort.part, im.f32.sort.argPart)
}

// funcNames returns the names of the non-nil functions fs, as
// "PowerF64AVX2".
func funcNames(fs ...any) []string {
	var out []string
	for _, f := range fs {
		v := reflect.ValueOf(f)
		if v.IsNil() {
			continue
		}
		name := runtime.FuncForPC(v.Pointer()).Name()
		out = append(out, name[strings.LastIndex(name, ".")+1:])
	}
	return out
}

// asmName splits an assembly function's name, <Op><Dtype>[<tile>]<ISA>.
var asmName = regexp.MustCompile(`^([A-Za-z0-9]+?)(F64|F32|U64|U32)(x\d+(?:x\d+)?)?(AVX2|AVX512|NEON)$`)

// checkAsmWiring parses the declarations of package asm for this GOARCH and
// checks that each function is wired into its implementation: the kernel
// Op ("Blocks" stripped: the NEON sums are the blocks of Sum) or, for Gemm,
// GemmRowA and Gemv, the implementation's GEMM or GEMV kernels.
func checkAsmWiring(t *testing.T, list []string) {
	files, err := filepath.Glob(filepath.Join("internal", "asm", "*_stubs_*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no stubs in internal/asm: %v", err)
	}
	fset := token.NewFileSet()
	for _, file := range files {
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			m := asmName.FindStringSubmatch(fd.Name.Name)
			if m == nil {
				t.Errorf("%s: %s is not named <Op><Dtype><ISA>", file, fd.Name.Name)
				continue
			}
			op, dtype, isa := strings.TrimSuffix(m[1], "Blocks"), m[2], strings.ToLower(m[4])
			im := lookup(isa)
			if !strings.HasSuffix(file, "_"+runtime.GOARCH+".go") {
				continue // the other architecture's functions: checked when testing there
			}
			if im == nil {
				if len(archImpls()) > 0 { // purego builds have no assembly implementations
					t.Errorf("%s: %s belongs to implementation %s, which is not registered", file, fd.Name.Name, isa)
				}
				continue
			}
			switch {
			case op == "Gemm":
				k := im.f64.gemm.name
				if dtype == "F32" {
					k = im.f32.gemm.name
				}
				if k != isa {
					t.Errorf("%s: %s is not %s's GEMM micro-kernel", file, fd.Name.Name, isa)
				}
			case op == "GemmRowA":
				k := funcNames(im.f64.gemm.kernRowA)
				if dtype == "F32" {
					k = funcNames(im.f32.gemm.kernRowA)
				}
				if !slices.Contains(k, fd.Name.Name) {
					t.Errorf("%s: %s is not %s's in-place-A GEMM micro-kernel", file, fd.Name.Name, isa)
				}
			case op == "Gemv" || op == "GemvT":
				k := im.f64.gemv.name
				if dtype == "F32" {
					k = im.f32.gemv.name
				}
				if k != isa {
					t.Errorf("%s: %s is not %s's GEMV kernel", file, fd.Name.Name, isa)
				}
			case op == "SortNet" || op == "Partition" || op == "ArgPartition":
				if !slices.Contains(sortFuncNames(im), fd.Name.Name) {
					t.Errorf("%s: %s is not wired into %s's sort kernels (sort_%s.go)", file, fd.Name.Name, isa, runtime.GOARCH)
				}
			case op == "Power":
				if !slices.Contains(funcNames(im.f64.powerSIMD, im.f32.powerSIMD), fd.Name.Name) {
					t.Errorf("%s: %s is not %s's SIMD power kernel (setPow)", file, fd.Name.Name, isa)
				}
			case slices.Contains(RandomKernelNames(), op):
				// The random-number family (random.go), hung off the
				// implementation's random kernels.
				if !slices.Contains(im.random.own, op) && !slices.Contains(im.random.lacking, op) {
					t.Errorf("%s: %s is not wired into %s's random kernels", file, fd.Name.Name, isa)
				}
			case !slices.Contains(list, op):
				t.Errorf("%s: %s is the kernel %s, which is not in kernels/internal/kernellist", file, fd.Name.Name, op)
			default:
				own := im.f64.own
				if dtype == "F32" {
					own = im.f32.own
				}
				if !slices.Contains(own, op) {
					t.Errorf("%s: %s is not wired: %s runs the generic %s for %s", file, fd.Name.Name, isa, op, strings.ToLower(dtype))
				}
			}
		}
	}
}
