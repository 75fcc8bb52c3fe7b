package temporal

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"time"
	"unsafe"
)

// How Tag works, and why it is fast:
//
//  1. scan: the text is lower-cased once; one pass over the bytes finds
//     word starts and looks each word up in the lexicon (a word of up to
//     seven letters by its bytes read as one number, a longer one after a
//     cheap two-letter/length filter), keeping only the words it knows:
//     month and weekday names, units, deictic words, figures (with their
//     shape)...
//     Most words cost a table lookup and nothing more. The scan runs just
//     ahead of the matching (lookahead), so a long text never holds more
//     than a few triggers in memory.
//  2. match: at each trigger the rules indexed under it are tried as
//     anchored patterns on a short window of the lower-cased text, but only
//     those whose Needs are met by the words nearby (one AND of bit sets)
//     and whose pattern can go on with the character after the trigger
//     word (nextChars: "the" wakes few rules before "strikes");
//     the longest match whose extract function accepts it wins, and
//     scanning resumes after it. Weak triggers ("the", "a", "last") are
//     tried only when a strong one (a month, a unit, a figure) follows
//     within a few words.
//  3. refine: passes over the candidates, in this order: dropQuotedTitles
//     ("The Day After Tomorrow", a film), holidayDatedBy
//     ("Easter on May 5"), dayRanges ("March 18-19"), joinDayAndTime
//     ("Tuesday at 3 p.m."), joinTimeAndDay ("8 tonight"), extendZone
//     ("5pm Irish time"), joinTimeAndDate ("7 p.m. on Monday, Feb. 2"),
//     joinTimeOnDay ("12.30pm on Good Friday"), joinTimeAndStoryDay ("1pm
//     that day"), unitsOn ("A year on,"), clockBeforeNounDay ("a 4:25 p.m.
//     kickoff on Sunday"), periodEnding ("the quarter ended Sept. 30"),
//     extendBounds ("as early as next week"), joinDurations ("6 minutes
//     23 seconds"), dropOverlaps,
//     clockBeforeBracketDay ("at 13:38 local time (08:08 GMT) on
//     Thursday"), monthStartingYear ("to September starting in 2027"),
//     decadeBeforeNoun ("the 1970s police drama"), joinThatYear ("on 1 May
//     that year").
//  4. resolve: left to right, each candidate is resolved by Resolve against
//     the publication date, its clause's tense and the last date mentioned
//     (which it then becomes, if it is a placeable date).

// maxSpan bounds the window a pattern may match in.
const maxSpan = 64

// needReach is how far from a trigger the words a rule Needs are looked
// for: the key word of an expression comes early ("the fourth quarter of
// 1998", "more than two thousand years ago").
const needReach = 28

// entry is what the lexicon knows about a word: the rules that may start
// at it, and whether it is a strong trigger.
type entry struct {
	rules []*rule
	// next[i] holds the characters that may follow the word (and the
	// spaces after it) in a match of rules[i] (see nextChars); nil for
	// figures. It is worked out the first time the word is met
	// (follows), not at start-up: a short run meets few of the words.
	word     string
	next     []charSet
	try      []ruleTry // the rules beside next and their Needs, for matchAt
	nextOnce sync.Once
	core     bool
	class    uint64 // bit set of the classes and Needs words it belongs to
}

var (
	lexicon     = map[string]*entry{}
	digitsEntry = &entry{core: true}
	// Shapes of figures, for rule Needs: "</>" is a figure followed by a
	// slash (6/12/2024), "<yyyy>" a figure of four digits; "<->" is also
	// set on a trigger word followed by a hyphen ("year-long").
	shapeNames = map[byte]string{'/': "</>", '-': "<->", ':': "<:>", 's': "<s>", '\'': "<s>", '.': "<.>"}
	shapeBits  = map[byte]uint64{}
	yyyyBit    uint64
	// numDateBit marks a figure followed by a separator, a figure and the
	// same separator again: 10-31-74, 10.31.1974 (not 3.5 nor 10-year).
	numDateBit uint64
)

// coreWords are strong triggers besides the word-list classes.
var coreWords = []string{
	"today", "yesterday", "tomorrow", "tonight", "now", "currently", "current", "recently",
	"recent", "previously", "formerly", "lately", "soon", "future", "past", "ago", "noon",
	"midnight", "midday", "q", "fiscal", "fy", "nowadays", "presently", "weekend", "coming", "half",
	"latest", "period", "present", "upcoming", "season", "seasons", "nineteen", "thousand", "moment",
	"weekends", "daylong", "weeklong", "monthlong", "yearlong", "hourlong", "eom", "eoy",
}

// classWords lists the words of each trigger class named in rule Starts.
func classWords() map[string][]string {
	words := func(keys []string) []string {
		var out []string
		for _, k := range keys {
			w := strings.TrimSuffix(strings.FieldsFunc(k, func(r rune) bool { return r == ' ' || r == '-' || r == '\'' })[0], ".")
			out = append(out, w)
		}
		return out
	}
	c := map[string][]string{
		"<month>": words(keysOf(months)), "<weekday>": words(keysOf(weekdays)),
		"<season>": words(keysOf(seasons)), "<number>": append(words(keysOf(numbers)), "couple", "pair"),
		"<ordinal>": words(keysOf(ordinals)), "<unit>": append(words(keysOf(units)), "h"), // "in 1/4h", "19h30" (hours abbreviated, the European clock)
		"<setword>": words(keysOf(setWords)), "<decadeword>": keysOf(decadeWords),
		"<pod>": words(keysOf(partsOfDay)), "<zone>": words(keysOf(wireZones)),
	}
	c["<holiday>"], c["<holidayword>"], c["<holidaystrong>"] = holidayTriggers()
	for _, w := range keysOf(weekdays) {
		if !strings.HasSuffix(w, ".") {
			c["<weekdays>"] = append(c["<weekdays>"], w+"s")
		}
	}
	for _, w := range []string{"morning", "afternoon", "evening", "night"} {
		c["<pods>"] = append(c["<pods>"], w+"s")
	}
	return c
}

func keysOf[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func init() {
	classes := classWords()
	get := func(w string) *entry {
		e := lexicon[w]
		if e == nil {
			e = &entry{}
			lexicon[w] = e
		}
		return e
	}
	for _, class := range []string{"<month>", "<weekday>", "<weekdays>", "<season>", "<unit>", "<setword>", "<decadeword>", "<pod>"} {
		for _, w := range classes[class] {
			get(w).core = true
		}
	}
	// Holidays are strong triggers only by their uncommon words
	// ("Christmas", "Kippur", "Diwali"): "new", "good", "labor" are too
	// common to wake the rules of the words around them.
	for _, w := range classes["<holidaystrong>"] {
		get(w).core = true
	}
	for _, w := range coreWords {
		get(w).core = true
	}
	defer func() {
		lexWords = newLexTable(len(lexicon))
		for w, e := range lexicon {
			e.word = w
			lexWords.add(e)
			if 0 < len(w) && len(w) <= 8 && letterRun(shortKey(w)) == len(w) {
				lexShort.add(e)
			}
			if w != "" && len(w) < 32 && w[0] >= 'a' && w[0] <= 'z' {
				lexShape[w[0]-'a'][prefix2(w, 0, len(w))] |= 1 << len(w)
				if c := w[len(w)-1]; 'a' <= c && c <= 'z' {
					lexEnd[w[0]-'a'][len(w)] |= 1 << (c - 'a')
				}
			}
		}
	}()
	// Class bits for rule Needs: one bit per class or word named.
	bits := map[string]uint64{}
	bit := func(name string) uint64 {
		b, ok := bits[name]
		if !ok {
			if len(bits) == 64 {
				panic("temporal: more than 64 classes and words in rule Needs")
			}
			b = 1 << len(bits)
			bits[name] = b
			switch {
			case name == "<digits>":
				digitsEntry.class |= b
			case name == "<yyyy>":
				yyyyBit = b
			case name == "<n-n->":
				numDateBit = b
			case len(name) == 3 && name[0] == '<' && name[2] == '>':
				for c, n := range shapeNames {
					if n == name {
						shapeBits[c] |= b
					}
				}
			case strings.HasPrefix(name, "<"):
				for _, w := range classes[name] {
					get(w).class |= b
				}
			default:
				get(name).class |= b
			}
		}
		return b
	}
	for _, r := range rules {
		for _, need := range r.Needs {
			var set uint64
			for _, name := range strings.Split(need, "|") {
				set |= bit(name)
			}
			r.need = append(r.need, set)
		}
	}
	for _, r := range rules {
		// Patterns are lower case and run on a lower-cased copy of the
		// text: case folding in the regexp engine would cost more.
		// endWords spares the backtracker work that cannot succeed.
		r.re = regexp.MustCompile(endWords(`^(?:` + r.Pattern + `)`))
		if re, err := syntax.Parse(r.re.String(), syntax.Perl); err == nil {
			r.lit = mustContain(re)
		}
		for _, s := range r.Starts {
			targets := []*entry{}
			switch {
			case s == "<digits>":
				targets = append(targets, digitsEntry)
			case strings.HasPrefix(s, "<"):
				ws, ok := classes[s]
				if !ok {
					panic("temporal: rule " + r.Name + ": unknown class " + s)
				}
				for _, w := range ws {
					targets = append(targets, get(w))
				}
			default:
				targets = append(targets, get(s))
			}
			for _, e := range targets {
				if len(e.rules) == 0 || e.rules[len(e.rules)-1] != r {
					e.rules = append(e.rules, r)
				}
			}
		}
	}
}

// trigger is a word of the text the lexicon knows.
type trigger struct {
	start, end int
	e          *entry
	class      uint64 // e.class, and for a figure its shape
}

// candidate is an extracted, not yet resolved, expression.
type candidate struct {
	start, end int
	spec       Spec
	rule       *rule
	anchorNext bool // narrative, anchored on the next candidate (see periodEnding)
	// rangeYear: the bare figure of a range of days (ranges.go) takes its
	// year from the date beside it, before it or after it.
	rangeYear bool
	// rangeDay: a clock time that starts a range of times takes the day
	// of the time that ends it ("between 10 a.m. and 2 p.m. Tuesday").
	rangeDay bool
	// nounDay: a clock time before the noun of its event takes the day
	// named after the noun ("a 4:25 p.m. kickoff on Sunday").
	nounDay bool
	// bracketDay: a clock time followed by its conversion in brackets and
	// a day ("at 13:38 local time (08:08 GMT) on Thursday") takes the day
	// of the candidate this many places ahead (2 for the first time, 1
	// for the one in brackets); 0 for none.
	bracketDay int
	// clockOf: the clock time before a narrative day ("1pm that day", "at
	// 9 a.m. the next day"): the day is read, then the time put on it.
	clockOf *Spec
	// datedByNext: a holiday the next expression dates ("Easter on May 5",
	// "Anant Chaturdashi, September 6") takes its day.
	datedByNext bool
	// unitsOn: "Eighty years on," (unitsOn), which is never after the
	// time of publication.
	unitsOn bool
	// storyYear: a day and month or a month joined to "that year" ("on 1
	// May that year", "in March of that year"): in the year of the last
	// date mentioned.
	storyYear bool
}

// leansOnNext reports whether c is read with the next candidate: the
// first end of a range, or a clock time before its event's noun and day.
func (c *candidate) leansOnNext() bool {
	return c.rule == rangeStartRule || c.rangeDay || c.nounDay
}

// Tag finds the temporal expressions in text and resolves them. The result
// is sorted by Start and its expressions do not overlap.
func Tag(text string, opt Options) []Timex {
	lower := lowerASCII(text)
	buf := candidatePool.Get().(*[]candidate)
	cands := extract(text, lower, (*buf)[:0])
	defer func() {
		// The candidates go back to the pool cleared, so that they hold
		// no text (nor anything else) of this call for the collector.
		clear(cands[:cap(cands)])
		*buf = cands[:0]
		candidatePool.Put(buf)
	}()
	if len(cands) == 0 {
		return nil
	}
	for _, refine := range refiners {
		cands = refine(text, cands)
	}
	return resolveAll(text, lower, cands, opt)
}

// candidatePool holds the candidates' slices of past Tag calls, for the
// next calls to reuse: at 424 bytes a candidate, the slice of a long text
// was two fifths of what Tag allocated, and so of the collector's work.
var candidatePool = sync.Pool{New: func() any { return new([]candidate) }}

// lexWords holds the entries of the lexicon for the scanner, which looks a
// word up every few bytes of text: an open-addressing table, hashed with
// FNV-1a, finds a short word at a fraction of the cost of a Go map.
var lexWords lexTable

type lexTable struct {
	slots []*entry // a power of two of them, at most a quarter used; nil is free
}

func newLexTable(n int) lexTable {
	size := 1
	for size < 4*n {
		size *= 2
	}
	return lexTable{slots: make([]*entry, size)}
}

func wordHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}

// add puts e in the table under e.word.
func (t lexTable) add(e *entry) {
	mask := uint32(len(t.slots) - 1)
	i := wordHash(e.word) & mask
	for t.slots[i] != nil {
		i = (i + 1) & mask
	}
	t.slots[i] = e
}

// get returns the entry of the word w, or nil.
func (t lexTable) get(w string) *entry {
	mask := uint32(len(t.slots) - 1)
	for i := wordHash(w) & mask; ; i = (i + 1) & mask {
		if e := t.slots[i]; e == nil || e.word == w {
			return e
		}
	}
}

// lexShape[a][b] has bit n set when the lexicon holds a word of n letters
// starting with the letters a, b (b = 26: a one-letter word): a cheap test
// that spares the map lookup for most words of the text.
var lexShape [26][27]uint32

// lexEnd[a][n] has bit c set when the lexicon holds a word of n letters
// starting with a and ending with the letter c: a second test, as cheap,
// that keeps the holiday names (hundreds of rare shapes) from sending
// common words to the map.
var lexEnd [26][32]uint32

// yearShaped reports whether a run of digits could be a year: four of
// them, from 1000 to 2999.
func yearShaped(digits string) bool {
	return len(digits) == 4 && (digits[0] == '1' || digits[0] == '2')
}

func prefix2(lower string, i, j int) int {
	if j-i < 2 {
		return 26
	}
	c := lower[i+1]
	if c < 'a' || c > 'z' {
		return 26
	}
	return int(c - 'a')
}

// laterGoesOn are words after "later" that make it part of a longer
// phrase: "two hours later in the day", "later that night".
var laterGoesOn = map[string]bool{"in": true, "that": true, "this": true, "on": true, "than": true, "the": true}

