module github.com/ndsimd/ndsimd

go 1.26.8

require (
	github.com/klauspost/cpuid/v2 v2.4.2
	golang.org/x/arch v0.32.0
	golang.org/x/sys v0.49.0
)
