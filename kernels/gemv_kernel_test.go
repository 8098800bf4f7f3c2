package kernels

import "testing"

// TestGemvKernel checks the name GemvKernel reports under every
// implementation the machine runs: its own four-row kernel where
// it registers one, else the implementation's Dot per row.
func TestGemvKernel(t *testing.T) {
	for _, im := range Implementations() {
		if !im.Available {
			continue
		}
		restore, err := Use(im.Name)
		if err != nil {
			t.Fatal(err)
		}
		own := lookup(im.Name).f64.gemv.name == im.Name
		for _, elem := range []string{"f64", "f32"} {
			want := im.Name + " 4-row"
			if !own {
				want = KernelImpl("Dot", elem) + " Dot per row"
			}
			if got := GemvKernel(elem); got != want {
				t.Errorf("under %s: GemvKernel(%q) = %q, want %q", im.Name, elem, got, want)
			}
		}
		restore()
	}
}
