package broadcast

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
)

// iterCase is a set of operands of one shape, with the coalesced geometry
// that the rules (order by |stride| of operand 0, drop 1s, merge chained
// axes) predict, worked out by hand.
type iterCase struct {
	name    string
	shape   []int
	offsets []int
	strides [][]int

	wantShape   []int // coalesced shape
	wantStrides []int // inner strides
	wantStart   []int // offsets of the first run
}

var iterCases = []iterCase{
	{
		name: "contiguous", shape: []int{4, 5},
		strides:   [][]int{{5, 1}, {5, 1}, {5, 1}},
		wantShape: []int{20}, wantStrides: []int{1, 1, 1}, wantStart: []int{0, 0, 0},
	},
	{
		name: "contiguous-3d", shape: []int{2, 3, 4},
		offsets:   []int{0, 7},
		strides:   [][]int{{12, 4, 1}, {12, 4, 1}},
		wantShape: []int{24}, wantStrides: []int{1, 1}, wantStart: []int{0, 7},
	},
	{
		name: "(M,N)+(M,1)", shape: []int{4, 5},
		strides:   [][]int{{5, 1}, {5, 1}, {1, 0}},
		wantShape: []int{4, 5}, wantStrides: []int{1, 1, 0}, wantStart: []int{0, 0, 0},
	},
	{
		name: "(M,N)+(1,N)", shape: []int{4, 5},
		strides:   [][]int{{5, 1}, {5, 1}, {0, 1}},
		wantShape: []int{4, 5}, wantStrides: []int{1, 1, 1}, wantStart: []int{0, 0, 0},
	},
	{
		name: "(M,N)+()", shape: []int{4, 5},
		strides:   [][]int{{5, 1}, {5, 1}, {0, 0}},
		wantShape: []int{20}, wantStrides: []int{1, 1, 0}, wantStart: []int{0, 0, 0},
	},
	{
		name: "transposed-pair", shape: []int{4, 5},
		strides:   [][]int{{1, 4}, {1, 4}},
		wantShape: []int{20}, wantStrides: []int{1, 1}, wantStart: []int{0, 0},
	},
	{
		name: "fortran-3d", shape: []int{2, 3, 4},
		strides:   [][]int{{1, 2, 6}, {1, 2, 6}},
		wantShape: []int{24}, wantStrides: []int{1, 1}, wantStart: []int{0, 0},
	},
	{
		name: "out-C-in-transposed", shape: []int{4, 5},
		strides:   [][]int{{5, 1}, {1, 4}},
		wantShape: []int{4, 5}, wantStrides: []int{1, 4}, wantStart: []int{0, 0},
	},
	{
		name: "out-transposed-in-C", shape: []int{4, 5},
		strides:   [][]int{{1, 4}, {5, 1}},
		wantShape: []int{5, 4}, wantStrides: []int{1, 5}, wantStart: []int{0, 0},
	},
	{
		// a[:, 0:8:2] of a (3,10) array: rows do not chain.
		name: "step-sliced", shape: []int{3, 4},
		strides:   [][]int{{4, 1}, {10, 2}},
		wantShape: []int{3, 4}, wantStrides: []int{1, 2}, wantStart: []int{0, 0},
	},
	{
		// a[:, ::2] of a (3,8) array: uniformly strided, one run.
		name: "step-sliced-chained", shape: []int{3, 4},
		strides:   [][]int{{4, 1}, {8, 2}},
		wantShape: []int{12}, wantStrides: []int{1, 2}, wantStart: []int{0, 0},
	},
	{
		// a[::-1, ::-1] of a contiguous (3,4) array.
		name: "negative", shape: []int{3, 4},
		offsets:   []int{0, 11},
		strides:   [][]int{{4, 1}, {-4, -1}},
		wantShape: []int{12}, wantStrides: []int{1, -1}, wantStart: []int{0, 11},
	},
	{
		// a[:, ::-1]: the row reversal does not chain with the rows.
		name: "negative-inner", shape: []int{3, 4},
		offsets:   []int{0, 3},
		strides:   [][]int{{4, 1}, {4, -1}},
		wantShape: []int{3, 4}, wantStrides: []int{1, -1}, wantStart: []int{0, 3},
	},
	{
		// Every operand reversed: the axis is flipped to walk forwards.
		name: "all-negative", shape: []int{5},
		offsets:   []int{4, 9},
		strides:   [][]int{{-1}, {-2}},
		wantShape: []int{5}, wantStrides: []int{1, 2}, wantStart: []int{0, 1},
	},
	{
		name: "size-1-axes", shape: []int{1, 3, 1, 4},
		strides:   [][]int{{12, 4, 4, 1}, {99, 4, -7, 1}},
		wantShape: []int{12}, wantStrides: []int{1, 1}, wantStart: []int{0, 0},
	},
	{
		name: "0-d", shape: []int{},
		offsets:   []int{3, 5},
		strides:   [][]int{{}, {}},
		wantShape: []int{}, wantStrides: []int{0, 0}, wantStart: []int{3, 5},
	},
	{
		name: "all-ones", shape: []int{1, 1},
		offsets:   []int{3},
		strides:   [][]int{{1, 1}},
		wantShape: []int{}, wantStrides: []int{0}, wantStart: []int{3},
	},
	{
		name: "zero-size", shape: []int{3, 0, 4},
		strides:   [][]int{{4, 4, 1}, {0, 0, 1}},
		wantShape: []int{0}, wantStrides: []int{0, 0}, wantStart: []int{0, 0},
	},
	{
		// A reduction over axis 1: the output has stride 0 there, so that
		// axis is innermost.
		name: "reduce-axis1", shape: []int{4, 5},
		strides:   [][]int{{1, 0}, {5, 1}},
		wantShape: []int{4, 5}, wantStrides: []int{0, 1}, wantStart: []int{0, 0},
	},
	{
		name: "reduce-axis0", shape: []int{4, 5},
		strides: [][]int{{0, 1}, {5, 1}},
		// A reduction over axis 0: the output's stride 0 states no
		// preference, the input's contiguous axis 1 is innermost and the
		// runs are plain elementwise (out[j] += in[i,j]).
		wantShape: []int{4, 5}, wantStrides: []int{1, 1}, wantStart: []int{0, 0},
	},
	{
		// Operand 0 ties everywhere (a full reduction): operand 1 decides.
		name: "tie-broken-by-op1", shape: []int{4, 5},
		strides:   [][]int{{0, 0}, {1, 4}},
		wantShape: []int{20}, wantStrides: []int{0, 1}, wantStart: []int{0, 0},
	},
	{
		name: "no-operands", shape: []int{3, 4},
		strides:   nil,
		wantShape: []int{12}, wantStrides: []int{}, wantStart: []int{},
	},
	{
		name: "(1000,1000)+(1000,1)", shape: []int{1000, 1000},
		strides:   [][]int{{1000, 1}, {1000, 1}, {1, 0}},
		wantShape: []int{1000, 1000}, wantStrides: []int{1, 1, 0}, wantStart: []int{0, 0, 0},
	},
}

