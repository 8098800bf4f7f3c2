//go:build !purego

package kernels

// archImpls returns the amd64 assembly implementations (none yet).
func archImpls() []*impl { return nil }