// lowerASCII lower-cases ASCII letters only, so that offsets into the
// result are offsets into text.
func lowerASCII(text string) string {
	if len(text) == 0 {
		return ""
	}
	b := make([]byte, len(text))
	i := 0
	for ; i+32 <= len(b); i += 32 { // eight bytes at a time (wordscan.go), four times a turn
		s, d := text[i:i+32], b[i:i+32]
		binary.LittleEndian.PutUint64(d, lower8(load64(s)))
		binary.LittleEndian.PutUint64(d[8:], lower8(load64(s[8:])))
		binary.LittleEndian.PutUint64(d[16:], lower8(load64(s[16:])))
		binary.LittleEndian.PutUint64(d[24:], lower8(load64(s[24:])))
	}
	for ; i+8 <= len(b); i += 8 {
		binary.LittleEndian.PutUint64(b[i:], lower8(load64(text[i:])))
	}
	for ; i < len(b); i++ {
		b[i] = lowerByte[text[i]] // a table: no branch to mispredict on mixed case
	}
	// b is not written again: the string can share its bytes rather than
	// copy them (a second copy of the text was an eighth of what Tag
	// allocated, and so of the collector's work).
	return unsafe.String(&b[0], len(b))
}

// lowerByte maps each byte to itself, an ASCII capital to its small letter.
var lowerByte = func() (t [256]byte) {
	for i := range t {
		t[i] = byte(i)
		if 'A' <= i && i <= 'Z' {
			t[i] += 'a' - 'A'
		}
	}
	return t
}()

// scanner finds the trigger words of a text, one after the other.
type scanner struct {
	text, lower string // lower is text lower-cased
	i           int    // where the search for the next word starts
}

// next returns the next trigger word of the text; ok is false at its end.
func (s *scanner) next() (t trigger, ok bool) {
	i, j, resume, e := nextWord(s.lower, s.i)
	s.i = resume
	if e == nil {
		return trigger{}, false
	}
	text, lower := s.text, s.lower
	c := lower[i]
	start := i
	if isDigit(c) && i > 0 && text[i-1] == '\'' {
		start = i - 1 // '80s
	} else if isDigit(c) && strings.HasSuffix(text[:i], "’") {
		start = i - len("’")
	}
	class := e.class
	if isDigit(c) {
		if j < len(text) {
			class |= shapeBits[text[j]]
		}
		// Letters glued to a figure count as a word near it: "5pm".
		k := j
		for k < len(text) && isLetter(text[k]) {
			k++
		}
		if suffix := lexWords.get(lower[j:k]); k > j && suffix != nil {
			class |= suffix.class
		}
		if yearShaped(text[i:j]) {
			class |= yyyyBit
		}
		if j < len(text) && (text[j] == '-' || text[j] == '.') {
			k := j + 1
			for k < len(text) && k-j <= 3 && isDigit(text[k]) {
				k++
			}
			if k > j+1 && k < len(text) && text[k] == text[j] {
				class |= numDateBit
			}
		}
	}
	if !isDigit(c) && j < len(text) && text[j] == '-' {
		class |= shapeBits['-'] // "year-long", "mid-2026": a word joined by a hyphen
	}
	if !isDigit(c) && j < len(text) && isDigit(text[j]) {
		// A figure glued to letters counts as near them: "FY2024".
		k := j
		for k < len(text) && isDigit(text[k]) {
			k++
		}
		class |= digitsEntry.class
		if yearShaped(text[j:k]) {
			class |= yyyyBit
		}
	}
	return trigger{start, j, e, class}, true
}

// nextWord finds, from lower[i:] on, the next word the lexicon knows or
// the next figure: lower[start:end], and its entry (nil at the end of the
// text, where start, end and resume are len(lower)). resume is where the
// search for the one after goes on: after the letters and figures glued
// to it. It is the scanner's inner loop, on every word of the text, and
// kept apart from the rest of next, which runs on triggers only, so that
// its few variables stay in registers.
func nextWord(lower string, i int) (start, end, resume int, e *entry) {
	// The words are delimited on lower, where a letter is a-z: one range
	// to test per byte instead of two.
	for i < len(lower) {
		c := lower[i]
		if !isLowerAlnum(c) {
			i++
			continue
		}
		j := i
		if isDigit(c) {
			for j < len(lower) && isDigit(lower[j]) {
				j++
			}
			e = digitsEntry
		} else {
			// A word of up to seven letters, the most of them, ends in the
			// eight bytes at i, which (masked) are its key in lexShort.
			if i+8 <= len(lower) {
				x := load64(lower[i:])
				n := letterRun(x)
				j += n
				if n < 8 {
					e = lexShort.get(x & keyMask[n&7])
				}
			}
			if n := j - i; n == 0 || n == 8 { // a longer word, or the end of the text is near
				j = letterEnd(lower, j)
				if n := j - i; n < 32 && lexShape[lower[i]-'a'][prefix2(lower, i, j)]&(1<<n) != 0 &&
					lexEnd[lower[i]-'a'][n]&(1<<(lower[j-1]-'a')) != 0 {
					e = lexWords.get(lower[i:j])
				}
			}
		}
		k := j
		for k < len(lower) && isLowerAlnum(lower[k]) {
			k++
		}
		if e != nil {
			return i, j, k, e
		}
		i = k
	}
	return len(lower), len(lower), len(lower), nil
}

func isLower(c byte) bool      { return 'a' <= c && c <= 'z' }
func isLowerAlnum(c byte) bool { return isLower(c) || isDigit(c) }

// lookahead holds the triggers scanned ahead of the current one: extract
// looks a few words ahead of each trigger, and so keeps a few triggers, not
// the thousands of a long text.
type lookahead struct {
	scanner
	buf   []trigger
	queue []trigger // the current trigger and those scanned after it: a window on buf
	done  bool      // the scanner has reached the end of the text
}

// upTo returns the current trigger and those after it that start at or
// before end, and perhaps a few more; it is empty at the end of the text.
func (l *lookahead) upTo(end int) []trigger {
	for !l.done && (len(l.queue) == 0 || l.queue[len(l.queue)-1].start <= end) {
		t, ok := l.next()
		if !ok {
			l.done = true
			break
		}
		if len(l.queue) == cap(l.queue) { // the queue has reached the end of buf: move it back to its start
			if 2*len(l.queue) >= len(l.buf) {
				l.buf = make([]trigger, 2*len(l.queue)+16)
			}
			l.queue = l.buf[:copy(l.buf, l.queue)]
		}
		l.queue = append(l.queue, t)
	}
	return l.queue
}

// pop moves on to the next trigger.
func (l *lookahead) pop() { l.queue = l.queue[1:] }

// weakReach is how far after a weak trigger a strong one must start for
// the weak one to be tried.
const weakReach = 28

// extract appends the candidates of the text to out (empty), which it
// makes larger first if need be.
func extract(text, lower string, out []candidate) []candidate {
	trigs := lookahead{scanner: scanner{text: text, lower: lower}}
	if n := len(text)/200 + 1; cap(out) < n { // news has a date every 250 bytes or so
		out = make([]candidate, 0, n)
	}
	pos := 0
	var m match        // scratch space for matchAt
	var c candidate    // matchAt's result
	var bt backtracker // the patterns' working memory
	for ; ; trigs.pop() {
		ahead := trigs.upTo(-1) // the current trigger
		if len(ahead) == 0 {
			return out
		}
		t := ahead[0]
		if t.start < pos || len(t.e.rules) == 0 {
			continue
		}
		ahead = trigs.upTo(max(t.end+weakReach, t.start+needReach))
		if !t.e.core {
			near := false
			for _, u := range ahead[1:] {
				if u.start > t.end+weakReach {
					break
				}
				if u.e.core {
					near = true
					break
				}
			}
			if !near {
				continue
			}
		}
		var reach uint64 // classes of the words a pattern starting here could reach
		for _, u := range ahead {
			if u.start >= t.start+needReach {
				break
			}
			reach |= u.class
		}
		if matchAt(text, lower, t, reach, &m, &c, &bt) {
			out = append(out, c)
			pos = c.end
		}
	}
}

// follows returns e.next, working it out on the first call (safe for
// concurrent Tag calls).
func (e *entry) follows() []charSet {
	if e == digitsEntry {
		return nil
	}
	e.nextOnce.Do(e.prepare)
	return e.next
}

// ruleTry is one of an entry's rules beside what matchAt tests before its
// pattern runs: the rule's Needs, and the characters that may follow the
// word (e.next; all of them for figures). matchAt sweeps a trigger's rules
// in one array, without following a pointer to each rule: a trigger has
// twenty of them, and the two tests turn down nine in ten.
type ruleTry struct {
	need [2]uint64 // the rule's first two Needs, 0 for none
	more []uint64  // its other Needs (no rule has more than two yet)
	next charSet
	r    *rule
}

// nextTry returns the index of the first of tries, from i on, whose
// Needs the words near the trigger meet (reach: their classes) and whose
// pattern may go on with the character after the trigger word (after,
// when known); len(tries) when there is none. It is matchAt's first sweep
// over the rules, apart from matchAt so that its few variables stay in
// registers.
func nextTry(tries []ruleTry, i int, reach uint64, after byte, known bool) int {
	for ; i < len(tries); i++ {
		try := &tries[i]
		if n0, n1 := try.need[0], try.need[1]; n0 != 0 && reach&n0 == 0 || n1 != 0 && reach&n1 == 0 {
			continue // a word the pattern needs is not near
		}
		if known && !try.next.has(after) {
			continue // the pattern cannot go on with this character
		}
		if try.more != nil && !needsMet(try.more, reach) {
			continue
		}
		return i
	}
	return len(tries)
}

// needsMet reports whether each of a rule's Needs (need) meets the
// classes of the words near the trigger (reach).
func needsMet(need []uint64, reach uint64) bool {
	for _, n := range need {
		if n != 0 && reach&n == 0 {
			return false
		}
	}
	return true
}

// tries returns e.tries, working it out (and e.next) on the first call.
func (e *entry) tries() []ruleTry {
	e.nextOnce.Do(e.prepare)
	return e.try
}

// prepare works out e.next (but for figures) and e.try, once.
func (e *entry) prepare() {
	try := make([]ruleTry, len(e.rules))
	var next []charSet
	if e != digitsEntry {
		next = make([]charSet, len(e.rules))
	}
	for i, r := range e.rules {
		try[i] = ruleTry{next: fullCharSet(), r: r}
		copy(try[i].need[:], r.need)
		if len(r.need) > len(try[i].need) {
			try[i].more = r.need[len(try[i].need):]
		}
		// The holiday patterns (thousands of instructions) are left
		// to run wherever a holiday name stands.
		if next != nil && len(r.syntaxProg().Inst) <= maxBacktrackProg {
			next[i] = nextChars(r.syntaxProg(), e.word)
			try[i].next = next[i]
		} else if next != nil {
			next[i] = fullCharSet()
		}
	}
	e.next, e.try = next, try
}

// syntaxProg returns the rule's pattern compiled for nextChars, once.
func (r *rule) syntaxProg() *syntax.Prog {
	r.progOnce.Do(func() {
		re, err := syntax.Parse(r.re.String(), syntax.Perl)
		if err != nil {
			panic(err)
		}
		if r.prog, err = syntax.Compile(re.Simplify()); err != nil {
			panic(err)
		}
	})
	return r.prog
}

// matchAt tries the rules of a trigger and sets c to the longest accepted
// match (the earliest rule in the registry on a tie); m is the match it
// hands to the extract functions, reused from one call to the next.
func matchAt(text, lower string, t trigger, reach uint64, m *match, c *candidate, bt *backtracker) bool {
	window := lower[t.start:min(len(text), t.start+maxSpan)]
	hits := bt.hits[:0]
	bt.reset()
	after, known := byte(0), false
	if t.e != digitsEntry {
		after, known = charAfterWord(window, t.end-t.start)
	}
	tries := t.e.tries()
	for i := nextTry(tries, 0, reach, after, known); i < len(tries); i = nextTry(tries, i+1, reach, after, known) {
		r := tries[i].r
		if !strings.Contains(window, r.lit) {
			continue // a word the pattern needs is not there
		}
		if r.Guard != nil && !r.Guard(window) {
			continue
		}
		loc := r.find(window, bt)
		if loc == nil || loc[1] == 0 || !boundary(text, t.start+loc[1]) {
			continue
		}
		// insert, keeping the longest first and registry order on ties
		i := len(hits)
		hits = append(hits, hit{})
		for i > 0 && hits[i-1].loc[1] < loc[1] {
			hits[i] = hits[i-1]
			i--
		}
		hits[i] = hit{r, loc}
	}
	bt.hits = hits
	for _, h := range hits {
		*m = match{text: text, start: t.start, end: t.start + h.loc[1], names: h.r.re.SubexpNames(), loc: h.loc}
		if s, ok := h.r.Extract(m); ok {
			*c = candidate{start: m.start, end: m.end, spec: s, rule: h.r}
			return true
		}
	}
	return false
}

// charAfterWord returns the first character after the word that opens
// window (n bytes long) and the spaces after it, when the window holds one
// and it is ASCII: what nextChars sets are tested against.
func charAfterWord(window string, n int) (byte, bool) {
	k := n
	for k < len(window) && isSpaceByte(window[k]) {
		k++
	}
	if k < len(window) && window[k] < 128 {
		return window[k], true
	}
	return 0, false
}

// boundary reports whether a match may end at e: not inside a word.
func boundary(text string, e int) bool {
	// (a letter of Latin-1 or Latin Extended-A, in UTF-8 from 0xC3 to
	// 0xC5, goes on the word: "María" holds no "Mar")
	return e >= len(text) || !isAlnum(text[e]) && (text[e] < 0xC3 || text[e] > 0xC5) || !isAlnum(text[e-1])
}

// refiners are the post-extraction passes, applied in this order.
var refiners = []func(text string, cands []candidate) []candidate{
	dropQuotedTitles,
	holidayDatedBy,
	dayRanges,
	joinDayAndTime,
	joinTimeAndDay,
	extendZone,
	joinTimeAndDate,
	joinTimeOnDay,
	joinTimeAndStoryDay,
	unitsOn,
	clockBeforeNounDay,
	periodEnding,
	extendBounds,
	joinDurations,
	dropOverlaps,
	clockBeforeBracketDay,
	monthStartingYear,
	decadeBeforeNoun,
	joinThatYear,
}

// joinThatYear makes one date of a day and month, or a month, and the
// "that year" after it: "Tony Blair won on 1 May that year", "in March of
// that year", "the morning of Dec. 9 that year" (storyYear).
func joinThatYear(text string, cands []candidate) []candidate {
	return joinPairs(cands, func(c, n *candidate) (*candidate, bool) {
		if c.spec.Month == 0 || c.spec.Year != 0 || c.spec.Anchor != Absolute || c.spec.Shift != 0 || c.spec.Weekday != 0 || c.spec.Holiday != "" ||
			!strings.EqualFold(text[n.start:n.end], "that year") {
			return nil, false
		}
		if gap := text[c.end:n.start]; gap != " " && gap != " of " {
			return nil, false
		}
		c.end, c.storyYear = n.end, true
		c.rule = joined(c.rule, n.rule)
		return c, true
	})
}

