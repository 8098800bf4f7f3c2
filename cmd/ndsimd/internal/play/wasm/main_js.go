//go:build js && wasm

// Command wasm is the part of the "ndsimd play" page that runs in the
// browser: built with GOOS=js GOARCH=wasm (see ../build), it defines the
// JavaScript function ndsimdPlay(requestJSON) -> responseJSON, which answers
// with play.Compute, and then calls ndsimdReady() if the page defined it.
package main

import (
	"encoding/json"
	"syscall/js"

	"github.com/ndsimd/ndsimd/cmd/ndsimd/internal/play"
)

func main() {
	js.Global().Set("ndsimdPlay", js.FuncOf(func(this js.Value, args []js.Value) any {
		var req play.Request
		var resp play.Response
		if len(args) != 1 {
			resp.Error = "ndsimdPlay takes one argument, the request as JSON"
		} else if err := json.Unmarshal([]byte(args[0].String()), &req); err != nil {
			resp.Error = "bad request: " + err.Error()
		} else {
			resp = play.Compute(req)
		}
		out, _ := json.Marshal(resp)
		return string(out)
	}))
	if ready := js.Global().Get("ndsimdReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {} // keep the functions alive
}
