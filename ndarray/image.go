package ndarray

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"io"
)

// MaxImagePixels is the most pixels [ReadImage] decodes: PIL's
// decompression-bomb limit (twice Image.MAX_IMAGE_PIXELS, 89478485), above
// which PIL raises DecompressionBombError. A 100-byte PNG can claim
// 100000×100000 pixels; decoding it would allocate 40 GB before finding
// the data short.
var MaxImagePixels int64 = 2 * 89478485

// ReadImage decodes an image (of a format registered with the image
// package, such as image/png or image/jpeg imported for their side effect)
// from r and returns its pixels as [FromImageChannels] does, and the
// format's name. It reads the header first (image.DecodeConfig) and
// refuses an image of more than [MaxImagePixels] pixels before decoding,
// with PIL's message; memory is then bounded by the pixels the header
// announces.
func ReadImage(r io.Reader, channels int) (*Array[uint8], string, error) {
	if channels != 1 && channels != 3 && channels != 4 {
		return nil, "", fmt.Errorf("ReadImage: channels must be 1, 3 or 4, not %d", channels)
	}
	var head bytes.Buffer
	cfg, format, err := image.DecodeConfig(io.TeeReader(r, &head))
	if err != nil {
		return nil, "", fmt.Errorf("not an image of a known format: %w", err)
	}
	if err := checkImageSize(cfg.Width, cfg.Height); err != nil {
		return nil, format, err
	}
	img, _, err := image.Decode(io.MultiReader(&head, r))
	if err != nil {
		return nil, format, fmt.Errorf("%s image: %w", format, err)
	}
	if b := img.Bounds(); b.Dx() != cfg.Width || b.Dy() != cfg.Height {
		return nil, format, fmt.Errorf("%s image: decoded %dx%d pixels, the header said %dx%d", format, b.Dx(), b.Dy(), cfg.Width, cfg.Height)
	}
	return FromImageChannels(img, channels), format, nil
}

// checkImageSize refuses negative sizes and more than MaxImagePixels
// pixels, with PIL's message.
func checkImageSize(w, h int) error {
	if w < 0 || h < 0 {
		return fmt.Errorf("image size %dx%d is negative", w, h)
	}
	if px := int64(w) * int64(h); px > MaxImagePixels {
		//lint:ignore ST1005 Pillow's DecompressionBombError message, word for word
		return fmt.Errorf("Image size (%d pixels) exceeds limit of %d pixels, could be decompression bomb DOS attack.", px, MaxImagePixels)
	}
	return nil
}

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
	out := allocate[uint8]([]int{h, w, channels})
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
