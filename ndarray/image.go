package ndarray

import (
	"fmt"
	"image"
	"image/color"
)

// FromImage returns the pixels of img as a uint8 array of shape (height,
// width, 3), the red, green and blue values of each pixel, as
// np.array(PIL.Image.open(path).convert("RGB")) gives. Colours are read
// non-premultiplied (color.NRGBAModel) and alpha is dropped.
func FromImage(img image.Image) *Array[uint8] { return FromImageChannels(img, 3) }

// FromImageChannels returns the pixels of img as a uint8 array of shape
// (height, width, channels): channels 3 is RGB (as [FromImage]), 4 is RGBA
// with non-premultiplied colours, 1 is gray (shape (height, width, 1), the
// luma L = R*299/1000 + G*587/1000 + B*114/1000 of PIL's convert("L"),
// rounded as PIL does). It panics with a *ValueError for other channel
// counts.
func FromImageChannels(img image.Image, channels int) *Array[uint8] {
	if channels != 1 && channels != 3 && channels != 4 {
		panic(&ValueError{Msg: fmt.Sprintf("FromImageChannels: channels must be 1, 3 or 4, not %d", channels)})
	}
	b := img.Bounds()
	h, w := b.Dy(), b.Dx()
	out := make([]uint8, h*w*channels)
	i := 0
	if channels == 1 {
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
				// PIL's convert("L"): ITU-R 601-2 luma, rounded.
				out[i] = uint8((19595*uint32(c.R) + 38470*uint32(c.G) + 7471*uint32(c.B) + 1<<15) >> 16)
				i++
			}
		}
		return Wrap(out, h, w, 1)
	}
	if src, ok := img.(*image.NRGBA); ok {
		for y := b.Min.Y; y < b.Max.Y; y++ {
			row := src.Pix[src.PixOffset(b.Min.X, y):][:4*w]
			for x := 0; x < w; x++ {
				copy(out[i:i+channels], row[4*x:4*x+channels])
				i += channels
			}
		}
		return Wrap(out, h, w, channels)
	}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
			out[i], out[i+1], out[i+2] = c.R, c.G, c.B
			if channels == 4 {
				out[i+3] = c.A
			}
			i += channels
		}
	}
	return Wrap(out, h, w, channels)
}

// ToImage returns a as an image: shape (height, width) or (height, width, 1)
// gives an *image.Gray, (height, width, 3) an opaque *image.NRGBA and
// (height, width, 4) an *image.NRGBA with non-premultiplied alpha. Other
// shapes are an error. The pixels are copied; a may have any strides.
func ToImage(a *Array[uint8]) (image.Image, error) {
	shape := a.shape
	channels := 1
	switch {
	case len(shape) == 2:
	case len(shape) == 3 && (shape[2] == 1 || shape[2] == 3 || shape[2] == 4):
		channels = shape[2]
	default:
		return nil, fmt.Errorf("ToImage: shape %s is not (height, width), or (height, width, channels) with 1, 3 or 4 channels", FormatShape(shape))
	}
	h, w := shape[0], shape[1]
	pix := a.Values()
	r := image.Rect(0, 0, w, h)
	switch channels {
	case 1:
		return &image.Gray{Pix: pix, Stride: w, Rect: r}, nil
	case 4:
		return &image.NRGBA{Pix: pix, Stride: 4 * w, Rect: r}, nil
	}
	img := image.NewNRGBA(r)
	for p := range h * w {
		copy(img.Pix[4*p:4*p+3], pix[3*p:3*p+3])
		img.Pix[4*p+3] = 255
	}
	return img, nil
}
