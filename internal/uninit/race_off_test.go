//go:build !race

package uninit

const raceEnabled = false
