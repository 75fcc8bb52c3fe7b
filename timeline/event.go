package timeline

import (
	"strings"
	"time"
)

// reading is what the event reader makes of one dated mention: the clause
// it stands in, the word that names the event (its trigger), who takes
// part, how sure the article is, and a label.
type reading struct {
	m       Mention
	cl      clause
	inTimex []bool // per clause token: part of the temporal expression
	trig    int    // index of the trigger in cl.toks, -1 if none found
	lemma   string // base form of the trigger ("visit")
	noun    bool   // the trigger is an event noun, not a verb
	verb    int    // index of the clause's verb that governs the trigger, -1 if none
	subj    []token
	agent   string   // who acts, as a name ("Kim Jong Un"); "" when unknown
	names   []string // names in the clause
	mod     Modality
	cue     string // the words that decided mod
	label   string
	pub     time.Time // the publication date
}

// class is the coreference class of the trigger: words that can refer to
// the same kind of event share one ("visit", "trip").
func (r *reading) class() string {
	if c, ok := eventClass[r.lemma]; ok {
		return c
	}
	return r.lemma
}

// read analyses the clause a mention stands in.
func read(a *Article, m Mention) *reading {
	r := &reading{m: m, trig: -1, verb: -1, pub: a.Published}
	r.cl = clauseOf(a.Body, m.Sentence, m.Start, m.End)
	r.inTimex = make([]bool, len(r.cl.toks))
	for i, t := range r.cl.toks {
		r.inTimex[i] = t.Start >= m.Start && t.End <= m.End
	}
	// A clause that is only the date and its preposition ("In March,")
	// belongs to the clause that follows it.
	if !r.hasContent() {
		r.cl = clauseOf(a.Body, m.Sentence, m.Start, m.Sentence.End)
		r.inTimex = make([]bool, len(r.cl.toks))
		for i, t := range r.cl.toks {
			r.inTimex[i] = t.Start >= m.Start && t.End <= m.End
		}
	}
	r.findTrigger()
	r.findAgent(a)
	r.names = names(r.cl.toks, r.inTimex)
	r.mod, r.cue = r.modality()
	return r
}

func (r *reading) hasContent() bool {
	for i, t := range r.cl.toks {
		if !r.inTimex[i] && t.isWord() && !prepositions[t.Lower] {
			return true
		}
	}
	return false
}

var prepositions = set("in", "on", "at", "by", "during", "since", "until", "from", "to", "of", "for",
	"after", "before", "between", "within", "throughout", "over", "around", "about", "as", "with", "into")

// timexIndex returns the first clause token of the temporal expression.
func (r *reading) timexIndex() int {
	for i, in := range r.inTimex {
		if in {
			return i
		}
	}
	// The expression lies outside the clause: take the nearest edge.
	if len(r.cl.toks) > 0 && r.m.Start >= r.cl.toks[len(r.cl.toks)-1].End {
		return len(r.cl.toks)
	}
	return 0
}

// verbAt reports whether clause token i reads as a verb, with its base form.
func (r *reading) verbAt(i int) (string, bool) {
	toks := r.cl.toks
	t := toks[i]
	if r.inTimex[i] || !t.isWord() || t.capitalised() && i > 0 {
		return "", false
	}
	prev := ""
	if i > 0 {
		prev = toks[i-1].Lower
	} else if n := len(r.cl.prev); n > 0 {
		prev = r.cl.prev[n-1].Lower
	}
	if base, ok := irregularVerbs[t.Lower]; ok {
		if determiners[prev] && !beForms[t.Lower] {
			return "", false
		}
		return base, true
	}
	base, known := verbLemma[t.Lower]
	if strings.HasSuffix(t.Lower, "ed") && len(t.Lower) > 4 {
		if determiners[prev] || prepositions[prev] && prev != "to" && prev != "by" {
			return "", false // "the planned visit", "of armed men"
		}
		if !known {
			base = strings.TrimSuffix(t.Lower, "ed")
			if _, ok := verbLemma[base+"e"]; ok {
				base += "e"
			}
		}
		return base, true
	}
	if !known {
		return "", false
	}
	if strings.HasSuffix(t.Lower, "ing") {
		return base, beForms[prev] || prev == "," || i == 0 && r.cl.marker != ""
	}
	// A base or -s form: a verb after a modal, "to", a pronoun, an
	// auxiliary, a negation or a name; a noun after a determiner.
	switch {
	case determiners[prev] || prepositions[prev] && prev != "to":
		return "", false
	case modals[prev], prev == "to", pronouns[prev], doForms[prev], negations[prev], relatives[prev], prev == "that":
		return base, true
	case i > 0 && toks[i-1].capitalised():
		// A name as subject ("Russia uses"), not as modifier ("its UN
		// Security Council veto").
		j := i - 1
		for j > 0 && toks[j-1].capitalised() {
			j--
		}
		if j > 0 && (determiners[toks[j-1].Lower] || prepositions[toks[j-1].Lower]) {
			return "", false
		}
		if j > 0 {
			if _, isV := verbLemma[toks[j-1].Lower]; isV && !pronouns[toks[j-1].Lower] {
				return "", false
			}
		}
		return base, true
	case i > 0 && strings.HasSuffix(prev, "s") && !strings.HasSuffix(t.Lower, "s") && !determiners[prev]:
		return base, true // "analysts warn"
	}
	return "", false
}

