package temporal

import (
	"regexp"
	"slices"
	"strings"
)

// Tense detection, by simple rules: the nearest tense-bearing word before
// the expression in its clause decides; failing one, the nearest after it in
// the same sentence. Modal and future words ("will", "could", "expected
// to") read as future, since they look ahead from the publication date.

// tenseWords are auxiliaries, modals and verbs whose form shows the tense.
var tenseWords = map[string]Tense{
	"will": TenseFuture, "'ll": TenseFuture, "shall": TenseFuture, "would": TenseFuture,
	"could": TenseFuture, "may": TenseFuture, "might": TenseFuture, "should": TenseFuture,
	"must": TenseFuture, "expect": TenseFuture, "intend": TenseFuture, "expected": TenseFuture, "expects": TenseFuture, "plans": TenseFuture,
	"planning": TenseFuture, "planned": TenseFuture, "scheduled": TenseFuture, "due": TenseFuture,
	"intends": TenseFuture, "aims": TenseFuture, "hopes": TenseFuture, "going": TenseFuture,
	"upcoming": TenseFuture, "can": TenseFuture, "cannot": TensePresent, "can't": TensePresent, "won't": TenseFuture, "wouldn't": TenseFuture,
	"couldn't": TenseFuture, "forecast": TenseFuture, "forecasts": TenseFuture, "likely": TenseFuture,
	"was": TensePast, "were": TensePast, "had": TensePast, "did": TensePast, "has": TensePast,
	"have": TensePast, "been": TensePast, "said": TensePast, "told": TensePast, "made": TensePast,
	"took": TensePast, "went": TensePast, "came": TensePast, "gave": TensePast, "met": TensePast,
	"saw": TensePast, "left": TensePast, "held": TensePast, "began": TensePast, "won": TensePast,
	"lost": TensePast, "sent": TensePast, "fell": TensePast, "rose": TensePast, "grew": TensePast,
	"led": TensePast, "paid": TensePast, "sold": TensePast, "bought": TensePast, "brought": TensePast,
	"thought": TensePast, "found": TensePast, "became": TensePast, "built": TensePast, "struck": TensePast,
	"spent": TensePast, "ran": TensePast, "wrote": TensePast, "spoke": TensePast, "knew": TensePast,
	"got": TensePast, "kept": TensePast, "broke": TensePast, "chose": TensePast, "flew": TensePast,
	"fought": TensePast, "sought": TensePast, "shot": TensePast, "stood": TensePast, "taught": TensePast,
	"threw": TensePast, "wasn't": TensePast, "weren't": TensePast, "didn't": TensePast, "hadn't": TensePast,
	"ago": TensePast, "soon": TenseFuture, "set": TensePast, "cut": TensePast, "hit": TensePast, "shut": TensePast, "hurt": TensePast, "quit": TensePast, "announced": TensePast, "reported": TensePast,
	"beat": TensePast, "drew": TensePast, "slid": TensePast, "sank": TensePast, "swung": TensePast,
	"shed": TensePast, "upset": TensePast, "fled": TensePast, "felt": TensePast, "heard": TensePast,
	"drove": TensePast, "froze": TensePast, "stole": TensePast, "shrank": TensePast, "dealt": TensePast,
	"upheld": TensePast, "withheld": TensePast, "withdrew": TensePast, "overtook": TensePast, "undertook": TensePast,
	"oversaw": TensePast, "underwent": TensePast, "overthrew": TensePast, "rebuilt": TensePast, "understood": TensePast,
	"withstood": TensePast, "caught": TensePast, "shook": TensePast, "woke": TensePast, "arose": TensePast,
	"blew": TensePast, "forgave": TensePast, "forgot": TensePast, "rode": TensePast, "rang": TensePast, "sang": TensePast,
	"stuck": TensePast, "dug": TensePast, "slept": TensePast, "wept": TensePast, "swept": TensePast, "sped": TensePast,
	"hid": TensePast, "meant": TensePast, "hung": TensePast, "spun": TensePast, "sprang": TensePast, "swore": TensePast,
	"tore": TensePast, "laid": TensePast, "sat": TensePast, "swam": TensePast, "bled": TensePast, "drank": TensePast,
	"plan": TenseFuture, "see": TenseFuture, "sees": TenseFuture, "want": TenseFuture, "wants": TenseFuture, "predict": TenseFuture, "predicts": TenseFuture,
	"anticipate": TenseFuture, "anticipates": TenseFuture, "foresee": TenseFuture, "foresees": TenseFuture,
	"is": TensePresent, "are": TensePresent, "am": TensePresent, "says": TensePresent,
	"does": TensePresent, "isn't": TensePresent, "aren't": TensePresent,
}

// tenseSchedule marks the verbs of presentScheduleVerbs in wordTenses:
// tenseOf finds no tense in them, but clauseTense reads a fixture.
const tenseSchedule Tense = 100

// wordTenses is tenseWords, presentScheduleVerbs and adjacentScheduleVerbs
// in one table, so that the reader looks each word up once.
var wordTenses = func() map[string]Tense {
	m := make(map[string]Tense, len(tenseWords)+len(presentScheduleVerbs)+len(adjacentScheduleVerbs))
	for w := range presentScheduleVerbs {
		m[w] = tenseSchedule
	}
	for w := range adjacentScheduleVerbs {
		m[w] = tenseSchedule
	}
	for w, t := range tenseWords {
		m[w] = t
	}
	return m
}()

// tenseKeys is the keyFilter of wordTenses: wordTense reads the map only
// for a word it may hold, which most words of a clause ("the", "of",
// "officials") are not.
var tenseKeys = filterOf(wordTenses)

// wordTense is wordTenses[w], the map read only when tenseKeys allows w.
func wordTense(w string) (Tense, bool) {
	if w != "" && !tenseKeys.may(w) {
		return TenseUnknown, false
	}
	t, ok := wordTenses[w]
	return t, ok
}

// baseVerbs are the base forms among tenseWords: after "did" (the
// do-support of the past) they tell a past ("did not expect").
var baseVerbs = map[string]bool{"expect": true, "intend": true, "see": true, "want": true, "predict": true, "anticipate": true, "foresee": true}

// expectingVerbs are the verbs of seeing ahead among tenseWords ("traders
// now see the first cut in September", "ministers want the bills to clear
// before the summer"): in the present, what they see or want lies ahead.
// Not after "to" or a determiner ("went to see the show in March", "the
// wants of"), nor with a capital ("the Holy See").
var expectingVerbs = map[string]bool{
	"plan": true, "see": true, "sees": true, "want": true, "wants": true, "predict": true, "predicts": true,
	"anticipate": true, "anticipates": true, "foresee": true, "foresees": true,
}

// didBefore reports whether "did", "did not" or "didn't" stands just
// before the word at j.
func didBefore(lower string, j int) bool {
	w := prevWord(lower, j)
	if w == "not" || w == "never" {
		w = prevWord(lower, prevWordStart(lower, j))
	}
	return w == "did" || w == "didn't" || w == "didn’t"
}

// notPast are words ending in -ed that are not past-tense verbs.
var notPast = map[string]bool{
	"scattered": true, // "warned of scattered thunderstorms Tuesday afternoon": the weather's adjective
	"need":      true, "speed": true, "seed": true, "bed": true, "red": true, "feed": true,
	"proceed": true, "exceed": true, "succeed": true, "embed": true, "hundred": true,
	"united": true, "indeed": true, "shed": true, "creed": true, "breed": true, "greed": true,
	"weed": true, "ted": true, "ned": true, "fred": true, "alfred": true, "ahmed": true,
	"mohammed": true, "muhammad": true, "sled": true, "shred": true, "wed": true, "deed": true,
	"liquefied": true, "skilled": true, "detailed": true, "limited": true, "listed": true, "related": true,
	"based": true, "unprecedented": true, "advanced": true, "armed": true,
}

// clauseTense finds the tense of the clause around text[start:end] and
// the word that decided it (lower is text lower-cased, as Tag has it).
func clauseTense(text, lower string, start, end int) (Tense, string) {
	t, cue := clauseTenseAround(text, lower, start, end)
	if (t == TensePresent || t == TenseUnknown) && prevWord(lower, start) == "by" && (namesWeekday(lower[start:end]) || lower[start:end] == "the weekend") {
		// "traders are pricing a move of about 12% by Friday", "unless
		// Congress passes a funding bill by Tuesday night": a deadline
		// in a clause of the present lies ahead
		return TenseFuture, "by"
	}
	if w, _ := wordAfter(lower, end); weekdaySubjectVerbs[w] && (start == 0 || endsSentence(text, max(0, strings.LastIndexFunc(text[:start], func(r rune) bool { return r != ' ' })))) && namesWeekday(lower[start:end]) {
		// "Sunday marks nine years since Hurricane Maria struck", "Friday
		// is the deadline": a weekday that is the subject of a verb in
		// the present names a day ahead
		return TenseFuture, text[start:end] + " " + w
	}
	if t == TensePresent || t == TenseUnknown {
		if w := prevWord(lower, start); (w == "starting" || w == "from" && progressiveBefore(lower, start)) && namesWeekday(lower[start:end]) {
			// "The winner faces Minnesota in the second round, starting
			// Tuesday night", "'Weapons' is streaming on HBO Max from
			// Friday": what starts on a weekday, told in the present,
			// lies ahead
			return TenseFuture, w + " (in the present)"
		}
	}
	if t == TensePast && (cue == "said" || cue == "told" || cue == "says") {
		if m := modalAfter(lower, end); m != "" && inReportedSubject(lower, start, cue) {
			// "said his first priority in January would be a bill",
			// "said on Sunday that the Budget in October would be
			// painful", "said the first game, on June 16, would kick off":
			// a date inside the subject of a reported clause takes the
			// modal of its verb, not the tense of the saying
			return TenseFuture, cue + " … " + m
		}
	}
	if t == TenseFuture || t == TenseUnknown {
		// (and a month: "is expected to hold Bank Rate at 3.75% at noon
		// on Thursday, after cutting it by 25 basis points in December")
		if v := afterGerund(lower, start); v != "" && (namesWeekday(lower[start:end]) || namesMonth(lower[start:end])) {
			// "said on Monday he would skip next week's Laver Cup ...
			// after losing the U.S. Open final ... on Sunday", "arrives
			// ... next week ... after closing with a 66 in Abu Dhabi on
			// Sunday": what a phrase of "after" and a gerund tells is
			// done, or near: the nearest such day, not the next
			return TensePresent, v
		}
	}
	if t == TenseFuture && namesMonth(lower[start:end]) {
		if v := monthOfRecord(lower, start, end); v != "" {
			// "will release February's consumer price index on
			// Wednesday", "Minutes of the Fed's October meeting, due at 2
			// p.m. ET on Wednesday": the month of figures or of a meeting
			// whose record is still to come is gone by
			return TensePast, v
		}
		if v := shownFigure(lower, start); v != "" {
			// "consumer prices are forecast to have risen 0.3% in March",
			// "economists expect to show consumer prices rising 2.6% in
			// January", "expected to show inflation at 3.1% in the year to
			// October": the month a figure still to be published
			// measures is gone by
			return TensePast, v
		}
	}
	if v := periodRunning(lower, start); v != "" {
		// "raised its forecast for the fiscal year ending in March",
		// "projected about $86 billion for the three months ending in
		// July": a period still running ends ahead, whatever the tense
		// of the verb
		return TenseFuture, v
	}
	if t != TensePast {
		if v := possessiveSubjectPast(text, lower, end); v != "" {
			// "will begin talks after Tuesday's election left neither
			// bloc with a majority": the day's event is the subject of a
			// verb in the past, whatever the clause around it says
			return TensePast, "'s … " + v
		}
		return t, cue
	}
	if v := eventSubjectFuture(text, lower, start, end); v != "" {
		// "Ohio State said Monday that its Sept. 5 opener against Texas
		// will kick off at 7:30 p.m.": the date of an event that is the
		// subject of a verb ahead
		return TenseFuture, v
	}
	if w := prevWord(lower, start); (w == "starting" || w == "beginning" || w == "at" && (prevWord(lower, prevWordStart(lower, start)) == "starting" || prevWord(lower, prevWordStart(lower, start)) == "beginning")) &&
		(cue == "has" || cue == "have" || presentPerfectBefore(lower, start)) {
		// "has issued heat advisories starting at 11 a.m. Tuesday", "has
		// asked for more telescope time starting July 1": what a present
		// perfect sets to start lies ahead
		return TenseFuture, "has … starting"
	}
	// Three phrases a past clause does not date:
	if withAfterFuture(text, lower, start) {
		// "will premiere on Nov. 20, with new episodes released weekly
		// through Christmas Day": the participle of a "with" phrase has
		// no tense of its own; the future of the clause it hangs on holds
		return TenseFuture, "will …, with"
	}
	if untilWeekdayPerfect(lower, start, end) {
		// "airlines have waived change fees through Sunday", "has closed
		// the road until Monday": the term a present perfect sets for
		// its state lies ahead ("was closed until Monday" is gone by)
		return TenseFuture, "has … " + prevWord(lower, start)
	}
	if namesMonth(lower[start:end]) {
		// "officials split over a cut in December", "a rate hike in
		// December was a real possibility", "the debate over a December
		// rate cut": the month of a rate's move is the one nearest the
		// publication date (a cut that was made, or one that is weighed)
		if w := rateMove(lower, start, end); w != "" {
			return TensePresent, w
		}
	}
	return t, cue
}

// progressiveBefore (on lower-cased text) reports whether "is|are
// <verb>ing" stands within the six words before start: "is streaming on
// HBO Max from".
func progressiveBefore(lower string, start int) bool {
	found := false
	wordsBack(lower, prevWordStart(lower, start), 6, func(_ int, w string, at int) bool {
		if len(w) > 4 && strings.HasSuffix(w, "ing") {
			if b := prevWord(lower, prevWordStart(lower, at)); b == "is" || b == "are" {
				found = true
			}
		}
		return found || w == "and" || w == "but"
	})
	return found
}

// monthOfRecord (on lower-cased text) returns its cue when the month at
// lower[start:end] is that of published figures, in the possessive
// before their name ("February's consumer price index", "April's PCE
// inflation data"), or of a meeting whose minutes are told of ("the
// minutes of its October meeting"); "" otherwise.
func monthOfRecord(lower string, start, end int) string {
	rest := lower[end:]
	if strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") {
		at := end + strings.IndexByte(rest, ' ')
		for k := 0; k < 4; k++ {
			w, e := wordAfter(lower, at)
			if w == "" {
				break
			}
			if dataNouns.has(w) || recordNouns[w] {
				return "'s … " + w
			}
			at = e
		}
		return ""
	}
	if w, _ := wordAfter(lower, end); w == "meeting" && strings.Contains(lower[max(0, start-40):start], "minutes of") {
		return "minutes of … meeting"
	}
	return ""
}