// joinDurations joins two amounts of time written one after the other,
// the larger unit first, with no "and" ("up to 6 minutes 23 seconds", "2
// years 3 months"): one duration, with the first one's mod.
func joinDurations(text string, cands []candidate) []candidate {
	for i := 0; i+1 < len(cands); i++ {
		c, n := &cands[i], &cands[i+1]
		if c.spec.Type != Duration || n.spec.Type != Duration || c.spec.CountCode == "" || n.spec.CountCode == "" ||
			c.spec.FromNow != 0 || n.spec.FromNow != 0 || c.spec.Span || n.spec.Span || n.spec.Mod != "" ||
			text[c.end:n.start] != " " || !isDigit(text[n.start]) || unitRank[c.spec.CountCode] <= unitRank[n.spec.CountCode] ||
			!strings.HasPrefix(c.spec.Period, "P") || !strings.HasPrefix(n.spec.Period, "P") {
			continue
		}
		c.spec = Spec{Type: Duration, Period: addPeriods(c.spec.Period, n.spec.Period), Mod: c.spec.Mod}
		c.end = n.end
		n.end = n.start // joined: dropped below
	}
	out := cands[:0]
	for i := range cands {
		if cands[i].end > cands[i].start {
			out = keep(out, cands, i)
		}
	}
	return out
}

// decadeBeforeNoun leaves "the" out of a decade that modifies a noun: in
// "the 1970s police drama" the article is the drama's, so the expression
// is "1970s" (not in "the 1970s saw", "the 1990s and", "in the 1960s,").
func decadeBeforeNoun(text string, cands []candidate) []candidate {
	for i := range cands {
		c := &cands[i]
		if c.spec.Decade == 0 || c.end-c.start < 8 || !strings.EqualFold(text[c.start:c.start+4], "the ") {
			continue
		}
		n, _ := wordAfter(text, c.end)
		if n == "" || !isLower(n[0]) || decadeFollowers[n] || determinerWords.has(n) || strings.HasSuffix(n, "ed") {
			continue
		}
		if _, ok := tenseOf(n, n); ok {
			continue
		}
		c.start += len("the ")
	}
	return cands
}

// decadeFollowers are the words after "the 1990s" that show the decade is
// the noun phrase itself.
var decadeFollowers = map[string]bool{
	"and": true, "or": true, "to": true, "as": true, "when": true, "with": true, "after": true, "before": true,
	"in": true, "on": true, "at": true, "of": true, "for": true, "from": true, "until": true, "through": true,
	"there": true, "then": true, "that": true, "which": true, "who": true, "but": true, "onward": true, "onwards": true,
	"outside": true, "inside": true, "among": true, "amid": true, "during": true, "since": true, "under": true,
	"over": true, "without": true, "except": true, "despite": true, "than": true, "into": true, "by": true,
	"like": true, "while": true, "because": true, "although": true, "where": true, "if": true, "unless": true,
}

// monthStartingYear gives a month named without its year the year stated
// just after it: "move it to September starting in 2027", "in March
// beginning in 2026" (two expressions, the month in that year).
func monthStartingYear(text string, cands []candidate) []candidate {
	for i := 0; i+1 < len(cands); i++ {
		c, n := &cands[i], &cands[i+1]
		if c.spec.Month == 0 || c.spec.Year != 0 || c.spec.Day != 0 || c.spec.Grain != GrainMonth || c.spec.Anchor != Absolute ||
			n.spec.Grain != GrainYear || n.spec.Year == 0 || n.spec.Anchor != Absolute || n.spec.Mod != "" {
			continue
		}
		if n.start-c.end > 16 {
			continue
		}
		switch strings.ToLower(strings.TrimSpace(text[c.end:n.start])) {
		case "starting in", "beginning in", "starting", "beginning", "starting from":
			c.spec.Year = n.spec.Year
		}
	}
	return cands
}

// gapBetween returns the few words between two candidates, trimmed and
// lower-cased, or "" when they are far apart.
func gapBetween(text string, end, start int) string {
	if start-end > 12 {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(text[end:start]))
}

// adjacent reports whether only a space or two stand between two
// candidates.
func adjacent(text string, end, start int) bool {
	return start > end && start-end <= 2 && strings.TrimSpace(text[end:start]) == ""
}

// holidayDatedBy marks a holiday named without a year when the text dates
// it at once: "Orthodox Christians will mark Easter on May 5": the
// occasion is the one on May 5, whichever Easter the name alone would give.
// So is a weekday followed by its date in brackets, as the press of India
// and of Asia writes it: "on Sunday (May 31)".
// holidayFallsOn is a verb that puts a holiday on the date after it: "Eid
// al-Fitr is likely to fall on March 10", "Easter falls on April 5 this
// year", "to fall on Friday, March 20".
var holidayFallsOn = regexp.MustCompile(`^,?\s+(?:which\s+)?(?:(?:is|was|will|would|could|may|might|should)\s+)?(?:(?:likely|expected|set|due)\s+)?(?:(?:to|be)\s+)?(?:fall|falls|fell|be|is|was|land|lands|landed)\s+on\s+$`)

func holidayDatedBy(text string, cands []candidate) []candidate {
	for i := range cands {
		c := &cands[i] // (not a copy: a candidate is 424 bytes)
		if c.spec.Weekday != 0 && c.spec.Month == 0 && c.spec.Day == 0 && c.spec.Holiday == "" && i+1 < len(cands) {
			// "Vesak Day falls on Sunday (May 31)", "at 11am on Wednesday
			// (Nov 25)": the date in brackets is the weekday's
			n := &cands[i+1]
			if strings.TrimSpace(text[c.end:n.start]) == "(" && n.spec.Month != 0 && n.spec.Day != 0 && n.spec.Weekday == 0 && !n.spec.Clock &&
				strings.HasPrefix(strings.TrimLeft(text[n.end:], " "), ")") {
				c.datedByNext = true
				if n.spec.Year == 0 && n.spec.DayOfWeek == 0 {
					n.spec.DayOfWeek = c.spec.Weekday // the date falls on the weekday before it: its year is one where it does
				}
			}
		}
		if c.spec.Holiday != "" && c.spec.Year == 0 && i+1 < len(cands) {
			n := &cands[i+1]
			gap := gapBetween(text, c.end, n.start)
			if (gap == "on" || gap == "," || gap == "(" || n.start-c.end <= 32 && holidayFallsOn.MatchString(lowerASCII(text[c.end:n.start]))) &&
				n.spec.Month != 0 && n.spec.Day != 0 && n.spec.Holiday == "" {
				c.datedByNext = true
			}
		}
	}
	return cands
}

// periodEnding anchors "the quarter ended Sept. 30", "the year ending
// June 30, 1990", "the week to March 13" on the date that follows: the
// period is the one holding it.
func periodEnding(text string, cands []candidate) []candidate {
	for i := 0; i+1 < len(cands); i++ {
		c, n := &cands[i], &cands[i+1]
		gap := gapBetween(text, c.end, n.start)
		if c.spec.Anchor == Story && c.spec.Shift == 0 && (gap == "ended" || gap == "ending" || gap == "to" && c.spec.Grain == GrainWeek) && n.spec.Grain == GrainDay {
			c.anchorNext = true
		}
	}
	return cands
}

// joinDayAndTime makes one time of a day followed by a clock time:
// "Tuesday at 3 p.m.", "tomorrow at 17:00", "June 3 at 6 p.m.", and of
// the day an offset of days or weeks reaches: "(in) 7 days at 5pm".
func joinDayAndTime(text string, cands []candidate) []candidate {
	return joinPairs(cands, func(c, n *candidate) (*candidate, bool) {
		if c.spec.FromNow > 0 && !c.spec.Span && (c.spec.CountCode == "D" || c.spec.CountCode == "W") && c.spec.Mod == "" &&
			c.spec.Count == float64(int(c.spec.Count)) && gapBetween(text, c.end, n.start) == "at" && n.spec.Clock && n.spec.Shift == 0 && n.spec.Weekday == 0 {
			// "in 7 days at 5pm": the day the offset reaches, at that time
			days := int(c.spec.Count)
			if c.spec.CountCode == "W" {
				days *= 7
			}
			c.spec = Spec{Type: Date, Grain: GrainDay, Anchor: Now, ShiftUnit: GrainDay, Shift: days}
		}
		if c.spec.Type == Set && strings.HasPrefix(c.spec.Period, "XXXX-WXX-") && !strings.Contains(c.spec.Period, "T") &&
			gapBetween(text, c.end, n.start) == "at" && n.spec.Clock && (n.spec.Meridiem || strings.EqualFold(text[n.start:n.end], "noon") || strings.EqualFold(text[n.start:n.end], "midnight")) &&
			n.spec.Weekday == 0 && n.spec.Shift == 0 && n.spec.Mod == "" { // ("every Wednesday at noon")
			// "airs Sundays at 9 p.m.", "every Monday at 8 a.m.": the set
			// of those times
			c.spec.Period += fmt.Sprintf("T%02d:%02d", n.spec.Hour, n.spec.Minute)
			c.end = n.end
			c.rule = joined(c.rule, n.rule)
			return c, true
		}
		if (c.spec.Grain != GrainDay && c.spec.Grain != GrainPartOfDay) || c.spec.Mod != "" || c.spec.Period != "" {
			return c, false
		}
		gap := gapBetween(text, c.end, n.start)
		if adjacent(text, c.end, n.start) && n.rule.Name == dayAtHour {
			gap = "at" // "tonight at 8": the "at" is inside the hour's match
		}
		if gap == "," && n.spec.Mod != "" {
			return c, false // "on the Fourth of July, around 9:15 p.m.": an aside with its own mod
		}
		deictic := c.spec.Anchor == Now && c.spec.Ref == ""
		if !(gap == "at" || gap == "@" || gap == "," || adjacent(text, c.end, n.start) && (c.spec.Year != 0 || deictic)) || !n.spec.Clock || n.spec.Weekday != 0 || n.spec.Shift != 0 {
			return c, false
		}
		withClock(&c.spec, n.spec)
		c.end = n.end
		if n.rule.Name == dayAtHour || n.rule.Name == hourBeforeDay {
			c.rule = joined(c.rule, n.rule)
		}
		return c, true
	})
}

// joinPairs replaces each pair of neighbouring candidates that join
// accepts by the one candidate it returns (one of the two, as changed:
// a pointer, not a copy of its 400 bytes at each pair tried).
func joinPairs(cands []candidate, join func(c, n *candidate) (*candidate, bool)) []candidate {
	n := 0 // cands[:n] is the result so far; a candidate is copied only once a pair has been joined before it
	for i := 0; i < len(cands); i++ {
		if i+1 < len(cands) {
			if m, ok := join(&cands[i], &cands[i+1]); ok {
				cands[n] = *m
				n++
				i++
				continue
			}
		}
		if n != i {
			cands[n] = cands[i]
		}
		n++
	}
	return cands[:n]
}

// The rules of a bare hour, which stands only beside a day: an
// expression they join is named after both rules.
const (
	dayAtHour     = "<day or part of the day> at <hour>"
	hourBeforeDay = "<hour> before a day or a part of the day"
)

// joined names an expression made of two rules' matches.
func joined(a, b *rule) *rule { return &rule{Name: a.Name + " + " + b.Name} }

// withClock sets the clock time t on the day (or part of the day) d: a
// bare hour in the afternoon, evening or night is p.m. ("tonight at 11").
func withClock(d *Spec, t Spec) {
	h := t.Hour
	if p := d.PartOfDay; (p == "AF" || p == "EV" || p == "NI") && h < 12 && !t.Meridiem {
		h += 12
	} else if (p == "EV" || p == "NI") && h == 12 && !t.Meridiem {
		h = 24 // "tonight at 12", "this evening at 12": midnight, the end of the day
	}
	if d.ShiftUnit == 0 && d.Shift != 0 {
		d.ShiftUnit = d.Grain // "tomorrow" counts days, whatever time is put on it
	}
	d.Type, d.Grain, d.PartOfDay, d.DayNamed = Time, GrainTime, "", true
	d.Clock, d.Hour, d.Minute, d.HourOnly, d.Meridiem = true, h, t.Minute, t.HourOnly, t.Meridiem
	if d.Mod == "" {
		d.Mod = t.Mod // "about 1pm next Tuesday" keeps its hedge
	}
}

// joinTimeAndDay makes one time of a clock time followed by the day (or
// part of the day) it falls on: "8 tonight", "9 tomorrow morning".
func joinTimeAndDay(text string, cands []candidate) []candidate {
	return joinPairs(cands, func(c, n *candidate) (*candidate, bool) {
		if !c.spec.Clock || c.spec.Weekday != 0 || c.spec.Shift != 0 || c.spec.Anchor != Now ||
			!adjacent(text, c.end, n.start) || n.spec.Grain != GrainDay && n.spec.Grain != GrainPartOfDay ||
			n.spec.Anchor != Now || n.spec.Mod != "" || n.spec.Ref != "" || n.spec.FromNow != 0 {
			return n, false
		}
		withClock(&n.spec, c.spec)
		n.start = c.start
		if c.rule.Name == hourBeforeDay {
			n.rule = joined(c.rule, n.rule)
		}
		return n, true
	})
}

// joinTimeAndDate makes one time of a clock time (or a part of the day)
// on a weekday followed by the date of that weekday in apposition: "at 7
// p.m. GMT on Monday, Feb. 2" is 7 p.m. on 2 February (a Monday, which
// picks the year); "Sunday night, Sept. 20" the night of 20 September.
func joinTimeAndDate(text string, cands []candidate) []candidate {
	return joinPairs(cands, func(c, n *candidate) (*candidate, bool) {
		if !c.spec.Clock && c.spec.PartOfDay == "" || c.spec.Weekday == 0 || c.spec.Month != 0 || c.spec.Shift != 0 || c.spec.Mod != "" && c.spec.Mod != "APPROX" ||
			gapBetween(text, c.end, n.start) != "," && !adjacent(text, c.end, n.start) || n.spec.Grain != GrainDay || n.spec.Month == 0 || n.spec.Day == 0 ||
			n.spec.Weekday != 0 || n.spec.Holiday != "" || n.spec.Mod != "" {
			return c, false
		}
		c.spec.DayOfWeek, c.spec.Weekday = c.spec.Weekday, 0
		c.spec.Anchor, c.spec.Year, c.spec.Month, c.spec.Day = Absolute, n.spec.Year, n.spec.Month, n.spec.Day
		c.end = n.end
		c.rule = joined(c.rule, n.rule)
		return c, true
	})
}

// voteNouns name a vote, whose day the hours of its polls fall on.
var voteNouns = newWordSet(map[string]bool{
	"election": true, "elections": true, "vote": true, "polls": true, "polling": true, "primary": true,
	"primaries": true, "referendum": true, "round": true, "run-off": true, "runoff": true, "ballot": true,
})

