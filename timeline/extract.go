package timeline

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/dateline-app/dateline/timeline/temporal"
)

// Extract finds the article's temporal expressions and groups them into
// dated events. The article must have a publication date.
//
// The passes, in order:
//  1. Mentions: tag the body and drop page furniture (furniture.go).
//  2. Vague mentions ("recently", "the new era") go to Undated with a reason.
//  3. Read each placeable mention's clause (event.go): its trigger, actor,
//     modality (modality.go) and label (label.go).
//  4. Merge readings that corefer and whose clues agree, fusing their
//     ranges (merge.go).
//  5. Sort the events and number them.
func Extract(a *Article) *Timeline {
	tl := &Timeline{Article: a}
	ix := indexArticle(a)
	var rs []*reading
	ms := Mentions(a)
	for _, m := range ms {
		if !m.Begin.IsZero() && !m.occasion {
			ix.spans = append(ix.spans, Span{m.Start, m.End}) // (an occasion's name stays in labels: "to mark Easter")
		}
	}
	for _, m := range ms {
		if m.Begin.IsZero() || m.compared {
			if m.Type == string(temporal.Date) || m.Type == string(temporal.Time) {
				tl.Undated = append(tl.Undated, undated(a, m, ix))
			}
			continue
		}
		r := read(a, m, ix)
		r.label = r.makeLabel(a)
		r.m.Modality, r.m.Cue = r.mod, r.cue
		if r.trig >= 0 {
			r.m.Trigger = r.cl.toks[r.trig].Text
		}
		rs = append(rs, r)
	}
	for _, g := range merge(rs) {
		tl.Events = append(tl.Events, g.event(a))
	}
	sortEvents(tl.Events)
	sort.SliceStable(tl.Undated, func(i, j int) bool { return tl.Undated[i].Start < tl.Undated[j].Start })
	return tl
}

// undated explains why a mention stays off the axis.
func undated(a *Article, m Mention, ix *articleIndex) Mention {
	r := read(a, m, ix)
	if r.trig >= 0 {
		m.Trigger = r.cl.toks[r.trig].Text
	}
	m.Modality, m.Cue = r.mod, r.cue
	reason := "it names no point or stretch of time that can be drawn"
	if m.compared {
		reason = "it is the period a figure is compared with, not a time when something happened"
	}
	switch m.Value {
	case "PAST_REF":
		reason = "it says only that this was some time before the publication date, not when"
	case "FUTURE_REF":
		reason = "it says only that this is some time after the publication date, not when"
	case "PRESENT_REF":
		reason = "it names the present loosely, with no bounds"
	}
	why := strings.TrimSuffix(m.Why, ".")
	if why == "" {
		why = fmt.Sprintf("%q", m.Text)
	}
	m.Why = why + "; left off the axis because " + reason
	return m
}

// knownNames returns the words the article capitalises somewhere other
// than at the start of a sentence: names, told apart from a capitalised
// first word ("Rescue teams worked ...").
func knownNames(a *Article) map[string]bool {
	known := map[string]bool{}
	for _, p := range a.Paragraphs {
		if p.Furniture {
			continue
		}
		for _, s := range p.Sentences {
			toks := tokenize(a.Body, s.Start, s.End)
			for i := 1; i < len(toks); i++ {
				t, prev := toks[i], toks[i-1].Lower
				if t.isWord() && t.capitalised() && prev != "\"" && prev != "“" && prev != ":" && prev != "(" && !dashes[prev] { // (not after a dateline: "NEW YORK — Stocks")
					known[strings.TrimSuffix(t.Lower, "'s")] = true
				}
			}
		}
	}
	return known
}

// vagueEraAt matches, at the end of a text, period phrases the tagger leaves alone that still locate
// an event loosely in time ("the new era", "the Soviet era").
var vagueEraAt = regexp.MustCompile(`\b(?:[Tt]he|[Aa]|[Tt]his|[Tt]hat) (?:(new|current|present|coming|next|future)|[A-Z][\w-]+|post-war|postwar|modern) (?:era|epoch)$`)