// recordNouns name published figures, with dataNouns: "February's
// consumer price index", "April's PCE inflation data".
var recordNouns = map[string]bool{"index": true, "cpi": true, "pce": true, "inflation": true, "jobs": true, "gdp": true, "payroll": true, "employment": true}

// shownFigure (on lower-cased text) returns its cue when a figure a
// report is to show, or a perfect infinitive of what has happened,
// stands in the ten words before start ("to show", "to have risen");
// "" otherwise.
func shownFigure(lower string, start int) string {
	cue := ""
	wordsBack(lower, start, 10, func(k int, w string, at int) bool {
		if w == "show" || w == "have" || w == "has" {
			s := prevWordStart(lower, at)
			if prevWord(lower, s) == "to" {
				if w == "show" {
					cue = "to show … in"
				} else if n, _ := wordAfter(lower, at); strings.HasSuffix(n, "ed") || perfectParticiples[n] {
					cue = "to have " + n
				}
			}
		}
		// (not past an infinitive of its own: "expected to show deep
		// divisions over whether to cut rates again in December")
		return cue != "" || w == "and" || w == "but" || w == "when" || w == "which" || w == "whether" || w == "to" && k > 0 && prevWord(lower, prevWordStart(lower, at)) != "show" // ("in the year to October")
	})
	return cue
}

// inReportedSubject (on lower-cased text) reports whether the date at
// start stands inside the clause a verb of saying (cue) reports, not as
// the day of the saying: after a "that" past the verb ("said on Sunday
// that the Budget in October"), or after words of the reported clause's
// subject and a preposition other than a bare "on" ("said his first
// priority in January", "said the first game, on June 16,"); not "said
// on Monday it would", "said Monday", "told reporters on Monday".
func inReportedSubject(lower string, start int, cue string) bool {
	lo := max(0, start-120)
	k := strings.LastIndex(lower[lo:start], cue+" ")
	if k < 0 {
		return false
	}
	seg := lower[lo+k+len(cue) : start]
	if strings.Contains(seg, " that ") {
		return true
	}
	p := prevWord(lower, start)
	if p == "on" && !strings.HasSuffix(strings.TrimRight(seg, " "), ", on") {
		return false
	}
	return strings.Count(strings.TrimSpace(seg), " ") >= 2 // two words or more before the date
}

// modalAfter (on lower-cased text) returns "would" or "will" when it
// stands within the six words after end with no verb or clause break
// before it (the date is in the subject of the modal's verb); "".
func modalAfter(lower string, end int) string {
	at := end
	for k := 0; k < 6; k++ {
		w, e := wordAfter(lower, at)
		if w == "" || strings.ContainsAny(lower[at:max(at, e-len(w))], ".;:") {
			return ""
		}
		switch w {
		case "would", "will":
			return w
		case "and", "but", "that", "which", "who", "said", "says", "is", "was", "are", "were", "has", "had", "have":
			return ""
		}
		at = e
	}
	return ""
}

// afterGerund (on lower-cased text) returns its cue when "after" and a
// gerund open the phrase of the date at start, within the 16 words
// before it and no comma: "after losing the U.S. Open final to Carlos
// Alcaraz in four hours and 12 minutes on"; "" otherwise.
func afterGerund(lower string, start int) string {
	if !strings.Contains(lower[max(0, start-160):start], "after ") {
		return "" // (the cheap test first)
	}
	cue := ""
	wordsBack(lower, start, 16, func(_ int, w string, at int) bool {
		if strings.HasSuffix(w, "ing") && len(w) > 4 && prevWord(lower, prevWordStart(lower, at)) == "after" {
			cue = "after " + w
		}
		return cue != "" || strings.ContainsAny(lower[max(0, at-1):min(len(lower), at+1)], ",;")
	})
	return cue
}

// perfectParticiples are past participles of figures not in -ed.
var perfectParticiples = map[string]bool{"risen": true, "fallen": true, "grown": true, "shrunk": true, "been": true}

// periodNouns name a period a figure or a forecast is for.
var periodNouns = map[string]bool{"year": true, "quarter": true, "months": true, "weeks": true, "period": true, "half": true, "season": true}

// periodRunning (on lower-cased text) returns its cue when the date at
// start ends a period named before it with the present participle
// "ending", after a word of a forecast for it: "raised its forecast for
// the fiscal year ending in March", "projected about $86 billion for the
// three months ending in July"; "" otherwise ("the quarter ended Sept.
// 30" is gone by, and so are the figures of "fell 18% in the 12 months
// ending in December").
func periodRunning(lower string, start int) string {
	if b := lower[max(0, start-11):start]; !strings.HasSuffix(b, "ending ") && !strings.HasSuffix(b, "ending in ") {
		return "" // (the cheap test first: most dates have no "ending" before them)
	}
	at := start
	p := prevWord(lower, at)
	if p == "in" {
		at = prevWordStart(lower, at)
		p = prevWord(lower, at)
	}
	if p != "ending" {
		return ""
	}
	at = prevWordStart(lower, at)
	if n := prevWord(lower, at); !periodNouns[n] {
		return ""
	}
	cue := ""
	wordsBack(lower, at, 12, func(_ int, w string, _ int) bool {
		if outlookWords[w] {
			cue = w + " … ending"
		}
		return cue != ""
	})
	return cue
}

// outlookWords name a forecast a company or an agency gives for a period
// it is in.
var outlookWords = map[string]bool{
	"forecast": true, "forecasts": true, "projected": true, "projects": true, "outlook": true, "guidance": true,
	"expects": true, "expected": true, "sees": true, "target": true, "estimate": true, "estimates": true,
}

// clauseTenseAround reads the tense of the clause around a date from its
// words; clauseTense corrects it for a few phrases that do not take it.
func clauseTenseAround(text, lower string, start, end int) (Tense, string) {
	since, ahead := openerBefore(lower, start)
	if ahead {
		if n := dataMonth(lower, start, end); n != "" {
			// "ahead of inflation figures for June": the month the
			// figures measure, whatever comes ahead of them
			return TensePresent, n + " for"
		}
	}
	if ahead && aheadOf(lower, start) {
		// "yields eased ahead of Friday's report", "moving to Mina ahead
		// of the standing at Arafat on Thursday": what a past clause
		// comes ahead of is near its day, so the occurrence nearest the
		// publication date; "holds a lead ahead of the Oct. 5 election":
		// what a clause not in the past comes ahead of lies ahead.
		if t, cue := verbTense(text, lower, start, end, since); t == TensePast && cue != "has" && cue != "have" {
			return TensePresent, "ahead of" // (a present perfect is no past: "have risen 40% ahead of results on Thursday")
		}
		return TenseFuture, "ahead of (in a clause not in the past)"
	}
	t, cue := verbTense(text, lower, start, end, since)
	if t == TensePast {
		if n := setForEvent(lower, start, end); n != "" {
			// "listed the matter for hearing on January 12", "clearing
			// the way for a snap election on 23 February", "registered
			// for the May 31 presidential election": the day of an event
			// something was done for is near its doing, so the
			// occurrence nearest the publication date.
			return TensePresent, n
		}
	}
	return t, cue
}

// setForEvent reports, as its cue, whether the date at lower[start:end]
// is the day of an event a clause acts for or until: "for|until [a|the]
// [...] <event noun> [on] <date>" or "for the <date> [...] <event noun>",
// the noun one of scheduledNouns; "" when it is not.
func setForEvent(lower string, start, end int) string {
	noun := ""
	i := start
	for k := 0; k < 6 && i > 0; k++ {
		j, e := lowerWordBefore(lower, i, false)
		if j == e {
			return ""
		}
		w := lower[j:e]
		if w == "for" || w == "until" {
			if noun != "" {
				return w + " … " + noun
			}
			break // perhaps "for the May 31 presidential election": the noun follows
		}
		if scheduledNouns.has(w) {
			noun = w
		}
		i = j
	}
	// "for the <date> [...] <noun>": up to three words after the date
	if j, e := lowerWordBefore(lower, start, false); j == e || !determinerWords.has(lower[j:e]) {
		return ""
	} else if a, b := lowerWordBefore(lower, j, false); lower[a:b] != "for" {
		return ""
	}
	k := end
	for n := 0; n < 3; n++ {
		for k < len(lower) && lower[k] == ' ' {
			k++
		}
		e := k
		for e < len(lower) && isLower(lower[e]) {
			e++
		}
		if e == k {
			return ""
		}
		if scheduledNouns.has(lower[k:e]) {
			return "for the … " + lower[k:e]
		}
		k = e
	}
	return ""
}

