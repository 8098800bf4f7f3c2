//go:build linux

package hugepage

import (
	"os"
	"strings"
	"sync"
	"syscall"
)

const (
	adviceHuge    = 14 // MADV_HUGEPAGE
	adviceDefault = 15 // MADV_NOHUGEPAGE: under "madvise", the default
)

// modeFile holds the system's THP mode, e.g. "always [madvise] never".
const modeFile = "/sys/kernel/mm/transparent_hugepage/enabled"

// madviseMode reports whether the system's THP mode is "madvise", read
// once.
var madviseMode = sync.OnceValue(func() bool {
	b, err := os.ReadFile(modeFile)
	return err == nil && strings.Contains(string(b), "[madvise]")
})

// madvise gives advice for [addr, addr+n). An error (a kernel without
// THP) leaves the range as it was, which is always correct.
func madvise(addr, n, advice uintptr) {
	syscall.Syscall(syscall.SYS_MADVISE, addr, n, advice)
}
