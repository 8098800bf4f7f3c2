package linalg

import (
	"fmt"
	"math"
	"testing"

	"github.com/ndsimd/ndsimd/ndarray"
)

// Sizes cross the recursion and block thresholds (16, 32, 64).
var squareSizes = []int{1, 2, 5, 16, 17, 33, 70, 130}

func TestSolveResidual(t *testing.T) {
	testSolve[float64](t)
	testSolve[float32](t)
}

func testSolve[T ndarray.Float](t *testing.T) {
	for _, kind := range matrixKinds {
		for _, n := range squareSizes {
			for _, k := range []int{1, 3} {
				name := fmt.Sprintf("%s/%s/n=%d/k=%d", ndarray.DtypeOf[T](), kind.name, n, k)
				ad := kind.make(n, n, uint64(n))
				if (kind.name == "hilbert" && n > 12) || (kind.name == "pivoting" && n < 2) {
					continue // numerically singular
				}
				bd := randomDense(n, k, 99)
				a, b := fromDense[T](ad), fromDense[T](bd)
				x, err := Solve(a, b)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				A, X, B := toDense(a), toDense(x), toDense(b)
				r := sub(mul(A, X), B).fro()
				checkBound(t, name+" ‖Ax−b‖", r, tol[T](n)*(A.fro()*X.fro()+B.fro()))
			}
		}
	}
}

func TestSolveStackedAndBroadcast(t *testing.T) {
	r := ndarray.NewRand(3)
	a := ndarray.RandNormal[float64](r, 2, 3, 4, 4)
	b := ndarray.RandNormal[float64](r, 1, 3, 4) // a stack of vectors (one axis fewer than a), broadcast
	x, err := Solve(a, b)
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(x.Shape()); got != "(2, 3, 4)" {
		t.Fatalf("shape %s, want (2, 3, 4)", got)
	}
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			A := toDense(a.Index(i, j))
			X := toDense(x.Index(i, j))
			B := toDense(b.Index(0, j))
			checkBound(t, "stacked ‖Ax−b‖", sub(mul(A, X), B).fro(), tol[float64](4)*(A.fro()*X.fro()+B.fro()))
		}
	}
	bm := ndarray.RandNormal[float64](r, 1, 1, 4, 2) // matrix right-hand sides, broadcast
	xm, err := Solve(a, bm)
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(xm.Shape()); got != "(2, 3, 4, 2)" {
		t.Fatalf("shape %s, want [2 3 4 2]", got)
	}
}

func TestInvResidual(t *testing.T) {
	testInv[float64](t)
	testInv[float32](t)
}

func testInv[T ndarray.Float](t *testing.T) {
	for _, kind := range matrixKinds {
		for _, n := range squareSizes {
			if (kind.name == "hilbert" && n > 8) || (kind.name == "pivoting" && n < 2) {
				continue
			}
			name := fmt.Sprintf("%s/%s/n=%d", ndarray.DtypeOf[T](), kind.name, n)
			a := fromDense[T](kind.make(n, n, uint64(n)+5))
			x, err := Inv(a)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			A, X := toDense(a), toDense(x)
			checkBound(t, name+" ‖AX−I‖", sub(mul(A, X), eye(n)).fro(), tol[T](n)*A.fro()*X.fro())
		}
	}
}

func TestDetAgainstElimination(t *testing.T) {
	for _, n := range []int{1, 2, 3, 6, 20, 40, 150} {
		ad := randomDense(n, n, uint64(n))
		want := detRef(ad)
		got := Det(fromDense[float64](ad)).Item()
		if math.Abs(got-want) > 1e-12*float64(n)*math.Abs(want) {
			t.Errorf("n=%d: det = %g, want %g", n, got, want)
		}
		sign, logdet := Slogdet(fromDense[float64](ad))
		if sign.Item() != math.Copysign(1, want) || math.Abs(logdet.Item()-math.Log(math.Abs(want))) > 1e-12*float64(n) {
			t.Errorf("n=%d: slogdet = (%g, %g), want (%g, %g)", n, sign.Item(), logdet.Item(), math.Copysign(1, want), math.Log(math.Abs(want)))
		}
	}
	// Permutations: det is the sign of the permutation.
	p := ndarray.Wrap([]float64{0, 1, 0, 0, 0, 1, 1, 0, 0}, 3, 3) // a 3-cycle: +1
	if got := Det(p).Item(); got != 1 {
		t.Errorf("det of a 3-cycle = %g, want 1", got)
	}
	q := ndarray.Wrap([]float64{0, 1, 1, 0}, 2, 2)
	if got := Det(q).Item(); got != -1 {
		t.Errorf("det of a swap = %g, want -1", got)
	}
	sign, logdet := Slogdet(ndarray.Wrap([]float64{1, 2, 2, 4}, 2, 2))
	if sign.Item() != 0 || !math.IsInf(logdet.Item(), -1) {
		t.Errorf("slogdet of a singular matrix = (%g, %g), want (0, -Inf)", sign.Item(), logdet.Item())
	}
}

