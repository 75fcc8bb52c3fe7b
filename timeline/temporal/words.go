package temporal

import (
	"regexp"
	"sort"
	"strings"
)

// The word lists every pattern and every extract function shares. Each list
// is defined once, as a map from the written form to its meaning; patterns
// are built from the maps' keys (alternation), so adding a spelling here adds
// it everywhere.

// months maps month names and their news abbreviations to 1..12.
var months = map[string]int{
	"january": 1, "jan": 1, "jan.": 1,
	"february": 2, "feb": 2, "feb.": 2,
	"march": 3, "mar": 3, "mar.": 3,
	"april": 4, "apr": 4, "apr.": 4,
	"may":  5,
	"june": 6, "jun": 6, "jun.": 6,
	"july": 7, "jul": 7, "jul.": 7,
	"august": 8, "aug": 8, "aug.": 8,
	"september": 9, "sept": 9, "sept.": 9, "sep": 9, "sep.": 9,
	"october": 10, "oct": 10, "oct.": 10,
	"november": 11, "nov": 11, "nov.": 11,
	"december": 12, "dec": 12, "dec.": 12,
}

// weekdays maps weekday names to ISO numbers (Monday 1 .. Sunday 7).
var weekdays = map[string]int{
	"monday": 1, "mon.": 1,
	"tuesday": 2, "tue.": 2, "tues.": 2,
	"wednesday": 3, "wed.": 3,
	"thursday": 4, "thu.": 4, "thur.": 4, "thurs.": 4,
	"friday": 5, "fri.": 5,
	"saturday": 6, "sat.": 6,
	"sunday": 7, "sun.": 7,
}

// weekdayShort are the abbreviations of weekdays (weekdays' keys less
// their dot) that a capital and "this", "next" or "last" make a day when
// written without the dot: "this Thu", "next Fri". "Sat" and "Sun" are
// words of their own.
var weekdayShort = func() map[string]bool {
	m := map[string]bool{}
	for w := range weekdays {
		if a, ok := strings.CutSuffix(w, "."); ok && a != "sat" && a != "sun" {
			m[a] = true
		}
	}
	return m
}()

// seasons maps season names to their TIMEX3 codes.
var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}

// seasonStart is the month each season begins in (meteorological seasons,
// northern hemisphere); winter belongs to the year of its December.
var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// numbers maps number words to their values ("a" and "an" count as one).
var numbers = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
	"twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"a couple of": 2, "a pair of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
}

// fractions are amounts of less than one unit: "half an hour", "a
// quarter of an hour".
var fractions = map[string]float64{
	"half": 0.5, "a half": 0.5, "quarter": 0.25, "a quarter": 0.25,
	"three quarters": 0.75, "three-quarters": 0.75,
}

// vagueNumbers are quantities that give an unspecified amount: "a few
// weeks" is PXW.
var vagueNumbers = map[string]bool{
	"a few": true, "few": true, "several": true, "some": true, "many": true,
	"a number of": true,
}

// ordinals maps ordinal words and figures to their values.
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
	"twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27,
	"twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31,
	"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7,
	"8th": 8, "9th": 9, "10th": 10, "11th": 11, "12th": 12, "13th": 13,
	"14th": 14, "15th": 15, "16th": 16, "17th": 17, "18th": 18, "19th": 19,
	"20th": 20, "21st": 21,
}

// unit describes a calendar unit as written ("week", "weeks", "fortnight").
type unit struct {
	grain Grain
	code  string // duration designator: "D", "W", "M", "Y", "Q", "H", "TH" (hours), ...
	n     int    // how many of code it stands for ("decade" = 10 Y)
}