// verbTense is clauseTense but for "ahead of"; since tells whether
// "since" stands in the eight words before start (openerBefore).
func verbTense(text, lower string, start, end int, since bool) (Tense, string) {
	lo := start - 200
	if lo < 0 {
		lo = 0
	}
	// "set sentencing for March 14", "scheduled for Tuesday": a date
	// something is set for lies ahead, whatever the tense of the setting.
	if n := dataMonth(lower, start, end); n != "" {
		// "will not publish a jobs report for October": the month a
		// figure measures, the one nearest the publication date.
		return TensePresent, n + " for"
	}
	if prevWord(lower, start) == "for" {
		at := prevWordStart(lower, start)
		for k, w := 0, prevWord(lower, at); k < 3 && w != ""; k++ {
			if scheduleVerbs.has(w) {
				if b := prevWord(lower, prevWordStart(lower, at)); b == "originally" || b == "initially" || b == "previously" || b == "first" {
					return TensePast, b + " " + w + " for" // "originally scheduled for August 8, was postponed": the old date
				}
				return TenseFuture, w + " … for"
			}
			at = prevWordStart(lower, at)
			w = prevWord(lower, at)
		}
	}
	// "Unions have called a national strike for Sept. 17": the day a
	// present perfect of planning calls an event for lies ahead.
	if w := calledFor(lower, start); w != "" {
		return TenseFuture, w
	}
	// "set June 3 as the date of a snap presidential election": the date
	// a verb of planning sets for an event lies ahead.
	// (A weekday set "as the deadline" may be gone by: "set Friday as the
	// deadline for his repatriation", published on the Saturday.)
	if v := prevWord(lower, start); (v == "set" || v == "sets" || v == "fixed" || v == "named" || v == "chose" || v == "picked") &&
		strings.HasPrefix(lower[end:], " as the date") && namesMonth(lower[start:end]) {
		return TenseFuture, v + " … as the date"
	}
	// "The December jobs report, due on Friday", "the October CPI data
	// will be released": the month a report covers is the one nearest
	// the publication date (gone by, or this one), not the next, whatever
	// the tense of its release.
	if namesMonth(lower[start:end]) && !strings.ContainsAny(lower[start:end], "0123456789") {
		if n := reportAfter(lower, end); n != "" {
			return TensePresent, text[start:end] + " … " + n
		}
	}
	// "MPs return on Monday after the summer recess": the break a return
	// follows is the one nearest the publication date, just over.
	if strings.HasSuffix(lower[:start], "after the ") || strings.HasSuffix(lower[:start], "after ") && strings.HasPrefix(lower[start:end], "the ") ||
		strings.HasSuffix(lower[:start], "from its ") || strings.HasSuffix(lower[:start], "from their ") || strings.HasSuffix(lower[:start], "from the ") { // ("Congress returns Tuesday from its August recess")
		if n, _ := wordAfter(lower, end); breakNouns[n] {
			return TensePresent, text[start:end] + " " + n
		}
	}
	// "canceled classes for Monday", "issued a red alert for Wednesday",
	// "had canceled more than 1,000 flights for the weekend": a day that
	// something done in advance is for is the one nearest the
	// publication date, whatever the tense of the doing.
	if prevWord(lower, start) == "for" && (namesWeekday(lower[start:end]) || lower[start:end] == "the weekend") && !strings.HasPrefix(lower[end:], "'s") {
		if w := prevWord(lower, prevWordStart(lower, start)); w == "forecast" || w == "predicted" || w == "expected" {
			// "the snow forecast for Friday morning would not stop the
			// rally": what is forecast for a day lies ahead
			return TenseFuture, w + " for"
		}
		return TensePresent, "for " + text[start:end]
	}
	// "warned of snow from Tuesday evening into Wednesday", "a warning
	// for ice from 6pm on Wednesday until midday on Thursday": the days a
	// forecast or a warning covers lie ahead, whatever the tense of the
	// warning.
	if w := forecastPeriod(lower, start, end); w != "" {
		return TenseFuture, w
	}
	// "at its next meeting on Jan. 27", "the upcoming vote on March 3":
	// the date of what is next lies ahead, whatever the tense.
	if w := nextEventBefore(lower, start); w != "" {
		return TenseFuture, w
	}
	// "postponed the vote to April", "moved the summit from May to
	// June": the date a thing is moved to lies ahead.
	if v := movedTo(lower, start); v != "" {
		return TenseFuture, v
	}
	if w := prevWord(lower, start); moveVerbs[w] && (strings.HasPrefix(lower[end:], "'s ") || strings.HasPrefix(lower[end:], "’s ")) && namesWeekday(lower[start:end]) {
		// "organizers moved Sunday's giant slalom up to 9:30 a.m.": what
		// is moved had not yet come when it was moved, so it is near
		// the moving (and the telling): the nearest such day
		// ("postponed Saturday's game", told on Sunday, is gone by)
		return TensePresent, w + " … 's"
	}
	// "payable Dec. 15", "effective Feb. 1", "of record Nov. 10", "by
	// May", "until March 6": a calendar date after one of these words is a
	// term or deadline, which news sets ahead of the day it reports,
	// whatever the tense of the sentence.
	if w := termWord(lower, start); w != "" && namesMonth(lower[start:end]) && !((w == "until" || w == "till") && pastNegation(lower, start)) &&
		!(w == "by" && pluperfectBy(lower, start, end)) {
		return TenseFuture, w
	}
	// "prices rise by 4.6% effective Monday": a term's weekday too (not
	// "by Monday" or "until Monday", which a story may tell as past).
	if w := prevWord(lower, start); w == "effective" || w == "payable" {
		return TenseFuture, w
	}
	// "announced a new album, out April 19": a release date lies ahead.
	if at := prevWordStart(lower, start); prevWord(lower, start) == "out" && afterComma(text, lo, at) {
		return TenseFuture, ", out"
	}
	// "set a Dec. 1 trial date", "bets on a June rate cut", "ruling out a
	// May vote": a date before the noun of a plan that a verb of planning
	// sets lies ahead, whatever the tense of the setting.
	if w := plannedNoun(lower, start, end); w != "" {
		return TenseFuture, w
	}
	// "Brent futures for December delivery": a contract's month lies ahead.
	// So is a futures contract's: "the most-active November contract",
	// "December futures".
	if n, _, _ := strings.Cut(strings.TrimLeft(lower[end:min(len(lower), end+12)], " "), " "); strings.Trim(n, ".,;:") == "delivery" || n == "expiry" ||
		(n == "contract" || n == "futures") && namesMonth(lower[start:end]) && !strings.ContainsAny(lower[start:end], "0123456789") {
		return TenseFuture, "… delivery"
	}
	// "the lowest since the December quarter", "up 5% since March": what
	// "since" counts from lies behind, whatever the tense of the clause.
	if since && phraseOpener(lower, start, "since") >= 0 {
		return TensePast, "since" // (and "since the fall of Assad in December")
	}
	// Backwards, word by word, to the start of the sentence.
	i := start
	relative := false  // the expression stands in ", which ..." or ", who ..."
	afterNoun := false // "after" and a noun phrase, with no verb of its own, hold the expression
back:
	for i > lo {
		c := text[i-1]
		if endsSentence(text, i-1) {
			break
		}
		if c == ',' && (strings.HasPrefix(lower[i:], " and ") || strings.HasPrefix(lower[i:], " but ")) && !digitComma(text, i-1) {
			_, e := wordAfter(lower, i)
			if n := subjectDeterminer(lower, e); n != "" && n != "that" { // (", and that ...": a second clause of the same verb)
				// "The Nikkei closed down 0.9%, and the ruling party
				// picks a new leader on Saturday": a clause of its own
				// with its own subject; the verb of the clause before
				// does not date it
				break
			}
		}
		if c == ',' && !relative && !digitComma(text, i-1) {
			// "Madrid, who have won 15 titles since 1990, play again on
			// Saturday", "The race, first held in 1903, ends on Sunday": a
			// relative clause or a participle phrase in commas before the
			// date's clause has a verb of its own; skip it.
			// (Not when the comma is one of a list that runs on to the
			// date: "who stepped down as chairman, president and chief
			// executive in March".)
			k := strings.LastIndexByte(text[lo:i-1], ',')
			for k >= 0 && digitComma(text, lo+k) {
				k = strings.LastIndexByte(text[lo:lo+k], ',') // "which cut 2,100 jobs in May,": the comma of a figure
			}
			if k >= 0 && !strings.Contains(lower[i:start], " and ") && !strings.Contains(lower[i:start], " or ") {
				if seg := strings.TrimLeft(lower[lo+k+1:i-1], " "); strings.HasPrefix(seg, "who ") || strings.HasPrefix(seg, "whose ") || strings.HasPrefix(seg, "which ") || participlePhrase(seg) || appositiveRelative(seg) {
					i = lo + k
					continue
				}
			}
		}
		if !isWordByte(c) {
			i--
			continue
		}
		j := i
		for j > lo && isWordByte(text[j-1]) {
			j--
		}
		if w := lower[j:i]; (w == "which" || w == "who") && strings.HasSuffix(strings.TrimRight(text[lo:j], " "), ",") {
			relative = true
		}
		if w := lower[j:i]; w == "that" || w == "which" || w == "who" {
			if v := presentRelative(text, lower, j, i, start); v != "" && (!spanVerbs[v] || spanEndWords[prevWord(lower, start)]) {
				// "the fiscal year that begins July 1", "a stopgap bill
				// that funds the government through Jan. 30", "Mr.
				// DeSantis, who leaves office in January": a relative
				// clause told in the present sets its date ahead, as a
				// fixture, whatever the tense of the clause it hangs on
				// (not a span, which may hold the publication date: "the
				// hurricane season, which runs from June 1 to Nov. 30",
				// in August).
				return TenseFuture, w + " " + v
			}
		}
		if w := lower[j:i]; subordinator(w) && strings.TrimLeft(lower[i:start], " ") != "" {
			// "will table it on 12 March after the February sitting was
			// postponed": the expression is in a clause of its own, whose
			// verb follows it.
			if t, v := subordinateTense(text, lower, end); t != TenseUnknown {
				return t, w + " … " + v
			}
			afterNoun = afterNoun || w == "after"
		}
		if w := lower[j:i]; (w == "and" || w == "but") && strings.HasSuffix(strings.TrimRight(text[lo:j], " "), ",") && subjectWords(text[i:start]) {
			// "England have not beaten the All Blacks since 2012, and
			// Saturday's match is sold out", "the next decision is due on
			// Dec. 16, and minutes of its October meeting showed ...": the
			// expression is in the subject of a clause of its own, whose
			// verb follows it (after words other than determiners, only a
			// verb in the past: "..., and the government's December
			// employment report will be released" is a month gone by, read
			// as a figure's month below).
			if t, v := subordinateTense(text, lower, end); t != TenseUnknown && (t == TensePast || onlyDeterminers(lower[i:start])) {
				return t, w + " … " + v
			}
		}
		if w := lower[j:i]; w == "to" || w == "until" {
			// "plan to remove ... on Thursday", "postponed until Tuesday",
			// "seven weeks to go until the Nov. 3 elections":
			// the clause looks ahead whatever the tense of its verb.
			if w == "until" && gaveUntil(lower, j) {
				return TenseFuture, "gave … until" // "gave the department until Wednesday to explain"
			}
			if w == "until" && countdownUntil(lower, j) {
				return TenseFuture, "with … until" // "With less than eight weeks until Election Day"
			}
			if n, _ := wordAfter(lower, i); w == "to" && (determinerWords.has(n) || n != "" && isDigit(n[0])) {
				// "agreed to a six-year contract on Friday": "to" before a
				// noun, no infinitive; the clause keeps its own tense
			} else if v := prevWord(lower, j); w == "to" && lookAhead[v] || w == "until" && (delayVerbs[v] || closedNow(lower, j) || v == "go" || v == "left" || prevWord(lower, prevWordStart(lower, j)) == "left") { // ("the Senate left town until Tuesday")
				if w == "to" && overtakenPlan(lower, prevWordStart(lower, j)) {
					// "the offer had been scheduled to expire Friday": a
					// plan the story has overtaken, so a day gone by.
					return TensePast, "had … " + v + " to"
				}
				return TenseFuture, v + " " + w
			}
		}
		if w := lower[j:i]; (w == "have" || w == "has") && strings.HasPrefix(lower[i:], " to ") {
			// "would then have to vote again, possibly this week": an
			// obligation, ahead (not the perfect "have voted")
			return TenseFuture, w + " to"
		}
		if w := lower[j:i]; strings.HasSuffix(lower[:j], ", then ") && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && isLower(text[j]) {
			// "he travels to Philadelphia on Friday ..., then hosts the
			// Salute to America on Saturday": the next step of a
			// schedule told in the present lies ahead
			return TenseFuture, "then " + w + " (a schedule told in the present)"
		}
		t, ok := tenseOf(text[j:i], lower[j:i])
		if ok && t == TensePast && j > 0 && text[j-1] == '-' && isLetter(text[max(0, j-2)]) {
			ok = false // "fifth-seeded", "long-awaited", "state-owned": a compound adjective
		}
		if !ok && presentBeforeObject(text, lower, j, i) {
			t, ok = TensePresent, true // "The ban rules him out of Saturday's game", "the Bank of England announces its decision"
		}
		if w := lower[j:i]; (w == "is" || w == "are") && scheduleReaches(text, i, start) ||
			t == tenseSchedule && !isUpper(text[j:i]) && text[i] != '-' && (j == 0 || text[j-1] != '-') && !determinerWords.has(prevWord(lower, j)) && !notSchedule.has(prevWord(lower, j)) &&
				(w != "vote" && w != "votes" || voterBefore(text, j)) && (w != "break" && w != "breaks" || strings.HasPrefix(lower[i:], " up ")) &&
				fixtureReaches(text, i, start) && (!adjacentScheduleVerbs[w] || adjacentFixture(text, lower, j, i, start, end)) &&
				!((w == "open" || w == "close") && (keptBefore(lower, j) || linkingVerbs[prevWord(lower, j)])) {
			// "Game 5 is in Oklahoma City on Monday", "the vote is
			// Tuesday", "the tour opens on 5 June": a fixture told in the
			// present lies ahead.
			return TenseFuture, w + " (a schedule told in the present)"
		}
		if ok {
			switch {
			case t == TensePast && (lower[j:i] == "has" || lower[j:i] == "have") && possessionAfter(lower, i):
				return TensePresent, lower[j:i] + " (possession)" // "the agency has launch windows from Feb. 6 to Feb. 11"
			case t == TensePast && lower[j:i] == "left" && withLeft(lower, j):
				// "penciled in two more cuts, with meetings left on Nov. 6-7
				// and Dec. 17-18": what is left is still to come
				return TenseFuture, "with … left"
			case t == TensePast && lower[j:i] == "awaited" && !determinerWords.has(prevWord(lower, j)) && prevWord(lower, j) != "long":
				// "as investors awaited the end of the Bank of Japan's
				// meeting on Tuesday": what was awaited comes after the
				// waiting, so near the publication date, either side
				return TensePresent, "awaited"
			case t == TenseFuture && expectingVerbs[lower[j:i]] && (prevWord(lower, j) == "to" || determinerWords.has(prevWord(lower, j)) || isUpper(text[j:j+1]) ||
				lower[j:i] == "plan" && !planSubject(text, lower, j)):
				// "went to see the show in March": an infinitive after
				// another verb, whose tense the walk goes on to find
			case t == TenseFuture && lower[j:i] == "going" && !strings.HasPrefix(lower[i:], " to "):
				// "within 48 hours of going on sale in February": a
				// gerund, not "going to"
			case t == TensePast && wantedDone(lower, j):
				// "The Commission wants the first tranche paid by the end of
				// April": the participle of what is wanted done, no verb;
				// the verb of wanting gives the tense
			case t == TensePast && nounBefore(prevWord(lower, j)) && (lower[j:i] == "cut" || lower[j:i] == "set" || lower[j:i] == "hit" || lower[j:i] == "shot"):
				// "the first Fed rate cut in June", "get a flu shot by the
				// end of October", "price the next cut for June", "a box
				// set out on Dec. 11": the noun, not the verb
			case t == TensePast && modalWords[prevWord(lower, j)] && !strings.HasSuffix(lower[j:i], "ed") && !isUpper(prevWord(text, j)):
				// (a modal takes no -ed form: "the trawler Ellen May
				// radioed", "Will Smith starred" name no modal; nor is a
				// name one: "Theresa May said", "Will Smith said")
				return TenseFuture, prevWord(lower, j) + " " + lower[j:i] // "will cut rates at its meeting that ends Wednesday"
			case t == TenseFuture && (lower[j:i] == "forecast" || lower[j:i] == "forecasts") && forecastNoun[prevWord(lower, j)]:
				// "raised its full-year revenue forecast on Monday": the
				// noun, not the verb
			case t == TenseFuture && lower[j:i] == "forecast" && forecastPast(text, lower, j) && (prevWord(lower, start) == "on" || prevWord(lower, start) == "in" ||
				strings.HasPrefix(lower[start:end], "late ") || strings.HasPrefix(lower[start:end], "early ")):
				// "Nvidia forecast first-quarter revenue above estimates on
				// Wednesday", "... below estimates late Tuesday", "had
				// forecast in April": the day of the
				// forecasting, in the past (not "forecast rain for Tuesday")
				return TensePast, "forecast (past)"
			case t == TensePast && prevWord(lower, j) == "to":
				// "expects the RBA to cut rates at its August meeting":
				// an infinitive ("cut", "set", "hit" look like the past).
			case t == TensePast && byParticiple(text, lower, lo, j, i):
				// "are expected this weekend, capped by fireworks at 9:15
				// p.m. on Saturday": a participle phrase, not a verb of the
				// clause (but "Birmingham, Ala., killed an officer").
			case t == TensePast && (regularPast(lower[j:i]) || participleAdjectives[lower[j:i]]) && linkingVerbs[prevWord(lower, j)]:
				// "schools will remain closed Thursday": an adjective after
				// a verb of being; the clause's own verb comes before it.
			case t == TensePast && adjectival(lower, j):
				// "a still unspecified date", "the proposed rule": an
				// adjective, not a verb in the past.
			case lower[j:i] == "set" && strings.HasPrefix(lower[i:], " for "):
				return TenseFuture, "set for" // "a summit set for Washington in April", "is set for trial in January"
			case passive(lower, j, t):
				if prevWord(lower, prevWordStart(lower, j)) == "to" {
					return TenseFuture, "to be " + lower[j:i] // "guidelines to be published in early November"
				}
			case t == TenseFuture && prevWord(lower, j) == "than":
				// "a year later than forecast in December", "higher than
				// expected in March": the forecast was made then.
				return TensePast, "than " + lower[j:i]
			case t == TenseFuture && asPlanned(lower, j):
				// "began as planned Saturday night": "as planned" says the
				// plan was kept; the clause's own verb gives the tense.
			case couldNotBeReached(lower, j, i):
				return TensePast, lower[j:i] + " … be reached"
			case t == TenseFuture && baseVerbs[lower[j:i]] && didBefore(lower, j):
				return TensePast, "did … " + lower[j:i] // "analysts did not expect the drop in March"
			case relative && t == TensePast:
				// The date is in ", which ..." or ", who ...", whose own
				// verb was not found: a past verb of the main clause is not
				// its tense ("flew to Milwaukee ahead of the convention,
				// which opens on Monday"); a future one may be ("will
				// launch flights as part of its schedule, which runs from
				// March 30 to Oct. 25").
				break back
			case t == TensePast && infinitiveBetween(text, lower, j, i, start):
				// "forcing the airline to suspend operations until at
				// least Sunday", "agreed earlier this month to raise
				// output in April": what a past verb asks or sets in an
				// infinitive comes after it, by its limit ahead or near
				// the publication date.
				at := start
				if prevWord(lower, at) == "least" && prevWord(lower, prevWordStart(lower, at)) == "at" {
					at = prevWordStart(lower, prevWordStart(lower, at)) // "until at least Sunday"
				}
				// A verb dated by a day of its own ("asked airlines on
				// Thursday to cancel flights on Tuesday", "on Monday
				// ordered ... to appear"): what it asks for comes after
				// that day, which news tells soon after, so ahead.
				dated := weekdayNamed(lower[i:i+strings.Index(lower[i:start], " to ")]) || weekdayNamed(prevWord(lower, j))
				if w := prevWord(lower, at); w == "until" || w == "till" || w == "by" || w == "through" {
					if !dated && namesWeekday(lower[start:end]) && at == start {
						// (but "until at least Sunday": a term not known
						// to be over, ahead)
						// "ordered four precincts to stay open until 8:30
						// p.m. on Tuesday", published the next day: a term
						// set on a day not told is near the publication date
						return TensePresent, lower[j:i] + " … to … " + w
					}
					return TenseFuture, lower[j:i] + " … to … " + w
				}
				if e := lower[start:end]; !strings.Contains(e, "day") && !strings.Contains(e, "weekend") && (namesMonth(e) || strings.Contains(e, "week") || namesSeason(e)) {
					return TensePresent, lower[j:i] + " … to"
				}
				if dated {
					return TenseFuture, lower[j:i] + " (dated) … to"
				}
				if askVerbs[lower[j:i]] && !beWords[prevWord(lower, j)] && (namesWeekday(lower[start:end]) || rangeToWeekday(lower, end)) {
					// "asked Californians to cut back on electricity from
					// 4 p.m. to 9 p.m. Tuesday": what is asked on a day not
					// told is for a day near the publication date (in the
					// active: "Residents were ordered to evacuate on
					// Saturday" tells what was done)
					return TensePresent, lower[j:i] + " … to"
				}
				return TensePast, lower[j:i]
			case afterNoun && t == TensePresent:
				// "The series is level at 1-1 after a rain-affected draw
				// in Brisbane on Wednesday": what a present state follows
				// is past.
				return TensePast, "after … " + lower[j:i]
			default:
				return aheadWithTo(lower, i, t), lower[j:i]
			}
		}
		i = j
	}
	hi := end + 200
	if hi > len(text) {
		hi = len(text)
	}
	// Words of the sentence before the date: with none but a preposition
	// ("On Monday, officials said"), a reporting verb after the comma is
	// the date's own verb; after a clause ("classes begin Tuesday and
	// run through April 28, the university said") it is the reporter's.
	head := strings.TrimSpace(lower[i:start])
	first, _, _ := strings.Cut(head, " ")
	fronted := strings.Count(head, " ") < 2 || frontingWords[first] // "At the close of business Thursday, X said"

	comma, with, otherClause := false, false, false
	if end > 0 && text[end-1] == '.' && endsSentence(text, end-1) {
		hi = end // "on sale Wednesday at 10 a.m. Last year's festival drew ...": the sentence ended with the date
	}
	for i := end; i < hi; {
		c := text[i]
		if endsSentence(text, i) || c == ',' && relative {
			break // "The company, which reports on Thursday, cut its outlook": not the main clause's verb
		}
		comma = comma || c == ','
		if !isWordByte(c) {
			i++
			continue
		}
		j := i
		for j < hi && isWordByte(text[j]) {
			j++
		}
		if strings.TrimSpace(text[end:i]) == "" && determinerWords.has(prevWord(lower, start)) {
			i = j // "a December cut", "the March hike": the noun the date modifies, not a verb
			continue
		}
		if comma && !fronted && reportingVerbs[lower[i:j]] {
			break // the reporter's attribution, not the date's clause
		}
		if comma && !fronted && strings.TrimSpace(text[end:i]) == "," && appositionWords[lower[i:j]] {
			break // "on Friday, a day-night match played ...": an apposition, no verb of the date's clause
		}
		if comma && !fronted && lower[i:j] == "with" && strings.HasSuffix(strings.TrimRight(text[end:i], " "), ",") {
			with = true // "on Thursday, with council elections also held": its participle is no past
		}
		if w := lower[i:j]; (w == "and" || w == "but") && !fronted && strings.HasSuffix(strings.TrimRight(text[end:i], " "), ",") {
			if subjectDeterminer(lower, j) != "" {
				// "report results between Tuesday and Thursday, and the
				// index has gained": a clause of its own, whose past
				// does not date the date (its future may still tell a
				// schedule: "kick off on 11 June, and the draw will be")
				otherClause = true
			}
		}
		if lower[i:j] == "forecast" && fronted && forecastPast(text, lower, i) {
			return TensePast, "forecast (past)" // "In August, the chipmaker forecast ..."
		}
		if t, ok := tenseOf(text[i:j], lower[i:j]); ok && !passive(lower, i, t) && !(t == TensePast && prevWord(lower, i) == "to") && !(t == TensePast && (with || otherClause)) &&
			!(t == TensePast && byParticiple(text, lower, end, i, j)) { // "at 4:30 p.m., followed by ..."
			if w := lower[i:j]; w == "is" || w == "are" {
				// "the final round on Sunday is expected to be sunny": the
				// word after the verb of being may look ahead
				// (not "due": "June figures are due on ...", the month a
				// figure is for)
				if n, _ := wordAfter(lower, j); n == "expected" || n == "likely" || n == "set" || n == "scheduled" || n == "slated" || n == "poised" || n == "going" {
					return TenseFuture, w + " " + n
				}
			}
			if t == TensePast && pastIntentVerbs[lower[i:j]] {
				// "The Supreme Court on Friday agreed to decide ...": a
				// date before a past verb of intent is the day of that
				// verb, whatever its infinitive looks ahead to
				return t, lower[i:j]
			}
			return aheadWithTo(lower, j, t), lower[i:j]
		}
		i = j
	}
	return TenseUnknown, ""
}

