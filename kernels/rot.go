package kernels

// Rot applies a plane rotation to the vectors x and y, the BLAS drot with
// unit strides:
//
//	for i := range x { x[i], y[i] = c*x[i] + s*y[i], c*y[i] - s*x[i] }
//
// with every product rounded before the addition (no fused multiply-add),
// so that all implementations give the same bits. x and y must have the
// same length (else a *LengthError) and must not overlap.
func Rot[T Float](x, y []T, c, s T) {
	checkLen2(len(x), len(y))
	if len(x) == 0 {
		return
	}
	r := rotImplOf()
	switch x := any(x).(type) {
	case []float64:
		r.f64(x, any(y).([]float64), float64(c), float64(s))
	case []float32:
		r.f32(x, any(y).([]float32), float32(c), float32(s))
	}
}

// rotImpl is one implementation's rotation kernels.
type rotImpl struct {
	name string // the implementation it belongs to, as in [Active]
	f64  func(x, y []float64, c, s float64)
	f32  func(x, y []float32, c, s float32)
}

// rotImpls lists the rotation kernels compiled into this binary, generic
// first; the architecture files add theirs in init.
var rotImpls = []rotImpl{{"generic", rotGeneric[float64], rotGeneric[float32]}}

// rotImplOf returns the rotation kernels of the active implementation, or
// the generic ones if it has none of its own.
func rotImplOf() *rotImpl {
	name := Active()
	for i := range rotImpls {
		if rotImpls[i].name == name {
			return &rotImpls[i]
		}
	}
	return &rotImpls[0]
}

// rotGeneric is the generic twin of the rotation kernels; the explicit
// conversions round each product (Go may otherwise fuse x*y + z).
func rotGeneric[T Float](x, y []T, c, s T) {
	y = y[:len(x)]
	for i, xv := range x {
		yv := y[i]
		x[i] = T(c*xv) + T(s*yv)
		y[i] = T(c*yv) - T(s*xv)
	}
}
