package asm

//go:generate sh -c "cd gen && go run ./arith -out ../arith_amd64.s -stubs ../arith_stubs_amd64.go -pkg asm"
