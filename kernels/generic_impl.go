package kernels

// genericImpl is the implementation made of the generic twins only, for
// every family.
func genericImpl() *impl {
	return &impl{
		name: "generic", available: true,
		f64: genericOps[float64](), f32: genericOps[float32](),
		gemm64: gemmKernel[float64]{"generic", gemmGenericMR, gemmGenericNR, gemmMicroGeneric[float64]},
		gemm32: gemmKernel[float32]{"generic", gemmGenericMR, gemmGenericNR, gemmMicroGeneric[float32]},
		gemv: &gemvKernels{"generic",
			gemv4Generic[float64], gemvT4Generic[float64], gemv4Generic[float32], gemvT4Generic[float32]},
		sort64: &sortKernels[float64]{name: "generic"}, // slices.Sort: no vectorised pieces
		sort32: &sortKernels[float32]{name: "generic"},
		random: genericRandomKernels(),
	}
}
