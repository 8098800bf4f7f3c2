package random

import (
	"math"
	"math/rand/v2"
	"testing"
)

// Straight transcriptions of NumPy's per-draw C functions on the plain
// generator (one next64/next32 call at a time), the twins of the bulk
// fills: random call sequences with random sizes (odd ones, chunk
// boundaries, a pending half word) must give the same values and leave the
// generator in the same state.

func refNormal(p *pcg64) float64 {
	for {
		r := p.next64()
		idx := r & 0xff
		r >>= 8
		sign := r & 1
		rabs := (r >> 1) & 0x000fffffffffffff
		x := float64(rabs) * wiF64[idx]
		if sign != 0 {
			x = -x
		}
		if rabs < kiF64[idx] {
			return x
		}
		if idx == 0 {
			for {
				xx := float64(-zigNorInvR * glibcLog1p(-p.nextDouble()))
				yy := -glibcLog1p(-p.nextDouble())
				if yy+yy > float64(xx*xx) {
					if (rabs>>8)&1 != 0 {
						return -(zigNorR + xx)
					}
					return zigNorR + xx
				}
			}
		}
		if float64((fiF64[idx-1]-fiF64[idx])*p.nextDouble())+fiF64[idx] < math.Exp(-0.5*x*x) {
			return x
		}
	}
}

func refNextFloat(p *pcg64) float32 { return float32(p.next32()>>8) * (1.0 / 16777216.0) }

func refNormalF32(p *pcg64) float32 {
	for {
		r := p.next32()
		idx := r & 0xff
		sign := (r >> 8) & 1
		rabs := (r >> 9) & 0x0007fffff
		x := float32(rabs) * wiF32[idx]
		if sign != 0 {
			x = -x
		}
		if rabs < kiF32[idx] {
			return x
		}
		if idx == 0 {
			for {
				xx := float32(-zigNorInvRF32 * glibcLog1pf(-refNextFloat(p)))
				yy := -glibcLog1pf(-refNextFloat(p))
				if yy+yy > float32(xx*xx) {
					if (rabs>>8)&1 != 0 {
						return -(zigNorRF32 + xx)
					}
					return zigNorRF32 + xx
				}
			}
		}
		if float64(float32((fiF32[idx-1]-fiF32[idx])*refNextFloat(p))+fiF32[idx]) < math.Exp(-0.5*float64(x)*float64(x)) {
			return x
		}
	}
}

func refExponential(p *pcg64) float64 {
	for {
		ri := p.next64() >> 3
		idx := ri & 0xff
		ri >>= 8
		x := float64(ri) * weF64[idx]
		if ri < keF64[idx] {
			return x
		}
		if idx == 0 {
			return zigExpR - glibcLog1p(-p.nextDouble())
		}
		if float64((feF64[idx-1]-feF64[idx])*p.nextDouble())+feF64[idx] < math.Exp(-x) {
			return x
		}
	}
}

func TestBulkFillsMatchPerDrawTwins(t *testing.T) {
	pick := rand.New(rand.NewPCG(1, 2))
	sizes := []int{0, 1, 2, 3, 7, 8, 9, 511, 512, 513, 1023, 1025, 3000}
	for trial := 0; trial < 40; trial++ {
		seed := int64(pick.IntN(1 << 30))
		g := DefaultRNG(seed)
		ref := newPCG64(NewSeedSequence(seed))
		for step := 0; step < 12; step++ {
			n := sizes[pick.IntN(len(sizes))]
			kind := pick.IntN(6)
			var got, want []float64
			switch kind {
			case 0:
				got = g.Random(n).Data()
				for range n {
					want = append(want, ref.nextDouble())
				}
			case 1:
				for _, v := range g.RandomF32(n).Data() {
					got = append(got, float64(v))
				}
				for range n {
					want = append(want, float64(refNextFloat(ref)))
				}
			case 2:
				got = g.StandardNormal(n).Data()
				for range n {
					want = append(want, refNormal(ref))
				}
			case 3:
				for _, v := range g.StandardNormalF32(n).Data() {
					got = append(got, float64(v))
				}
				for range n {
					want = append(want, float64(refNormalF32(ref)))
				}
			case 4:
				got = g.StandardExponential(n).Data()
				for range n {
					want = append(want, refExponential(ref))
				}
			case 5:
				hi := []int64{2, 7, 1000, 1 << 31, 1<<32 + 5}[pick.IntN(5)]
				for _, v := range g.Integers(0, hi, n).Data() {
					got = append(got, float64(v))
				}
				for range n {
					want = append(want, float64(boundedUint64(ref, 0, uint64(hi-1))))
				}
			}
			for i := range want {
				if math.Float64bits(got[i]) != math.Float64bits(want[i]) {
					t.Fatalf("seed %d step %d kind %d n=%d: value %d = %v, per-draw twin %v", seed, step, kind, n, i, got[i], want[i])
				}
			}
			if g.bg.hi != ref.hi || g.bg.lo != ref.lo || g.bg.hasUint32 != ref.hasUint32 || ref.hasUint32 && g.bg.uinteger != ref.uinteger {
				t.Fatalf("seed %d step %d kind %d n=%d: generator state differs from the twin's", seed, step, kind, n)
			}
		}
	}
}
