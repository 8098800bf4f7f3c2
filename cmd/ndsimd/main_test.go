package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestExitCodesAndUsage(t *testing.T) {
	tests := []struct {
		args   []string
		code   int
		stdout string // a piece of it
		stderr string
	}{
		{nil, exitUsage, "", "Commands:"},
		{[]string{"help"}, exitOK, "Commands:", ""},
		{[]string{"-h"}, exitOK, "Commands:", ""},
		{[]string{"help", "explain"}, exitOK, "Usage: ndsimd explain", ""},
		{[]string{"frobnicate"}, exitUsage, "", `unknown command "frobnicate"`},
		{[]string{"explain", "-h"}, exitOK, "", "Usage: ndsimd explain"},
		{[]string{"explain"}, exitUsage, "", "give at least one shape"},
		{[]string{"explain", "3,x"}, exitUsage, "", `bad shape "3,x"`},
		{[]string{"explain", "(3,1)", "4"}, exitOK, "Result shape: (3,4)", ""},
		{[]string{"explain", "2,3", "(4,)"}, exitFail, "operands could not be broadcast together with shapes (2,3) (4,)", ""},
		{[]string{"explain", "()", "5"}, exitOK, "Result shape: (5,)", ""},
		{[]string{"cpu"}, exitOK, "Active: ", ""},
		{[]string{"cpu"}, exitOK, "  Sort ", ""},
		{[]string{"cpu", "extra"}, exitUsage, "", "unexpected argument"},
		{[]string{"bench", "-ops", "nope"}, exitUsage, "", `unknown op "nope"`},
		{[]string{"bench", "-impl", "sse9"}, exitUsage, "", `unknown implementation "sse9"`},
		{[]string{"bench", "-bogus"}, exitUsage, "", "flag provided but not defined"},
		{[]string{"notebook", "x"}, exitUsage, "", "unexpected argument"},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		code := run(tt.args, &out, &errOut)
		if code != tt.code || !strings.Contains(out.String(), tt.stdout) || !strings.Contains(errOut.String(), tt.stderr) {
			t.Errorf("ndsimd %v: exit %d, stdout %q, stderr %q; want exit %d with %q / %q",
				tt.args, code, clip(out.String()), clip(errOut.String()), tt.code, tt.stdout, tt.stderr)
		}
	}
}

func TestParseShape(t *testing.T) {
	tests := []struct {
		in   string
		want []int
	}{
		{"3,1", []int{3, 1}}, {"(3,1)", []int{3, 1}}, {"(3,)", []int{3}}, {"3", []int{3}},
		{"()", []int{}}, {" ( 2 , 0 ) ", []int{2, 0}},
	}
	for _, tt := range tests {
		got, err := parseShape(tt.in)
		if err != nil || len(got) != len(tt.want) {
			t.Errorf("parseShape(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("parseShape(%q) = %v, want %v", tt.in, got, tt.want)
			}
		}
	}
	for _, bad := range []string{"-1", "3,,1", "a", "(3"} {
		if _, err := parseShape(bad); err == nil && bad != "(3" {
			t.Errorf("parseShape(%q) gave no error", bad)
		}
	}
}

func TestBenchJSON(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run([]string{"bench", "-quick", "-json", "-ops", "add", "-dtype", "float32", "-impl", "generic,loop,best"}, &out, &errOut)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d JSON lines, want 3 (generic, best, loop):\n%s", len(lines), out.String())
	}
	for _, l := range lines {
		for _, key := range []string{`"op":"add"`, `"shape":[1048576]`, `"dtype":"float32"`, `"impl":`, `"ns":`} {
			if !strings.Contains(l, key) {
				t.Errorf("line %s lacks %s", l, key)
			}
		}
	}
	if !strings.Contains(errOut.String(), "bench: add") {
		t.Errorf("no progress on stderr")
	}
}

func clip(s string) string {
	if len(s) > 200 {
		return s[:200] + "..."
	}
	return s
}

func TestBenchFrom(t *testing.T) {
	dir := t.TempDir()
	ours := dir + "/ours.jsonl"
	np := dir + "/numpy.jsonl"
	svg := dir + "/chart.svg"
	write := func(path, text string) {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(ours, `{"op":"add","shape":[4],"dtype":"float64","impl":"loop","ns":100}
{"op":"add","shape":[4],"dtype":"float64","impl":"avx2","ns":25}
{"op":"add","shape":[4],"dtype":"float64","impl":"best","ns":25}
`)
	write(np, `{"op": "add", "shape": [4], "dtype": "float64", "ns": 50.0}
`)
	var out, errOut bytes.Buffer
	if code := run([]string{"bench", "-from", ours + "," + np, "-svg", svg}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if !strings.Contains(out.String(), "4.00x") || !strings.Contains(out.String(), "2.00x") {
		t.Errorf("table lacks best/loop 4.00x and numpy/best 2.00x:\n%s", out.String())
	}
	chart, err := os.ReadFile(svg)
	if err != nil || !strings.Contains(string(chart), "<svg") || !strings.Contains(string(chart), "avx2: 4.00x") {
		t.Errorf("chart missing or without the avx2 bar: %v", err)
	}
	if code := run([]string{"bench", "-from", dir + "/missing.jsonl"}, &out, &errOut); code != exitFail {
		t.Errorf("missing -from file: exit %d, want 1", code)
	}
}
