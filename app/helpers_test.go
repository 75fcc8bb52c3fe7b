package app

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline-app/dateline/timeline"
)

// testArticle is a small article whose timeline the tests build by hand,
// so they do not depend on what the extractor makes of it.
const testArticle = `---
title: A test article
source: Test Times
published: 2024-06-12
---

Leaders met at a summit last year in the far east.

The council veto came in March, officials said.

A state visit is expected in the coming weeks, and talks happened recently.

A Message from Test Times: please support us monthly.
`

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// testTimeline loads testArticle and ties three events and one undated
// mention to its words.
func testTimeline(t testing.TB) *timeline.Timeline {
	t.Helper()
	a, err := timeline.Load("test.md", []byte(testArticle))
	if err != nil {
		t.Fatal(err)
	}
	a.Paragraphs[len(a.Paragraphs)-1].Furniture = true
	mention := func(phrase, value string, begin, end time.Time) timeline.Mention {
		off := strings.Index(a.Body, phrase)
		if off < 0 {
			t.Fatalf("phrase %q not in test article", phrase)
		}
		m := timeline.Mention{Start: off, End: off + len(phrase), Text: phrase, Type: "DATE",
			Value: value, Begin: begin, Finish: end, Why: "test: " + phrase + " is " + value}
		for _, p := range a.Paragraphs {
			if p.Start <= off && off < p.End {
				m.Paragraph = p.N
				m.Sentence = timeline.Span{Start: p.Start, End: p.End}
			}
		}
		return m
	}
	event := func(id, label string, mod timeline.Modality, m timeline.Mention) timeline.Event {
		return timeline.Event{ID: id, Label: label, Value: m.Value, Start: m.Begin, End: m.Finish,
			Grain: "month", Modality: mod, Paragraphs: []int{m.Paragraph}, Mentions: []timeline.Mention{m}}
	}
	return &timeline.Timeline{
		Article: a,
		Events: []timeline.Event{
			event("e1", "Summit in the far east", timeline.Happened, mention("last year", "2023", day(2023, 1, 1), day(2024, 1, 1))),
			event("e2", "Council veto", timeline.Happened, mention("in March", "2024-03", day(2024, 3, 1), day(2024, 4, 1))),
			event("e3", "State visit", timeline.Expected, mention("in the coming weeks", "FUTURE_REF", day(2024, 6, 12), day(2024, 7, 10))),
		},
		Undated: []timeline.Mention{mention("recently", "PAST_REF", time.Time{}, time.Time{})},
	}
}

// syntheticTimeline makes n events spread over ten years, for benchmarks.
func syntheticTimeline(n int) *timeline.Timeline {
	a := &timeline.Article{Title: "synthetic", Published: day(2024, 6, 12), HasPublished: true,
		Body: "x", Paragraphs: []timeline.Paragraph{{N: 1, Start: 0, End: 1}}}
	tl := &timeline.Timeline{Article: a}
	mods := []timeline.Modality{timeline.Happened, timeline.Expected, timeline.Reported}
	for i := range n {
		start := day(2014, 1, 1).AddDate(0, 0, i*3650/max(n, 1))
		end := start.AddDate(0, 0, 1+(i%5)*20)
		tl.Events = append(tl.Events, timeline.Event{ID: fmt.Sprintf("e%d", i+1), Label: fmt.Sprintf("Event %d", i+1),
			Value: start.Format("2006-01-02"), Start: start, End: end, Grain: "day", Modality: mods[i%len(mods)],
			Paragraphs: []int{1}})
	}
	return tl
}

// newTestUI builds the whole window on Fyne's headless driver. Background
// work runs inline (see UI.inline); tests of the asynchronous path turn
// that off.
func newTestUI(t testing.TB) (*UI, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	u := Create(a, w)
	u.inline = true
	w.Resize(fyne.NewSize(1200, 800))
	return u, w
}

// shownPhrase is a marked phrase as the article view shows it.
type shownPhrase struct {
	passage *Passage
	mark    passageMark
}

// findPhrase returns the marked phrase with the given words.
func findPhrase(t *testing.T, u *UI, text string) shownPhrase {
	t.Helper()
	for _, pv := range u.article.paras {
		for _, m := range pv.text.marks {
			if pv.text.Text[m.start:m.end] == text {
				return shownPhrase{pv.text, m}
			}
		}
	}
	t.Fatalf("no marked phrase %q in the article view", text)
	return shownPhrase{}
}

// tap taps the first word of the phrase where it is drawn.
func (s shownPhrase) tap(t *testing.T) {
	t.Helper()
	for _, pc := range s.passage.pieces {
		if pc.start == s.mark.start {
			test.TapAt(s.passage, pc.pos.Add(fyne.NewPos(pc.width/2, 4)))
			return
		}
	}
	t.Fatal("phrase is not laid out")
}

// richText returns the plain text of a RichText.
func richText(rt *widget.RichText) string { return rt.String() }
