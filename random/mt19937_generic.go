//go:build !amd64 || purego

package random

// useAVX2 is false where there is no assembly twist.
var useAVX2 = false

func (m *mt19937) twist() { m.twistGeneric() }
