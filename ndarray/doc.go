// Package ndarray is ndsimd's n-dimensional array: [Array] holds a flat data
// slice, a shape, strides in elements (which may be negative or zero) and an
// offset, so slicing, transposing, reshaping and broadcasting make views that
// share data, as in NumPy.
//
// Misuse of shapes, axes and indexes is a programming error and panics with
// a typed error ([*ShapeError], [*AxisError], [*IndexError],
// [*broadcast.Error]) whose message reads like NumPy's; recover it and use
// errors.As to inspect it. File reading and parsing return errors.
package ndarray
