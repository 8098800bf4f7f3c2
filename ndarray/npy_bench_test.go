package ndarray

import (
	"bytes"
	"io"
	"testing"
)

// BenchmarkNPY measures writing and reading 2^20 float64s (8 MiB), in the
// native (little-endian) byte order and swapped, from a bytes.Reader (one
// allocation) and from a stream of unknown length (chunked growth).
func BenchmarkNPY(b *testing.B) {
	const n = 1 << 20
	a := RandNormal[float64](NewRand(1), n)
	for _, bo := range []struct {
		name string
		opts []NPYOption
	}{{"le", nil}, {"be", []NPYOption{NPYBigEndian()}}} {
		var buf bytes.Buffer
		WriteNPY(&buf, a, bo.opts...)
		file := buf.Bytes()
		b.Run("n=1048576/op=write/order="+bo.name, func(b *testing.B) {
			b.SetBytes(8 * n)
			for b.Loop() {
				WriteNPY(io.Discard, a, bo.opts...)
			}
		})
		b.Run("n=1048576/op=read/order="+bo.name, func(b *testing.B) {
			b.SetBytes(8 * n)
			for b.Loop() {
				if _, err := LoadNPY[float64](bytes.NewReader(file)); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("n=1048576/op=readstream/order="+bo.name, func(b *testing.B) {
			b.SetBytes(8 * n)
			for b.Loop() {
				if _, err := LoadNPY[float64](struct{ io.Reader }{bytes.NewReader(file)}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
