package bench

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"
)

// Result is one measurement: the op, shape and dtype of a workload, the
// implementation it ran under and its time per call. Its JSON form is the
// NumPy script's: {"op","shape","dtype","impl","ns"}.
type Result struct {
	Op    string  `json:"op"`
	Shape []int   `json:"shape"`
	Dtype string  `json:"dtype"`
	Impl  string  `json:"impl"`
	Ns    float64 `json:"ns"`
}

// Key identifies a workload, whatever the implementation.
func (r Result) Key() string { return fmt.Sprintf("%s %v %s", r.Op, r.Shape, r.Dtype) }

// ReadResults reads JSON lines as the NumPy script prints them (impl is
// empty there). Lines that are not JSON objects are skipped.
func ReadResults(r io.Reader) ([]Result, error) {
	var out []Result
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Bytes()
		if len(line) == 0 || line[0] != '{' {
			continue
		}
		var res Result
		if err := json.Unmarshal(line, &res); err != nil {
			return nil, fmt.Errorf("reading results: %v in %q", err, line)
		}
		out = append(out, res)
	}
	return out, sc.Err()
}

// Table is the results of several implementations of the same workloads.
type Table struct {
	Impls []string           // column order
	Rows  []Result           // one per workload (Impl and Ns unused), in order
	Ns    map[string]float64 // by Key + "/" + impl
}

// NewTable groups results by workload.
func NewTable(results []Result) *Table {
	t := &Table{Ns: map[string]float64{}}
	seen := map[string]bool{}
	for _, r := range results {
		if !seen[r.Key()] {
			seen[r.Key()] = true
			t.Rows = append(t.Rows, r)
		}
		if !slices.Contains(t.Impls, r.Impl) {
			t.Impls = append(t.Impls, r.Impl)
		}
		t.Ns[r.Key()+"/"+r.Impl] = r.Ns
	}
	return t
}

// Get returns the time of a workload under impl, if measured.
func (t *Table) Get(row Result, impl string) (float64, bool) {
	ns, ok := t.Ns[row.Key()+"/"+impl]
	return ns, ok
}