// subjectDeterminer returns the word after lower[at:] when it is a
// determiner, which opens the subject of a clause of its own after ", and"
// or ", but"; "" otherwise.
func subjectDeterminer(lower string, at int) string {
	if n, _ := wordAfter(lower, at); determinerWords.has(n) {
		return n
	}
	return ""
}

// breakNouns name a recurring break after its season or holiday ("the
// summer recess", "the Easter holidays").
var breakNouns = map[string]bool{"recess": true, "break": true, "holidays": true, "vacation": true, "hiatus": true}

// pastIntentVerbs are the verbs of lookAhead in the past tense: after a
// date they date it ("on Friday agreed to decide").
var pastIntentVerbs = map[string]bool{
	"agreed": true, "decided": true, "vowed": true, "promised": true, "threatened": true,
	"hoped": true, "wanted": true, "intended": true, "planned": true,
}

// calledFor returns "has|have <verb> … for" when the date at start
// follows "for" after the noun of an event (scheduledNouns) that a verb of
// planning in the present perfect sets, within four words ("have called a
// national strike for Sept. 17", "has set a vote for Tuesday"), or "".
func calledFor(lower string, start int) string {
	if !strings.HasSuffix(lower[:start], "for ") {
		return ""
	}
	at := prevWordStart(lower, start)
	if !scheduledNouns.has(prevWord(lower, at)) {
		return ""
	}
	found := ""
	wordsBack(lower, at, 5, func(k int, w string, wat int) bool {
		if planVerbs[w] || scheduleVerbs.has(w) {
			if a := prevWord(lower, prevWordStart(lower, wat)); a == "has" || a == "have" || a == "'ve" {
				found = a + " " + w + " … for"
			}
			return true
		}
		return false
	})
	return found
}

// dataMonth returns the noun of data when the month at lower[start:end]
// follows "<data noun> for" ("a jobs report for October", "inflation
// figures for June"), or "".
func dataMonth(lower string, start, end int) string {
	if !strings.HasSuffix(lower[:start], "for ") || months[strings.TrimRight(lower[start:end], ".")] == 0 {
		return ""
	}
	if n := prevWord(lower, prevWordStart(lower, start)); dataNouns.has(n) {
		return n
	}
	return ""
}

// appositiveRelative reports whether seg, between commas, is a noun in
// apposition with a relative clause of its own: "the People's March, a
// protest that drew tens of thousands to the Mall in April, plan a rally
// Saturday morning".
func appositiveRelative(seg string) bool {
	if !strings.HasPrefix(seg, "a ") && !strings.HasPrefix(seg, "an ") && !strings.HasPrefix(seg, "the ") {
		return false
	}
	return strings.Contains(seg, " that ") || strings.Contains(seg, " which ") || strings.Contains(seg, " who ")
}

// planSubject reports whether what stands before "plan" at j can be its
// subject, so that it is the verb: a pronoun, a plural, or the comma that
// closes a clause after the subject ("Democrats, who forced a shutdown
// last fall, plan a rally"); not "a spending plan", "the $1.6 billion plan".
func planSubject(text, lower string, j int) bool {
	if strings.HasSuffix(strings.TrimRight(text[:j], " "), ",") {
		return true
	}
	switch p := prevWord(lower, j); p {
	case "they", "we", "i", "you", "also", "now", "still", "officials", "leaders":
		return true
	default:
		return len(p) > 3 && strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "ss") && !strings.HasSuffix(p, "'s")
	}
}

// eventSubjectFuture returns the verb ahead ("will", "is set to", ...)
// of which a date between a determiner and the noun of a scheduled event is
// the subject ("its Sept. 5 opener against Texas will kick off"), or "":
// the first tense-bearing word within eight words after the noun, no comma
// between.
func eventSubjectFuture(text, lower string, start, end int) string {
	// (two bytes tested before the word itself, as this runs for every
	// date: each of eventDeterminers ends in s, e or r)
	if start < 4 || lower[start-1] != ' ' || lower[start-2] != 's' && lower[start-2] != 'e' && lower[start-2] != 'r' ||
		!slices.Contains(eventDeterminers, prevWord(lower, start)) {
		return ""
	}
	n, at := wordAfter(lower, end)
	if !scheduledNouns.has(n) {
		return ""
	}
	for k := 0; k < 8; k++ {
		if at < len(lower) && strings.ContainsRune(",;:.", rune(lower[at])) {
			return ""
		}
		w, e := wordAfter(lower, at)
		if w == "" {
			return ""
		}
		if t, ok := tenseOf(text[e-len(w):e], w); ok {
			if t == TenseFuture {
				return n + " … " + w
			}
			return ""
		}
		at = e
	}
	return ""
}

// eventDeterminers stand before the date of an event that is the subject
// of its clause ("its Sept. 5 opener").
var eventDeterminers = []string{"its", "the", "their", "his", "her"}

// digitComma reports whether the comma at text[at] separates the digits of
// a figure ("about 188,000 barrels"), not clauses.
func digitComma(text string, at int) bool {
	return at > 0 && at+1 < len(text) && isDigit(text[at-1]) && isDigit(text[at+1])
}

// presentScheduleVerbs, in the present and just before the date of a
// fixture ("opens on 5 June", "meets Tuesday"), tell a schedule ahead.
var presentScheduleVerbs = map[string]bool{
	"opens": true, "reopens": true, "begins": true, "starts": true, "ends": true, "closes": true,
	"resumes": true, "meets": true, "expires": true, "airs": true, "premieres": true, "debuts": true,
	"returns": true, "arrives": true, "departs": true, "kicks": true, "convenes": true, "concludes": true,
	"hosts": true, "faces": true, "plays": true, "visits": true, "votes": true, "breaks": true, "turns": true, // "Schools break up for half-term on Friday", "who turns 35 on Friday"
	// the plural ("The championships end on Sunday", "Villa play at
	// Leicester on Saturday"), not after "did", "not", "to" or a modal
	"open": true, "reopen": true, "begin": true, "start": true, "end": true, "close": true, "resume": true,
	"meet": true, "return": true, "host": true, "face": true, "play": true, "visit": true, "vote": true, "break": true, "turn": true,
	// a span's verbs, only just before "from", "until" or "through" (see
	// spanVerbs): "The national holiday runs from Sunday to Tuesday"
	"runs": true, "run": true, "lasts": true, "last": true, "continues": true, "continue": true,
	"comes": true, "come": true, "goes": true, "go": true, "takes": true, "take": true, // "comes into force on 1 May", "go on sale Friday"
	// a move or a release: "The Cup Series moves to Atlanta on Sunday",
	// "its first trailer drops Monday", "hits theaters Dec. 18"
	"moves": true, "heads": true, "travels": true, "drops": true, "hits": true, "launches": true, "streams": true, "lands": true,
	"tees": true, // "He tees off at 7:29 a.m. ET on Thursday"
	// (and adjacentScheduleVerbs, only just before the day)
}

// adjacentScheduleVerbs tell a fixture only just before its day, with no
// object between ("Retail sales follow on Thursday", "Toyota reports on
// Friday"): "follows Monday's vote", "follows a meeting on Tuesday" and
// "Media reports on Sunday said" are days gone by.
var adjacentScheduleVerbs = map[string]bool{"follow": true, "follows": true, "reports": true}

// adjacentFixture reports whether the verb lower[j:i] of
// adjacentScheduleVerbs stands just before its day (or "on" it), the day not
// in the possessive, and "reports" after a name ("Toyota reports on Friday").
func adjacentFixture(text, lower string, j, i, start, end int) bool {
	if b := strings.TrimSpace(lower[i:start]); b != "" && b != "on" || strings.HasPrefix(lower[end:], "'s") || strings.HasPrefix(lower[end:], "’s") {
		return false
	}
	if n, _ := wordAfter(lower, end); n != "" {
		if t, ok := tenseOf(n, n); ok && t == TensePast {
			return false // "Media reports on Sunday said": the noun
		}
	}
	return lower[j:i] != "reports" || isUpper(prevWord(text, j))
}

// wantedDone reports whether the word at j is the participle of a thing
// wanted done: a verb of wanting, then its object (a determiner and up to
// three words, none a verb or preposition), then the participle ("wants
// the first tranche paid", "needs its housing bill passed").
func wantedDone(lower string, j int) bool {
	if near := lower[max(0, j-48):j]; !strings.Contains(near, "want") && !strings.Contains(near, "need") && !strings.Contains(near, "keep") {
		return false // (most past verbs: no walk back)
	}
	found := false
	wordsBack(lower, j, 5, func(k int, w string, _ int) bool {
		switch {
		case w == "want" || w == "wants" || w == "need" || w == "needs" || w == "wanted" || w == "needed" ||
			k > 0 && (w == "keep" || w == "keeps" || w == "keeping"):
			// ("Brazil wants agreed by Wednesday", "to keep the government
			// funded through Nov. 21")
			found = true
			return true
		case w == "in" || w == "on" || w == "at" || w == "by" || w == "for" || w == "from" || w == "with" || w == "of" || w == "to" || w == "and" || w == "that":
			return true
		}
		if t, ok := tenseOf(w, w); ok && t != TenseUnknown {
			return true
		}
		return false
	})
	return found
}

// keptBefore reports whether a verb of keeping or leaving in the past
// stands in the four words before j: "kept some polling stations open"
// makes "open" an adjective, no fixture.
func keptBefore(lower string, j int) bool {
	if near := lower[max(0, j-40):j]; !strings.Contains(near, "kept") && !strings.Contains(near, "left") && !strings.Contains(near, "held") {
		return false
	}
	found := false
	wordsBack(lower, j, 4, func(_ int, w string, _ int) bool {
		switch w {
		case "kept", "left", "held": // (not "keeping the government open through Sept. 30": a state that runs on)
			found = true
		}
		return found
	})
	return found
}

// notSchedule before a plural verb make it no present: "did not play on
// Saturday", "to meet on Monday" (which the words before decide).
var notSchedule = newWordSet(map[string]bool{
	"did": true, "didn't": true, "not": true, "never": true, "to": true, "will": true, "would": true,
	"could": true, "can": true, "may": true, "might": true, "must": true, "should": true, "cannot": true,
	"won't": true, "wouldn't": true, "couldn't": true, "can't": true, "don't": true, "doesn't": true,
	"have": true, "has": true, "had": true, "having": true, // "have come down from the middle of October"
})

