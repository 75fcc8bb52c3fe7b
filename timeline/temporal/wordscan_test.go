package temporal

import (
	"math/rand"
	"strings"
	"testing"
)

// TestEightBytes compares lowerASCII, letterRun and lexShort, which read
// eight bytes at a time, with the same work done a byte at a time: every
// byte value at every place in the word, and random texts.
func TestEightBytes(t *testing.T) {
	words := []uint64{0, ^uint64(0), 0x4141414141414141, 0x6161616161616161, 0x7a5a417b405b6061}
	for p := 0; p < 8; p++ {
		for c := 0; c < 256; c++ {
			for _, base := range []uint64{0x6161616161616161, 0x2020202020202020, 0xC3C3C3C3C3C3C3C3, 0x4141414141414141} {
				words = append(words, base&^(0xFF<<(8*p))|uint64(c)<<(8*p))
			}
		}
	}
	r := rand.New(rand.NewSource(1))
	for range 10000 {
		words = append(words, r.Uint64())
	}
	for _, x := range words {
		var b [8]byte
		for i := range b {
			b[i] = byte(x >> (8 * i))
		}
		s := string(b[:])
		if got := load64(s); got != x {
			t.Fatalf("load64(%q) = %#x, want %#x", s, got, x)
		}
		want := 0
		for want < 8 && isLower(s[want]) {
			want++
		}
		if got := letterRun(x); got != want {
			t.Errorf("letterRun(%q) = %d, want %d", s, got, want)
		}
		var l [8]byte
		for i := range l {
			l[i] = lowerByte[s[i]]
		}
		if got := lowerASCII(s + s[:5]); got != string(l[:])+string(l[:5]) {
			t.Errorf("lowerASCII(%q) = %q, want %q", s, got, l)
		}
	}
	for range 200 {
		b := make([]byte, r.Intn(40))
		for i := range b {
			if b[i] = byte('a' + r.Intn(26)); r.Intn(12) == 0 {
				b[i] = " Z9{`\xc3"[r.Intn(6)]
			}
		}
		s := string(b)
		for j := range len(s) + 1 {
			want := j
			for want < len(s) && isLower(s[want]) {
				want++
			}
			if got := letterEnd(s, j); got != want {
				t.Errorf("letterEnd(%q, %d) = %d, want %d", s, j, got, want)
			}
		}
	}
	for n := range 100 { // texts of every length up to 100 bytes, any bytes
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.Intn(256))
		}
		want := make([]byte, n)
		for i, c := range b {
			want[i] = lowerByte[c]
		}
		if got := lowerASCII(string(b)); got != string(want) {
			t.Errorf("lowerASCII(%q) = %q, want %q", b, got, want)
		}
	}
	n := 0
	for w, e := range lexicon {
		short := len(w) >= 1 && len(w) <= 8
		for i := 0; i < len(w); i++ {
			short = short && isLower(w[i])
		}
		if len(w) == 0 || len(w) > 8 {
			continue
		}
		got := lexShort.get(shortKey(w))
		if short && got != e || !short && got != nil {
			t.Errorf("lexShort.get(%q) = %v, want it in the table: %v", w, got, short)
		}
		if short {
			n++
		}
	}
	for _, w := range []string{"a", "zz", "thee", "th", "mondays", "januaryy"} {
		if got := lexShort.get(shortKey(w)); got != lexicon[w] {
			t.Errorf("lexShort.get(%q) = %v, want %v", w, got, lexicon[w])
		}
	}
	if n < 100 {
		t.Errorf("only %d short words in the lexicon", n)
	}
}

// TestByteKinds checks the table behind isLetter, isAlnum and isWordByte against
// their definitions, for every byte.
func TestByteKinds(t *testing.T) {
	for i := range 256 {
		c := byte(i)
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		alnum := letter || '0' <= c && c <= '9'
		if isLetter(c) != letter || isAlnum(c) != alnum || isWordByte(c) != (alnum || c == '\'') {
			t.Errorf("byte %#x: isLetter %v, isAlnum %v, isWordByte %v", c, isLetter(c), isAlnum(c), isWordByte(c))
		}
	}
}

// TestPrevWord compares prevWord with the word that starts at
// prevWordStart, read forward up to at, on random texts at every offset.
func TestPrevWord(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	for range 300 {
		b := make([]byte, r.Intn(30))
		for i := range b {
			b[i] = "ab9' .,-\xe2"[r.Intn(9)]
		}
		s := string(b)
		for at := range len(s) + 1 {
			j := prevWordStart(s, at)
			i := j
			for i < at && isWordByte(s[i]) {
				i++
			}
			if got := prevWord(s, at); got != s[j:i] {
				t.Errorf("prevWord(%q, %d) = %q, want %q", s, at, got, s[j:i])
			}
		}
	}
}

// TestIndexSentenceEnd checks indexSentenceEnd against strings.IndexAny,
// at every offset of texts with each end byte, their neighbours and bytes
// beyond ASCII that share their low seven bits.
func TestIndexSentenceEnd(t *testing.T) {
	texts := []string{
		"", "a", "no end here at all, none", "Mr. Smith said so. Then he left!",
		"what?\nnext; and", "\x8a\xa1\xae\xbb\xbf\x0b \x20-/:<>@ plain words then.",
		"caf\u00e9 \u201cquoted\u201d \u2014 text without an end", "1234567.", "12345678.",
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			if got, want := indexSentenceEnd(s[i:]), strings.IndexAny(s[i:], sentenceEndBytes); got != want {
				t.Errorf("indexSentenceEnd(%q) = %d, want %d", s[i:], got, want)
			}
		}
	}
	for c := 0; c < 256; c++ {
		for n := 1; n <= 17; n++ {
			s := strings.Repeat("x", n-1) + string([]byte{byte(c)})
			if got, want := indexSentenceEnd(s), strings.IndexAny(s, sentenceEndBytes); got != want {
				t.Errorf("indexSentenceEnd(%q) = %d, want %d", s, got, want)
			}
		}
	}
}
