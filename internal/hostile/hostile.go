// Package hostile makes the adversarial inputs of issue 12 (files that
// crashed, hung or exhausted memory): .npy files with overflowing or
// too many axes, .npz decompression bombs, a PNG claiming 100000×100000
// pixels and garbage for `ndsimd bench -from`. Tests write them into
// t.TempDir() and fuzz targets add them as seeds; nothing large is
// committed. `go run ./internal/hostile/gen DIR` writes the full-size set
// (including a 44 MB zip64 archive that expands to 42 GB) for manual runs.
//
// The package uses only the standard library so that every package's
// tests, ndarray's included, can import it.
package hostile

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image/png"
	"strings"
)

// NPY returns a version 1.0 .npy file whose header dict has the given descr
// and shape text (a Python tuple such as "(2, 3)"), followed by data.
func NPY(descr, shape string, data []byte) []byte {
	return npy(fmt.Sprintf("{'descr': '%s', 'fortran_order': False, 'shape': %s, }", descr, shape), data)
}

// npy wraps a header dict in magic, version (1.0, or 2.0 when the header
// is too long for 1.0), length and padding.
func npy(dict string, data []byte) []byte {
	hlen := len(dict) + 1
	major, prefix := 1, 10
	if hlen+64 > 1<<16-1 {
		major, prefix = 2, 12
	}
	pad := 64 - (prefix+hlen)%64
	var b bytes.Buffer
	b.WriteString("\x93NUMPY")
	b.WriteByte(byte(major))
	b.WriteByte(0)
	if major == 1 {
		binary.Write(&b, binary.LittleEndian, uint16(hlen+pad))
	} else {
		binary.Write(&b, binary.LittleEndian, uint32(hlen+pad))
	}
	b.WriteString(dict)
	b.WriteString(strings.Repeat(" ", pad))
	b.WriteByte('\n')
	b.Write(data)
	return b.Bytes()
}

// OverflowZeroShapes are the shapes with a 0 whose other dimensions'
// product overflows int64, in the three orders NumPy refuses.
var OverflowZeroShapes = []string{
	"(4611686018427387904, 4611686018427387904, 0)",
	"(0, 4611686018427387904, 4611686018427387904)",
	"(4611686018427387904, 0, 4611686018427387904)",
}

// ManyAxes returns a float64 .npy file with n axes of length 1 and its one
// element (n = 200000 makes the 400 KB file of the issue).
func ManyAxes(n int) []byte {
	var b strings.Builder
	b.WriteString("(")
	for range n {
		b.WriteString("1,")
	}
	b.WriteString(")")
	return NPY("<f8", b.String(), make([]byte, 8))
}

// zeroDeflate returns a raw deflate stream that expands to prefix followed
// by mib MiB of zero bytes, made without compressing them all: after the
// first MiB every further MiB of zeros compresses to the same bytes, which
// are repeated.
func zeroDeflate(prefix []byte, mib int) []byte {
	var buf bytes.Buffer
	w, _ := flate.NewWriter(&buf, flate.BestCompression)
	zeros := make([]byte, 1<<20)
	w.Write(prefix)
	if mib > 0 {
		w.Write(zeros)
	}
	w.Flush()
	out := bytes.Clone(buf.Bytes())
	if mib > 1 {
		buf.Reset()
		w.Write(zeros)
		w.Flush()
		chunk := bytes.Clone(buf.Bytes())
		out = append(out, bytes.Repeat(chunk, mib-1)...)
	}
	out = append(out, 0x03, 0x00) // a final, empty, fixed-Huffman block
	return out
}

// Bomb describes a .npz archive with one deflated float64 member "x".
type Bomb struct {
	Elems    int64  // the .npy header's shape: (Elems,)
	ZeroMiB  int    // MiB of zero data the deflate stream really holds
	Declared uint64 // the zip's declared uncompressed size; 0: the real size
}

