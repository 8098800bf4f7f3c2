package main

import (
	. "github.com/mmcloughlin/avo/operand"
	. "github.com/mmcloughlin/avo/reg"
)

// fixLock is a lockstep form of a fixKernel body: how many vectors its main
// loop computes together and the constants it keeps in registers (fewer
// than the sequential body's, leaving registers to the vectors).
type fixLock struct {
	body func(k *kern, xs []VecVirtual) ([]VecVirtual, []Op)
	n    int
	pre  []string
}

// fixLocks holds the lockstep forms of genFixFamily's kernels, by name.
var fixLocks = map[string]fixLock{}

func init() {
	trigLockPre := []string{"abs64", "shift52", "one", "half", "sinS1", "cosC1"}
	fixLocks["SinF64AVX512"] = fixLock{sinCosZs(false), lockSinF64, trigLockPre}
	fixLocks["CosF64AVX512"] = fixLock{sinCosZs(true), lockSinF64, trigLockPre}
	fixLocks["Log1pF64AVX512"] = fixLock{log1pZs, lockLog1pF64, []string{"one", "two", "half"}}
}