// units maps unit words (singular and plural) to their meaning.
var units = map[string]unit{
	"second": {GrainTime, "TS", 1}, "seconds": {GrainTime, "TS", 1},
	"minute": {GrainTime, "TM", 1}, "minutes": {GrainTime, "TM", 1},
	"min": {GrainTime, "TM", 1}, "mins": {GrainTime, "TM", 1},
	"hour": {GrainTime, "TH", 1}, "hours": {GrainTime, "TH", 1},
	"hr": {GrainTime, "TH", 1}, "hrs": {GrainTime, "TH", 1},
	"day": {GrainDay, "D", 1}, "days": {GrainDay, "D", 1},
	"week": {GrainWeek, "W", 1}, "weeks": {GrainWeek, "W", 1},
	"fortnight": {GrainWeek, "W", 2}, "fortnights": {GrainWeek, "W", 2},
	"month": {GrainMonth, "M", 1}, "months": {GrainMonth, "M", 1},
	"quarter": {GrainQuarter, "Q", 1}, "quarters": {GrainQuarter, "Q", 1},
	"year": {GrainYear, "Y", 1}, "years": {GrainYear, "Y", 1},
	"yr": {GrainYear, "Y", 1}, "yrs": {GrainYear, "Y", 1},
	"qtr": {GrainQuarter, "Q", 1}, "qtrs": {GrainQuarter, "Q", 1},
	"decade": {GrainDecade, "Y", 10}, "decades": {GrainDecade, "Y", 10},
	"century": {GrainCentury, "Y", 100}, "centuries": {GrainCentury, "Y", 100},
}

// partsOfDay maps words for parts of the day to TIMEX3 codes.
var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
	"overnight": "NI", "tonight": "NI", "lunchtime": "MI",
}

// wireZones are the time zones after which a four-figure number is a
// clock time, as wire copy writes it: "0200 GMT", "1540 BST", "1800 CET",
// "0930 local time". Not the two-letter ones: "2000 MT of wheat" is
// tonnes, "Smith 2019 et al." a citation; nor "GST", a tax. Written in
// capitals in the text ("in 2000 eat less" is no time), but "local time".
var wireZones = map[string]bool{
	"gmt": true, "utc": true, "bst": true, "ist": true, "cet": true, "cest": true, "eet": true,
	"eest": true, "msk": true, "eat": true, "wat": true, "sast": true, "jst": true, "kst": true,
	"hkt": true, "sgt": true, "pht": true, "wib": true, "brt": true, "est": true, "edt": true,
	"cst": true, "cdt": true, "mst": true, "mdt": true, "pst": true, "pdt": true, "hst": true,
	"akst": true, "akdt": true, "aest": true, "aedt": true, "awst": true, "acst": true,
	"nzst": true, "nzdt": true, "local time": true,
}

// setWords are adverbs and adjectives of frequency: "monthly" is P1M.
var setWords = map[string]string{
	"hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
	"biweekly": "P2W", "monthly": "P1M", "quarterly": "P1Q", "annually": "P1Y",
	"yearly": "P1Y", "fortnightly": "P2W",
}

// mods maps modifier words to TIMEX3 mod values.
var mods = map[string]string{
	"early": "START", "earlier": "START", "beginning": "START", "start": "START",
	"late": "END", "later": "END", "end": "END", "close": "END",
	"mid": "MID", "middle": "MID",
	"about": "APPROX", "around": "APPROX", "roughly": "APPROX", "some": "APPROX",
	"approximately": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
	"less than": "LESS_THAN", "under": "LESS_THAN", "up to": "EQUAL_OR_LESS",
	"more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
	"at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
}

// easter returns Easter Sunday of year y (the anonymous Gregorian
// algorithm).
func easter(y int) (month, day int) {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month = (h + l - 7*m + 114) / 31
	day = (h+l-7*m+114)%31 + 1
	return month, day
}

// eventDays are days of the year that news uses as the name of one event,
// with that event's year: "the Jan. 6 attack" is 6 January 2021, "the
// Sept. 11 attacks" 11 September 2001, "the Oct. 7 massacre" 7 October
// 2023. Only before a noun of eventNouns; elsewhere ("on Jan. 6 Congress
// meets") the day takes its year as any date does.
var eventDays = map[[2]int]int{{1, 6}: 2021, {9, 11}: 2001, {10, 7}: 2023}

// eventNouns, after a day of eventDays, make it the name of the event.
var eventNouns = map[string]bool{
	"attack": true, "attacks": true, "attackers": true, "riot": true, "riots": true,
	"rioters": true, "insurrection": true, "massacre": true, "massacres": true,
	"committee": true, "commission": true, "hearings": true, "defendants": true,
	"prosecutions": true, "pardons": true, "assault": true, "terror": true,
	"terrorist": true, "hostages": true, "victims": true, "atrocities": true,
	"raid": true, "onslaught": true, "incursion": true, "memorial": true,
}

