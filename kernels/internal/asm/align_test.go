package asm

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Go's linker aligns a data symbol to at most 32 bytes on amd64: a 64-byte
// constant lands at 0 or 32 mod 64, wherever the other symbols push it, so
// an AVX-512 instruction reading a whole 64-byte vector straight from a
// symbol may straddle two cache lines on every pass of a loop. (AMD Zen 4
// splits a ZMM load into two 32-byte halves and pays nothing at 32 mod 64;
// CPUs with full-width loads pay for every line split.) The generators
// read whole-vector constants through a base register that points at a
// 64-byte aligned copy (gen/internal/aligned: LEAQ sym(SB), R; LEAQ d(R),
// T; TESTL $32, R; CMOVQNE T, R, with two copies d bytes apart), or as
// broadcasts and preloads. TestNoSplitConstantLoads scans every loop of the
// generated amd64 assembly and fails on any full-width ZMM memory operand
// that reads a symbol directly or through a register that is not such a
// base, and on a base whose two copies differ, so the hazard cannot come
// back silently.

// narrowZ lists the instructions with a ZMM operand whose memory operand is
// narrower than 64 bytes (so a 32-byte aligned symbol serves them).
var narrowZ = map[string]bool{
	"VBROADCASTSD": true, "VBROADCASTSS": true, "VPBROADCASTQ": true,
	"VPBROADCASTD": true, "VPBROADCASTW": true, "VPBROADCASTB": true,
	"VBROADCASTF64X4": true, "VBROADCASTF32X4": true, "VBROADCASTI64X4": true,
	"VBROADCASTI32X4": true, "VBROADCASTF64X2": true, "VBROADCASTI64X2": true,
	"VBROADCASTF32X8": true, "VBROADCASTI32X8": true,
	"VCVTPS2PD": true, "VCVTDQ2PD": true, "VCVTUDQ2PD": true,
	"VPMOVZXBD": true, "VPMOVZXBQ": true, "VPMOVZXWD": true, "VPMOVZXWQ": true,
	"VPMOVZXDQ": true, "VPMOVSXBD": true, "VPMOVSXBQ": true, "VPMOVSXWD": true,
	"VPMOVSXWQ": true, "VPMOVSXDQ": true,
	"VINSERTF64X4": true, "VINSERTI64X4": true, "VINSERTF32X8": true, "VINSERTI32X8": true,
	"VINSERTF64X2": true, "VINSERTI64X2": true, "VINSERTF32X4": true, "VINSERTI32X4": true,
	"VMOVSD": true, "VMOVSS": true, "VMOVQ": true, "VMOVD": true,
}

var (
	labelLine = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_]*):\s*(//.*)?$`)
	zReg      = regexp.MustCompile(`^Z([0-9]|[12][0-9]|3[01])$`)
	// symMem matches sym<>+off(SB) with an optional (index*scale).
	symMem = regexp.MustCompile(`^([A-Za-z0-9_·]+)(?:<>)?(?:([+-][0-9]+|[+-]0x[0-9a-fA-F]+))?\(SB\)(\([A-Z0-9]+\*[0-9]+\))?$`)
	// regMem matches off(R) with an optional (index*scale).
	regMem = regexp.MustCompile(`^(-?[0-9]+|-?0x[0-9a-fA-F]+)?\(([A-Z0-9]+)\)(\([A-Z0-9]+\*[0-9]+\))?$`)
)

type asmInst struct {
	line int
	op   string // mnemonic with its suffixes (VADDPD.BCST)
	args []string
}

type asmFunc struct {
	name   string
	insts  []asmInst
	labels map[string]int // label -> index of the next instruction
}

