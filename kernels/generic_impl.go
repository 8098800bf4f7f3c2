package kernels

// genericImpl is the implementation made of the generic twins only, for
// every family.
func genericImpl() *impl {
	return &impl{
		name: "generic", available: true,
		f64:    genericElemKernels[float64](),
		f32:    genericElemKernels[float32](),
		random: genericRandomKernels(),
	}
}

// genericElemKernels is the generic implementation's kernels for element
// type T.
func genericElemKernels[T Float]() elemKernels[T] {
	return elemKernels[T]{
		ops:  genericOps[T](),
		gemm: gemmKernel[T]{"generic", gemmGenericMR, gemmGenericNR, gemmMicroGeneric[T], nil},
		gemv: gemvKernels[T]{"generic", gemv4Generic[T], gemvT4Generic[T]},
		sort: &sortKernels[T]{name: "generic"}, // slices.Sort: no vectorised pieces
	}
}
