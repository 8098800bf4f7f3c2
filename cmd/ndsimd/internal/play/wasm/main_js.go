//go:build js && wasm

// Command wasm is the part of the "ndsimd play" page that runs in the
// browser: built with GOOS=js GOARCH=wasm (see ../build), it defines the
// JavaScript function ndsimdPlay(requestJSON) -> responseJSON, which answers
// with play.Compute, and then calls ndsimdReady() if the page defined it.
package main

import (
	"encoding/json"
	"fmt"
	"syscall/js"

	"github.com/ndsimd/ndsimd/cmd/ndsimd/internal/play"
)

// compute is play.Compute, with a panic reported on the page rather than
// ending the program (which would leave the page dead).
func compute(req play.Request) (resp play.Response) {
	defer func() {
		if r := recover(); r != nil {
			resp = play.Response{Error: fmt.Sprintf("internal error in ndsimd: %v", r)}
		}
	}()
	return play.Compute(req)
}

func main() {
	js.Global().Set("ndsimdPlay", js.FuncOf(func(this js.Value, args []js.Value) any {
		var req play.Request
		var resp play.Response
		if len(args) != 1 {
			resp.Error = "ndsimdPlay takes one argument, the request as JSON"
		} else if err := json.Unmarshal([]byte(args[0].String()), &req); err != nil {
			resp.Error = "bad request: " + err.Error()
		} else {
			resp = compute(req)
		}
		out, _ := json.Marshal(resp)
		return string(out)
	}))
	if ready := js.Global().Get("ndsimdReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {} // keep the functions alive
}
