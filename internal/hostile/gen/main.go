// Command gen writes the adversarial files of package hostile.
//
//	go run ./internal/hostile/gen -corpus ndarray/testdata/fuzz
//
// writes the small ones (under 16 KB) as seeds of the ndarray fuzz targets,
// in Go's corpus format, one directory per target; with -dir DIR it writes
// every file as is into DIR, plus -full, a 44 MB zip64 .npz that really
// expands to 42 GB (for trying the readers by hand; never committed).
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ndsimd/ndsimd/internal/hostile"
)

// targets maps a file's suffix to the fuzz targets it seeds.
var targets = map[string][]string{
	".npy":   {"FuzzReadNPY", "FuzzReadNPZ"},
	".npz":   {"FuzzReadNPZ"},
	".png":   {"FuzzReadImage"},
	".jsonl": {"FuzzReadImage"},
}

func main() {
	corpus := flag.String("corpus", "", "write small files as fuzz seeds under this directory (ndarray/testdata/fuzz)")
	dir := flag.String("dir", "", "write every file into this directory")
	full := flag.Bool("full", false, "with -dir, also write zip64-expands-42GB.npz (44 MB)")
	flag.Parse()
	if *corpus == "" && *dir == "" {
		flag.Usage()
		os.Exit(2)
	}
	files := hostile.Files()
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		b := files[name]
		if *dir != "" {
			write(filepath.Join(*dir, name), b)
		}
		if *corpus == "" || len(b) > 16<<10 {
			continue
		}
		for _, tgt := range targets[filepath.Ext(name)] {
			write(filepath.Join(*corpus, tgt, "hostile-"+strings.TrimSuffix(name, filepath.Ext(name))), seed(b))
		}
	}
	if *dir != "" && *full {
		bm := hostile.Bomb{Elems: 42 << 30 / 8, ZeroMiB: 42 << 10}
		write(filepath.Join(*dir, "zip64-expands-42GB.npz"), bm.NPZ())
	}
}

// seed is b in Go's fuzz corpus format for a func(*testing.T, []byte).
func seed(b []byte) []byte {
	return []byte(fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", b))
}

func write(path string, b []byte) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		log.Fatal(err)
	}
}