// readAsmFuncs splits assembly text into its TEXT functions.
func readAsmFuncs(r io.Reader) ([]*asmFunc, error) {
	var fns []*asmFunc
	var cur *asmFunc
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		s := sc.Text()
		if i := strings.Index(s, "//"); i >= 0 {
			s = s[:i]
		}
		t := strings.TrimSpace(s)
		switch {
		case t == "":
		case strings.HasPrefix(t, "TEXT "):
			cur = &asmFunc{name: strings.TrimSuffix(strings.Fields(t)[1], "(SB),"), labels: map[string]int{}}
			fns = append(fns, cur)
		case cur == nil || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "DATA ") || strings.HasPrefix(t, "GLOBL "):
		case labelLine.MatchString(t):
			cur.labels[labelLine.FindStringSubmatch(t)[1]] = len(cur.insts)
		default:
			op, rest, _ := strings.Cut(t, " ")
			var args []string
			for _, a := range strings.Split(rest, ",") {
				if a = strings.TrimSpace(a); a != "" {
					args = append(args, a)
				}
			}
			cur.insts = append(cur.insts, asmInst{line: n, op: op, args: args})
		}
	}
	return fns, sc.Err()
}

// inLoop marks the instructions between a label and a later jump back to it.
func (f *asmFunc) inLoop() []bool {
	loop := make([]bool, len(f.insts))
	for j, in := range f.insts {
		if !strings.HasPrefix(in.op, "J") || len(in.args) != 1 {
			continue
		}
		if i, ok := f.labels[in.args[0]]; ok && i <= j {
			for k := i; k <= j; k++ {
				loop[k] = true
			}
		}
	}
	return loop
}

func parseOff(s string) int {
	if s == "" {
		return 0
	}
	v, err := strconv.ParseInt(s, 0, 64)
	if err != nil {
		panic(err)
	}
	return int(v)
}

// alignedBase is what the four instructions LEAQ sym(SB), R; LEAQ d(R), T;
// TESTL $32, R; CMOVQNE T, R leave in R: the address of the copy of sym's
// constants that starts on a 64-byte boundary (package aligned of the
// generators), when sym holds two copies d bytes apart.
type alignedBase struct {
	sym    string
	other  string // T
	d      int
	tested bool
	done   bool
}

// splitLoads returns, for each instruction of f inside a loop that reads a
// whole ZMM vector of constant data that may straddle two cache lines, a
// description of it. aligned records, for each symbol used through an
// aligned base, the distance of its two copies.
func (f *asmFunc) splitLoads(file string, aligned map[string]int) []string {
	var bad []string
	loop := f.inLoop()
	bases := map[string]*alignedBase{} // by register
	for i, in := range f.insts {
		mn, _, _ := strings.Cut(in.op, ".")
		dst := ""
		if len(in.args) > 0 {
			dst = in.args[len(in.args)-1]
		}
		switch {
		case mn == "LEAQ" && len(in.args) == 2 && symMem.MatchString(in.args[0]):
			bases[dst] = &alignedBase{sym: symMem.FindStringSubmatch(in.args[0])[1]}
			continue
		case mn == "LEAQ" && len(in.args) == 2:
			if m := regMem.FindStringSubmatch(in.args[0]); m != nil && m[3] == "" && bases[m[2]] != nil && !bases[m[2]].done {
				delete(bases, dst)
				bases[m[2]].other, bases[m[2]].d = dst, parseOff(m[1])
				continue
			}
		case mn == "TESTL" && len(in.args) == 2 && bases[dst] != nil && parseOff(strings.TrimPrefix(in.args[0], "$")) == 32:
			bases[dst].tested = true
			continue
		case mn == "CMOVQNE" && len(in.args) == 2 && bases[dst] != nil && bases[dst].tested && bases[dst].other == in.args[0]:
			b := bases[dst]
			b.done = true
			aligned[b.sym] = b.d
			continue
		}
		if dst != "" && !strings.Contains(dst, "(") && len(in.args) >= 2 && !strings.HasPrefix(mn, "CMP") && !strings.HasPrefix(mn, "TEST") {
			// Any other write to the register ends its life as a base.
			delete(bases, dst)
		}
		if !loop[i] || strings.Contains(in.op, ".BCST") || narrowZ[mn] || strings.Contains(mn, "GATHER") || strings.Contains(mn, "SCATTER") {
			continue
		}
		hasZ := false
		for _, a := range in.args {
			if zReg.MatchString(a) {
				hasZ = true
			}
		}
		if !hasZ {
			continue
		}
		for _, a := range in.args {
			if m := symMem.FindStringSubmatch(a); m != nil {
				bad = append(bad, fmt.Sprintf("%s:%d: %s: %s reads 64 bytes of %s directly (the linker aligns it to 32 bytes at most)", file, in.line, f.name, in.op, m[1]))
			} else if m := regMem.FindStringSubmatch(a); m != nil && bases[m[2]] != nil {
				switch b := bases[m[2]]; {
				case !b.done:
					bad = append(bad, fmt.Sprintf("%s:%d: %s: %s reads 64 bytes of %s through %s, which is not a 64-byte aligned base", file, in.line, f.name, in.op, b.sym, m[2]))
				case m[3] == "" && parseOff(m[1])&63 != 0:
					bad = append(bad, fmt.Sprintf("%s:%d: %s: %s reads 64 bytes at offset %s of aligned %s", file, in.line, f.name, in.op, m[1], b.sym))
				case m[3] != "":
					bad = append(bad, fmt.Sprintf("%s:%d: %s: %s reads 64 bytes at an index of aligned %s", file, in.line, f.name, in.op, b.sym))
				}
			}
		}
	}
	return bad
}

