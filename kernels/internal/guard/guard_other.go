//go:build !(linux && (amd64 || arm64))

package guard

// Supported reports whether guard pages work on this platform.
const Supported = false

// Alloc returns [ErrUnsupported] on this platform.
func Alloc[T any](n int, p Placement) (s []T, free func(), err error) {
	return nil, nil, ErrUnsupported
}
