//go:build !linux

package kernels

import "testing"

// guarded returns an ordinary slice where guard pages are not set up.
func guarded[T Float](t testing.TB, n int) []T { return make([]T, n) }
