package conformance

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strconv"

	"github.com/ndsimd/ndsimd/ndarray"
)

// Case is one NumPy-generated case.
type Case struct {
	ID        string                     `json:"id"`
	Op        string                     `json:"op"`
	Args      []jsonArray                `json:"args"`
	Kw        map[string]json.RawMessage `json:"kw"`
	Want      *jsonArray                 `json:"want"`
	WantList  []jsonArray                `json:"want_list"`
	WantText  *string                    `json:"want_text"`
	Tol       *float64                   `json:"tol"`
	WantError *struct {
		Kind         string `json:"kind"`
		NumpyMessage string `json:"numpy_message"`
	} `json:"want_error"`
}

// jsonArray is an array as the case files write it.
type jsonArray struct {
	Dtype string            `json:"dtype"`
	Shape []int             `json:"shape"`
	Data  []json.RawMessage `json:"data"`
}

// ReadCases reads a JSON-lines case file.
func ReadCases(path string) ([]Case, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var cases []Case
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for line := 1; sc.Scan(); line++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var c Case
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		cases = append(cases, c)
	}
	return cases, sc.Err()
}

// floatValue parses a JSON number or "nan", "inf", "-inf".
func floatValue(raw json.RawMessage) (float64, error) {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		switch s {
		case "nan":
			return math.NaN(), nil
		case "inf":
			return math.Inf(1), nil
		case "-inf":
			return math.Inf(-1), nil
		}
		return 0, fmt.Errorf("bad float %q", s)
	}
	var v float64
	err := json.Unmarshal(raw, &v)
	return v, err
}

// decode turns a case array into *ndarray.Array[T] for its dtype, as an any.
func decode(j jsonArray) (any, error) {
	switch j.Dtype {
	case "float64":
		return decodeAs[float64](j)
	case "float32":
		return decodeAs[float32](j)
	case "int64":
		return decodeAs[int64](j)
	case "int32":
		return decodeAs[int32](j)
	case "int16":
		return decodeAs[int16](j)
	case "int8":
		return decodeAs[int8](j)
	case "uint64":
		return decodeAs[uint64](j)
	case "uint32":
		return decodeAs[uint32](j)
	case "uint16":
		return decodeAs[uint16](j)
	case "uint8":
		return decodeAs[uint8](j)
	case "bool":
		data := make([]bool, len(j.Data))
		for i, raw := range j.Data {
			if err := json.Unmarshal(raw, &data[i]); err != nil {
				return nil, err
			}
		}
		return ndarray.Wrap(data, j.Shape...), nil
	}
	return nil, fmt.Errorf("dtype %s not supported by the runner", j.Dtype)
}

func decodeAs[T ndarray.Number](j jsonArray) (*ndarray.Array[T], error) {
	data := make([]T, len(j.Data))
	integer := j.Dtype != "float64" && j.Dtype != "float32"
	for i, raw := range j.Data {
		if integer { // exactly, also past 2**53
			v, err := intValue[T](raw)
			if err != nil {
				return nil, err
			}
			data[i] = v
			continue
		}
		v, err := floatValue(raw)
		if err != nil {
			return nil, err
		}
		data[i] = T(v)
	}
	if len(j.Shape) == 0 && len(data) != 1 {
		return nil, fmt.Errorf("0-d array with %d values", len(data))
	}
	return ndarray.Wrap(data, j.Shape...), nil
}

// intValue parses a JSON integer exactly into T.
func intValue[T ndarray.Number](raw json.RawMessage) (T, error) {
	text := string(raw)
	if i, err := strconv.ParseInt(text, 10, 64); err == nil {
		return T(i), nil
	}
	u, err := strconv.ParseUint(text, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("bad integer %s", text)
	}
	return T(u), nil
}

// kwInt, kwBool, kwInts read keyword arguments.
func kwInts(c *Case, name string) (ints []int, present bool, err error) {
	raw, ok := c.Kw[name]
	if !ok || string(raw) == "null" {
		return nil, false, nil
	}
	var one int
	if json.Unmarshal(raw, &one) == nil {
		return []int{one}, true, nil
	}
	err = json.Unmarshal(raw, &ints)
	return ints, true, err
}

func kwBool(c *Case, name string) bool {
	var b bool
	if raw, ok := c.Kw[name]; ok {
		_ = json.Unmarshal(raw, &b)
	}
	return b
}
