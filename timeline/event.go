package timeline

import (
	"sort"
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
	// otherTimex: per clause token, part of another mention's expression
	// ("postponed from February to April", read for April: "February").
	otherTimex []bool
	trig       int // index of the trigger in cl.toks, -1 if none found
	// labelVerb is the verb a label is written from when it is not the
	// trigger ("lost" in "lost the final", "won" in "did not win its bid
	// to host"), -1 if none.
	labelVerb int
	lemma     string // base form of the trigger ("visit")
	noun      bool   // the trigger is an event noun, not a verb
	verb      int    // index of the clause's verb that governs the trigger, -1 if none
	subj      []token
	object    []token  // the object of an object relative ("a smaller deal" it announced)
	agent     string   // who acts, as a name ("Kim Jong Un"); "" when unknown
	names     []string // names in the clause
	mod       Modality
	cue       string // the words that decided mod
	label     string
	pub       time.Time       // the publication date
	known     map[string]bool // words the article capitalises mid-sentence: names
	ix        *articleIndex
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
func read(a *Article, m Mention, ix *articleIndex) *reading {
	r := &reading{m: m, trig: -1, verb: -1, labelVerb: -1, pub: a.Published, known: ix.known, ix: ix}
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
	r.markOtherDates(ix.spans)
	r.findTrigger()
	r.findAgent(a)
	r.names = names(r.cl.toks, r.inTimex, r.known)
	r.mod, r.cue = r.modality()
	return r
}

// markOtherDates sets otherTimex: the clause tokens that lie inside
// another mention (spans, in order), unless a token runs out of that
// mention's words ("last year's") or the mention is coordinated with
// more words ("on Monday and Tuesday nights").
func (r *reading) markOtherDates(spans []Span) {
	toks := r.cl.toks
	r.otherTimex = make([]bool, len(toks))
	in := make([]int, len(toks)) // the span a token lies in, -1 for none
	partial := map[int]bool{}    // spans a token runs out of
	for i, t := range toks {
		in[i] = -1
		k := sort.Search(len(spans), func(k int) bool { return spans[k].End > t.Start })
		if k == len(spans) {
			continue
		}
		if spans[k].Start < t.End && t.End > spans[k].End {
			partial[k] = true
		}
		if spans[k].Start <= t.Start && t.End <= spans[k].End && !r.inTimex[i] {
			in[i] = k
		}
	}
	for i := range toks {
		r.otherTimex[i] = in[i] >= 0 && !partial[in[i]]
	}
	for i := 0; i < len(toks); {
		if !r.otherTimex[i] {
			i++
			continue
		}
		j := i
		for j < len(toks) && r.otherTimex[j] {
			j++
		}
		if j < len(toks) && (toks[j].Start == toks[j-1].End && toks[j].isWord() || coordinators[toks[j].Lower] || toks[j].Text == "'s") {
			for k := i; k < j; k++ {
				r.otherTimex[k] = false
			}
		}
		i = j
	}
}

// commaBefore reports whether a comma stands among the clause tokens
// before index c, after a word (an aside opened after the subject).
func (r *reading) commaBefore(c int) bool {
	for k := c - 1; k > 0; k-- {
		if r.cl.toks[k].Lower == "," {
			return r.cl.toks[k-1].isWord()
		}
	}
	return false
}

// skipAside returns the index of the comma that opens an aside ending at
// the comma toks[c], when the aside holds another date ("The museum,
// renovated in 2019, reopens ..."), so that a backward scan passes over
// it; else c.
func (r *reading) skipAside(c int) int {
	toks := r.cl.toks
	other := false
	for k := c - 1; k >= 0; k-- {
		if toks[k].Lower == "," {
			// (an aside opens with a participle or a relative word and
			// follows the subject that opens the clause: "The museum,
			// renovated in 2019,"; not a second one: "Sun, a maker of
			// workstations, reported sales for the quarter, up ...")
			if first := k + 1; other && first < c && k > 0 && k <= 4 && (relatives[toks[first].Lower] || pastForm(toks[first].Lower) && toks[k-1].isWord()) {
				return k
			}
			return c
		}
		other = other || r.otherTimex[k]
	}
	return c
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
	"after", "before", "between", "within", "throughout", "over", "around", "about", "as", "with", "into", "through", "till", "amid")

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
	if r.inTimex[i] || !t.isWord() || t.capitalised() && i > 0 || nameParticle(toks, i) {
		return "", false
	}
	prev := ""
	if i > 0 {
		prev = toks[i-1].Lower
		// a date between: "a December cut", "the Nov. 3 election" are
		// nouns after their determiner, as "the cut" is
		k := i - 1
		for k > 0 && (r.inTimex[k] || r.otherTimex != nil && r.otherTimex[k]) {
			k--
		}
		if k < i-1 && determiners[toks[k].Lower] {
			prev = toks[k].Lower
		}
	} else if n := len(r.cl.prev); n > 0 {
		prev = r.cl.prev[n-1].Lower
	}
	if base, ok := irregularVerbs[t.Lower]; ok {
		if determiners[prev] && prev != "that" && !beForms[t.Lower] {
			return "", false // "the cut", but "a fight that began"
		}
		return base, true
	}
	base, known := verbLemma[t.Lower]
	if strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss") && i > 0 && pastForm(toks[i-1].Lower) {
		return "", false // "cut rates", "raised prices": the object of a verb, a plural noun
	}
	if strings.HasSuffix(t.Lower, "ed") && len(t.Lower) > 4 {
		if determiners[prev] && prev != "that" || prepositions[prev] && prev != "to" && prev != "by" {
			return "", false // "the planned visit", "of armed men"; but "a strike that ended"
		}
		if !known {
			base = regularBase(t.Lower)
		}
		return base, true
	}
	if !known {
		// "is due to testify": a word after the "to" of a verb group.
		if prev == "to" && i >= 2 && (auxLike[toks[i-2].Lower] || verbLemma[toks[i-2].Lower] != "") && !determiners[t.Lower] && !pronouns[t.Lower] && !isNumber(t.Lower) {
			return t.Lower, true
		}
		if strings.HasSuffix(t.Lower, "ing") && len(t.Lower) > 5 && beForms[prev] {
			return ingBase(t.Lower), true // "was assembling", "are bracing"
		}
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
	case modals[prev], prev == "to", pronouns[prev], doForms[prev], haveForms[prev], negations[prev], relatives[prev], prev == "that":
		return base, true
	case i > 0 && toks[i-1].capitalised() && !strings.HasSuffix(prev, "'s"):
		// A name as subject ("Russia uses"), not as modifier ("its UN
		// Security Council veto").
		j := i - 1
		for j > 0 && toks[j-1].capitalised() && !determiners[toks[j-1].Lower] {
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
	case prev == "," && t.Lower == third(base) && t.Lower != base && i >= 3 && r.commaBefore(i-1):
		return base, true // "The museum, renovated in 2019, reopens": the verb after an aside
	case i > 0 && t.Lower == third(base) && t.Lower != base && !strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "'s") &&
		toks[i-1].isWord() && !prepositions[prev] && !auxLike[prev] && !coordinators[prev] && !isNumber(prev) &&
		!strings.HasSuffix(prev, "ed") && !strings.HasSuffix(prev, "ing") && !modals[prev]:
		return base, true // "the recall covers"
	}
	return "", false
}