var dataLine = regexp.MustCompile(`^DATA\s+([A-Za-z0-9_·]+)(?:<>)?\+([0-9]+)\(SB\)/8,\s*\$(0x[0-9a-fA-F]+)\s*$`)
var globlLine = regexp.MustCompile(`^GLOBL\s+([A-Za-z0-9_·]+)(?:<>)?\(SB\),\s*[A-Z|]+,\s*\$([0-9]+)\s*$`)

// checkCopies checks that each symbol read through an aligned base holds
// two identical copies d-32 bytes long, d bytes apart, so that both
// placements the linker may choose read the same constants.
func checkCopies(file string, r io.Reader, aligned map[string]int) []string {
	data := map[string]map[int]string{}
	size := map[string]int{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		t := strings.TrimSpace(sc.Text())
		if m := dataLine.FindStringSubmatch(t); m != nil {
			if data[m[1]] == nil {
				data[m[1]] = map[int]string{}
			}
			data[m[1]][parseOff(m[2])] = strings.ToLower(m[3])
		} else if m := globlLine.FindStringSubmatch(t); m != nil {
			size[m[1]] = parseOff(m[2])
		}
	}
	if err := sc.Err(); err != nil {
		return []string{err.Error()}
	}
	var bad []string
	for sym, d := range aligned {
		n := d - 32
		if n <= 0 || n%64 != 0 || size[sym] != 2*n+32 {
			bad = append(bad, fmt.Sprintf("%s: %s has %d bytes, but its aligned base assumes two copies of %d bytes, %d apart", file, sym, size[sym], n, d))
			continue
		}
		for off := 0; off < n; off += 8 {
			a, okA := data[sym][off]
			b, okB := data[sym][off+d]
			if !okA || !okB || a != b {
				bad = append(bad, fmt.Sprintf("%s: %s: the copies differ at offset %d (%s, %s)", file, sym, off, a, b))
				break
			}
		}
	}
	return bad
}

// splitHazards returns every hazard in the assembly text src of file.
func splitHazards(file, src string) []string {
	fns, err := readAsmFuncs(strings.NewReader(src))
	if err != nil {
		return []string{err.Error()}
	}
	var bad []string
	aligned := map[string]int{}
	for _, f := range fns {
		bad = append(bad, f.splitLoads(file, aligned)...)
	}
	return append(bad, checkCopies(file, strings.NewReader(src), aligned)...)
}

func TestNoSplitConstantLoads(t *testing.T) {
	files, err := filepath.Glob("*_amd64.s")
	if err != nil || len(files) == 0 {
		t.Fatalf("no amd64 assembly found: %v", err)
	}
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range splitHazards(file, string(src)) {
			t.Error(b)
		}
	}
}

