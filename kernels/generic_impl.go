package kernels

// genericImpl is the implementation made of the generic twins only, for
// every family.
func genericImpl() *impl {
	return &impl{
		name: "generic", available: true,
		f64: genericElemKernels[float64](),
		f32: genericElemKernels[float32](),
		gemv: &gemvKernels{"generic",
			gemv4Generic[float64], gemvT4Generic[float64], gemv4Generic[float32], gemvT4Generic[float32]},
		random: genericRandomKernels(),
	}
}

// genericElemKernels is the generic implementation's kernels for element
// type T.
func genericElemKernels[T Float]() elemKernels[T] {
	return elemKernels[T]{
		ops:  genericOps[T](),
		gemm: gemmKernel[T]{"generic", gemmGenericMR, gemmGenericNR, gemmMicroGeneric[T]},
		sort: &sortKernels[T]{name: "generic"}, // slices.Sort: no vectorised pieces
	}
}
