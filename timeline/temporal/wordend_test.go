package temporal

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

func TestEndWords(t *testing.T) {
	tests := []struct {
		name, pattern string
		want          string // "" when the pattern stays as it is
	}{
		{"run before a space", `[a-z]+\s+ago`, `[a-z]+\b\s+ago`},
		{"optional runs before a dash", `(?:a\s+)?[a-z]+(?:[\s-][a-z]+)?[\s-]+x`, `(?:a\s+)?[a-z]+\b(?:[\s-][a-z]+\b)?[\s-]+x`},
		{"run in a group", `(?P<n>[0-9]+)\.`, `(?P<n>[0-9]+\b)\.`},
		{"run that may end the match", `[a-z]+`, ""},
		{"run that may be followed by a letter", `[a-z]+(?:s|\s)`, ""},
		{"run that may give back a letter", `[a-z]+[a-z]\s`, ""},
		{"lazy run", `[a-z]+?\s`, ""},
		{"run of non-word characters", `[a-z.]+\s`, ""},
	}
	for _, tt := range tests {
		want := tt.pattern
		if tt.want != "" {
			re, err := syntax.Parse(tt.want, syntax.Perl)
			if err != nil {
				t.Fatal(err)
			}
			want = re.String() // endWords returns a changed pattern as the parser prints it
		}
		if got := endWords(tt.pattern); got != want {
			t.Errorf("%s: endWords(%q) = %q; want %q", tt.name, tt.pattern, got, want)
		}
	}
}

// TestEndWordsKeepsMatches checks that each rule's plain pattern and its
// endWords form give the same match, with the same groups, at each word of
// the test texts and of the rule's examples.
func TestEndWordsKeepsMatches(t *testing.T) {
	var texts []string
	for _, text := range testTexts(t) {
		texts = append(texts, lowerASCII(text))
	}
	for _, r := range rules {
		plain := regexp.MustCompile(`^(?:` + r.Pattern + `)`)
		if plain.String() == r.re.String() {
			continue
		}
		for _, text := range append(texts, lowerASCII(strings.Join(r.Examples, "\n"))) {
			for i := range len(text) {
				if i > 0 && isLowerAlnum(text[i-1]) {
					continue
				}
				w := text[i:min(len(text), i+maxSpan)]
				if got, want := r.re.FindStringSubmatchIndex(w), plain.FindStringSubmatchIndex(w); !slices.Equal(got, want) {
					t.Errorf("rule %q at %q: %v; the plain pattern gives %v", r.Name, w, got, want)
				}
			}
		}
	}
}