// NPZ returns the archive. The member's CRC is right when the stream holds
// at most 1 GiB (it is not computed for larger streams).
func (bm Bomb) NPZ() []byte {
	head := NPY("<f8", fmt.Sprintf("(%d,)", bm.Elems), nil)
	stream := zeroDeflate(head, bm.ZeroMiB)
	real := uint64(len(head)) + uint64(bm.ZeroMiB)<<20
	var crc uint32
	if bm.ZeroMiB <= 1<<10 {
		c := crc32.NewIEEE()
		c.Write(head)
		zeros := make([]byte, 1<<20)
		for range bm.ZeroMiB {
			c.Write(zeros)
		}
		crc = c.Sum32()
	}
	declared := bm.Declared
	if declared == 0 {
		declared = real
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "x.npy", Method: zip.Deflate, CRC32: crc,
		CompressedSize64: uint64(len(stream)), UncompressedSize64: declared})
	if err != nil {
		panic(err)
	}
	w.Write(stream)
	zw.Close()
	return out.Bytes()
}

// Bombs are the .npz decompression bombs of issue 12, small enough to make
// in a test: a 307 KB archive whose header claims 314 MB and whose stream
// holds 1 MiB; the same whose stream really holds 300 MiB (a valid file
// of 300 MiB of zeros, for the streaming reader's memory bound, made only
// by tests that want it); a zip64 archive claiming 42 GB with a shape of
// 42 GB and a few MiB of data.
var Bombs = map[string]Bomb{
	"claims-314MB":      {Elems: 314 << 20 / 8, ZeroMiB: 1, Declared: 314 << 20},
	"zip64-claims-42GB": {Elems: 42 << 30 / 8, ZeroMiB: 4, Declared: 42 << 30},
	"lying-small-shape": {Elems: 10, ZeroMiB: 2, Declared: 42 << 30},
}

// PNG returns a tiny PNG file whose header claims width×height pixels (8-bit
// RGBA) with almost no pixel data: image.Decode would allocate
// width*height*4 bytes before finding the data short.
func PNG(width, height uint32) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	chunk := func(kind string, data []byte) {
		binary.Write(&b, binary.BigEndian, uint32(len(data)))
		c := crc32.NewIEEE()
		c.Write([]byte(kind))
		c.Write(data)
		b.WriteString(kind)
		b.Write(data)
		binary.Write(&b, binary.BigEndian, c.Sum32())
	}
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], width)
	binary.BigEndian.PutUint32(ihdr[4:], height)
	ihdr[8], ihdr[9] = 8, 6 // 8-bit RGBA
	chunk("IHDR", ihdr)
	chunk("IDAT", []byte{0x78, 0x9c, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01}) // zlib of one 0 byte
	chunk("IEND", nil)
	return b.Bytes()
}

// SmallPNG returns a valid w×h PNG (a gradient), for seeds.
func SmallPNG(w, h int) []byte {
	var b bytes.Buffer
	img := newGradient(w, h)
	png.Encode(&b, img)
	return b.Bytes()
}

// Garbage is a file that is neither ndsimd's nor NumPy's benchmark JSON.
var Garbage = []byte("\x00\x01garbage, not JSON lines\n{\"op\": \n\xff\xfe")

// Files returns every small adversarial file by a file name (all under a
// few hundred KB): what tests write into t.TempDir() and fuzz targets add
// as seeds.
func Files() map[string][]byte {
	m := map[string][]byte{
		"many-axes-200000.npy":  ManyAxes(200000),
		"many-axes-33.npy":      ManyAxes(33),
		"png-100000x100000.png": PNG(100000, 100000),
		"garbage.jsonl":         Garbage,
	}
	for i, s := range OverflowZeroShapes {
		m[fmt.Sprintf("overflow-zero-%d.npy", i)] = NPY("<f8", s, nil)
	}
	for name, bm := range Bombs {
		m[name+".npz"] = bm.NPZ()
	}
	return m
}
