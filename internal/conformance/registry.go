package conformance

import (
	"errors"
	"fmt"

	"github.com/ndsimd/ndsimd/broadcast"
	"github.com/ndsimd/ndsimd/ndarray"
)

// tolerance says how a result is compared with NumPy's.
type tolerance int

const (
	exact    tolerance = iota // bit for bit (NaN matches NaN)
	fewULP                    // within a few ULP: exp, log, tanh and what is built on them
	summing                   // within a summation-error bound: sums, means, norms, dot, matmul, losses
	normwise                  // ‖got − want‖_F ≤ tol·‖want‖_F with the case's tol (linalg)
)

// opFunc runs a case: it returns an array (*ndarray.Array[T] as any), a
// []any of arrays (for cases with want_list) or, for printing ops, a
// string. It may panic with the engine's typed errors, or return an error
// that an error-kind classifier recognises (see [registerErrorKind]).
type opFunc func(c *Case, args []any) (any, error)

type opEntry struct {
	run   opFunc
	tol   tolerance
	slack slackFunc // extra error allowed per element, or nil
}

// slackFunc returns, for an elementwise op, the extra absolute error
// allowed in the result computed from the input element x: the rounding
// error NumPy's own formula amplifies (see propagatedSlack).
type slackFunc func(x float64, dtype string) float64

var ops = map[string]opEntry{}

// register makes op runnable by the conformance test.
func register(op string, tol tolerance, run opFunc) {
	if _, dup := ops[op]; dup {
		panic("conformance: op " + op + " registered twice")
	}
	ops[op] = opEntry{run: run, tol: tol}
}

// registerWithSlack is register for an elementwise op whose NumPy formula
// amplifies the rounding of an intermediate, so that "a few ULP" is
// measured on that intermediate.
func registerWithSlack(op string, tol tolerance, slack slackFunc, run opFunc) {
	register(op, tol, run)
	e := ops[op]
	e.slack = slack
	ops[op] = e
}

// errorKind maps a recovered panic value to a case file's error kind.
func errorKind(v any) (string, bool) {
	err, ok := v.(error)
	if !ok {
		return "", false
	}
	var be *broadcast.Error
	var ae *ndarray.AxisError
	var se *ndarray.ShapeError
	switch {
	case errors.As(err, &be):
		return "broadcast", true
	case errors.As(err, &ae):
		return "axis", true
	case errors.As(err, &se) && se.Op == "reshape":
		return "reshape", true
	case errors.As(err, &se):
		return "shape", true
	}
	var ie *ndarray.IndexError
	var ve *ndarray.ValueError
	switch {
	case errors.As(err, &ie):
		return "index", true
	case errors.As(err, &ve):
		return "value", true
	}
	for _, classify := range errorKinds {
		if kind := classify(err); kind != "" {
			return kind, true
		}
	}
	return "", false
}

// errorKinds are the classifiers that packages above ndarray add with
// [registerErrorKind].
var errorKinds []func(error) string

// registerErrorKind adds a classifier that names the case-file error kind
// of an error ("linalg", ...), or returns "" when the error is not its own.
func registerErrorKind(classify func(error) string) {
	errorKinds = append(errorKinds, classify)
}

// run executes one case and returns a description of the failure, or "".
func run(c *Case) (failure string) {
	entry := ops[c.Op]
	args := make([]any, len(c.Args))
	for i, j := range c.Args {
		a, err := decode(j)
		if err != nil {
			return fmt.Sprintf("decoding argument %d: %v", i, err)
		}
		args[i] = a
	}
	var got any
	var err error
	func() {
		defer func() {
			if p := recover(); p != nil {
				kind, ok := errorKind(p)
				switch {
				case c.WantError == nil:
					failure = fmt.Sprintf("panicked: %v", p)
				case !ok:
					failure = fmt.Sprintf("panicked with %T %v, want a %s error", p, p, c.WantError.Kind)
				case kind != c.WantError.Kind:
					failure = fmt.Sprintf("error kind %s (%v), want %s (%s)", kind, p, c.WantError.Kind, c.WantError.NumpyMessage)
				}
				got = nil
				err = nil
				if failure == "" {
					failure = "ok"
				}
			}
		}()
		got, err = entry.run(c, args)
	}()
	switch {
	case failure == "ok":
		return ""
	case failure != "":
		return failure
	case err != nil && c.WantError != nil:
		kind, ok := errorKind(err)
		if !ok || kind != c.WantError.Kind {
			return fmt.Sprintf("error %q (kind %q), want a %s error (%s)", err, kind, c.WantError.Kind, c.WantError.NumpyMessage)
		}
		return ""
	case err != nil:
		return err.Error()
	case c.WantError != nil:
		return fmt.Sprintf("no error, want %s error %q", c.WantError.Kind, c.WantError.NumpyMessage)
	case c.WantText != nil:
		s, ok := got.(string)
		if !ok {
			return fmt.Sprintf("op returned %T, want text", got)
		}
		if s != *c.WantText {
			return fmt.Sprintf("text\n got: %q\nwant: %q", s, *c.WantText)
		}
		return ""
	case c.WantList != nil:
		list, ok := got.([]any)
		if !ok {
			return fmt.Sprintf("op returned %T, want a list of %d arrays", got, len(c.WantList))
		}
		if len(list) != len(c.WantList) {
			return fmt.Sprintf("%d results, want %d", len(list), len(c.WantList))
		}
		for i := range list {
			if msg := compareOne(c, list[i], c.WantList[i], entry, args); msg != "" {
				return fmt.Sprintf("result %d: %s", i, msg)
			}
		}
		return ""
	case c.Want != nil:
		return compareOne(c, got, *c.Want, entry, args)
	}
	return "case has no expectation"
}

// compareOne compares one result with one expected array, norm-wise when
// the op is compared so and the case gives a tolerance.
func compareOne(c *Case, got any, want jsonArray, entry opEntry, args []any) string {
	if entry.tol == normwise {
		if c.Tol == nil {
			return "case has no tol for a norm-wise comparison"
		}
		return compareNormwise(got, want, *c.Tol)
	}
	return compare(got, want, entry, args)
}
