package conformance

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConformance runs every case of the files testdata/*.jsonl (copies of
// shared/conformance) and of the files in NDSIMD_CONFORMANCE, and prints one
// line per op: "conformance: OP passed N/M" or "conformance: OP not
// implemented (M cases)".
func TestConformance(t *testing.T) {
	files, err := filepath.Glob("testdata/*.jsonl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no case files in testdata (%v)", err)
	}
	if extra := os.Getenv("NDSIMD_CONFORMANCE"); extra != "" {
		for _, p := range strings.Split(extra, ",") {
			if p = strings.TrimSpace(p); p != "" {
				files = append(files, p)
			}
		}
	}
	var order []string
	total := map[string]int{}
	passed := map[string]int{}
	for _, path := range files {
		cases, err := ReadCases(path)
		if err != nil {
			t.Fatalf("reading %s: %v", path, err)
		}
		for i := range cases {
			c := &cases[i]
			if total[c.Op] == 0 {
				order = append(order, c.Op)
			}
			total[c.Op]++
			if _, ok := ops[c.Op]; !ok {
				continue
			}
			if msg := run(c); msg != "" {
				t.Errorf("%s (%s): %s", c.ID, path, msg)
				continue
			}
			passed[c.Op]++
		}
	}
	for _, op := range order {
		if _, ok := ops[op]; ok {
			fmt.Printf("conformance: %s passed %d/%d\n", op, passed[op], total[op])
		} else {
			fmt.Printf("conformance: %s not implemented (%d cases)\n", op, total[op])
		}
	}
}
