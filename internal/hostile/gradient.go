package hostile

import (
	"image"
	"image/color"
)

// newGradient returns a w×h RGBA image whose colours vary with x and y.
func newGradient(w, h int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.SetNRGBA(x, y, color.NRGBA{uint8(x * 37), uint8(y * 91), uint8(x ^ y), 255})
		}
	}
	return img
}
