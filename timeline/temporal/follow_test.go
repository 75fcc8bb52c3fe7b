package temporal

import (
	"os"
	"regexp/syntax"
	"testing"
)

func TestNextChars(t *testing.T) {
	tests := []struct {
		pattern, word string
		yes, no       string // characters in the set, and not
	}{
		{`^the\s+(?:end|beginning)\s+of`, "the", "eb", "sxw1"},
		{`^(?:the\s+)?[0-9]+s`, "the", "0123456789", "abc"},
		{`^the(?:\s+year)?`, "the", "abcxyz019", ""}, // the match may end after "the": all
		{`^these\s+days`, "the", "s", "adxyz0 "},     // only "these" goes on from "the"
		{`^fy\s*'?[0-9]{2}`, "fy", "'0", "a"},
	}
	for _, tt := range tests {
		re, err := syntax.Parse(tt.pattern, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		prog, err := syntax.Compile(re.Simplify())
		if err != nil {
			t.Fatal(err)
		}
		set := nextChars(prog, tt.word)
		for i := range len(tt.yes) {
			if !set.has(tt.yes[i]) {
				t.Errorf("nextChars(%q, %q) lacks %q", tt.pattern, tt.word, tt.yes[i])
			}
		}
		for i := range len(tt.no) {
			if set.has(tt.no[i]) {
				t.Errorf("nextChars(%q, %q) has %q", tt.pattern, tt.word, tt.no[i])
			}
		}
	}
}

// testTexts returns the test texts the engine's checks run over: a news
// report, the rule showcase and the corpus.
func testTexts(t *testing.T) []string {
	var texts []string
	for _, name := range []string{"testdata/article.txt", "testdata/news.txt", "testdata/corpus.txt"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	return texts
}

// TestNextCharsSkipsOnlyFailures checks, at each trigger word of the test
// texts, that a rule matchAt skips for the character after the word does
// not match there.
func TestNextCharsSkipsOnlyFailures(t *testing.T) {
	skipped := 0
	for _, text := range testTexts(t) {
		sc := scanner{text: text, lower: lowerASCII(text)}
		for {
			tr, ok := sc.next()
			if !ok {
				break
			}
			if tr.e.follows() == nil {
				continue
			}
			window := sc.lower[tr.start:min(len(text), tr.start+maxSpan)]
			after, ok := charAfterWord(window, tr.end-tr.start)
			if !ok {
				continue
			}
			for i, r := range tr.e.rules {
				if tr.e.next[i].has(after) {
					continue
				}
				skipped++
				if loc := r.re.FindStringSubmatchIndex(window); loc != nil {
					t.Errorf("rule %q skipped at %q, where it matches %q", r.Name, window, window[:loc[1]])
				}
			}
		}
	}
	if skipped == 0 {
		t.Error("no rule skipped")
	}
}
