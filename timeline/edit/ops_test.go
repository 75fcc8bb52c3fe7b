package edit

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-app/dateline/timeline"
)

// handBuilt builds a timeline by hand (no tagger): an article of n
// paragraphs "Story i came to pass on day i.", each mention "day i" dated
// 2024-01-01 + i days, grouped into events of per mentions each.
func handBuilt(t testing.TB, n, per int) *timeline.Timeline {
	t.Helper()
	a, err := timeline.Load("hand.md", handText(n))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) != n {
		t.Fatalf("%d paragraphs, want %d", len(a.Paragraphs), n)
	}
	return handEvents(a, per)
}

// handText is the article of handBuilt.
func handText(n int) []byte {
	var body strings.Builder
	body.WriteString("---\ntitle: Hand built\npublished: 2024-06-12\n---\n")
	for i := range n {
		fmt.Fprintf(&body, "Story %d came to pass on day %d. Nothing else happened.\n\n", i, i)
	}
	return []byte(body.String())
}

// handEvents finds the events of handBuilt in an article of handText.
func handEvents(a *timeline.Article, per int) *timeline.Timeline {
	tl := &timeline.Timeline{Article: a}
	for i, p := range a.Paragraphs {
		word := fmt.Sprintf("day %d", i)
		start := p.Start + strings.Index(a.Body[p.Start:p.End], word)
		begin := day(2024, 1, 1).AddDate(0, 0, i)
		m := timeline.Mention{Paragraph: p.N, Start: start, End: start + len(word), Text: word, Type: "DATE",
			Value: begin.Format(time.DateOnly), Grain: "day", Begin: begin, Finish: begin.AddDate(0, 0, 1),
			Sentence: p.Sentences[0], Modality: timeline.Happened}
		if i%per == 0 {
			tl.Events = append(tl.Events, timeline.Event{Label: fmt.Sprintf("story %d", i), Value: m.Value,
				Start: m.Begin, End: m.Finish, Grain: "day", Modality: timeline.Happened})
		}
		e := &tl.Events[len(tl.Events)-1]
		e.Mentions = append(e.Mentions, m)
		e.Paragraphs = append(e.Paragraphs, p.N)
	}
	sortEvents(tl.Events)
	return tl
}

// checkConsistent checks what every timeline must hold, corrected or not.
func checkConsistent(t testing.TB, tl *timeline.Timeline) {
	t.Helper()
	body := tl.Article.Body
	ids := map[string]bool{}
	for i, e := range tl.Events {
		if e.ID != fmt.Sprintf("e%d", i+1) || ids[e.ID] {
			t.Errorf("event %d has ID %q", i, e.ID)
		}
		ids[e.ID] = true
		if i > 0 {
			p := tl.Events[i-1]
			if e.Start.Before(p.Start) || e.Start.Equal(p.Start) && e.End.Before(p.End) {
				t.Errorf("%s [%s, %s) sorted after %s [%s, %s)", e.ID, e.Start, e.End, p.ID, p.Start, p.End)
			}
		}
		if !e.End.After(e.Start) {
			t.Errorf("%s ends (%s) before it starts (%s)", e.ID, e.End, e.Start)
		}
		if len(e.Mentions) == 0 {
			t.Errorf("%s has no mention", e.ID)
		}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(body) || m.Start >= m.End || body[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %q at %d-%d is not in the body", e.ID, m.Text, m.Start, m.End)
			}
			if !slices.Contains(e.Paragraphs, m.Paragraph) {
				t.Errorf("%s: paragraphs %v lack %d of mention %q", e.ID, e.Paragraphs, m.Paragraph, m.Text)
			}
		}
	}
}

// byLabel finds an event by label.
func byLabel(t *testing.T, tl *timeline.Timeline, label string) timeline.Event {
	t.Helper()
	for _, e := range tl.Events {
		if e.Label == label {
			return e
		}
	}
	t.Fatalf("no event labelled %q", label)
	return timeline.Event{}
}

