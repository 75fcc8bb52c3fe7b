package timeline

import "strings"

// Modality and polarity are read from the words around the event's
// trigger, in this order of precedence: a negation or denial (denied), a
// modal of possibility (possible), a word of intention or schedule
// (expected), a source the article cites (reported); failing all of them
// the article states the event as fact (happened).

var (
	possibleCues = set("could", "may", "might", "can", "possibly", "perhaps", "potentially", "probably", "likely", "possible", "proposed", "mooted", "rumoured", "rumored")
	expectedCues = set("will", "'ll", "shall", "wo", "expected", "expects", "expect", "set", "due", "plans", "plan", "planned", "planning",
		"scheduled", "intends", "intend", "intended", "aims", "aim", "going", "upcoming", "forthcoming", "slated", "poised", "prepares", "preparing", "hopes", "hoping", "intention")
)

// factive verbs say that the infinitive after them came about.
var factive = set("continue", "begin", "start", "manage", "stop", "cease", "resume", "keep", "seem", "appear",
	"use", "help", "dare", "get", "come", "happen", "tend", "remain", "prove", "go")

// intentVerbs put an event noun in the future: "called for an emergency
// conference", "proposed a summit".
var intentVerbs = set("call", "demand", "urge", "propose", "plan", "seek", "want", "expect", "schedule", "set",
	"promise", "pledge", "vow", "threaten", "offer", "ask", "hope", "aim", "intend", "agree", "prepare",
	"request", "await", "anticipate", "consider", "recommend")

// boundAfter reports whether the date follows "before", "until" or
// "till": a negation then bounds the event, it does not deny it ("a
// decision is not expected before early next year" expects one then or
// later; "did not return until May" returned in May).
func (r *reading) boundAfter() bool {
	i := r.timexIndex()
	if i == 0 || i >= len(r.cl.toks) || !r.inTimex[i] {
		return false // at the clause's start, or outside it
	}
	w := r.cl.toks[i-1].Lower
	return w == "before" || w == "until" || w == "till"
}

// modality decides how sure the article is of the event.
func (r *reading) modality() (Modality, string) {
	toks := r.cl.toks
	if r.trig < 0 {
		return r.contextModality(0, "")
	}
	// The verb group of the verb that carries the event: the trigger, the
	// verb an event noun is subject or object of, or the finite verb
	// before an infinitive ("did not win its bid to host").
	gv := r.trig
	switch {
	case r.labelVerb >= 0:
		gv = r.labelVerb
	case r.noun && r.verb >= 0:
		gv = r.verb
	}
	lo := r.subjectStart(gv)
	group := toks[r.groupStart(gv):gv]
	if !r.noun && r.labelVerb >= 0 {
		group = append(append([]token{}, group...), toks[r.groupStart(r.trig):r.trig]...)
	}
	// Modifiers of an event noun ("the planned visit", "no meeting").
	var mods []token
	if r.noun {
		for i := r.trig - 1; i >= 0 && i >= r.trig-3; i-- {
			mods = append(mods, toks[i])
			if determiners[toks[i].Lower] {
				break
			}
		}
	}
	for _, t := range append(append([]token{}, group...), mods...) {
		if negations[t.Lower] && (t.Lower != "no" || r.noun) && !r.boundAfter() {
			return Denied, t.Text
		}
	}
	if r.trig >= 2 && toks[r.trig-1].Lower == "to" && (toks[r.trig-2].Lower == "failed" || toks[r.trig-2].Lower == "refused" || toks[r.trig-2].Lower == "declined") {
		return Denied, toks[r.trig-2].Text + " to"
	}
	if strings.Contains(strings.ToLower(r.m.Text), "as early as") {
		return Possible, "as early as"
	}
	for _, t := range append(append([]token{}, group...), mods...) {
		if possibleCues[t.Lower] && !(t.Lower == "may" && r.inTimexTok(t)) {
			return Possible, t.Text
		}
	}
	for i, t := range group {
		if t.Lower == "would" {
			if !r.pub.IsZero() && !r.m.Begin.Before(r.pub) {
				return Expected, t.Text
			}
			return Possible, t.Text
		}
		if expectedCues[t.Lower] || t.Lower == "to" && i > 0 && beForms[group[i-1].Lower] {
			if t.Lower == "set" && (i+1 >= len(group) || group[i+1].Lower != "to") {
				continue
			}
			return Expected, t.Text
		}
	}
	for _, t := range mods {
		if expectedCues[t.Lower] {
			return Expected, t.Text
		}
	}
	// An infinitive is an intention, not a fact ("promised to withdraw",
	// "voted to support", "plans daily flights to boost trade"), unless
	// the verb it hangs on says it came about ("continued to teach").
	if !r.noun && r.trig > 0 && toks[r.trig-1].Lower == "to" {
		gov := ""
		if r.labelVerb >= 0 {
			gov, _ = r.verbAt(r.labelVerb)
		}
		if !factive[gov] {
			return Expected, "to " + toks[r.trig].Text
		}
	}
	// An event noun that is called for, planned or promised.
	if r.noun && r.verb >= 0 && r.verb < r.trig {
		if b, ok := r.verbAt(r.verb); ok && intentVerbs[b] {
			return Expected, toks[r.verb].Text
		}
	}
	return r.contextModality(lo, "")
}

func (r *reading) inTimexTok(t token) bool { return t.Start >= r.m.Start && t.End <= r.m.End }