// voteNear (on lower-cased text) reports whether a noun of a vote stands
// within three words before the day at lower[start:end] ("the local
// elections on May 7", "go to the polls on Tuesday", "Polling Day on May
// 3") or two after it ("Sunday's first round").
func voteNear(lower string, start, end int) bool {
	near := false
	wordsBack(lower, start, 3, func(k int, w string, at int) bool {
		if w == "off" {
			// "run-off", which the word scan parts at its hyphen
			s := prevWordStart(lower, at)
			near = s >= 4 && lower[s-4:s] == "run-"
		} else {
			near = voteNouns.has(w)
		}
		return near
	})
	if near {
		return true
	}
	rest := strings.TrimPrefix(lower[end:], "'s")
	for k, at := 0, 0; k < 3; k++ {
		w, e := wordAfter(rest, at)
		if w == "" {
			break
		}
		if voteNouns.has(strings.TrimRight(w, ".,;:")) {
			return true
		}
		at = e
	}
	return false
}

// pollsSentence reports whether the sentence that
// holds start opens with the polls: "Polls will be open from 7am",
// "Polling stations close at 8pm", "Voting ends at 5 p.m.", "In
// California, polls are open from 7 a.m.".
func pollsSentence(text, lower string, start int) bool {
	i := start
	for i > 0 && start-i < 200 && !endsSentence(text, i-1) {
		i--
	}
	w, e := wordAfter(lower, i)
	if (w == "in" || w == "across" || w == "at") && e < start {
		// "In California, polls are open from 7 a.m.": past a place
		// that opens the sentence
		if k := strings.IndexByte(lower[e:min(start, e+40)], ','); k >= 0 {
			w, _ = wordAfter(lower, e+k+1)
		}
	}
	return w == "polls" || w == "polling" || w == "voting"
}

// tellingVerbs say that something was said: a day they take is the day
// of the telling, not of what is told.
var tellingVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true}

// zoneNations are the words of a zone named for a place ("5pm Irish
// time", "5 p.m. Brasília time"); pZone has the abbreviations and
// "local|Eastern ... time" (a list in the pattern would make it too big).
var zoneNations = map[string]bool{
	"mountain": true, "atlantic": true, "uk": true, "british": true, "irish": true, "indian": true,
	"pakistan": true, "gulf": true, "singapore": true, "beijing": true, "tokyo": true, "seoul": true,
	"moscow": true, "kyiv": true, "kiev": true, "brasilia": true, "brasília": true, "paris": true,
	"london": true, "israel": true, "jakarta": true, "manila": true, "nairobi": true, "lagos": true,
	"cairo": true, "riyadh": true, "dubai": true, "tehran": true, "istanbul": true, "delhi": true,
	"mumbai": true, "sydney": true, "melbourne": true, "auckland": true, "hawaii": true, "alaska": true,
	"japan": true, "china": true, "korea": true, "taiwan": true, "thailand": true, "vietnam": true,
	"bangkok": true, "taipei": true, "hanoi": true, "peninsular": true, "myanmar": true, "nepal": true,
}

// usZoneWords name a US time zone by itself after a clock time.
var usZoneWords = map[string]bool{"Eastern": true, "Central": true, "Pacific": true, "Mountain": true}

// extendZone takes a zone named for a place into the clock time before
// it: "5pm Irish time", "5 p.m. Brasília time".
func extendZone(text string, cands []candidate) []candidate {
	for i := range cands {
		c := &cands[i]
		if !c.spec.Clock || c.end >= len(text) || text[c.end] != ' ' {
			continue
		}
		rest := text[c.end+1 : min(len(text), c.end+20)]
		w, after, ok := strings.Cut(rest, " ")
		zoneEnd := c.end + len(" ") + len(w) + len(" time")
		if ok && zoneNations[strings.ToLower(w)] && isUpper(w) && (after == "time" || strings.HasPrefix(after, "time") && !isAlnum(after[4])) &&
			(i+1 == len(cands) || cands[i+1].start >= zoneEnd) {
			c.end = zoneEnd
			continue
		}
		// A US zone without "time": "1:30 p.m. Eastern", "9 p.m. Pacific,"
		// (not "Eastern Europe", "Pacific Ocean").
		n := 0
		for n < len(rest) && isLetter(rest[n]) {
			n++
		}
		if n > 0 && usZoneWords[rest[:n]] && (n == len(rest) || rest[n] != '-' && rest[n] != '\'' && !(rest[n] == ' ' && n+1 < len(rest) && isUpper(rest[n+1:]))) &&
			(i+1 == len(cands) || cands[i+1].start >= c.end+1+n) {
			c.end += 1 + n
		}
	}
	return cands
}

// joinTimeOnDay makes one time of a clock time followed by "on" and a
// holiday or a day the clock rules do not read on ("12.30pm on Good
// Friday", "2 p.m. ET on Thanksgiving Day", "11pm GMT on 31 January
// 2020", "5 p.m. Brasília time on Sunday").
func joinTimeOnDay(text string, cands []candidate) []candidate {
	return joinPairs(cands, func(c, n *candidate) (*candidate, bool) {
		day := n.spec.Holiday != "" || n.spec.Grain == GrainDay && (n.spec.Weekday != 0 || n.spec.Day != 0) && n.spec.Shift == 0
		if !c.spec.bareClock() || gapBetween(text, c.end, n.start) != "on" || !day || n.spec.Mod != "" || n.spec.Clock || n.spec.PartOfDay != "" || n.spec.Type != Date ||
			text[c.end-1] == '.' && clockEndsSentence(text, c.end-1) { // (not "at 9 p.m. On Friday, trains will run")
			return n, false
		}
		withClock(&n.spec, c.spec)
		n.start = c.start
		n.rule = joined(c.rule, n.rule)
		return n, true
	})
}

// joinTimeAndStoryDay makes one time of a clock time followed by a day
// counted from the story ("1pm that day", "9 a.m. the next day").
func joinTimeAndStoryDay(text string, cands []candidate) []candidate {
	return joinPairs(cands, func(c, n *candidate) (*candidate, bool) {
		if !c.spec.bareClock() || !adjacent(text, c.end, n.start) || n.spec.Anchor != Story || n.spec.Grain != GrainDay && n.spec.Grain != GrainPartOfDay || n.spec.Mod != "" || n.clockOf != nil {
			return n, false
		}
		clock := c.spec
		n.clockOf, n.start = &clock, c.start
		n.rule = joined(c.rule, n.rule)
		return n, true
	})
}

// unitsOn reads an amount of time followed by "on," that opens its
// sentence as "later": "A year on, more than 40,000 ..." (not "two years
// on probation").
func unitsOn(text string, cands []candidate) []candidate {
	for i := range cands {
		c := &cands[i]
		n := int(c.spec.Count)
		if c.spec.Type != Duration || c.spec.Mod != "" || n < 1 || float64(n) != c.spec.Count {
			continue // (an amount stated in whole units: not "years", "1.5 years")
		}
		rest := text[c.end:min(len(text), c.end+12)]
		if !strings.HasPrefix(rest, " on,") { // (not "A decade on from its 40th anniversary": counted from words, not a date)
			continue
		}
		k := c.start - 1
		for k >= 0 && (text[k] == ' ' || text[k] == '"') {
			k--
		}
		if k >= 0 && !endsSentence(text, k) && text[k] != ',' {
			continue
		}
		var g Grain
		switch c.spec.CountCode {
		case "Y":
			g = GrainYear
		case "M":
			g = GrainMonth
		case "W":
			g = GrainWeek
		case "D":
			g = GrainDay
		default:
			continue // (not hours, not quarters)
		}
		c.spec = Spec{Type: Date, Grain: g, ShiftUnit: g, Shift: n, Anchor: Story, Count: float64(n), CountCode: c.spec.CountCode}
		c.end += len(" on")
		c.unitsOn = true
	}
	return cands
}

// nounDayGap is what stands between a clock time and the day of its
// event: the event's noun and "on" ("kickoff on", "news conference on").
var nounDayGap = regexp.MustCompile(`^\s+[a-z]+(?:[\s-][a-z]+)?\s+on\s+$`)

// eventNounGap reports whether gap, between a clock time and a day, is
// the noun of a scheduled event, then words that name its parties or
// kind, then "on" or nothing: "kick-off against Leeds on", "funeral Mass
// on", "matinee".
func eventNounGap(gap string) bool {
	f := strings.Fields(gap)
	if len(f) > 0 && f[len(f)-1] == "on" {
		f = f[:len(f)-1]
	}
	if len(f) < 1 || len(f) > 4 { // ("a 3 p.m. matinee Sunday")
		return false
	}
	noun := strings.ToLower(f[0])
	if !scheduledNouns.has(noun) && noun != "kick-off" && noun != "tip-off" && noun != "funeral" && noun != "start" {
		return false
	}
	for _, w := range f[1:] {
		if w != "against" && w != "vs" && w != "v" && w != "vs." && !isUpper(w) {
			return false // ("the 3 p.m. vote that ended on", a clause: no)
		}
	}
	return true
}

// clockBeforeNounDay marks a clock time with no day of its own that
// stands before its event's noun and the day it falls on: "a 4:25 p.m.
// ET kickoff on Sunday" is 4:25 p.m. on Sunday (two expressions, as
// TimeML tags them).
func clockBeforeNounDay(text string, cands []candidate) []candidate {
	for i := 0; i+1 < len(cands); i++ {
		c, n := &cands[i], &cands[i+1]
		if c.spec.bareClock() && n.spec.Grain == GrainDay && (n.spec.Weekday != 0 || n.spec.Day != 0) && n.start-c.end < 40 && (nounDayGap.MatchString(text[c.end:n.start]) || eventNounGap(text[c.end:n.start])) {
			c.nounDay = true
		}
	}
	return cands
}

// clockBeforeBracketDay marks a clock time with no day of its own, followed
// by the same time in another zone in brackets and then by its day: "at
// 13:38 local time (08:08 GMT) on Thursday", "set for 10:42 a.m. Japan
// time (0142 GMT) on Nov. 19", "starts at 4pm local time (3pm BST) this
// afternoon". Both times take the day (three expressions, as TimeML tags
// them). It runs after dropOverlaps, since it counts candidates.
func clockBeforeBracketDay(text string, cands []candidate) []candidate {
	for i := 0; i+2 < len(cands); i++ {
		c, n, d := &cands[i], &cands[i+1], &cands[i+2]
		if !c.spec.bareClock() || !n.spec.bareClock() || !bracketDayOf(&d.spec) {
			continue
		}
		if strings.TrimSpace(text[c.end:n.start]) != "(" {
			continue
		}
		gap := strings.TrimSpace(text[n.end:d.start])
		if gap != ")" && gap != ") on" && gap != "), on" {
			continue
		}
		c.bracketDay, n.bracketDay = 2, 1
	}
	return cands
}

// bracketDayOf reports whether s can give a clock time its day: a day
// named (a weekday, a date, a holiday, "tomorrow") or a part of a day
// ("this afternoon"), with no clock time or mod of its own.
func bracketDayOf(s *Spec) bool {
	if s.Clock || s.Mod != "" || s.Type != Date && s.Type != Time {
		return false
	}
	switch s.Grain {
	case GrainDay:
		return s.Weekday != 0 || s.Day != 0 || s.Holiday != "" || s.Anchor == Now
	case GrainPartOfDay:
		return true
	}
	return false
}

// bounds are phrases before a date that make it a bound: "as early as next
// week" is next week at the earliest; so is "NET Sunday" (no earlier than,
// in launch schedules; written in capitals, see extendBounds). (A list,
// not a map: extendBounds tries each before every date, and no phrase
// ends another, so the order does not matter.)
var bounds = []struct{ phrase, mod string }{
	{"as early as", "ON_OR_AFTER"}, {"no earlier than", "ON_OR_AFTER"},
	{"as late as", "ON_OR_BEFORE"}, {"no later than", "ON_OR_BEFORE"}, {"not later than", "ON_OR_BEFORE"},
	{"on or before", "ON_OR_BEFORE"}, {"on or after", "ON_OR_AFTER"},
}

// extendBounds takes a bound phrase into the expression before a placeable
// date and sets its mod.
func extendBounds(text string, cands []candidate) []candidate {
	for i := range cands {
		c := &cands[i]
		if c.spec.Type != Date && c.spec.Type != Time || c.spec.Ref != "" || c.spec.Mod != "" {
			continue
		}
		window := text[max(0, c.start-20):c.start]
		wordsEnd := c.start - (len(window) - len(strings.TrimRight(window, " "))) // where the words before end
		// A phrase starts in the window, after the candidate before.
		lo := max(0, c.start-20)
		if i > 0 {
			lo = max(lo, cands[i-1].end)
		}
		if phraseEndsAt(text, "NET", wordsEnd, lo, false) {
			// "NET Sunday, Nov. 9": launch schedules' "no earlier than",
			// in capitals only (not "net income")
			c.start, c.spec.Mod = wordsEnd-3, "ON_OR_AFTER"
			continue
		}
		if c.spec.Month != 0 && c.spec.Type == Date {
			// "around Nov. 1", "about mid-March": a calendar date with a
			// hedge, as TimeBank tags it (not "around Wednesday")
			for _, w := range []string{"around", "about", "approximately", "roughly"} {
				if w == "about" && c.spec.Day == 0 {
					continue // "no decision about September": concerning it
				}
				if phraseEndsAt(text, w, wordsEnd, lo, true) && !strings.HasSuffix(strings.ToLower(strings.TrimRight(text[max(0, c.start-20):wordsEnd-len(w)], " ")), " or") {
					// (not the legal "on or about March 3": the date itself)
					c.start, c.spec.Mod = wordsEnd-len(w), "APPROX"
				}
			}
			if c.spec.Mod != "" {
				continue
			}
			// "turn a coppery red early on March 3": the start of the day,
			// as "early on Monday" (not "as early on")
			for _, w := range [...]struct{ phrase, mod string }{{"early on", "START"}, {"late on", "END"}} {
				if c.spec.Day != 0 && phraseEndsAt(text, w.phrase, wordsEnd, lo, true) {
					if p, _ := wordBefore(text, wordsEnd-len(w.phrase)); !strings.EqualFold(p, "as") && !strings.EqualFold(p, "so") && !strings.EqualFold(p, "too") &&
						units[strings.ToLower(p)].grain == 0 { // (not "dismiss students two hours early on Friday, Dec. 19")
						c.start, c.spec.Mod = wordsEnd-len(w.phrase), w.mod
					}
				}
			}
			if c.spec.Mod != "" {
				continue
			}
		}
		for _, b := range bounds {
			if phraseEndsAt(text, b.phrase, wordsEnd, lo, true) {
				c.start, c.spec.Mod = wordsEnd-len(b.phrase), b.mod
			}
		}
	}
	return cands
}

// phraseEndsAt reports whether text holds phrase as whole words ending at
// end and starting no earlier than lo; fold: in any case.
func phraseEndsAt(text, phrase string, end, lo int, fold bool) bool {
	start := end - len(phrase)
	if start < lo || !(text[start:end] == phrase || fold && strings.EqualFold(text[start:end], phrase)) {
		return false
	}
	return start == 0 || !isAlnum(text[start-1])
}

