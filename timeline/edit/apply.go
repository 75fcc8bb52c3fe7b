package edit

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/dateline-app/dateline/timeline"
)

// Orphan is a correction that could not be applied (in whole or in part)
// because the words it names are no longer an event of the timeline: the
// article was edited, or the tagger or publication date changed what is
// extracted. An orphan is kept in the sidecar and reported, never dropped.
type Orphan struct {
	Index      int // position in the list of corrections
	Correction Correction
	Reason     string
	Partial    bool // applied in part (a merge or split missing some of its words)
}

// Apply applies corrections, in order, to a copy of tl and returns the
// corrected timeline and the corrections that found nothing to change.
// tl itself is not modified. The result is sorted like an extraction and
// its events numbered e1, e2, ... afresh.
func Apply(tl *timeline.Timeline, cs []Correction) (*timeline.Timeline, []Orphan) {
	out := clone(tl)
	var orphans []Orphan
	for i, c := range cs {
		if reason := applyOne(out, c); reason != "" {
			partial := strings.HasPrefix(reason, partly)
			orphans = append(orphans, Orphan{Index: i, Correction: c, Reason: strings.TrimPrefix(reason, partly), Partial: partial})
		}
	}
	sortEvents(out.Events)
	return out, orphans
}

// clone copies a timeline deeply enough that corrections to the copy
// never show through to the original (the article is shared: it is never
// written).
func clone(tl *timeline.Timeline) *timeline.Timeline {
	out := &timeline.Timeline{Article: tl.Article, Events: make([]timeline.Event, len(tl.Events)),
		Undated: slices.Clone(tl.Undated)}
	for i, e := range tl.Events {
		e.Mentions = slices.Clone(e.Mentions)
		e.Paragraphs = slices.Clone(e.Paragraphs)
		out.Events[i] = e
	}
	return out
}

// partly starts the reason of a correction applied in part.
const partly = "(partly) "

// applyOne applies one correction to tl in place; it returns why it could
// not, or "". It leaves the events unsorted: the caller sorts them (once,
// after a whole list of corrections).
func applyOne(tl *timeline.Timeline, c Correction) string {
	if c.Op == OpAdd {
		return add(tl, c)
	}
	i := findEvent(tl, c.Target)
	if i < 0 {
		return fmt.Sprintf("no event has the words %s any more", c.Target)
	}
	e := &tl.Events[i]
	switch c.Op {
	case OpLabel:
		e.Label = c.Label
	case OpDate:
		if c.Date == nil {
			return "a date correction without a date"
		}
		was := e.Value
		e.Value, e.Start, e.End, e.Grain = c.Date.Value, c.Date.Start, c.Date.End, c.Date.Grain
		e.SoftStart, e.SoftEnd = false, false
		e.Why = fmt.Sprintf("date set by hand to %s (it was %s)", c.Date.Value, was)
	case OpModality:
		e.Modality = c.Modality
	case OpDelete:
		tl.Events = slices.Delete(tl.Events, i, i+1)
	case OpMerge:
		return merge(tl, i, c)
	case OpSplit:
		return split(tl, i, c)
	default:
		return fmt.Sprintf("unknown correction %q", c.Op)
	}
	return ""
}

// findEvent finds the event holding the mention k: first by its exact
// span, then (the tagger drew the phrase's bounds differently) by a
// mention overlapping it while the article still has the same words
// there, then (the article was edited and the words moved) by the mention
// with the same words nearest to where they were. It returns -1 when no
// event holds such a mention.
func findEvent(tl *timeline.Timeline, k Key) int {
	i, _ := findMention(tl, k, -1)
	return i
}

