package random

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"slices"
	"testing"

	"github.com/ndsimd/ndsimd/ndarray"
)

// The fixture numpy_streams.json holds NumPy 1.24's own outputs, written by
// testdata/gen_fixtures.py: sequences of calls on one generator, recorded
// whole or, for a million draws, as the SHA-256 of their bytes.

type fixtureCall struct {
	M       string  `json:"m"`
	Shape   []int   `json:"shape"`
	A       float64 `json:"a"`
	B       float64 `json:"b"`
	N       int     `json:"n"`
	Replace bool    `json:"replace"`
	Want    struct {
		Dtype  string            `json:"dtype"`
		Shape  []int             `json:"shape"`
		Data   []json.RawMessage `json:"data"`
		SHA256 string            `json:"sha256"`
	} `json:"want"`
}

type fixtureCase struct {
	Seed  uint64        `json:"seed"`
	Calls []fixtureCall `json:"calls"`
}

type fixture struct {
	Numpy   string        `json:"numpy"`
	Rng     []fixtureCase `json:"rng"`
	Legacy  []fixtureCase `json:"legacy"`
	SeedSeq []struct {
		Seed    uint64   `json:"seed"`
		State32 []uint32 `json:"state32"`
		State64 []uint64 `json:"state64"`
	} `json:"seedseq"`
}

func loadFixture(t *testing.T) *fixture {
	var f fixture
	loadJSON(t, &f)
	return &f
}

// loadJSON decodes the fixture into v.
func loadJSON(t *testing.T, v any) {
	t.Helper()
	b, err := os.ReadFile("testdata/numpy_streams.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatal(err)
	}
}

// int64s turns the integer bounds of a call into int64 exactly (the JSON
// numbers near 2**63 do not survive float64).
func (c *fixtureCall) bounds(raw map[string]json.RawMessage) (int64, int64) {
	var a, b int64
	_ = json.Unmarshal(raw["a"], &a)
	_ = json.Unmarshal(raw["b"], &b)
	return a, b
}

// checkCall compares got with NumPy's recorded result, bit for bit.
func checkCall[T ndarray.Number](t *testing.T, name string, c *fixtureCall, got *ndarray.Array[T]) {
	t.Helper()
	if got.Dtype() != c.Want.Dtype || !slices.Equal(got.Shape(), c.Want.Shape) {
		t.Errorf("%s: got %s %v, NumPy %s %v", name, got.Dtype(), got.Shape(), c.Want.Dtype, c.Want.Shape)
		return
	}
	vals := got.Values()
	if c.Want.SHA256 != "" {
		h := sha256.New()
		for _, v := range vals {
			h.Write(leBytes(v))
		}
		if s := hex.EncodeToString(h.Sum(nil)); s != c.Want.SHA256 {
			t.Errorf("%s: %d values differ from NumPy's (SHA-256 %s, want %s)", name, len(vals), s[:12], c.Want.SHA256[:12])
		}
		return
	}
	for i, v := range vals {
		want := decodeAs[T](t, c.Want.Data[i])
		if !slices.Equal(leBytes(v), leBytes(want)) {
			t.Errorf("%s[%d] = %v, NumPy %v", name, i, v, want)
			return
		}
	}
}

func decodeAs[T ndarray.Number](t *testing.T, raw json.RawMessage) T {
	var z T
	switch any(z).(type) {
	case float64, float32:
		var f float64
		if err := json.Unmarshal(raw, &f); err != nil {
			t.Fatal(err)
		}
		return T(f)
	}
	var i int64
	if err := json.Unmarshal(raw, &i); err != nil {
		t.Fatal(err)
	}
	return T(i)
}

func leBytes[T ndarray.Number](v T) []byte {
	switch x := any(v).(type) {
	case float64:
		return binary.LittleEndian.AppendUint64(nil, math.Float64bits(x))
	case float32:
		return binary.LittleEndian.AppendUint32(nil, math.Float32bits(x))
	case int64:
		return binary.LittleEndian.AppendUint64(nil, uint64(x))
	}
	panic(fmt.Sprintf("leBytes: %T", v))
}

// rawCalls re-reads the calls of a case as raw maps (for exact int64 bounds).
func rawCalls(t *testing.T, kind string, i int) []map[string]json.RawMessage {
	b, _ := os.ReadFile("testdata/numpy_streams.json")
	var f map[string]json.RawMessage
	_ = json.Unmarshal(b, &f)
	var cases []struct {
		Calls []map[string]json.RawMessage `json:"calls"`
	}
	if err := json.Unmarshal(f[kind], &cases); err != nil {
		t.Fatal(err)
	}
	return cases[i].Calls
}