// dropOverlaps keeps the first of overlapping candidates.
func dropOverlaps(_ string, cands []candidate) []candidate {
	out := cands[:0]
	end := 0
	for i := range cands {
		if c := &cands[i]; c.start >= end { // (not a copy: a candidate is 424 bytes)
			out = keep(out, cands, i)
			end = c.end
		}
	}
	return out
}

// keep appends cands[i] to out, the result so far of a filter of cands
// (cands[:0] and on, at most i candidates): while none has been dropped,
// cands[i] is already in place and is not copied (a candidate is 424
// bytes).
func keep(out, cands []candidate, i int) []candidate {
	if len(out) == i {
		return out[:i+1]
	}
	return append(out, cands[i])
}

// resolveAll resolves the candidates in reading order; each placeable
// date becomes the narrative anchor of those after it.
func resolveAll(text, lower string, cands []candidate, opt Options) []Timex {
	out := make([]Timex, 0, len(cands))
	ctx := Context{Published: opt.Published, Direction: opt.Direction}
	// report is the anchor of comparisons ("year-ago"): the last period
	// (a month or longer) mentioned that began within the year before
	// publication, and not after it.
	var report Context
	// prevStart, prevEnd: where the words of the last date placed start
	// and end; a period joined to it by "and" is a comparison base when
	// it is one ("after shrinking in September and October").
	prevStart, prevEnd := 0, 0
	// Whether a sentence has ended since the anchor's words: the first
	// sentence end after them, searched for once (scanned up to scanned),
	// not again for each candidate.
	// The second end tells whether the anchor is in the sentence before.
	scanned, sentenceEnds, secondEnd, thirdEnd := 0, -1, -1, -1
	// anchorEndsSpan: the anchor ends a span ("which runs from March 26
	// to May 31"): a clock time of the next sentence is not on that day.
	anchorEndsSpan := false
	yearBefore := civil(opt.Published).AddDate(-1, 0, 0)
	// lastDay: the context when the anchor was last a day (or a time of
	// one), with where that day's words end: a bare clock time takes its
	// day, not that of a month or year named since ("on Friday. The
	// summit, announced last week, is set to begin at 11 a.m.").
	var lastDay dayAnchor
	anchorAt := 0
	// eventDay: the context when the anchor was last a day of an event,
	// not a day on which something was said ("the airline said on
	// Thursday"); anchorReported: the anchor now is such a day. A bare
	// clock time after a day of reporting is read on the event's day.
	var eventDay dayAnchor
	anchorReported := false
	// "The same day" does not mean a day named in an "after", "before" or
	// "since" clause or the possessive, or the day something was
	// confirmed or announced ("will deliver the Spring Statement at
	// 12.30pm on Tuesday 17 March, the Treasury confirmed on Monday ...
	// will publish its updated forecasts the same day"): then it is the
	// event day before the anchor's (prevEventDay, when the anchor set
	// eventDay: eventByAnchor). anchorCue: the cue of the anchor's clause.
	var prevEventDay dayAnchor
	eventByAnchor, anchorCue := false, ""
	// leadDay: the day the story leads with: the first day its first two
	// sentences name as the day of what they tell (not a day of telling:
	// "the agency said on Monday"), within three days of publication. A
	// bare clock time of what is or was takes it rather than a day named
	// since (see AnchorLead), or than the publication day when no day near
	// it was named since ("Stocks slipped on Wednesday after Netflix said
	// revenue for the quarter ended Sept. 30 missed forecasts, with the
	// S&P 500 down 0.6% at 4 p.m. ET").
	var leadDay dayAnchor
	// podDay: the last day named with a part of the day, or as "late" or
	// "early" on it, and the hours that part holds: a bare clock time of
	// a past clause in the hours of that part is on that day rather than
	// on a day of a later action named since ("was shot ... on Friday
	// night, and police were searching Saturday ... The shooting happened
	// at about 8:40 p.m.").
	var podDay struct {
		dayAnchor
		from, to int // hours, to exclusive
	}
	pubDay := truncate(civil(opt.Published), GrainDay)
	anchorStart := 0 // where the anchor's words start (anchorAt: where they end)
	// namedDay: the last day named (or a time of it), and whether its
	// clause was past
	var namedDay struct {
		day  time.Time
		past bool
	}
	// voteDay: the context when the anchor was last the day of a vote
	// ("Polling Day on May 3", "Sunday's first round"), for the hours of
	// its polls in a later sentence.
	// Of the votes named, the nearest on or after the publication day
	// (nextVote) and the latest before it (pastVote): the polls of a
	// clause of what is or will be are the next vote's ("vote in a
	// run-off on Sunday ... the first round, held on Nov. 24 ... Polls
	// open at 7 a.m."; "ahead of Sunday's first round ... a Dec. 14
	// runoff"), those of a past clause the last one held.
	var voteDay, nextVote, pastVote dayAnchor
	// aheadDay: the last day named on or after the publication day, in a
	// clause that is not past, for
	// a clock time of what will be that the last day named (a day gone
	// by) cannot hold: "will present her budget next Wednesday ... Data
	// on Friday showed ... Reeves is due to begin her speech at about
	// 12:30 p.m."
	var aheadDay struct {
		Anchor     time.Time
		AnchorText string
		set        bool
	}
	// lastClock: the last clock time placed, where its words end and its
	// text: "an hour later" in its sentence or the next is counted from it.
	// A sentence between does not part them when no day or finer time
	// was told since (dayAfter): "its decision is due at 2:30pm AEDT on
	// February 18. The cash rate has been on hold since November 2023.
	// Governor Michele Bullock will front the media an hour later."
	var lastClock struct {
		t        time.Time
		at       int
		text     string
		dayAfter bool
		pm       bool // said with "p.m." or an evening word, not the 24-hour clock
	}
	// resolvedNext: the next candidate as the one before it read it (the
	// second end of a range, the day after an event's noun).
	var resolvedNext *Timex
	// namedDays: the days near publication the story named with both
	// weekday and date ("Saturday, June 15"), by ISO weekday.
	var namedDays [8]time.Time
	// daySpan: the last range of days the story named, of a week at most
	// ("Dec. 19-21"), and where it ends: the bare weekdays of its sentence
	// that fall in it are its days ("with shows at 7:30 p.m. Friday and
	// Saturday").
	var daySpan struct {
		from, to time.Time
		at       int
		text     string
	}
	// (only a span ahead, for a weekday in a clause not in the past:
	// "Minutes of the Oct. 28-29 meeting, released on Wednesday" and
	// "the race, from December 4 to 6, sold out on Friday" are other days)
	inSpan := func(s *Spec, at int, t Tense) string {
		if daySpan.at == 0 || s.Weekday == 0 || !s.bareWeekday() || t == TensePast || daySpan.to.Before(opt.Published) || sentenceEndsIn(text, daySpan.at, at, 1) > 0 {
			return ""
		}
		for d := daySpan.from; !d.After(daySpan.to); d = d.AddDate(0, 0, 1) {
			if isoWeekday(d) == s.Weekday {
				s.pinWeekday(d)
				return daySpan.text
			}
		}
		return ""
	}
	nextSpanDay := "" // the next candidate was placed in daySpan, as a partner
	var namedDayText [8]string
	for i, c := range cands {
		ctx.Tense, ctx.Cue = clauseTense(text, lower, c.start, c.end)
		for thirdEnd < 0 && scanned < c.start {
			k := indexSentenceEnd(text[scanned:c.start])
			if k < 0 {
				scanned = c.start
				break
			}
			if scanned += k; endsSentence(text, scanned) {
				switch {
				case sentenceEnds < 0:
					sentenceEnds = scanned
				case secondEnd < 0:
					secondEnd = scanned
				default:
					thirdEnd = scanned
				}
			}
			scanned++
		}
		ctx.AnchorHere = !ctx.Anchor.IsZero() && sentenceEnds < 0
		ctx.AnchorOtherClause = ctx.AnchorHere && anchorAt <= c.start && strings.Contains(text[anchorAt:c.start], ", and ")
		ctx.AnchorBefore = !ctx.Anchor.IsZero() && sentenceEnds >= 0 && secondEnd < 0 && !anchorEndsSpan
		ctx.AnchorTwoBack = !ctx.Anchor.IsZero() && secondEnd >= 0 && thirdEnd < 0 && !anchorEndsSpan
		here := ctx
		if c.spec.Comparison && (!report.Anchor.IsZero() || c.spec.Reported) || c.spec.OfFigure && !report.Anchor.IsZero() && ctx.AnchorGrain < GrainMonth {
			here.Anchor, here.AnchorGrain, here.AnchorText = report.Anchor, report.AnchorGrain, report.AnchorText
		}
		if c.spec.Comparison && i+1 < len(cands) {
			// "rose 5% from a year earlier in April": the period the
			// figure is for may follow the comparison
			n := &cands[i+1]
			if gap := text[c.end:n.start]; (gap == " in " || gap == " for ") && (n.spec.Month != 0 && n.spec.Day == 0 || n.spec.Quarter != 0) {
				if nt := Resolve(text[n.start:n.end], n.spec, ctx); nt.Placeable() && nt.Grain >= GrainMonth {
					here.Anchor, here.AnchorGrain, here.AnchorText = nt.Begin, nt.Grain, nt.Text
				}
			}
		}
		if c.anchorNext {
			// "the quarter ended Sept. 30": the period is the one that
			// holds the date after it.
			n := &cands[i+1]
			if nt := Resolve(text[n.start:n.end], n.spec, ctx); nt.Placeable() {
				here.Anchor, here.AnchorGrain, here.AnchorText = nt.Begin, nt.Grain, nt.Text
			}
		}
		if u := cmp.Or(c.spec.ShiftUnit, c.spec.Grain); c.spec.Anchor == Story && c.spec.Shift != 0 && (u == GrainDay || u == GrainWeek) &&
			(ctx.AnchorGrain >= GrainMonth || u == GrainDay && ctx.AnchorGrain == GrainWeek && lastDay.set && !lastDay.Anchor.Before(ctx.Anchor) && lastDay.Anchor.Before(ctx.Anchor.AddDate(0, 0, 7))) &&
			lastDay.set && sentenceEndsIn(text, lastDay.at, c.start, 3) < 3 {
			// "Saturday's match is sold out. The autumn series ends a week
			// later": days and weeks count from the last day named, not
			// from a month or season named since, within three sentences
			// ("exploded on Aug. 6, 1945. About 140,000 people had died by
			// the end of that year. Nagasaki, which was bombed three days
			// later").
			lastDay.putOn(&here, text, c.start)
		}
		bracketDay := ""
		if k := c.bracketDay; k > 0 && i+k < len(cands) {
			// "at 13:38 local time (08:08 GMT) on Thursday": the day
			// named after the conversion
			d := &cands[i+k]
			if dt := Resolve(text[d.start:d.end], d.spec, here); dt.Placeable() {
				mod := c.spec.Mod
				c.spec = onDay(c.spec, dt.Begin)
				c.spec.Mod = mod
				bracketDay = dt.Text
			}
		}
		sameDayOf := "" // "the same day" of the main event told, not of the last day named
		polls := c.spec.bareClock() && voteDay.set && pollsSentence(text, lower, c.start)
		leadTakes := false // the lead day is the day of this bare clock time of what is or was
		if c.spec.bareClock() && leadDay.set && ctx.Tense != TenseFuture && !polls && !(here.AnchorHere && clockOfAnchor(lower, anchorAt, c.start)) {
			switch {
			case leadDay.Anchor.Equal(pubDay):
				// rather than a day named since near publication that
				// stands in an earlier sentence, ahead of a clause of
				// what is or was, in the possessive or in a clause of
				// what came after, before or since
				// (a month or a year named since gives a clock time no
				// day: then the last day named is the one weighed, "rose
				// on Monday after OPEC+ agreed on Sunday to pause output
				// increases in the first quarter of 2027. Brent was up 94
				// cents by 1130 GMT")
				day, dayHere, dayBelow := ctx.Anchor, here.AnchorHere, ctx.AnchorGrain <= GrainDay
				if !dayBelow && lastDay.set {
					day, dayHere, dayBelow = lastDay.Anchor, sentenceEndsIn(text, lastDay.at, c.start, 1) == 0, true
				}
				leadTakes = !day.IsZero() && dayBelow && !truncate(day, GrainDay).Equal(leadDay.Anchor) &&
					absDays(day.Sub(opt.Published)) <= 7 &&
					(!dayHere || day.After(opt.Published) && ctx.Tense == TensePast || subordinateDay(text, lower, anchorStart, anchorAt))
			case leadDay.Anchor.Before(pubDay):
				// rather than the publication day, in the lead's sentence
				// or the next, when no day near publication was named since
				// (or than a day named since in an "after", "before" or
				// "since" clause: "died on Monday ... less than a day after
				// he blessed the crowds on Easter Sunday. The Vatican said
				// he died of a stroke at 7:35 a.m.")
				leadTakes = sentenceEndsIn(text, leadDay.at, c.start, 2) < 2 &&
					(ctx.AnchorGrain > GrainDay || absDays(ctx.Anchor.Sub(opt.Published)) > 7 || !truncate(ctx.Anchor, GrainDay).Equal(leadDay.Anchor) && subordinateDay(text, lower, anchorStart, anchorAt)) &&
					!(lastDay.set && absDays(lastDay.Anchor.Sub(opt.Published)) <= 7 && lastDay.at > leadDay.at)
			}
		}
		if leadTakes {
			leadDay.putOn(&here, text, c.start)
			here.AnchorHere, here.AnchorBefore, here.AnchorLead = true, false, true
		} else if polls {
			v := voteDay
			if ctx.Tense == TensePast && pastVote.set {
				v = pastVote
			} else if ctx.Tense != TensePast && nextVote.set {
				v = nextVote
			}
			here.Anchor, here.AnchorGrain, here.AnchorText = v.Anchor, v.AnchorGrain, v.AnchorText
			here.AnchorVote = true
		} else if ev, ok := sameDayEvent(&c.spec, text, lower, c.start, c.end, anchorStart, anchorAt, anchorCue, eventByAnchor, &eventDay, &prevEventDay); (c.spec.bareClock() && anchorReported && eventDay.set || ok) && ctx.AnchorGrain <= GrainDay {
			// ("flew home the same day" after "reached a deal in the early
			// hours of Sunday, more than 30 hours after the talks were
			// scheduled to end on Friday evening": the day of the main
			// clause, not of the one after "after")
			// (and "the same day", "that day": "the Spring Statement on
			// Tuesday 17 March, the Treasury confirmed on Monday ... will
			// publish its forecasts the same day" is 17 March)
			if ok && !anchorReported {
				ev.putOn(&here, text, c.start)
				sameDayOf = ev.AnchorText
			} else {
				eventDay.putOn(&here, text, c.start)
			}
			here.AnchorEvent = true
		}
		if c.spec.bareClock() && ctx.Tense == TensePast && podDay.set && !polls && c.spec.Hour >= podDay.from && c.spec.Hour < podDay.to &&
			sentenceEndsIn(text, podDay.at, c.start, 2) < 2 && podDay.Anchor.Before(truncate(here.Anchor, GrainDay)) && !(here.AnchorHere && clockOfAnchor(lower, anchorAt, c.start)) &&
			!(c.start > 0 && text[c.start-1] == '(') {
			// (only back from a later day, of what followed; not a time in
			// brackets, which is the date's before it: "tomorrow (6.30pm BST)")
			podDay.putOn(&here, text, c.start)
			here.AnchorHere, here.AnchorBefore = true, false
		}
		pinnedSpanDay := nextSpanDay
		nextSpanDay = ""
		var partner *Timex
		if c.rule == rangeEndRule && len(out) > 0 {
			partner = &out[len(out)-1]
		} else if c.leansOnNext() && i+1 < len(cands) {
			n := &cands[i+1]
			nextSpanDay = inSpan(&n.spec, n.start, ctx.Tense) // "from 4 p.m. to 11 p.m. on Friday", in the span
			nt := Resolve(text[n.start:n.end], n.spec, here)
			partner = &nt
		}
		if c.rangeYear && partner != nil && partner.Placeable() {
			c.spec.Year = partner.Begin.Year()
		}
		if c.spec.Anchor == Now && c.spec.Shift == 0 && c.spec.Grain == GrainYear && c.spec.Mod != "" && strings.HasSuffix(lower[c.start:c.end], "of the year") &&
			here.AnchorHere && !here.Anchor.IsZero() && here.AnchorGrain <= GrainMonth && here.Anchor.Year() < opt.Published.Year() &&
			ctx.Cue == "would" {
			// "announced in March [2024] that he would step down by the
			// end of the year": told in the past, of the year of its
			// telling, not of the publication
			c.spec.Anchor = Story
		}
		afternoonOf := ""
		if e := text[c.start:c.end]; c.spec.Clock && !c.spec.Meridiem && c.spec.Hour >= 1 && c.spec.Hour <= 11 && e[0] != '0' && strings.IndexByte(e, ':') > 0 &&
			strings.IndexFunc(e, func(r rune) bool { return r != ':' && (r < '0' || r > '9') }) < 0 &&
			lastClock.text != "" && lastClock.pm && lastClock.t.Hour() >= 12 && c.spec.Hour+12 >= lastClock.t.Hour() && sentenceEndsIn(text, lastClock.at, c.start, 1) == 0 &&
			!(text[lastClock.at-1] == '.' && clockEndsSentence(text, lastClock.at-1)) {
			// "kickoff at 7 p.m., and the band plays under the lights at
			// 7:30": a bare hour after an afternoon or evening time of
			// its sentence is in the afternoon or evening too
			c.spec.Hour += 12
			afternoonOf = lastClock.text
		}
		monthRangeEnd := ""
		if y := monthRangeYear(text, lower, cands, i, here); y != 0 {
			// "ran from March to November last year": the first month
			// of a range is in the year its last one names
			c.spec.Year = y
			monthRangeEnd = text[cands[i+1].start:cands[i+1].end]
		}
		if c.leansOnNext() && c.spec.Clock && partner != nil && partner.Placeable() {
			c.spec = onDay(c.spec, partner.Begin) // "9-11 p.m. Friday": the first time is on the day of the second
		}
		if c.spec.Clock && !c.spec.DayNamed && c.spec.Shift == 0 && lastDay.set && ctx.AnchorGrain > GrainDay && !here.AnchorVote && !here.AnchorEvent && !here.AnchorLead {
			// A month or a year gives a clock time no day; the last day
			// named does, as Resolve decides (near the publication date,
			// or ahead and named in this sentence or the one before).
			lastDay.putOn(&here, text, c.start)
		}
		sameDay := ""
		// A bare weekday may be placed by the days around it (pinWeekday
		// then clears its Weekday, so only the first of these that holds
		// places it).
		spanDay := inSpan(&c.spec, c.start, ctx.Tense)
		if spanDay == "" {
			spanDay = pinnedSpanDay // placed as the partner of the time before it
		}
		if wd := c.spec.Weekday; c.spec.bareWeekday() && !namedDays[wd].IsZero() &&
			!(ctx.Tense == TensePast && namedDays[wd].After(opt.Published)) && !(ctx.Tense == TenseFuture && namedDays[wd].Before(truncate(opt.Published, GrainDay))) {
			// "from Saturday, June 15 ... Arafat Day falls on Saturday":
			// a weekday the story has named with its date is that day.
			c.spec.pinWeekday(namedDays[wd])
			sameDay = namedDayText[wd]
		}
		holidayOf := ""
		if wd := c.spec.Weekday; c.spec.Possessive && wd != 0 && c.spec.Month == 0 && c.spec.Shift == 0 && c.spec.Anchor == Absolute && !c.spec.Strict && !c.spec.This && i+1 < len(cands) && cands[i+1].spec.Holiday != "" && cands[i+1].start-c.end <= 4 {
			// "after Monday's Martin Luther King Jr. Day holiday": the
			// weekday is the holiday's, when the holiday falls on it
			n := &cands[i+1]
			if nt := Resolve(text[n.start:n.end], n.spec, here); nt.Placeable() && nt.Grain == GrainDay && isoWeekday(nt.Begin) == wd {
				c.spec.pinWeekday(nt.Begin)
				holidayOf = text[n.start:n.end]
			}
		}
		afterDay := ""
		if wd := c.spec.Weekday; c.spec.bareWeekday() && i > 0 && len(out) > 0 {
			// "will be closed Thursday and Friday for Thanksgiving": a
			// weekday joined to a weekday ahead is the first one after it.
			p, prev := &cands[i-1], &out[len(out)-1]
			// (a part of the publication day too: "warned of more severe
			// storms on Sunday afternoon and Monday", published on Sunday)
			// (or the publication day itself: "classes were suspended for
			// Thursday and Friday", published on Thursday)
			if gap := text[p.end:c.start]; p.spec.Weekday != 0 && p.spec.Month == 0 && (prev.Grain == GrainDay || prev.Grain == GrainPartOfDay) && !prev.Begin.Before(pubDay) &&
				(gap == " and " || gap == " or " || gap == ", ") {
				d := truncate(prev.Begin, GrainDay).AddDate(0, 0, 1)
				for isoWeekday(d) != wd {
					d = d.AddDate(0, 0, 1)
				}
				// (after the publication day itself only a day soon after it:
				// "statements made Friday and Thursday", published on
				// Friday, are of the day before)
				if prev.Begin.After(opt.Published) || d.Sub(truncate(prev.Begin, GrainDay)) <= 3*24*time.Hour {
					c.spec.pinWeekday(d)
					afterDay = prev.Text
				}
			}
		}
		storyYearOf := ""
		if c.storyYear && !ctx.Anchor.IsZero() && ctx.AnchorGrain <= GrainYear {
			c.spec.Year = ctx.Anchor.Year()
			storyYearOf = ctx.AnchorText
		}
		resultOf := ""
		bareMonth := c.spec.Month != 0 && c.spec.Day == 0 && c.spec.Year == 0 && c.spec.Anchor == Absolute && c.spec.Shift == 0 && c.spec.Grain == GrainMonth
		if (c.spec.bareWeekday() || bareMonth) && ctx.AnchorGrain <= GrainDay && !ctx.Anchor.IsZero() && anchorAt <= c.start && c.start-anchorAt < 300 &&
			sentenceEndsIn(text, anchorAt, c.start, 1) == 0 && !targetWords[prevWord(lower, anchorStart)] && resultClause(lower[anchorAt:c.start]) {
			// "walked off the job ... on Saturday, forcing the airline to
			// suspend operations until at least Sunday"; "A federal judge
			// on Friday ... ordered both sides to appear at a hearing at
			// 10 a.m. Thursday": what a dated clause sets going, in a
			// participle of result or an infinitive it asks for, comes
			// after that day, whatever the tense of its verb. (Not after
			// a day the clause aims at: "set a hearing for Wednesday at
			// 10 a.m. and ordered the administration to report by noon
			// Tuesday".)
			// ("agreed on Monday to decide ..., setting up arguments in
			// April and a ruling by the end of June": the first such
			// month from that day's.)
			if bareMonth {
				c.spec.Year = ctx.Anchor.Year()
				if c.spec.Month < int(ctx.Anchor.Month()) {
					c.spec.Year++
				}
			} else {
				d := truncate(ctx.Anchor, GrainDay)
				for isoWeekday(d) != c.spec.Weekday {
					d = d.AddDate(0, 0, 1)
				}
				c.spec.pinWeekday(d)
			}
			resultOf = ctx.AnchorText
		}
		clockLater := ""
		if k := c.spec.CountCode; c.spec.Type == Duration && (k == "TH" || k == "TM") && c.spec.FromNow == 0 && !c.spec.Span && (c.spec.Mod == "" || c.spec.Mod == "APPROX") &&
			lastClock.text != "" && (sentenceEndsIn(text, lastClock.at, c.start, 2) < 2 || !lastClock.dayAfter && sentenceEndsIn(text, lastClock.at, c.start, 3) < 3) {
			// "The decision is due at 2 p.m. EST, followed by Powell's
			// press conference half an hour later": the time the amount
			// leads to from the last clock time told.
			mins := c.spec.Count
			if k == "TH" {
				mins *= 60
			}
			w := strings.TrimSpace(lower[c.end:min(len(lower), c.end+9)])
			word, rel := "later", "after"
			if strings.HasPrefix(w, "earlier") {
				word, rel, mins = "earlier", "before", -mins
			}
			if mins == float64(int(mins)) && strings.HasPrefix(w, word) && (len(w) == len(word) || !isLetter(w[len(word)])) {
				end := strings.Index(lower[c.end:], word) + c.end + len(word)
				if n := nextWordAt(lower, min(len(lower), end+1)); !laterGoesOn[n] && prevWord(lower, c.start) != "for" {
					at := lastClock.t.Add(time.Duration(mins) * time.Minute)
					clockLater = fmt.Sprintf("%s %s %s", strings.TrimSpace(text[c.start:c.end]), rel, quote(lastClock.text))
					c.end = end
					mod := c.spec.Mod // "about 50 minutes later": about that time
					c.spec = onDay(Spec{Hour: at.Hour(), Minute: at.Minute(), Meridiem: true}, at)
					c.spec.Mod = mod
				}
			}
		}
		beforeDay := ""
		if wd := c.spec.Weekday; c.spec.bareWeekday() && i+1 < len(cands) &&
			spanOpened(text[max(0, c.start-12):c.start], text[c.end:cands[i+1].start]) {
			// "will travel between Tuesday and next Monday", "from Friday
			// to Sunday, March 8": the weekday that opens a span is the
			// last one before the day that ends it, when that day is
			// named outright.
			n := &cands[i+1]
			// (or a bare weekday gone by: "issued 4,210 fines between
			// Thursday and Monday", published on a Thursday)
			explicit := n.spec.Holiday == "" && (n.spec.Strict || n.spec.Shift != 0 && n.spec.Weekday != 0 || n.spec.Month != 0 && n.spec.Day != 0 ||
				n.spec.bareWeekday() && ctx.Tense == TensePast && func() bool { t, _ := clauseTense(text, lower, n.start, n.end); return t == TensePast }())
			if nt := Resolve(text[n.start:n.end], n.spec, here); explicit && nt.Placeable() && nt.Grain == GrainDay {
				d := nt.Begin.AddDate(0, 0, -1)
				for isoWeekday(d) != wd {
					d = d.AddDate(0, 0, -1)
				}
				c.spec.pinWeekday(d)
				beforeDay = nt.Text
			}
		}
		// The second expression is read as the first read it, not again
		// after the first has moved the anchor ("from 14 to 16 June" after
		// "Next year's summit": both in 2026).
		var t Timex
		if resolvedNext != nil {
			t = *resolvedNext
		} else {
			t = Resolve(text[c.start:c.end], c.spec, here)
		}
		resolvedNext = nil
		if c.leansOnNext() {
			resolvedNext = partner
		}
		if c.datedByNext && i+1 < len(cands) {
			n := &cands[i+1]
			nt := Resolve(text[n.start:n.end], n.spec, here)
			switch {
			case !nt.Placeable():
			case c.spec.Holiday == "": // a weekday and its date in brackets
				if isoWeekday(nt.Begin) == c.spec.Weekday {
					d := c.spec
					d.pinWeekday(nt.Begin)
					t = Resolve(text[c.start:c.end], d, here)
					t.Why = whyHead(t, c.spec.PartOfDay) + ": the date the text gives it in brackets, " + quote(nt.Text)
				}
			default:
				t.Begin, t.Finish, t.Grain, t.Value = nt.Begin, nt.Finish, nt.Grain, nt.Value
				t.Why = whyHead(t, "") + ": the day the text gives it, " + quote(nt.Text) + ", whatever the holiday's rule gives"
			}
		}
		if c.unitsOn && t.Placeable() && t.Begin.After(opt.Published) {
			// "Eighty years on, the city held its ceremony", counted from a
			// later date of the story than the one it commemorates: the
			// words speak of the time of writing, never after it.
			now := Resolve(text[c.start:c.end], Spec{Type: Date, Grain: c.spec.Grain, Anchor: Now}, here)
			t.Begin, t.Finish, t.Grain, t.Value = now.Begin, now.Finish, now.Grain, now.Value
			t.Why = whyHead(t, "") + ": counted from the last date mentioned it would pass the publication date, so the " + grainNouns[t.Grain] + " of publication, the time the story is told"
		}
		if c.spec.bareClock() && ctx.Tense == TenseFuture && ctx.Cue != "would" && aheadDay.set && t.Placeable() &&
			(t.Begin.Before(pubDay) || namedDay.past && truncate(t.Begin, GrainDay).Equal(namedDay.day) && aheadDay.Anchor.After(t.Begin)) {
			// (or on the day of a past clause: "Data on Friday showed", published on Friday)
			on := onDay(c.spec, aheadDay.Anchor)
			on.Mod = c.spec.Mod
			if nt := Resolve(text[c.start:c.end], on, here); nt.Placeable() {
				nt.Why = whyHead(nt, "") + ": a time of what will be, on the last day named that lies ahead, " + quote(aheadDay.AnchorText) + ", not on a day of what was"
				t = nt
			}
		}
		if k := c.clockOf; k != nil && t.Placeable() {
			on := onDay(*k, t.Begin)
			on.Mod = k.Mod
			at := Resolve(text[c.start:c.end], on, here)
			at.Why = whyHead(at, "") + ", the time given on " + t.Why[strings.Index(t.Why, " -> ")+4:]
			t = at
		}
		t.Start, t.End, t.Rule = c.start, c.end, c.rule.Name
		t.Compared = c.spec.Versus || t.Type == Date && comparedWith(lower, c.start)
		if clockLater != "" && t.Placeable() {
			t.Why = whyHead(t, "") + ": " + clockLater + ", the last clock time told"
		}
		if holidayOf != "" && t.Placeable() {
			t.Why = whyHead(t, c.spec.PartOfDay) + ": the day of the holiday named after it, " + quote(holidayOf)
		}
		if afternoonOf != "" && t.Placeable() {
			t.Why += ", after " + quote(afternoonOf) + " in its sentence, so past noon"
		}
		if monthRangeEnd != "" && t.Placeable() {
			t.Why = whyHead(t, "") + ": the month that opens a range, in the year of the month that ends it, " + quote(monthRangeEnd)
		}
		if beforeDay != "" && t.Placeable() {
			t.Why = whyHead(t, c.spec.PartOfDay) + ": the last such weekday before the day that ends the span, " + quote(beforeDay)
		}
		if storyYearOf != "" && t.Placeable() {
			t.Why = whyHead(t, "") + ": in \"that year\", the year of the last date mentioned, " + quote(storyYearOf)
		}
		if sameDayOf != "" && t.Placeable() {
			t.Why = whyHead(t, "") + ": the day of the main event told, " + quote(sameDayOf) + ", not a day named since in a clause of 'after', 'before' or 'since' or the day it was said, confirmed or announced"
		}
		if resultOf != "" && t.Placeable() {
			what := "weekday"
			if bareMonth {
				what = "month"
			}
			t.Why = whyHead(t, c.spec.PartOfDay) + ": the first such " + what + " on or after " + quote(resultOf) + ", the day of the clause whose result or request it is in"
		}
		if afterDay != "" && t.Placeable() {
			t.Why = whyHead(t, c.spec.PartOfDay) + ": the first such weekday after the day it is joined to, " + quote(afterDay) + ", which lies ahead"
		}
		if spanDay != "" && t.Placeable() {
			t.Why = whyHead(t, c.spec.PartOfDay) + ": the day of that name in the days the sentence named before it, " + quote(spanDay)
		} else if sameDay != "" && t.Placeable() {
			t.Why = whyHead(t, c.spec.PartOfDay) + ": the weekday the story named with its date, " + quote(sameDay)
		} else if wd := c.spec.DayOfWeek; wd != 0 && c.spec.Month != 0 && c.spec.Day != 0 && t.Placeable() && absDays(t.Begin.Sub(opt.Published)) <= 14 {
			namedDays[wd], namedDayText[wd] = truncate(t.Begin, GrainDay), t.Text
		}
		if bracketDay != "" && t.Placeable() {
			t.Why = whyHead(t, "") + ": the time of the day named after its conversion in brackets, " + quote(bracketDay)
		} else if partner != nil && c.nounDay && !c.rangeDay {
			t.Why = whyHead(t, "") + ": the time of the day named after the event's noun, " + quote(partner.Text)
		} else if partner != nil {
			t.Why = rangeWhy(t, *partner, c.rule == rangeEndRule)
		}
		conversion := false // (a conversion in brackets moves no anchor: "10:28 p.m. EDT Friday (0228 UTC Saturday) ... the next day")
		if p := lastOf(out); t.Placeable() && t.Type == Time && t.Grain == GrainTime && c.start > 0 && text[c.start-1] == '(' &&
			p != nil && p.Type == Time && p.Grain == GrainTime && strings.TrimSpace(text[p.End:c.start-1]) == "" {
			conversion = true
			// "at 6:12 a.m. (2112 GMT) on Thursday": a conversion in
			// brackets that crosses midnight is on the day before (or
			// after) the local time's; no zone is more than 12 hours
			// behind UTC or 14 ahead of it.
			if p.Placeable() {
				diff := p.Begin.Sub(t.Begin)
				shift := 0
				switch {
				case diff > 14*time.Hour:
					shift = 1
				case diff < -12*time.Hour:
					shift = -1
				}
				if shift != 0 {
					if nt := Resolve(text[c.start:c.end], onDay(c.spec, t.Begin.AddDate(0, 0, shift)), here); nt.Placeable() {
						nt.Why = whyHead(nt, "") + ": the time in brackets of " + quote(p.Text) + ", across midnight from it"
						nt.Start, nt.End, nt.Rule, nt.Compared = t.Start, t.End, t.Rule, t.Compared
						t = nt
					}
				}
			}
		}
		if w, _ := wordBefore(lower, c.start); signals[w] {
			t.Signal = w
		}
		out = append(out, t)
		if c.rule == rangeEndRule && partner != nil && t.Grain == GrainDay && partner.Grain == GrainDay && t.Placeable() && partner.Placeable() &&
			t.Begin.After(partner.Begin) && t.Begin.Sub(partner.Begin) < 7*24*time.Hour && !spanModifiesNoun(text, c.end) {
			daySpan.from, daySpan.to, daySpan.at = truncate(partner.Begin, GrainDay), truncate(t.Begin, GrainDay), c.end
			daySpan.text = text[cands[i-1].start:c.end]
		}
		if t.Placeable() && t.Type == Time && t.Grain == GrainTime && !(c.start > 0 && text[c.start-1] == '(') {
			// (not "(0600 GMT)", the same time in another zone)
			lastClock.t, lastClock.at, lastClock.text, lastClock.dayAfter = t.Begin, c.end, t.Text, false
			lastClock.pm = c.spec.Meridiem || strings.Contains(lower[c.start:c.end], "night") || strings.Contains(lower[c.start:c.end], "evening")
		} else if t.Placeable() && t.Grain <= GrainDay {
			lastClock.dayAfter = true
		}
		// A date counted from the anchor ("a year earlier") does not move
		// it: the next "a year earlier" still means the main period. A
		// day counted from it does: the story has moved on to that day
		// ("on Aug. 29, 2005. By the next morning, ... Brown resigned on
		// Sept. 12", 2005).
		unit := c.spec.ShiftUnit
		if unit == 0 {
			unit = c.spec.Grain
		}
		moves := c.spec.Anchor != Story || c.spec.Shift == 0 && !c.spec.KeepGrain || unit <= GrainDay && !c.spec.KeepGrain
		if strings.HasPrefix(ctx.Cue, "after ") && strings.HasSuffix(ctx.Cue, "ing") && t.Placeable() && t.Begin.Before(pubDay.AddDate(0, 0, -7)) {
			// "is expected to hold Bank Rate ... after cutting it in
			// August": a past step given as the background of what is
			// expected is no day the story moves to
			moves = false
		}
		if c.spec.Clock && (everyDayAfter(lower, c.end) || c.leansOnNext() && i+1 < len(cands) && everyDayAfter(lower, cands[i+1].end)) {
			// "open from 6 a.m. to 10 p.m. daily": hours of every day
			// name no day the story moves to
			moves = false
		}
		if t.Placeable() && (c.spec.Month != 0 || c.rule == rangeEndRule && t.Grain == GrainDay) && c.spec.Holiday == "" {
			ctx.MonthNamed, ctx.MonthNamedText = t.Begin, t.Text
		}
		if moves && !conversion && !c.spec.KeepGrain && !c.spec.Record && t.Placeable() && (t.Type == Date || t.Type == Time) && t.Grain <= GrainYear {
			if ctx.AnchorGrain <= GrainDay && !ctx.Anchor.IsZero() {
				lastDay = dayAnchor{ctx, anchorAt, true}
			}
			ctx.Anchor, ctx.AnchorGrain, ctx.AnchorText = t.Begin, t.Grain, t.Text
			anchorAt = c.end
			anchorReported = tellingVerbs[ctx.Cue]
			anchorCue, eventByAnchor = ctx.Cue, false
			if !anchorReported && t.Grain <= GrainDay {
				prevEventDay, eventDay, eventByAnchor = eventDay, dayAnchor{ctx, c.end, true}, true
			}
			if from, to := podHours(c.spec); to > 0 && (t.Grain == GrainPartOfDay || t.Grain == GrainDay) {
				podDay.dayAnchor, podDay.from, podDay.to = dayAnchor{ctx, c.end, true}, from, to
				podDay.Anchor, podDay.AnchorGrain = truncate(t.Begin, GrainDay), GrainDay
			}
			var tday time.Time // the day of t, when t is a day or a time of it
			if t.Grain <= GrainDay {
				tday = truncate(t.Begin, GrainDay)
				namedDay.day, namedDay.past = tday, ctx.Tense == TensePast
			}
			if t.Grain <= GrainDay && !tday.Before(pubDay) && ctx.Tense != TensePast {
				aheadDay.Anchor, aheadDay.AnchorText, aheadDay.set = tday, t.Text, true
				if t.Grain < GrainDay && t.Begin.Equal(aheadDay.Anchor) && aheadDay.Anchor.After(pubDay) {
					// "until midnight Sunday": the end of Sunday, whose
					// events are Sunday's
					aheadDay.Anchor = aheadDay.Anchor.AddDate(0, 0, -1)
				}
			}
			if t.Grain == GrainDay && voteNear(lower, c.start, c.end) {
				voteDay = dayAnchor{ctx, c.end, true}
				switch d := truncate(t.Begin, GrainDay); {
				case d.Before(pubDay):
					if !pastVote.set || d.After(pastVote.Anchor) {
						pastVote = voteDay
					}
				case !nextVote.set || d.Before(nextVote.Anchor):
					nextVote = voteDay
				}
			}
			anchorStart = c.start
			if !leadDay.set && !anchorReported && !c.spec.bareClock() && t.Grain <= GrainDay &&
				absDays(truncate(t.Begin, GrainDay).Sub(pubDay)) <= 3 && sentenceEndsIn(text, 0, c.start, 2) < 2 {
				leadDay = dayAnchor{ctx, c.end, true}
				leadDay.Anchor, leadDay.AnchorGrain = truncate(t.Begin, GrainDay), GrainDay
			}
			scanned, sentenceEnds, secondEnd, thirdEnd = c.end, -1, -1, -1
			w, _ := wordBefore(lower, c.start)
			anchorEndsSpan = c.rule == rangeEndRule || w == "to" || w == "until" || w == "through" || w == "till" || w == "thru"
			// (and the days of the plan that follow it in its sentence)
			ctx.AnchorStarts = w == "from" || w == "starting" || w == "beginning" || ctx.AnchorStarts && here.AnchorHere
			ctx.AnchorNamesEvent = t.Grain == GrainYear && namesEvent(text, lower, c.start, c.end)
			ctx.AnchorOpens = t.Grain == GrainYear && (opensSentence(text, lower, c.start) || strings.HasPrefix(lower[c.end:], ", when "))
			// (only a day of long ago can start a chronology: see Resolve)
			ctx.AnchorAside = t.Grain <= GrainDay && t.Begin.Before(opt.Published.AddDate(0, -10, 0)) && asideDate(text, lower, c.start)
			ctx.AnchorNight = (t.Grain == GrainTime || t.Grain == GrainPartOfDay) && t.Begin.Hour() >= 18
			if t.Grain == GrainTime || t.Grain == GrainPartOfDay {
				ctx.Anchor, ctx.AnchorGrain = truncate(t.Begin, GrainDay), GrainDay
			}
			if c.spec.Mod != "" || c.spec.Bounded {
				ctx.Anchor = truncate(startOfValue(t), t.Grain)
			}
			if !ctx.Anchor.Before(yearBefore) && !ctx.Anchor.After(opt.Published) && ctx.AnchorGrain >= GrainMonth &&
				reportPeriod(lower, c.start, &t, ctx.AnchorGrain, c.spec.Anchor == Now, &report, pubDay, c.start-prevEnd <= 5 && prevEnd > 0 && strings.TrimSpace(lower[prevEnd:c.start]) == "and" && comparisonBase(lower, prevStart)) {
				report.Anchor, report.AnchorGrain, report.AnchorText = ctx.Anchor, ctx.AnchorGrain, ctx.AnchorText
			}
			prevStart, prevEnd = c.start, c.end
		}
		if d := lower[max(0, c.start-30):c.start]; t.Placeable() && t.Grain == GrainDay && (strings.HasSuffix(d, "three months ended ") || strings.HasSuffix(d, "three months ending ") || strings.HasSuffix(d, "three months to ")) &&
			t.Begin.AddDate(0, 0, 1).Day() == 1 && t.Begin.Month()%3 == 0 && !t.Begin.Before(yearBefore) {
			// "the three months ended Sept. 30": a calendar quarter, the
			// period a figure is for
			report.Anchor, report.AnchorGrain, report.AnchorText = truncate(t.Begin, GrainQuarter), GrainQuarter, "the three months ended "+t.Text
		}
	}
	return out
}

