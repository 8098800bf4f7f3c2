//go:build !linux

package hugepage

const (
	adviceHuge    = 0
	adviceDefault = 0
)

// madviseMode is false: only Linux has THP's "madvise" mode.
func madviseMode() bool { return false }

func madvise(addr, n, advice uintptr) {}