func TestGeneratorStreamsMatchNumPy(t *testing.T) {
	f := loadFixture(t)
	for i, fc := range f.Rng {
		raw := rawCalls(t, "rng", i)
		g := NewGenerator(NewSeedSequenceUint64(fc.Seed))
		for j := range fc.Calls {
			c := &fc.Calls[j]
			name := fmt.Sprintf("default_rng(%d) call %d %s%v", fc.Seed, j, c.M, c.Shape)
			switch c.M {
			case "random":
				checkCall(t, name, c, g.Random(c.Shape...))
			case "random_f32":
				checkCall(t, name, c, g.RandomF32(c.Shape...))
			case "standard_normal":
				checkCall(t, name, c, g.StandardNormal(c.Shape...))
			case "standard_normal_f32":
				checkCall(t, name, c, g.StandardNormalF32(c.Shape...))
			case "normal":
				checkCall(t, name, c, g.Normal(c.A, c.B, c.Shape...))
			case "uniform":
				checkCall(t, name, c, g.Uniform(c.A, c.B, c.Shape...))
			case "integers":
				lo, hi := c.bounds(raw[j])
				checkCall(t, name, c, g.Integers(lo, hi, c.Shape...))
			case "permutation":
				checkCall(t, name, c, g.Permutation(c.N))
			case "choice":
				checkCall(t, name, c, g.Choice(c.N, c.Replace, c.Shape...))
			case "standard_exponential":
				checkCall(t, name, c, g.StandardExponential(c.Shape...))
			case "shuffle":
				x := arangeShaped(c.Shape)
				ShuffleWith(g, x)
				checkCall(t, name, c, x)
			default:
				t.Fatalf("unknown call %s", c.M)
			}
		}
	}
}

func TestRandomStateStreamsMatchNumPy(t *testing.T) {
	f := loadFixture(t)
	for i, fc := range f.Legacy {
		raw := rawCalls(t, "legacy", i)
		rs := NewRandomState(int64(fc.Seed))
		for j := range fc.Calls {
			c := &fc.Calls[j]
			name := fmt.Sprintf("RandomState(%d) call %d %s%v", fc.Seed, j, c.M, c.Shape)
			switch c.M {
			case "rand":
				checkCall(t, name, c, rs.Rand(c.Shape...))
			case "randn":
				checkCall(t, name, c, rs.Randn(c.Shape...))
			case "normal":
				checkCall(t, name, c, rs.Normal(c.A, c.B, c.Shape...))
			case "uniform":
				checkCall(t, name, c, rs.Uniform(c.A, c.B, c.Shape...))
			case "randint":
				lo, hi := c.bounds(raw[j])
				checkCall(t, name, c, rs.Randint(lo, hi, c.Shape...))
			case "permutation":
				checkCall(t, name, c, rs.Permutation(c.N))
			case "choice":
				checkCall(t, name, c, rs.Choice(c.N, c.Replace, c.Shape...))
			case "shuffle":
				x := arangeShaped(c.Shape)
				ShuffleWith(rs, x)
				checkCall(t, name, c, x)
			default:
				t.Fatalf("unknown call %s", c.M)
			}
		}
	}
}

func TestSeedSequenceMatchesNumPy(t *testing.T) {
	f := loadFixture(t)
	for _, c := range f.SeedSeq {
		ss := NewSeedSequenceUint64(c.Seed)
		if got := ss.GenerateState32(len(c.State32)); !slices.Equal(got, c.State32) {
			t.Errorf("SeedSequence(%d).generate_state(%d) = %v, NumPy %v", c.Seed, len(c.State32), got, c.State32)
		}
		if got := ss.GenerateState64(len(c.State64)); !slices.Equal(got, c.State64) {
			t.Errorf("SeedSequence(%d).generate_state(%d, uint64) = %v, NumPy %v", c.Seed, len(c.State64), got, c.State64)
		}
	}
}

func arangeShaped(shape []int) *ndarray.Array[int64] {
	n := 1
	for _, s := range shape {
		n *= s
	}
	d := make([]int64, n)
	for i := range d {
		d[i] = int64(i)
	}
	return ndarray.Wrap(d, shape...)
}
