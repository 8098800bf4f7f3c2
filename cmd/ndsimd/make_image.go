//go:build ignore

// make_image draws notebook.png, the small image the notebook command
// embeds for image2vector: a 48×64 sunset, made here so the repository
// carries no binary from elsewhere. Run: go run make_image.go
package main

import (
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
)

func main() {
	const w, h = 64, 48
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			t := float64(y) / h
			r, g, b := 255*(0.3+0.7*t), 120*(0.4+0.6*t), 200*(1-t)
			if dx, dy := float64(x-32), float64(y-30); math.Hypot(dx, dy) < 10 {
				r, g, b = 255, 210, 60 // the sun
			}
			if y > 34 {
				r, g, b = 20, 40+float64(x%8)*4, 90 // the sea
			}
			img.Set(x, y, color.RGBA{uint8(r), uint8(g), uint8(b), 255})
		}
	}
	f, err := os.Create("notebook.png")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		panic(err)
	}
}