// scheduleReaches reports whether the words from at (just after a verb
// of the present) to start (the date) are those of a fixture: nothing, or
// "again", "back", "off", "out", and "in" or "at" before a place named with
// capitals, then "on" or "at" ("is in Oklahoma City on Monday", "opens
// on 5 June", "kicks off at 8 p.m."). "is investigating the shooting on
// Wednesday" and "is in line with March" are not.
func scheduleReaches(text string, at, start int) bool {
	var buf [12]string
	words, ok := fieldsInto(buf[:0], text[at:start])
	if !ok {
		return false // (more than twelve words cannot all be skipped)
	}
	k := 0
	for k < len(words) && (words[k] == "again" || words[k] == "back" || words[k] == "off" || words[k] == "out") {
		k++
	}
	// an opponent ("host the Commanders", "face South Korea")
	if k < len(words) && (isUpper(words[k][:1]) || words[k] == "the" && k+1 < len(words) && isUpper(words[k+1][:1])) {
		k++
		for k < len(words) && isUpper(words[k][:1]) {
			k++
		}
	}
	if k < len(words) && (words[k] == "in" || words[k] == "at" || words[k] == "to") && k+1 < len(words) && isUpper(words[k+1][:1]) {
		k += 2
		for k < len(words) && (isUpper(words[k][:1]) || words[k] == "and" && k+1 < len(words) && isUpper(words[k+1][:1])) {
			k++ // "opens in Zurich and Fribourg on Friday"
		}
	}
	if k < len(words) && (words[k] == "on" || words[k] == "at") {
		k++
	}
	return k == len(words)
}

// fieldsInto splits s at ASCII spaces into buf's array, without
// allocating; false when s holds more words than buf can take.
func fieldsInto(buf []string, s string) ([]string, bool) {
	for i := 0; i < len(s); {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !isSpaceByte(s[j]) {
			j++
		}
		if j > i {
			if len(buf) == cap(buf) {
				return buf, false
			}
			buf = append(buf, s[i:j])
		}
		i = j
	}
	return buf, true
}

// participleAdjectives are past participles not in -ed that a linking verb
// makes an adjective: "will remain shut on Friday".
var participleAdjectives = map[string]bool{"shut": true, "set": true, "cut": true, "hit": true, "hurt": true, "stuck": true, "held": true, "kept": true, "upset": true}

// linkingVerbs before an -ed form make it an adjective ("remain closed").
var linkingVerbs = map[string]bool{"remain": true, "remains": true, "stay": true, "stays": true, "seem": true, "seems": true, "look": true, "looks": true}

// plannedNoun returns the verb that sets a plan when lower[start:end]
// stands between an article and the noun of a planned event, after that
// verb ("set a Thursday deadline", "bets on a June rate cut").
func plannedNoun(lower string, start, end int) string {
	if d := prevWord(lower, start); d != "a" && d != "an" && d != "the" && !strings.HasSuffix(d, "'") && !strings.HasSuffix(d, "'s") {
		return "" // (or a possessive: "to run in Texas' March 3 primaries")
	}
	n, e := wordAfter(lower, end)
	if n == "rate" {
		n, _ = wordAfter(lower, e)
	}
	if !planNouns[n] {
		return ""
	}
	at := prevWordStart(lower, start)
	v := prevWord(lower, at)
	if v == "on" || v == "out" || v == "in" { // "bets on", "ruling out", "to run in"
		v = prevWord(lower, prevWordStart(lower, at))
	}
	if planVerbs[v] {
		return v + " … " + n
	}
	return ""
}

// planNouns name an event a plan sets for a date.
var planNouns = map[string]bool{
	"deadline": true, "vote": true, "election": true, "trial": true, "hearing": true, "cut": true,
	"hike": true, "increase": true, "launch": true, "date": true, "summit": true, "meeting": true,
	"referendum": true, "start": true, "release": true, "debut": true, "primary": true, "primaries": true,
	"runoff": true, "caucuses": true,
}

// planVerbs set a plan for a date ("set a Thursday deadline").
var planVerbs = map[string]bool{
	"set": true, "sets": true, "setting": true, "called": true, "calls": true, "calling": true,
	"announced": true, "fixed": true, "imposed": true, "gave": true, "given": true, "slated": true,
	"bets": true, "bet": true, "betting": true, "bets'": true, "ruling": true, "ruled": true, "rule": true,
	"eyes": true, "eyeing": true, "targets": true, "targeting": true, "priced": true, "pricing": true,
	"expect": true, "expects": true, "expected": true, "await": true, "awaits": true, "awaiting": true,
	"price": true, "see": true, "sees": true, "seeing": true,
	"run": true, "running": true, "compete": true, "competing": true, // "filed to run in the March 3 primary"
}

// afterComma reports whether a comma is the last thing before at (after
// lo, spaces aside).
func afterComma(text string, lo, at int) bool {
	return strings.HasSuffix(strings.TrimRight(text[lo:at], " "), ",")
}

// byParticiple reports whether the word lower[j:i] opens a participle
// phrase after a comma (the comma after lo): an -ed form followed by
// "by" (", capped by fireworks", ", followed by a late game"), no verb of
// the clause.
func byParticiple(text, lower string, lo, j, i int) bool {
	return afterComma(text, lo, j) && regularPast(lower[j:i]) && strings.HasPrefix(lower[i:], " by ")
}

// regularPast reports whether w is an -ed form (past tense or past
// participle) and not one of tenseWords ("said", "was").
func regularPast(w string) bool {
	_, listed := tenseWords[w]
	return !listed && strings.HasSuffix(w, "ed")
}

// fixtureReaches reports whether the words between a verb of a fixture
// and its date are those of one phrase: its object and places, no comma
// or clause between ("open their campaign against Tanzania in Fez on
// Tuesday", "close the regular season at home at 7 p.m. Friday").
func fixtureReaches(text string, at, start int) bool {
	if w := strings.ToLower(prevWord(text, at)); spanVerbs[w] {
		b := strings.TrimSpace(text[at:start])
		return b == "from" || b == "until" || b == "through" || b == "till"
	}
	if scheduleReaches(text, at, start) {
		return true
	}
	between := text[at:start]
	if strings.Contains(between, ",") {
		// "in Arlington, Texas, on Wednesday": a place and its state
		between = placeCommas.ReplaceAllString(between, " Place")
	}
	if strings.ContainsAny(between, ",;:.()\"") || strings.Count(between, " ") > 10 {
		return false
	}
	for _, w := range strings.Fields(between) {
		if lw := strings.ToLower(w); subordinator(lw) || lw == "that" || lw == "which" || lw == "who" || lw == "and" || lw == "but" {
			return false
		}
		if _, ok := tenseOf(w, strings.ToLower(w)); ok {
			return false
		}
	}
	return true
}

// placeCommas are the commas of a place and its state or country, after
// "in" and a name: "in Arlington, Texas,".
var placeCommas = regexp.MustCompile(`,\s+[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)*,`)

// voterBefore reports whether the word before "vote" at j can be who
// votes: a name, a plural or a pronoun ("Norwegians vote", "the Senate
// votes", "members vote", a subject before a clause in commas; not "the
// same vote", "the annulled vote").
func voterBefore(text string, j int) bool {
	if b := strings.TrimRight(text[:j], " "); strings.HasSuffix(b, ",") {
		return true // "The board, whose members he has appointed, votes in June"
	}
	p := prevWord(text, j)
	lp := strings.ToLower(p)
	return isUpper(p) || len(p) > 3 && strings.HasSuffix(lp, "s") && !strings.HasSuffix(lp, "ss") || lp == "they" || lp == "we" || lp == "you"
}

// spanVerbs tell a span, and make a fixture only just before its first
// or last day ("runs from Sunday", "lasts until Friday"; not "runs ads on
// Sunday").
var spanVerbs = map[string]bool{"runs": true, "run": true, "lasts": true, "last": true, "continues": true, "continue": true}

// presentPerfectBefore reports whether "has" or "have" and a participle
// stand in the clause before lower[:start], within eight words.
func presentPerfectBefore(lower string, start int) bool {
	found := false
	wordsBack(lower, start, 8, func(_ int, w string, at int) bool {
		if regularPast(w) || participles[w] {
			a := prevWord(lower, prevWordStart(lower, at))
			found = a == "has" || a == "have" || a == "'ve"
			return true
		}
		return false
	})
	return found
}

// weekdaySubjectVerbs after a weekday that opens its sentence make it the
// subject of a verb in the present ("Sunday marks nine years since ...").
var weekdaySubjectVerbs = map[string]bool{"marks": true, "is": true, "brings": true, "will": true}

// spanEndWords before a date make it the end of a span ("a bill that runs
// into March", "which lasts until Friday"): an end told in the present
// lies ahead, where a span's start may not ("which runs from June 1").
var spanEndWords = map[string]bool{"into": true, "through": true, "until": true, "till": true, "thru": true}

// subordinator reports whether w opens a clause of its own: a date inside
// it ("after the February sitting was postponed") takes that clause's verb,
// after it. (A switch, not a map: the tense reader asks it of every word it
// walks back over.)
func subordinator(w string) bool {
	switch w {
	case "after", "before", "because", "when", "while", "although", "though", "once":
		return true
	}
	return false
}

// subordinateTense reads the tense of the first verb after end, up to the
// end of the clause (a comma or the sentence's end).
func subordinateTense(text, lower string, end int) (Tense, string) {
	for i := end; i < len(text) && i < end+80; {
		c := text[i]
		if c == ',' || endsSentence(text, i) {
			break
		}
		if !isWordByte(c) {
			i++
			continue
		}
		j := i
		for j < len(text) && isWordByte(text[j]) {
			j++
		}
		if t, ok := tenseOf(text[i:j], lower[i:j]); ok && !passive(lower, i, t) && !(t == TensePast && adjectival(lower, i)) {
			return t, lower[i:j]
		}
		i = j
	}
	return TenseUnknown, ""
}

// aheadWithTo (on lower-cased text) reads "is to resume", "was set to open", "planned to
// leave": a verb of being or planning followed by "to" looks ahead, even
// in the past tense.
func aheadWithTo(text string, end int, t Tense) Tense {
	i := end
	for i < len(text) && text[i] == ' ' {
		i++
	}
	if w := text[end-min(end, 4) : end]; (strings.HasSuffix(w, "have") || strings.HasSuffix(w, " has") || w == "has") &&
		strings.HasPrefix(text[i:], "until ") {
		return TenseFuture // "have until Friday": a deadline ahead
	}
	if i+3 <= len(text) && text[i:i+2] == "to" && !isWordByte(text[i+2]) {
		if w, _ := wordAfter(text, i+2); determinerWords.has(w) || w != "" && isDigit(w[0]) {
			return t // "agreed to a six-year contract on Friday": "to" a noun, no infinitive
		}
		j := end
		for j > 0 && isWordByte(text[j-1]) {
			j--
		}
		if lookAhead[text[j:end]] {
			return TenseFuture
		}
	}
	return t
}

// overtakenPlan (on lower-cased text) reports whether the word at
// text[at:] follows "had" or "had been": "had been due to expire",
// "had planned to vote".
func overtakenPlan(lower string, at int) bool {
	w := prevWord(lower, at)
	if w == "been" {
		w = prevWord(lower, prevWordStart(lower, at))
	}
	return w == "had"
}

// asPlanned (on lower-cased text) reports whether the word at text[at:]
// follows "as" or "as previously", "as originally": "as planned", "as
// scheduled", "as previously planned".
func asPlanned(lower string, at int) bool {
	w := prevWord(lower, at)
	if w == "previously" || w == "originally" || w == "earlier" {
		w = prevWord(lower, prevWordStart(lower, at))
	}
	return w == "as"
}

// couldNotBeReached (on lower-cased text) reads the reporter's "could not
// be reached Tuesday", "couldn't be located": "could" as the past of
// "can", telling what already happened, not a possibility ahead.
func couldNotBeReached(lower string, j, i int) bool {
	w := lower[j:i]
	if w != "could" && w != "couldn't" {
		return false
	}
	rest := strings.TrimLeft(lower[i:], " ")
	rest = strings.TrimPrefix(rest, "not ")
	if !strings.HasPrefix(rest, "be ") {
		return false
	}
	rest = strings.TrimPrefix(rest, "be ")
	for _, v := range []string{"reached", "located", "contacted", "found", "confirmed", "verified", "determined", "identified"} {
		if strings.HasPrefix(rest, v) {
			return true
		}
	}
	return false
}

// appositionWords open a phrase after a date's comma that has no verb of
// the date's clause: "a day-night match played ...".
var appositionWords = map[string]bool{"a": true, "an": true, "the": true, "including": true}

// wordAfter returns the word that starts after the spaces at s[at:],
// and where it ends.
func wordAfter(s string, at int) (string, int) {
	for at < len(s) && s[at] == ' ' {
		at++
	}
	e := at
	for e < len(s) && isWordByte(s[e]) {
		e++
	}
	return s[at:e], e
}

// possessionAfter (on lower-cased text) reports whether the word after
// "has" or "have" at lower[i:] opens a noun phrase ("has launch windows",
// "has a meeting"), not a participle ("has launched", "has been", "has
// already won"): the verb of possession is a present.
func possessionAfter(lower string, i int) bool {
	w, _ := wordAfter(lower, i)
	if w == "" || participles[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "ly") ||
		strings.HasSuffix(w, "n't") || perfectWords[w] || tenseWords[w] != TenseUnknown || isDigit(w[0]) {
		return false
	}
	return true
}

// perfectWords stand between "has" and its participle: "has already
// won", "has not been".
var perfectWords = map[string]bool{"been": true, "not": true, "already": true, "also": true, "never": true,
	"just": true, "since": true, "yet": true, "long": true, "had": true, "to": true, "got": true, "gone": true,
	"come": true, "become": true, "done": true, "run": true, "begun": true, "won": true, "lost": true, "told": true,
	"until": true, "till": true, "by": true} // ("has until Monday" is read by aheadWithTo)

// compoundNouns before "cut", "hike" or "set" make it a noun: "a rate
// cut", "the tax cut", "a price hike".
var compoundNouns = map[string]bool{"rate": true, "tax": true, "price": true, "job": true, "spending": true,
	"budget": true, "pay": true, "production": true, "interest": true, "output": true, "wage": true,
	"first": true, "second": true, "third": true, "another": true, "further": true, "deeper": true,
	// the shots of vaccines: "get a flu shot by the end of October"
	"flu": true, "booster": true, "rsv": true, "covid": true, "vaccine": true, "measles": true, "hpv": true, "mpox": true}

// nounBefore reports whether the (lower-case) word p before "cut", "set",
// "hit" or "shot" makes it a noun: a noun of compoundNouns, "next", "box",
// or a determiner ("the cut"; not "that", which may open a relative
// clause: "the bank that cut rates").
func nounBefore(p string) bool {
	return compoundNouns[p] || p == "next" || p == "box" || p == "no" || p != "that" && determinerWords.has(p)
}

