package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline-app/dateline/timeline/temporal"
)

// wrapWidth is the longest line we take for hard-wrapped prose: a block of
// lines no longer than this is one paragraph; longer lines are each one
// paragraph (text pasted from a web page puts one paragraph on a line).
const wrapWidth = 100

type line struct {
	start, end int // without the newline
}

func lines(body string) []line {
	var out []line
	for start := 0; start <= len(body); {
		i := strings.IndexByte(body[start:], '\n')
		end := len(body)
		if i >= 0 {
			end = start + i
		}
		e := end
		if e > start && body[e-1] == '\r' {
			e--
		}
		out = append(out, line{start, e})
		if i < 0 {
			break
		}
		start = end + 1
	}
	return out
}

// blockStart reports whether a Markdown line starts a block of its own.
func blockStart(s string) bool {
	t := strings.TrimLeft(s, " ")
	if t == "" {
		return false
	}
	switch t[0] {
	case '#', '>', '-', '*', '+', '|':
		return true
	}
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i < len(t) && (t[i] == '.' || t[i] == ')')
}

// hardWrapped reports whether a block of lines is prose wrapped at a fixed
// width: no line is longer than wrapWidth, and most lines break inside a
// sentence. A block whose lines each end a sentence holds one paragraph per
// line, as text pasted from a web page does.
func hardWrapped(body string, b []line) bool {
	if len(b) < 2 {
		return false
	}
	inside := 0
	for _, l := range b[:len(b)-1] {
		text := strings.TrimRight(body[l.start:l.end], " \t")
		if utf8.RuneCountInString(text) > wrapWidth {
			return false
		}
		if !endsSentence(text) {
			inside++
		}
	}
	return inside*2 >= len(b)-1
}

// endsSentence reports whether a line ends with sentence-final punctuation,
// perhaps followed by closing quotes or brackets, or with a colon.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, `"')]”’*_`)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, ":")
}

// splitParagraphs splits a body into paragraphs: blocks separated by blank
// lines, where a block whose lines are all short is hard-wrapped prose (one
// paragraph) and a block of long lines holds one paragraph per line.
func splitParagraphs(body string) []Paragraph {
	var blocks [][]line
	var cur []line
	for _, l := range lines(body) {
		if strings.TrimSpace(body[l.start:l.end]) == "" {
			if len(cur) > 0 {
				blocks = append(blocks, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, l)
	}
	if len(cur) > 0 {
		blocks = append(blocks, cur)
	}
	var paras []Paragraph
	add := func(start, end int) {
		text := body[start:end]
		lead := len(text) - len(strings.TrimLeft(text, " \t"))
		start += lead
		end = start + len(strings.TrimRight(body[start:end], " \t"))
		p := Paragraph{N: len(paras) + 1, Start: start, End: end}
		p.Heading = strings.HasPrefix(body[start:end], "#")
		p.Sentences = splitSentences(body, start, end)
		paras = append(paras, p)
	}
	for _, b := range blocks {
		if !hardWrapped(body, b) {
			for _, l := range b {
				add(l.start, l.end)
			}
			continue
		}
		start := b[0].start
		for i := 1; i < len(b); i++ {
			if blockStart(body[b[i].start:b[i].end]) || blockStart(body[b[i-1].start:b[i-1].end]) && strings.HasPrefix(strings.TrimSpace(body[b[i-1].start:b[i-1].end]), "#") {
				add(start, b[i-1].end)
				start = b[i].start
			}
		}
		add(start, b[len(b)-1].end)
	}
	return paras
}

// splitSentences splits body[start:end] at sentence ends: . ! or ? (and any
// closing quotes or brackets) followed by space and a capital letter, digit
// or opening quote, unless the period ends a known abbreviation or an
// initial.
func splitSentences(body string, start, end int) []Span {
	var out []Span
	s := start
	for i := start; i < end; i++ {
		c := body[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < end && strings.ContainsRune(`"')]”’`, rune(body[j])) || j+2 < end && (body[j:j+3] == "”" || body[j:j+3] == "’") {
			if body[j] < utf8.RuneSelf {
				j++
			} else {
				j += 3
			}
		}
		if j >= end || body[j] != ' ' {
			continue
		}
		k := j
		for k < end && body[k] == ' ' {
			k++
		}
		if k >= end {
			continue
		}
		r, _ := utf8.DecodeRuneInString(body[k:])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune(`"'“‘(`, r) {
			continue
		}
		if clock := strings.HasSuffix(body[s:i], "a.m") || strings.HasSuffix(body[s:i], "p.m"); c == '.' && (clock && !temporal.ClockEnds(body[:end], i) || !clock && isAbbrev(body[s:i])) {
			continue // "Mr.", "10 a.m. Monday"; but "at 8:15 a.m. Prime Minister Ishiba attended" ends
		}
		out = append(out, Span{s, j})
		s = k
	}
	if s < end {
		out = append(out, Span{s, end})
	}
	return out
}

func isAbbrev(before string) bool {
	w := before
	if i := strings.LastIndexAny(before, " (\"“"); i >= 0 {
		w = before[i+1:]
	}
	if len(w) == 1 && unicode.IsUpper(rune(w[0])) {
		return true // an initial: "John F. Kennedy"
	}
	return temporal.Abbreviation(w)
}