// alignedData is a block of two 64-byte constants in two copies 160 bytes
// apart (size 288), as gen/internal/aligned writes it.
func alignedData(differ bool) string {
	var b strings.Builder
	for _, off := range []int{0, 160} {
		for i := 0; i < 128; i += 8 {
			v := i / 64
			if differ && off > 0 && i == 72 {
				v = 9
			}
			fmt.Fprintf(&b, "DATA k_consts<>+%d(SB)/8, $0x%016x\n", off+i, v)
		}
	}
	return b.String() + "GLOBL k_consts<>(SB), RODATA|NOPTR, $288\n"
}

const alignedEntry = `
	LEAQ    k_consts<>+0(SB), AX
	LEAQ    160(AX), CX
	TESTL   $0x00000020, AX
	CMOVQNE CX, AX
`

// TestSplitHazards checks the scan on small functions: it must find each
// kind of hazard and pass the safe forms.
func TestSplitHazards(t *testing.T) {
	for _, c := range []struct {
		name string
		src  string
		bad  int
	}{
		{"direct in loop", "TEXT ·f(SB), NOSPLIT, $0-0\nloop:\n\tVADDPD k_one<>+0(SB), Z0, Z1\n\tDECQ CX\n\tJNZ loop\n\tRET\n", 1},
		{"indexed in loop", "TEXT ·f(SB), NOSPLIT, $0-0\nloop:\n\tVMOVDQU64 k_tab<>+0(SB)(AX*1), Z1\n\tJMP loop\n", 1},
		{"direct before the loop", "TEXT ·f(SB), NOSPLIT, $0-0\n\tVMOVUPD k_one<>+0(SB), Z2\nloop:\n\tVADDPD Z2, Z0, Z1\n\tJNZ loop\n\tRET\n", 0},
		{"direct after the loop", "TEXT ·f(SB), NOSPLIT, $0-0\nloop:\n\tJNZ loop\ntail:\n\tVADDPD k_one<>+0(SB), Z0, Z1\n\tRET\n", 0},
		{"broadcast", "TEXT ·f(SB), NOSPLIT, $0-0\nloop:\n\tVADDPD.BCST k_one<>+0(SB), Z0, Z1\n\tVBROADCASTSD k_one<>+0(SB), Z3\n\tJNZ loop\n", 0},
		{"ymm", "TEXT ·f(SB), NOSPLIT, $0-0\nloop:\n\tVADDPD k_one<>+0(SB), Y0, Y1\n\tJNZ loop\n", 0},
		{"aligned base", "TEXT ·f(SB), NOSPLIT, $0-0" + alignedEntry + "loop:\n\tVADDPD 64(AX), Z0, Z1\n\tVADDPD (AX), Z0, Z1\n\tJNZ loop\n\tRET\n" + alignedData(false), 0},
		{"aligned base, odd offset", "TEXT ·f(SB), NOSPLIT, $0-0" + alignedEntry + "loop:\n\tVADDPD 32(AX), Z0, Z1\n\tJNZ loop\n" + alignedData(false), 1},
		{"aligned base, copies differ", "TEXT ·f(SB), NOSPLIT, $0-0" + alignedEntry + "loop:\n\tVADDPD 64(AX), Z0, Z1\n\tJNZ loop\n" + alignedData(true), 1},
		{"aligned base, wrong distance", "TEXT ·f(SB), NOSPLIT, $0-0" + strings.Replace(alignedEntry, "160(AX)", "128(AX)", 1) + "loop:\n\tVADDPD 64(AX), Z0, Z1\n\tJNZ loop\n" + alignedData(false), 1},
		{"base not rounded", "TEXT ·f(SB), NOSPLIT, $0-0\n\tLEAQ k_consts<>+0(SB), AX\nloop:\n\tVADDPD 64(AX), Z0, Z1\n\tJNZ loop\n" + alignedData(false), 1},
		{"base overwritten", "TEXT ·f(SB), NOSPLIT, $0-0" + alignedEntry + "\tMOVQ BX, AX\nloop:\n\tVADDPD 64(AX), Z0, Z1\n\tJNZ loop\n" + alignedData(false), 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			bad := splitHazards("x.s", c.src)
			if len(bad) != c.bad {
				t.Errorf("found %d hazards, want %d: %q", len(bad), c.bad, bad)
			}
		})
	}
}
