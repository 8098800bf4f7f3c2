package conformance

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"

	"github.com/ndsimd/ndsimd/linalg"
	"github.com/ndsimd/ndsimd/ndarray"
)

// Package linalg's ops (numpy-linalg.jsonl), compared norm-wise with each
// case's tol. Eigenvectors and singular vectors are normalised as the case
// file's are: each column of Q, V and U flipped so that its
// largest-magnitude entry is positive, with the matching row of R or Vᵀ.

func init() {
	for _, op := range []string{"solve", "inv", "det", "slogdet", "cholesky", "qr", "eigh", "svd", "lstsq", "pinv", "norm_ord"} {
		register(op, normwise, linalgCase)
	}
	register("matrix_rank", exact, linalgCase) // an integer
	registerErrorKind(func(err error) string {
		var le *linalg.LinAlgError
		if errors.As(err, &le) {
			return "linalg"
		}
		return ""
	})
}

func linalgCase(c *Case, args []any) (any, error) {
	switch a := args[0].(type) {
	case *ndarray.Array[float64]:
		return linalgOf(c, a, args[1:])
	case *ndarray.Array[float32]:
		return linalgOf(c, a, args[1:])
	}
	return nil, fmt.Errorf("%s: argument of type %T", c.Op, args[0])
}

func linalgOf[T ndarray.Float](c *Case, a *ndarray.Array[T], rest []any) (any, error) {
	second := func() (*ndarray.Array[T], error) {
		if len(rest) == 0 {
			return nil, fmt.Errorf("%s: missing second argument", c.Op)
		}
		b, ok := rest[0].(*ndarray.Array[T])
		if !ok {
			return nil, fmt.Errorf("%s: second argument of type %T", c.Op, rest[0])
		}
		return b, nil
	}
	switch c.Op {
	case "solve":
		b, err := second()
		if err != nil {
			return nil, err
		}
		return linalg.Solve(a, b)
	case "inv":
		return linalg.Inv(a)
	case "det":
		return linalg.Det(a), nil
	case "slogdet":
		s, l := linalg.Slogdet(a)
		return []any{s, l}, nil
	case "cholesky":
		return linalg.Cholesky(a)
	case "qr":
		q, r := linalg.QR(a, linalg.Reduced)
		flipColumns(q, r)
		return []any{q, r}, nil
	case "eigh":
		w, v, err := linalg.Eigh(a)
		if err != nil {
			return nil, err
		}
		flipColumns(v, nil)
		return []any{w, v}, nil
	case "svd":
		u, s, vt, err := linalg.SVD(a, false)
		if err != nil {
			return nil, err
		}
		flipColumns(u, vt)
		return []any{u, s, vt}, nil
	case "lstsq":
		b, err := second()
		if err != nil {
			return nil, err
		}
		res, err := linalg.Lstsq(a, b, linalg.DefaultRcond)
		return res.X, err
	case "pinv":
		return linalg.Pinv(a, linalg.DefaultPinvRcond)
	case "matrix_rank":
		return linalg.MatrixRank(a)
	case "norm_ord":
		ord, err := kwOrd(c)
		if err != nil {
			return nil, err
		}
		return linalg.Norm(a, ord, nil, false)
	}
	return nil, fmt.Errorf("unknown op %s", c.Op)
}

// kwOrd reads the ord keyword: a number or "fro", "nuc", "inf", "-inf".
func kwOrd(c *Case) (linalg.Ord, error) {
	raw, ok := c.Kw["ord"]
	if !ok || string(raw) == "null" {
		return linalg.Default, nil
	}
	var p float64
	if json.Unmarshal(raw, &p) == nil {
		return linalg.P(p), nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return linalg.Ord{}, err
	}
	switch s {
	case "fro":
		return linalg.Fro, nil
	case "nuc":
		return linalg.Nuc, nil
	case "inf":
		return linalg.P(math.Inf(1)), nil
	case "-inf":
		return linalg.P(math.Inf(-1)), nil
	}
	return linalg.Ord{}, fmt.Errorf("ord %q", s)
}

// flipColumns negates each column of the 2-D q whose largest-magnitude
// entry (the first, on ties) is negative, and with it the matching row of
// the 2-D r when r is not nil.
func flipColumns[T ndarray.Float](q, r *ndarray.Array[T]) {
	m, k := q.Dim(0), q.Dim(1)
	for j := 0; j < k; j++ {
		best, big := 0, -1.0
		for i := 0; i < m; i++ {
			if v := math.Abs(float64(q.At(i, j))); v > big {
				best, big = i, v
			}
		}
		if q.At(best, j) >= 0 {
			continue
		}
		for i := 0; i < m; i++ {
			q.Set(-q.At(i, j), i, j)
		}
		if r != nil {
			for p := 0; p < r.Dim(1); p++ {
				r.Set(-r.At(j, p), j, p)
			}
		}
	}
}