// modalWords before a verb that looks like a past ("will cut", "could
// set") make it a base form looking ahead.
var modalWords = map[string]bool{"will": true, "would": true, "could": true, "may": true, "might": true,
	"shall": true, "should": true, "must": true, "can": true}

// forecastNoun: words before "forecast" that make it the noun.
var forecastNoun = map[string]bool{
	"its": true, "the": true, "a": true, "their": true, "his": true, "her": true, "our": true,
	"revenue": true, "earnings": true, "profit": true, "sales": true, "growth": true, "weather": true,
	"full-year": true, "annual": true, "latest": true, "new": true, "previous": true, "official": true,
	"initial": true, "original": true, "budget": true, "inflation": true, "gdp": true,
	// a gerund or a comparison before it: "beating forecasts", "above forecasts"
	"beating": true, "topping": true, "missing": true, "exceeding": true, "above": true, "below": true,
}

// frontingWords open a sentence with a phrase of time before its clause.
var frontingWords = map[string]bool{
	"at": true, "on": true, "in": true, "by": true, "after": true, "before": true, "during": true,
	"since": true, "until": true, "from": true, "for": true, "over": true, "through": true,
	"late": true, "early": true, "earlier": true, "later": true, "last": true, "this": true,
}

// reportingVerbs attribute a report: "..., the university said".
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "announced": true, "added": true, "reported": true,
	"noted": true, "stated": true, "confirmed": true, "wrote": true, "explained": true,
}

// closureVerbs close something for a time: "closed until Thursday".
var closureVerbs = map[string]bool{
	"closed": true, "shut": true, "halted": true, "banned": true, "barred": true, "blocked": true,
	"grounded": true, "frozen": true, "paused": true, "open": true, "valid": true,
}

// closedNow (on lower-cased text) reports whether the word before "until"
// at j is a closure in force now: "has been closed until Thursday", "is
// shut until", "remains closed until" (not "was closed until", nor "had
// been closed until": a closure the story tells as past).
func closedNow(lower string, j int) bool {
	at := prevWordStart(lower, j)
	if !closureVerbs[prevWord(lower, j)] {
		return false
	}
	switch aux := prevWord(lower, at); aux {
	case "stay", "remain", "be":
		// "ordered four precincts to stay open until 8:30 p.m.": an
		// infinitive, whose tense the verb before it gives
		return prevWord(lower, prevWordStart(lower, at)) != "to"
	case "is", "are", "remains", "stays":
		return true
	case "been":
		b := prevWord(lower, prevWordStart(lower, at))
		return b == "has" || b == "have"
	}
	return false
}

// participlePhrase reports whether a phrase (lower-cased) opens with a
// past participle, after an adverb or two: "held every year since 1979",
// "first held in 1903", "founded in 1850".
func participlePhrase(seg string) bool {
	// (the first three words, split without a slice)
	for k, i := 0, 0; k < 3; k++ {
		for i < len(seg) && isSpaceByte(seg[i]) {
			i++
		}
		j := i
		for j < len(seg) && !isSpaceByte(seg[j]) {
			j++
		}
		if j == i {
			return false
		}
		w := seg[i:j]
		if participles[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !notPast[w] {
			return true
		}
		if !strings.HasSuffix(w, "ly") && w != "first" && w != "once" && w != "long" && w != "originally" {
			return false
		}
		i = j
	}
	return false
}

// participles are irregular past participles that open a phrase in
// commas ("The race, first held in 1903, ...").
var participles = map[string]bool{
	"held": true, "built": true, "born": true, "made": true, "known": true, "seen": true, "won": true,
	"given": true, "taken": true, "written": true, "shown": true, "run": true, "set": true, "begun": true,
	"put": true, "kept": true, "led": true, "brought": true, "bought": true, "sold": true, "hit": true,
}

// nextEventBefore (on lower-cased text) returns the words that make the
// date at start that of an event still to come: "on", "in" or "at" just
// before it, after a noun phrase opened by "next", "upcoming" or
// "forthcoming" ("its next meeting on", "the next policy meeting in",
// "the upcoming vote on"); "" otherwise.
func nextEventBefore(lower string, start int) string {
	p := prevWord(lower, start)
	if p != "on" && p != "in" && p != "at" {
		return ""
	}
	cue := ""
	wordsBack(lower, prevWordStart(lower, start), 3, func(k int, w string, _ int) bool {
		switch w {
		case "next", "upcoming", "forthcoming":
			if k > 0 {
				cue = w + " … " + p
			}
			return true
		case "", "the", "a", "its", "their", "his", "her":
			return true
		}
		return false
	})
	return cue // (not across a sentence's end: "her budget next Wednesday. Data on Friday showed")
}

// dataNouns name a published figure, which measures a month gone by.
var dataNouns = newWordSet(map[string]bool{
	"report": true, "figures": true, "figure": true, "data": true, "numbers": true, "index": true,
	"reading": true, "statistics": true, "payrolls": true, "survey": true, "estimate": true,
	"sales": true, "output": true, "exports": true, "imports": true, "production": true, // "April retail sales ... figures"
})

// infinitiveBetween reports whether an infinitive opens between the verb
// lower[j:i] and the date at start: "to" after a verb that asks, makes or
// lets someone act, or after a noun of a plan, then a word that can be a
// verb (lower case, not a determiner, figure, "-ing", "-ed" or "-s"
// form), with no comma or "and" after it ("asked airlines to cancel
// flights on Tuesday", "reached a deal late Monday to fund the department
// through Sept. 30"; not "presented the budget to parliament on February
// 26", "returned to work on Monday").
func infinitiveBetween(text, lower string, j, i, start int) bool {
	seg := lower[i:start]
	k := strings.Index(seg, " to ")
	// (a comma of a clause, not of a figure: "to raise output by 547,000
	// barrels per day in September")
	if k < 0 || strings.Contains(text[i:start], ", ") || strings.ContainsAny(text[i:start], ";") || clauseAnd(seg) {
		return false
	}
	if !requestVerbs[lower[j:i]] && !purposeBefore(seg, k) && !namesDay(seg[:k]) {
		return false
	}
	w, _ := wordAfter(seg, k+len(" to "))
	if len(w) < 3 || !isLower(w[0]) || isUpper(text[i+k+len(" to "):]) || determinerWords.has(w) || infinitiveNouns[w] ||
		strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") {
		return false
	}
	return true
}

// clauseAnd reports whether an "and" in seg may join clauses: one not
// followed by a determiner or a figure, which open a noun phrase ("to
// cancel half of their flights at Orly and a third at Marseille on
// Tuesday"), or by "to", which opens a second infinitive ("urged drivers
// to arrive by early Sunday and to stay off Interstate 89 until").
func clauseAnd(seg string) bool {
	for at := 0; ; {
		k := strings.Index(seg[at:], " and ")
		if k < 0 {
			return false
		}
		at += k + len(" and ")
		if w, _ := wordAfter(seg, at); !determinerWords.has(w) && w != "to" && (w == "" || !isDigit(w[0])) {
			return true
		}
	}
}

// requestVerbs ask, make or let someone do a thing, later: "asked
// airlines to cancel", "forcing the airline to suspend".
var requestVerbs = map[string]bool{
	"asked": true, "told": true, "ordered": true, "urged": true, "forced": true, "forcing": true,
	"allowed": true, "invited": true, "subpoenaed": true, "required": true, "directed": true,
	"instructed": true, "advised": true, "encouraged": true, "pressed": true, "persuaded": true,
	"authorized": true, "authorised": true, "voted": true, "agreed": true, "decided": true, "sought": true,
	"planned": true, "promised": true, "pledged": true, "vowed": true, "threatened": true, "called": true,
	"summoned": true, "cleared": true, "approved": true, "expected": true, "needed": true,
}

// askVerbs ask or order someone to act (of requestVerbs, not those of a
// decision the subject takes itself, "voted to reject the appeals on
// Friday").
var askVerbs = map[string]bool{
	"asked": true, "told": true, "ordered": true, "urged": true, "invited": true, "subpoenaed": true,
	"directed": true, "instructed": true, "advised": true, "encouraged": true, "pressed": true, "summoned": true,
}

// beWords make a participle after them passive.
var beWords = map[string]bool{"was": true, "were": true, "been": true, "be": true, "being": true, "is": true, "are": true}

// rangeToWeekday (on lower-cased text) reports whether the expression
// that ends at end opens a range whose end names a weekday: "from 4 p.m.
// to 9 p.m. Tuesday".
func rangeToWeekday(lower string, end int) bool {
	rest := lower[end:min(len(lower), end+24)]
	return strings.HasPrefix(rest, " to ") && namesWeekday(rest[len(" to "):])
}

// purposeBefore reports whether a noun of purposeNouns stands within the
// three words before seg[k:] ("reached a deal late Monday to fund").
func purposeBefore(seg string, k int) bool {
	found := false
	wordsBack(seg, k, 3, func(_ int, w string, _ int) bool {
		found = purposeNouns[w]
		return found
	})
	return found
}

// namesDay reports whether s (lower-cased) names a day, a weekday or a
// figure: the verb's own time, given before a purpose ("stood in the rain
// on Wednesday evening to call an election for 4 July").
func namesDay(s string) bool {
	return anyWord(s, ".,", func(w string) bool { return namedDayWord(w) || w != "" && isDigit(w[0]) })
}

// namedDayWord reports whether w is a weekday, "today", "yesterday" or
// "tonight".
func namedDayWord(w string) bool {
	return weekdays[w] != 0 || w == "yesterday" || w == "today" || w == "tonight"
}

// namesSeason reports whether the lower-cased words s name a season.
func namesSeason(s string) bool {
	return anyWord(s, ".,", func(w string) bool { _, ok := seasons[w]; return ok })
}

// weekdayNamed reports whether the words s name a day by its weekday
// or as today or yesterday (namesDay without its figures: "scored in the
// 89th minute to seal a win" is no date of the scoring).
func weekdayNamed(s string) bool {
	return anyWord(s, ".,()", namedDayWord)
}

// purposeNouns before "to" hold a plan of something later: "a deal to fund".
var purposeNouns = map[string]bool{
	"deal": true, "plan": true, "plans": true, "agreement": true, "way": true, "enough": true, "bid": true,
	"order": true, "orders": true, "decision": true, "vote": true, "move": true, "proposal": true,
	"request": true, "motion": true, "bill": true, "measure": true, "effort": true, "offer": true,
}

// infinitiveNouns follow "to" as nouns of places and states: "returned to
// work", "went to court".
var infinitiveNouns = map[string]bool{
	"work": true, "court": true, "office": true, "power": true, "school": true, "prison": true, "jail": true,
	"hospital": true, "bed": true, "church": true, "market": true, "town": true, "home": true, "date": true,
	"zero": true, "record": true, "trial": true, "war": true, "sea": true, "land": true, "life": true,
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "ten": true, "half": true,
	"around": true, "about": true, "nearly": true, "almost": true, "more": true, "less": true,
	"your": true, "my": true, "them": true, "him": true, "us": true, // (and determinerWords: "its", "their" ...)
	"most": true, "all": true, "some": true, "many": true, "several": true, "both": true, "every": true,
	"death": true, "pieces": true, "rest": true, "light": true, "mind": true, "account": true,
}

// openerBefore (on lower-cased text) looks back over the eight words before
// start, within their clause, for "since" and "ahead of", which may open
// the phrase that holds a date: a cheap first test, which aheadOf and
// phraseOpener confirm.
func openerBefore(lower string, start int) (since, ahead bool) {
	i := start
	for k := 0; k < 8 && i > 0; k++ {
		j, e := lowerWordBefore(lower, i, true)
		if j == e {
			return // punctuation or a figure: the phrase ends here
		}
		switch lower[j:e] {
		case "since":
			since = true
		case "of":
			ahead = ahead || j >= 6 && lower[j-6:j] == "ahead "
		}
		i = j
	}
	return
}

