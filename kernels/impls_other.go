//go:build purego || !(amd64 || arm64)

package kernels

// archImpls returns no assembly implementations: this build has none.
func archImpls() []*impl { return nil }
