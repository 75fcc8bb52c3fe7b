package edit_test

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/dateline-app/dateline/timeline/edit"
)

const story = `---
title: The bridge
published: 2024-06-12
---
The old bridge closed last year.

The city says the new one will open next month.
`

// The GUI opens an article as a Session, applies the reader's
// corrections to it and undoes them; each change is saved beside the
// article as it is made.
func ExampleOpen() {
	dir, _ := os.MkdirTemp("", "dateline-example")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "story.md")
	os.WriteFile(path, []byte(story), 0o644)

	data, _ := os.ReadFile(path)
	s, err := edit.Open(path, data)
	if err != nil {
		fmt.Println(err)
		return
	}
	s.OnChange(func() { fmt.Println("changed; can undo:", s.CanUndo()) })
	for _, e := range s.Timeline().Events {
		fmt.Println(e.ID, e.Value)
	}
	if err := s.Apply(edit.SetDate{Event: "e2", Date: edit.Date{Value: "2024-08"}}); err != nil {
		fmt.Println(err)
	}
	if err := s.Apply(edit.SetLabel{Event: "e1", Label: "Old bridge closes"}); err != nil {
		fmt.Println(err)
	}
	fmt.Println(s.Timeline().Events[0].Label, "|", s.Timeline().Events[1].Value, "|", s.Timeline().Events[1].Why)
	fmt.Println("saved in", filepath.Base(s.SidecarPath()))

	s.Undo()
	reopened, _ := edit.Open(path, data)
	fmt.Println("reopened with", len(reopened.Corrections()), "correction")
	// Output:
	// e1 2023
	// e2 2024-07
	// changed; can undo: true
	// changed; can undo: true
	// Old bridge closes | 2024-08 | date set by hand to 2024-08 (it was 2024-07)
	// saved in story.md.dateline.json
	// changed; can undo: true
	// reopened with 1 correction
}

// A new publication date re-resolves every relative date; corrections
// made before still apply, since they name the words, not the event IDs.
func ExampleSession_SetPublished() {
	s, _ := edit.Open("", []byte(story)) // no file: nothing is saved
	s.Apply(edit.SetModality{Event: "e2", Modality: "expected"})
	s.SetPublished(time.Date(2030, 1, 15, 0, 0, 0, 0, time.UTC))
	for _, e := range s.Timeline().Events {
		fmt.Println(e.ID, e.Value, e.Modality, edit.KeyOf(e))
	}
	// Output:
	// e1 2029 happened "last year" at 22-31
	// e2 2030-02 expected "next month" at 70-80
}

func ExampleParseValue() {
	for _, v := range []string{"2024-SU", "2024-W25", "2024-06/2024-08"} {
		d, _ := edit.ParseValue(v, time.UTC)
		fmt.Println(v, d.Grain, d.Start.Format(time.DateOnly), d.End.Format(time.DateOnly))
	}
	// Output:
	// 2024-SU season 2024-06-01 2024-09-01
	// 2024-W25 week 2024-06-17 2024-06-24
	// 2024-06/2024-08 month 2024-06-01 2024-09-01
}

// `dateline extract` applies the sidecar the window saved, so it prints
// what the window shows.
func ExampleForExtract() {
	sc, err := edit.ForExtract("auto", "story-without-corrections.md")
	fmt.Println(sc == nil, err)
	// Output:
	// true <nil>
}
