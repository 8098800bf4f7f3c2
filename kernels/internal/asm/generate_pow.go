package asm

//go:generate sh -c "cd gen && go run ./pow -out ../pow_amd64.s -stubs ../pow_stubs_amd64.go -pkg asm -gotab ../../../pow_table.go -neon ../pow_arm64.s"
