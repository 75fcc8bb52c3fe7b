package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-app/dateline/assets"
)

// BenchmarkCorrectInWindow measures what a person waits for after a
// correction: the change applied, the sidecar written atomically (for an
// article file), and the chart, list, article and details shown again.
// One iteration is two changes: Delete Event, then Undo.
func BenchmarkCorrectInWindow(b *testing.B) {
	var long strings.Builder
	long.WriteString("---\ntitle: Many events\npublished: 2024-06-12\n---\n\n")
	for i := range 1000 {
		fmt.Fprintf(&long, "The council met on %s.\n\n", day(2000, 1, 1).AddDate(0, 0, 5*i).Format("January 2, 2006"))
	}
	cases := []struct {
		name string
		file bool // saved beside a file, or in memory only
		text []byte
	}{
		{"sample (in memory)", false, assets.Sample},
		{"1000 events (file)", true, []byte(long.String())},
	}
	for _, bc := range cases {
		b.Run(bc.name, func(b *testing.B) {
			u, _ := newTestUI(b)
			if bc.file {
				path := filepath.Join(b.TempDir(), "many.md")
				if err := os.WriteFile(path, bc.text, 0o644); err != nil {
					b.Fatal(err)
				}
				u.Open(path)
			} else {
				u.OpenData("sample.md", bc.text)
			}
			if u.tl == nil || len(u.tl.Events) == 0 || bc.file && len(u.tl.Events) < 900 {
				b.Fatalf("no events to correct: %v", u.status.Text)
			}
			n := len(u.tl.Events)
			b.ResetTimer()
			for i := range b.N {
				u.Select(i % n)
				u.deleteEvent()
				u.undoCorrection()
			}
			b.StopTimer()
			if len(u.tl.Events) != n {
				b.Fatalf("after Delete and Undo: %d events; want %d", len(u.tl.Events), n)
			}
		})
	}
}
