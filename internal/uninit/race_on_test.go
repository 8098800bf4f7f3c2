//go:build race

package uninit

// raceEnabled: the race detector's shadow memory of a written block stays
// resident after the block is freed, so Rss cannot come back.
const raceEnabled = true
