package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/ndsimd/ndsimd/ndarray"
)

// shown is what every *ndarray.Array[T] read from a file offers.
type shown interface {
	Shape() ndarray.Shape
	Dtype() string
	String() string
}

// runShow prints each .npy file's shape, dtype and values as NumPy would
// (every array of a .npz file).
func runShow(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("show", stderr)
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() == 0 {
		return usageError(fs, "give an .npy or .npz file")
	}
	code := exitOK
	for _, path := range fs.Args() {
		if err := showFile(stdout, path); err != nil {
			msg := err.Error()
			if !strings.Contains(msg, path) {
				msg = path + ": " + msg
			}
			fmt.Fprintf(stderr, "ndsimd show: %s\n", msg)
			code = exitFail
		}
	}
	return code
}

// showFile prints one file. A panic from inside (there should be none:
// readers return errors) is reported as the file's error, not a trace.
func showFile(w io.Writer, path string) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s: %v", path, p)
		}
	}()
	if strings.HasSuffix(strings.ToLower(path), ".npz") {
		z, err := ndarray.OpenNPZFile(path)
		if err != nil {
			return err
		}
		defer z.Close()
		for _, name := range z.Names() {
			a, err := z.Read(name)
			if err != nil {
				return fmt.Errorf("array %s: %v", name, err)
			}
			showArray(w, path+":"+name, a)
		}
		return nil
	}
	a, err := ndarray.ReadNPYFile(path)
	if err != nil {
		return err
	}
	showArray(w, path, a)
	return nil
}

func showArray(w io.Writer, name string, v any) {
	a := v.(shown)
	fmt.Fprintf(w, "%s: shape %s, dtype %s\n%s\n", name, a.Shape(), a.Dtype(), a.String())
}