func spanOf(t *testing.T, tl *timeline.Timeline, words string) timeline.Span {
	t.Helper()
	i := strings.Index(tl.Article.Body, words)
	if i < 0 {
		t.Fatalf("no %q in the body", words)
	}
	return timeline.Span{Start: i, End: i + len(words)}
}

func TestOps(t *testing.T) {
	tests := []struct {
		name  string
		per   int // mentions per event in the hand-built timeline
		op    func(t *testing.T, tl *timeline.Timeline) Op
		check func(t *testing.T, before, after *timeline.Timeline)
	}{
		{"label", 1,
			func(*testing.T, *timeline.Timeline) Op { return SetLabel{Event: "e2", Label: "  A new label "} },
			func(t *testing.T, before, after *timeline.Timeline) {
				if got := after.Events[1].Label; got != "A new label" {
					t.Errorf("label = %q", got)
				}
				if after.Events[0].Label != before.Events[0].Label {
					t.Errorf("e1 changed too")
				}
			}},
		{"date by value moves the event", 1,
			func(*testing.T, *timeline.Timeline) Op { return SetDate{Event: "e1", Date: Date{Value: "2025-SU"}} },
			func(t *testing.T, before, after *timeline.Timeline) {
				e := after.Events[len(after.Events)-1]
				if e.Label != "story 0" || e.Value != "2025-SU" || e.Grain != "season" ||
					!e.Start.Equal(day(2025, 6, 1)) || !e.End.Equal(day(2025, 9, 1)) {
					t.Errorf("last event = %s %q %s [%s, %s)", e.ID, e.Label, e.Value, e.Start, e.End)
				}
				if !strings.Contains(e.Why, "by hand") || !strings.Contains(e.Why, "2024-01-01") {
					t.Errorf("Why = %q; want it to say the date was set by hand and what it was", e.Why)
				}
			}},
		{"date by range", 1,
			func(*testing.T, *timeline.Timeline) Op {
				return SetDate{Event: "e3", Date: Date{Start: day(2023, 12, 20), End: day(2024, 1, 10)}}
			},
			func(t *testing.T, before, after *timeline.Timeline) {
				e := byLabel(t, after, "story 2")
				if e.ID != "e1" || e.Value != "2023-12-20/2024-01-09" || e.Grain != "day" {
					t.Errorf("event = %s %s %s", e.ID, e.Value, e.Grain)
				}
			}},
		{"modality", 1,
			func(*testing.T, *timeline.Timeline) Op { return SetModality{Event: "e2", Modality: timeline.Expected} },
			func(t *testing.T, before, after *timeline.Timeline) {
				if after.Events[1].Modality != timeline.Expected {
					t.Errorf("modality = %q", after.Events[1].Modality)
				}
			}},
		{"delete", 1,
			func(*testing.T, *timeline.Timeline) Op { return Delete{Event: "e2"} },
			func(t *testing.T, before, after *timeline.Timeline) {
				if len(after.Events) != len(before.Events)-1 || after.Events[1].Label != "story 2" {
					t.Errorf("%d events, e2 = %q", len(after.Events), after.Events[1].Label)
				}
			}},
		{"add from a selection", 1,
			func(t *testing.T, tl *timeline.Timeline) Op {
				sp := spanOf(t, tl, "Nothing else happened.\n")
				sp.Start--
				return Add{Span: sp, Date: Date{Value: "2023-W10"},
					Label: "quiet week", Modality: timeline.Reported}
			},
			func(t *testing.T, before, after *timeline.Timeline) {
				e := after.Events[0]
				m := e.Mentions[0]
				sent := after.Article.Body[m.Sentence.Start:m.Sentence.End]
				if e.Label != "quiet week" || e.Modality != timeline.Reported || e.Grain != "week" ||
					m.Paragraph != 1 || !slices.Equal(e.Paragraphs, []int{1}) || sent != "Nothing else happened." || m.Text != "Nothing else happened." {
					t.Errorf("added %+v; sentence %q", e, sent)
				}
				if len(after.Events) != len(before.Events)+1 {
					t.Errorf("%d events, want %d", len(after.Events), len(before.Events)+1)
				}
			}},
		{"add labels by the selection", 1,
			func(t *testing.T, tl *timeline.Timeline) Op {
				return Add{Span: spanOf(t, tl, "Story 3 came"), Date: Date{Value: "2030"}}
			},
			func(t *testing.T, before, after *timeline.Timeline) {
				e := after.Events[len(after.Events)-1]
				if e.Label != "Story 3 came" || e.Modality != timeline.Happened || e.Value != "2030" {
					t.Errorf("added %q %q %q", e.Label, e.Modality, e.Value)
				}
			}},
		{"merge two", 1,
			func(*testing.T, *timeline.Timeline) Op { return Merge{Events: []string{"e3", "e1"}} },
			func(t *testing.T, before, after *timeline.Timeline) {
				e := byLabel(t, after, "story 2")
				if len(after.Events) != len(before.Events)-1 || len(e.Mentions) != 2 || e.Value != "2024-01-03" ||
					!slices.Equal(e.Paragraphs, []int{1, 3}) || e.Mentions[0].Text != "day 0" {
					t.Errorf("merged %+v", e)
				}
			}},
		{"merge three", 1,
			func(*testing.T, *timeline.Timeline) Op { return Merge{Events: []string{"e1", "e2", "e4"}} },
			func(t *testing.T, before, after *timeline.Timeline) {
				if e := after.Events[0]; len(after.Events) != len(before.Events)-2 || len(e.Mentions) != 3 {
					t.Errorf("%d events; e1 %+v", len(after.Events), e)
				}
			}},
		{"split", 3,
			func(*testing.T, *timeline.Timeline) Op { return Split{Event: "e1", Mentions: []int{2}} },
			func(t *testing.T, before, after *timeline.Timeline) {
				if len(after.Events) != len(before.Events)+1 {
					t.Fatalf("%d events, want %d", len(after.Events), len(before.Events)+1)
				}
				a, b := after.Events[0], after.Events[1]
				if len(a.Mentions) != 2 || a.Value != "2024-01-01/2024-01-02" || !slices.Equal(a.Paragraphs, []int{1, 2}) {
					t.Errorf("part kept = %s %v %v", a.Value, a.Paragraphs, len(a.Mentions))
				}
				if len(b.Mentions) != 1 || b.Value != "2024-01-03" || b.Mentions[0].Text != "day 2" || b.Label != a.Label {
					t.Errorf("part split off = %s %q %v", b.Value, b.Label, b.Mentions)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := handBuilt(t, 6, tt.per)
			snapshot := fmt.Sprintf("%+v", before.Events)
			c, err := tt.op(t, before).correction(before)
			if err != nil {
				t.Fatalf("correction: %v", err)
			}
			after, orphans := Apply(before, []Correction{c})
			if len(orphans) > 0 {
				t.Fatalf("orphans: %+v", orphans)
			}
			checkConsistent(t, after)
			tt.check(t, before, after)
			if fmt.Sprintf("%+v", before.Events) != snapshot {
				t.Error("Apply modified its input")
			}
		})
	}
}

func TestOpErrors(t *testing.T) {
	tl := handBuilt(t, 6, 2)
	body := tl.Article.Body
	inPara := strings.Index(body, "Nothing")
	tests := []struct {
		name string
		op   Op
		want string
	}{
		{"unknown event", SetLabel{Event: "e99", Label: "x"}, `no event "e99"`},
		{"empty label", SetLabel{Event: "e1", Label: " "}, "empty"},
		{"bad value", SetDate{Event: "e1", Date: Date{Value: "soon"}}, "not a date value"},
		{"no date", SetDate{Event: "e1"}, "needs a value"},
		{"backwards", SetDate{Event: "e1", Date: Date{Start: day(2024, 2, 1), End: day(2024, 1, 1)}}, "before it starts"},
		{"bad modality", SetModality{Event: "e1", Modality: "perhaps"}, "not a modality"},
		{"delete unknown", Delete{Event: "x"}, "no event"},
		{"add outside the body", Add{Span: timeline.Span{Start: len(body) - 2, End: len(body) + 5}, Date: Date{Value: "2024"}}, "not inside"},
		{"add nothing", Add{Span: timeline.Span{Start: 4, End: 4}, Date: Date{Value: "2024"}}, "not inside"},
		{"add blanks", Add{Span: timeline.Span{Start: len(body) - 2, End: len(body)}, Date: Date{Value: "2024"}}, "no words"},
		{"add an extracted mention", Add{Span: timeline.Span{Start: tl.Events[0].Mentions[0].Start, End: tl.Events[0].Mentions[0].End}, Date: Date{Value: "2024"}}, "already a mention of e1"},
		{"add undated", Add{Span: timeline.Span{Start: inPara, End: inPara + 7}}, "needs a value"},
		{"add across paragraphs", Add{Span: timeline.Span{Start: inPara, End: inPara + 40}, Date: Date{Value: "2024"}}, "runs past the end of paragraph 1"},
		{"add bad modality", Add{Span: timeline.Span{Start: inPara, End: inPara + 7}, Date: Date{Value: "2024"}, Modality: "maybe"}, "not a modality"},
		{"merge one", Merge{Events: []string{"e1"}}, "two events or more"},
		{"merge twice the same", Merge{Events: []string{"e1", "e1"}}, "named twice"},
		{"merge unknown", Merge{Events: []string{"e1", "e9"}}, "no event"},
		{"split nothing", Split{Event: "e1"}, "not none or all"},
		{"split all", Split{Event: "e1", Mentions: []int{0, 1}}, "not none or all"},
		{"split out of range", Split{Event: "e1", Mentions: []int{2}}, "has no mention 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.op.correction(tl)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("correction(%+v) = %v; want an error with %q", tt.op, err, tt.want)
			}
		})
	}
}