// detRef is the determinant by Gaussian elimination with partial pivoting,
// written independently of the package.
func detRef(a dense) float64 {
	n := a.n
	m := append([]float64(nil), a.d...)
	det := 1.0
	for j := 0; j < n; j++ {
		p := j
		for i := j + 1; i < n; i++ {
			if math.Abs(m[i*n+j]) > math.Abs(m[p*n+j]) {
				p = i
			}
		}
		if p != j {
			for c := 0; c < n; c++ {
				m[j*n+c], m[p*n+c] = m[p*n+c], m[j*n+c]
			}
			det = -det
		}
		det *= m[j*n+j]
		for i := j + 1; i < n; i++ {
			f := m[i*n+j] / m[j*n+j]
			for c := j; c < n; c++ {
				m[i*n+c] -= f * m[j*n+c]
			}
		}
	}
	return det
}

func TestCholeskyResidual(t *testing.T) {
	testCholesky[float64](t)
	testCholesky[float32](t)
}

func testCholesky[T ndarray.Float](t *testing.T) {
	for _, n := range append(squareSizes, 200) {
		name := fmt.Sprintf("%s/n=%d", ndarray.DtypeOf[T](), n)
		sd := symmetric(n, uint64(n), true)
		for i := 0; i < n; i++ {
			sd.d[i*n+i] += 1
		}
		s := fromDense[T](sd)
		l, err := Cholesky(s)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		L, S := toDense(l), toDense(s)
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				if L.at(i, j) != 0 {
					t.Fatalf("%s: L[%d,%d] = %g above the diagonal", name, i, j, L.at(i, j))
				}
			}
		}
		checkBound(t, name+" ‖LLᵀ−A‖", sub(mul(L, L.t()), S).fro(), tol[T](n)*S.fro())
	}
	if _, err := Cholesky(fromDense[T](symmetric(40, 1, false))); err == nil || err.Error() != "Matrix is not positive definite" {
		t.Errorf("indefinite matrix: err = %v", err)
	}
}

var rectShapes = [][2]int{{1, 1}, {4, 1}, {1, 4}, {5, 3}, {3, 5}, {17, 17}, {40, 33}, {33, 40}, {100, 70}, {70, 100}, {150, 40}}

func TestQRResidual(t *testing.T) {
	testQR[float64](t)
	testQR[float32](t)
}

func testQR[T ndarray.Float](t *testing.T) {
	for _, kind := range matrixKinds {
		for _, sh := range rectShapes {
			m, n := sh[0], sh[1]
			a := fromDense[T](kind.make(m, n, uint64(m*n)))
			A := toDense(a)
			for _, mode := range []QRMode{Reduced, Complete} {
				name := fmt.Sprintf("%s/%s/%dx%d/mode=%d", ndarray.DtypeOf[T](), kind.name, m, n, mode)
				q, r := QR(a, mode)
				Q, R := toDense(q), toDense(r)
				wantQ := min(m, n)
				if mode == Complete {
					wantQ = m
				}
				if Q.m != m || Q.n != wantQ || R.m != wantQ || R.n != n {
					t.Fatalf("%s: shapes q %v r %v", name, q.Shape(), r.Shape())
				}
				for i := 0; i < R.m; i++ {
					for j := 0; j < min(i, n); j++ {
						if R.at(i, j) != 0 {
							t.Fatalf("%s: R[%d,%d] = %g below the diagonal", name, i, j, R.at(i, j))
						}
					}
				}
				checkBound(t, name+" ‖QR−A‖", sub(mul(Q, R), A).fro(), tol[T](m)*A.fro())
				checkBound(t, name+" ‖QᵀQ−I‖", sub(mul(Q.t(), Q), eye(Q.n)).fro(), tol[T](m))
			}
			_, r := QR(a, ROnly)
			_, r2 := QR(a, Reduced)
			if fmt.Sprint(r.Values()) != fmt.Sprint(r2.Values()) {
				t.Errorf("%dx%d: mode r differs from reduced R", m, n)
			}
		}
	}
}

