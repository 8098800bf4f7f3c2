package broadcast

// axisSize is the size of an operand of shape s on result axis ax of a
// broadcast to rank nd, and whether the axis is one of the leading 1s s is
// padded with.
func axisSize(s []int, nd, ax int) (int, bool) {
	k := ax - (nd - len(s))
	if k < 0 {
		return 1, true
	}
	return s[k], false
}

// axisClash compares the sizes of shapes on result axis ax of a broadcast
// to rank nd: big is the first size other than 1 (1 when there is none),
// bigOp its operand (-1 when there is none) and clash the first operand
// whose size is neither 1 nor big (-1 when the axis broadcasts).
func axisClash(shapes [][]int, nd, ax int) (big, bigOp, clash int) {
	big, bigOp, clash = 1, -1, -1
	for i, s := range shapes {
		d, _ := axisSize(s, nd, ax)
		switch {
		case d == 1:
		case bigOp < 0:
			big, bigOp = d, i
		case d != big && clash < 0:
			clash = i
		}
	}
	return big, bigOp, clash
}