// TestOrphans applies corrections to a timeline whose events they no
// longer name: they are reported, never dropped or fatal.
func TestOrphans(t *testing.T) {
	tl := handBuilt(t, 4, 1)
	gone := Key{Start: 1, End: 5, Text: "gone"}
	m0 := MentionKey(tl.Events[0].Mentions[0])
	tests := []struct {
		name   string
		c      Correction
		reason string
		events int // events after
	}{
		{"label of a gone event", Correction{Op: OpLabel, Target: gone, Label: "x"}, "no event has the words", 4},
		{"delete of a gone event", Correction{Op: OpDelete, Target: gone}, "no event has the words", 4},
		{"merge with gone events", Correction{Op: OpMerge, Target: m0, With: []Key{gone}}, "none of the events", 4},
		{"merge with one gone", Correction{Op: OpMerge, Target: m0, With: []Key{gone, MentionKey(tl.Events[1].Mentions[0])}}, "merged only in part", 3},
		{"split of moved-away mentions", Correction{Op: OpSplit, Target: m0, Move: []Key{gone}}, "cannot split", 4},
		{"add of words no longer there", Correction{Op: OpAdd, Target: gone, Date: &Date{Value: "2024", Start: day(2024, 1, 1), End: day(2025, 1, 1)}, Modality: timeline.Happened}, "no longer has the words", 4},
		{"add of words now extracted", Correction{Op: OpAdd, Target: m0, Date: &Date{Value: "2024", Start: day(2024, 1, 1), End: day(2025, 1, 1)}, Modality: timeline.Happened}, "now extracted, as the event \"first\"", 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, orphans := Apply(tl, []Correction{{Op: OpLabel, Target: m0, Label: "first"}, tt.c})
			if len(orphans) != 1 || orphans[0].Index != 1 || !strings.Contains(orphans[0].Reason, tt.reason) {
				t.Fatalf("orphans = %+v; want correction 1 with %q", orphans, tt.reason)
			}
			if partial := strings.Contains(tt.name, "one gone"); orphans[0].Partial != partial {
				t.Errorf("Partial = %v; want %v", orphans[0].Partial, partial)
			}
			if len(out.Events) != tt.events || out.Events[0].Label != "first" {
				t.Errorf("%d events, e1 %q; want %d and the other correction applied", len(out.Events), out.Events[0].Label, tt.events)
			}
			checkConsistent(t, out)
		})
	}
}

