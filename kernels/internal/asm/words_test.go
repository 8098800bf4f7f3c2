package asm

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/arch/arm64/arm64asm"
)

// The NEON kernels encode the vector instructions Go's assembler lacks as
// WORD $0x... with a comment naming the instruction. This test decodes every
// such word in the *_arm64.s files (on any host) and checks that it is the
// instruction its comment names.

var wordLine = regexp.MustCompile(`\bWORD\s+\$(0x[0-9A-Fa-f]+)\s*(?:;\s*)?(?://\s*(.*?)\s*$|/\*\s*(.*?)\s*\*/)?\s*\\?\s*$`)

// checkWord decodes w and returns an error unless it is the instruction
// named by comment (ARM syntax as arm64asm prints it, case and spacing
// ignored).
func checkWord(w uint32, comment string) error {
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], w)
	inst, err := arm64asm.Decode(b[:])
	if err != nil {
		return fmt.Errorf("WORD $%#08x (comment %q) does not decode: %v", w, comment, err)
	}
	if comment == "" {
		return fmt.Errorf("WORD $%#08x (%v) has no comment naming it", w, inst)
	}
	if norm(inst.String()) != norm(comment) {
		return fmt.Errorf("WORD $%#08x decodes as %q, but its comment says %q", w, inst.String(), comment)
	}
	return nil
}

func norm(s string) string {
	return strings.Join(strings.Fields(strings.ToUpper(strings.ReplaceAll(s, ",", ", "))), " ")
}

func TestCheckWord(t *testing.T) {
	for _, c := range []struct {
		w       uint32
		comment string
		ok      bool
	}{
		{0x4E64D400, "FADD V0.2D, V0.2D, V4.2D", true},
		{0x4E64D400, "fadd v0.2d,v0.2d, v4.2d", true},
		{0x4E64D400, "FADD V0.2D, V4.2D, V0.2D", false},
		{0x4E64D400, "FSUB V0.2D, V0.2D, V4.2D", false},
		{0x4E64D400, "", false},
		{0x4E24D400, "FADD V0.2D, V0.2D, V4.2D", false}, // that is .4S
		{0x6E30FA00, "FMAXV S0, V16.4S", true},
	} {
		if err := checkWord(c.w, c.comment); (err == nil) != c.ok {
			t.Errorf("checkWord(%#x, %q) = %v, want ok=%v", c.w, c.comment, err, c.ok)
		}
	}
}

func TestWords(t *testing.T) {
	files, err := filepath.Glob("*_arm64.s")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no *_arm64.s files")
	}
	n := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		for line := 1; sc.Scan(); line++ {
			text := sc.Text()
			if !strings.Contains(text, "WORD") || strings.HasPrefix(strings.TrimSpace(text), "//") {
				continue
			}
			m := wordLine.FindStringSubmatch(text)
			if m == nil {
				t.Errorf("%s:%d: cannot parse WORD line %q", f, line, text)
				continue
			}
			w, err := strconv.ParseUint(m[1], 0, 32)
			if err != nil {
				t.Errorf("%s:%d: %v", f, line, err)
				continue
			}
			if err := checkWord(uint32(w), m[2]+m[3]); err != nil {
				t.Errorf("%s:%d: %v", f, line, err)
			}
			n++
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("checked %d WORD instructions in %d files", n, len(files))
	if n == 0 {
		t.Error("found no WORD instructions")
	}
}
