package temporal

import (
	"strconv"
	"strings"
)

// match is one rule's match at one position, as its extract function sees
// it: named groups, and the words around it for the checks that keep news
// traps out ("March on Washington", "prices fall", "$2000").
type match struct {
	text       string // the whole text
	start, end int    // the match, as offsets into text
	names      []string
	loc        []int // group offsets relative to start (regexp submatch indexes)
}

// get returns the text of the named group, or "" when it did not take part.
// A name may stand in several alternatives; the first that matched wins.
func (m *match) get(name string) string {
	for i, n := range m.names {
		if n == name && m.loc[2*i] >= 0 {
			return m.text[m.start+m.loc[2*i] : m.start+m.loc[2*i+1]]
		}
	}
	return ""
}

// groupEnd returns the offset in text where the named group ends, or -1
// when it did not take part.
func (m *match) groupEnd(name string) int {
	for i, n := range m.names {
		if n == name && m.loc[2*i] >= 0 {
			return m.start + m.loc[2*i+1]
		}
	}
	return -1
}

// has reports whether the named group took part in the match.
func (m *match) has(name string) bool { return m.get(name) != "" }

// int returns the named group as a number (0 when absent).
func (m *match) int(name string) int {
	n, _ := strconv.Atoi(m.get(name))
	return n
}

// prevWord returns the word before the match and whether a sentence starts
// between it and the match (or the match opens the text).
func (m *match) prevWord() (word string, sentenceStart bool) {
	i := m.start
	for i > 0 && !isAlnum(m.text[i-1]) {
		switch m.text[i-1] {
		case '.', '!', '?', '\n', '"', ':', ';':
			return "", true
		case '-', 0x94, 0x93: // a dash between spaces opens a clause: "TOKYO (Reuters) - July was", "LONDON — March was"
			if d := strings.LastIndexByte(m.text[:i-1], ' '); d >= 0 && i < len(m.text) && m.text[i] == ' ' && (d == i-2 || d == i-4 && (m.text[d+1:i] == "—" || m.text[d+1:i] == "–")) {
				return "", true
			}
		}
		i--
	}
	j := i
	for j > 0 && isAlnum(m.text[j-1]) {
		j--
	}
	if j < i && j > 0 && m.text[j-1] >= 0x80 && isLower(m.text[j]) {
		// the tail of a word with letters outside ASCII: "Siân May"
		for j > 0 && (isLetter(m.text[j-1]) || m.text[j-1] >= 0x80) {
			j--
		}
	}
	if j == i {
		return "", true
	}
	return m.text[j:i], false
}

// ownerWord is prevWord without a possessive: "India's Independence
// Day" gives "India".
func (m *match) ownerWord() (word string, sentenceStart bool) {
	w, start := m.prevWord()
	if w != "s" || start {
		return w, start
	}
	i := m.start
	for i > 0 && m.text[i-1] != 's' {
		i--
	}
	i-- // the s
	switch {
	case i > 0 && m.text[i-1] == '\'':
		i--
	case i > 2 && m.text[i-3:i] == "’":
		i -= 3
	default:
		return w, start
	}
	o := *m
	o.start = i
	return o.prevWord()
}

// nextWord returns the word after the match, as written ("" at a
// punctuation mark or the end).
func (m *match) nextWord() string {
	i := m.end
	for i < len(m.text) && (m.text[i] == ' ' || m.text[i] == '\t') {
		i++
	}
	j := i
	for j < len(m.text) && (isAlnum(m.text[j]) || m.text[j] == '\'') {
		j++
	}
	return m.text[i:j]
}

// followedByPunct reports whether a punctuation mark follows the match
// (so that a capitalised next word opens a new sentence or clause).
func (m *match) followedByPunct() bool {
	for i := m.end; i < len(m.text); i++ {
		switch c := m.text[i]; {
		case c == ' ' || c == '\t':
			continue
		case isAlnum(c):
			return false
		}
		return true
	}
	return true
}

func (m *match) prevByte() byte {
	if m.start == 0 {
		return 0
	}
	return m.text[m.start-1]
}

func (m *match) nextByte() byte {
	if m.end >= len(m.text) {
		return 0
	}
	return m.text[m.end]
}

// isAlnum and isLetter read a table (byteKinds): one load and a test,
// where the comparisons took four, with branches; the walks over words
// (prevWord, the tense reader's) make them among the most frequent tests.
func isAlnum(c byte) bool  { return byteKinds[c]&(kindLetter|kindDigit) != 0 }
func isLetter(c byte) bool { return byteKinds[c]&kindLetter != 0 }
func isDigit(c byte) bool  { return '0' <= c && c <= '9' }

// Kinds of bytes, as bits of byteKinds.
const (
	kindLetter     = 1 << iota // ASCII letter, a-z or A-Z
	kindDigit                  // 0-9
	kindApostrophe             // ', which isWordByte takes as part of a word
)

var byteKinds = func() (k [256]uint8) {
	for c := range k {
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			k[c] = kindLetter
		case '0' <= c && c <= '9':
			k[c] = kindDigit
		case c == '\'':
			k[c] = kindApostrophe
		}
	}
	return k
}()

func isUpper(s string) bool {
	return s != "" && 'A' <= s[0] && s[0] <= 'Z'
}

// quantity reads an amount written in figures or words ("3", "three",
// "twenty-five", "a couple of"); ok is false for vague amounts ("a few").
func quantity(s string) (n float64, ok bool) {
	s = norm(s)
	if a, b, ok := strings.Cut(s, "/"); ok && s != "" && isDigit(s[0]) {
		num, err1 := strconv.Atoi(a)
		den, err2 := strconv.Atoi(b)
		return float64(num) / float64(den), err1 == nil && err2 == nil && num > 0 && num < den
	}
	if s == "half a" || s == "half an" {
		return 0.5, true // "half a century"
	}
	if f, ok := fractions[strings.TrimSuffix(strings.TrimSuffix(s, " of"), " an")]; ok {
		return f, true // "half", "a quarter of", "three-quarters of"
	}
	if s != "" && isDigit(s[0]) {
		f, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64) // "1,000"
		return f, err == nil
	}
	if vagueNumbers[s] {
		return 0, false
	}
	if v, found := numbers[s]; found {
		return float64(v), true
	}
	if a, rest, ok := strings.Cut(s, " "); ok && (a == "a" || numbers[a] > 0 && numbers[a] < 20) {
		n := max(numbers[a], 1) // "a hundred years", "two thousand years"
		switch rest {
		case "hundred":
			return float64(100 * n), true
		case "thousand":
			return float64(1000 * n), true
		}
	}
	// Compounds: "twenty-five", "twenty five" (tens, then units).
	total := 0
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
	for i, w := range words {
		v, found := numbers[w]
		if !found || len(words) > 2 || i == 0 && (v < 20 || v%10 != 0) || i == 1 && v >= 10 {
			return 0, false
		}
		total += v
	}
	return float64(total), total > 0
}

// gluedByApostrophe reports whether the word at text[i:] is the end of a
// word an apostrophe joins it to: "nor'easter".
func gluedByApostrophe(text string, i int) bool {
	switch {
	case i >= 2 && text[i-1] == '\'':
		return isLetter(text[i-2])
	case i >= 4 && strings.HasSuffix(text[:i], "’"):
		return isLetter(text[i-4])
	}
	return false
}