func TestIterGeometry(t *testing.T) {
	for _, c := range iterCases {
		t.Run(c.name, func(t *testing.T) {
			it := NewIter(c.shape, c.offsets, c.strides...)
			if !slices.Equal(it.Shape(), c.wantShape) {
				t.Errorf("Shape() = %v, want %v", it.Shape(), c.wantShape)
			}
			wantLen, wantRuns := 1, 1
			if n := len(c.wantShape); n > 0 {
				wantLen = c.wantShape[n-1]
				for _, d := range c.wantShape[:n-1] {
					wantRuns *= d
				}
			}
			if wantLen == 0 {
				wantRuns = 0
			}
			if it.Len() != wantLen || it.Runs() != wantRuns {
				t.Errorf("Len(), Runs() = %d, %d; want %d, %d", it.Len(), it.Runs(), wantLen, wantRuns)
			}
			if !slices.Equal(it.Strides(), c.wantStrides) {
				t.Errorf("Strides() = %v, want %v", it.Strides(), c.wantStrides)
			}
			if it.NumOperands() != len(c.strides) {
				t.Errorf("NumOperands() = %d", it.NumOperands())
			}
			runs := 0
			for it.Next() {
				if runs == 0 && !slices.Equal(it.Offsets(), c.wantStart) {
					t.Errorf("first Offsets() = %v, want %v", it.Offsets(), c.wantStart)
				}
				if it.Index() != runs {
					t.Errorf("Index() = %d, want %d", it.Index(), runs)
				}
				runs++
			}
			if runs != wantRuns {
				t.Errorf("Next() gave %d runs, want %d", runs, wantRuns)
			}
			if it.Next() {
				t.Errorf("Next() after the end returned true")
			}
			checkTuples(t, c.shape, c.offsets, c.strides, it)
		})
	}
}

