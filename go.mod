module github.com/ndsimd/ndsimd

go 1.26.8
