package asm

//go:generate sh -c "cd gen && go run ./selection -out ../select_amd64.s -stubs ../select_stubs_amd64.go -pkg asm"