// auxLike are words of a verb group that come before its main verb.
var auxLike = set("to", "expected", "set", "due", "likely", "going", "planning", "plans", "planned",
	"scheduled", "hoping", "hopes", "intends", "aims", "about", "able", "unlikely", "poised", "slated",
	"reportedly", "allegedly", "also", "still", "already", "now", "then", "just", "again", "further",
	"soon", "later", "finally", "not", "n't", "never")

// findTrigger picks the word naming the event: the verb nearest the date
// (left first), or the event noun it carries ("made a trip", "the visit
// could take place", "a report published last month"), or the event noun
// the date hangs on ("his trip to Russia last year").
func (r *reading) findTrigger() {
	toks := r.cl.toks
	tx := r.timexIndex()
	isVerb := func(i int) (string, bool) {
		base, ok := r.verbAt(i)
		if !ok || beForms[toks[i].Lower] || haveForms[toks[i].Lower] || doForms[toks[i].Lower] || modals[toks[i].Lower] {
			return "", false
		}
		if auxLike[toks[i].Lower] && i+1 < len(toks) && toks[i+1].Lower == "to" {
			return "", false // "expected to", "set to"
		}
		return base, true
	}
	// A fronted adverbial built on an event noun: "During his trip ...".
	if len(toks) > 0 && frontingPreps[toks[0].Lower] {
		for i := 1; i < tx && i < len(toks); i++ {
			if _, ok := eventClass[toks[i].Lower]; ok && !r.inTimex[i] {
				if _, isV := isVerb(i); !isV {
					r.setNoun(i)
					return
				}
			}
		}
	}
	v := -1
	for i := min(tx, len(toks)) - 1; i >= 0; i-- {
		if _, ok := isVerb(i); ok {
			v = i
			break
		}
	}
	if v < 0 {
		for i := tx; i < len(toks); i++ {
			if _, ok := isVerb(i); ok {
				v = i
				break
			}
		}
	}
	if v < 0 {
		// No verb: the nearest event noun, or nothing.
		best := -1
		for i, t := range toks {
			if _, ok := eventClass[t.Lower]; ok && !r.inTimex[i] && (best < 0 || abs(i-tx) < abs(best-tx)) {
				best = i
			}
		}
		if best >= 0 {
			r.setNoun(best)
		}
		return
	}
	base, _ := isVerb(v)
	r.verb = v
	// A participle right after a noun describes that noun ("a report
	// published last month", "a message ... carried by KCNA"): the event is
	// the noun, if it names one, else the clause's finite verb before it.
	if v > 0 && r.participle(v) && !beForms[toks[v-1].Lower] && !haveForms[toks[v-1].Lower] && toks[v-1].isWord() &&
		!prepositions[toks[v-1].Lower] && !auxLike[toks[v-1].Lower] && !pronouns[toks[v-1].Lower] && !modals[toks[v-1].Lower] {
		if _, ok := eventClass[toks[v-1].Lower]; ok {
			r.setNoun(v - 1)
			for k := v; k < len(toks); k++ {
				if b, ok := isVerb(k); ok && k > v && !strings.HasSuffix(toks[k].Lower, "ing") {
					r.verb = k // the verb the noun is subject of ("a report ... said")
					_ = b
					break
				}
			}
			return
		}
		for k := v - 1; k >= 0; k-- {
			if b, ok := isVerb(k); ok && !strings.HasSuffix(toks[k].Lower, "ing") {
				v, base = k, b
				r.verb = k
				break
			}
		}
	}
	// An infinitive of purpose after a light verb with an event noun ("made
	// a rare trip to meet ..."): the noun is the event.
	if v > 0 && toks[v-1].Lower == "to" {
		for k := v - 2; k >= 0; k-- {
			if b, ok := isVerb(k); ok {
				if lightVerbs[b] {
					for i := k + 1; i < v-1; i++ {
						if _, ok := eventClass[toks[i].Lower]; ok && !r.inTimex[i] {
							r.verb = k
							r.setNoun(i)
							return
						}
					}
				}
				break
			}
		}
	}
	// "the visit could take place", "the summit was held": the subject noun.
	if happenVerbs[base] && (base != "take" || v+1 < len(toks) && toks[v+1].Lower == "place") {
		if base != "be" || v+1 < len(toks) && strings.HasSuffix(toks[v+1].Lower, "ed") {
			for i := r.subjectStart(v); i < v; i++ {
				if _, ok := eventClass[toks[i].Lower]; ok && !r.inTimex[i] {
					r.setNoun(i)
					return
				}
			}
		}
	}
	if base == "be" && v+1 < len(toks) {
		if b, ok := verbLemma[toks[v+1].Lower]; ok && strings.HasSuffix(toks[v+1].Lower, "ed") {
			base = b
			v++
			r.verb = v
		}
	}
	// A light verb with an event noun as its object: "made a rare trip".
	if lightVerbs[base] {
		for i := v + 1; i < len(toks) && i <= v+7; i++ {
			if r.inTimex[i] || toks[i].Lower == "," || toks[i].Lower == "to" && i > v+1 {
				break
			}
			if _, ok := eventClass[toks[i].Lower]; ok {
				if _, isV := isVerb(i); !isV {
					r.setNoun(i)
					return
				}
			}
		}
	}
	r.trig, r.lemma, r.noun = v, base, false
}

