package asm

// The amd64 files are written by the avo programs in gen/, one family per
// run; the arm64 files are written by hand.

//go:generate sh -c "cd gen && go run ./arith arith -out ../arith_amd64.s -stubs ../arith_stubs_amd64.go -pkg asm"
//go:generate sh -c "cd gen && go run ./arith reduce -out ../reduce_amd64.s -stubs ../reduce_stubs_amd64.go -pkg asm"
//go:generate sh -c "cd gen && go run ./math -out ../math_amd64.s -stubs ../math_stubs_amd64.go -pkg asm"
//go:generate sh -c "cd gen && go run ./gemm -out ../gemm_amd64.s -stubs ../gemm_stubs_amd64.go -pkg asm"
//go:generate sh -c "cd gen && go run ./rot -out ../rot_amd64.s -stubs ../rot_stubs_amd64.go -pkg asm"
//go:generate sh -c "cd gen && go run ./pow -out ../pow_amd64.s -stubs ../pow_stubs_amd64.go -pkg asm -gotab ../../../pow_table.go -neon ../pow_arm64.s"
//go:generate sh -c "cd gen && go run ./selection -out ../select_amd64.s -stubs ../select_stubs_amd64.go -pkg asm"
//go:generate sh -c "cd gen && go run ./sort -out ../sort_amd64.s -stubs ../sort_stubs_amd64.go -pkg asm"
//go:generate sh -c "cd gen && go run ./random -out ../random_amd64.s -stubs ../random_stubs_amd64.go -pkg asm"
