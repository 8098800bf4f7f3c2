package kernels

// Fuzz targets: the fuzzer chooses a kernel, the slice offsets and aliasing,
// and the raw bits of every input (so any NaN payload, subnormal or
// infinity), and every available implementation is compared with the
// generic twin by the same checks as the table-driven test. The seeds come
// from the test tables (special values, lengths around the vector widths);
// under plain `go test` only the seeds run, which is fast and deterministic.
//
//	go test -run '^$' -fuzz FuzzBinaryF64 -fuzztime 20s ./kernels

import (
	"encoding/binary"
	"math"
	"testing"
)

// hFuzzMaxN bounds the length of fuzzed slices.
const hFuzzMaxN = 300

// hKernelsOf returns the kernels of T whose kind is one of kinds.
func hKernelsOf[T Float](kinds ...hKind) []hKernel[T] {
	var out []hKernel[T]
	for _, k := range hKernelTable[T]() {
		for _, kd := range kinds {
			if k.kind == kd {
				out = append(out, k)
			}
		}
	}
	return out
}

// hDecode reads values of T from raw little-endian bits.
func hDecode[T Float](data []byte) []float64 {
	size := 8
	if hIs32[T]() {
		size = 4
	}
	var v []float64
	for ; len(data) >= size; data = data[size:] {
		if size == 4 {
			v = append(v, float64(math.Float32frombits(binary.LittleEndian.Uint32(data))))
		} else {
			v = append(v, math.Float64frombits(binary.LittleEndian.Uint64(data)))
		}
	}
	return v
}

// hEncode is the inverse of hDecode, for seeds.
func hEncode[T Float](v []T) []byte {
	var b []byte
	for _, f := range v {
		if hIs32[T]() {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(float32(f)))
		} else {
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(float64(f)))
		}
	}
	return b
}

// hSeedValues returns n values mixing the special values and regular ones.
func hSeedValues[T Float](n int) []T {
	sp := hSpecials[T](false)
	v := make([]T, n)
	for i := range v {
		if i%3 == 0 {
			v[i] = sp[(i/3)%len(sp)]
		} else {
			v[i] = T(float64(i)*0.37 - 5)
		}
	}
	return v
}

// hFuzzSeeds adds, for every kernel of the group, seeds at a few lengths
// around the vector widths.
func hFuzzSeeds[T Float](f *testing.F, nkernels, valuesPerElem int) {
	for k := range nkernels {
		for j, n := range []int{0, 3, 17, 37, 67} {
			f.Add(uint8(k), uint8(j*37+k), hEncode(hSeedValues[T](1+n*valuesPerElem)))
		}
	}
}

// hFuzzElementwise runs kernel number sel of ks on the given bits: the first
// value is the scalar (s or alpha), the rest are x (and y) interleaved.
func hFuzzElementwise[T Float](t *testing.T, ks []hKernel[T], sel, layout uint8, data []byte) {
	k := &ks[int(sel)%len(ks)]
	v := hDecode[T](data)
	if len(v) == 0 {
		return
	}
	c := hCase{data: dataGiven, gs: v[0]}
	v = v[1:]
	per := 1
	if len(k.kind.uses()) == 3 || k.kind == kPair || k.kind == kAxpy {
		per = 2
	}
	c.n = min(len(v)/per, hFuzzMaxN)
	for i := range c.n {
		c.gx = append(c.gx, v[i*per])
		c.gy = append(c.gy, v[i*per+per-1])
		c.gu = append(c.gu, data[i%len(data)])
	}
	c.off = [numSlots]int{int(layout) & 7, int(layout>>3) & 7, int(layout>>5) & 7}
	al := k.kind.aliases()
	c.alias = al[int(layout>>6)%len(al)]
	for _, impl := range Available() {
		restore, err := Use(impl)
		if err != nil {
			t.Fatal(err)
		}
		hRunCase(hCapReports(t), impl, k, &c)
		restore()
	}
}

func FuzzBinaryF64(f *testing.F) { hFuzzBinary[float64](f) }
func FuzzBinaryF32(f *testing.F) { hFuzzBinary[float32](f) }

func hFuzzBinary[T Float](f *testing.F) {
	ks := hKernelsOf[T](kBinary, kScalar, kRScalar, kAxpy)
	hFuzzSeeds[T](f, len(ks), 2)
	f.Fuzz(func(t *testing.T, sel, layout uint8, data []byte) {
		hFuzzElementwise(t, ks, sel, layout, data)
	})
}

func FuzzUnaryF64(f *testing.F) { hFuzzUnary[float64](f) }
func FuzzUnaryF32(f *testing.F) { hFuzzUnary[float32](f) }

func hFuzzUnary[T Float](f *testing.F) {
	ks := hKernelsOf[T](kUnary, kScale, kUint8)
	hFuzzSeeds[T](f, len(ks), 1)
	f.Fuzz(func(t *testing.T, sel, layout uint8, data []byte) {
		hFuzzElementwise(t, ks, sel, layout, data)
	})
}

func FuzzReduceF64(f *testing.F) { hFuzzReduce[float64](f) }
func FuzzReduceF32(f *testing.F) { hFuzzReduce[float32](f) }

func hFuzzReduce[T Float](f *testing.F) {
	ks := hKernelsOf[T](kReduce, kArg, kPair)
	hFuzzSeeds[T](f, len(ks), 2)
	f.Fuzz(func(t *testing.T, sel, layout uint8, data []byte) {
		hFuzzElementwise(t, ks, sel, layout, data)
	})
}

func FuzzStridedF64(f *testing.F) { hFuzzStrided[float64](f) }
func FuzzStridedF32(f *testing.F) { hFuzzStrided[float32](f) }

// hFuzzStrided: the fuzzer picks the kernel, n, the three increments
// (reduced to -7..7), the base offset, and the input bits.
func hFuzzStrided[T Float](f *testing.F) {
	ks := hStridedTable[T]()
	for k := range ks {
		for j, inc := range [][3]int8{{1, 1, 1}, {-1, 2, 0}, {-7, 7, -3}, {0, -1, 1}} {
			f.Add(uint8(k), uint8(3+j*16), inc[0], inc[1], inc[2], hEncode(hSeedValues[T](23)))
		}
	}
	f.Fuzz(func(t *testing.T, sel, n uint8, di, xi, yi int8, data []byte) {
		k := &ks[int(sel)%len(ks)]
		given := hDecode[T](data)
		if len(given) == 0 {
			given = []float64{1}
		}
		inc := [3]int{int(di % 8), int(xi % 8), int(yi % 8)}
		for _, impl := range Available() {
			restore, err := Use(impl)
			if err != nil {
				t.Fatal(err)
			}
			hRunStrided(hCapReports(t), impl, k, int(n%100), inc, int(n)%8, di == xi && n&128 != 0, dataGiven, 0, given)
			restore()
		}
	})
}