// monthRangeYear returns the year of the bare month cands[i] when it opens
// a range ("from March to November last year", "between May and August
// 2024") whose last month states its year or names it relative to the
// publication ("last year"): that year, or the one before when the
// first month comes later in the calendar; 0 otherwise.
func monthRangeYear(text, lower string, cands []candidate, i int, here Context) int {
	c := &cands[i]
	if i+1 >= len(cands) || c.spec.Month == 0 || c.spec.Day != 0 || c.spec.Year != 0 || c.spec.Anchor != Absolute || c.spec.Shift != 0 || c.spec.Grain != GrainMonth {
		return 0
	}
	n := &cands[i+1]
	if n.spec.Month == 0 || n.spec.Day != 0 || !(n.spec.Year != 0 || n.spec.ShiftUnit == GrainYear && n.spec.Shift != 0) {
		return 0
	}
	gap := lower[c.end:n.start]
	if gap != " to " && gap != " through " && gap != " until " && gap != "-" && gap != " and " {
		return 0
	}
	if w := prevWord(lower, c.start); w != "from" && w != "between" {
		return 0
	}
	nt := Resolve(text[n.start:n.end], n.spec, here)
	if !nt.Placeable() {
		return 0
	}
	y := nt.Begin.Year()
	if c.spec.Month > int(nt.Begin.Month()) {
		y--
	}
	return y
}