// auxLike are words of a verb group that come before its main verb.
var auxLike = set("to", "expected", "set", "due", "likely", "going", "planning", "plans", "planned",
	"scheduled", "hoping", "hopes", "intends", "aims", "about", "able", "unlikely", "poised", "slated",
	"reportedly", "allegedly", "also", "still", "already", "now", "then", "just", "again", "further",
	"soon", "later", "finally", "not", "n't", "never", "first", "last", "once", "since", "recently", "jointly")

// catenatives take an infinitive and carry the label ("continued to
// teach", "did not win its bid to host").
var catenatives = set("continue", "begin", "start", "stop", "decide", "agree", "refuse", "try", "vow", "promise",
	"threaten", "seek", "want", "hope", "need", "attempt", "win", "fail", "move", "vote", "offer", "ask")

// pureLight verbs add nothing to their event noun: "made a trip" is "a
// trip", so the label is a noun phrase ("Kim's trip ...").
var pureLight = set("make", "take", "hold", "pay", "have", "give", "conduct", "carry", "stage", "undertake", "use", "launch", "host")

// eventNoun reports whether clause token i is an event noun.
func (r *reading) eventNoun(i int) bool {
	t := r.cl.toks[i]
	if _, ok := eventClass[t.Lower]; !ok || r.inTimex[i] || t.capitalised() && i > 0 {
		return false
	}
	if i > 0 && beForms[r.cl.toks[i-1].Lower] {
		return false // "Polls will be open": a predicate, not the noun "open"
	}
	_, v := r.verbAt(i)
	return !v
}

// mainVerb reports whether clause token i is a verb other than an
// auxiliary, modal or a word of the verb group ("expected to").
func (r *reading) mainVerb(i int) (string, bool) {
	toks := r.cl.toks
	base, ok := r.verbAt(i)
	w := toks[i].Lower
	if !ok || beForms[w] || haveForms[w] || doForms[w] || modals[w] {
		return "", false
	}
	if auxLike[w] && i+1 < len(toks) && toks[i+1].Lower == "to" {
		return "", false // "expected to", "set to"
	}
	return base, true
}

