package asm

//go:generate sh -c "cd gen && go run ./math -out ../math_amd64.s -stubs ../math_stubs_amd64.go -pkg asm"
