//go:build !purego

package kernels

// archImpls returns the arm64 assembly implementations (none yet).
func archImpls() []*impl { return nil }