// findEras finds the era phrases of vagueEraAt, looking only before the words "era" and
// "epoch" (a full scan of the body would cost more than the tagger).
func findEras(body string) [][]int {
	var out [][]int
	for _, w := range []string{" era", " epoch"} {
		for off := 0; ; {
			i := strings.Index(body[off:], w)
			if i < 0 {
				break
			}
			end := off + i + len(w)
			off = end
			from := max(0, end-60)
			if end < len(body) && wordRune(rune(body[end])) {
				continue // "erase", "eras"
			}
			if m := vagueEraAt.FindStringSubmatchIndex(body[from:end]); m != nil {
				for k := range m {
					if m[k] >= 0 {
						m[k] += from
					}
				}
				out = append(out, m)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// Mentions tags the article body and returns every temporal expression
// outside page furniture, tied to its paragraph and sentence.
func Mentions(a *Article) []Mention {
	var out []Mention
	xs := temporal.Tag(a.Body, temporal.Options{Published: a.Published})
	for _, x := range xs {
		m := Mention{Start: x.Start, End: x.End, Text: x.Text,
			Type: string(x.Type), Value: x.Value, Mod: x.Mod, Grain: x.Grain.String(), Why: x.Why, occasion: x.Occasion(), compared: x.Compared}
		if x.Placeable() {
			m.Begin, m.Finish = x.Begin, x.Finish
		}
		if a.place(&m) {
			out = append(out, m)
		}
	}
	for _, loc := range findEras(a.Body) {
		if overlaps(xs, loc[0], loc[1]) {
			continue
		}
		value := "PAST_REF"
		if loc[2] >= 0 {
			switch strings.ToLower(a.Body[loc[2]:loc[3]]) {
			case "new", "current", "present":
				value = "PRESENT_REF"
			default:
				value = "FUTURE_REF"
			}
		}
		text := a.Body[loc[0]:loc[1]]
		m := Mention{Start: loc[0], End: loc[1], Text: text, Type: string(temporal.Date), Value: value,
			Why: fmt.Sprintf("%q -> %s: an era named without dates", text, value)}
		if a.place(&m) {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return boundWords(a.Body, spans(a.Body, xs, bracketedDays(a.Body, out)))
}

// bracketedDays keeps one mention of a day and its date in brackets ("on
// Wednesday (Aug 5)", "Tuesday (Sept 29)"), two expressions of one day:
// the date restates the weekday, which names the event's day alone.
func bracketedDays(body string, ms []Mention) []Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) {
			n := ms[i+1]
			if strings.TrimSpace(body[m.End:n.Start]) == "(" && strings.HasPrefix(body[n.End:], ")") &&
				!m.Begin.IsZero() && m.Begin.Equal(n.Begin) && m.Finish.Equal(n.Finish) {
				i++ // (the weekday's words stay the mention's, so its clause is read as before)
			}
		}
		out = append(out, m)
	}
	return out
}

var (
	boundWord = regexp.MustCompile(`(?i)\b(before|by|until|till|after|no later than)\s+$`)
)

// spans joins the pairs temporal.Stretches finds ("between 2017 and
// 2019", "from March to May", "1998-2003", "March 18-19") into one mention
// covering the whole stretch.
func spans(body string, xs []temporal.Timex, ms []Mention) []Mention {
	joins := map[int]int{} // start of the first expression -> start of the second
	for _, st := range temporal.Stretches(body, xs) {
		joins[xs[st.From].Start] = xs[st.To].Start
	}
	var out []Mention
	for i := 0; i < len(ms); i++ {
		x := ms[i]
		if to, ok := joins[x.Start]; ok && i+1 < len(ms) && ms[i+1].Start == to && x.Paragraph == ms[i+1].Paragraph {
			y := ms[i+1]
			x.End, x.Text = y.End, body[x.Start:y.End]
			x.Value = x.Value + "/" + y.Value
			x.Finish = y.Finish
			x.Mod = ""
			x.Why = fmt.Sprintf("%q -> %s to %s: a stretch from the start of %q to the end of %q", x.Text,
				dateString(x.Begin), dateString(x.Finish.AddDate(0, 0, -1)), ms[i].Text, y.Text)
			out = append(out, x)
			i++
			continue
		}
		out = append(out, x)
	}
	return out
}

// boundWords reads a limit word just before a date that the tagger left
// outside it: "before the end of the month" is an upper bound, "after
// the vote" a lower one (TIMEX3 mods BEFORE, ON_OR_BEFORE, AFTER).
func boundWords(body string, ms []Mention) []Mention {
	for i := range ms {
		m := &ms[i]
		if m.Mod != "" || m.Begin.IsZero() || strings.Contains(m.Value, "/") {
			continue // (a stretch: "after Feb. 3 but before Feb. 10" is no limit after Feb. 10)
		}
		g := boundWord.FindStringSubmatch(body[max(0, m.Start-16):m.Start])
		if g == nil {
			continue
		}
		switch w := strings.ToLower(g[1]); {
		case w == "after":
			m.Mod = "AFTER"
		case w == "before" && !strings.HasPrefix(strings.ToLower(m.Text), "the end of"):
			m.Mod = "BEFORE"
		default:
			m.Mod = "ON_OR_BEFORE"
		}
		m.Why = strings.TrimSuffix(m.Why, ".") + fmt.Sprintf("; %q makes it a limit (%s)", g[1], m.Mod)
	}
	return ms
}

// place ties a mention to its paragraph and sentence; it reports false
// for a mention in page furniture or outside any paragraph.
func (a *Article) place(m *Mention) bool {
	p := a.paragraphAt(m.Start)
	if p == nil || p.Furniture {
		return false
	}
	m.Paragraph, m.Sentence = p.N, Span{p.Start, p.End}
	for _, s := range p.Sentences {
		if s.Start <= m.Start && m.Start < s.End {
			m.Sentence = s
		}
	}
	return true
}

func overlaps(xs []temporal.Timex, start, end int) bool {
	for _, x := range xs {
		if x.Start < end && start < x.End {
			return true
		}
	}
	return false
}

func (a *Article) paragraphAt(off int) *Paragraph {
	i := sort.Search(len(a.Paragraphs), func(i int) bool { return a.Paragraphs[i].End > off })
	if i < len(a.Paragraphs) && a.Paragraphs[i].Start <= off {
		return &a.Paragraphs[i]
	}
	return nil
}

// sortEvents orders events by start, then end, then first mention, and
// numbers them e1, e2, ... in that order.
func sortEvents(ev []Event) {
	sort.SliceStable(ev, func(i, j int) bool {
		a, b := ev[i], ev[j]
		if !a.Start.Equal(b.Start) {
			return a.Start.Before(b.Start)
		}
		if !a.End.Equal(b.End) {
			return a.End.Before(b.End)
		}
		return a.Mentions[0].Start < b.Mentions[0].Start
	})
	for i := range ev {
		ev[i].ID = fmt.Sprintf("e%d", i+1)
	}
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n-1])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	cut = strings.TrimRight(cut, " ,;:")
	return cut + "…"
}
