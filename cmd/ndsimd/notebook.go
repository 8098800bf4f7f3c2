package main

import (
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // -image may be a JPEG
	_ "image/png"
	"io"
	"os"

	"github.com/ndsimd/ndsimd/ndarray"
	"github.com/ndsimd/ndsimd/nn"
)

// notebookImage is the picture image2vector runs on by default (drawn by
// make_image.go).
//
//go:embed notebook.png
var notebookImage []byte

// runNotebook runs the "Python Basics with Numpy" notebook end to end and
// prints each step as the notebook does, in NumPy's print format.
func runNotebook(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("notebook", stderr)
	imagePath := fs.String("image", "", "a PNG or JPEG file for image2vector (default: the embedded 48x64 picture)")
	timed := fs.Bool("time", true, "time the loop and engine versions in part 2.1 (false gives reproducible output)")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(fs, "unexpected argument %q", fs.Arg(0))
	}
	img, name, err := loadImage(*imagePath)
	if err != nil {
		fmt.Fprintf(stderr, "ndsimd notebook: %v\n", err)
		return exitFail
	}
	w := stdout
	section(w, "1.1 sigmoid function, np.exp()")
	fmt.Fprintf(w, "basic_sigmoid(3) = %v\n", nn.BasicSigmoid(3))
	x := ndarray.FromSlice([]float64{1, 2, 3})
	fmt.Fprintf(w, "x = %v\n", x)
	fmt.Fprintf(w, "np.exp(x) = %v\n", expOf(x))
	fmt.Fprintf(w, "sigmoid(x) = %v\n", nn.Sigmoid(x))

	section(w, "1.2 sigmoid gradient")
	fmt.Fprintf(w, "sigmoid_derivative(x) = %v\n", nn.SigmoidDerivative(x))

	section(w, "1.3 reshaping arrays: image2vector")
	fmt.Fprintf(w, "image %s has shape %s (height, width, channels), dtype %s\n", name, img.Shape(), img.Dtype())
	v := nn.Image2Vector(img)
	fmt.Fprintf(w, "image2vector(image).shape = %s\n", v.Shape())
	fmt.Fprintf(w, "image2vector(image) = %v\n", v)

	section(w, "1.4 normalizing rows")
	m := ndarray.FromSlice([]float64{0, 3, 4, 1, 6, 4}, 2, 3)
	fmt.Fprintf(w, "x = %v\n", m)
	fmt.Fprintf(w, "normalizeRows(x) = %v\n", nn.NormalizeRows(m))

	section(w, "1.5 broadcasting and the softmax function")
	softmaxSection(w, m)

	section(w, "2.1 vectorization: dot, outer, elementwise and general dot")
	vectorization(w, *timed)

	section(w, "2.2 L1 and L2 loss functions")
	yhat := ndarray.FromSlice([]float64{.9, .2, .1, .4, .9})
	y := ndarray.FromSlice([]float64{1, 0, 0, 1, 1})
	fmt.Fprintf(w, "yhat = %v\ny = %v\n", yhat, y)
	fmt.Fprintf(w, "L1 = %v\n", ndarray.Scalar(nn.L1(yhat, y)))
	fmt.Fprintf(w, "L2 = %v\n", ndarray.Scalar(nn.L2(yhat, y)))
	return exitOK
}

func section(w io.Writer, title string) {
	fmt.Fprintf(w, "\n## %s\n\n", title)
}

// loadImage decodes the -image file, or the embedded picture. The image's
// header is read first and one of more than ndarray.MaxImagePixels pixels
// is refused before decoding (see ndarray.ReadImage).
func loadImage(path string) (*ndarray.Array[uint8], string, error) {
	var r io.Reader = bytes.NewReader(notebookImage)
	name := "notebook.png (embedded)"
	if path != "" {
		f, err := os.Open(path)
		if err != nil {
			return nil, "", err
		}
		defer f.Close()
		r, name = bufio.NewReader(f), path
	}
	img, _, err := ndarray.ReadImage(r, 3)
	if errors.Is(err, image.ErrFormat) {
		return nil, "", fmt.Errorf("%s: not a PNG or JPEG image: %v", name, err)
	}
	if err != nil {
		return nil, "", fmt.Errorf("%s: %v", name, err)
	}
	return img, name, nil
}
