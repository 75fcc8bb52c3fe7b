package temporal

import (
	"regexp/syntax"
	"testing"
)

// TestRulePatternsStaySmall keeps every rule's compiled pattern within the
// size for which Go's regexp package uses its bounded backtracker (500
// instructions, regexp/backtrack.go) instead of the much slower NFA
// simulation; a rule that grows past it costs tagging speed on every
// trigger word. A size check, not a timing: speed itself is measured by
// BenchmarkTag.
func TestRulePatternsStaySmall(t *testing.T) {
	const maxBacktrackProg = 500
	for _, r := range rules {
		re, err := syntax.Parse(r.re.String(), syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		p, err := syntax.Compile(re.Simplify())
		if err != nil {
			t.Fatal(err)
		}
		if n := len(p.Inst); n > maxBacktrackProg {
			t.Errorf("rule %q compiles to %d instructions (> %d): split it or narrow its pattern", r.Name, n, maxBacktrackProg)
		}
	}
}