// findMention is findEvent that also returns the mention's index; with
// only >= 0 it looks in that event only.
//
// The answer does not depend on the order of the events (a replay of
// corrections sorts them only at the end): among several candidates it
// takes the mention nearest k, then the event anchored at k, then the
// event with the earliest anchor, date and label.
func findMention(tl *timeline.Timeline, k Key, only int) (int, int) {
	body := ""
	if tl.Article != nil {
		body = tl.Article.Body
	}
	sameWords := k.Start >= 0 && k.End <= len(body) && k.Start < k.End && body[k.Start:k.End] == k.Text
	// Three passes, each a looser match: the exact span, an overlapping
	// span where the article still has the words, the same words.
	matches := []func(m timeline.Mention) bool{
		func(m timeline.Mention) bool {
			return m.Start == k.Start && m.End == k.End && (k.Text == "" || m.Text == k.Text)
		},
		func(m timeline.Mention) bool { return sameWords && m.Start < k.End && k.Start < m.End },
		func(m timeline.Mention) bool { return k.Text != "" && m.Text == k.Text },
	}
	for _, match := range matches {
		bi, bj := -1, -1
		for i := range tl.Events {
			if only >= 0 && i != only {
				continue
			}
			for j, m := range tl.Events[i].Mentions {
				if match(m) && (bi < 0 || closer(tl, k, i, j, bi, bj)) {
					bi, bj = i, j
				}
			}
		}
		if bi >= 0 {
			return bi, bj
		}
	}
	return -1, -1
}