// podHours are the clock hours [from, to) of the part of the day a date
// names ("Friday night", "Thursday afternoon") or of "late" and "early"
// on a day ("late on Sunday"); 0, 0 for none.
func podHours(s Spec) (from, to int) {
	switch s.PartOfDay {
	case "MO":
		return 5, 12
	case "AF":
		return 12, 18
	case "EV":
		return 17, 22
	case "NI":
		return 18, 24
	}
	if s.Grain == GrainDay && s.Weekday != 0 {
		switch s.Mod {
		case "END":
			return 18, 24
		case "START":
			return 0, 9
		}
	}
	return 0, 0
}

// lastOf returns the last expression of out, or nil.
func lastOf(out []Timex) *Timex {
	if len(out) == 0 {
		return nil
	}
	return &out[len(out)-1]
}

// spanModifiesNoun reports whether the span of days ending at end stands
// before the noun it dates ("before the Fed's Dec. 17-18 meeting, and on
// remarks by Powell at 1:45 p.m. on Wednesday"): the weekdays named after
// it are not the span's own.
func spanModifiesNoun(text string, end int) bool {
	if end < len(text) && text[end] != ' ' {
		return false
	}
	n, _ := wordAfter(text, end)
	return n != "" && isLower(n[0]) && !prepositions[n] && n != "with" && n != "when" && n != "as"
}

