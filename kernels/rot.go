package kernels

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