// participle reports whether token i has the form of a past participle.
func (r *reading) participle(i int) bool {
	w := r.cl.toks[i].Lower
	if strings.HasSuffix(w, "ed") {
		return true
	}
	_, irr := irregularVerbs[w]
	return irr && !beForms[w] && !haveForms[w] && !doForms[w] && w != "said" && w != "says"
}

func (r *reading) setNoun(i int) {
	r.trig, r.noun = i, true
	r.lemma = strings.TrimSuffix(r.cl.toks[i].Lower, "'s")
	if b, ok := irregularVerbs[r.lemma]; ok {
		r.lemma = b
	}
}

// subjectStart returns where the subject of the verb group ending at v
// begins: after the last verb, comma or clause opener before it.
func (r *reading) subjectStart(v int) int {
	toks := r.cl.toks
	i := v - 1
	for i >= 0 && (auxLike[toks[i].Lower] || beForms[toks[i].Lower] || haveForms[toks[i].Lower] ||
		modals[toks[i].Lower] || doForms[toks[i].Lower] || r.inTimex[i] || isLyAdverb(toks[i])) {
		i--
	}
	// Drop the preposition of a date between subject and verb ("Kim on Wednesday hailed").
	for i >= 0 {
		t := toks[i]
		if t.Lower == "," || t.Lower == "\"" || t.Lower == "“" || t.Lower == "”" && false {
			break
		}
		if _, ok := r.verbAt(i); ok && !r.inTimex[i] && i != v {
			if b := verbLemma[t.Lower]; b != "" || strings.HasSuffix(t.Lower, "ed") || irregularVerbs[t.Lower] != "" {
				break
			}
		}
		i--
	}
	return i + 1
}

func isLyAdverb(t token) bool {
	return strings.HasSuffix(t.Lower, "ly") && len(t.Lower) > 4 && !keepLy[t.Lower] && !t.capitalised()
}

