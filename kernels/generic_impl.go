package kernels

// genericOps returns the table of generic twins for element type T.
func genericOps[T Float]() ops[T] {
	return ops[T]{
		Add: addGeneric[T], Sub: subGeneric[T], Mul: mulGeneric[T], Div: divGeneric[T],
		Maximum: maximumGeneric[T], Minimum: minimumGeneric[T],
		AddScalar: addScalarGeneric[T], SubScalar: subScalarGeneric[T],
		MulScalar: mulScalarGeneric[T], DivScalar: divScalarGeneric[T],
		MaximumScalar: maximumScalarGeneric[T], MinimumScalar: minimumScalarGeneric[T],
		ScalarSub: scalarSubGeneric[T], ScalarDiv: scalarDivGeneric[T],
		AddStrided:     stridedGeneric(func(x, y T) T { return x + y }),
		SubStrided:     stridedGeneric(func(x, y T) T { return x - y }),
		MulStrided:     stridedGeneric(func(x, y T) T { return x * y }),
		DivStrided:     stridedGeneric(func(x, y T) T { return x / y }),
		MaximumStrided: stridedGeneric(maximumOf[T]),
		MinimumStrided: stridedGeneric(minimumOf[T]),
		Abs:            absGeneric[T], Neg: negGeneric[T], Sqrt: sqrtGeneric[T], Square: squareGeneric[T],
		Exp: expGeneric[T], Log: logGeneric[T], Tanh: tanhGeneric[T],
		Sigmoid: sigmoidGeneric[T], SigmoidDerivative: sigmoidDerivativeGeneric[T],
		Sin: sinGeneric[T], Cos: cosGeneric[T], Tan: tanGeneric[T],
		Log1p: log1pGeneric[T], Expm1: expm1Generic[T],
		Sum: sumGeneric[T], SumSq: sumSqGeneric[T], Max: maxGeneric[T], Min: minGeneric[T],
		ArgMax: argMaxGeneric[T], ArgMin: argMinGeneric[T],
		Dot: dotGeneric[T], L1Dist: l1DistGeneric[T], L2DistSq: l2DistSqGeneric[T],
		Axpy: axpyGeneric[T], Scale: scaleGeneric[T], FromUint8: fromUint8Generic[T],
	}
}

// genericImpl is the implementation made of the generic twins only.
func genericImpl() *impl {
	g := &impl{name: "generic", available: true, f64: genericOps[float64](), f32: genericOps[float32]()}
	setSelectGeneric(&g.f64)
	setSelectGeneric(&g.f32)
	return g
}
