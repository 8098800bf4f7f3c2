package ndarray

import (
	"errors"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// TestNilAndZeroArrays calls every exported method of *Array[float64] on a
// nil *Array and on a zero-value Array: each must panic with a *ValueError
// naming the mistake, never a runtime error (nil dereference, index out of
// range) from inside. Arguments are zero values, with a valid array for
// *Array parameters.
func TestNilAndZeroArrays(t *testing.T) {
	valid := Arange[float64](0, 6, 1).Reshape(2, 3)
	typ := reflect.TypeOf((*Array[float64])(nil))
	for _, recv := range []struct {
		name string
		a    *Array[float64]
	}{{"nil", nil}, {"zero value", &Array[float64]{}}} {
		for i := range typ.NumMethod() {
			m := typ.Method(i)
			if m.Name == "Dtype" { // the element type's, needs no array (NumPy's dtype)
				continue
			}
			args := []reflect.Value{reflect.ValueOf(recv.a)}
			for j := 1; j < m.Type.NumIn(); j++ {
				in := m.Type.In(j)
				switch {
				case m.Type.IsVariadic() && j == m.Type.NumIn()-1:
					continue
				case in == typ:
					args = append(args, reflect.ValueOf(valid))
				case in == reflect.TypeOf(OrderC):
					args = append(args, reflect.ValueOf(OrderC))
				default:
					args = append(args, reflect.Zero(in))
				}
			}
			p := callRecover(m.Func, args)
			var ve *ValueError
			err, _ := p.(error)
			switch {
			case p == nil:
				t.Errorf("%s.%s did not panic", recv.name, m.Name)
			case !errors.As(err, &ve):
				var re runtime.Error
				kind := "a non-ndarray error"
				if errors.As(err, &re) {
					kind = "a runtime error"
				}
				t.Errorf("%s.%s panicked with %s: %T %v", recv.name, m.Name, kind, p, p)
			case !strings.Contains(ve.Msg, "ndarray.Array[float64]"):
				t.Errorf("%s.%s: message %q does not name the type", recv.name, m.Name, ve.Msg)
			}
		}
	}
}

func callRecover(f reflect.Value, args []reflect.Value) (p any) {
	defer func() { p = recover() }()
	f.Call(args)
	return nil
}

// TestNilAndZeroArraysFunctions: the package's functions of one array
// refuse a nil or zero-value array in the same words as the methods.
func TestNilAndZeroArraysFunctions(t *testing.T) {
	type f = *Array[float64]
	fns := []struct {
		name string
		call func(a f)
	}{
		{"Sum", func(a f) { Sum(a) }}, {"Sum axis", func(a f) { Sum(a, Axis(0)) }},
		{"Prod", func(a f) { Prod(a) }}, {"Max", func(a f) { Max(a) }}, {"Min", func(a f) { Min(a) }},
		{"Mean", func(a f) { Mean(a) }}, {"Std", func(a f) { Std(a) }}, {"Var", func(a f) { Var(a) }},
		{"Norm", func(a f) { Norm(a) }}, {"ArgMax", func(a f) { ArgMax(a) }}, {"ArgMin", func(a f) { ArgMin(a) }},
		{"AllTrue", func(a f) { AllTrue(a) }}, {"AnyTrue", func(a f) { AnyTrue(a) }},
		{"CountNonzero", func(a f) { CountNonzero(a) }}, {"Cumsum", func(a f) { Cumsum(a) }},
		{"Cumprod", func(a f) { Cumprod(a) }}, {"Median", func(a f) { Median(a) }},
		{"NanSum", func(a f) { NanSum(a) }}, {"NanMax", func(a f) { NanMax(a) }}, {"NanMean", func(a f) { NanMean(a) }},
		{"NanArgMax", func(a f) { NanArgMax(a) }}, {"Flip", func(a f) { Flip(a) }},
		{"Nonzero", func(a f) { Nonzero(a) }}, {"FlatNonzero", func(a f) { FlatNonzero(a) }},
		{"ArgWhere", func(a f) { ArgWhere(a) }}, {"Unique", func(a f) { Unique(a) }},
		{"Sort", func(a f) { Sort(a, -1) }}, {"Argsort", func(a f) { Argsort(a, -1) }},
		{"Concatenate", func(a f) { Concatenate([]f{a}, 0) }}, {"Stack", func(a f) { Stack([]f{a}, 0) }},
		{"MayShareMemory", func(a f) { MayShareMemory(a, a) }}, {"AsType", func(a f) { AsType[float32](a) }},
	}
	for _, recv := range []struct {
		name string
		a    f
	}{{"nil", nil}, {"zero value", &Array[float64]{}}} {
		for _, fn := range fns {
			p := callRecover(reflect.ValueOf(fn.call), []reflect.Value{reflect.ValueOf(recv.a)})
			var ve *ValueError
			if err, _ := p.(error); !errors.As(err, &ve) || !strings.Contains(ve.Msg, "ndarray.Array[float64]") {
				t.Errorf("%s(%s array) panicked with %T %v, want the *ValueError naming the array type", fn.name, recv.name, p, p)
			}
		}
	}
}
