package kernels_test

import (
	"fmt"

	"github.com/ndsimd/ndsimd/kernels"
)

func ExampleMT19937Twist() {
	// MT19937 seeded with 5489 (init_genrand), then one block.
	var key, out [624]uint32
	s := uint32(5489)
	for i := range key {
		key[i] = s
		s = 1812433253*(s^(s>>30)) + uint32(i) + 1
	}
	kernels.MT19937Twist(&key, &out)
	fmt.Println(out[:3])
	// Output:
	// [3499211612 581869302 3890346734]
}

func ExamplePolarScale() {
	f := []float64{-0.5, -1}
	r2 := []float64{0.5, 0.25}
	kernels.PolarScale(f, r2) // f[j] = sqrt(-2*f[j]/r2[j])
	fmt.Println(f)
	// Output:
	// [1.4142135623730951 2.8284271247461903]
}
