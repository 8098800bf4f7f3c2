package main

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/notebook.golden")

// TestNotebookGolden holds the notebook's output (without timings) to
// testdata/notebook.golden: basic_sigmoid(3), exp, sigmoid, its
// derivative, normalizeRows, the softmax repr, L1 and L2.
func TestNotebookGolden(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"notebook", "-time=false"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if *update {
		if err := os.WriteFile("testdata/notebook.golden", out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("testdata/notebook.golden")
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != string(want) {
		t.Errorf("notebook output differs from testdata/notebook.golden:\n%s", out.String())
	}
	// The lines the notebook must print, exactly.
	for _, line := range []string{
		"basic_sigmoid(3) = 0.9525741268224334",
		"np.exp(x) = [ 2.71828183  7.3890561  20.08553692]",
		"sigmoid(x) = [0.73105858 0.88079708 0.95257413]",
		"sigmoid_derivative(x) = [0.19661193 0.10499359 0.04517666]",
		"normalizeRows(x) = [[0.         0.6        0.8       ]\n [0.13736056 0.82416338 0.54944226]]",
		"array([[0.01321289, 0.26538793, 0.72139918],\n       [0.00589975, 0.8756006 , 0.11849965]])",
		"dot = 78\n",
		"L1 = 1.1\n",
		"L2 = 0.43\n",
		"image2vector(image).shape = (9216, 1)",
	} {
		if !strings.Contains(out.String(), line) {
			t.Errorf("notebook output lacks %q", line)
		}
	}
}

func TestNotebookImageFlag(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run([]string{"notebook", "-time=false", "-image", "testdata/missing.png"}, &out, &errOut)
	if code != exitFail || !strings.Contains(errOut.String(), "testdata/missing.png") {
		t.Errorf("missing image: exit %d, stderr %q; want exit 1 naming the file", code, errOut.String())
	}
	code = run([]string{"notebook", "-time=false", "-image", "notebook_test.go"}, &out, &errOut)
	if code != exitFail || !strings.Contains(errOut.String(), "not a PNG or JPEG") {
		t.Errorf("not an image: exit %d, stderr %q", code, errOut.String())
	}
	out.Reset()
	if code := run([]string{"notebook", "-time=false", "-image", "notebook.png"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out.String(), "image notebook.png has shape (48, 64, 3)") {
		t.Errorf("-image notebook.png: output lacks its shape")
	}
}