// lowerWordBefore returns where the word of lower-case letters that ends
// before i, past the spaces, starts and ends (start == end when a
// punctuation mark or a figure comes first). joined takes a hyphen or an
// apostrophe inside the word ("al-assad", "friday's"). The cheap walks
// back of the tense reader use it: it looks no word up.
func lowerWordBefore(lower string, i int, joined bool) (start, end int) {
	for i > 0 && lower[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 && (isLower(lower[j-1]) || joined && j < i && (lower[j-1] == '-' || lower[j-1] == '\'')) {
		j--
	}
	return j, i
}

// aheadOf (on lower-cased text) reports whether "ahead of" opens the
// noun phrase that holds the date at start ("ahead of Friday's report",
// "ahead of the standing at Arafat on Thursday"; not "ahead of schedule
// on Monday").
func aheadOf(lower string, start int) bool {
	at := phraseOpener(lower, start, "of")
	if at < 0 || prevWord(lower, prevWordStart(lower, at)) != "ahead" {
		return false
	}
	n, _ := wordAfter(lower, at)
	return n != "schedule" && n != "time"
}

// phraseOpener (on lower-cased text) returns where the preposition prep
// ends if it opens the phrase that holds the date at start: within eight
// words, with no comma and no verb between; -1 otherwise.
func phraseOpener(lower string, start int, prep string) int {
	found := -1
	wordsBack(lower, start, 8, func(k int, w string, at int) bool {
		if strings.IndexByte(lower[at:start], ',') >= 0 {
			return true
		}
		if w == prep {
			found = at
			return true
		}
		_, verb := tenseOf(w, w)
		return verb
	})
	return found
}

// moveVerbs move an event to another date.
var moveVerbs = map[string]bool{
	"postponed": true, "delayed": true, "deferred": true, "moved": true, "pushed": true, "back": true,
	"pushing": true, "moving": true, "postponing": true, "delaying": true, "deadline": true, "extending": true,
	"rescheduled": true, "shifted": true, "adjourned": true, "postpone": true, "delay": true,
	"move": true, "push": true, "reschedule": true, "postpones": true, "delays": true, "moves": true,
}

// movedTo (on lower-cased text) returns the words that make the date at
// start the new date of a moved event: "to" (or "until") just before it,
// and a verb of moveVerbs before that, either just before "to" ("delayed
// to April") or before "from" and the old date ("postponed the vote from
// February to April"); "" otherwise.
func movedTo(lower string, start int) string {
	p := prevWord(lower, start)
	at := prevWordStart(lower, start)
	if p == "recently" && prevWord(lower, at) == "most" {
		// "pushed the deadline back three times, most recently to
		// Wednesday"
		at = prevWordStart(lower, prevWordStart(lower, at))
		p = prevWord(lower, at)
		at = prevWordStart(lower, at)
	}
	if p != "to" && p != "until" {
		return ""
	}
	toAt := at
	cue := ""
	wordsBack(lower, at, 12, func(k int, w string, at int) bool {
		switch {
		case !moveVerbs[w]:
		case k == 0:
			cue = w + " " + p
		case strings.Contains(lower[prevWordStart(lower, at):start], " from "):
			cue = w + " … " + p
		case p == "to" && !strings.Contains(lower[at:toAt], " to ") && !strings.Contains(lower[at:toAt], " and ") && !strings.Contains(lower[at:toAt], " that "):
			// "postponed its call with analysts to Thursday", "pushed
			// back the launch of a weather satellite by 24 hours, to 5:52
			// p.m. EDT on Tuesday": the thing moved between
			cue = w + " … " + p
		}
		return cue != ""
	})
	return cue
}

// wordsBack calls f with the words before lower[at:] (lower-cased text),
// the nearest first, with their index k and the offset where each ends,
// up to n words and not past the end of the sentence before; it stops
// when f returns true.
func wordsBack(lower string, at, n int, f func(k int, w string, at int) bool) {
	for k := 0; k < n && at > 0; k++ {
		// the last of ".;!?" in the two bytes before at ends the sentence
		// (not the dot of "a.m." or "Sept.")
		for d := at - 1; d >= max(0, at-2); d-- {
			if c := lower[d]; c == '.' || c == ';' || c == '!' || c == '?' {
				if c != '.' || sentenceEnd(lower, d) {
					return
				}
				break
			}
		}
		// prevWord and prevWordStart in one walk back
		i := at
		for i > 0 && !isWordByte(lower[i-1]) {
			i--
		}
		end := i
		for i > 0 && isWordByte(lower[i-1]) {
			i--
		}
		if f(k, lower[i:end], at) {
			return
		}
		at = i
	}
}

// forecastWords name a forecast or a warning, whose period lies ahead.
var forecastWords = map[string]bool{
	"warning": true, "warnings": true, "warned": true, "warns": true, "forecast": true, "forecasts": true,
	"forecasters": true, "forecaster": true, "forecasted": true, "alert": true, "alerts": true,
	"advisory": true, "advisories": true, "predicted": true, "predicts": true,
}

// forecastPeriod (on lower-cased text) returns the words that make a
// weekday at lower[start:end] part of the period of a forecast or a
// warning: "from", "into", "until", "till" or "through" just before it,
// and a word of forecastWords earlier in the sentence; "" otherwise.
func forecastPeriod(lower string, start, end int) string {
	p := prevWord(lower, start)
	what := false // the days of what is forecast, not of the forecasting: "warned of storms on Wednesday afternoon"
	switch p {
	case "from", "into", "until", "till", "through", "to":
	case "on", "starting":
		what = true
	case "in":
		// "have warned of more flooding across southern China in
		// July": the month of what is forecast (after "of"), not of the
		// warning ("warned in July that ...")
		if !namesMonth(lower[start:end]) {
			return ""
		}
		// One walk back over ten words to an "of" (cheap: most months
		// have none), then the forecast's word before it.
		i := prevWordStart(lower, start)
		for k := 0; k < 10 && i > 0; k++ {
			h, j := lowerWordBefore(lower, i, false)
			if h == j {
				return "" // punctuation or a figure: the phrase ends here
			}
			if lower[h:j] == "of" {
				w := prevWord(lower, h)
				// (a past "warned of a slowdown in March" may tell when it
				// was warned: only the present perfect and the nouns look
				// ahead)
				if b := prevWord(lower, prevWordStart(lower, h)); forecastWords[w] && (!strings.HasSuffix(w, "ed") || b == "have" || b == "has") {
					return w + " of … in"
				}
				return ""
			}
			i = h
		}
		return ""
	default:
		return ""
	}
	// a weekday, or a clock time (the start of a range whose end names
	// the day: "a wind warning from midnight until 3pm on Wednesday")
	if !anyWord(lower[start:end], ",", func(w string) bool {
		return weekdays[w] != 0 || w == "midnight" || w == "noon" || w == "a.m." || w == "p.m." ||
			len(w) > 2 && isDigit(w[0]) && (strings.HasSuffix(w, "am") || strings.HasSuffix(w, "pm"))
	}) {
		return ""
	}
	if b := lower[max(0, start-160):start]; what && !strings.Contains(b, "warn") && !strings.Contains(b, "forecast") && !strings.Contains(b, "predict") &&
		!strings.Contains(b, "alert") && !strings.Contains(b, "advisor") {
		return "" // (the cheap test first: no root of forecastWords in the 160 bytes before)
	}
	cue := ""
	wordsBack(lower, prevWordStart(lower, start), 16, func(_ int, w string, at int) bool {
		if !forecastWords[w] {
			return false
		}
		if what {
			// "warned of a second round of severe storms on Wednesday
			// afternoon", "forecast more downpours this week, heaviest on
			// Tuesday"; not "warned on Tuesday that", "forecast on
			// Monday"
			if n, _ := wordAfter(lower, at); n != "of" && !weatherAfter(lower, at) {
				return true
			}
		}
		if prevWord(lower, prevWordStart(lower, at)) != "had" { // "had warned of snow from Tuesday": the story has overtaken it
			cue = w + " … " + p
		}
		return true
	})
	return cue
}

// weatherNouns name weather a forecast tells of.
var weatherNouns = map[string]bool{
	"rain": true, "rains": true, "downpours": true, "showers": true, "snow": true, "snowfall": true, "storms": true,
	"thunderstorms": true, "storm": true, "winds": true, "gales": true, "heat": true, "temperatures": true,
	"flooding": true, "floods": true, "frost": true, "ice": true, "sleet": true, "hail": true, "fog": true, "highs": true, "lows": true,
}

// weatherAfter (on lower-cased text) reports whether a noun of weather
// stands within the three words after at: "forecast more downpours this
// week", "predicted heavy rain".
func weatherAfter(lower string, at int) bool {
	for k := 0; k < 3; k++ {
		w, e := wordAfter(lower, at)
		if w == "" {
			return false
		}
		if weatherNouns[w] {
			return true
		}
		at = e
	}
	return false
}

// lookAhead are the words that, before "to", point to the future.
var lookAhead = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "set": true, "planned": true,
	"scheduled": true, "due": true, "expected": true, "going": true, "prepared": true,
	"ready": true, "poised": true, "likely": true, "agreed": true, "promised": true,
	"plan": true, "plans": true, "planning": true, "intend": true, "intends": true,
	"intended": true, "hope": true, "hopes": true, "hoped": true, "want": true, "wants": true,
	"wanted": true, "aim": true, "aims": true, "vowed": true, "threatened": true, "decided": true,
}

// scheduleVerbs set something for a date ahead: "set the hearing for
// May 2", "scheduled for Tuesday".
var scheduleVerbs = newWordSet(map[string]bool{
	"set": true, "scheduled": true, "rescheduled": true, "slated": true, "booked": true,
	"fixed": true, "penciled": true, "pencilled": true, "tentatively": true,
})

// deadlineWords, just before a month or a day of a month, make it a
// term or deadline ahead ("payable Dec. 15", "by May").
var deadlineWords = newWordSet(map[string]bool{
	"payable": true, "effective": true, "record": true, "by": true, "until": true,
	"till": true, "expire": true, "expires": true, "expiring": true, "due": true,
})

// pastNegation (on lower-cased text) reports whether the sentence before
// start says "did not", "didn't", "was not", "never" ...: "did not return
// until May" tells of a May gone by, not of a deadline.
func pastNegation(lower string, start int) bool {
	for at, k := start, 0; k < 12; k++ {
		w := prevWord(lower, at)
		if w == "" {
			return false
		}
		switch w {
		case "didn", "wasn", "weren", "didn't", "wasn't", "weren't", "never":
			return true
		case "not", "t":
			switch prevWord(lower, prevWordStart(lower, at)) {
			case "did", "was", "were", "didn", "wasn", "weren":
				return true
			}
		}
		at = prevWordStart(lower, at)
		if i := strings.LastIndexAny(lower[max(0, at-2):at], ".;!?"); i >= 0 {
			return false // the sentence before
		}
	}
	return false
}

// pluperfectBy (on lower-cased text) reports whether the date after "by"
// at lower[start:end] is the limit of a pluperfect, what had been done
// by then, so gone by: "NBC had sold all of its commercial time by early
// November", "had been completed by May 31", "By May, police ... had
// arrested three former managers".
func pluperfectBy(lower string, start, end int) bool {
	found := false
	wordsBack(lower, prevWordStart(lower, start), 14, func(_ int, w string, at int) bool {
		if w == "had" {
			n, _ := wordAfter(lower, at)
			found = n != "until" && n != "to" && n != "till"
		}
		return found
	})
	if found || !strings.HasPrefix(lower[end:], ",") {
		return found
	}
	// "By May, police in Devon and Cornwall had arrested": the
	// pluperfect after the date that opens the sentence
	at := end + 1
	for k := 0; k < 8; k++ {
		w, e := wordAfter(lower, at)
		if w == "" || strings.ContainsAny(lower[at:e], ".;") {
			return false
		}
		if w == "had" {
			return true
		}
		at = e
	}
	return false
}

// termWord (on lower-cased text) returns the word of terms or deadlines
// that stands just before start, or before an "on" or "from" there
// ("payable on Sept. 25", "effective from 1 April", "holders of record on
// Nov. 10"); "take effect" and "takes effect" count ("take effect from 1
// January"), "took effect" does not (the tense says it).
func termWord(lower string, start int) string {
	w := prevWord(lower, start)
	if deadlineWords.has(w) {
		return w
	}
	if w != "on" && w != "from" {
		return ""
	}
	at := prevWordStart(lower, start)
	v := prevWord(lower, at)
	if deadlineWords.has(v) && v != "by" && v != "until" && v != "till" {
		return v + " " + w
	}
	if v == "effect" {
		if t := prevWord(lower, prevWordStart(lower, at)); t == "take" || t == "takes" {
			return t + " effect " + w
		}
	}
	return ""
}

// namesMonth reports whether an expression (lower-cased) opens with a
// month, after an optional "early", "mid" or "late", or with a day and
// its month: "dec. 15", "mid-november", "15 december".
func namesMonth(expr string) bool {
	// (none of the prefixes opens an expression that starts with another
	// letter, nor then opens it after another prefix was taken off)
	if expr != "" && (expr[0] == 'e' || expr[0] == 'm' || expr[0] == 'l' || expr[0] == 't') {
		for _, p := range []string{"early ", "mid-", "mid ", "late ", "the "} {
			expr = strings.TrimPrefix(expr, p)
		}
	}
	// "1 january", "15th december", "1st of april": the day first, as
	// British, Irish, Indian and Australian news write it.
	k := 0
	for k < len(expr) && isDigit(expr[k]) {
		k++ // (strings.TrimLeft(expr, "0123456789"), without building its set of bytes each call)
	}
	if d := expr[k:]; len(d) < len(expr) {
		for _, p := range []string{"st", "nd", "rd", "th"} {
			d = strings.TrimPrefix(d, p)
		}
		d = strings.TrimPrefix(d, " ")
		expr = strings.TrimPrefix(d, "of ")
	}
	i := 0
	for i < len(expr) && (isAlnum(expr[i]) || expr[i] == '.') {
		i++
	}
	return lookupMonth(expr[:i]) != 0
}

// delayVerbs before "until" put what follows ahead: "postponed until
// Tuesday"; so does a deadline ("extended its deadline until 9 a.m.
// Tuesday"). "has until Friday" is read by aheadWithTo.
var delayVerbs = map[string]bool{
	"postponed": true, "delayed": true, "adjourned": true, "deferred": true, "extended": true,
	"suspended": true, "recessed": true, "put": true, "off": true, "wait": true, "waiting": true,
	"deadline": true,
}

// adjectival (on lower-cased text) reports whether the -ed word at
// text[at:] follows a determiner or a degree word, and so is an adjective:
// "an unspecified date", "the planned merger", "a still unnamed buyer",
// "a House-passed bill" (a compound).
func adjectival(text string, at int) bool {
	if at > 0 && text[at-1] == '-' {
		at = prevWordStart(text, at)
	}
	w := prevWord(text, at)
	if w == "still" || w == "newly" || w == "recently" || w == "previously" || w == "widely" || w == "long" ||
		w == "final" || w == "first" || w == "second" || w == "last" || w == "new" || w == "annual" || w == "only" {
		w = prevWord(text, prevWordStart(text, at)) // (and "their final televised debate")
	}
	if w == "that" {
		return false // "a shutdown that began at 12:01 a.m.": a relative clause's verb
	}
	return determinerWords.has(w) || w == "behind" || w == "with" && strings.HasPrefix(text[at:], "closed ") // "behind closed doors", "with closed borders"
}

var determinerWords = newWordSet(map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "this": true, "these": true, "those": true, "that": true, "any": true, "each": true,
})

// prevWordStart returns where the word that ends before at begins.
func prevWordStart(lower string, at int) int {
	i := at
	for i > 0 && !isWordByte(lower[i-1]) {
		i--
	}
	for i > 0 && isWordByte(lower[i-1]) {
		i--
	}
	return i
}

// prevWord returns the (lower-case) word that ends before at. (It walks
// back as prevWordStart does, noting where the word ends on the way: one
// walk over the word, not two.)
func prevWord(lower string, at int) string {
	i := at
	for i > 0 && !isWordByte(lower[i-1]) {
		i--
	}
	end := i
	for i > 0 && isWordByte(lower[i-1]) {
		i--
	}
	return lower[i:end]
}

// passive (on lower-cased text) reports whether a past participle at text[at:] follows "be"
// or another auxiliary of passiveAux: "must be returned", "can be
// exercised", "is heard" take their tense from the auxiliary, not from the
// participle.
func passive(text string, at int, t Tense) bool {
	if t != TensePast {
		return false
	}
	i := at
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 && isWordByte(text[j-1]) {
		j--
	}
	w := text[j:i]
	if len(w) > 4 && strings.HasSuffix(w, "ly") {
		// "could be fully grounded by Friday evening": an adverb between
		return passiveAux.has(prevWord(text, j))
	}
	return passiveAux.has(w)
}

// passiveAux, before a past participle, make it passive ("is heard in
// May", "getting beat up in the spring"): the auxiliary has the tense.
var passiveAux = newWordSet(map[string]bool{
	"be": true, "being": true, "is": true, "are": true, "get": true, "gets": true, "getting": true,
})

// isWordByte reports whether c is a letter, a digit or an apostrophe
// (one load from the table of byte kinds).
func isWordByte(c byte) bool { return byteKinds[c]&(kindLetter|kindDigit|kindApostrophe) != 0 }

// endsSentence reports whether the byte at text[i] ends a sentence (or
// a clause the tense reader does not cross): a line break, "!", "?", ";",
// or a full stop that sentenceEnd accepts.
func endsSentence(text string, i int) bool {
	switch text[i] {
	case '\n', '!', '?', ';':
		return true
	case '.':
		return sentenceEnd(text, i)
	}
	return false
}

