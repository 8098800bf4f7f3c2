// Module gen holds the avo programs that write ndsimd's amd64 assembly:
// one program per group of kernels, each in its own directory, each writing
// one family (.s file and stubs) per run into kernels/internal/asm. Run them with
// `go generate ./kernels/internal/asm` from the repository root.
package gen
