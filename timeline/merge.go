package timeline

import (
	"fmt"
	"strings"
	"time"
)

// Merging runs after every mention has been read, in document order: a
// reading joins the first earlier event it corefers with (same kind of
// event, compatible participants) whose date clues it is consistent with;
// otherwise it starts an event of its own. The date of an event with
// several clues is the tightest range consistent with all of them.

// bound is what one mention says about when its event happens. A hard
// bound is a limit the text states; a soft one is only where the phrase's
// interval ends ("in the coming weeks" says the visit is after today, not
// that it is within three weeks).
type bound struct {
	lo, hi         time.Time
	hardLo, hardHi bool
}

func boundOf(m Mention) bound {
	b := bound{lo: m.Begin, hi: m.Finish, hardLo: true, hardHi: true}
	span := m.Finish.Sub(m.Begin)
	switch m.Mod {
	case "ON_OR_AFTER":
		b.hardHi = false
	case "AFTER":
		b.lo, b.hi, b.hardHi = m.Finish, m.Finish.Add(span), false
	case "ON_OR_BEFORE":
		b.hardLo = false
	case "BEFORE":
		b.lo, b.hi, b.hardLo = m.Begin.Add(-span), m.Begin, false
	}
	switch m.Value {
	case "FUTURE_REF":
		b.hardHi = false
	case "PAST_REF":
		b.hardLo = false
	case "PRESENT_REF":
		b.hardLo, b.hardHi = false, false
	}
	return b
}

// fusion intersects the bounds of the mentions added to it with: the
// latest hard start and the earliest hard end; a side with no hard bound
// takes the widest soft one and is soft. It is a running state, so that a
// group can test one more mention without going over the others again.
type fusion struct {
	n              int
	lo, hi         time.Time // the hard bounds, when haveLo, haveHi
	haveLo, haveHi bool
	sLo, sHi       time.Time // the widest soft bounds
}

func (f fusion) with(m Mention) fusion {
	b := boundOf(m)
	if b.hardLo && (!f.haveLo || b.lo.After(f.lo)) {
		f.lo, f.haveLo = b.lo, true
	}
	if b.hardHi && (!f.haveHi || b.hi.Before(f.hi)) {
		f.hi, f.haveHi = b.hi, true
	}
	if f.n == 0 || b.lo.Before(f.sLo) {
		f.sLo = b.lo
	}
	if f.n == 0 || b.hi.After(f.sHi) {
		f.sHi = b.hi
	}
	f.n++
	return f
}

func (f fusion) result() (lo, hi time.Time, softLo, softHi, ok bool) {
	lo, hi = f.lo, f.hi
	if !f.haveLo {
		lo, softLo = f.sLo, true
	}
	if !f.haveHi {
		hi, softHi = f.sHi, true
	}
	return lo, hi, softLo, softHi, hi.After(lo)
}

// sameWord: two dates of one word ("from March to May", "Thanksgiving
// falls on Nov. 27"). The two readings may cut different clauses from the
// sentence (one begins at "Because", the other after it), so the trigger
// is compared by where its word stands, not by its index in the clause.
func sameWord(x, y *reading) bool {
	return x.m.Sentence == y.m.Sentence && x.trig >= 0 && y.trig >= 0 && x.cl.toks[x.trig].Start == y.cl.toks[y.trig].Start
}

// A group is one event's readings. Its members all corefer, so they share
// one class; byAgent lists them by agent, so that a new reading is tested
// once per distinct agent, and span is their dates fused so far: adding
// a reading costs the number of agents, not of readings.
type group struct {
	rs      []*reading
	class   string
	agents  []string
	byAgent map[string][]*reading
	span    fusion
}

func newGroup(r *reading) *group {
	g := &group{class: r.class(), byAgent: map[string][]*reading{}}
	g.add(r)
	return g
}

func (g *group) add(r *reading) {
	g.rs = append(g.rs, r)
	if _, ok := g.byAgent[r.agent]; !ok {
		g.agents = append(g.agents, r.agent)
	}
	g.byAgent[r.agent] = append(g.byAgent[r.agent], r)
	g.span = g.span.with(r.m)
}

// accepts reports whether r can name the same event as every member (the
// same kind of event, by trigger class, with compatible participants) and
// its date is consistent with theirs.
func (g *group) accepts(r *reading) bool {
	if r.trig < 0 || g.rs[0].trig < 0 || r.class() != g.class {
		return false
	}
	for _, a := range g.agents {
		if sameParticipants(a, r.agent) {
			continue
		}
		for _, o := range g.byAgent[a] {
			if !sameWord(o, r) {
				return false
			}
		}
	}
	_, _, _, _, ok := g.span.with(r.m).result()
	return ok
}

func (g *group) mentions() []Mention {
	ms := make([]Mention, 0, len(g.rs))
	for _, r := range g.rs {
		ms = append(ms, r.m)
	}
	return ms
}

// merge groups readings into events.
func merge(rs []*reading) []*group {
	var gs []*group
next:
	for _, r := range rs {
		for _, g := range gs {
			if g.accepts(r) {
				g.add(r)
				continue next
			}
		}
		gs = append(gs, newGroup(r))
	}
	return gs
}