// naiveTuples walks the original shape element by element (C order) and
// returns each element's offsets, one per operand.
func naiveTuples(shape, offsets []int, strides [][]int) [][]int {
	nop := len(strides)
	size := 1
	for _, d := range shape {
		size *= d
	}
	idx := make([]int, len(shape))
	var out [][]int
	for range size {
		t := make([]int, nop)
		for op := range nop {
			if offsets != nil {
				t[op] = offsets[op]
			}
			for d, i := range idx {
				t[op] += i * strides[op][d]
			}
		}
		out = append(out, t)
		for d := len(shape) - 1; d >= 0; d-- {
			idx[d]++
			if idx[d] < shape[d] {
				break
			}
			idx[d] = 0
		}
	}
	return out
}

// iterTuples expands the runs of it (from its current position) into
// element offsets, in visiting order.
func iterTuples(it *Iter) [][]int {
	var out [][]int
	st := it.Strides()
	for it.Next() {
		off := it.Offsets()
		for j := range it.Len() {
			t := make([]int, len(off))
			for op := range off {
				t[op] = off[op] + j*st[op]
			}
			out = append(out, t)
		}
	}
	return out
}

func sortTuples(ts [][]int) [][]int {
	ts = slices.Clone(ts)
	slices.SortFunc(ts, slices.Compare)
	return ts
}

func checkTuples(t *testing.T, shape, offsets []int, strides [][]int, it *Iter) {
	t.Helper()
	it.Reset()
	got := sortTuples(iterTuples(it))
	want := sortTuples(naiveTuples(shape, offsets, strides))
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("shape %v offsets %v strides %v: iterator visits %d tuples %v..., naive walk %d tuples %v...",
			shape, offsets, strides, len(got), head(got), len(want), head(want))
	}
}

func head(ts [][]int) [][]int { return ts[:min(len(ts), 8)] }

// randomCase makes operands of a random shape with random (possibly
// overlapping, negative, zero) strides, or strides of real layouts.
func randomCase(r *rand.Rand) (shape, offsets []int, strides [][]int) {
	nd := r.IntN(5)
	shape = make([]int, nd)
	for i := range shape {
		shape[i] = r.IntN(5)
		if r.IntN(8) > 0 && shape[i] == 0 {
			shape[i] = 1 + r.IntN(4)
		}
	}
	nop := 1 + r.IntN(3)
	offsets = make([]int, nop)
	strides = make([][]int, nop)
	for op := range nop {
		offsets[op] = r.IntN(200) - 100
		s := make([]int, nd)
		switch r.IntN(4) {
		case 0: // arbitrary
			for i := range s {
				s[i] = r.IntN(15) - 7
			}
		case 1: // C contiguous, maybe with broadcast axes
			copy(s, ContiguousStrides(shape))
			for i := range s {
				if r.IntN(4) == 0 {
					s[i] = 0
				}
			}
		default: // a permuted, step-sliced or reversed layout
			perm := r.Perm(nd)
			step := 1
			for _, i := range slices.Backward(perm) {
				sign := 1
				if r.IntN(3) == 0 {
					sign = -1
				}
				k := 1 + r.IntN(2)
				s[i] = sign * step * k
				step *= max(shape[i], 1) * k
			}
		}
		strides[op] = s
	}
	return shape, offsets, strides
}

