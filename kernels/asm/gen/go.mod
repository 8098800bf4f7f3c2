module github.com/ndsimd/ndsimd/kernels/asm/gen

go 1.26.8