// pastForm reports whether a word is the past form of a verb other than
// "be" and "have" ("cut", "raised").
func pastForm(w string) bool {
	if beForms[w] || haveForms[w] {
		return false
	}
	_, irregular := irregularVerbs[w]
	return irregular || strings.HasSuffix(w, "ed") && len(w) > 4
}

// finite reports whether clause token i is a verb that can head a clause
// on its own (not an -ing form, not an infinitive).
func (r *reading) finite(i int) bool {
	if _, ok := r.mainVerb(i); !ok {
		return false
	}
	w := r.cl.toks[i].Lower
	return !strings.HasSuffix(w, "ing") && !(i > 0 && r.cl.toks[i-1].Lower == "to")
}

// findTrigger picks the word naming the event: the verb nearest the date
// (left first), or the event noun it carries ("made a trip", "the visit
// could take place", "a report published last month"), or the event noun
// the date hangs on ("his trip to Russia last year", "the budget vote
// next week would ...").
func (r *reading) findTrigger() {
	toks := r.cl.toks
	tx := r.timexIndex()
	// A fronted adverbial built on an event noun: "During his trip ...".
	if len(toks) > 0 && frontingPreps[toks[0].Lower] {
		for i := 1; i < tx && i < len(toks); i++ {
			if r.eventNoun(i) {
				r.setNoun(i)
				return
			}
		}
	}
	v := -1
	for i := min(tx, len(toks)) - 1; i >= 0; i-- {
		if toks[i].Lower == "," {
			i = r.skipAside(i) // "The museum, renovated in 2019, reopens on Saturday": not "renovated"
			continue
		}
		if _, ok := r.mainVerb(i); ok {
			v = i
			break
		}
	}
	if v < 0 {
		// No verb before the date: an event noun before it is its head
		// ("The last budget defeat, in 2011, forced ...").
		for i := min(tx, len(toks)) - 1; i >= 0; i-- {
			if r.eventNoun(i) {
				r.setNoun(i)
				r.verb = r.nextVerb(i)
				return
			}
		}
		for i := tx; i < len(toks); i++ {
			if _, ok := r.mainVerb(i); ok {
				v = i
				break
			}
		}
	}
	if v < 0 {
		best := -1
		for i := range toks {
			if r.eventNoun(i) && (best < 0 || abs(i-tx) < abs(best-tx)) {
				best = i
			}
		}
		if best >= 0 {
			r.setNoun(best)
			return
		}
		// Last resort: "be" or "have" as the verb ("it had more than 1,000").
		for i := range toks {
			if (beForms[toks[i].Lower] || haveForms[toks[i].Lower]) && !r.inTimex[i] && i > 0 {
				r.trig, r.verb, r.lemma = i, i, irregularVerbs[toks[i].Lower]
				if r.lemma == "" {
					r.lemma = toks[i].Lower
				}
				return
			}
		}
		return
	}
	// A participle after a noun, with another finite verb in the clause,
	// describes the noun ("a report published last month said", "a message
	// ... carried by KCNA"): the event is the noun if it names one, else
	// the clause's finite verb before it.
	if v > 0 && r.participle(v) && r.nounLike(v-1) && r.otherFinite(v) {
		if r.eventNoun(v - 1) {
			r.setNoun(v - 1)
			r.verb = r.nextVerb(v)
			return
		}
		for k := v - 1; k >= 0; k-- {
			if r.finite(k) {
				v = k
				break
			}
		}
	}
	// "..., the Labor Department said, down from a peak of 9.1% in June
	// 2022": an event noun after a comma that follows the verb, and
	// before the date, is what the date dates.
	for i := min(tx, len(toks)) - 1; i > v+1; i-- {
		if toks[i].Lower == "," {
			break
		}
		if r.eventNoun(i) {
			for c := v + 1; c < i; c++ {
				if toks[c].Lower == "," {
					r.setNoun(i)
					r.verb = -1 // not the verb's: "the Labor Department said" owns no peak
					return
				}
			}
			break
		}
	}
	base, _ := r.mainVerb(v)
	r.verb = v
	// "their first final since 2009": the date dates the noun.
	if tx > 0 && tx <= len(toks) && toks[tx-1].Lower == "since" {
		for i := tx - 1; i > v; i-- {
			if r.eventNoun(i) {
				r.setNoun(i)
				r.verb = v
				return
			}
		}
	}
	// An infinitive after a finite verb: "made a rare trip to meet ...",
	// "did not win its bid to host ...", "continued to teach".
	if v > 0 && toks[v-1].Lower == "to" {
		for k := v - 2; k >= 0; k-- {
			if auxLike[toks[k].Lower] && toks[k].Lower != "to" || beForms[toks[k].Lower] {
				break // "is expected to visit": the infinitive is the event
			}
			b, ok := r.mainVerb(k)
			if !ok {
				continue
			}
			if lightVerbs[b] {
				for i := k + 1; i < v-1; i++ {
					if r.eventNoun(i) {
						r.verb = k
						r.setNoun(i)
						r.labelVerb = labelVerbFor(b, k)
						return
					}
				}
			}
			if catenatives[b] || !strings.HasSuffix(toks[k].Lower, "ing") {
				r.labelVerb = k
			}
			break
		}
	}
	// "the visit could take place", "the summit was held": the subject noun.
	if happenVerbs[base] && (base != "take" || v+1 < len(toks) && toks[v+1].Lower == "place") &&
		(base != "hold" || v > 0 && beForms[toks[v-1].Lower]) {
		for i := r.subjectStart(v); i < v; i++ {
			if r.eventNoun(i) {
				r.setNoun(i)
				return
			}
		}
	}
	// A light verb with an event noun as its object: "made a rare trip".
	if lightVerbs[base] && r.labelVerb < 0 {
		for i := v + 1; i < len(toks) && i <= v+7; i++ {
			if r.inTimex[i] || toks[i].Lower == "," || toks[i].Lower == "to" && i > v+1 || prepositions[toks[i].Lower] && i > v+1 {
				break
			}
			if r.eventNoun(i) {
				r.setNoun(i)
				r.labelVerb = labelVerbFor(base, v)
				return
			}
		}
	}
	r.trig, r.lemma, r.noun = v, base, false
}

