package kernels

//go:generate go run gen_api.go
