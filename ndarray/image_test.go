package ndarray

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"slices"
	"testing"
)

func TestFromImage(t *testing.T) {
	// Non-premultiplied NRGBA: colours pass through, alpha is dropped.
	n := image.NewNRGBA(image.Rect(0, 0, 3, 2))
	for i := range n.Pix {
		n.Pix[i] = uint8(10 * i)
	}
	// Premultiplied RGBA: {64, 32, 0, 128} is 50% alpha over (127, 63, 0):
	// 64*257*65535/(128*257) = 32767 (16-bit), >> 8 = 127; 32*... = 63.
	r := image.NewRGBA(image.Rect(0, 0, 1, 1))
	r.Set(0, 0, color.RGBA{64, 32, 0, 128})
	g := image.NewGray(image.Rect(0, 0, 2, 1))
	g.Pix = []uint8{7, 200}
	// A sub-image whose bounds do not start at (0, 0).
	sub := n.SubImage(image.Rect(1, 1, 3, 2))
	// A paletted image (any image.Image goes through the colour model).
	pal := image.NewPaletted(image.Rect(0, 0, 2, 1), color.Palette{color.RGBA{1, 2, 3, 255}, color.RGBA{250, 251, 252, 255}})
	pal.Pix = []uint8{1, 0}

	cases := []struct {
		name  string
		img   image.Image
		shape []int
		want  []uint8
	}{
		{"NRGBA", n, []int{2, 3, 3}, []uint8{0, 10, 20, 40, 50, 60, 80, 90, 100, 120, 130, 140, 160, 170, 180, 200, 210, 220}},
		{"RGBA premultiplied", r, []int{1, 1, 3}, []uint8{127, 63, 0}},
		{"Gray", g, []int{1, 2, 3}, []uint8{7, 7, 7, 200, 200, 200}},
		{"SubImage", sub, []int{1, 2, 3}, []uint8{160, 170, 180, 200, 210, 220}},
		{"Paletted", pal, []int{1, 2, 3}, []uint8{250, 251, 252, 1, 2, 3}},
		{"empty", image.NewRGBA(image.Rect(0, 0, 0, 4)), []int{4, 0, 3}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			npyCheck(t, FromImage(c.img), c.shape, c.want)
		})
	}
	// Four channels keep alpha; one channel is luma.
	npyCheck(t, FromImageChannels(n, 4), []int{2, 3, 4}, n.Pix)
	npyCheck(t, FromImageChannels(r, 4), []int{1, 1, 4}, []uint8{127, 63, 0, 128})
	npyCheck(t, FromImageChannels(g, 1), []int{1, 2, 1}, []uint8{7, 200})
	// PIL's luma, 0.299 R + 0.587 G + 0.114 B rounded: (250, 251, 252) gives
	// 251.31 -> 251 and (1, 2, 3) gives 1.815 -> 2.
	npyCheck(t, FromImageChannels(pal, 1), []int{1, 2, 1}, []uint8{251, 2})
	if p := catch(func() { FromImageChannels(n, 2) }); p == nil {
		t.Error("2 channels accepted")
	}
}

func TestToImage(t *testing.T) {
	rgb := FromSlice([]uint8{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, 2, 2, 3)
	img, err := ToImage(rgb)
	if err != nil {
		t.Fatal(err)
	}
	if got := img.At(1, 0); got != (color.NRGBA{4, 5, 6, 255}) {
		t.Errorf("pixel (x=1, y=0) = %v, want {4 5 6 255}", got)
	}
	if got := img.At(0, 1); got != (color.NRGBA{7, 8, 9, 255}) {
		t.Errorf("pixel (x=0, y=1) = %v, want {7 8 9 255}", got)
	}
	rgba, err := ToImage(FromSlice([]uint8{10, 20, 30, 40}, 1, 1, 4))
	if err != nil || rgba.At(0, 0) != (color.NRGBA{10, 20, 30, 40}) {
		t.Errorf("RGBA pixel %v, %v", rgba.At(0, 0), err)
	}
	for _, shape := range [][]int{{2, 3}, {2, 3, 1}} {
		gray, err := ToImage(FromSlice([]uint8{1, 2, 3, 4, 5, 6}, shape...))
		if err != nil || gray.At(2, 1) != (color.Gray{6}) || gray.Bounds() != image.Rect(0, 0, 3, 2) {
			t.Errorf("%v: gray pixel %v bounds %v, %v", shape, gray.At(2, 1), gray.Bounds(), err)
		}
	}
	// A strided view: the transpose of the 2x2x3 image swaps x and y.
	tr, err := ToImage(rgb.Transpose(1, 0, 2))
	if err != nil || tr.At(1, 0) != (color.NRGBA{7, 8, 9, 255}) {
		t.Errorf("transposed pixel %v, %v", tr.At(1, 0), err)
	}
	for _, shape := range [][]int{{6}, {1, 3, 2}, {1, 1, 1, 6}, {}} {
		if _, err := ToImage(Zeros[uint8](shape...)); err == nil {
			t.Errorf("shape %v accepted", shape)
		}
	}
}

func TestImagePNGRoundTrip(t *testing.T) {
	r := NewRand(3)
	for _, ch := range []int{1, 3, 4} {
		vals := make([]uint8, 5*7*ch)
		for i := range vals {
			vals[i] = uint8(r.Uint32())
		}
		a := FromSlice(vals, 5, 7, ch)
		img, err := ToImage(a)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			t.Fatal(err)
		}
		dec, err := png.Decode(&buf)
		if err != nil {
			t.Fatal(err)
		}
		got := FromImageChannels(dec, ch)
		if !slices.Equal(got.Values(), vals) || !slices.Equal(got.Shape(), []int{5, 7, ch}) {
			t.Errorf("%d channels: PNG round trip changed the pixels", ch)
		}
	}
}