// closer reports whether mention j of event i is a better match for k
// than mention bj of event bi.
func closer(tl *timeline.Timeline, k Key, i, j, bi, bj int) bool {
	e, b := &tl.Events[i], &tl.Events[bi]
	m, n := e.Mentions[j], b.Mentions[bj]
	if d, bd := abs(m.Start-k.Start)+abs(m.End-k.End), abs(n.Start-k.Start)+abs(n.End-k.End); d != bd {
		return d < bd
	}
	ek, bk := KeyOf(*e), KeyOf(*b)
	if (ek == k) != (bk == k) {
		return ek == k
	}
	if ek.Start != bk.Start {
		return ek.Start < bk.Start
	}
	if !e.Start.Equal(b.Start) {
		return e.Start.Before(b.Start)
	}
	if !e.End.Equal(b.End) {
		return e.End.Before(b.End)
	}
	return e.Label < b.Label
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func add(tl *timeline.Timeline, c Correction) string {
	a := tl.Article
	k := c.Target
	if a == nil || k.Start < 0 || k.End > len(a.Body) || k.Start >= k.End || a.Body[k.Start:k.End] != k.Text {
		return fmt.Sprintf("the article no longer has the words %s", k)
	}
	if c.Date == nil {
		return "an added event without a date"
	}
	if i, _ := findMention(tl, k, -1); i >= 0 && KeyOf(tl.Events[i]) == k {
		return fmt.Sprintf("the words %s are now extracted, as the event %q; correct that one", k, tl.Events[i].Label)
	}
	p := paragraphAt(a, k.Start)
	if p == nil {
		return fmt.Sprintf("the words %s are outside every paragraph", k)
	}
	d := *c.Date
	m := timeline.Mention{Paragraph: p.N, Start: k.Start, End: k.End, Text: k.Text, Type: "DATE",
		Value: d.Value, Grain: d.Grain, Begin: d.Start, Finish: d.End, Sentence: timeline.Span{Start: p.Start, End: p.End},
		Modality: c.Modality,
		Why:      fmt.Sprintf("%q -> %s: dated by hand", k.Text, d.Value)}
	for _, s := range p.Sentences {
		if s.Start <= k.Start && k.Start < s.End {
			m.Sentence = s
		}
	}
	label := c.Label
	if label == "" {
		label = strings.Join(strings.Fields(k.Text), " ")
	}
	tl.Events = append(tl.Events, timeline.Event{Label: label, Value: d.Value, Start: d.Start, End: d.End,
		Grain: d.Grain, Modality: c.Modality, Paragraphs: []int{p.N}, Mentions: []timeline.Mention{m},
		Why: fmt.Sprintf("added by hand from the words %q, dated %s", k.Text, d.Value)})
	return ""
}

func merge(tl *timeline.Timeline, target int, c Correction) string {
	drop := map[int]bool{}
	var missing []string
	for _, k := range c.With {
		i := findEvent(tl, k)
		if i < 0 || i == target {
			missing = append(missing, k.String())
			continue
		}
		drop[i] = true
	}
	if len(drop) == 0 {
		return "none of the events to merge into " + c.Target.String() + " is left"
	}
	e := &tl.Events[target]
	var words []string
	for i := range tl.Events {
		if drop[i] {
			e.Mentions = append(e.Mentions, tl.Events[i].Mentions...)
			words = append(words, fmt.Sprintf("%q", KeyOf(tl.Events[i]).Text))
		}
	}
	tidy(e)
	note := "merged by hand with the event of " + strings.Join(words, ", ") + "; the date is this event's own"
	if e.Why == "" {
		e.Why = note
	} else {
		e.Why = strings.TrimSuffix(e.Why, ".") + "; " + note
	}
	kept := tl.Events[:0]
	for i, ev := range tl.Events {
		if !drop[i] {
			kept = append(kept, ev)
		}
	}
	tl.Events = kept
	if len(missing) > 0 {
		return partly + "merged only in part: no event has the words " + strings.Join(missing, ", ") + " any more"
	}
	return ""
}

func split(tl *timeline.Timeline, target int, c Correction) string {
	e := &tl.Events[target]
	move := map[int]bool{}
	var missing []string
	for _, k := range c.Move {
		if _, j := findMention(tl, k, target); j >= 0 {
			move[j] = true
		} else {
			missing = append(missing, k.String())
		}
	}
	if len(move) == 0 || len(move) == len(e.Mentions) {
		return fmt.Sprintf("cannot split %s: %d of its %d mentions would move", c.Target, len(move), len(e.Mentions))
	}
	var stay, leave []timeline.Mention
	for j, m := range e.Mentions {
		if move[j] {
			leave = append(leave, m)
		} else {
			stay = append(stay, m)
		}
	}
	part := *e
	part.Mentions = leave
	e.Mentions = stay
	from := e.Label
	for _, p := range []*timeline.Event{e, &part} {
		tidy(p)
		redate(p, from)
	}
	if mod := sameModality(leave); mod != "" {
		part.Modality = mod
	}
	tl.Events = append(tl.Events, part)
	if len(missing) > 0 {
		return partly + "split only in part: the event no longer has the mentions " + strings.Join(missing, ", ")
	}
	return ""
}

// redate dates a part of a split event by its own mentions: the span from
// the earliest start to the latest end of those that are dated.
func redate(e *timeline.Event, from string) {
	var lo, hi time.Time
	value, grain := "", ""
	for i, m := range e.Mentions {
		if m.Begin.IsZero() {
			continue
		}
		if lo.IsZero() || m.Begin.Before(lo) {
			lo = m.Begin
		}
		if m.Finish.After(hi) {
			hi = m.Finish
		}
		if i == 0 || value == m.Value {
			value, grain = m.Value, m.Grain
		} else {
			value = ""
		}
	}
	if lo.IsZero() {
		return
	}
	if value == "" {
		value = FormatValue(lo, hi)
		grain = "day"
		if d, err := ParseValue(value, lo.Location()); err == nil {
			grain = d.Grain
		}
	}
	e.Value, e.Start, e.End, e.Grain = value, lo, hi, grain
	e.SoftStart, e.SoftEnd = false, false
	e.Why = fmt.Sprintf("split by hand from %q; dated %s by its own mentions", from, value)
}

func sameModality(ms []timeline.Mention) timeline.Modality {
	var mod timeline.Modality
	for i, m := range ms {
		if i == 0 {
			mod = m.Modality
		} else if m.Modality != mod {
			return ""
		}
	}
	return mod
}

// tidy orders an event's mentions by position and lists its paragraphs.
func tidy(e *timeline.Event) {
	sort.SliceStable(e.Mentions, func(i, j int) bool { return e.Mentions[i].Start < e.Mentions[j].Start })
	e.Paragraphs = e.Paragraphs[:0:0]
	for _, m := range e.Mentions {
		if !slices.Contains(e.Paragraphs, m.Paragraph) {
			e.Paragraphs = append(e.Paragraphs, m.Paragraph)
		}
	}
	sort.Ints(e.Paragraphs)
}

// sortEvents orders events as timeline.Extract does (by start, then end,
// then first mention) and numbers them e1, e2, ...
func sortEvents(ev []timeline.Event) {
	sort.SliceStable(ev, func(i, j int) bool {
		a, b := ev[i], ev[j]
		if !a.Start.Equal(b.Start) {
			return a.Start.Before(b.Start)
		}
		if !a.End.Equal(b.End) {
			return a.End.Before(b.End)
		}
		return KeyOf(a).Start < KeyOf(b).Start
	})
	for i := range ev {
		ev[i].ID = fmt.Sprintf("e%d", i+1)
	}
}