// modalityOf decides an event's modality from its mentions': a mention
// that states it happened wins; then a denial; then expected, possible,
// reported. An event the article states as fact but dates after the
// publication day has not happened yet: it is expected.
func (g *group) modality(pub time.Time, start time.Time) Modality {
	has := map[Modality]bool{}
	for _, r := range g.rs {
		has[r.mod] = true
	}
	// (a publication date without a time covers its whole day: "at 8:15
	// a.m." on it, told as done, has happened)
	until := pub
	if h, mi, sec := pub.Clock(); h == 0 && mi == 0 && sec == 0 {
		until = pub.AddDate(0, 0, 1)
	}
	for _, m := range []Modality{Happened, Denied, Expected, Possible, Reported} {
		if has[m] {
			if m == Happened && !pub.IsZero() && !start.Before(until) {
				return Expected
			}
			return m
		}
	}
	return Happened
}

// event builds the Event of a group of readings.
func (g *group) event(a *Article) Event {
	ms := g.mentions()
	lo, hi, softLo, softHi, _ := g.span.result() // its mentions' dates, fused as they joined
	e := Event{Start: lo, End: hi, SoftStart: softLo, SoftEnd: softHi}
	// The value and grain of the tightest clue that holds the range.
	best := -1
	for i, m := range ms {
		if !m.Begin.After(lo) && !m.Finish.Before(hi) && (best < 0 || m.Finish.Sub(m.Begin) < ms[best].Finish.Sub(ms[best].Begin)) {
			best = i
		}
	}
	if best < 0 {
		best = 0
	}
	e.Value, e.Grain = ms[best].Value, ms[best].Grain
	e.Modality = g.modality(a.Published, lo)
	seen := map[int]bool{}
	for _, r := range g.rs {
		if !seen[r.m.Paragraph] {
			seen[r.m.Paragraph] = true
			e.Paragraphs = append(e.Paragraphs, r.m.Paragraph)
		}
	}
	e.Label = g.label(e.Modality)
	distinct := map[string]bool{}
	for _, m := range ms {
		distinct[m.Begin.String()+m.Finish.String()+m.Mod] = true
	}
	if len(distinct) > 1 {
		e.Why = fusionWhy(ms, lo, hi, softLo, softHi)
	}
	for _, r := range g.rs {
		m := r.m
		if e.Why != "" && (!m.Begin.Equal(lo) || !m.Finish.Equal(hi)) {
			m.Why = strings.TrimSuffix(m.Why, ".") + "; " + e.Why
		}
		e.Mentions = append(e.Mentions, m)
	}
	return e
}

// label picks the label of the mention that reads best: one with a named
// actor, of the event's own modality, at a good length; earliest wins ties.
func (g *group) label(mod Modality) string {
	best, bestScore := "", -1
	for _, r := range g.rs {
		s := 0
		if r.agent != "" && r.agent[0] >= 'A' && r.agent[0] <= 'Z' {
			s += 2
		}
		if r.mod == mod {
			s++
		}
		if n := len([]rune(r.label)); n >= 15 && n < maxLabel {
			s++
		}
		if r.trig >= 0 {
			s++
		}
		if r.trig >= 0 && (!r.noun || r.labelVerb >= 0) {
			s++ // a verb tells what happened
		}
		if s > bestScore {
			best, bestScore = r.label, s
		}
	}
	return best
}

// lastDayString writes the last day a half-open interval ending at end
// covers: 2025-08-06 for the end of "Wednesday morning" (12:00 that day),
// not the day before it.
func lastDayString(end time.Time) string {
	if end.IsZero() {
		return ""
	}
	return dateString(end.Add(-time.Nanosecond))
}

// fusionWhy explains a range fused from several clues in one sentence.
func fusionWhy(ms []Mention, lo, hi time.Time, softLo, softHi bool) string {
	var clues []string
	seen := map[string]bool{}
	for _, m := range ms {
		b := boundOf(m)
		var c string
		switch {
		case b.hardLo && b.hardHi:
			c = fmt.Sprintf("%q (%s to %s)", m.Text, dateString(m.Begin), lastDayString(m.Finish))
		case b.hardLo && (m.Value == "FUTURE_REF" || m.Value == "PAST_REF" || m.Value == "PRESENT_REF"):
			c = fmt.Sprintf("%q (from %s; its end is a guess, not a limit)", m.Text, dateString(b.lo))
		case b.hardLo:
			c = fmt.Sprintf("%q (from %s at the earliest)", m.Text, dateString(b.lo))
		case b.hardHi:
			c = fmt.Sprintf("%q (until %s at the latest)", m.Text, lastDayString(b.hi))
		default:
			c = fmt.Sprintf("%q (no firm bound)", m.Text)
		}
		if !seen[c] {
			seen[c] = true
			clues = append(clues, c)
		}
	}
	span := fmt.Sprintf("%s to %s", dateString(lo), lastDayString(hi))
	if softLo {
		span = "until " + lastDayString(hi) + " (start open)"
	} else if softHi {
		span = "from " + dateString(lo) + " (end open)"
	}
	return "the event's clues " + strings.Join(clues, ", ") + " together give " + span
}