// TestFindMoved checks the fallbacks of findEvent: the tagger drew a
// phrase's bounds differently, or the article was edited and the words
// moved.
func TestFindMoved(t *testing.T) {
	tl := handBuilt(t, 4, 1)
	m := tl.Events[2].Mentions[0] // "day 2"
	tests := []struct {
		name string
		k    Key
		want int
	}{
		{"exact", MentionKey(m), 2},
		{"wider bounds, same words in the article", Key{m.Start - 3, m.End, tl.Article.Body[m.Start-3 : m.End]}, 2},
		{"words moved", Key{m.Start + 40, m.End + 40, m.Text}, 2},
		{"words gone", Key{m.Start, m.End, "day 9"}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := findEvent(tl, tt.k); got != tt.want {
				t.Errorf("findEvent(%s) = %d; want %d", tt.k, got, tt.want)
			}
		})
	}
}

// FuzzApply applies random corrections, valid or not, to a hand-built
// timeline: Apply must never panic and always leave a consistent one.
func FuzzApply(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7})
	f.Add([]byte{5, 0, 0, 6, 1, 2, 3, 200, 17, 4, 4, 4})
	f.Add([]byte{6, 0, 1, 5, 0, 1, 5, 2, 3, 1, 0, 9})
	tl := handBuilt(f, 12, 3)
	var keys []Key
	for _, e := range tl.Events {
		for _, m := range e.Mentions {
			keys = append(keys, MentionKey(m))
		}
	}
	keys = append(keys, Key{0, 5, tl.Article.Body[:5]}, Key{3, 9, "nothing"})
	ops := []string{OpLabel, OpDate, OpModality, OpDelete, OpAdd, OpMerge, OpSplit}
	mods := []timeline.Modality{timeline.Happened, timeline.Expected, timeline.Possible, timeline.Reported, timeline.Denied}
	f.Fuzz(func(t *testing.T, b []byte) {
		var cs []Correction
		for ; len(b) >= 4; b = b[4:] {
			k := func(i int) Key { return keys[int(b[i])%len(keys)] }
			start := day(2020, 1, 1).AddDate(0, 0, int(b[2]))
			c := Correction{Op: ops[int(b[0])%len(ops)], Target: k(1), Label: fmt.Sprint("l", b[3]),
				Date:     &Date{Value: "x", Start: start, End: start.AddDate(0, 0, 1+int(b[3])), Grain: "day"},
				Modality: mods[int(b[3])%len(mods)], With: []Key{k(2), k(3)}, Move: []Key{k(2)}}
			cs = append(cs, c)
		}
		out, _ := Apply(tl, cs)
		checkConsistent(t, out)
	})
}

// TestFindOrderIndependent checks that findEvent's choice among several
// candidates does not depend on the order of the events: a replay sorts
// them only at the end, a session after every change.
func TestFindOrderIndependent(t *testing.T) {
	tl := handBuilt(t, 5, 1)
	m := tl.Events[1].Mentions[0]
	// The same words in two events: e2's anchor and a later mention of e4.
	tl.Events[3].Mentions = append(tl.Events[3].Mentions, m)
	tl.Events[3].Paragraphs = append(tl.Events[3].Paragraphs, m.Paragraph)
	moved := Key{m.Start + 1000, m.End + 1000, m.Text}
	for _, k := range []Key{MentionKey(m), moved} {
		want := tl.Events[findEvent(tl, k)].Label
		rev := clone(tl)
		slices.Reverse(rev.Events)
		if got := rev.Events[findEvent(rev, k)].Label; got != want || want != "story 1" {
			t.Errorf("findEvent(%s) = %q in one order, %q in the other; want %q", k, want, got, "story 1")
		}
	}
}
