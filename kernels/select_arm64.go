//go:build !purego

package kernels

import "github.com/ndsimd/ndsimd/kernels/internal/asm"

// setSelectNEON installs the NEON comparisons, Where, Clip, Compress and
// TakeInRange (blocks of 8 elements; the generic twins do the rest).
func setSelectNEON(im *impl) {
	setSelect(&im.f64.ops, 8, 8, selAsm[float64]{
		cmp: [6]compareFunc[float64]{asm.EqualF64NEON, asm.NotEqualF64NEON, asm.LessF64NEON,
			asm.LessEqualF64NEON, asm.GreaterF64NEON, asm.GreaterEqualF64NEON},
		cmpS: [6]compareScalarFunc[float64]{asm.EqualScalarF64NEON, asm.NotEqualScalarF64NEON, asm.LessScalarF64NEON,
			asm.LessEqualScalarF64NEON, asm.GreaterScalarF64NEON, asm.GreaterEqualScalarF64NEON},
		where: asm.WhereF64NEON, clip: asm.ClipF64NEON, compress: asm.CompressF64NEON,
		take: asm.TakeInRangeF64NEON,
	})
	setSelect(&im.f32.ops, 8, 8, selAsm[float32]{
		cmp: [6]compareFunc[float32]{asm.EqualF32NEON, asm.NotEqualF32NEON, asm.LessF32NEON,
			asm.LessEqualF32NEON, asm.GreaterF32NEON, asm.GreaterEqualF32NEON},
		cmpS: [6]compareScalarFunc[float32]{asm.EqualScalarF32NEON, asm.NotEqualScalarF32NEON, asm.LessScalarF32NEON,
			asm.LessEqualScalarF32NEON, asm.GreaterScalarF32NEON, asm.GreaterEqualScalarF32NEON},
		where: asm.WhereF32NEON, clip: asm.ClipF32NEON, compress: asm.CompressF32NEON,
		take: asm.TakeInRangeF32NEON,
	})
}
