//go:build !purego

package kernels

import "github.com/ndsimd/ndsimd/kernels/internal/asm"

// setSelectAVX2 installs the AVX2 comparisons, Where, Clip and Compress.
// Their assembly does whole blocks (8 elements for the comparisons, one Y
// vector for the others); the generic twins do the rest.
func setSelectAVX2(im *impl) {
	setSelect(&im.f64.ops, 8, 4, selAsm[float64]{
		cmp: [6]compareFunc[float64]{asm.EqualF64AVX2, asm.NotEqualF64AVX2, asm.LessF64AVX2,
			asm.LessEqualF64AVX2, asm.GreaterF64AVX2, asm.GreaterEqualF64AVX2},
		cmpS: [6]compareScalarFunc[float64]{asm.EqualScalarF64AVX2, asm.NotEqualScalarF64AVX2, asm.LessScalarF64AVX2,
			asm.LessEqualScalarF64AVX2, asm.GreaterScalarF64AVX2, asm.GreaterEqualScalarF64AVX2},
		where: asm.WhereF64AVX2, clip: asm.ClipF64AVX2, compress: asm.CompressF64AVX2,
		take: asm.TakeInRangeF64AVX2,
	})
	setSelect(&im.f32.ops, 8, 8, selAsm[float32]{
		cmp: [6]compareFunc[float32]{asm.EqualF32AVX2, asm.NotEqualF32AVX2, asm.LessF32AVX2,
			asm.LessEqualF32AVX2, asm.GreaterF32AVX2, asm.GreaterEqualF32AVX2},
		cmpS: [6]compareScalarFunc[float32]{asm.EqualScalarF32AVX2, asm.NotEqualScalarF32AVX2, asm.LessScalarF32AVX2,
			asm.LessEqualScalarF32AVX2, asm.GreaterScalarF32AVX2, asm.GreaterEqualScalarF32AVX2},
		where: asm.WhereF32AVX2, clip: asm.ClipF32AVX2, compress: asm.CompressF32AVX2,
		take: asm.TakeInRangeF32AVX2,
	})
}

// setSelectAVX512 installs the AVX-512 comparisons, Where, Clip and
// Compress (one Z vector a block; the comparisons compare four a step).
func setSelectAVX512(im *impl) {
	setSelect(&im.f64.ops, 8, 8, selAsm[float64]{
		cmp: [6]compareFunc[float64]{asm.EqualF64AVX512, asm.NotEqualF64AVX512, asm.LessF64AVX512,
			asm.LessEqualF64AVX512, asm.GreaterF64AVX512, asm.GreaterEqualF64AVX512},
		cmpS: [6]compareScalarFunc[float64]{asm.EqualScalarF64AVX512, asm.NotEqualScalarF64AVX512, asm.LessScalarF64AVX512,
			asm.LessEqualScalarF64AVX512, asm.GreaterScalarF64AVX512, asm.GreaterEqualScalarF64AVX512},
		where: asm.WhereF64AVX512, clip: asm.ClipF64AVX512, compress: asm.CompressF64AVX512,
		take: asm.TakeInRangeF64AVX512,
	})
	setSelect(&im.f32.ops, 16, 16, selAsm[float32]{
		cmp: [6]compareFunc[float32]{asm.EqualF32AVX512, asm.NotEqualF32AVX512, asm.LessF32AVX512,
			asm.LessEqualF32AVX512, asm.GreaterF32AVX512, asm.GreaterEqualF32AVX512},
		cmpS: [6]compareScalarFunc[float32]{asm.EqualScalarF32AVX512, asm.NotEqualScalarF32AVX512, asm.LessScalarF32AVX512,
			asm.LessEqualScalarF32AVX512, asm.GreaterScalarF32AVX512, asm.GreaterEqualScalarF32AVX512},
		where: asm.WhereF32AVX512, clip: asm.ClipF32AVX512, compress: asm.CompressF32AVX512,
		take: asm.TakeInRangeF32AVX512,
	})
}
