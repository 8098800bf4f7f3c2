package main

import (
	. "github.com/mmcloughlin/avo/build"
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// A group holds one virtual register per vector of a lockstep body: the
// same value for each of the vectors computed together.
type group []VecVirtual

// masks holds one mask (a K register or a vector) per vector of a lockstep
// body.
type masks []Op

// lock emits the steps of a lockstep body for n vectors: each step once per
// vector before the next step.
type lock struct {
	k *kern
	n int
}

// v allocates a group of fresh registers.
func (l lock) v() group { return group(l.k.vecs(l.n)) }

// kmask allocates a group of K registers (AVX-512).
func (l lock) kmask() masks {
	m := make(masks, l.n)
	for i := range m {
		m[i] = K()
	}
	return m
}

// mov copies src (a group, or an operand shared by every vector) into a new
// group.
func (l lock) mov(src any) group {
	g := l.v()
	l.do(VMOVUPD, src, g)
	return g
}

// do emits instr once per vector: a group argument gives that vector's
// register, any other argument (a constant, a mask) is passed to every one.
func (l lock) do(instr func(...Op), args ...any) {
	for i := range l.n {
		ops := make([]Op, len(args))
		for j, a := range args {
			switch a := a.(type) {
			case group:
				ops[j] = a[i]
			case masks:
				ops[j] = a[i]
			case Op:
				ops[j] = a
			default:
				panic("lock.do: argument is neither a group nor an operand")
			}
		}
		instr(ops...)
	}
}