// findAgent fills the subject and the agent: for a verb, its subject; for
// a noun, its possessor ("his trip", "Putin's visit") or the subject of
// its light verb.
func (r *reading) findAgent(a *Article) {
	toks := r.cl.toks
	if r.trig < 0 {
		return
	}
	v := r.trig
	if r.noun {
		if r.verb >= 0 && r.verb < r.trig {
			v = r.verb
		} else {
			// Possessor before the noun.
			for i := r.trig - 1; i >= 0 && i >= r.trig-5; i-- {
				t := toks[i]
				if possessives[t.Lower] {
					r.agent = antecedent(a, r)
					return
				}
				if strings.HasSuffix(t.Lower, "'s") && t.capitalised() {
					j := i
					for j > 0 && toks[j-1].capitalised() && !r.inTimex[j-1] {
						j--
					}
					r.agent = nameOf(toks[j : i+1])
					return
				}
				if determiners[t.Lower] || prepositions[t.Lower] {
					break
				}
			}
			// The subject of the verb the noun is subject of ("the visit could take place").
			return
		}
	}
	s := r.subjectStart(v)
	subj := []token{}
	for i := s; i < v; i++ {
		if r.inTimex[i] || auxLike[toks[i].Lower] || beForms[toks[i].Lower] || haveForms[toks[i].Lower] || modals[toks[i].Lower] || doForms[toks[i].Lower] {
			continue
		}
		// A date's preposition stays out of the subject.
		if prepositions[toks[i].Lower] && i+1 < len(r.inTimex) && r.inTimex[i+1] {
			continue
		}
		subj = append(subj, toks[i])
	}
	// "reports President Vladimir Putin": a report noun before the subject.
	for len(subj) > 1 && reportNouns[subj[0].Lower] {
		subj = subj[1:]
	}
	r.subj = subj
	if len(subj) == 1 && pronouns[subj[0].Lower] {
		r.agent = antecedent(a, r)
		return
	}
	r.agent = nameOf(subj)
	if r.agent == "" && len(subj) > 0 {
		r.agent = strings.ToLower(headNoun(subj))
	}
}

// nameOf returns the last run of capitalised words in a phrase, without
// title words and a possessive "'s": "North Korean leader Kim Jong Un" ->
// "Kim Jong Un".
func nameOf(ph []token) string {
	end := len(ph)
	for end > 0 && !ph[end-1].capitalised() {
		if possessives[ph[end-1].Lower] || !ph[end-1].isWord() {
			end--
			continue
		}
		// The phrase ends in a common noun: "the Kremlin" counts, "Yonhap news agency" does not.
		return ""
	}
	start := end
	for start > 0 && ph[start-1].capitalised() && ph[start-1].isWord() {
		start--
	}
	for start < end-1 && titleWords[ph[start].Lower] {
		start++
	}
	if start == end {
		return ""
	}
	words := make([]string, 0, end-start)
	for _, t := range ph[start:end] {
		words = append(words, strings.TrimSuffix(strings.TrimSuffix(t.Text, "'s"), "’s"))
	}
	return strings.Join(words, " ")
}

func headNoun(ph []token) string {
	for i := len(ph) - 1; i >= 0; i-- {
		if ph[i].isWord() {
			return ph[i].Text
		}
	}
	return ""
}

// names lists the capitalised word runs of a clause, dates left out.
func names(toks []token, skip []bool) []string {
	var out []string
	for i := 0; i < len(toks); {
		t := toks[i]
		if skip[i] || !t.capitalised() || !t.isWord() || isDateWord(t.Lower) || i == 0 && (determiners[t.Lower] || prepositions[t.Lower] || pronouns[t.Lower] || subordinators[t.Lower]) {
			i++
			continue
		}
		j := i
		for j < len(toks) && toks[j].capitalised() && toks[j].isWord() && !skip[j] {
			j++
		}
		out = append(out, nameOf(toks[i:j]))
		i = j
	}
	return out
}

// antecedent finds who a pronoun ("his", "he") refers to: a name in the
// same sentence outside the clause (the subject of the main clause, as in
// "During his trip ..., Kim said"), else the last named subject before
// the sentence in the same paragraph.
func antecedent(a *Article, r *reading) string {
	in := map[int]bool{}
	for _, t := range r.cl.toks {
		in[t.Start] = true
	}
	var rest []token
	for _, t := range r.cl.sent {
		if !in[t.Start] {
			rest = append(rest, t)
		}
	}
	skip := make([]bool, len(rest))
	if n := names(rest, skip); len(n) > 0 {
		return n[0]
	}
	p := a.paragraphAt(r.m.Start)
	if p == nil {
		return ""
	}
	before := tokenize(a.Body, p.Start, r.m.Sentence.Start)
	n := names(before, make([]bool, len(before)))
	if len(n) > 0 {
		return n[0]
	}
	return ""
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// sameParticipants reports whether two agents can be the same: one of
// them unknown, or sharing a name word ("Kim Jong Un", "Kim").
func sameParticipants(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	aw := strings.Fields(strings.ToLower(a))
	for _, w := range strings.Fields(strings.ToLower(b)) {
		for _, x := range aw {
			if w == x && len(w) > 2 && !commonNameWords[w] {
				return true
			}
		}
	}
	return false
}

// commonNameWords are parts of many names and say nothing alone.
var commonNameWords = set("north", "south", "east", "west", "new", "united", "national", "state", "states",
	"the", "of", "and", "republic", "party", "union", "city", "county", "court", "university")