func TestEighResidual(t *testing.T) {
	testEigh[float64](t)
	testEigh[float32](t)
}

func testEigh[T ndarray.Float](t *testing.T) {
	for _, n := range append(squareSizes, 200) {
		for _, kind := range []string{"random", "indefinite", "hilbert", "clustered"} {
			name := fmt.Sprintf("%s/%s/n=%d", ndarray.DtypeOf[T](), kind, n)
			var sd dense
			switch kind {
			case "random":
				sd = symmetric(n, uint64(n), true)
			case "indefinite":
				sd = symmetric(n, uint64(n)+1, false)
			case "hilbert":
				sd = matrixKinds[2].make(n, n, 0)
			case "clustered": // identity plus a tiny perturbation: every eigenvalue near 1
				sd = symmetric(n, uint64(n)+2, true)
				for i := range sd.d {
					sd.d[i] *= 1e-9
				}
				for i := 0; i < n; i++ {
					sd.d[i*n+i] += 1
				}
			}
			s := fromDense[T](sd)
			w, v, err := Eigh(s)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			S, V, W := toDense(s), toDense(v), toDense(w)
			for i := 1; i < n; i++ {
				if W.d[i] < W.d[i-1] {
					t.Fatalf("%s: eigenvalues not ascending at %d", name, i)
				}
			}
			checkBound(t, name+" ‖V diag(w) Vᵀ−A‖", sub(mul(V.scaleCols(W.d), V.t()), S).fro(), tol[T](n)*S.fro())
			checkBound(t, name+" ‖VᵀV−I‖", sub(mul(V.t(), V), eye(n)).fro(), tol[T](n))
			wv, err := Eigvalsh(s)
			if err != nil {
				t.Fatal(err)
			}
			checkBound(t, name+" ‖eigvalsh−w‖", sub(toDense(wv), W).fro(), tol[T](n)*S.fro())
		}
	}
}

func TestSVDResidual(t *testing.T) {
	testSVD[float64](t)
	testSVD[float32](t)
}

func testSVD[T ndarray.Float](t *testing.T) {
	for _, kind := range matrixKinds {
		for _, sh := range rectShapes {
			m, n := sh[0], sh[1]
			a := fromDense[T](kind.make(m, n, uint64(m+n)))
			A := toDense(a)
			k := min(m, n)
			for _, full := range []bool{false, true} {
				name := fmt.Sprintf("%s/%s/%dx%d/full=%v", ndarray.DtypeOf[T](), kind.name, m, n, full)
				u, s, vt, err := SVD(a, full)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				U, S, Vt := toDense(u), toDense(s), toDense(vt)
				for i := 1; i < k; i++ {
					if S.d[i] > S.d[i-1] || S.d[i] < 0 {
						t.Fatalf("%s: singular values not descending and non-negative at %d", name, i)
					}
				}
				// U[:, :k]·diag(s)·Vt[:k, :]
				Uk := dense{m, k, make([]float64, m*k)}
				for i := 0; i < m; i++ {
					copy(Uk.d[i*k:(i+1)*k], U.d[i*U.n:i*U.n+k])
				}
				Vk := dense{k, n, append([]float64(nil), Vt.d[:k*n]...)}
				checkBound(t, name+" ‖USVᵀ−A‖", sub(mul(Uk.scaleCols(S.d), Vk), A).fro(), tol[T](max(m, n))*A.fro())
				checkBound(t, name+" ‖UᵀU−I‖", sub(mul(U.t(), U), eye(U.n)).fro(), tol[T](max(m, n)))
				checkBound(t, name+" ‖VVᵀ−I‖", sub(mul(Vt, Vt.t()), eye(Vt.m)).fro(), tol[T](max(m, n)))
			}
			sv, err := SVDValues(a)
			if err != nil {
				t.Fatal(err)
			}
			_, s, _, _ := SVD(a, false)
			checkBound(t, "values-only vs full", sub(toDense(sv), toDense(s)).fro(), tol[T](max(m, n))*A.fro())
		}
	}
}

