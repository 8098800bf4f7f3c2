//go:build !purego

package kernels

import "github.com/ndsimd/ndsimd/kernels/internal/asm"

// setStreamNEON gives the streaming-store kernels NEON's ordinary kernels: arm64 has no non-temporal store that skips reading the line
// (STNP is only a hint), so the stream forms are the plain kernels.
func setStreamNEON(im *impl) {
	im.f64.AddStream, im.f32.AddStream = asm.AddF64NEON, asm.AddF32NEON
	im.f64.SubStream, im.f32.SubStream = asm.SubF64NEON, asm.SubF32NEON
	im.f64.MulStream, im.f32.MulStream = asm.MulF64NEON, asm.MulF32NEON
	im.f64.AddScalarStream, im.f32.AddScalarStream = asm.AddScalarF64NEON, asm.AddScalarF32NEON
	im.f64.MulScalarStream, im.f32.MulScalarStream = asm.MulScalarF64NEON, asm.MulScalarF32NEON
	im.f64.SquareStream, im.f32.SquareStream = asm.SquareF64NEON, asm.SquareF32NEON
	im.f64.AbsStream, im.f32.AbsStream = asm.AbsF64NEON, asm.AbsF32NEON
}