func TestIterMatchesNaiveWalk(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 3000 {
		shape, offsets, strides := randomCase(r)
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			it := NewIter(shape, offsets, strides...)
			checkTuples(t, shape, offsets, strides, it)
			checkInvariants(t, shape, it)
		})
	}
}

// checkInvariants checks what the coalesced geometry must satisfy.
func checkInvariants(t *testing.T, shape []int, it *Iter) {
	t.Helper()
	size := 1
	for _, d := range shape {
		size *= d
	}
	cs := it.Shape()
	if slices.Contains(cs, 1) {
		t.Errorf("coalesced shape %v keeps a size-1 axis", cs)
	}
	if len(cs) > len(shape) && size != 0 {
		t.Errorf("coalesced shape %v has more axes than %v", cs, shape)
	}
	if it.Runs()*it.Len() != size {
		t.Errorf("Runs() %d * Len() %d != size %d of %v", it.Runs(), it.Len(), size, shape)
	}
}

func TestSplit(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	check := func(t *testing.T, it *Iter, k int) {
		t.Helper()
		lo, hi := it.Range()
		it.Reset()
		want := iterTuples(it)
		parts := it.Split(k)
		wantParts := min(max(k, 1), max(hi-lo, 1))
		if len(parts) != wantParts {
			t.Fatalf("Split(%d) of %d runs gave %d parts, want %d", k, hi-lo, len(parts), wantParts)
		}
		var got [][]int
		next := lo
		minRuns, maxRuns := hi, 0
		for _, p := range parts {
			plo, phi := p.Range()
			if plo != next {
				t.Errorf("Split(%d): part starts at run %d, want %d", k, plo, next)
			}
			next = phi
			minRuns, maxRuns = min(minRuns, phi-plo), max(maxRuns, phi-plo)
			runs := 0
			for p.Next() {
				if p.Index() != plo+runs {
					t.Errorf("part Index() = %d, want %d", p.Index(), plo+runs)
				}
				runs++
			}
			if runs != phi-plo {
				t.Errorf("part %d..%d walked %d runs", plo, phi, runs)
			}
			p.Reset()
			got = append(got, iterTuples(p)...)
		}
		if next != hi {
			t.Errorf("Split(%d): parts end at run %d, want %d", k, next, hi)
		}
		if maxRuns-minRuns > 1 {
			t.Errorf("Split(%d): part sizes range from %d to %d", k, minRuns, maxRuns)
		}
		// Same runs, same order as the unsplit iterator.
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("Split(%d): parts visit %v..., whole visits %v...", k, head(got), head(want))
		}
	}
	for i := range 500 {
		shape, offsets, strides := randomCase(r)
		it := NewIter(shape, offsets, strides...)
		it.Next() // Split ignores the receiver's progress
		for _, k := range []int{-1, 0, 1, 2, 3, 5, 7, 64} {
			t.Run(fmt.Sprintf("%d/k=%d", i, k), func(t *testing.T) {
				check(t, it, k)
				// Splitting a part splits its range.
				for _, p := range it.Split(3) {
					check(t, p, k)
				}
			})
		}
	}
}

func TestIterNextAllocs(t *testing.T) {
	for _, c := range iterCases {
		it := NewIter(c.shape, c.offsets, c.strides...)
		allocs := testing.AllocsPerRun(10, func() {
			it.Reset()
			for it.Next() {
				_ = it.Offsets()
			}
		})
		if allocs != 0 {
			t.Errorf("%s: %v allocations per iteration, want 0", c.name, allocs)
		}
	}
}

func TestIterCopiesArguments(t *testing.T) {
	shape := []int{2, 3}
	offsets := []int{0, 0}
	s0, s1 := []int{3, 1}, []int{0, 1}
	it := NewIter(shape, offsets, s0, s1)
	shape[0], offsets[0], s0[1], s1[1] = 9, 9, 9, 9
	want := naiveTuples([]int{2, 3}, []int{0, 0}, [][]int{{3, 1}, {0, 1}})
	if got := iterTuples(it); !slices.EqualFunc(sortTuples(got), sortTuples(want), slices.Equal) {
		t.Errorf("iterator changed when its arguments were modified: %v", got)
	}
}