// planNames, capitalised before a year, make the year part of the name of
// a plan or a programme ("Project 2025", "Vision 2030", "Agenda 2063",
// "Horizon 2020"): the figure is a title, not the time of what is told.
var planNames = map[string]bool{
	"project": true, "vision": true, "agenda": true, "horizon": true, "mission": true,
	"strategy": true, "plan": true, "programme": true, "program": true,
}

// weekdayTitleWords, capitalised after a capitalised weekday and part of
// the day, make them the title of a show: "Saturday Night Live", "Monday
// Night Football", "Friday Night Lights", "Saturday Night Fever".
var weekdayTitleWords = map[string]bool{
	"live": true, "football": true, "lights": true, "fever": true, "raw": true,
	"baseball": true, "smackdown": true, "fights": true, "countdown": true,
}

// decadeWords name the decades of the 20th century ("the nineties").
var decadeWords = map[string]int{
	"twenties": 192, "thirties": 193, "forties": 194, "fifties": 195, "sixties": 196,
	"seventies": 197, "eighties": 198, "nineties": 199,
}

// alt builds a regexp alternation of a map's keys in which a longer key is
// tried before any key it extends, so that "september" is tried before
// "sept." and "sep". The keys are laid out as a trie
// ("(?:j(?:u(?:ly|ne|[ln])|...)|...)"): Go's backtracker tries the
// branches of an alternation one by one, and a word that is no key is then
// turned away at its first letter instead of at each of the ~30 keys.
// Two keys can both match at one place only when one extends the other, and
// the trie tries the longer first, so the pattern matches as the plain
// alternation sorted longest first would.
func alt[V any](m map[string]V) string {
	root := &trieNode{}
	for k := range m {
		n := root
		for _, r := range k {
			sym := regexp.QuoteMeta(string(r))
			switch r {
			case ' ':
				sym = `\s+`
			case '\'':
				sym = `['’]`
			case '’':
				panic("temporal: alt: write the apostrophe of " + k + " as '") // it would overlap ['’]
			}
			n = n.child(sym)
		}
		n.end = true
	}
	return root.pattern()
}

// trieNode is a node of alt's trie: the symbols (a letter, \s+, ['’]) that
// may follow, and whether a key ends here.
type trieNode struct {
	next map[string]*trieNode
	end  bool
}

func (n *trieNode) child(sym string) *trieNode {
	if n.next == nil {
		n.next = map[string]*trieNode{}
	}
	c := n.next[sym]
	if c == nil {
		c = &trieNode{}
		n.next[sym] = c
	}
	return c
}

// pattern returns the regexp of the keys' remainders below n. The branches
// start with distinct symbols, which match distinct characters, so their
// order does not matter; ending here comes after them (a greedy "?").
func (n *trieNode) pattern() string {
	syms := keysOf(n.next)
	sort.Strings(syms)
	branches := make([]string, len(syms))
	for i, s := range syms {
		branches[i] = s + n.next[s].pattern()
	}
	switch {
	case len(branches) == 0:
		return ""
	case len(branches) == 1 && !n.end:
		return branches[0]
	case !n.end:
		return "(?:" + strings.Join(branches, "|") + ")"
	}
	return "(?:" + strings.Join(branches, "|") + ")?"
}

// norm lower-cases a matched word and folds curly apostrophes and inner
// whitespace, so that it can be looked up in the maps above.
func norm(s string) string {
	upper, spaced := false, false
	for i := 0; i < len(s) && !spaced; i++ {
		c := s[i]
		upper = upper || 'A' <= c && c <= 'Z'
		spaced = c == 0xE2 || c == '\t' || c == '\n' || c == ' ' && (i+1 == len(s) || s[i+1] == ' ' || i == 0)
	}
	switch {
	case !upper && !spaced:
		return s // the common case: no allocation
	case !spaced:
		return strings.ToLower(s) // a capital only ("Monday"): no split and join
	}
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	return strings.Join(strings.Fields(s), " ")
}

