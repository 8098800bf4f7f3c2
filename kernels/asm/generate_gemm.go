package asm

//go:generate sh -c "cd gen && go run ./gemm -out ../gemm_amd64.s -stubs ../gemm_stubs_amd64.go -pkg asm"
