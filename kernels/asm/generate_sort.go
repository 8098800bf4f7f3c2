package asm

//go:generate sh -c "cd gen && go run ./sort -out ../sort_amd64.s -stubs ../sort_stubs_amd64.go -pkg asm"