// labelVerbFor returns the verb a label is written from when an event
// noun is the trigger: none for a verb that adds nothing ("made a trip").
func labelVerbFor(base string, v int) int {
	if pureLight[base] {
		return -1
	}
	return v
}

// nextVerb returns the first finite verb after token i, -1 if none.
func (r *reading) nextVerb(i int) int {
	for k := i + 1; k < len(r.cl.toks); k++ {
		if _, ok := r.verbAt(k); ok && !strings.HasSuffix(r.cl.toks[k].Lower, "ing") {
			return k
		}
	}
	return -1
}

// nounLike reports whether token i can end a noun phrase.
func (r *reading) nounLike(i int) bool {
	t := r.cl.toks[i]
	return t.isWord() && !prepositions[t.Lower] && !auxLike[t.Lower] && !pronouns[t.Lower] && !modals[t.Lower] &&
		!coordinators[t.Lower] && !beForms[t.Lower] && !haveForms[t.Lower] && !doForms[t.Lower] && !isLyAdverb(t) && !r.inTimex[i]
}

// otherFinite reports whether the clause has a finite verb besides token
// v: before it one that is not itself a participle after a noun, or any
// verb after it ("a report published last month said").
func (r *reading) otherFinite(v int) bool {
	for k := range r.cl.toks {
		if k == v || !r.finite(k) {
			continue
		}
		if k < v && k > 0 && r.nounLike(k-1) && r.participle(k) {
			continue
		}
		return true
	}
	return false
}

// participle reports whether token i has the form of a past participle.
func (r *reading) participle(i int) bool {
	w := r.cl.toks[i].Lower
	if strings.HasSuffix(w, "ed") {
		return true
	}
	_, irr := irregularVerbs[w]
	return irr && !beForms[w] && !haveForms[w] && !doForms[w] && !pastOnly[w] && w != "says" && w != "said" && w != "told"
}

func (r *reading) setNoun(i int) {
	r.trig, r.noun = i, true
	r.lemma = strings.TrimSuffix(r.cl.toks[i].Lower, "'s")
	if b, ok := irregularVerbs[r.lemma]; ok {
		r.lemma = b
	}
}

// groupStart returns where the verb group ending at v begins: the
// auxiliaries, modals, negations and adverbs before it.
func (r *reading) groupStart(v int) int {
	toks := r.cl.toks
	i := v - 1
	for i >= 0 && (auxLike[toks[i].Lower] || beForms[toks[i].Lower] || haveForms[toks[i].Lower] ||
		modals[toks[i].Lower] || doForms[toks[i].Lower] || negations[toks[i].Lower] || r.inTimex[i] || isLyAdverb(toks[i]) ||
		prepositions[toks[i].Lower] && i+1 < len(toks) && r.inTimex[i+1]) {
		i--
	}
	return i + 1
}

