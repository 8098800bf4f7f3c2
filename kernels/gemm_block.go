package kernels

import (
	"sync"
	"sync/atomic"

	"github.com/klauspost/cpuid/v2"
)

// Cache sizes used when cpuid reports none (as under qemu).
const (
	defaultL1D = 32 << 10
	defaultL2  = 512 << 10
	defaultL3  = 8 << 20
)

// gemmBlocks are the cache block sizes of the BLIS loops: a kc×nr
// micro-panel of B stays in L1 while the micro-kernel sweeps the mc×kc
// packed block of A held in L2; the kc×nc packed block of B lives in L3.
type gemmBlocks struct{ mc, kc, nc int }

// gemmBlocksForced, when set, replaces the block sizes: a test hook, set
// only through export_test.go (tests use tiny blocks to run every loop of
// the nest on small matrices).
var gemmBlocksForced atomic.Pointer[gemmBlocks]

// caches are the data cache sizes in bytes, from cpuid or the defaults.
type caches struct{ l1, l2, l3 int }

var cacheSizes = sync.OnceValue(func() caches {
	c := caches{cpuid.CPU.Cache.L1D, cpuid.CPU.Cache.L2, cpuid.CPU.Cache.L3}
	if c.l1 <= 0 {
		c.l1 = defaultL1D
	}
	if c.l2 <= 0 {
		c.l2 = defaultL2
	}
	if c.l3 <= 0 {
		c.l3 = defaultL3
	}
	return c
})

// blocksFor derives mc, kc and nc for a micro-kernel of mr×nr elements of
// size bytes: kc·nr·size fills about half of L1, mc·kc·size about half of
// L2, and kc·nc·size about half of L3, with mc a multiple of mr and nc of nr.
func blocksFor(mr, nr, size int) gemmBlocks {
	if b := gemmBlocksForced.Load(); b != nil {
		return *b
	}
	cs := cacheSizes()
	l1, l2, l3 := cs.l1, cs.l2, cs.l3
	kc := l1 / 2 / (nr * size)
	kc = min(max(kc&^7, 64), 512)
	mc := l2 / 2 / (kc * size)
	mc = min(max(mc/mr*mr, mr), 1024/mr*mr)
	nc := l3 / 2 / (kc * size)
	nc = min(max(nc/nr*nr, nr), 8192/nr*nr)
	return gemmBlocks{mc: mc, kc: kc, nc: nc}
}
