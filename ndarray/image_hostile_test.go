package ndarray

import (
	"bytes"
	"image"
	_ "image/png"
	"slices"
	"strings"
	"testing"

	"github.com/ndsimd/ndsimd/internal/hostile"
)

// ReadImage refuses a PNG that claims more pixels than MaxImagePixels
// before decoding it, in little memory, and decodes others as FromImage.
func TestReadImageLimit(t *testing.T) {
	var err error
	got := allocated(func() { _, _, err = ReadImage(bytes.NewReader(hostile.PNG(100000, 100000)), 3) })
	want := "Image size (10000000000 pixels) exceeds limit of 178956970 pixels, could be decompression bomb DOS attack."
	if err == nil || err.Error() != want {
		t.Errorf("100000x100000 PNG: %v, want %q", err, want)
	}
	if got > 1<<20 {
		t.Errorf("refusing it allocated %d KB", got>>10)
	}
	// Short data under the limit is an error, not a panic.
	if _, _, err := ReadImage(bytes.NewReader(hostile.PNG(1000, 1000)), 3); err == nil || !strings.Contains(err.Error(), "png image") {
		t.Errorf("1000x1000 PNG with one byte of data: %v", err)
	}
	if _, _, err := ReadImage(bytes.NewReader([]byte("not an image")), 3); err == nil {
		t.Error("garbage decoded")
	}
	if _, _, err := ReadImage(bytes.NewReader(hostile.SmallPNG(2, 2)), 2); err == nil {
		t.Error("2 channels accepted")
	}
	for _, ch := range []int{1, 3, 4} {
		file := hostile.SmallPNG(7, 5)
		a, format, err := ReadImage(bytes.NewReader(file), ch)
		if err != nil || format != "png" {
			t.Fatalf("%d channels: %v, %q", ch, err, format)
		}
		img, _, _ := image.Decode(bytes.NewReader(file))
		if want := FromImageChannels(img, ch); !slices.Equal(a.Shape(), want.Shape()) || !slices.Equal(a.Values(), want.Values()) {
			t.Errorf("%d channels: ReadImage differs from FromImageChannels", ch)
		}
	}
}