// subjectStart returns where the subject of the verb group ending at v
// begins: after the last verb or clause opener before it. A comma closes
// the subject unless what comes before it is a noun phrase too (an
// appositive: "Her best-known building, the Harbour Library, opened").
func (r *reading) subjectStart(v int) int {
	toks := r.cl.toks
	i := r.groupStart(v) - 1
	for ; i >= 0; i-- {
		t := toks[i]
		if t.Lower == "," {
			k := i - 1
			for k >= 0 && toks[k].Lower != "," {
				if _, ok := r.verbAt(k); ok {
					break
				}
				k--
			}
			if k >= 1 && toks[k].Lower != "," && r.participle(k) && toks[k-1].Lower == "," {
				i = k - 1 // "The tariffs, announced on April 2, took effect": a participle phrase inside the subject
				continue
			}
			if k >= 0 && toks[k].Lower != "," || k < -1 {
				break
			}
			continue
		}
		if _, ok := r.verbAt(i); ok && !r.inTimex[i] {
			break
		}
	}
	return i + 1
}

func hasWord(ts []token) bool {
	for _, t := range ts {
		if t.isWord() {
			return true
		}
	}
	return false
}

// sharedSubject returns the subject of the last verb in prev, the clause
// before "and"/"but" whose second verb has none of its own: the words
// back from that verb to the verb, comma or start before them.
func sharedSubject(prev []token) []token {
	n := len(prev)
	if n > 0 && coordinators[prev[n-1].Lower] {
		n--
	}
	for p := n - 1; p > 0; p-- {
		w := prev[p].Lower
		if _, irr := irregularVerbs[w]; !irr && !strings.HasSuffix(w, "ed") || beForms[w] || haveForms[w] {
			continue
		}
		k := p
		for k > 0 && prev[k-1].isWord() && verbLemma[prev[k-1].Lower] == "" && !auxLike[prev[k-1].Lower] {
			k--
		}
		for k < p && determiners[prev[k].Lower] {
			k++
		}
		if k < p {
			return prev[k:p]
		}
		return nil
	}
	return nil
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
	if r.noun {
		for i := r.trig - 1; i >= 0 && i >= r.trig-5; i-- {
			t := toks[i]
			if possessives[t.Lower] {
				if r.verb >= 0 && r.verb < r.trig {
					if b, _ := r.verbAt(r.verb); lightVerbs[b] {
						break // "Moscow used its veto": the verb's subject
					}
				}
				r.agent = r.antecedent(a, t.Lower)
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
		if r.labelVerb < 0 && (r.verb < 0 || r.verb > r.trig) {
			return // the noun is the subject: nobody else acts
		}
	}
	v := r.trig
	if r.labelVerb >= 0 {
		v = r.labelVerb
	} else if r.noun {
		v = r.verb
	}
	s, g := r.subjectStart(v), r.groupStart(v)
	// "was launched ... and reached ...": the first verb's subject.
	if g > 0 && coordinators[toks[g-1].Lower] {
		for k := g - 2; k >= 0; k-- {
			if r.finite(k) || r.participle(k) {
				s, g = r.subjectStart(k), r.groupStart(k)
				break
			}
		}
	}
	var subj []token
	for i := s; i < g; i++ {
		if r.inTimex[i] || prepositions[toks[i].Lower] && i+1 < g && r.inTimex[i+1] {
			continue
		}
		subj = append(subj, toks[i])
	}
	for len(subj) > 1 && reportNouns[subj[0].Lower] {
		subj = subj[1:] // "reports President Vladimir Putin"
	}
	for len(subj) > 0 && !subj[len(subj)-1].isWord() && subj[len(subj)-1].Lower != "\"" {
		subj = subj[:len(subj)-1]
	}
	// Of a subject with commas, the appositive name after the last
	// ("Her best-known building, the Harbour Library") or else the phrase
	// before the first.
	if c := lastComma(subj); c >= 0 {
		after := subj[c+1:]
		// A fronted adverbial ("Over the past year, unemployment has
		// risen") is no subject: what follows its comma is.
		fronted := prepositions[subj[0].Lower] || frontingPreps[subj[0].Lower] || firstComma(subj) == 0 // (the date itself left out)
		if len(after) > 0 && (determiners[after[0].Lower] || after[0].capitalised() || fronted) {
			subj = after
		} else {
			subj = subj[:firstComma(subj)]
		}
	}
	if len(subj) == 0 && len(r.cl.head) > 0 {
		subj = r.cl.head // "Hale, who was arrested ...", "the workers who walked out"
	}
	if len(subj) == 0 && coordinators[r.cl.marker] {
		subj = sharedSubject(r.cl.prev) // "the labor market remained solid but had cooled since the summer"
	}
	if !hasWord(subj) && r.cl.marker == "," {
		// "The tariffs, announced in what was called "Liberation Day,"
		// took effect": the noun before a participle phrase in commas.
		prev := r.cl.prev
		for c := 1; c+1 < len(prev); c++ {
			if prev[c].Lower != "," {
				continue
			}
			if w := prev[c+1].Lower; (strings.HasSuffix(w, "ed") || irregularVerbs[w] != "") && !pastOnly[w] && !beForms[w] && !haveForms[w] {
				subj = prev[:c]
			}
			break
		}
	}
	// An object relative: "a smaller deal it announced".
	if n := len(subj); n > 1 && pronouns[subj[n-1].Lower] && determiners[subj[0].Lower] {
		r.object = subj[:n-1]
		subj = subj[n-1:]
	}
	r.subj = subj
	if len(subj) == 1 && pronouns[subj[0].Lower] {
		r.agent = r.antecedent(a, subj[0].Lower)
		return
	}
	r.agent = nameOf(subj)
	if r.agent == "" && len(subj) > 0 {
		r.agent = strings.ToLower(headNoun(subj))
	}
}

func lastComma(ts []token) int {
	for i := len(ts) - 1; i >= 0; i-- {
		if ts[i].Lower == "," {
			return i
		}
	}
	return -1
}

func firstComma(ts []token) int {
	for i, t := range ts {
		if t.Lower == "," {
			return i
		}
	}
	return len(ts)
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
	for start > 0 && (ph[start-1].capitalised() || start >= 2 && nameParticle(ph, start-1)) && ph[start-1].isWord() {
		start--
	}
	for start < end-1 && (titleWords[ph[start].Lower] || determiners[ph[start].Lower]) {
		start++
	}
	if start == end || end-start == 1 && determiners[ph[start].Lower] {
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
//
// A single capitalised word first in the run of tokens counts only if
// known holds it (the article capitalises it mid-sentence too): "Rescue
// teams worked" names nobody, "Kim made a trip" names Kim.
func names(toks []token, skip []bool, known map[string]bool) []string {
	var out []string
	for i := 0; i < len(toks); {
		t := toks[i]
		if skip[i] || !t.capitalised() || !t.isWord() || isDateWord(t.Lower) || i == 0 && (determiners[t.Lower] || prepositions[t.Lower] || pronouns[t.Lower] || subordinators[t.Lower]) {
			i++
			continue
		}
		j := i
		for j < len(toks) && (toks[j].capitalised() || nameParticle(toks, j)) && toks[j].isWord() && !skip[j] {
			j++
		}
		if i == 0 && j == 1 && known != nil && !known[strings.TrimSuffix(t.Lower, "'s")] {
			i = j
			continue
		}
		if i == 0 && datelineRun(toks, j) {
			i = j // "NEW DELHI: Prime Minister Narendra Modi ...": the dateline's place names no one
			continue
		}
		if n := nameOf(toks[i:j]); n != "" {
			out = append(out, n)
		}
		i = j
	}
	return out
}

// datelineRun reports whether toks[:j], at the start of a sentence, is a
// place in capitals followed by a dateline's mark: "NEW DELHI:", "MEXICO
// CITY —", "KYIV,".
func datelineRun(toks []token, j int) bool {
	if j >= len(toks) {
		return false
	}
	for _, t := range toks[:j] {
		if strings.ToUpper(t.Text) != t.Text || len(t.Text) < 2 {
			return false
		}
	}
	switch t := toks[j].Text; t {
	case ":", "(", ",":
		return true
	default:
		return dashes[t]
	}
}

// nameParticles stand inside a name in lower case: "Ursula von der
// Leyen", "Ludwig van Beethoven", "Mohammed bin Salman".
var nameParticles = set("von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "bin", "ibn", "al", "la", "le", "ter")

// nameParticle reports whether toks[j] is a particle between two
// capitalised words of a name (one or two particles: "von der").
func nameParticle(toks []token, j int) bool {
	if !nameParticles[toks[j].Text] || j == 0 || !(toks[j-1].capitalised() || nameParticles[toks[j-1].Text]) {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+2; k++ {
		if toks[k].capitalised() && toks[k].isWord() {
			return true
		}
		if !nameParticles[toks[k].Text] {
			return false
		}
	}
	return false
}

// antecedent finds what a pronoun refers to. For "he", "she" and their
// forms: a name in the same sentence outside the clause (the subject of
// the main clause, as in "During his trip ..., Kim said"), else the name
// the article has used most so far. For "it" and "they": the nearest noun
// phrase before the clause, else the sentence's first, else the previous
// sentence's subject.
func (r *reading) antecedent(a *Article, pron string) string {
	in := map[int]bool{}
	for _, t := range r.cl.toks {
		in[t.Start] = true
	}
	if personPronouns[pron] {
		var rest []token
		for _, t := range r.cl.sent {
			if !in[t.Start] {
				rest = append(rest, t)
			}
		}
		if n := names(rest, make([]bool, len(rest)), r.known); len(n) > 0 {
			return n[0]
		}
		return mostNamed(r.ix, r.m.Sentence.Start)
	}
	if np := nearestNP(r.cl.prev); np != "" {
		return np
	}
	// The subject of the sentence before the pronoun ("The government
	// said it would ...", "The company did not complete a deal it announced").
	var before []token
	for _, t := range r.cl.sent {
		if pronouns[t.Lower] || possessives[t.Lower] {
			if len(before) > 0 && t.Start >= r.cl.toks[0].Start {
				break
			}
		}
		if len(r.cl.toks) > 0 && t.Start >= r.cl.toks[len(r.cl.toks)-1].End {
			break
		}
		before = append(before, t)
	}
	if n := names(before, make([]bool, len(before)), r.known); len(n) > 0 && (pron == "it" || pron == "its") {
		return n[len(n)-1] // the nearest name before "it"; "they" is more often the subject
	}
	if len(before) > 1 {
		if np := subjectNP(before, r.known); np != "" {
			return np
		}
	}
	// The subject of a sentence before: the nearest one that agrees in
	// number with "it" ("The mission has slipped. Engineers spent the
	// year ... If it launches next week": the mission), up to three back.
	var earlier []Span
	if p := a.paragraphAt(r.m.Start); p != nil {
		for _, sp := range p.Sentences {
			if sp.End <= r.m.Sentence.Start {
				earlier = append(earlier, sp)
			}
		}
		if p.N >= 2 {
			if q := &a.Paragraphs[p.N-2]; len(q.Sentences) > 0 && !q.Furniture {
				earlier = append(append([]Span{}, q.Sentences...), earlier...)
			}
		}
	}
	first := ""
	for k := len(earlier) - 1; k >= 0 && k >= len(earlier)-3; k-- {
		np := subjectNP(tokenize(a.Body, earlier[k].Start, earlier[k].End), r.known)
		if first == "" {
			first = np
		}
		if np != "" && (pron != "it" && pron != "its" || !pluralPhrase(np)) {
			return np
		}
	}
	return first
}

// pluralPhrase reports whether a phrase's last word looks plural
// ("Engineers", "the rebels").
func pluralPhrase(np string) bool {
	f := strings.Fields(np)
	return len(f) > 0 && pluralWord(strings.ToLower(f[len(f)-1]))
}

// regularBase returns the base form of a regular past form that verbLemma
// does not know: "waived" waive, "slipped" slip, "carried" carry,
// "estimated" estimate, "judged" judge, "handled" handle, "compared"
// compare.
func regularBase(w string) string {
	b := strings.TrimSuffix(w, "ed")
	if n := len(b); n >= 3 && b[n-1] == 'i' {
		return b[:n-1] + "y" // carried
	}
	return stemBase(b)
}

// ingBase returns the base form of an -ing form that verbLemma does not
// know: "bracing" brace, "planning" plan, "handling" handle.
func ingBase(w string) string {
	return stemBase(strings.TrimSuffix(w, "ing"))
}

// stemBase returns the base form of a verb from what is left of it once
// its -ed or -ing is taken off: the e that went with the ending comes back
// ("wav" waive, "compar" compare), a doubled consonant goes ("slipp"
// slip).
func stemBase(b string) string {
	if _, ok := verbLemma[b+"e"]; ok {
		return b + "e"
	}
	n := len(b)
	if n < 3 {
		return b
	}
	last, prev := b[n-1], b[n-2]
	switch {
	case last == prev && strings.IndexByte("bdgmnprt", last) >= 0:
		return b[:n-1] // slipped, planned, admitted
	case last == 'v' || last == 'c' || last == 'z':
		return b + "e" // waived, forced, seized
	case last == 'g' && (prev == 'd' || prev == 'r'):
		return b + "e" // judged, urged
	case last == 'l' && !vowel(prev) && prev != 'l' && prev != 'r':
		return b + "e" // handled, settled
	case last == 't' && prev == 'a' && n >= 6 && !vowel(b[n-3]):
		return b + "e" // estimated, indicated, updated
	case last == 'r' && (prev == 'a' || prev == 'i' || prev == 'u') && !vowel(b[n-3]):
		return b + "e" // compared, required, secured (not "poured", "aired")
	}
	return b
}

// pluralWord reports whether a lower-case word looks like a plural noun:
// an -s that is not -ss, -us, -is or a possessive ("troops", not "Texas",
// "census", "Paris", "Kim's").
func pluralWord(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "'s")
}

var personPronouns = set("he", "she", "his", "her", "him")

// mostNamed returns the name the article uses most before offset end,
// counted by its last word ("Solberg" for "Margit Solberg").
func mostNamed(ix *articleIndex, end int) string {
	if ix == nil {
		return ""
	}
	count := map[string]int{}
	best := ""
	for _, n := range ix.names {
		if n.at >= end {
			break
		}
		if n.place {
			continue // "in Brussels" is no one "she" can be
		}
		count[n.last]++
		if best == "" || count[n.last] > count[best] {
			best = n.last
		}
	}
	return best
}

// articleIndex holds what the event reader needs to know about the whole
// article, worked out once per Extract.
type articleIndex struct {
	known map[string]bool // see knownNames
	names []nameAt        // every name used, in reading order
	spans []Span          // every mention's words, in order (set by Extract)
}

// nameAt is a name the article uses, by its last word, and where; place:
// after a preposition of place ("in Brussels", "from Kyiv").
type nameAt struct {
	at    int
	last  string
	place bool
}

// placePrepositions before a name make it a place.
var placePrepositions = set("in", "at", "from", "to", "near", "across", "outside", "inside", "into", "throughout", "toward", "towards")

func indexArticle(a *Article) *articleIndex {
	ix := &articleIndex{known: knownNames(a)}
	for _, p := range a.Paragraphs {
		if p.Furniture || p.Heading {
			continue
		}
		toks := tokenize(a.Body, p.Start, p.End)
		skip := make([]bool, len(toks))
		for i := 0; i < len(toks); {
			j := i + 1
			for j < len(toks) && toks[j].capitalised() && toks[j].isWord() {
				j++
			}
			start := i
			if !toks[i].isWord() {
				// after a full stop or a comma the run starts with its
				// first capitalised word, which names must see as first
				// ("Between 2019 and 2021" names nobody)
				start = i + 1
			}
			if n := names(toks[start:j], skip[start:j], ix.known); len(n) == 1 {
				f := strings.Fields(n[0])
				k := start
				for k < j-1 && !toks[k].capitalised() {
					k++
				}
				place := k > 0 && placePrepositions[toks[k-1].Lower]
				ix.names = append(ix.names, nameAt{at: toks[i].Start, last: f[len(f)-1], place: place})
			}
			i = j
		}
	}
	return ix
}

// nearestNP returns the last noun phrase of a run of tokens: a name, or a
// determiner and the words after it up to a preposition or verb.
func nearestNP(toks []token) string {
	for i := len(toks) - 1; i >= 0; i-- {
		t := toks[i]
		if t.Lower == "the" || t.Lower == "a" || t.Lower == "an" || t.capitalised() && t.isWord() && i > 0 {
			j := i + 1
			for j < len(toks) && toks[j].isWord() && !prepositions[toks[j].Lower] && verbLemma[toks[j].Lower] == "" && !relatives[toks[j].Lower] && !subordinators[toks[j].Lower] && !pronouns[toks[j].Lower] {
				j++
			}
			if t.capitalised() && i > 0 {
				k := i
				for k > 0 && toks[k-1].capitalised() && toks[k-1].isWord() {
					k--
				}
				if n := nameOf(toks[k : i+1]); n != "" {
					return n
				}
			}
			if j > i+1 {
				return phraseText(toks[i+1 : j])
			}
		}
	}
	return ""
}

// subjectNP returns the subject of a sentence: its words up to the first
// verb; the last name in them, or the phrase without its article.
func subjectNP(toks []token, known map[string]bool) string {
	end := 0
	for end < len(toks) {
		w := toks[end].Lower
		if irregularVerbs[w] != "" || strings.HasSuffix(w, "ed") && end > 0 || modals[w] {
			break
		}
		end++
	}
	region := toks[:end]
	for len(region) > 0 && (prepositions[region[0].Lower] || isNumber(region[0].Lower) || isDateWord(region[0].Lower) || !region[0].isWord()) {
		region = region[1:]
	}
	if n := names(region, make([]bool, len(region)), known); len(n) > 0 {
		return n[len(n)-1] // (an appositive name too: "Her building, the Harbour Library")
	}
	for i := 1; i < len(region); i++ {
		if region[i].Lower == "," {
			region = region[:i] // "The mission, first planned ...": the mission
			break
		}
	}
	for len(region) > 0 && (determiners[region[0].Lower] || prepositions[region[0].Lower] || pronouns[region[0].Lower]) {
		region = region[1:]
	}
	return phraseText(region)
}

func phraseText(ts []token) string {
	words := make([]string, 0, len(ts))
	for _, t := range ts {
		words = append(words, t.Text)
	}
	return strings.Join(words, " ")
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
