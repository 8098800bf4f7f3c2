package hostile

import (
	"bytes"
	"compress/flate"
	"io"
	"testing"
)

func TestZeroDeflateExpands(t *testing.T) {
	for _, mib := range []int{0, 1, 2, 5} {
		s := zeroDeflate([]byte("head"), mib)
		n, err := io.Copy(io.Discard, flate.NewReader(bytes.NewReader(s)))
		if err != nil || n != int64(4+mib<<20) {
			t.Errorf("%d MiB: %d bytes, %v", mib, n, err)
		}
	}
}
