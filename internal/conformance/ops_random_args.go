package conformance

import (
	"encoding/json"
	"fmt"

	"github.com/ndsimd/ndsimd/ndarray"
	"github.com/ndsimd/ndsimd/random"
)

// The arguments of the random methods past numpy-random.jsonl
// (numpy-random-args.jsonl): choice with p and from an array, integers of
// every integer dtype with endpoint, shuffle and permutation along an axis.
// Each case seeds a fresh generator; the result must be NumPy's bit for
// bit.

func init() {
	register("rng_choice_p", exact, rngOp(func(g *random.Generator, c *Case, size []int) (any, error) {
		n, p, err := kwChoiceP(c)
		if err != nil {
			return nil, err
		}
		return g.ChoiceP(n, p, kwBool(c, "replace"), size...), nil
	}))
	register("legacy_choice_p", exact, legacyOp(func(rs *random.RandomState, c *Case, size []int) (any, error) {
		n, p, err := kwChoiceP(c)
		if err != nil {
			return nil, err
		}
		return rs.ChoiceP(n, p, kwBool(c, "replace"), size...), nil
	}))
	register("rng_choice_array", exact, func(c *Case, args []any) (any, error) {
		return choiceArray(c, args, true)
	})
	register("legacy_choice_array", exact, func(c *Case, args []any) (any, error) {
		return choiceArray(c, args, false)
	})
	register("rng_integers_dtype", exact, rngOp(func(g *random.Generator, c *Case, size []int) (any, error) {
		return integersDtype(c, size, g, nil)
	}))
	register("legacy_randint_dtype", exact, legacyOp(func(rs *random.RandomState, c *Case, size []int) (any, error) {
		return integersDtype(c, size, nil, rs)
	}))
	register("rng_shuffle", exact, func(c *Case, args []any) (any, error) {
		return shuffleAxis(c, args, false)
	})
	register("rng_permutation_axis", exact, func(c *Case, args []any) (any, error) {
		return shuffleAxis(c, args, true)
	})
}

// kwChoiceP reads kw.n and kw.p (a list of numbers, "nan"/"inf" as
// strings; null for none).
func kwChoiceP(c *Case) (int, []float64, error) {
	n, err := kwInt64(c, "n")
	if err != nil {
		return 0, nil, err
	}
	p, err := kwFloats(c, "p")
	return int(n), p, err
}

// kwFloats reads a list of floats; absent or null gives nil.
func kwFloats(c *Case, name string) ([]float64, error) {
	raw, ok := c.Kw[name]
	if !ok || string(raw) == "null" {
		return nil, nil
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, fmt.Errorf("%s: kw %q: %v", c.Op, name, err)
	}
	out := make([]float64, len(items))
	for i, it := range items {
		v, err := floatValue(it)
		if err != nil {
			return nil, fmt.Errorf("%s: kw %q: %v", c.Op, name, err)
		}
		out[i] = v
	}
	return out, nil
}

func choiceArray(c *Case, args []any, gen bool) (any, error) {
	seed, err := kwInt64(c, "seed")
	if err != nil {
		return nil, err
	}
	size, _, err := kwInts(c, "size")
	if err != nil {
		return nil, err
	}
	p, err := kwFloats(c, "p")
	if err != nil {
		return nil, err
	}
	axis := 0
	if gen {
		if axis, err = kwInt(c, "axis"); err != nil {
			return nil, err
		}
	}
	var src random.Source = random.NewRandomState(seed)
	if gen {
		src = random.DefaultRNG(seed)
	}
	replace := kwBool(c, "replace")
	switch a := args[0].(type) {
	case *ndarray.Array[float64]:
		return random.ChoiceFrom(src, a, p, replace, axis, size...), nil
	case *ndarray.Array[float32]:
		return random.ChoiceFrom(src, a, p, replace, axis, size...), nil
	case *ndarray.Array[int64]:
		return random.ChoiceFrom(src, a, p, replace, axis, size...), nil
	case *ndarray.Array[int32]:
		return random.ChoiceFrom(src, a, p, replace, axis, size...), nil
	case *ndarray.Array[int16]:
		return random.ChoiceFrom(src, a, p, replace, axis, size...), nil
	case *ndarray.Array[uint8]:
		return random.ChoiceFrom(src, a, p, replace, axis, size...), nil
	}
	return nil, fmt.Errorf("%s: argument type %T not supported", c.Op, args[0])
}