func TestZeroAndRankOne(t *testing.T) {
	z := ndarray.Zeros[float64](6, 4)
	s, err := SVDValues(z)
	if err != nil || fmt.Sprint(s.Values()) != "[0 0 0 0]" {
		t.Errorf("svd of zeros = %v, %v", s.Values(), err)
	}
	r, _ := MatrixRank(z)
	if r.Item() != 0 {
		t.Errorf("rank of zeros = %d", r.Item())
	}
	// rank one: x·yᵀ
	one := mul(randomDense(7, 1, 1), randomDense(1, 5, 2))
	r, _ = MatrixRank(fromDense[float64](one))
	if r.Item() != 1 {
		t.Errorf("rank of a rank-one matrix = %d", r.Item())
	}
}

func TestLstsq(t *testing.T) {
	testLstsq[float64](t)
	testLstsq[float32](t)
}

func testLstsq[T ndarray.Float](t *testing.T) {
	for _, sh := range [][2]int{{5, 3}, {40, 33}, {150, 40}, {33, 40}, {17, 17}} {
		m, n := sh[0], sh[1]
		name := fmt.Sprintf("%s/%dx%d", ndarray.DtypeOf[T](), m, n)
		a := fromDense[T](randomDense(m, n, uint64(m)))
		b := fromDense[T](randomDense(m, 2, 7))
		res, err := Lstsq(a, b, DefaultRcond)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		A, X, B := toDense(a), toDense(res.X), toDense(b)
		R := sub(B, mul(A, X))
		// The normal equations: Aᵀ(b − Ax) = 0.
		checkBound(t, name+" ‖Aᵀr‖", mul(A.t(), R).fro(), tol[T](max(m, n))*A.fro()*(A.fro()*X.fro()+B.fro()))
		if res.Rank != min(m, n) {
			t.Errorf("%s: rank %d", name, res.Rank)
		}
		if m > n {
			for j := 0; j < 2; j++ {
				var want float64
				for i := 0; i < m; i++ {
					want += R.at(i, j) * R.at(i, j)
				}
				got := float64(res.Residuals.At(j))
				if math.Abs(got-want) > 1e3*epsOf[T]()*want+tol[T](m)*B.fro() {
					t.Errorf("%s: residual %d = %g, want %g", name, j, got, want)
				}
			}
		} else if res.Residuals.Size() != 0 {
			t.Errorf("%s: residuals %v, want empty", name, res.Residuals.Values())
		}
	}
	// Rank deficient: two equal columns; the minimum-norm solution splits them.
	a := ndarray.Wrap([]float64{1, 1, 0, 1, 1, 1, 1, 1, 2, 0, 0, 3}, 4, 3)
	b := ndarray.Wrap([]float64{1, 2, 3, 4}, 4)
	res, err := Lstsq(a, b, DefaultRcond)
	if err != nil {
		t.Fatal(err)
	}
	x := res.X.Values()
	if res.Rank != 2 || math.Abs(x[0]-x[1]) > 1e-12 || res.Residuals.Size() != 0 {
		t.Errorf("rank-deficient lstsq: x %v rank %d residuals %v", x, res.Rank, res.Residuals.Values())
	}
}

func TestPinv(t *testing.T) {
	for _, sh := range rectShapes {
		m, n := sh[0], sh[1]
		A := randomDense(m, n, uint64(m*7+n))
		x, err := Pinv(fromDense[float64](A), DefaultPinvRcond)
		if err != nil {
			t.Fatal(err)
		}
		X := toDense(x)
		// Moore–Penrose: A X A = A and X A X = X.
		checkBound(t, fmt.Sprintf("%dx%d ‖AXA−A‖", m, n), sub(mul(mul(A, X), A), A).fro(), tol[float64](max(m, n))*A.fro()*A.fro()*X.fro())
		checkBound(t, fmt.Sprintf("%dx%d ‖XAX−X‖", m, n), sub(mul(mul(X, A), X), X).fro(), tol[float64](max(m, n))*A.fro()*X.fro()*X.fro())
	}
}

