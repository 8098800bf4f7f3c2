// Package bench holds ndsimd's benchmark workloads: the ones of the NumPy
// anchor script (shared/anchors/numpy_bench.py), with the same op names and
// shapes, so that `ndsimd bench` and the script compare line by line. Each
// workload can run under every kernel implementation the CPU supports and
// as a plain Go loop (impl "loop"). The package's go test benchmarks run the
// same workloads.
package bench
