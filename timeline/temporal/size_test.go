package temporal

import (
	"strings"
	"testing"
)

// TestRulePatternsStaySmall keeps every rule's compiled pattern within the
// size for which backtracker runs it (maxBacktrackProg, 500 instructions,
// as Go's regexp bounds its own backtracker) instead of leaving it to
// regexp's much slower NFA simulation; a rule that grows past it costs
// tagging speed on every trigger word. A size check, not a timing: speed itself is measured by
// BenchmarkTag.
//
// The two holiday rules are exempt: they hold the ~300 names of the holiday
// table, and run only where a holiday name stands (never on
// testdata/article.txt, once on testdata/news.txt); one run costs about
// 15 µs against about 1 µs for a date rule (measured on a 64-byte window).
func TestRulePatternsStaySmall(t *testing.T) {
	for _, r := range rules {
		if strings.Contains(r.Name, "<holiday>") {
			continue
		}
		if n := len(r.syntaxProg().Inst); n > maxBacktrackProg {
			t.Errorf("rule %q compiles to %d instructions (> %d): split it or narrow its pattern", r.Name, n, maxBacktrackProg)
		}
	}
}
