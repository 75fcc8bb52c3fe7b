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
	case r.trig < 0:
		w.toks(r.keep(0, len(toks)))
	case r.noun:
		r.nounLabel(a, w)
	default:
		r.verbLabel(a, w)
	}
	return tidyLabel(w.String())
}

// keep returns the clause tokens in [lo, hi) that a label keeps: not the
// date nor its preposition, no filler adverb, and no trailing comma part.
func (r *reading) keep(lo, hi int) []token {
	toks := r.cl.toks
	var out []token
	for i := lo; i < hi && i < len(toks); i++ {
		t := toks[i]
		if r.inTimex[i] || isLyAdverb(t) {
			continue
		}
		if prepositions[t.Lower] && i+1 < len(toks) && r.inTimex[i+1] {
			continue
		}
		if (t.Lower == "the" || t.Lower == "a") && i+1 < len(toks) && r.inTimex[i+1] {
			continue
		}
		if t.Lower == "," && len(out) > 0 {
			break
		}
		out = append(out, t)
	}
	return out
}

// subjectText is the subject as a headline writes it: a name without its
// titles, or the phrase without its article.
func (r *reading) subjectText() []token {
	subj := r.subj
	if n := nameOf(subj); n != "" && r.agent == n {
		// Keep the tokens of the name run only.
		end := len(subj)
		for end > 0 && !subj[end-1].capitalised() {
			end--
		}
		start := end
		for start > 0 && subj[start-1].capitalised() && subj[start-1].isWord() {
			start--
		}
		for start < end-1 && titleWords[subj[start].Lower] {
			start++
		}
		return subj[start:end]
	}
	for len(subj) > 0 && (subj[0].Lower == "the" || subj[0].Lower == "a" || subj[0].Lower == "an" || prepositions[subj[0].Lower] || reportNouns[subj[0].Lower]) {
		subj = subj[1:]
	}
	return subj
}

func plural(subj []token) bool {
	for _, t := range subj {
		if t.Lower == "and" {
			return true
		}
	}
	if len(subj) == 0 {
		return false
	}
	h := subj[len(subj)-1]
	return !h.capitalised() && strings.HasSuffix(h.Lower, "s") && !strings.HasSuffix(h.Lower, "ss") && !strings.HasSuffix(h.Lower, "'s") ||
		pronouns[h.Lower] && (h.Lower == "they" || h.Lower == "we")
}

func (r *reading) verbLabel(a *Article, w *labelWriter) {
	toks := r.cl.toks
	v := r.trig
	subj := r.subjectText()
	if len(subj) == 1 && pronouns[subj[0].Lower] && r.agent != "" {
		w.word(r.agent)
	} else {
		w.toks(subj)
	}
	passive := v > 0 && beForms[toks[v-1].Lower] && (strings.HasSuffix(toks[v].Lower, "ed") || irregularVerbs[toks[v].Lower] != "")
	progressive := v > 0 && beForms[toks[v-1].Lower] && strings.HasSuffix(toks[v].Lower, "ing")
	switch {
	case r.mod == Expected:
		w.word("to")
		if passive {
			w.word("be")
			w.word(toks[v].Text)
		} else {
			w.word(r.lemma)
		}
	case r.mod == Possible:
		cue := strings.ToLower(r.cue)
		if cue == "as early as" || !modals[cue] {
			cue = "could"
		}
		w.word(cue)
		if passive {
			w.word("be")
			w.word(toks[v].Text)
		} else {
			w.word(r.lemma)
		}
	case r.mod == Denied:
		if passive {
			w.word("not")
			w.word(toks[v].Text)
		} else if beForms[toks[v].Lower] {
			w.word(third("be"))
			w.word("not")
		} else {
			w.word("does not")
			w.word(r.lemma)
		}
	case passive:
		w.word(toks[v].Text)
	case plural(subj) && !progressive:
		w.word(r.lemma)
	default:
		_ = progressive
		w.word(third(r.lemma))
	}
	w.toks(r.keep(v+1, len(toks)))
	// A speech verb with little after it takes its "that" clause along:
	// "Kremlin tells Russian media the trip is "being prepared"".
	if sayVerbs[r.lemma] && len(r.keep(v+1, len(toks))) <= 4 {
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
	if len(out) > 12 {
		return nil
	}
	return out
}

var backshift = map[string]string{"was": "is", "were": "are", "had": "has"}

func (r *reading) nounLabel(a *Article, w *labelWriter) {
	toks := r.cl.toks
	n := r.trig
	// The noun with its capitalised modifiers ("UN Security Council veto").
	start := n
	for start > 0 && (toks[start-1].capitalised() && toks[start-1].isWord() && !strings.HasSuffix(toks[start-1].Lower, "'s") && !r.inTimex[start-1] || isNumber(toks[start-1].Lower) && !r.inTimex[start-1]) {
		start--
	}
	for start < n && (determiners[toks[start].Lower] || prepositions[toks[start].Lower]) {
		start++
	}
	owner := r.agent
	if r.verb >= 0 && r.verb < n {
		if s := r.subjectText(); owner == "" && len(s) > 0 {
			owner = joinTokens(a.Body, s)
		}
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
		w.word(owner + "'s")
	}
	if r.mod == Expected && (r.verb < 0 || r.verb < n) {
		w.word("expected")
	}
	tail := r.keep(n+1, len(toks))
	// A noun that is the subject of its verb keeps only its own phrase.
	if r.verb > n {
		tail = r.keep(n+1, r.verb)
		for len(tail) > 0 && (modals[tail[len(tail)-1].Lower] || beForms[tail[len(tail)-1].Lower] || haveForms[tail[len(tail)-1].Lower]) {
			tail = tail[:len(tail)-1]
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
