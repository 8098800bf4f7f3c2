package uninit

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// allowedCallers are the packages that may use Make: each writes every
// element of a fresh slice before returning it, and its tests run with the
// allocations poisoned (internal/uninit/poisontest) so an unwritten element
// fails them. A new caller is added here only together with such tests.
var allowedCallers = []string{
	"internal/uninit/poisontest",
	"linalg",
	"ndarray",
	"nn",
	"ufunc",
}

// TestCallersAreAllowed lists the packages of the module whose non-test
// files import internal/uninit and compares them with allowedCallers.
func TestCallersAreAllowed(t *testing.T) {
	root := filepath.Join("..", "..")
	var found []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, imp := range f.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); p == "github.com/ndsimd/ndsimd/internal/uninit" {
				rel, _ := filepath.Rel(root, filepath.Dir(path))
				if rel = filepath.ToSlash(rel); !slices.Contains(found, rel) {
					found = append(found, rel)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(found)
	if !slices.Equal(found, allowedCallers) {
		t.Errorf("packages importing internal/uninit: %v\nallowed: %v\n(add a caller to allowedCallers only with poisoned-allocation tests)", found, allowedCallers)
	}
}
