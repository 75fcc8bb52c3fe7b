package edit

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/dateline-app/dateline/timeline"
)

// benchSession opens a hand-built article of n one-mention events (the
// tagger is left out: these benchmarks measure the corrections model)
// with k corrections already made.
func benchSession(b *testing.B, n, k int) *Session {
	b.Helper()
	path := filepath.Join(b.TempDir(), "story.md")
	data := handText(n)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	s, err := open(path, data, func(a *timeline.Article) *timeline.Timeline { return handEvents(a, 1) })
	if err != nil {
		b.Fatal(err)
	}
	for i := range k {
		if err := s.Apply(SetLabel{Event: fmt.Sprintf("e%d", 1+i*7%n), Label: fmt.Sprint("label ", i)}); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

// BenchmarkApplySave is the cost of one correction as the GUI makes it:
// apply to a timeline of 1,000 events, then write the sidecar atomically
// (temporary file, fsync, rename).
func BenchmarkApplySave(b *testing.B) {
	for _, k := range []int{0, 100} {
		b.Run(fmt.Sprintf("events=1000/corrections=%d", k), func(b *testing.B) {
			s := benchSession(b, 1000, k)
			i := 0
			for b.Loop() {
				if err := s.Apply(SetDate{Event: fmt.Sprintf("e%d", 1+i%1000), Date: Date{Value: "2025-Q2"}}); err != nil {
					b.Fatal(err)
				}
				i++
				b.StopTimer()
				s.Undo() // keep the history and the sidecar at k corrections
				b.StartTimer()
			}
		})
	}
}

// BenchmarkUndo is Undo then Redo on a timeline of 1,000 events with 100
// corrections: each replays the corrections on the extraction and saves.
func BenchmarkUndo(b *testing.B) {
	s := benchSession(b, 1000, 100)
	for b.Loop() {
		s.Undo()
		s.Redo()
	}
}

// BenchmarkReplay is Apply (the package function) of 100 corrections to
// a timeline of 1,000 events, as on opening an article or a new
// publication date, without saving.
func BenchmarkReplay(b *testing.B) {
	s := benchSession(b, 1000, 100)
	base, cs := s.base, s.Corrections()
	for b.Loop() {
		if _, orphans := Apply(base, cs); len(orphans) > 0 {
			b.Fatal(orphans)
		}
	}
}

// BenchmarkApply is BenchmarkApplySave without the save, to tell the
// model's cost from the disk's (fsync).
func BenchmarkApply(b *testing.B) {
	s := benchSession(b, 1000, 100)
	s.path = "" // text with no file: nothing is saved
	i := 0
	for b.Loop() {
		if err := s.Apply(SetDate{Event: fmt.Sprintf("e%d", 1+i%1000), Date: Date{Value: "2025-Q2"}}); err != nil {
			b.Fatal(err)
		}
		i++
		b.StopTimer()
		s.Undo()
		b.StartTimer()
	}
}
