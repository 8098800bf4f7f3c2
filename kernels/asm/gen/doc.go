// Module gen holds the avo programs that write ndsimd's amd64 assembly:
// one program per group of kernels, each in its own directory, each writing
// one .s file and its stubs into kernels/asm. Run them with
// `go generate ./kernels/asm` from the repository root.
package gen