func TestMatrixPower(t *testing.T) {
	A := randomDense(5, 5, 4)
	a := fromDense[float64](A)
	want := eye(5)
	for p := 0; p <= 6; p++ {
		got, err := MatrixPower(a, p)
		if err != nil {
			t.Fatal(err)
		}
		checkBound(t, fmt.Sprintf("A^%d", p), sub(toDense(got), want).fro(), 1e-12*math.Pow(A.fro(), float64(p))+1e-15)
		want = mul(want, A)
	}
	inv, _ := Inv(a)
	got, err := MatrixPower(a, -3)
	if err != nil {
		t.Fatal(err)
	}
	I := toDense(inv)
	checkBound(t, "A^-3", sub(toDense(got), mul(mul(I, I), I)).fro(), 1e-10*math.Pow(I.fro(), 3))
}

func TestDataErrors(t *testing.T) {
	sing := ndarray.Wrap([]float64{1, 2, 2, 4}, 2, 2)
	if _, err := Solve(sing, ndarray.Wrap([]float64{1, 2}, 2)); err == nil || err.Error() != "Singular matrix" {
		t.Errorf("Solve singular: %v", err)
	}
	if _, err := Inv(sing); err == nil || err.Error() != "Singular matrix" {
		t.Errorf("Inv singular: %v", err)
	}
	nan := ndarray.Wrap([]float64{1, math.NaN(), 0, 1}, 2, 2)
	if _, _, _, err := SVD(nan, false); err == nil || err.Error() != "SVD did not converge" {
		t.Errorf("SVD NaN: %v", err)
	}
	if w, _, err := Eigh(nan.T()); err != nil || !math.IsNaN(w.At(0)) {
		t.Errorf("Eigh NaN: %v, %v (NumPy answers NaN)", w, err)
	}
	if _, err := MatrixPower(sing, -1); err == nil {
		t.Errorf("MatrixPower singular -1: no error")
	}
}

func TestShapePanics(t *testing.T) {
	cases := []struct {
		name, want string
		run        func()
	}{
		{"inv 2x3", "Last 2 dimensions of the array must be square", func() { Inv(ndarray.Zeros[float64](2, 3)) }},
		{"det 1-D", "1-dimensional array given. Array must be at least two-dimensional", func() { Det(ndarray.Zeros[float64](3)) }},
		{"cholesky 3x2", "Last 2 dimensions of the array must be square", func() { Cholesky(ndarray.Zeros[float32](3, 2)) }},
		{"lstsq 3-D", "3-dimensional array given. Array must be two-dimensional", func() { Lstsq(ndarray.Zeros[float64](1, 2, 2), ndarray.Zeros[float64](2), DefaultRcond) }},
		{"lstsq rows", "Incompatible dimensions", func() { Lstsq(ndarray.Zeros[float64](3, 2), ndarray.Zeros[float64](2), DefaultRcond) }},
		{"norm vector fro", "Invalid norm order 'fro' for vectors", func() { Norm(ndarray.Zeros[float64](3), Fro, []int{0}, false) }},
		{"norm matrix 3", "Invalid norm order for matrices.", func() { Norm(ndarray.Zeros[float64](3, 3), P(3), nil, false) }},
		{"norm 3 axes", "Improper number of dimensions to norm.", func() { Norm(ndarray.Zeros[float64](2, 2, 2), P(1), nil, false) }},
		{"norm dup axes", "Duplicate axes given.", func() { Norm(ndarray.Zeros[float64](2, 2), Default, []int{1, -1}, false) }},
		{"norm axis", "axis 2 is out of bounds for array of dimension 2", func() { Norm(ndarray.Zeros[float64](2, 2), Default, []int{2}, false) }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			defer func() {
				r := recover()
				err, ok := r.(error)
				if !ok || err.Error() != c.want {
					t.Errorf("panic %v, want %q", r, c.want)
				}
			}()
			c.run()
		})
	}
}
