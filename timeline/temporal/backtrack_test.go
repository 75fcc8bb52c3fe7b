package temporal

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestBacktracker checks that backtracker finds what Go's regexp finds,
// with the same groups: every rule indexed under a word, at every word of
// the test texts (the spec, a third of the probe of recent news, the
// sample articles) and of every rule's Examples, on the window Tag gives
// it; and
// every rule at a sample of other positions, where the pruning has the
// most to do.
func TestBacktracker(t *testing.T) {
	var texts []string
	for _, name := range []string{"testdata/corpus.txt", "testdata/modern.txt", "testdata/news.txt", "testdata/article.txt"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	for _, r := range rules {
		texts = append(texts, strings.Join(r.Examples, ". "))
	}
	var bt backtracker
	checked, matched := 0, 0
	check := func(r *rule, window string) {
		bt.reset()
		want := r.re.FindStringSubmatchIndex(window)
		got := r.find(window, &bt)
		if !slices.Equal(got, want) {
			t.Fatalf("rule %q at %q: backtracker %v, regexp %v", r.Name, window, got, want)
		}
		checked++
		if want != nil {
			matched++
		}
	}
	for k, text := range texts {
		lower := lowerASCII(text)
		s := scanner{text: text, lower: lower}
		for n := 0; ; n++ {
			tr, ok := s.next()
			if !ok {
				break
			}
			if k == 1 && n%3 != 0 {
				continue // the probe is long: a third of its words
			}
			window := lower[tr.start:min(len(text), tr.start+maxSpan)]
			for _, r := range tr.e.rules {
				check(r, window)
			}
		}
		if k < 4 {
			// every rule, at every 509th byte of the texts
			for i := 0; i < len(lower); i += 509 {
				for _, r := range rules {
					check(r, lower[i:min(len(lower), i+maxSpan)])
				}
			}
		}
	}
	if matched == 0 {
		t.Fatal("nothing matched")
	}
	t.Logf("%d windows, %d matches, the same", checked, matched)
}

// FuzzBacktracker compares backtracker with Go's regexp on any window, for
// every rule (go test -fuzz FuzzBacktracker; the seeds run with the tests).
func FuzzBacktracker(f *testing.F) {
	for _, seed := range []string{"two years ago", "about 3½ hours", "the past five months", "jan. 6, 2021 at 2:30 p.m. et", "mid-2026", "’80s", "a.m", "twenty-four hours later"} {
		f.Add(seed)
	}
	var bt backtracker
	f.Fuzz(func(t *testing.T, window string) {
		window = lowerASCII(window)
		for _, r := range rules {
			bt.reset()
			want := r.re.FindStringSubmatchIndex(window)
			if got := r.find(window, &bt); !slices.Equal(got, want) {
				t.Fatalf("rule %q at %q: backtracker %v, regexp %v", r.Name, window, got, want)
			}
		}
	})
}