// integersDtype runs integers(low, high, size, dtype, endpoint) on g, or
// randint(low, high, size, dtype) on rs, with the bounds read as the dtype.
func integersDtype(c *Case, size []int, g *random.Generator, rs *random.RandomState) (any, error) {
	var dtype string
	if err := json.Unmarshal(c.Kw["dtype"], &dtype); err != nil {
		return nil, fmt.Errorf("%s: kw dtype: %v", c.Op, err)
	}
	endpoint := kwBool(c, "endpoint")
	switch dtype {
	case "int8":
		return integersOf[int8](c, size, g, rs, endpoint)
	case "int16":
		return integersOf[int16](c, size, g, rs, endpoint)
	case "int32":
		return integersOf[int32](c, size, g, rs, endpoint)
	case "int64":
		return integersOf[int64](c, size, g, rs, endpoint)
	case "uint8":
		return integersOf[uint8](c, size, g, rs, endpoint)
	case "uint16":
		return integersOf[uint16](c, size, g, rs, endpoint)
	case "uint32":
		return integersOf[uint32](c, size, g, rs, endpoint)
	case "uint64":
		return integersOf[uint64](c, size, g, rs, endpoint)
	case "bool":
		return integersBool(c, size, g, rs, endpoint)
	}
	return nil, fmt.Errorf("%s: dtype %s not supported", c.Op, dtype)
}

func integersOf[T ndarray.Integer](c *Case, size []int, g *random.Generator, rs *random.RandomState, endpoint bool) (any, error) {
	low, err := intValue[T](c.Kw["low"])
	if err != nil {
		return nil, err
	}
	high, err := intValue[T](c.Kw["high"])
	if err != nil {
		return nil, err
	}
	if g != nil {
		return random.IntegersOf(g, low, high, endpoint, size...), nil
	}
	return random.RandintOf(rs, low, high, size...), nil
}

// integersBool is integersDtype for dtype=bool, whose bounds are any
// integers (NumPy checks them against bool's range).
func integersBool(c *Case, size []int, g *random.Generator, rs *random.RandomState, endpoint bool) (any, error) {
	low, err := kwInt64(c, "low")
	if err != nil {
		return nil, err
	}
	high, err := kwInt64(c, "high")
	if err != nil {
		return nil, err
	}
	if g != nil {
		return g.IntegersBool(low, high, endpoint, size...), nil
	}
	return rs.RandintBool(low, high, size...), nil
}

// shuffleAxis is rng.shuffle(x, axis) on a copy of x (the case's result),
// or rng.permutation(x, axis).
func shuffleAxis(c *Case, args []any, permutation bool) (any, error) {
	seed, err := kwInt64(c, "seed")
	if err != nil {
		return nil, err
	}
	axis, err := kwInt(c, "axis")
	if err != nil {
		return nil, err
	}
	g := random.DefaultRNG(seed)
	switch a := args[0].(type) {
	case *ndarray.Array[float64]:
		return shuffled(g, a, axis, permutation), nil
	case *ndarray.Array[float32]:
		return shuffled(g, a, axis, permutation), nil
	case *ndarray.Array[int64]:
		return shuffled(g, a, axis, permutation), nil
	case *ndarray.Array[int16]:
		return shuffled(g, a, axis, permutation), nil
	case *ndarray.Array[bool]:
		return shuffled(g, a, axis, permutation), nil
	}
	return nil, fmt.Errorf("%s: argument type %T not supported", c.Op, args[0])
}

func shuffled[T ndarray.Elem](g *random.Generator, a *ndarray.Array[T], axis int, permutation bool) *ndarray.Array[T] {
	if permutation {
		return random.PermutedAxis(g, a, axis)
	}
	x := a.Copy()
	random.ShuffleAxis(g, x, axis)
	return x
}
