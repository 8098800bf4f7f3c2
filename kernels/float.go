package kernels

// Float is the set of element types that have kernels.
type Float interface {
	float32 | float64
}