// sentenceEnd tells a full stop from the dot of an abbreviation ("Sept.",
// "a.m.", "U.S."): the word before it must be longer than one letter and
// not a known abbreviation.
func sentenceEnd(text string, dot int) bool {
	j := dot
	for j > 0 && isAlnum(text[j-1]) {
		j--
	}
	if dot+1 < len(text) && isAlnum(text[dot+1]) {
		return false // 443.6, U.S.
	}
	w := strings.ToLower(text[j:dot])
	if w == "" {
		return dot == 0 || text[dot-1] != '.' // "rose 2.9%." ends; "..." does not
	}
	if w == "m" && j >= 2 && text[j-1] == '.' && (text[j-2] == 'a' || text[j-2] == 'p') {
		return clockEndsSentence(text, dot)
	}
	if len(w) == 1 && !isDigit(w[0]) || abbreviations.has(w) {
		return false // "J. Smith", "Ala."; but "since Aug. 5. Traders ..." ends
	}
	return true
}

// clockEndsSentence reports whether the dot of "a.m." or "p.m." ends a
// sentence: before a capital that starts no weekday, month or zone ("at
// 10 a.m. Last year's festival"; not "10 a.m. Monday", "10 a.m. ET").
func clockEndsSentence(text string, dot int) bool {
	if dot+1 >= len(text) || text[dot+1] != ' ' {
		return false
	}
	next, _ := wordAfter(text, dot+1)
	if next == "" || !isUpper(next) {
		return false
	}
	n := strings.ToLower(next)
	return weekdays[n] == 0 && months[n] == 0 && !clockZoneWords[n]
}

// clockZoneWords may follow "a.m." or "p.m." in the same sentence: the
// zones of wireZones and the ones too short or too common to follow a
// four-figure time.
var clockZoneWords = func() map[string]bool {
	m := map[string]bool{
		"et": true, "ct": true, "mt": true, "pt": true, "gst": true,
		"eastern": true, "central": true, "pacific": true, "mountain": true, "local": true,
	}
	for z := range wireZones {
		m[strings.Fields(z)[0]] = true
	}
	return m
}()

// subjectWords reports whether the few words between ", and" and a date
// can open the subject the date stands in: at most five, none with a
// tense or opening a clause ("minutes of its", "the minutes of their",
// "the", "").
func subjectWords(s string) bool {
	words := strings.Fields(s)
	if len(words) > 5 {
		return false
	}
	for _, w := range words {
		lw := strings.ToLower(w)
		if _, ok := tenseOf(w, lw); ok || subordinator(lw) || strings.ContainsAny(w, ",;:") || lw == "to" || lw == "that" {
			return false
		}
	}
	return true
}

// onlyDeterminers reports whether s holds no word but determiners ("",
// " the ", " its ").
func onlyDeterminers(s string) bool {
	for _, w := range strings.Fields(s) {
		if !determinerWords.has(w) {
			return false
		}
	}
	return true
}

// presentBeforeObject reports whether the word text[j:i], a lower-case
// word in -s that tenseOf does not know ("rules", "keeps", "puts"), is a
// verb in the present: an object pronoun follows it ("rules him out",
// "keeps them home"), which no plural noun takes.
func presentBeforeObject(text, lower string, j, i int) bool {
	if i-j < 4 || lower[i-1] != 's' || lower[i-2] == 's' || lower[i-2] == '\'' || isUpper(text[j:i]) {
		return false
	}
	k := i
	if k >= len(lower) || lower[k] != ' ' {
		return false
	}
	k++
	e := k
	for e < len(lower) && isLower(lower[e]) {
		e++
	}
	switch lower[k:e] {
	case "him", "her", "them", "us", "me":
		return e == len(lower) || !isLetter(lower[e])
	case "its", "their":
		// "the Bank of England announces its decision on Thursday":
		// after a name, no plural noun runs into a possessive
		return (e == len(lower) || !isLetter(lower[e])) && isUpper(prevWord(text, j)) && !isUpper(text[j:i])
	}
	return false
}

// tenseOf reads the tense a single word w (lw lower-cased) shows, if any.
func tenseOf(w, lw string) (Tense, bool) {
	if len(w) < 2 {
		return TenseUnknown, false
	}
	if t, ok := wordTense(lw); ok {
		if t == tenseSchedule {
			return t, false // a verb of a fixture: no tense by itself (see clauseTense)
		}
		if lw == "may" && w != "may" {
			return TenseUnknown, false // "May" is the month
		}
		return t, true
	}
	if strings.HasSuffix(lw, "'ll") {
		return TenseFuture, true
	}
	if len(lw) >= 4 && strings.HasSuffix(lw, "ed") && !notPast[lw] && !isUpper(w) {
		return TensePast, true
	}
	return TenseUnknown, false
}

// possessiveSubjectPast returns the verb in the past of which a day in the
// possessive and its noun are the subject ("Tuesday's election left",
// "Sunday's final results showed"), or "". The verb comes second or third
// after the possessive, and no word before it has a tense ("Saturday's
// scheduled match" is no subject of "scheduled").
func possessiveSubjectPast(text, lower string, end int) string {
	at := end // where rest starts in text
	switch rest := lower[end:]; {
	case strings.HasPrefix(rest, "'s "):
		at += len("'s ")
	case strings.HasPrefix(rest, "’s "):
		at += len("’s ")
	default:
		return ""
	}
	rest := lower[at:min(len(lower), end+48)]
	for n := 1; n <= 3; n++ {
		j := 0
		for j < len(rest) && isLower(rest[j]) {
			j++
		}
		if j == 0 {
			return ""
		}
		t, ok := tenseOf(text[at:at+j], rest[:j])
		if ok {
			if t == TensePast && n > 1 {
				return rest[:j]
			}
			return ""
		}
		if j == len(rest) || rest[j] != ' ' {
			return ""
		}
		rest, at = rest[j+1:], at+j+1
	}
	return ""
}

// rateMoves are the moves of a rate that a month may date.
var rateMoves = map[string]bool{"cut": true, "cuts": true, "hike": true, "hikes": true, "increase": true, "increases": true, "reduction": true}

// rateMove returns the words that make the month at lower[start:end] the
// month of a rate's move: "a cut in December", "a rate hike in March", "a
// December rate cut"; "" otherwise.
func rateMove(lower string, start, end int) string {
	if prevWord(lower, start) == "in" {
		if n := prevWord(lower, prevWordStart(lower, start)); rateMoves[n] {
			return n + " in"
		}
	}
	rest := strings.Fields(lower[end:min(len(lower), end+24)])
	if len(rest) > 0 && rateMoves[strings.Trim(rest[0], ".,;")] {
		return "… " + rest[0]
	}
	if len(rest) > 1 && (rest[0] == "rate" || rest[0] == "interest") && rateMoves[strings.Trim(rest[1], ".,;")] {
		return "… rate " + rest[1]
	}
	return ""
}

// untilWeekdayPerfect reports whether the weekday at lower[start:end]
// ends a term ("until", "till", "through") that a verb in the present
// perfect of its clause sets: "have waived change fees through Sunday".
func untilWeekdayPerfect(lower string, start, end int) bool {
	if w := prevWord(lower, start); w != "until" && w != "till" && w != "through" && w != "from" || !namesWeekday(lower[start:end]) {
		return false
	}
	found := false
	// (a span's start too, and past the comma before ", from": "have
	// called a 24-hour national strike from 9pm on Thursday until 9pm on
	// Friday", "has suspended flight operations for 21 hours, from noon
	// on Sunday till 9am on Monday")
	wordsBack(lower, prevWordStart(lower, start), 14, func(k int, w string, at int) bool {
		if seg := lower[at:start]; strings.ContainsAny(seg, ",;.") {
			c := strings.IndexAny(seg, ",;.")
			if seg[c] != ',' || !strings.HasPrefix(seg[c:], ", from ") || strings.ContainsAny(seg[c+1:], ",;") {
				return true
			}
		}
		if w == "has" || w == "have" || w == "'ve" {
			found = true
			return true
		}
		return false
	})
	return found
}

// namesWeekday reports whether s (lower case) holds a weekday's name.
func namesWeekday(s string) bool {
	return anyWord(s, ".,", func(w string) bool { return weekdays[w] != 0 })
}

// anyWord reports whether a word of s, with the bytes of cut trimmed from
// its ends, satisfies ok.
func anyWord(s, cut string, ok func(w string) bool) bool {
	// (split at ASCII spaces without a slice: strings.Fields allocates)
	for i := 0; i < len(s); {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !isSpaceByte(s[j]) {
			j++
		}
		if j > i && ok(strings.Trim(s[i:j], cut)) {
			return true
		}
		i = j
	}
	return false
}

// withAfterFuture reports whether the date at start stands in a phrase
// opened by ", with" after a clause with "will" in its sentence: "will
// premiere on Nov. 20, with new episodes released weekly through
// Christmas Day", "will strike from 9pm on Thursday, the union said on
// Monday, with minimum services guaranteed between 6am and 9am on Friday".
func withAfterFuture(text, lower string, start int) bool {
	lo := max(0, start-300)
	// Most clauses have no ", with " before the date at all: that is
	// quicker to find out than the last comma (which is all that follows
	// looks at; ", with " at it ends by start+6).
	if !strings.Contains(lower[lo:min(len(lower), start+6)], ", with ") {
		return false
	}
	// the last comma before the date opens the phrase (not "..., with a
	// report due in 2028, the minister said on Friday")
	k := strings.LastIndexByte(lower[lo:start], ',')
	if k < 0 || !strings.HasPrefix(lower[lo+k:], ", with ") {
		return false
	}
	k += lo
	if strings.IndexByte(lower[k:start], ';') >= 0 {
		return false
	}
	for i := start - 1; i > k; i-- {
		if endsSentence(text, i) {
			return false
		}
	}
	for i := k - 1; i > lo; i-- {
		if endsSentence(text, i) {
			lo = i
			break
		}
	}
	before := lower[lo:k]
	return strings.Contains(before, " will ") || strings.Contains(before, "'ll ")
}

// presentRelative returns the verb of a relative clause in the present
// that runs from the pronoun at lower[j:i] ("that", "which", "who") to the
// date at start, or "": the word after the pronoun is a third-person -s
// form ("begins", "funds", "leaves") and no verb follows it, as one would
// a plural noun ("that funds were diverted"); "that" must follow a noun,
// not a verb ("said that funds ...").
func presentRelative(text, lower string, j, i, start int) string {
	a := i
	for a < start && lower[a] == ' ' {
		a++
	}
	b := a
	for b < start && isLower(lower[b]) {
		b++
	}
	v := lower[a:b]
	if b == a || b >= start || lower[b] != ' ' || !isLower(text[a]) || len(v) < 4 || v[len(v)-1] != 's' ||
		strings.HasSuffix(v, "ss") || strings.HasSuffix(v, "us") || strings.HasSuffix(v, "is") || v == "does" {
		return ""
	}
	if _, ok := tenseOf(v, v); ok {
		return ""
	}
	if next, _ := wordAfter(lower, b); next != "" {
		if _, ok := tenseOf(next, next); ok || next == "are" || next == "have" || next == "will" || modalWords[next] {
			return "" // "that funds were diverted": a noun
		}
	}
	if lower[j:i] == "that" {
		p := prevWord(lower, j)
		if _, ok := tenseOf(p, p); ok || p == "" || reportingVerbs[p] || p == "so" || p == "such" || p == "now" || determinerWords.has(p) {
			return ""
		}
	}
	return v
}

// forecastPast reports whether "forecast" at lower[j:] is the verb's past
// (its past is its base): after "had", "has" or "have", or after a
// subject in the singular, a name or a noun not in -s, where the present
// would be "forecasts" ("Nvidia forecast", "the chipmaker forecast"; not
// "analysts forecast", "to forecast", "will forecast", "its forecast").
func forecastPast(text, lower string, j int) bool {
	p := prevWord(lower, j)
	switch {
	case p == "had" || p == "has" || p == "have":
		return true
	case p == "" || strings.HasSuffix(p, "s") || determinerWords.has(p) || modalWords[p] || forecastNoun[p] || p == "to" || p == "not" || p == "than" ||
		prepositions[p] || isDigit(p[0]) || strings.HasSuffix(p, "ly"):
		return false
	}
	k := prevWordStart(lower, j)
	if k > 0 && text[k-1] == '-' {
		return false // "its full-year forecast": a noun
	}
	if t, ok := tenseOf(text[k:k+len(p)], p); ok && t != TenseUnknown {
		return false // "said forecast ...", "will forecast"
	}
	return true
}

// withLeft reports whether "left" at lower[j:] means remaining, in "with
// <noun phrase> left": "with meetings left on", "with two games left in";
// not "with officials who left".
func withLeft(lower string, j int) bool {
	return withBefore(lower, j, 5, 1)
}

// withBefore reports whether "with" opens the phrase that ends at at: it
// stands within n words back and after at least skip words of the
// phrase, and no word between has a tense or is a relative pronoun
// (withLeft; countdownUntil's "With less than eight weeks until").
func withBefore(lower string, at, n, skip int) bool {
	found := false
	wordsBack(lower, at, n, func(k int, w string, _ int) bool {
		if w == "with" {
			found = k >= skip
			return true
		}
		_, ok := tenseOf(w, w)
		return ok || w == "who" || w == "which" || w == "that"
	})
	return found
}

// reportAfter returns the noun of a data report that the month ending at
// end modifies, after up to one more word ("December jobs report",
// "October inflation data", "September CPI reading"), or "".
func reportAfter(lower string, end int) string {
	k := end
	for n := 0; n < 3; n++ { // ("the January consumer price report")
		w, e := wordAfter(lower, k)
		if w == "" {
			return ""
		}
		if dataNouns.has(w) && w != "index" && w != "estimate" {
			return w
		}
		k = e
	}
	return ""
}

// gaveUntil reports whether "until" at lower[j:] closes "gave <someone>
// until": a term granted, which lies ahead of the granting ("gave the
// department until Wednesday to explain"), unless "had" tells it is over.
func gaveUntil(lower string, j int) bool {
	found := false
	wordsBack(lower, j, 6, func(k int, w string, at int) bool {
		switch w {
		case "gave", "give", "gives", "given", "giving":
			// (not a term the story has overtaken: "had given the board
			// until 5 p.m. Tuesday to act")
			found = k > 0 && prevWord(lower, prevWordStart(lower, at)) != "had"
			return true
		}
		_, verb := tenseOf(w, w)
		return verb
	})
	return found
}

// countdownUntil reports whether "until" at lower[j:] counts down to a
// date, in "with <amount> until": "With less than eight weeks until
// Election Day, Democrats lead" (not "was jailed for 10 days until
// Friday").
func countdownUntil(lower string, j int) bool {
	switch prevWord(lower, j) {
	case "days", "weeks", "months", "hours", "day", "week", "month":
	default:
		return false
	}
	return withBefore(lower, prevWordStart(lower, j), 4, 0)
}