// dayAnchor is a day the story named, remembered as the context it set
// (Context) and where its words end (at), for a bare clock time read
// after other dates have moved the anchor on; set: one was named.
type dayAnchor struct {
	Context
	at  int
	set bool
}

// clockOfAnchor reports whether the clock time at start follows the date
// that ends at anchorAt with only "from", "at", "between" or a comma
// between them: "rescheduled for Feb. 21 from 1 to 5 p.m." is on Feb. 21,
// whatever day the story leads with.
func clockOfAnchor(lower string, anchorAt, start int) bool {
	if anchorAt > start || start-anchorAt > 16 {
		return false
	}
	for _, w := range strings.Fields(strings.ReplaceAll(lower[anchorAt:start], ",", " ")) {
		if w != "from" && w != "at" && w != "between" {
			return false
		}
	}
	return true
}

// putOn makes the day the anchor of here, for the expression at start:
// named in its sentence (AnchorHere) or the one before (AnchorBefore).
func (d *dayAnchor) putOn(here *Context, text string, start int) {
	ends := sentenceEndsIn(text, d.at, start, 2)
	here.Anchor, here.AnchorGrain, here.AnchorText = d.Anchor, d.AnchorGrain, d.AnchorText
	here.AnchorHere, here.AnchorBefore = ends == 0, ends == 1
	// the night is that day's, not the current anchor's: "arrested a man
	// early Wednesday in the shooting ... on Saturday night ... taken into
	// custody about 3 a.m." is Wednesday's 3 a.m.
	here.AnchorNight = d.AnchorNight
}

// sentenceEndBytes are the only bytes that may end a sentence
// (endsSentence).
const sentenceEndBytes = "\n!?;."

// sentenceEndsIn counts the sentence ends in text[from:to], up to limit.
func sentenceEndsIn(text string, from, to, limit int) int {
	n := 0
	for from < to && n < limit {
		k := indexSentenceEnd(text[from:to])
		if k < 0 {
			break
		}
		if from += k; endsSentence(text, from) {
			n++
		}
		from++
	}
	return n
}

// whyHead opens the Why of a placed expression: its words and where they
// lead ("\"Saturday\" -> Saturday 15 June 2024"), pod naming its part of
// the day.
func whyHead(t Timex, pod string) string {
	return quote(t.Text) + " -> " + describe(t.Begin, t.Grain, pod, true)
}

// asideDate reports whether the date at start stands in an aside in
// commas or gives a life's or a body's start: ", who was born on",
// ", founded in", "born March 3, 1950".
func asideDate(text, lower string, start int) bool {
	lo := max(0, start-60)
	if k := strings.LastIndexAny(text[lo:start], ",(;"); k >= 0 {
		seg := strings.TrimLeft(lower[lo+k+1:start], " ")
		if strings.HasPrefix(seg, "who ") || strings.HasPrefix(seg, "which ") || strings.HasPrefix(seg, "whose ") || participlePhrase(seg) {
			return true
		}
	}
	for _, w := range []string{"born", "founded", "established", "died", "married"} {
		if strings.Contains(lower[lo:start], w) {
			return true
		}
	}
	return false
}

// opensSentence reports whether the expression at start opens its
// sentence, alone or after "In" or "From" ("Last year, ...", "In 2025,
// ...").
func opensSentence(text, lower string, start int) bool {
	at := start
	if w := prevWord(lower, start); w == "in" || w == "from" {
		at = prevWordStart(lower, start)
	}
	k := at - 1
	for k >= 0 && (text[k] == ' ' || text[k] == '"' || text[k] == '\'') {
		k--
	}
	return k < 0 || endsSentence(text, k) || text[k] == ':' || strings.HasSuffix(text[:k+1], "—") || strings.HasSuffix(text[:k+1], " -")
}

// namesEvent reports whether the year text[start:end] is part of an
// event's name or names an event: "the 2026 Oscars", "the LA 2028
// Olympics", "the 2026 final", "Next year's summit" (not "the 2010 law").
func namesEvent(text, lower string, start, end int) bool {
	before := strings.HasSuffix(lower[:start], "the ")
	if w, _ := wordBefore(text, start); w != "" && isUpper(w) && !before {
		before = strings.HasSuffix(lower[:max(0, start-len(w)-1)], "the ") // "the LA 2028 Olympics"
	}
	rest := text[end:]
	possessive := strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ")
	if possessive {
		rest = rest[strings.IndexByte(rest, ' '):]
	}
	if !before && !possessive || len(rest) < 2 || rest[0] != ' ' {
		return false
	}
	next, _, _ := strings.Cut(rest[1:], " ")
	next = strings.TrimRight(next, ".,;:")
	if 'A' <= next[0] && next[0] <= 'Z' && !possessive && before {
		// (not inside a phrase: "pictures of the 1968 Democratic convention")
		w, _ := wordBefore(lower, strings.LastIndex(lower[:start], "the "))
		return !eventPrepositions[w]
	}
	// a noun of an event, when the phrase is the subject of its clause
	// ("UEFA said that the 2026 final will be played", "Next year's summit
	// will be"; not "who lost the 2020 election")
	at := start
	if before {
		at = strings.LastIndex(lower[:start], "the ")
	}
	w, _ := wordBefore(lower, at)
	opens := w == "" || w == "that"
	if w == "" && at > 0 {
		k := at - 1
		for k > 0 && lower[k] == ' ' {
			k--
		}
		opens = lower[k] == '.' || lower[k] == '\n' || lower[k] == '"' || lower[k] == '!' || lower[k] == '?'
	}
	return opens && yearEventNouns[strings.ToLower(next)]
}

// eventPrepositions before "the <year> <Event>" put it inside another
// phrase, whose year is not the sentence's.
var eventPrepositions = map[string]bool{"of": true, "at": true, "from": true, "since": true, "after": true, "before": true, "during": true, "like": true}

// yearEventNouns after a year name an event of that year: "the 2026 final".
var yearEventNouns = map[string]bool{
	"final": true, "finals": true, "summit": true, "season": true, "election": true, "elections": true,
	"games": true, "tournament": true, "championship": true, "championships": true, "census": true,
	"midterms": true, "playoffs": true, "conference": true, "edition": true, "race": true, "festival": true,
	"budget": true, "congress": true, "convention": true, "expo": true, "olympics": true,
}

// signals are the prepositions Timex.Signal reports.
var signals = map[string]bool{"by": true, "before": true, "after": true, "since": true, "until": true, "till": true, "within": true}

// startOfValue is the start of the unit a timex's value names (its
// interval may be narrowed by a mod).
func startOfValue(t Timex) time.Time { return truncate(t.Begin, t.Grain) }

// subordinateDay reports whether the day at text[start:end] is named in
// the possessive ("Tuesday's two-year sale") or in a clause opened by
// "after", "before" or "since" ("after Trump unveiled tariffs late
// Wednesday"): beside the event a sentence tells, not its day.
func subordinateDay(text, lower string, start, end int) bool {
	if rest := text[end:]; strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") {
		return true
	}
	lo := max(0, start-100)
	for to := start; ; {
		k := strings.LastIndexAny(lower[lo:to], ",;.")
		if k >= 0 && lower[lo+k] == '.' && !endsSentence(text, lo+k) {
			to = lo + k // "in St. Peter's Square": no end of a clause
			continue
		}
		if k >= 0 {
			lo += k + 1
		}
		break
	}
	clause := lower[lo:start]
	return hasWord(clause, "after") || hasWord(clause, "before") || hasWord(clause, "since")
}

// hasWord reports whether w stands in s as a whole word.
func hasWord(s, w string) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], w)
		if k < 0 {
			return false
		}
		a, b := i+k, i+k+len(w)
		if (a == 0 || !isLetter(s[a-1])) && (b == len(s) || !isLetter(s[b])) {
			return true
		}
		i = b
	}
}

// comparedWith reports whether the date at lower[start:] is the standard
// of a comparison, the period a figure or a state is measured against:
// "five days shorter than last year's", "higher than in 2019", "compared
// with last year", "versus the year before". It is placed, but nothing
// happened at it. A limit is no comparison: "no later than Friday",
// "earlier than next year", "rather than in March" keep their date.
func comparedWith(lower string, start int) bool {
	w := prevWord(lower, start)
	at := prevWordStart(lower, start)
	if w == "in" || w == "during" || w == "at" {
		w = prevWord(lower, at)
		at = prevWordStart(lower, at)
	}
	switch w {
	case "versus", "vs":
		return true
	case "with", "to":
		return prevWord(lower, at) == "compared"
	case "than":
		switch prevWord(lower, at) {
		case "earlier", "later", "sooner", "rather", "other", "before", "after", "":
			return false
		}
		return true
	}
	return false
}

// targetWords before a date make it a term or the date of a thing, not
// the time of its clause.
var targetWords = map[string]bool{"for": true, "until": true, "till": true, "by": true, "through": true, "to": true}

// resultWords open a participle of result after a comma (", forcing the
// airline to suspend operations", ", clearing the way for lenders to
// announce", ", setting up a final vote"): what follows comes after the
// clause before the comma.
var resultWords = []string{", forcing ", ", clearing the way ", ", paving the way ", ", setting up ", ", prompting ", ", allowing ", ", opening the way "}

// resultClause (on lower-cased text between a dated clause and a weekday)
// reports whether the weekday is in what that clause sets going: a
// participle of result after a comma, or an infinitive after a verb of
// requestVerbs ("ordered both sides to appear at a hearing at"), in the
// same clause (no ", and", no brackets or dashes of a dateline, no
// "said" or "that" of a report between).
func resultClause(seg string) bool {
	if k := strings.Index(seg, ", which "); k >= 0 {
		// past a relative clause: "voted on Monday night to advance the
		// act, which the House passed in April, setting up a final vote"
		if e := strings.Index(seg[k+2:], ", "); e >= 0 {
			seg = seg[:k] + seg[k+2+e:]
		}
	}
	if strings.Contains(seg, ", and ") || strings.Contains(seg, ", but ") || strings.ContainsAny(seg, "()—;") || strings.Contains(seg, " - ") ||
		strings.Contains(seg, " said") || strings.Contains(seg, " that ") || strings.Contains(seg, " which ") || strings.Contains(seg, " who ") {
		return false
	}
	for _, w := range resultWords {
		if strings.Contains(seg, w) {
			return true
		}
	}
	k := strings.LastIndex(seg, " to ")
	if k < 0 || strings.Contains(seg[k:], ", ") {
		return false
	}
	if w, _ := wordAfter(seg, k+len(" to ")); len(w) < 3 || determinerWords.has(w) || infinitiveNouns[w] ||
		strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") || !isLower(w[0]) {
		return false // "cleared the main road to the airport"
	}
	found := false
	wordsBack(seg, k, 4, func(_ int, w string, _ int) bool {
		found = requestVerbs[w] && w != "expected" && w != "needed"
		return found
	})
	return found
}

// reportPeriod reports whether the period t (of grain g), placed at
// lower[start:], is one a figure is reported for, to take the place of
// report, the last such period: not a base the figure is compared with
// ("rose 0.3% in September from August", "after a 3.8% drop in the first
// quarter", "after shrinking in September and October": base, also for
// the second of two periods joined by "and"), not a quarter or month
// still running at publication ("forecast fourth-quarter sales"), and
// not a month or year that overlaps the quarter being reported ("in the
// third quarter ... at the end of September", "second-quarter profit
// ... for the full year").
func reportPeriod(lower string, start int, t *Timex, g Grain, deictic bool, report *Context, pubDay time.Time, base bool) bool {
	if base || comparisonBase(lower, start) {
		return false
	}
	if (g == GrainQuarter || g == GrainMonth && deictic) && t.Finish.After(pubDay.AddDate(0, 0, 1)) {
		return false
	}
	if report.AnchorGrain == GrainQuarter && g != GrainQuarter && !report.Anchor.IsZero() {
		end := report.Anchor.AddDate(0, 3, 0)
		if t.Begin.Before(end) && t.Finish.After(report.Anchor) {
			return false
		}
	}
	return true
}

// comparisonBase reports whether the period at lower[start:] is the base
// a figure is compared with: after "from" or "than" ("rose 0.3% from
// August", "rebounding from an October held down by hurricanes"), or
// after "in" in a phrase opened by "after" within the five words before
// it ("after a 0.2% gain in August", "after shrinking in September").
func comparisonBase(lower string, start int) bool {
	p := prevWord(lower, start)
	if p == "an" || p == "a" {
		if q := prevWord(lower, prevWordStart(lower, start)); q == "from" || q == "than" {
			return true
		}
	}
	if p == "from" || p == "than" {
		return true
	}
	if p != "in" || !strings.Contains(lower[max(0, start-60):start], "after") {
		return false
	}
	found := false
	wordsBack(lower, prevWordStart(lower, start), 5, func(_ int, w string, _ int) bool {
		found = w == "after"
		return found || w == "in" || w == "and" || w == "said"
	})
	return found
}

// sameDayEvent returns the day "the same day" (or "that day") at
// text[start:end] means when the anchor is a day it cannot mean: the
// event day after a day of telling (anchorReported, with the reading of
// bare clock times), or, for "the same day", the event day before an
// anchor named in an "after", "before" or "since" clause or as the day
// of a confirmation or an announcement; false when there is none.
func sameDayEvent(s *Spec, text, lower string, start, end, anchorStart, anchorAt int, anchorCue string, eventByAnchor bool, eventDay, prevEventDay *dayAnchor) (dayAnchor, bool) {
	if s.Anchor != Story || s.Shift != 0 || s.Grain != GrainDay || s.Weekday != 0 {
		return dayAnchor{}, false
	}
	if tellingVerbs[anchorCue] {
		return *eventDay, eventDay.set
	}
	if !strings.HasSuffix(lower[start:end], "same day") ||
		!(anchorCue == "confirmed" || anchorCue == "announced" || subordinateDay(text, lower, anchorStart, anchorAt)) {
		return dayAnchor{}, false
	}
	if eventByAnchor {
		return *prevEventDay, prevEventDay.set
	}
	return *eventDay, eventDay.set
}

// everyDayAfter (on lower-cased text) reports whether words of every day
// follow a clock time that ends at end: "daily", "each day", "every
// day", "a day".
func everyDayAfter(lower string, end int) bool {
	rest := lower[end:min(len(lower), end+11)]
	return strings.HasPrefix(rest, " daily") || strings.HasPrefix(rest, " each day") || strings.HasPrefix(rest, " every day") || strings.HasPrefix(rest, " a day")
}
