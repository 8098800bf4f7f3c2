package main

import (
	"bytes"
	"strings"
	"testing"
)

// The softmax section prints the notebook's cells as NumPy 1.24 printed them
// (the reprs below are NumPy's output for x = [[0,3,4],[1,6,4]]), and the
// overflow of the notebook's version at x + 1000, which nn.Softmax avoids.
func TestNotebookSoftmaxAsNumPy(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"notebook", "-time=false"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	text := out.String()
	i := strings.Index(text, "## 1.5 ")
	j := strings.Index(text, "## 2.1 ")
	if i < 0 || j < i {
		t.Fatalf("no softmax section in\n%s", text)
	}
	section := text[i:j]
	s := "array([[0.01321289, 0.26538793, 0.72139918],\n       [0.00589975, 0.8756006 , 0.11849965]])\n"
	want := []string{
		"x_exp = np.exp(x):\narray([[  1.        ,  20.08553692,  54.59815003],\n       [  2.71828183, 403.42879349,  54.59815003]])\n",
		"x_sum = np.sum(x_exp, axis=1, keepdims=True):\narray([[ 75.68368696],\n       [460.74522535]])\n",
		"s = x_exp / x_sum:\n" + s,
		"array([[nan, nan, nan],\n       [nan, nan, nan]])\n",
		"gives softmax(x) again:\n" + s,
	}
	last := -1
	for _, w := range want {
		k := strings.Index(section, w)
		if k < 0 {
			t.Errorf("the softmax section lacks %q:\n%s", w, section)
			continue
		}
		if k < last {
			t.Errorf("%q comes too early in\n%s", w, section)
		}
		last = k
	}
}
