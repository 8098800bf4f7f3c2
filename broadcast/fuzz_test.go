package broadcast

import (
	"slices"
	"strings"
	"testing"
)

// byteReader decodes fuzz input; it yields 0 once the data is used up.
type byteReader struct{ b []byte }

func (r *byteReader) int8() int {
	if len(r.b) == 0 {
		return 0
	}
	v := int(int8(r.b[0]))
	r.b = r.b[1:]
	return v
}

// count returns a value in [0, n).
func (r *byteReader) count(n int) int { return ((r.int8() % n) + n) % n }

func encodeShapes(shapes [][]int) []byte {
	b := []byte{byte(len(shapes))}
	for _, s := range shapes {
		b = append(b, byte(len(s)))
		for _, d := range s {
			b = append(b, byte(int8(d)))
		}
	}
	return b
}

func decodeShapes(data []byte) [][]int {
	r := &byteReader{data}
	shapes := make([][]int, r.count(6))
	for i := range shapes {
		s := make([]int, r.count(6))
		for j := range s {
			s[j] = r.int8() % 12 // a few negatives, mostly small sizes
		}
		shapes[i] = s
	}
	return shapes
}

// refShapes is the broadcasting rule stated per axis: the sizes other than 1
// must all be equal.
func refShapes(shapes [][]int) (out []int, ok, negative bool) {
	nd := 0
	for _, s := range shapes {
		nd = max(nd, len(s))
		negative = negative || slices.ContainsFunc(s, func(d int) bool { return d < 0 })
	}
	out = make([]int, nd)
	ok = true
	for ax := range nd {
		var others []int
		for _, s := range shapes {
			if k := ax - (nd - len(s)); k >= 0 && s[k] != 1 {
				others = append(others, s[k])
			}
		}
		slices.Sort(others)
		others = slices.Compact(others)
		switch len(others) {
		case 0:
			out[ax] = 1
		case 1:
			out[ax] = others[0]
		default:
			ok = false
		}
	}
	return out, ok, negative
}

func FuzzShapes(f *testing.F) {
	for _, c := range shapeCases {
		if !slices.ContainsFunc(c.in, func(s []int) bool { return len(s) > 5 || slices.ContainsFunc(s, func(d int) bool { return d > 11 }) }) {
			f.Add(encodeShapes(c.in))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		shapes := decodeShapes(data)
		got, err := Shapes(shapes...)
		text, explainOK := Explain(shapes...)
		want, ok, negative := refShapes(shapes)
		switch {
		case negative:
			if _, isShapeErr := err.(*ShapeError); !isShapeErr || explainOK {
				t.Fatalf("Shapes%v = %v, %v; Explain ok %v; want *ShapeError", shapes, got, err, explainOK)
			}
		case !ok:
			want := (&Error{Shapes: shapes}).Error()
			if err == nil || err.Error() != want || explainOK || !strings.HasSuffix(text, want+"\n") {
				t.Fatalf("Shapes%v = %v, %v; Explain ok %v; want %q", shapes, got, err, explainOK, want)
			}
		default:
			if err != nil || !slices.Equal(got, want) || !explainOK {
				t.Fatalf("Shapes%v = %v, %v; Explain ok %v; want %v", shapes, got, err, explainOK, want)
			}
			// Every operand broadcasts to the result.
			for _, s := range shapes {
				st, err := Strides(s, ContiguousStrides(s), got)
				if err != nil || len(st) != len(got) {
					t.Fatalf("Strides(%v, .., %v) = %v, %v", s, got, st, err)
				}
			}
		}
	})
}

type fuzzIterCase struct {
	shape, offsets []int
	strides        [][]int
	k              int
}

func encodeIter(c fuzzIterCase) []byte {
	b := []byte{byte(len(c.shape))}
	for _, d := range c.shape {
		b = append(b, byte(d))
	}
	b = append(b, byte(len(c.strides)))
	for op, s := range c.strides {
		off := 0
		if c.offsets != nil {
			off = c.offsets[op]
		}
		b = append(b, byte(int8(off)))
		for _, v := range s {
			b = append(b, byte(int8(v)))
		}
	}
	return append(b, byte(c.k))
}

func decodeIter(data []byte) fuzzIterCase {
	r := &byteReader{data}
	var c fuzzIterCase
	c.shape = make([]int, r.count(6))
	for i := range c.shape {
		c.shape[i] = r.count(6)
	}
	nop := r.count(4)
	c.offsets = make([]int, nop)
	c.strides = make([][]int, nop)
	for op := range nop {
		c.offsets[op] = r.int8()
		c.strides[op] = make([]int, len(c.shape))
		for i := range c.strides[op] {
			c.strides[op][i] = r.int8() % 40
		}
	}
	c.k = r.count(9)
	return c
}

func FuzzIter(f *testing.F) {
	for _, c := range iterCases {
		if slices.Max(append([]int{0}, c.shape...)) <= 5 && len(c.shape) <= 5 && len(c.strides) <= 3 {
			f.Add(encodeIter(fuzzIterCase{c.shape, c.offsets, c.strides, 3}))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c := decodeIter(data)
		it := NewIter(c.shape, c.offsets, c.strides...)
		checkTuples(t, c.shape, c.offsets, c.strides, it)
		checkInvariants(t, c.shape, it)
		it.Reset()
		whole := iterTuples(it)
		var parts [][]int
		for _, p := range it.Split(c.k) {
			parts = append(parts, iterTuples(p)...)
		}
		if !slices.EqualFunc(parts, whole, slices.Equal) {
			t.Fatalf("Split(%d) of %+v visits %v, whole %v", c.k, c, head(parts), head(whole))
		}
	})
}
