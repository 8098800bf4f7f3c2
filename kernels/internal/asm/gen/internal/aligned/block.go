// Package aligned lays out the 64-byte vector constants of generated amd64
// kernels so that AVX-512 code reads each one from a 64-byte aligned
// address, wherever the linker puts them.
//
// Go's linker aligns a data symbol to at most 32 bytes on amd64, so a
// 64-byte constant lands at 0 or 32 mod 64 depending on its neighbours, and
// a ZMM memory operand on it then splits a cache line on every use. A Block
// holds its constants twice in one symbol: copy A at offset 0 and copy B at
// offset size+32. The symbol is 32-byte aligned (its size is at least 32),
// so exactly one copy starts on a 64-byte boundary; Begin picks it at run
// time (four instructions at the entry of a kernel) into a base register,
// and Mem addresses constants from that base.
package aligned

import (
	"fmt"

	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// Block is a set of 64-byte constants emitted as one symbol.
type Block struct {
	name  string
	words [][8]uint64
	index map[string]int
	sym   Mem
	base  GPVirtual
	mode  int // 0: no TEXT begun, 1: through the base register, 2: direct
}

// New returns an empty block for the symbol name<>.
func New(name string) *Block {
	return &Block{name: name, index: map[string]int{}}
}

// Add defines the constant name as the eight words w.
func (b *Block) Add(name string, w [8]uint64) {
	if _, ok := b.index[name]; ok {
		panic("duplicate constant " + name)
	}
	b.index[name] = len(b.words)
	b.words = append(b.words, w)
}

// Has reports whether the constant name is defined.
func (b *Block) Has(name string) bool {
	_, ok := b.index[name]
	return ok
}

// Emit writes the symbol: copy A of every constant at 64*i, copy B at
// size+32+64*i.
func (b *Block) Emit() {
	b.sym = GLOBL(b.name, RODATA|NOPTR)
	size := 64 * len(b.words)
	for _, off := range []int{0, size + 32} {
		for i, w := range b.words {
			for j, u := range w {
				DATA(off+64*i+8*j, U64(u))
			}
		}
	}
}

// Begin, called at the start of each TEXT that uses the block, loads the
// address of the 64-byte aligned copy into a base register.
func (b *Block) Begin() {
	if b.sym.Symbol.Name == "" {
		panic("aligned: Begin before Emit")
	}
	r := GP64()
	other := GP64()
	LEAQ(b.sym, r)
	LEAQ(Mem{Base: r, Disp: 64*len(b.words) + 32}, other)
	TESTL(U32(32), r.As32())
	CMOVQNE(other, r)
	b.base = r
	b.mode = 1
}

// BeginDirect, called at the start of a TEXT that reads at most 32 bytes of
// a constant at a time (AVX2), makes Mem address copy A through the symbol
// itself: it is 32-byte aligned, so such reads never split a cache line,
// and the kernel needs no base register.
func (b *Block) BeginDirect() {
	if b.sym.Symbol.Name == "" {
		panic("aligned: BeginDirect before Emit")
	}
	b.mode = 2
}

// Mem returns the memory operand of the constant name in the current TEXT.
func (b *Block) Mem(name string) Mem {
	i, ok := b.index[name]
	if !ok {
		panic("no constant " + name)
	}
	switch b.mode {
	case 1:
		return Mem{Base: b.base, Disp: 64 * i}
	case 2:
		return b.sym.Offset(64 * i)
	}
	panic(fmt.Sprintf("aligned: constant %s used before Begin", name))
}
