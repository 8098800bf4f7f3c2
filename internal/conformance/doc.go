// Package conformance runs NumPy-generated cases against ndsimd. Its test,
// TestConformance, reads testdata/numpy-cases.jsonl (copied from the
// project's shared/conformance) and every file named in the environment
// variable NDSIMD_CONFORMANCE (comma-separated paths), runs each case whose
// op is registered, and compares as testdata/README.md says.
//
// It sits at the top of the dependency graph so it can reach every
// package's ops; a new op needs only a register call in an ops_*.go file.
package conformance
