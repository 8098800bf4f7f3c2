package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

// startPlay runs "ndsimd play -addr 127.0.0.1:0" in the background and
// returns the base URL it prints. The server lives until the test binary
// exits.
func startPlay(t *testing.T) string {
	t.Helper()
	pr, pw := io.Pipe()
	var stderr bytes.Buffer
	go func() {
		code := run([]string{"play", "-addr", "127.0.0.1:0"}, pw, &stderr)
		pw.CloseWithError(io.EOF)
		_ = code
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("ndsimd play printed no address: %v (stderr %q)", err, stderr.String())
	}
	go io.Copy(io.Discard, pr)
	m := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`).FindString(line)
	if m == "" {
		t.Fatalf("no loopback URL in %q", line)
	}
	return m
}

func TestPlayServesThePage(t *testing.T) {
	srv := httptest.NewServer(playHandler())
	defer srv.Close()
	get := func(path, enc string) *http.Response {
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		req.Header.Set("Accept-Encoding", enc) // set by hand: Go's client then does not unzip
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	body := func(r *http.Response) []byte {
		defer r.Body.Close()
		b, _ := io.ReadAll(r.Body)
		return b
	}
	for _, c := range []struct {
		path, want, ctype string
	}{
		{"/", `<form id="form"`, "text/html"},
		{"/?s=3,1&s=4", `<script src="play.js">`, "text/html"},
		{"/play.js", "ndsimdPlay", "javascript"},
		{"/wasm_exec.js", "globalThis.Go", "javascript"},
		{"/play.css", "#picture", "text/css"},
	} {
		r := get(c.path, "identity")
		if b := body(r); r.StatusCode != 200 || !strings.Contains(string(b), c.want) || !strings.Contains(r.Header.Get("Content-Type"), c.ctype) {
			t.Errorf("GET %s: %s, %s, lacks %q", c.path, r.Status, r.Header.Get("Content-Type"), c.want)
		}
	}
	// The WebAssembly: gzipped for browsers, plain for the others.
	r := get("/ndsimd.wasm", "gzip, deflate")
	gz := body(r)
	if r.Header.Get("Content-Encoding") != "gzip" || r.Header.Get("Content-Type") != "application/wasm" {
		t.Fatalf("wasm headers %v", r.Header)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	unzipped, _ := io.ReadAll(zr)
	r = get("/ndsimd.wasm", "identity")
	plain := body(r)
	if r.Header.Get("Content-Encoding") != "" || !bytes.Equal(plain, unzipped) || !bytes.HasPrefix(plain, []byte("\x00asm")) {
		t.Errorf("plain wasm: encoding %q, %d bytes, gzipped one unzips to %d", r.Header.Get("Content-Encoding"), len(plain), len(unzipped))
	}
	if r := get("/ndsimd.wasm.gz", "identity"); r.StatusCode != 404 {
		t.Errorf("the .gz file itself is served: %s", r.Status)
	}
}

func TestPlayCommand(t *testing.T) {
	base := startPlay(t)
	resp, err := http.Get(base + "?s=3,1&s=4")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("GET %s: %s", base, resp.Status)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"play", "-addr", "256.0.0.1:x"}, &stdout, &stderr); code != exitFail || !strings.Contains(stderr.String(), "ndsimd play:") {
		t.Errorf("bad address: exit %d, stderr %q", code, stderr.String())
	}
	if code := run([]string{"play", "extra"}, &stdout, &stderr); code != exitUsage {
		t.Errorf("extra argument: exit %d", code)
	}
}
