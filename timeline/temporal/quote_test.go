package temporal

import (
	"strconv"
	"testing"
)

// TestQuote checks that quote and quoteIn give exactly what strconv.Quote
// gives, on the fast path and off it.
func TestQuote(t *testing.T) {
	for _, s := range []string{
		"", "Saturday", "March 3, 2024", "the 1990s", "O'Brien's day", "~ }",
		`say "now"`, `back\slash`, "tab\there", "new\nline", "caf\u00e9", "\x7f", "\xff", "Tet \u2014 2024",
	} {
		if got, want := quote(s), strconv.Quote(s); got != want {
			t.Errorf("quote(%q) = %s, want %s", s, got, want)
		}
		if got, want := quoteIn("in (", s, ")"), "in ("+strconv.Quote(s)+")"; got != want {
			t.Errorf("quoteIn(%q) = %s, want %s", s, got, want)
		}
	}
}
