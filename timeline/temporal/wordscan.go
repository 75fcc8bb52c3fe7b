package temporal

import "math/bits"

// The scanner reads the text eight bytes at a time where it can: one load
// lower-cases eight bytes (lowerASCII), finds where a word of up to eight
// letters ends (letterRun) and, the word being a number, looks it up in a
// table of the lexicon's short words (lexShort) with one multiplication
// and one comparison. A byte at a time, the scanner spent about twenty
// instructions per byte of text, and lower-casing seven more.

// Eight copies of a byte: the SWAR (SIMD within a register) constants.
const (
	ones8  = 0x0101010101010101
	highs8 = 0x80 * ones8
)

// load64 returns the first eight bytes of s (at least eight long) as a
// little-endian word: one load (the compiler merges the byte reads).
func load64(s string) uint64 {
	s = s[:8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// inRange8 returns the high bit of each byte of x that lies in [lo, hi]
// (both ASCII), the other bits clear. The low seven bits of each byte are
// moved up by adding a constant that cannot carry into the next byte; a
// byte beyond ASCII is never in range.
func inRange8(x uint64, lo, hi byte) uint64 {
	y := x &^ highs8
	return (y + uint64(0x80-lo)*ones8) &^ (y + uint64(0x80-hi-1)*ones8) &^ x & highs8
}

// lower8 lower-cases the ASCII capitals among the eight bytes of x, as
// lowerByte does one byte at a time.
func lower8(x uint64) uint64 { return x | inRange8(x, 'A', 'Z')>>2 }

// letterRun returns how many of the eight bytes of x (the first in the
// low byte) are small letters a-z before the first that is not: 8 when
// all are.
func letterRun(x uint64) int {
	return bits.TrailingZeros64(^inRange8(x, 'a', 'z')&highs8) >> 3
}

// sentenceEnd8 returns the high bit of each byte of x that is one of
// sentenceEndBytes, the other bits clear: inRange8(x, b, b) for each byte
// b of them, sharing the masking (written out, so that it is inlined).
func sentenceEnd8(x uint64) uint64 {
	y := x &^ highs8
	m := (y+(0x80-'\n')*ones8)&^(y+(0x80-'\n'-1)*ones8) |
		(y+(0x80-'!')*ones8)&^(y+(0x80-'!'-1)*ones8) |
		(y+(0x80-'.')*ones8)&^(y+(0x80-'.'-1)*ones8) |
		(y+(0x80-';')*ones8)&^(y+(0x80-';'-1)*ones8) |
		(y+(0x80-'?')*ones8)&^(y+(0x80-'?'-1)*ones8)
	return m &^ x & highs8
}

// indexSentenceEnd is strings.IndexAny(s, sentenceEndBytes), eight bytes
// at a time: the index of the first byte of s that may end a sentence, or
// -1. (resolveAll and sentenceEndsIn run it over most of the text.)
func indexSentenceEnd(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if m := sentenceEnd8(load64(s[i:])); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for ; i < len(s); i++ {
		switch s[i] {
		case '\n', '!', '?', ';', '.':
			return i
		}
	}
	return -1
}

// letterEnd returns the end of the run of small letters a-z that goes on
// at lower[j].
func letterEnd(lower string, j int) int {
	for j+8 <= len(lower) {
		n := letterRun(load64(lower[j:]))
		j += n
		if n < 8 {
			return j
		}
	}
	for j < len(lower) && isLower(lower[j]) {
		j++
	}
	return j
}

// lexShort holds the lexicon's words of one to eight small letters, keyed
// by the word read as a little-endian number (the bytes after the word
// zero), for the scanner: the eight bytes it has loaded to find the end of
// a word are, masked, the key. Words with other characters ("o'clock",
// "1st") are never a run of letters, and the scanner never looks them up.
var lexShort shortTable

// shortBits sizes lexShort: 2048 slots, of which the lexicon's 570 or so
// short words fill a quarter (add panics past a half). The size is a
// constant so that the hash is a multiplication and a constant shift, and
// the slot needs no bounds check.
const shortBits = 11

// shortTable is an open-addressing table of words of one to eight bytes,
// hashed by a multiplication (Fibonacci hashing).
type shortTable struct {
	slots [1 << shortBits]shortSlot // key 0 is free
	n     int
}

type shortSlot struct {
	key uint64
	e   *entry
}

// shortKey returns the key of a word of one to eight bytes.
func shortKey(w string) uint64 {
	var k uint64
	for i := len(w) - 1; i >= 0; i-- {
		k = k<<8 | uint64(w[i])
	}
	return k
}

// keyMask[n] keeps the first n bytes of a key.
var keyMask = [8]uint64{0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF, 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF}

func shortSlotOf(key uint64) uint64 { return key * 0x9E3779B97F4A7C15 >> (64 - shortBits) }

// add puts e in the table under e.word (of one to eight bytes).
func (t *shortTable) add(e *entry) {
	if t.n++; 2*t.n > len(t.slots) {
		panic("temporal: lexShort is more than half full: raise shortBits")
	}
	key := shortKey(e.word)
	i := shortSlotOf(key)
	for t.slots[i].key != 0 {
		i = (i + 1) % (1 << shortBits)
	}
	t.slots[i] = shortSlot{key, e}
}

// get returns the entry of the word whose key is key, or nil.
func (t *shortTable) get(key uint64) *entry {
	for i := shortSlotOf(key); ; i = (i + 1) % (1 << shortBits) {
		switch s := &t.slots[i]; s.key {
		case key:
			return s.e
		case 0:
			return nil
		}
	}
}