func TestNewIterPanics(t *testing.T) {
	for _, c := range []struct {
		name    string
		shape   []int
		offsets []int
		strides [][]int
		msg     string
	}{
		{"negative", []int{2, -1}, nil, [][]int{{1, 1}}, "negative dimensions are not allowed"},
		{"overflow", []int{math.MaxInt, 2}, nil, [][]int{{0, 0}}, "array is too big: the size of shape (" + strconv.Itoa(math.MaxInt) + ",2) overflows int"},
		{"strides-length", []int{2, 3}, nil, [][]int{{3, 1}, {1}}, "mismatch in length of strides and shape"},
		{"offsets-length", []int{2, 3}, []int{0}, [][]int{{3, 1}, {3, 1}}, "mismatch in number of offsets and operands"},
	} {
		t.Run(c.name, func(t *testing.T) {
			defer func() {
				e, _ := recover().(error)
				var se *ShapeError
				if !errors.As(e, &se) || se.Error() != c.msg {
					t.Errorf("panic %v, want *ShapeError %q", e, c.msg)
				}
			}()
			NewIter(c.shape, c.offsets, c.strides...)
		})
	}
}

// TestIterOrder checks that a contiguous output is walked in memory order,
// whatever the inputs look like.
func TestIterOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 300 {
		shape, offsets, strides := randomCase(r)
		strides[0] = ContiguousStrides(shape)
		offsets[0] = 0
		it := NewIter(shape, offsets, strides...)
		var out []int
		for _, tu := range iterTuples(it) {
			out = append(out, tu[0])
		}
		if !slices.IsSortedFunc(out, cmp.Compare[int]) {
			t.Errorf("shape %v strides %v: output offsets not increasing: %v", shape, strides, head([][]int{out}))
		}
	}
}

// TestIterAxisStride rebuilds every run's offsets from Shape, AxisStride
// and the offsets before the first Next, and checks them against the walk.
func TestIterAxisStride(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 2000 {
		shape, offsets, strides := randomCase(r)
		it := NewIter(shape, offsets, strides...)
		nop, sh := len(strides), it.Shape()
		start := slices.Clone(it.Offsets())
		for op := range nop {
			if len(sh) > 0 && it.AxisStride(len(sh)-1, op) != it.Strides()[op] {
				t.Fatalf("case %d: AxisStride(last, %d) = %d, Strides() = %v", i, op, it.AxisStride(len(sh)-1, op), it.Strides())
			}
		}
		outer := []int{}
		if len(sh) > 1 {
			outer = sh[:len(sh)-1]
		}
		run := 0
		for it.Next() {
			// The odometer digits of run, outermost first.
			rem := run
			want := slices.Clone(start)
			for ax := len(outer) - 1; ax >= 0; ax-- {
				c := rem % outer[ax]
				rem /= outer[ax]
				for op := range nop {
					want[op] += c * it.AxisStride(ax, op)
				}
			}
			if !slices.Equal(it.Offsets(), want) {
				t.Fatalf("case %d (shape %v strides %v): run %d offsets %v, rebuilt %v", i, shape, strides, run, it.Offsets(), want)
			}
			run++
		}
	}
}

// TestIterCOrderWalksCOrder checks that NewIterCOrder visits the element
// tuples in exactly the order of a C-order walk, flips and all.
func TestIterCOrderWalksCOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for i := range 3000 {
		shape, offsets, strides := randomCase(r)
		it := NewIterCOrder(shape, offsets, strides...)
		got, want := iterTuples(it), naiveTuples(shape, offsets, strides)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("case %d: shape %v offsets %v strides %v: C-order iterator visits %v..., C walk %v...", i, shape, offsets, strides, head(got), head(want))
		}
		checkInvariants(t, shape, it)
	}
}
