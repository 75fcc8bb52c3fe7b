package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxLabel is the longest label, in characters; longer ones are cut at a
// word and end with "…".
const maxLabel = 72

// Labels read like timeline entries: a present-tense headline for an
// event told by a verb ("Kremlin tells Russian media ..."), "X to <verb>"
// for an expected one ("Putin to visit Pyongyang"), a noun phrase for an
// event noun ("Kim's trip to Russia"), and "<document>: <what it says>"
// for a report that says something ("Pentagon report: Russia uses ...").
// The date, its preposition and filler adverbs are left out: the chart
// shows the date.

// labelWriter collects the words of a label.
type labelWriter struct {
	body  string
	parts []token
}

func (w *labelWriter) word(s string) { w.parts = append(w.parts, token{Start: -1, Text: s}) }

func (w *labelWriter) toks(ts []token) { w.parts = append(w.parts, ts...) }

// String joins the words: tokens that stood next to each other keep the
// spacing they had; others are joined by one space.
func (w *labelWriter) String() string {
	var b strings.Builder
	for i, t := range w.parts {
		if i > 0 {
			p := w.parts[i-1]
			switch {
			case p.Start >= 0 && t.Start >= 0 && p.End <= t.Start && t.Start-p.End <= 2 && strings.TrimSpace(w.body[p.End:t.Start]) == "":
				b.WriteString(w.body[p.End:t.Start])
			case isClosing(t.Text) || t.Text == "'s" || t.Text == "n't" || t.Text == "\"" && !quoteOpens(w.parts, i):
			case isOpening(p.Text) && quoteOpens(w.parts, i-1):
			default:
				b.WriteByte(' ')
			}
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

func isClosing(s string) bool {
	return s == "," || s == "." || s == ";" || s == ":" || s == ")" || s == "”" || s == "’"
}
func isOpening(s string) bool { return s == "(" || s == "“" || s == "\"" }

// quoteOpens reports whether the straight quote at i opens a quotation
// (an even number of straight quotes before it).
func quoteOpens(ts []token, i int) bool {
	if ts[i].Text != "\"" {
		return ts[i].Text != "”"
	}
	n := 0
	for _, t := range ts[:i] {
		if t.Text == "\"" {
			n++
		}
	}
	return n%2 == 0
}

// makeLabel writes the reading's label.
func (r *reading) makeLabel(a *Article) string {
	w := &labelWriter{body: a.Body}
	toks := r.cl.toks
	switch {
	case r.trig < 0 && len(r.cl.head) > 0 && len(toks) > 0 && beForms[toks[0].Lower]:
		// "Hale, who was a senator in 2013,": Hale is a senator (a
		// headline's present, as for the other labels)
		w.toks(r.cl.head)
		rest := r.keep(0, len(toks))
		if len(rest) > 0 && beForms[rest[0].Lower] {
			be := rest[0]
			be.Text = map[bool]string{true: "are", false: "is"}[be.Lower == "were" || be.Lower == "are"]
			rest = append([]token{be}, rest[1:]...)
		}
		w.toks(rest)
	case r.trig < 0:
		w.toks(r.keep(0, len(toks)))
	case r.labelVerb >= 0:
		r.verbLabel(a, w, r.labelVerb)
	case r.noun:
		r.nounLabel(a, w)
	default:
		r.verbLabel(a, w, r.trig)
	}
	if l := tidyLabel(w.String()); l != "" {
		return l
	}
	// "and the one before that in 1999": a clause with no verb of its
	// own gives the trigger nothing; its own words without the date, or
	// else the words that lead into it since the last comma or "and", are
	// still better than no label.
	w = &labelWriter{body: a.Body}
	w.toks(r.keep(0, len(toks)))
	if l := tidyLabel(w.String()); l != "" {
		return l
	}
	prev := r.cl.prev
	for k := len(prev) - 1; k >= 0; k-- {
		if l := prev[k].Lower; l == "," || l == ";" || l == "and" || l == "but" {
			prev = prev[k+1:]
			break
		}
	}
	w = &labelWriter{body: a.Body}
	w.toks(prev)
	if l := tidyLabel(w.String()); l != "" {
		return l
	}
	// Last, the sentence itself without the date's words ("In January
	// this year, British police officers who had been searching ...").
	var rest []token
	sent := r.cl.sent
	for i, t := range sent {
		inDate := t.End > r.m.Start && t.Start < r.m.End
		before := i+1 < len(sent) && sent[i+1].Start >= r.m.Start && sent[i+1].End <= r.m.End && t.End <= r.m.Start
		after := i > 0 && sent[i-1].End <= r.m.End && sent[i-1].Start >= r.m.Start && t.Start >= r.m.End
		if inDate || before && (prepositions[t.Lower] || t.Lower == "earlier" || t.Lower == "later") || after && t.Lower == "," {
			continue // the date, its preposition and the comma after it
		}
		rest = append(rest, t)
	}
	w = &labelWriter{body: a.Body}
	w.toks(rest)
	return tidyLabel(w.String())
}

// namesOccasion reports whether the mention is an occasion named as the
// object of its verb ("will mark Easter", "celebrate Diwali"), which the
// label keeps; after a preposition ("during Purim", "ahead of Diwali") it
// is a time like any other.
func (r *reading) namesOccasion() bool {
	if !r.m.occasion {
		return false
	}
	i := r.timexIndex()
	return i > 0 && i < len(r.cl.toks) && !prepositions[r.cl.toks[i-1].Lower] && r.cl.toks[i-1].isWord()
}

// keep returns the clause tokens in [lo, hi) that a label keeps: not the
// date nor its preposition (unless the date modifies a noun: "the 2026
// election"), no filler adverb, nothing after a comma or after "and"
// that starts a second verb.
func (r *reading) keep(lo, hi int) []token {
	toks := r.cl.toks
	mod := r.timexModifies() || r.namesOccasion()
	var out []token
	for i := lo; i < hi && i < len(toks); i++ {
		t := toks[i]
		if t.Lower == "," && i > lo || t.Lower == "and" && i+1 < hi && r.finite(i+1) {
			break
		}
		if len(out) == 0 && !t.isWord() && !isOpening(t.Text) {
			continue
		}
		if r.inTimex[i] && !mod || isLyAdverb(t) {
			continue
		}
		if !mod && r.beforeTimex(i) || r.otherDatePhrase(i) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// otherDatePhrase reports whether token i belongs to another date of the
// clause (a placeable one) that a preposition of place in time introduces
// ("in", "on", "from", "to"...), or is that preposition: the label of
// April in "postponed the vote from February to April" is "Vote
// postponed", not "Vote postponed from February"; "a truce before
// Ramadan" and "the 2026 election" keep their dates.
func (r *reading) otherDatePhrase(i int) bool {
	toks := r.cl.toks
	j := i
	if !r.otherTimex[i] {
		return dateLocators[toks[i].Lower] && i+1 < len(toks) && r.otherTimex[i+1]
	}
	for j > 0 && r.otherTimex[j-1] {
		j--
	}
	return j > 0 && dateLocators[toks[j-1].Lower]
}

// dateLocators place an event at a date ("in November", "from February to
// April"); "before", "after", "by" and "until" relate it to one, and stay.
var dateLocators = set("in", "on", "at", "from", "to", "during", "into", "through", "throughout")

// beforeTimex reports whether token i only leads into the date: its
// preposition or article, or "early"/"late" ("early on Tuesday").
func (r *reading) beforeTimex(i int) bool {
	toks := r.cl.toks
	j := i + 1
	for j < len(toks) && !r.inTimex[j] && (prepositions[toks[j].Lower] || toks[j].Lower == "the") && j <= i+2 {
		j++
	}
	if j >= len(toks) || !r.inTimex[j] || r.inTimex[i] {
		return false
	}
	w := toks[i].Lower
	return prepositions[w] || w == "the" || w == "a" || w == "that" || w == "this" || w == "early" || w == "late" ||
		w == "earlier" || w == "later" || w == "ahead" || w == "prior" || w == "shortly" || w == "just" // "ahead of Diwali"
}

// timexModifies reports whether the date stands before a noun it
// modifies ("the 2026 election"), so a label keeps it.
func (r *reading) timexModifies() bool {
	for _, t := range r.cl.toks {
		if t.Start < r.m.End && r.m.End < t.End && (strings.HasSuffix(t.Lower, "'s") || strings.HasSuffix(t.Lower, "’s")) {
			return true // "last year's $1.55 billion": a possessive date modifies its noun
		}
	}
	last := -1
	for i, in := range r.inTimex {
		if in {
			last = i
		}
	}
	if last < 0 || last+1 >= len(r.cl.toks) {
		return false
	}
	first := 0
	for first < len(r.inTimex) && !r.inTimex[first] {
		first++
	}
	if first == 0 || !determiners[r.cl.toks[first-1].Lower] {
		return false
	}
	n := r.cl.toks[last+1]
	_, verb := r.verbAt(last + 1)
	return n.isWord() && !pronouns[n.Lower] && !n.capitalised() && !verb && !prepositions[n.Lower] && !coordinators[n.Lower] &&
		!determiners[n.Lower] && !modals[n.Lower] && !beForms[n.Lower] && !haveForms[n.Lower] && !isLyAdverb(n) &&
		!subordinators[n.Lower] && !relatives[n.Lower] && !auxLike[n.Lower] && n.Lower != "that"
}

// throughToVerbs look ahead through "to": "hope to", "plan to".
var throughToVerbs = map[string]bool{
	"hope": true, "plan": true, "expect": true, "want": true, "aim": true, "intend": true,
	"seek": true, "vow": true, "promise": true, "pledge": true, "threaten": true,
}

// subjectText is the subject as a headline writes it: a name without its
// titles, or the phrase without its article; a pronoun is replaced by
// what it refers to.
func (r *reading) subjectText() []token {
	subj := r.subj
	// "on Monday they hoped ...": what stands before a pronoun that ends
	// the subject is an adverbial, not part of it.
	if n := len(subj); n > 1 && pronouns[subj[n-1].Lower] {
		subj = subj[n-1:]
	}
	if len(subj) == 1 && pronouns[subj[0].Lower] && r.agent != "" || len(subj) == 0 && r.agent != "" {
		return []token{{Start: -1, Text: r.agent, Lower: strings.ToLower(r.agent)}}
	}
	if n := nameOf(subj); n != "" && r.agent == n {
		end := len(subj)
		for end > 0 && !subj[end-1].capitalised() {
			end--
		}
		start := end
		for start > 0 && (subj[start-1].capitalised() && subj[start-1].isWord() || start >= 2 && nameParticle(subj, start-1) ||
			nameJoiners[subj[start-1].Lower] && start > 1 && subj[start-2].capitalised()) {
			start-- // "Court of International Trade", "Bank of England"
		}
		for start < end-1 && (titleWords[subj[start].Lower] || determiners[subj[start].Lower]) {
			start++
		}
		return subj[start:end]
	}
	for len(subj) > 0 && (subj[0].Lower == "the" || subj[0].Lower == "a" || subj[0].Lower == "an" || prepositions[subj[0].Lower] || reportNouns[subj[0].Lower] || !subj[0].isWord()) {
		subj = subj[1:]
	}
	return subj
}

// participlePhrase reports whether the participle at clause token v,
// with no auxiliary, describes a noun ("The bridge, built in 1932, was
// closed", "Troops deployed in March returned home"): the label is then
// the noun and the participle, as a headline writes a passive, without the
// main verb after. end is where the label's words stop (len(toks) when
// nothing is cut); np, when not nil, is the noun phrase to label in place
// of the clause's subject.
func (r *reading) participlePhrase(v int, passive bool) (ok bool, end int, np []token) {
	toks := r.cl.toks
	end = len(toks)
	g := r.groupStart(v)
	// "The mission, first planned for 2024, has slipped": an adverb of
	// the group may stand between the comma and the participle.
	pv := g
	for pv < v && auxLike[toks[pv].Lower] && !beForms[toks[pv].Lower] && !haveForms[toks[pv].Lower] && toks[pv].Lower != "to" {
		pv++
	}
	switch {
	case pv == v && v > g && g >= 2 && toks[g-1].Lower == "," && r.participle(v) && !pastOnly[toks[v].Lower] && !passive:
		return true, nextComma(toks, v+1), nil
	case passive || g != v || !r.participle(v) || pastOnly[toks[v].Lower]:
	case v == 0 && r.cl.marker == ",":
		return true, end, nil // "The bridge, built in 1932, ..." read alone
	case v >= 2 && toks[v-1].Lower == "," && r.nounLike(v-2) && r.sentenceGoesOn():
		// The clause stops at a comma in a quotation ("announced in what
		// the White House called "Liberation Day," took effect"): the
		// sentence goes on to its main verb.
		return true, end, nil
	case v >= 2 && toks[v-1].Lower == "," && r.nounLike(v-2):
		// "The bridge, built in 1932, was closed": up to the closing
		// comma, when a finite verb follows it (not "Her building, the
		// Harbour Library, opened in 1984.")
		k := nextComma(toks, v+1)
		for j := k + 1; j < len(toks) && toks[j].Lower != ","; j++ {
			if b := verbLemma[toks[j].Lower]; r.finite(j) || j == k+1 && b != "" && toks[j].Lower == third(b) && toks[j].Lower != b {
				// (", leaves the rate": an -s verb right after the
				// closing comma, which verbAt leaves alone)
				return true, k, nil
			}
		}
	case v > 0 && r.nounLike(v-1):
		// a finite verb after it in the same clause: "Troops deployed
		// in March returned home" (not "The cabinet met in May,
		// officials said")
		for k := v + 1; k < len(toks) && toks[k].Lower != ","; k++ {
			if r.finite(k) {
				return true, k, nil
			}
		}
		// or before it: "Engineers spent the year fixing a valve problem
		// found during a test": the noun phrase before it is what the
		// label is about
		for k := v - 2; k >= 0; k-- {
			if r.finite(k) {
				if np := r.phraseBefore(v); len(np) > 0 {
					return true, end, np
				}
				break
			}
		}
	case v == 0 && strings.EqualFold(toks[0].Text, "born") || v == 0 && r.participle(0) && r.cl.marker == "":
		// "Born in Chicago in 1934, Marsh began playing": the subject
		// after the comma
		c := nextComma(toks, 1)
		for j := c + 1; j < len(toks); j++ {
			if r.finite(j) {
				if j > c+1 {
					return true, c, toks[c+1 : j]
				}
				break
			}
		}
	}
	return false, end, nil
}

// nextComma returns the index of the first comma of toks at or after
// from, or len(toks).
func nextComma(toks []token, from int) int {
	for k := from; k < len(toks); k++ {
		if toks[k].Lower == "," {
			return k
		}
	}
	return len(toks)
}

// sentenceGoesOn reports whether the sentence goes on after the clause's
// last token with a comma (and a closing quote) and a past verb: the
// main verb the clause's participle phrase stood before.
func (r *reading) sentenceGoesOn() bool {
	toks, sent := r.cl.toks, r.cl.sent
	if len(toks) == 0 {
		return false
	}
	i := 0
	for i < len(sent) && sent[i].Start <= toks[len(toks)-1].Start {
		i++
	}
	if i >= len(sent) || sent[i].Lower != "," {
		return false
	}
	for i++; i < len(sent) && (sent[i].Lower == "\"" || sent[i].Lower == "”"); i++ {
	}
	return i < len(sent) && (pastOnly[sent[i].Lower] || irregularVerbs[sent[i].Lower] != "" && !beForms[sent[i].Lower] || strings.HasSuffix(sent[i].Lower, "ed"))
}

// phraseBefore returns the noun phrase that ends just before clause token
// v, without its article: "a valve problem" before "found".
func (r *reading) phraseBefore(v int) []token {
	toks := r.cl.toks
	k := v
	for k > 0 && toks[k-1].isWord() && !prepositions[toks[k-1].Lower] && !r.inTimex[k-1] {
		if _, isVerb := r.verbAt(k - 1); isVerb || strings.HasSuffix(toks[k-1].Lower, "ing") {
			break
		}
		k--
	}
	for k < v && determiners[toks[k].Lower] {
		k++
	}
	return toks[k:v]
}

// nameJoiners stand between the capitalised words of one name.
var nameJoiners = set("of", "for", "and", "on")

// plural is the package's plural test, except that a capitalised word
// the article writes only at the start of a sentence is a common noun
// there ("Troops crossed the border": troops cross).
func (r *reading) plural(subj []token) bool {
	if n := len(subj); n == 1 && subj[0].capitalised() && r.known != nil && !r.known[subj[0].Lower] {
		return pluralWord(subj[0].Lower)
	}
	if h, at := subjectHead(subj); at >= 0 && r.known != nil && h.capitalised() && !r.known[h.Lower] &&
		(at == 0 || dashes[subj[at-1].Text]) && !joined(subj) {
		// capitalised by its place, not a name the article capitalises
		// mid-sentence: "Shares of the company slipped", "NEW YORK —
		// Stocks slipped" ("Shares ... slip", "Stocks slip")
		return pluralWord(h.Lower)
	}
	return plural(subj)
}

// joined reports whether a subject joins two with "and": a plural.
func joined(subj []token) bool {
	for _, t := range subj {
		if t.Lower == "and" {
			return true
		}
	}
	return false
}

// dashes open a sentence after a dateline: "NEW YORK — Stocks slipped".
var dashes = map[string]bool{"—": true, "–": true, "-": true, "--": true}

// subjectHead returns the head word of a subject and its index, -1 for
// none: the last word, or the one before its first preposition ("a group
// of workers": the group; "shares in the company": shares).
func subjectHead(subj []token) (token, int) {
	if len(subj) == 0 {
		return token{}, -1
	}
	at := len(subj) - 1
	for i, t := range subj {
		if prepositions[t.Lower] && i > 0 {
			at = i - 1
			break
		}
	}
	return subj[at], at
}

func plural(subj []token) bool {
	if joined(subj) {
		return true
	}
	h, at := subjectHead(subj)
	if at < 0 {
		return false
	}
	if h.capitalised() && len(subj) <= 2 {
		// Team and party names: "Rovers", "Giants", "Democrats".
		for _, suf := range []string{"ers", "ors", "ies", "ans", "ists", "ets", "ants", "ites", "ats"} {
			if strings.HasSuffix(h.Lower, suf) {
				return true
			}
		}
	}
	return !h.capitalised() && strings.HasSuffix(h.Lower, "s") && !strings.HasSuffix(h.Lower, "ss") && !strings.HasSuffix(h.Lower, "'s") ||
		h.Lower == "they" || h.Lower == "we"
}

// verbLabel writes "<subject> <verb in headline form> <rest>", the verb
// at clause token v.
func (r *reading) verbLabel(a *Article, w *labelWriter, v int) {
	toks := r.cl.toks
	lemma := r.lemma
	if v != r.trig || r.noun {
		if b, ok := r.verbAt(v); ok {
			lemma = b
		}
	}
	subj := r.subjectText()
	passive := false
	for _, t := range toks[r.groupStart(v):v] {
		passive = passive || beForms[t.Lower] && r.participle(v)
	}
	past := !r.pub.IsZero() && r.m.Begin.Before(r.pub)
	reduced, end, np := r.participlePhrase(v, passive)
	if np != nil {
		subj = np
	}
	if len(r.cl.head) > 0 && end == len(toks) {
		// A relative clause with no closing comma ends at the main
		// verb: "The workers who walked out in May returned".
		for k := v + 1; k < len(toks); k++ {
			if r.finite(k) {
				end = k
				break
			}
		}
	}
	w.toks(subj)
	switch {
	case scheduleVerbs[lemma] && !passive:
		w.word(third(lemma)) // "Judge sets sentencing": the setting is told as done
	case r.mod == Expected && throughToVerbs[lemma] && !passive && v+1 < len(toks) && toks[v+1].Lower == "to":
		// "they hoped to reach a truce": the hope is the report, "to
		// reach" the expected part ("Negotiators hope to reach a truce").
		if r.plural(subj) {
			w.word(lemma)
		} else {
			w.word(third(lemma))
		}
	case r.mod == Expected:
		w.word("to")
		if passive {
			w.word("be")
			w.word(toks[v].Text)
		} else {
			w.word(lemma)
		}
	case r.mod == Possible:
		cue := strings.ToLower(r.cue)
		if !modals[cue] {
			cue = "could"
		}
		w.word(cue)
		if passive {
			w.word("be")
			w.word(toks[v].Text)
		} else {
			w.word(lemma)
		}
	case r.mod == Denied:
		switch {
		case passive:
			w.word("not")
			w.word(toks[v].Text)
		case past:
			w.word("did not")
			w.word(lemma)
		default:
			w.word("will not")
			w.word(lemma)
		}
	case passive || reduced:
		if v == 0 && len(subj) > 0 {
			w.word(toks[v].Lower) // "Born in Chicago in 1934, Marsh ...": "Marsh born"
		} else {
			w.word(toks[v].Text)
		}
	case r.plural(subj):
		w.word(lemma)
	default:
		w.word(third(lemma))
	}
	if len(r.object) > 0 {
		w.toks(r.object)
	}
	rest := r.keep(v+1, end)
	// A closing attribution ("..., mission controllers said on Tuesday"):
	// "<speaker>: <what they said>".
	if sayVerbs[lemma] && len(rest) == 0 {
		var said []token
		if st := r.subjectStart(v); st > 1 && toks[st-1].Lower == "," {
			said = toks[:st-1]
		} else if r.cl.marker == "," && len(r.cl.prev) > 1 {
			said = r.cl.prev[:len(r.cl.prev)-1]
		}
		for len(said) > 0 && (said[len(said)-1].Lower == "\"" || said[len(said)-1].Lower == "”") {
			said = said[:len(said)-1]
		}
		// Its subject as a headline writes it: "Halcyon", not "The
		// European comet probe Halcyon".
		for k, t := range said {
			if modals[t.Lower] || irregularVerbs[t.Lower] != "" || k > 0 && (strings.HasSuffix(t.Lower, "ed") || verbLemma[t.Lower] != "" && verbLemma[t.Lower] != t.Lower) {
				if n := nameOf(said[:k]); n != "" && k > 1 {
					said = append([]token{{Start: -1, Text: n}}, said[k:]...)
				}
				break
			}
		}
		if len(said) > 3 && len(said) <= 20 {
			w.parts = append(w.parts[:min(len(subj), len(w.parts))], token{Start: -1, Text: ":"})
			w.toks(presentTense(said))
			return
		}
	}
	w.toks(rest)
	// A speech verb with little after it takes its "that" clause along:
	// "Kremlin tells Russian media the trip is "being prepared"".
	if (sayVerbs[lemma] || denyVerbs[lemma]) && len(rest) <= 4 {
		w.toks(r.complement(a))
	}
}

// complement returns the clause after this one when it opens with "that"
// (or is a quotation), with the tense moved back to the present.
func (r *reading) complement(a *Article) []token {
	sent := r.cl.sent
	end := r.m.Sentence.End
	if n := len(r.cl.toks); n > 0 {
		end = r.cl.toks[n-1].End
	}
	i := 0
	for i < len(sent) && sent[i].Start < end {
		i++
	}
	if i >= len(sent) || sent[i].Lower != "that" {
		return nil
	}
	var out []token
	for j := i + 1; j < len(sent); j++ {
		t := sent[j]
		if j > i+1 {
			if _, ok := boundaryAt(sent, j, -1); ok && t.Lower != "that" {
				break
			}
		}
		if t.Lower == "." || t.Lower == "!" || t.Lower == "?" {
			continue
		}
		if b, ok := backshift[t.Lower]; ok && len(out) > 0 {
			t.Start, t.Text = -1, b
		}
		out = append(out, t)
	}
	if len(out) > 16 {
		return nil
	}
	return out
}

// scheduleVerbs set a date for an event noun ("set sentencing for March 14").
var scheduleVerbs = set("set", "schedule", "reschedule", "slate", "fix", "book")

var backshift = map[string]string{"was": "is", "were": "are", "had": "has"}

// nounLabel writes "<owner>'s <event noun> <its phrase>" ("Kim's trip to
// Russia"), or the noun phrase alone when nobody is named as its owner.
func (r *reading) nounLabel(a *Article, w *labelWriter) {
	toks := r.cl.toks
	n := r.trig
	owner := r.agent
	if owner != "" && !unicode.IsUpper([]rune(owner)[0]) {
		owner = ""
	}
	if f := strings.Fields(strings.ToLower(owner)); len(f) > 0 && (isDateWord(f[len(f)-1]) || prepositions[f[len(f)-1]]) {
		owner = "" // no owner of a noun: "Dec." of a date, "Minutes of" cut short
	}
	// The noun with its modifiers: only names and numbers when an owner
	// is named ("UN Security Council veto"), all of them otherwise.
	start := n
	for start > 0 && !r.inTimex[start-1] && !strings.HasSuffix(toks[start-1].Lower, "'s") &&
		(toks[start-1].capitalised() && toks[start-1].isWord() || isNumber(toks[start-1].Lower) ||
			owner == "" && r.nounLike(start-1) && !determiners[toks[start-1].Lower] && (r.verb < 0 || r.verb > n || start-1 > r.verb)) {
		start--
	}
	for start < n && (determiners[toks[start].Lower] || prepositions[toks[start].Lower]) {
		start++
	}
	// A report that says something: "Pentagon report: Russia uses ...".
	if r.verb > n && documentNouns[r.lemma] {
		if b := verbLemma[toks[r.verb].Lower]; sayVerbs[b] && r.verb+1 < len(toks) {
			w.toks(r.keep(start, n+1))
			w.word(":")
			w.toks(presentTense(r.keep(r.verb+1, len(toks))))
			return
		}
	}
	if owner != "" && !strings.EqualFold(owner, toks[start].Text) {
		if strings.HasSuffix(owner, "s") {
			w.word(owner + "'")
		} else {
			w.word(owner + "'s")
		}
	}
	switch {
	case r.mod == Expected && (r.verb < 0 || r.verb < n) && owner != "":
		w.word("expected")
	case r.mod == Possible && owner == "":
		w.word("possible")
	case r.mod == Denied && owner == "":
		w.word("no")
	}
	tail := r.keep(n+1, len(toks))
	// A noun that is the subject of its verb keeps its own phrase, and a
	// place after "be held" or "take place".
	if r.verb > n {
		tail = r.keep(n+1, r.groupStart(r.verb))
		if v := r.verb; happenVerbs[verbLemma[toks[v].Lower]] || beForms[toks[v].Lower] {
			k := v + 1
			for k < len(toks) && (r.participle(k) || toks[k].Lower == "place") {
				k++
			}
			if k < len(toks) && (toks[k].Lower == "at" || toks[k].Lower == "in") && !r.inTimex[min(k+1, len(toks)-1)] {
				tail = append(tail, r.keep(k, len(toks))...)
			}
		}
	}
	w.toks(toks[start : n+1])
	w.toks(tail)
}

// presentTense turns "is using" into "uses" and "was" into "is": the
// tense of a headline.
func presentTense(ts []token) []token {
	out := make([]token, 0, len(ts))
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if (t.Lower == "is" || t.Lower == "was") && i+1 < len(ts) && strings.HasSuffix(ts[i+1].Lower, "ing") {
			if b, ok := verbLemma[ts[i+1].Lower]; ok {
				out = append(out, token{Start: -1, Text: third(b)})
				i++
				continue
			}
		}
		if b, ok := backshift[t.Lower]; ok {
			t.Start, t.Text = -1, b
		}
		out = append(out, t)
	}
	return out
}

func joinTokens(body string, ts []token) string {
	w := &labelWriter{body: body, parts: ts}
	return w.String()
}

// tidyLabel trims loose ends, balances quotes, capitalises and clips.
func tidyLabel(s string) string {
	s = strings.TrimSpace(s)
	for {
		t := strings.TrimRight(s, " ,;:-—–")
		t = strings.TrimSuffix(t, " and")
		for _, w := range []string{" to", " of", " in", " on", " at", " the", " a", " by", " with", " for"} {
			t = strings.TrimSuffix(t, w)
		}
		if t == s {
			break
		}
		s = t
	}
	s = strings.ReplaceAll(s, ".\"", "\"")
	s = strings.ReplaceAll(s, ",\"", "\"")
	s = strings.ReplaceAll(s, ".”", "”")
	s = strings.ReplaceAll(s, ",”", "”")
	s = strings.TrimSuffix(s, ".")
	if strings.Count(s, "\"")%2 == 1 {
		if strings.HasSuffix(s, "\"") {
			s = strings.TrimSpace(strings.TrimSuffix(s, "\""))
		} else {
			s += "\""
		}
	}
	if r, n := utf8.DecodeRuneInString(s); n > 0 && unicode.IsLower(r) {
		s = string(unicode.ToUpper(r)) + s[n:]
	}
	return clip(s, maxLabel)
}
