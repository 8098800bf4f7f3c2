package conformance

import (
	"encoding/json"
	"fmt"

	"github.com/ndsimd/ndsimd/random"
)

// Random streams, package random: each case seeds a generator with kw.seed
// and makes one call; the result must be NumPy's bit for bit.

func init() {
	register("rng_random", exact, rngOp(func(g *random.Generator, c *Case, size []int) (any, error) {
		return g.Random(size...), nil
	}))
	register("rng_random_f32", exact, rngOp(func(g *random.Generator, c *Case, size []int) (any, error) {
		return g.RandomF32(size...), nil
	}))
	register("rng_standard_normal", exact, rngOp(func(g *random.Generator, c *Case, size []int) (any, error) {
		return g.StandardNormal(size...), nil
	}))
	register("rng_standard_normal_f32", exact, rngOp(func(g *random.Generator, c *Case, size []int) (any, error) {
		return g.StandardNormalF32(size...), nil
	}))
	register("rng_normal", exact, rngOp(func(g *random.Generator, c *Case, size []int) (any, error) {
		loc, scale, err := kwFloatPair(c, "loc", "scale")
		if err != nil {
			return nil, err
		}
		return g.Normal(loc, scale, size...), nil
	}))
	register("rng_uniform", exact, rngOp(func(g *random.Generator, c *Case, size []int) (any, error) {
		low, high, err := kwFloatPair(c, "low", "high")
		if err != nil {
			return nil, err
		}
		return g.Uniform(low, high, size...), nil
	}))
	register("rng_integers", exact, rngOp(func(g *random.Generator, c *Case, size []int) (any, error) {
		low, high, err := kwInt64Pair(c, "low", "high")
		if err != nil {
			return nil, err
		}
		return g.Integers(low, high, size...), nil
	}))
	register("rng_permutation", exact, rngOp(func(g *random.Generator, c *Case, _ []int) (any, error) {
		n, err := kwInt64(c, "n")
		if err != nil {
			return nil, err
		}
		return g.Permutation(int(n)), nil
	}))
	register("rng_choice", exact, rngOp(func(g *random.Generator, c *Case, size []int) (any, error) {
		n, err := kwInt64(c, "n")
		if err != nil {
			return nil, err
		}
		return g.Choice(int(n), kwBool(c, "replace"), size...), nil
	}))
	register("rng_exponential", exact, rngOp(func(g *random.Generator, c *Case, size []int) (any, error) {
		return g.StandardExponential(size...), nil
	}))
	register("legacy_rand", exact, legacyOp(func(rs *random.RandomState, c *Case, size []int) (any, error) {
		return rs.Rand(size...), nil
	}))
	register("legacy_randn", exact, legacyOp(func(rs *random.RandomState, c *Case, size []int) (any, error) {
		return rs.Randn(size...), nil
	}))
	register("legacy_randint", exact, legacyOp(func(rs *random.RandomState, c *Case, size []int) (any, error) {
		low, high, err := kwInt64Pair(c, "low", "high")
		if err != nil {
			return nil, err
		}
		return rs.Randint(low, high, size...), nil
	}))
	register("legacy_permutation", exact, legacyOp(func(rs *random.RandomState, c *Case, _ []int) (any, error) {
		n, err := kwInt64(c, "n")
		if err != nil {
			return nil, err
		}
		return rs.Permutation(int(n)), nil
	}))
	register("legacy_normal", exact, legacyOp(func(rs *random.RandomState, c *Case, size []int) (any, error) {
		loc, scale, err := kwFloatPair(c, "loc", "scale")
		if err != nil {
			return nil, err
		}
		return rs.Normal(loc, scale, size...), nil
	}))
}

type rngCall func(g *random.Generator, c *Case, size []int) (any, error)

// rngOp seeds np.random.default_rng(kw.seed) and makes the call with
// kw.size.
func rngOp(call rngCall) opFunc {
	return func(c *Case, _ []any) (any, error) {
		seed, err := kwInt64(c, "seed")
		if err != nil {
			return nil, err
		}
		size, _, err := kwInts(c, "size")
		if err != nil {
			return nil, err
		}
		return call(random.DefaultRNG(seed), c, size)
	}
}

type legacyCall func(rs *random.RandomState, c *Case, size []int) (any, error)

// legacyOp seeds as np.random.seed(kw.seed) (a RandomState of that seed)
// and makes the call with kw.size.
func legacyOp(call legacyCall) opFunc {
	return func(c *Case, _ []any) (any, error) {
		seed, err := kwInt64(c, "seed")
		if err != nil {
			return nil, err
		}
		size, _, err := kwInts(c, "size")
		if err != nil {
			return nil, err
		}
		return call(random.NewRandomState(seed), c, size)
	}
}

func kwInt64(c *Case, name string) (int64, error) {
	raw, ok := c.Kw[name]
	if !ok {
		return 0, fmt.Errorf("%s: no kw %q", c.Op, name)
	}
	var v int64
	if err := json.Unmarshal(raw, &v); err != nil {
		return 0, fmt.Errorf("%s: kw %q: %v", c.Op, name, err)
	}
	return v, nil
}

func kwInt64Pair(c *Case, a, b string) (int64, int64, error) {
	x, err := kwInt64(c, a)
	if err != nil {
		return 0, 0, err
	}
	y, err := kwInt64(c, b)
	return x, y, err
}

func kwFloatPair(c *Case, a, b string) (float64, float64, error) {
	var x, y float64
	for _, p := range []struct {
		name string
		v    *float64
	}{{a, &x}, {b, &y}} {
		raw, ok := c.Kw[p.name]
		if !ok {
			return 0, 0, fmt.Errorf("%s: no kw %q", c.Op, p.name)
		}
		if err := json.Unmarshal(raw, p.v); err != nil {
			return 0, 0, fmt.Errorf("%s: kw %q: %v", c.Op, p.name, err)
		}
	}
	return x, y, nil
}
