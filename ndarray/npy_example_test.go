package ndarray_test

import (
	"bytes"
	"fmt"
	"image"
	"image/color"

	"github.com/ndsimd/ndsimd/ndarray"
)

func ExampleWriteNPY() {
	a := ndarray.FromSlice([]float64{1, 2, 3, 4, 5, 6}, 2, 3)
	var buf bytes.Buffer
	if err := ndarray.WriteNPY(&buf, a); err != nil {
		panic(err)
	}
	b := buf.Bytes()
	fmt.Printf("%q\n", b[:8])
	fmt.Printf("%s\n", bytes.TrimRight(b[10:128], " \n"))
	fmt.Println(len(b), "bytes: a 128-byte header and 6 float64s")
	// Output:
	// "\x93NUMPY\x01\x00"
	// {'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }
	// 176 bytes: a 128-byte header and 6 float64s
}

func ExampleLoadNPY() {
	var buf bytes.Buffer
	a := ndarray.FromSlice([]int32{1, 2, 3, 4, 5, 6}, 2, 3)
	ndarray.WriteNPY(&buf, a, ndarray.NPYFortranOrder(true), ndarray.NPYBigEndian())

	b, err := ndarray.LoadNPY[int32](bytes.NewReader(buf.Bytes()))
	fmt.Println(b.Shape(), b.Values(), b.IsFContiguous(), err)

	_, err = ndarray.LoadNPY[float64](bytes.NewReader(buf.Bytes()))
	fmt.Println(err)
	// Output:
	// (2, 3) [1 2 3 4 5 6] true <nil>
	// npy: file holds int32, not float64 (use ReadNPY to load any element type, then AsType to convert)
}

func ExampleReadNPY() {
	var buf bytes.Buffer
	ndarray.WriteNPY(&buf, ndarray.FromSlice([]uint8{7, 8, 9}))
	a, err := ndarray.ReadNPY(&buf)
	if err != nil {
		panic(err)
	}
	switch a := a.(type) {
	case *ndarray.Array[float64]:
		fmt.Println("float64", a.Values())
	case *ndarray.Array[uint8]:
		fmt.Println("uint8", a.Values())
	}
	// Output:
	// uint8 [7 8 9]
}

func ExampleReadNPYHeader() {
	var buf bytes.Buffer
	ndarray.WriteNPY(&buf, ndarray.Zeros[float32](4, 5), ndarray.NPYBigEndian())
	h, err := ndarray.ReadNPYHeader(&buf)
	fmt.Printf("%d.%d %s %s %v %v %d %v\n", h.Major, h.Minor, h.Descr, h.Dtype, h.Shape, h.FortranOrder, h.DataOffset, err)
	// Output:
	// 1.0 >f4 float32 [4 5] false 128 <nil>
}

func ExampleWriteNPZ() {
	var buf bytes.Buffer
	err := ndarray.WriteNPZ(&buf, map[string]any{
		"weights": ndarray.FromSlice([]float32{0.5, -1}),
		"labels":  ndarray.FromSlice([]uint8{1, 0, 1}),
	}, true)
	if err != nil {
		panic(err)
	}
	z, err := ndarray.OpenNPZ(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		panic(err)
	}
	fmt.Println(z.Names())
	w, err := ndarray.LoadNPZ[float32](z, "weights")
	fmt.Println(w.Values(), err)
	// Output:
	// [labels weights]
	// [0.5 -1] <nil>
}

func ExampleFromImage() {
	img := image.NewNRGBA(image.Rect(0, 0, 2, 1))
	img.Set(0, 0, color.NRGBA{255, 0, 0, 255})
	img.Set(1, 0, color.NRGBA{10, 20, 30, 128})
	a := ndarray.FromImage(img)
	fmt.Println(a.Shape(), a.Values())
	// Output:
	// (1, 2, 3) [255 0 0 10 20 30]
}

func ExampleToImage() {
	a := ndarray.FromSlice([]uint8{255, 0, 0, 0, 0, 255}, 1, 2, 3)
	img, err := ndarray.ToImage(a)
	if err != nil {
		panic(err)
	}
	fmt.Println(img.Bounds(), img.At(1, 0))
	// Output:
	// (0,0)-(2,1) {0 0 255 255}
}
