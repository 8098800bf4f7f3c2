package kernels

import "sync/atomic"

// gemmKernel is one GEMM micro-kernel with its register tile. kern computes,
// for i < mr and j < nr,
//
//	s := 0; for p < k { s += a[p*mr+i] * b[p*nr+j] }
//	c[i*ldc+j] = alpha*s + beta*c[i*ldc+j]   (c not read when beta == 0)
//
// where a is a packed mr-row micro-panel of A and b a packed nr-column
// micro-panel of B (k*mr and k*nr elements). ldc >= 0.
type gemmKernel[T Float] struct {
	name   string // the implementation it belongs to: generic, avx2, avx512, neon
	mr, nr int
	kern   func(k int, a, b, c []T, ldc int, alpha, beta T)
}

// gemmImpl is one implementation's micro-kernels for both element types.
type gemmImpl struct {
	name      string
	available bool
	f64       gemmKernel[float64]
	f32       gemmKernel[float32]
}

// gemmImpls lists the GEMM micro-kernels compiled into this binary, generic
// first. The architecture files add theirs in init.
var gemmImpls = []*gemmImpl{{
	name: "generic", available: true,
	f64: gemmKernel[float64]{"generic", gemmGenericMR, gemmGenericNR, gemmMicroGeneric[float64]},
	f32: gemmKernel[float32]{"generic", gemmGenericMR, gemmGenericNR, gemmMicroGeneric[float32]},
}}

// gemmForced, when set, overrides the choice by [Active] (tests and
// benchmarks use it to reach micro-kernels whose implementation is not
// registered with the dispatcher yet).
var gemmForced atomic.Pointer[gemmImpl]

func lookupGemm(name string) *gemmImpl {
	for _, g := range gemmImpls {
		if g.name == name && g.available {
			return g
		}
	}
	return nil
}

// activeGemm returns the micro-kernels of the active implementation
// ([Active]), or the generic ones if it has none of its own.
func activeGemm() *gemmImpl {
	if g := gemmForced.Load(); g != nil {
		return g
	}
	if g := lookupGemm(Active()); g != nil {
		return g
	}
	return gemmImpls[0]
}

// gemmKernelOf returns the active micro-kernel for element type T.
func gemmKernelOf[T Float]() *gemmKernel[T] {
	g := activeGemm()
	var zero T
	if _, ok := any(zero).(float64); ok {
		return any(&g.f64).(*gemmKernel[T])
	}
	return any(&g.f32).(*gemmKernel[T])
}

// GemmKernel reports which micro-kernel GemmF64 ("f64") or GemmF32 ("f32")
// uses now, as "avx512 14x16": the implementation's name and its register
// tile (rows × columns of C).
func GemmKernel(elem string) string {
	g := activeGemm()
	if elem == "f32" {
		return g.name + " " + itoa(g.f32.mr) + "x" + itoa(g.f32.nr)
	}
	return g.name + " " + itoa(g.f64.mr) + "x" + itoa(g.f64.nr)
}

func itoa(v int) string {
	if v < 10 {
		return string(rune('0' + v))
	}
	return itoa(v/10) + string(rune('0'+v%10))
}

// useGemm forces the named GEMM micro-kernels regardless of [Active] and
// returns a function restoring the previous choice; ok is false if the name
// is unknown or the CPU cannot run it.
func useGemm(name string) (restore func(), ok bool) {
	g := lookupGemm(name)
	if g == nil {
		return nil, false
	}
	prev := gemmForced.Swap(g)
	return func() { gemmForced.Store(prev) }, true
}

// gemmAvailable lists the names of the GEMM micro-kernels this CPU can run.
func gemmAvailable() []string {
	var out []string
	for _, g := range gemmImpls {
		if g.available {
			out = append(out, g.name)
		}
	}
	return out
}