// contextModality looks outside the verb group: a clause that hangs on a
// speech verb or a denial ("denied that ...", "Yonhap reported the visit
// ..."), a report noun ("amid reports ..."), "according to" in the sentence.
func (r *reading) contextModality(subjStart int, _ string) (Modality, string) {
	toks := r.cl.toks
	if r.trig >= 0 && !r.noun && sayVerbs[r.lemma] {
		return Happened, "" // the saying itself is the event
	}
	// An event noun that is the subject of a speech verb ("a report ...
	// said") is itself the event: it happened.
	if r.noun && r.verb > r.trig && sayVerbs[verbLemma[toks[r.verb].Lower]] {
		return Happened, ""
	}
	// An event noun inside what someone said, not its subject ("officials
	// said six people were held for questioning about the bombing"), is
	// taken as given: the bombing happened.
	if r.noun && (r.verb < 0 || r.verb < r.trig) {
		for _, t := range toks {
			if t.Lower == "reportedly" || t.Lower == "allegedly" {
				return Reported, t.Text
			}
		}
		return Happened, ""
	}
	// Right before the subject: "Yonhap reported [the visit ...]",
	// "amid reports [Putin will visit ...]".
	for i := max(0, subjStart-2); i < subjStart && i < len(toks); i++ {
		t := toks[i]
		if base, ok := r.verbAt(i); ok {
			if denyVerbs[base] && base != "call" && base != "fail" {
				return Denied, t.Text
			}
			if sayVerbs[base] {
				return Reported, t.Text
			}
		}
		if reportNouns[t.Lower] {
			return Reported, t.Text
		}
	}
	// A report noun heading the clause: "amid reports [the firm sold ...]".
	if subjStart < len(toks)-1 && reportNouns[toks[subjStart].Lower] && (determiners[toks[subjStart+1].Lower] || toks[subjStart+1].capitalised()) {
		return Reported, toks[subjStart].Text
	}
	for _, t := range toks {
		if t.Lower == "reportedly" || t.Lower == "allegedly" || t.Lower == "purportedly" {
			return Reported, t.Text
		}
	}
	// The clause is the complement of a speech verb or noun before it.
	if r.cl.marker == "that" || r.cl.marker == "" || r.cl.marker == "," {
		prev := r.cl.prev
		for i := len(prev) - 1; i >= 0 && i >= len(prev)-6; i-- {
			w := prev[i].Lower
			if w == "." || w == ";" {
				break
			}
			if b := verbLemma[w]; b != "" && (strings.HasSuffix(w, "ed") || irregularVerbs[w] != "" || strings.HasSuffix(w, "s")) {
				if denyVerbs[b] && b != "call" && b != "fail" {
					return Denied, prev[i].Text
				}
				if sayVerbs[b] && r.cl.marker == "that" {
					return Reported, prev[i].Text
				}
			}
			if reportNouns[w] && r.cl.marker == "that" {
				return Reported, prev[i].Text
			}
		}
	}
	// "according to X" anywhere in the sentence, or a closing attribution
	// (", police said.").
	sent := r.cl.sent
	for i := 0; i+1 < len(sent); i++ {
		if sent[i].Lower == "according" && sent[i+1].Lower == "to" {
			return Reported, "according to"
		}
	}
	// A closing attribution: ", police said." after the event.
	if n := len(sent); n > 2 && r.trig >= 0 && (r.cl.marker == "" || r.cl.marker == ",") {
		c := -1
		for i := n - 1; i >= 0 && i >= n-8; i-- {
			if sent[i].Lower == "," {
				c = i
				break
			}
		}
		if c > 0 && toks[r.trig].End <= sent[c].Start {
			for i := c + 2; i < n; i++ {
				w := sent[i].Lower
				if b := verbLemma[w]; sayVerbs[b] && !strings.HasSuffix(w, "ing") && sent[i-1].Lower != "," {
					return Reported, sent[i].Text
				}
			}
		}
	}
	return Happened, ""
}

// ModalityAt reads the modality of the event named by the word at trigger
// (a verb or an event noun) in the sentence sent of text, with the cue
// that decided it. It is the detector Extract uses, given the event word
// instead of finding it from a date; scripts/eval-modality measures it.
func ModalityAt(text string, sent, trigger Span) (Modality, string) {
	r := &reading{m: Mention{Start: trigger.Start, End: trigger.End, Sentence: sent}, trig: -1, verb: -1, labelVerb: -1}
	r.cl = clauseOf(text, sent, trigger.Start, trigger.End)
	r.inTimex = make([]bool, len(r.cl.toks))
	i := -1
	for k, t := range r.cl.toks {
		if t.Start <= trigger.Start && trigger.Start < t.End {
			i = k
			break
		}
	}
	if i < 0 {
		return Happened, ""
	}
	toks := r.cl.toks
	if base, ok := r.verbAt(i); ok || beForms[toks[i].Lower] || haveForms[toks[i].Lower] {
		if !ok {
			base = irregularVerbs[toks[i].Lower]
		}
		r.trig, r.lemma = i, base
		// An infinitive takes the modality of the finite verb before it
		// ("did not win its bid to host"), unless that verb is part of its
		// verb group ("is expected to visit").
		if i > 0 && toks[i-1].Lower == "to" {
			for k := i - 2; k >= 0; k-- {
				if auxLike[toks[k].Lower] && toks[k].Lower != "to" || beForms[toks[k].Lower] {
					break
				}
				if _, ok := r.mainVerb(k); ok {
					r.labelVerb = k
					break
				}
			}
		}
	} else {
		r.setNoun(i)
		for k := i - 1; k >= 0; k-- {
			if _, ok := r.mainVerb(k); ok {
				r.verb = k
				break
			}
		}
		if r.verb < 0 {
			r.verb = r.nextVerb(i)
		}
	}
	return r.modality()
}
