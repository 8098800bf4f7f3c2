package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// The play page: HTML, CSS and JavaScript, the toolchain's wasm_exec.js and
// ndsimd compiled to WebAssembly (gzipped). The WebAssembly is built by
// go generate and committed, like the avo assembly; CI checks it is current.
//
//go:generate go run ./internal/play/build
//go:embed playpage/index.html playpage/play.css playpage/play.js playpage/wasm_exec.js playpage/ndsimd.wasm.gz
var playPage embed.FS

// runPlay serves the broadcasting playground until the process is stopped.
func runPlay(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("play", stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "serve on this `host:port` (port 0 picks a free one)")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(fs, "unexpected argument %q", fs.Arg(0))
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "ndsimd play: %v\n", err)
		return exitFail
	}
	fmt.Fprintf(stdout, "ndsimd play: open http://%s/?s=3,1&s=4 (Ctrl-C stops)\n", ln.Addr())
	if err := http.Serve(ln, playHandler()); err != nil {
		fmt.Fprintf(stderr, "ndsimd play: %v\n", err)
		return exitFail
	}
	return exitOK
}

// playHandler serves the embedded page. The WebAssembly is sent gzipped to
// clients that accept it (every browser) and unzipped to the others.
func playHandler() http.Handler {
	sub, err := fs.Sub(playPage, "playpage")
	if err != nil {
		panic(err)
	}
	files := http.FileServer(http.FS(sub))
	var once sync.Once
	var raw []byte
	mux := http.NewServeMux()
	gz, err := playPage.ReadFile("playpage/ndsimd.wasm.gz")
	if err != nil {
		panic(err)
	}
	sum := sha256.Sum256(gz)
	etag := fmt.Sprintf("\"%x\"", sum[:8])
	mux.HandleFunc("/ndsimd.wasm", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/wasm")
		w.Header().Set("Cache-Control", "no-cache")
		// An ETag lets the browser revalidate, and reuse its compiled code.
		w.Header().Set("ETag", etag)
		w.Header().Add("Vary", "Accept-Encoding")
		if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			w.Header().Set("Content-Encoding", "gzip")
			http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(gz))
			return
		}
		once.Do(func() {
			zr, err := gzip.NewReader(bytes.NewReader(gz))
			if err == nil {
				raw, _ = io.ReadAll(zr)
			}
		})
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(raw))
	})
	mux.HandleFunc("/ndsimd.wasm.gz", http.NotFound)
	mux.Handle("/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	}))
	return mux
}
