package random_test

import (
	"fmt"

	"github.com/ndsimd/ndsimd/ndarray"
	"github.com/ndsimd/ndsimd/random"
)

// The outputs below are NumPy 1.24's for the same calls (printed by NumPy).

func ExampleDefaultRNG() {
	rng := random.DefaultRNG(42) // rng = np.random.default_rng(42)
	fmt.Println(rng.Random(3))   // rng.random(3)
	// Output: [0.77395605 0.43887844 0.85859792]
}

func ExampleGenerator_StandardNormal() {
	rng := random.DefaultRNG(42)
	rng.Random(3)
	fmt.Println(rng.StandardNormal(2, 2)) // rng.standard_normal((2, 2))
	// Output:
	// [[ 0.94056472 -1.95103519]
	//  [-1.30217951  0.1278404 ]]
}

func ExampleGenerator_Integers() {
	rng := random.DefaultRNG(42)
	rng.Random(3)
	rng.StandardNormal(2, 2)
	fmt.Println(rng.Integers(0, 10, 5)) // rng.integers(0, 10, 5)
	// Output: [7 7 5 1 8]
}

func ExampleGenerator_Normal() {
	rng := random.DefaultRNG(42)
	rng.Random(3)
	rng.StandardNormal(2, 2)
	rng.Integers(0, 10, 5)
	fmt.Println(rng.Normal(10, 2, 3))     // rng.normal(10, 2, 3)
	fmt.Println(rng.Uniform(-1, 1, 2))    // rng.uniform(-1, 1, 2)
	fmt.Println(rng.Choice(10, false, 3)) // rng.choice(10, 3, replace=False)
	fmt.Println(rng.Permutation(5))       // rng.permutation(5)
	// Output:
	// [11.75879595 11.55558387 10.1320614 ]
	// [ 0.64552323 -0.1131716 ]
	// [2 4 3]
	// [1 4 0 2 3]
}

func ExampleShuffleWith() {
	rng := random.DefaultRNG(7)
	x := ndarray.Arange[int64](0, 6, 1).Reshape(3, 2)
	random.ShuffleWith(rng, x) // rng.shuffle(x): the rows move, each intact
	fmt.Println(x)
	// Output:
	// [[0 1]
	//  [4 5]
	//  [2 3]]
}

func ExampleSeed() {
	random.Seed(1)                        // np.random.seed(1)
	fmt.Println(random.Rand(2, 3))        // np.random.rand(2, 3)
	fmt.Println(random.Randn(3))          // np.random.randn(3)
	fmt.Println(random.Randint(0, 10, 5)) // np.random.randint(0, 10, 5)
	// Output:
	// [[4.17022005e-01 7.20324493e-01 1.14374817e-04]
	//  [3.02332573e-01 1.46755891e-01 9.23385948e-02]]
	// [-0.52817175 -1.07296862  0.86540763]
	// [5 2 4 2 4]
}

func ExampleNewRandomState() {
	rs := random.NewRandomState(0) // rs = np.random.RandomState(0)
	fmt.Println(rs.Rand(2))        // rs.rand(2)
	fmt.Println(rs.Randn(2))       // rs.randn(2)
	// Output:
	// [0.5488135  0.71518937]
	// [0.97873798 2.2408932 ]
}

func ExampleGenerator_ChoiceP() {
	rng := random.DefaultRNG(42)
	// rng.choice(4, 6, p=[0.1, 0.2, 0.3, 0.4])
	fmt.Println(rng.ChoiceP(4, []float64{0.1, 0.2, 0.3, 0.4}, true, 6))
	a := ndarray.FromSlice([]float64{1, 2, 3, 4, 5, 6}, 3, 2)
	// rng.choice(a, 2, replace=False): two rows of a
	fmt.Println(random.ChoiceFrom(rng, a, nil, false, 0, 2))
	// Output:
	// [3 2 3 3 0 3]
	// [[3. 4.]
	//  [5. 6.]]
}

func ExampleIntegersOf() {
	rng := random.DefaultRNG(42)
	rng.ChoiceP(4, []float64{0.1, 0.2, 0.3, 0.4}, true, 6)
	rng.Choice(3, false, 2)
	// rng.integers(0, 255, 5, dtype=np.uint8, endpoint=True)
	fmt.Println(random.IntegersOf[uint8](rng, 0, 255, true, 5))
	x := ndarray.Arange[int64](0, 6, 1).Reshape(2, 3)
	random.ShuffleAxis(rng, x, 1) // rng.shuffle(x, axis=1): the columns move
	fmt.Println(x)
	// Output:
	// [163 130  59 201  19]
	// [[1 0 2]
	//  [4 3 5]]
}

func ExampleGenerator_IntegersBool() {
	rng := random.DefaultRNG(42)
	// rng.integers(0, 2, size=8, dtype=bool): one bit of a 32-bit draw each
	fmt.Println(rng.IntegersBool(0, 2, false, 8))
	random.Seed(1)
	// np.random.randint(2, size=5, dtype=bool)
	fmt.Println(random.RandintBool(0, 2, 5))
	// Output:
	// [False False False  True False False False  True]
	// [ True False  True False False]
}
