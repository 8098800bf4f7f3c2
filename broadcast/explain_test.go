package broadcast

import (
	"slices"
	"strings"
	"testing"
)

func TestExplainAgreesWithShapes(t *testing.T) {
	for _, c := range shapeCases {
		text, ok := Explain(c.in...)
		if ok != (c.err == "") {
			t.Errorf("Explain%v ok = %v, want %v\n%s", c.in, ok, c.err == "", text)
			continue
		}
		if ok {
			want := "Result shape: " + FormatShape(c.want) + "\n"
			if len(c.in) == 0 {
				want = "the 0-d shape ()"
			}
			if !strings.Contains(text, want) {
				t.Errorf("Explain%v does not contain %q:\n%s", c.in, want, text)
			}
		} else if !strings.HasSuffix(text, c.err+"\n") {
			t.Errorf("Explain%v does not end with %q:\n%s", c.in, c.err, text)
		}
	}
}

func TestExplainDetails(t *testing.T) {
	for _, c := range []struct {
		in      [][]int
		want    []string // lines or fragments that must appear
		notWant []string
	}{
		{
			in: [][]int{{2, 1}, {8, 4, 3}},
			want: []string{
				"Broadcasting a (2,1) and b (8,4,3)\n",
				"    axis         -3   -2   -1\n",
				"    a (2,1)       1*   2    1\n",
				"    b (8,4,3)     8    4    3\n",
				"    result axis   0    1    2\n",
				"axis -1 (result axis 2): a 1, b 3 -> a's 1 is stretched to 3\n",
				"axis -2 (result axis 1): a 2, b 4 -> cannot broadcast: a has 2 and b has 4;",
				"ValueError: operands could not be broadcast together with shapes (2,1) (8,4,3) \n",
			},
			// It stops at the first failing axis.
			notWant: []string{"axis -3 (result axis 0)", "Result shape"},
		},
		{
			in: [][]int{{1}, {1, 5}, {6, 1}, {6, 5}},
			want: []string{
				"Broadcasting a (1,), b (1,5), c (6,1) and d (6,5)\n",
				"axis -1 (result axis 1): a 1, b 5, c 1, d 5 -> a's 1 and c's 1 are stretched to 5\n",
				"axis -2 (result axis 0): a 1*, b 1, c 6, d 6 -> a's 1 and b's 1 are stretched to 6\n",
				"Result shape: (6,5)\n",
			},
		},
		{
			in:   [][]int{{4}, {4}, {4}},
			want: []string{"a 4, b 4, c 4 -> all equal: 4\n"},
		},
		{
			in:   [][]int{{1, 3}, {1, 3}},
			want: []string{"a 1, b 1 -> all 1: stays 1\n"},
		},
		{
			in:   [][]int{{1}, {0}, {1}},
			want: []string{"a 1, b 0, c 1 -> a's 1 and c's 1 are stretched to 0 (the result is empty)\n", "Result shape: (0,)\n"},
		},
		{
			in:   [][]int{{7, 1}},
			want: []string{"Broadcasting a single shape: a (7,1)\n", "a 7 -> kept: 7\n", "Result shape: (7,1)\n"},
		},
		{
			in:   [][]int{{}, {}},
			want: []string{"Every operand is 0-d", "Result shape: ()\n"},
		},
		{
			in:   [][]int{{1000, 1}, {1}, {1, 25}},
			want: []string{"    a (1000,1)   1000      1\n", "    b (1,)          1*     1\n", "    result axis     0      1\n"},
		},
		{
			in:   [][]int{{3, -1}},
			want: []string{"Error: negative dimensions are not allowed\n"},
		},
	} {
		text, _ := Explain(c.in...)
		for _, w := range c.want {
			if !strings.Contains(text, w) {
				t.Errorf("Explain%v lacks %q:\n%s", c.in, w, text)
			}
		}
		for _, w := range c.notWant {
			if strings.Contains(text, w) {
				t.Errorf("Explain%v has %q:\n%s", c.in, w, text)
			}
		}
	}
}

func TestExplainManyOperands(t *testing.T) {
	shapes := make([][]int, 30)
	for i := range shapes {
		shapes[i] = []int{1}
	}
	shapes[29] = []int{2}
	text, ok := Explain(shapes...)
	if !ok || !strings.Contains(text, "z (1,)") || !strings.Contains(text, "ad (2,)") {
		t.Errorf("Explain of 30 operands:\n%s", text)
	}
	for i, want := range map[int]string{0: "a", 25: "z", 26: "aa", 27: "ab", 51: "az", 52: "ba", 701: "zz", 702: "aaa"} {
		if got := operandName(i); got != want {
			t.Errorf("operandName(%d) = %q, want %q", i, got, want)
		}
	}
}

func TestExplainDoesNotModify(t *testing.T) {
	in := [][]int{{3, 1}, {4}}
	Explain(in...)
	if !slices.EqualFunc(in, [][]int{{3, 1}, {4}}, slices.Equal) {
		t.Errorf("Explain modified its inputs: %v", in)
	}
}