// keyFilter has one bit per wordKey: set for each word of a set or a
// map, it tells most words that are not in it apart without hashing them
// (the sets and maps the rules and the tense reader ask about the words
// around an expression, which are mostly not in them).
type keyFilter [wordKeys / 64]uint64

// wordKeys is the number of bits of a keyFilter.
const wordKeys = 1024

// wordKey hashes a word of one byte or more, by its length and its first
// and last bytes, to a bit of a keyFilter.
func wordKey(w string) uint {
	return (uint(len(w)) + 37*uint(w[0]) + 101*uint(w[len(w)-1])) % wordKeys
}

// filterOf returns the keyFilter of the (non-empty) keys of m.
func filterOf[V any](m map[string]V) (f keyFilter) {
	for w := range m {
		if w != "" {
			k := wordKey(w)
			f[k/64] |= 1 << (k % 64)
		}
	}
	return f
}

// may reports whether the non-empty word w may be a key: false means it
// is not.
func (f *keyFilter) may(w string) bool {
	k := wordKey(w)
	return f[k/64]&(1<<(k%64)) != 0
}

// wordSet is a set of words with a keyFilter before its map.
type wordSet struct {
	keys  keyFilter
	words map[string]bool
}

// newWordSet makes the set of the words m maps to true.
func newWordSet(m map[string]bool) wordSet {
	return wordSet{keys: filterOf(m), words: m}
}

// has reports whether w is in the set (words[w]).
func (s *wordSet) has(w string) bool {
	if w != "" && !s.keys.may(w) {
		return false
	}
	return s.words[w]
}

// lookupMonth accepts "Sept." and "Sept" alike.
func lookupMonth(s string) int {
	s = norm(s)
	if m := monthOf(s); m != 0 {
		return m
	}
	return monthOf(strings.TrimSuffix(s, "."))
}

// monthKeys is the keyFilter of months: monthOf reads the map only for
// a word it may hold, which most words the rules ask about ("Tuesday",
// "2024", "last week") are not.
var monthKeys = filterOf(months)

// monthOf is months[w] (1..12, or 0: no month).
func monthOf(w string) int {
	if w == "" || !monthKeys.may(w) {
		return 0
	}
	return months[w]
}

// abbreviations end with a dot that does not end a sentence: titles,
// company forms, month abbreviations ("Sept. 30"; after a full name, "in
// August.", the dot ends the sentence), the states of AP style ("Birmingham,
// Ala., ..."), and a few more. Words that also end sentences as words
// ("ill.", "miss.", "mass.") are left out. The sentence splitter of package
// timeline uses the same list, through Abbreviation.
var abbreviations = newWordSet(map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "col": true, "lt": true, "sgt": true, "st": true, "jr": true,
	"sr": true, "inc": true, "corp": true, "co": true, "ltd": true, "vs": true, "no": true,
	"rev": true, "pres": true, "gens": true, "sens": true, "reps": true, "messrs": true,
	"capt": true, "cmdr": true, "maj": true, "adm": true, "cpl": true, "pvt": true, "mt": true, "ft": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"u.s": true, "u.k": true, "u.n": true, "e.g": true, "i.e": true, "a.m": true, "p.m": true,
	"ala": true, "ariz": true, "ark": true, "calif": true, "colo": true, "conn": true, "del": true,
	"fla": true, "ga": true, "ind": true, "kan": true, "kans": true, "ky": true, "la": true, "md": true,
	"mich": true, "minn": true, "mo": true, "mont": true, "neb": true, "nev": true, "okla": true,
	"ore": true, "pa": true, "tenn": true, "tex": true, "vt": true, "va": true, "wash": true,
	"wis": true, "wyo": true,
})

// Abbreviation reports whether the word w, written before a dot, is a known
// abbreviation (case does not matter): "Sept", "Calif", "Gov".
func Abbreviation(w string) bool { return abbreviations.has(strings.ToLower(w)) }

// ClockEnds reports whether the dot at text[dot], the last of "a.m." or
// "p.m.", also ends the sentence: it does before a capital that starts no
// weekday, month or time zone ("at 8:15 a.m. Prime Minister Ishiba
// attended"), not before one that does ("10 a.m. Monday", "9 a.m. ET").
func ClockEnds(text string, dot int) bool { return clockEndsSentence(text, dot) }
