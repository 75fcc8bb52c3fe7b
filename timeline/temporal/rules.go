package temporal

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// rule is one kind of temporal expression: a readable name, the trigger
// words a match can start with, a pattern with named groups, examples the
// tests check, and the extract function that turns a match into an
// underspecified value. Extract returns false to reject a match (a news
// trap such as "March on Washington").
type rule struct {
	Name   string
	Starts []string // trigger words or classes: <month>, <weekday>, <season>, <digits>, <number>, <ordinal>, <unit>, <setword>, <holiday>
	// Needs is a cheap test made before the pattern runs: each element
	// lists words or classes ("<unit>|weekend") of which one must occur
	// among the words the pattern could reach.
	Needs []string
	// Guard, when set, is a test of the lower-cased window, cheaper than
	// the pattern, that every match the rule takes passes (the pattern
	// matches and Extract accepts): the pattern runs only when it holds.
	Guard    func(window string) bool
	Pattern  string
	Examples []string
	Extract  func(m *match) (Spec, bool)

	re   *regexp.Regexp
	need []uint64 // Needs as class bit sets
	lit  string   // text every match holds (mustContain)

	prog     *syntax.Prog // re for nextChars (syntaxProg)
	progOnce sync.Once
	pat      *pattern // re for backtracker (find)
	patOnce  sync.Once
}

// Pattern fragments, built once from the word lists.
var (
	pMonth   = "(?P<month>" + alt(months) + ")"
	pWeekday = "(?P<weekday>" + alt(weekdays) + ")"
	pSeason  = "(?P<season>" + alt(seasons) + ")"
	pYear    = `(?P<year>1[0-9]{3}|20[0-9]{2}|2100)`
	pDay     = `(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?`
	pOrd     = "(?P<ord>" + alt(ordinals) + ")"
	pUnit    = "(?P<unit>" + alt(units) + ")"
	// pNum takes any figure or word (with "a ... of" around it) where an
	// amount may stand; extract functions check it with quantity() and
	// vagueNumbers. A generic pattern keeps the regexp small, and so fast.
	pNum = `(?P<num>[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+|/[0-9]+)?|(?:a\s+)?[a-z]+(?:[\s-][a-z]+)?(?:\s+of)?)`
	pPod = "(?P<pod>" + alt(partsOfDay) + ")"
	// pPodFirst is a hedged part of the day before its day: "mid-afternoon
	// yesterday", "late morning Tuesday" (the hedge is required: "every
	// morning Monday to Friday" is not one).
	pPodFirst = `(?P<mod>early|mid|late)[\s-]*(?P<pod>morning|afternoon|evening)\s+`
	// pZone: a time zone after a clock time ("EST", "ET", "GMT", "local
	// time", "Eastern time").
	pZone = `(?:(?:[ecmpkh]|a[cekw]|nz)[sd]?t|gmt|utc|bst|cest?|cet|eest?|eet|[ew]at|a[sd]t|wib|brt|gst|msk|jst|kst|hkt|sgt|sast|ist|pkt|pht|(?:local|eastern|central|pacific)\s+time)\b`
	// pNumberWords: a number from one to ninety-nine in words.
	pNumberWords = `(?:(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?|[a-z]+teen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|oh[\s-][a-z]+)`
	// pBareHour is an hour with no a.m. or p.m.: "8", "eight", "10:30",
	// "8 o'clock" (not "1030" nor "12.50": a price, an index level).
	pBareHour = `(?P<h>[012]?[0-9]|[a-z]+)(?::(?P<mi>[0-5][0-9]))?(?:\s*(?P<oc>o['’]clock))?`
	// pOnWeekday: the day a clock time falls on, after it ("02:00 BST on
	// Sunday", "1900 GMT Wednesday").
	pOnWeekday = `(?:,?\s+(?:on\s+)?` + pWeekday + `\b)?`
	pApprox    = `(?:(?P<approx>` + strings.ReplaceAll(strings.Join(approxPhrases, "|"), " ", `\s+`) + `)\s+)`
)

// pWeekdayShort: a weekday abbreviated without its dot ("Thu", "Fri"),
// which only "this", "next" or "last" makes a day ("Sun" and "Sat" are
// left out: "the last Sun reporter", "who last sat").
var pWeekdayShort = "(?P<wdshort>" + alt(weekdayShort) + `)\b`

// prepositions that introduce a time ("in March", "since spring"): a bare
// month or season after one of these is a date, not a name or a verb.
var prepositions = map[string]bool{
	"in": true, "on": true, "since": true, "until": true, "till": true, "by": true,
	"from": true, "through": true, "throughout": true, "during": true, "before": true,
	"after": true, "of": true, "to": true, "between": true, "and": true, "or": true,
	"for": true, "at": true, "into": true, "last": true, "next": true, "this": true,
	"early": true, "late": true, "mid": true, "that": true, "each": true, "every": true,
	"around": true, "over": true, "past": true, "the": true,
}

// rules is the registry. At each trigger word the tagger tries the rules
// that can start there and keeps the longest match (the first rule on a
// tie) whose extract function accepts it.
// isoMonthNotRange tells "2014-10" (October 2014) from "the 2009-10
// season" (two years): a year and a month after a hyphen is read as ISO
// only when the two digits could not end a range of years, being no
// greater than the year's own last two ("2014-10", "2019-12").
func isoMonthNotRange(mm string, year int) bool {
	mo, _ := strconv.Atoi(mm)
	return len(mm) == 2 && mo >= 1 && mo <= 12 && mo < year%100
}

var rules = []*rule{
	{
		Name:     "<month> <day>, <year>",
		Needs:    []string{"<yyyy>"},
		Starts:   []string{"<month>"},
		Pattern:  pMonth + `\s+` + pDay + `(?:,\s*|\s+)` + pYear,
		Examples: []string{"June 12, 2024", "Aug. 10, 1988", "March 3rd 2015"},
		Extract: func(m *match) (Spec, bool) {
			return dayDate(m.int("year"), lookupMonth(m.get("month")), m.int("day"))
		},
	},
	{
		Name:     "<weekday>, <month> <day>[, <year>]",
		Needs:    []string{"<month>"},
		Starts:   []string{"<weekday>", "this", "next", "last"},
		Pattern:  `(?:(?:this(?:\s+coming|\s+past)?|next|last)\s+)?` + pWeekday + `,?\s+` + pMonth + `\s+(?:` + pDay + `|(?P<ord>[a-z]+(?:-[a-z]+)?))(?:,?\s+` + pYear + `)?`,
		Examples: []string{"Monday, Oct. 26", "Wednesday, June 12, 2024", "this coming Sunday, March eighth"},
		Extract: func(m *match) (Spec, bool) {
			d := m.int("day")
			if o := m.get("ord"); o != "" {
				if d = ordinals[norm(o)]; d == 0 || isDigit(o[0]) {
					return Spec{}, false
				}
			}
			s, ok := dayDate(m.int("year"), lookupMonth(m.get("month")), d)
			s.DayOfWeek = weekdays[norm(m.get("weekday"))]
			return s, ok
		},
	},
	{
		Name:     "<weekday>[,] <day> <month>[ <year>]",
		Needs:    []string{"<month>", "<digits>"},
		Starts:   []string{"<weekday>"},
		Pattern:  pWeekday + `,?\s+` + pDay + `\s+` + pMonth + `(?:,?\s+` + pYear + `)?`,
		Examples: []string{"Saturday 26 July", "Wednesday, 11 June 2025", "Thursday 5th June"},
		Extract: func(m *match) (Spec, bool) {
			if mo := m.get("month"); !isUpper(mo) && (norm(mo) == "may" || norm(mo) == "march") {
				return Spec{}, false // "on Friday 3 may go"
			}
			s, ok := dayDate(m.int("year"), lookupMonth(m.get("month")), m.int("day"))
			s.DayOfWeek = weekdays[norm(m.get("weekday"))]
			return s, ok
		},
	},
	{
		Name:     "<day> <month> [<year>]",
		Needs:    []string{"<month>"},
		Starts:   []string{"<digits>", "the"},
		Pattern:  `(?:the\s+)?` + pDay + `(?P<glued>\s*)(?:of\s+)?` + pMonth + `(?:,?\s+` + pYear + `|\s+(?P<yrel>last|this|next)\s+year)?`,
		Examples: []string{"12 June 2024", "the 13th of July", "3 March", "1 July next year", "14april 2015"},
		Extract: func(m *match) (Spec, bool) {
			if mo := m.get("month"); !isUpper(mo) && (norm(mo) == "may" || norm(mo) == "march") {
				return Spec{}, false
			}
			if mo := norm(m.get("month")); !m.has("glued") && (len(mo) < 5 && mo != "june" && mo != "july" || mo == "sept.") {
				return Spec{}, false // "14april 2015" is a date written in haste; "3mar", "12dec" are codes
			}
			if t := m.text[m.start:m.end]; strings.Contains(t, " of ") && !strings.HasPrefix(t, "the") && !strings.HasPrefix(t, "The") && !isLetter(m.text[m.start+len(m.get("day"))]) {
				if w, _ := m.prevWord(); norm(w) == "top" || norm(w) == "bottom" || strings.HasPrefix(m.text[m.end:], "'s") || strings.HasPrefix(m.text[m.end:], "’s") {
					return Spec{}, false // "in the top 10 of April's draft": a rank (but "4 of July")
				}
			}
			if t := m.text[m.start:m.end]; (strings.HasPrefix(t, "the") || strings.HasPrefix(t, "The")) && !strings.Contains(t, " of ") {
				if d := m.get("day"); !strings.Contains(t, d+"st") && !strings.Contains(t, d+"nd") && !strings.Contains(t, d+"rd") && !strings.Contains(t, d+"th") {
					return Spec{}, false // "the 31 January deadline": the date is "31 January" (but "the 13th of July", "the 4th July")
				}
			}
			y, mo, d := m.int("year"), lookupMonth(m.get("month")), m.int("day")
			if r := norm(m.get("yrel")); r != "" { // "1 July next year"
				s, ok := dayDate(0, mo, d)
				s.Anchor, s.ShiftUnit, s.Shift = Now, GrainYear, relWords[r].shift
				return s, ok
			}
			if y == 0 {
				y = eventYear(m, mo, d) // "the 7 October attacks"
			}
			return dayDate(y, mo, d)
		},
	},
	{
		Name:     "the <day>th (a day of the month last named)",
		Starts:   []string{"the"},
		Pattern:  `the\s+(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)\b`,
		Examples: []string{"flights resume on the 15th", "The vote is due by the 3rd."},
		Extract: func(m *match) (Spec, bool) {
			d := m.int("day")
			w, _ := m.prevWord()
			if d < 1 || d > 31 || !dayPrepositions[norm(w)] || !figureEndsWell(m.text, m.end, false) || norm(m.nextWord()) == "of" {
				return Spec{}, false // "on the 15th floor", "since the 19th century"
			}
			return Spec{Type: Date, Grain: GrainDay, Day: d, Anchor: Story}, true
		},
	},
	{
		Name:     "the week of|beginning <month> <day>|<day> <month>[, <year>]",
		Needs:    []string{"week", "<month>"},
		Starts:   []string{"the"},
		Pattern:  `the\s+week\s+(?:of|beginning|starting|commencing)\s+(?:` + pMonth + `\s+` + pDay + `|` + pDay + `\s+` + pMonth + `)\b(?:,?\s+` + pYear + `)?`,
		Examples: []string{"the week of March 6", "the week of Jan. 3, 2000", "the week of 12 October", "in the week beginning 24 March"},
		Extract: func(m *match) (Spec, bool) {
			s, ok := dayDate(m.int("year"), lookupMonth(m.get("month")), m.int("day"))
			s.Within = GrainWeek
			return s, ok
		},
	},
	{
		Name:     "the <ordinal in words> of <month>[, <year>]",
		Needs:    []string{"<ordinal>", "<month>"},
		Starts:   []string{"the"},
		Pattern:  `the\s+(?P<ord>[a-z]+(?:-[a-z]+)?)\s+of\s+` + pMonth + `(?:,?\s+` + pYear + `)?`,
		Examples: []string{"the third of March", "the first of April 2024", "the twenty-first of June"},
		Extract: func(m *match) (Spec, bool) {
			d := ordinals[norm(m.get("ord"))]
			if d == 0 || isDigit(m.get("ord")[0]) || isUpper(m.get("ord")) || !isUpper(m.get("month")) {
				return Spec{}, false // "the 3rd of March" is read with the figures; "the Fourth of July" is a holiday
			}
			return dayDate(m.int("year"), lookupMonth(m.get("month")), d)
		},
	},
	{
		Name:     "<month> [the] <ordinal in words>[, <year>]",
		Needs:    []string{"<ordinal>"},
		Starts:   []string{"<month>"},
		Pattern:  pMonth + `\s+(?:the\s+)?(?P<ord>[a-z]+(?:-[a-z]+)?)(?:,?\s+` + pYear + `)?`,
		Examples: []string{"March eighth", "march third 2015", "June the first"},
		Extract: func(m *match) (Spec, bool) {
			d := ordinals[norm(m.get("ord"))]
			if d == 0 || isDigit(m.get("ord")[0]) || !isUpper(m.get("month")) && !m.has("year") {
				return Spec{}, false // "may first" (a modal), "March second place"
			}
			if n := norm(m.nextWord()); n != "" && (units[n].grain != 0 || n == "place" || n == "round" || n == "time" || n == "term" || n == "half" || n == "quarter") {
				return Spec{}, false
			}
			return dayDate(m.int("year"), lookupMonth(m.get("month")), d)
		},
	},
	{
		Name:     "<month> <day>",
		Needs:    []string{"<digits>"},
		Starts:   []string{"<month>"},
		Pattern:  pMonth + `\s+` + pDay,
		Examples: []string{"June 12", "Sept. 30", "march 3", "the Jan. 6 attack"},
		Extract: func(m *match) (Spec, bool) {
			if c := m.nextByte(); c == ':' || c == '%' || c == '-' && m.end+1 < len(m.text) && !isDigit(m.text[m.end+1]) && !monthAfterDash(m) {
				return Spec{}, false // "June 12:30", "May 5%", but "July 30-31" is July 30, "June 30-July 2" June 30
			}
			if w := m.nextWord(); units[norm(w)].grain != 0 || strings.HasPrefix(norm(w), "percent") {
				return Spec{}, false
			}
			mo, d := lookupMonth(m.get("month")), m.int("day")
			return dayDate(eventYear(m, mo, d), mo, d)
		},
	},
	{
		Name:     "<month> <year>",
		Needs:    []string{"<yyyy>"},
		Starts:   []string{"<month>"},
		Pattern:  pMonth + `,?\s+(?:of\s+)?` + pYear,
		Examples: []string{"June 2024", "July 1997", "March of 2019"},
		Extract: func(m *match) (Spec, bool) {
			if yearIsCount(m) {
				return Spec{}, false
			}
			return Spec{Type: Date, Grain: GrainMonth, Year: m.int("year"), Month: lookupMonth(m.get("month"))}, true
		},
	},
	{
		Name:     "<month> <year in words>",
		Needs:    []string{"nineteen|thousand|hundred"},
		Starts:   []string{"<month>"},
		Pattern:  pMonth + `,?\s+(?:of\s+)?` + pYearWords,
		Examples: []string{"January nineteen ninety-seven", "March of two thousand four"},
		Extract: func(m *match) (Spec, bool) {
			y, ok := spelledYear(m.get("yw"))
			return Spec{Type: Date, Grain: GrainMonth, Year: y, Month: lookupMonth(m.get("month"))}, ok
		},
	},
	{
		Name:     "[last|this|next|that] <month> [last|this|next year]",
		Starts:   []string{"<month>", "last", "this", "next", "that"},
		Pattern:  `(?:(?P<rel>last|this|next|that)\s+)?` + pMonth + `(?:\s+` + pDay + `\b)?(?:,?\s+(?P<yrel>last|this|next)\s+year)?`,
		Examples: []string{"in March", "since January", "last November", "June last year", "that November", "last Oct. 23", "July 1 next year"},
		Extract: func(m *match) (Spec, bool) {
			s := Spec{Type: Date, Grain: GrainMonth, Month: lookupMonth(m.get("month"))}
			if !m.has("rel") && !m.has("yrel") && !calendarWord(m) || !isUpper(m.get("month")) {
				return Spec{}, false
			}
			if d := m.int("day"); d > 0 {
				if m.has("rel") == m.has("yrel") || d > 31 || yearAfter(m) {
					return Spec{}, false // "<month> <day>" reads a bare day
				}
				s.Grain, s.Day = GrainDay, d // "last Oct. 23", "July 1 next year"
			}
			if norm(m.get("rel")) == "that" { // narrative: the month in the year last mentioned
				s.Anchor = Story
				return s, true
			}
			namedRel(&s, norm(m.get("rel")))
			if y := norm(m.get("yrel")); y != "" {
				s = Spec{Type: Date, Grain: s.Grain, Month: s.Month, Day: s.Day, Anchor: Now, ShiftUnit: GrainYear, Shift: relWords[y].shift}
			}
			return s, true
		},
	},
	{
		Name:     "ISO <year>-<month>-<day>",
		Needs:    []string{"<yyyy>", "<->|</>"},
		Starts:   []string{"<digits>"},
		Pattern:  pYear + `(?P<sep>[-/])(?P<mm>[01]?[0-9])(?:[-/](?P<dd>[0-3]?[0-9]))?(?:t(?P<hh>[0-2][0-9]):(?P<mi>[0-5][0-9]))?`,
		Examples: []string{"2024-06-12", "2014/10", "2015-3-3", "2014-10"},
		Extract: func(m *match) (Spec, bool) {
			mo := m.int("mm")
			if isDigit(m.nextByte()) || !m.has("dd") && m.get("sep") == "-" && !isoMonthNotRange(m.get("mm"), m.int("year")) {
				return Spec{}, false
			}
			if !m.has("dd") {
				return Spec{Type: Date, Grain: GrainMonth, Year: m.int("year"), Month: mo}, mo >= 1 && mo <= 12
			}
			s, ok := dayDate(m.int("year"), mo, m.int("dd"))
			if m.has("hh") {
				s.Type, s.Clock, s.Hour, s.Minute = Time, true, m.int("hh"), m.int("mi")
			}
			return s, ok
		},
	},
	{
		Name:     "<month>/<day>[/<year>]",
		Needs:    []string{"</>"},
		Starts:   []string{"<digits>"},
		Pattern:  `(?P<mm>[01]?[0-9])/(?P<dd>[0-3]?[0-9])(?:/(?P<yy>[0-9]{4}|[0-9]{2}))?`,
		Examples: []string{"6/12/2024", "on 2/15", "10/31/74"},
		Extract: func(m *match) (Spec, bool) {
			if isDigit(m.nextByte()) || m.nextByte() == '/' || isDigit(m.prevByte()) {
				return Spec{}, false
			}
			if w, _ := m.prevWord(); !m.has("yy") && !prepositions[norm(w)] {
				return Spec{}, false // "1/2" is a fraction unless "on 2/15"
			}
			if n := norm(m.nextWord()); !m.has("yy") && (units[n].grain != 0 || n == "h" || n == "of" || n == "an" || n == "a" || fractionNouns[n]) {
				return Spec{}, false // "in 1/2 hour", "in 3/4 of cases": a fraction
			}
			mo, d := m.int("mm"), m.int("dd")
			if mo == 9 && d == 11 && !m.has("yy") {
				return Spec{}, false // "9/11": the name of the 2001 attacks, not a date this year
			}
			if mo > 12 { // day first: 31/10/1974
				mo, d = d, mo
			}
			y := m.int("yy")
			if y > 0 && y < 100 {
				y += 1900
				if y < 1950 {
					y += 100
				}
			}
			return dayDate(y, mo, d)
		},
	},
	{
		Name:     "<month>-<day>-<year>, <month>.<day>.<year>",
		Needs:    []string{"<n-n->"},
		Starts:   []string{"<digits>"},
		Pattern:  `(?P<mm>[0-3]?[0-9])(?P<sep>[-.])(?P<dd>[0-3]?[0-9])(?P<sep2>[-.])(?P<yy>[0-9]{4}|[0-9]{2})`,
		Examples: []string{"10-31-74", "10.31.1974", "31.10.1974"},
		Extract: func(m *match) (Spec, bool) {
			if m.get("sep") != m.get("sep2") || isDigit(m.nextByte()) || isDigit(m.prevByte()) || m.prevByte() == '.' || m.prevByte() == '-' ||
				(m.nextByte() == '.' || m.nextByte() == '-') && m.end+1 < len(m.text) && isDigit(m.text[m.end+1]) {
				return Spec{}, false // "1.2.3.4", "6-3-6-2"
			}
			if p, _ := m.prevWord(); versionWords[norm(p)] {
				return Spec{}, false // "version 10.31.1974"
			}
			return numericDate(m.int("mm"), m.int("dd"), m.get("yy"))
		},
	},
	{
		Name:     "<day>-<Mon>-<year>",
		Needs:    []string{"<month>"},
		Starts:   []string{"<digits>"},
		Pattern:  pDay + `(?P<sep>[-/])` + pMonth + `[-/](?P<yy>[0-9]{4}|[0-9]{2})`,
		Examples: []string{"31/Oct/1974", "31-Oct-74"},
		Extract: func(m *match) (Spec, bool) {
			if isDigit(m.nextByte()) || isDigit(m.prevByte()) {
				return Spec{}, false
			}
			return numericDate(lookupMonth(m.get("month")), m.int("day"), m.get("yy"))
		},
	},
	{
		Name:     "<month>/<year>",
		Needs:    []string{"</>"},
		Starts:   []string{"<digits>"},
		Pattern:  `(?P<mm>[01]?[0-9])/` + pYear,
		Examples: []string{"2/2013", "in 11/1998"},
		Extract: func(m *match) (Spec, bool) {
			mo := m.int("mm")
			if isDigit(m.nextByte()) || m.nextByte() == '/' || isDigit(m.prevByte()) || m.prevByte() == '/' || m.prevByte() == '.' || mo < 1 || mo > 12 {
				return Spec{}, false
			}
			return Spec{Type: Date, Grain: GrainMonth, Year: m.int("year"), Month: mo}, true
		},
	},
	{
		Name:     "<year>Q<n>",
		Needs:    []string{"<yyyy>", "q"},
		Starts:   []string{"<digits>"},
		Pattern:  pYear + `\s?q(?P<q>[1-4])`,
		Examples: []string{"2018Q4", "2018 Q4"},
		Extract: func(m *match) (Spec, bool) {
			if i := strings.IndexAny(m.text[m.start:m.end], "qQ"); m.text[m.start+i] != 'Q' {
				return Spec{}, false
			}
			return Spec{Type: Date, Grain: GrainQuarter, Quarter: m.int("q"), Year: m.int("year")}, true
		},
	},
	{
		Name:     "the <year> period|quarter (a report's comparison)",
		Needs:    []string{"<yyyy>", "period|quarter"},
		Starts:   []string{"the"},
		Pattern:  `the\s+` + pYear + `\s+(?:period|quarter)`,
		Examples: []string{"the 1988 period", "the 1988 quarter"},
		Extract: func(m *match) (Spec, bool) {
			return Spec{Type: Date, Grain: GrainYear, Year: m.int("year"), SamePeriod: true, Comparison: true}, true
		},
	},
	{
		Name:     "[fiscal] <year>",
		Needs:    []string{"<yyyy>|fy"},
		Starts:   []string{"<digits>", "fiscal", "fy", "calendar", "about", "around", "circa"},
		Pattern:  `(?:(?P<fiscal>fiscal(?:\s+year)?|fy)\s*|calendar\s+(?:year\s+)?|(?P<approx>about|around|circa)\s+)?` + pYear + `|fy\s*'?(?P<yy2>[0-9]{2})\b`,
		Examples: []string{"1998", "fiscal 1998", "the 2010 law", "FY24", "FY2024", "calendar 2026", "calendar year 2025", "since about 2011", "by around 2066"},
		Extract: func(m *match) (Spec, bool) {
			if yy := m.get("yy2"); yy != "" { // "FY24": a fiscal year of this century
				if !isUpper(m.text[m.start:]) {
					return Spec{}, false
				}
				return Spec{Type: Date, Grain: GrainYear, Year: 2000 + m.int("yy2")}, true
			}
			if yearIsCount(m) || streetNumber(m) {
				return Spec{}, false
			}
			if w, _ := m.prevWord(); !m.has("fiscal") && (numberedNouns[norm(w)] || strings.HasSuffix(m.text[:m.start], "H.R. ")) {
				return Spec{}, false // "Flight 1986", "Room 2010", "Section 1983", "H.R. 1776": a number
			}
			if w, _ := m.prevWord(); designation(m.nextWord()) && !prepositions[norm(w)] {
				return Spec{}, false // "asteroid 2024 YR4", "2016 HO3": a designation
			}
			if w, _ := m.prevWord(); !m.has("fiscal") && isUpper(w) && planNames[norm(w)] {
				return Spec{}, false // "Project 2025", "Vision 2030": a name
			}
			y := m.int("year")
			if y < 1800 && !m.has("fiscal") {
				// "at 1030": a clock time or a level, not a year
				if w, _ := m.prevWord(); !prepositions[norm(w)] || norm(w) == "the" || norm(w) == "at" {
					return Spec{}, false
				}
			}
			if m.has("approx") {
				if w, _ := m.prevWord(); !yearHedgePrepositions[norm(w)] {
					return Spec{}, false // "about 2000 people" is a count; "rose to about 2030" a level
				}
			}
			return Spec{Type: Date, Grain: GrainYear, Year: y, Mod: approxMod(m.get("approx"))}, true
		},
	},
	{
		// A year of an era: "79 AD", "AD 79", "in 14 a.d.", "1200 CE",
		// "around 3000 BC", "500 BCE". Undotted, the era is written in
		// capitals ("an ad" is no era); "BC" and "CE" with a year of
		// 1800 to 2100 are not taken: "in 2017 B.C. introduced a carbon
		// tax" is British Columbia.
		Name:     "<year> AD|BC|CE|BCE, AD <year>",
		Starts:   []string{"<digits>", "ad"},
		Guard:    eraAfter,
		Pattern:  `a\.?d\.?\s+(?P<y1>[0-9]{1,4})|(?P<y2>[0-9]{1,4}|[0-9]{1,3},[0-9]{3})\s*(?P<era>a\.d\.|ad|b\.c\.(?:e\.)?|bce?|c\.e\.|ce)`,
		Examples: []string{"79 AD", "AD 79", "in 14 a.d.", "1200 CE", "3000 BC", "500 B.C.", "2,500 BCE"},
		Extract: func(m *match) (Spec, bool) {
			era, y := m.get("era"), m.get("y2")
			if y == "" {
				era, y = m.text[m.start:m.start+2], m.get("y1") // "AD 79"
			}
			if !strings.Contains(era, ".") && (era[0] < 'A' || era[0] > 'Z') {
				return Spec{}, false
			}
			n, err := strconv.Atoi(strings.ReplaceAll(y, ",", ""))
			if err != nil || n < 1 {
				return Spec{}, false
			}
			switch e := strings.ToLower(strings.ReplaceAll(era, ".", "")); {
			case e == "ad":
				return Spec{Type: Date, Grain: GrainYear, Year: n}, true
			case n >= 1800 && n <= 2100:
				return Spec{}, false
			case e == "ce":
				return Spec{Type: Date, Grain: GrainYear, Year: n}, true
			case n >= 2: // astronomical years: 1 BC is 0, which Spec reads as no year
				return Spec{Type: Date, Grain: GrainYear, Year: 1 - n}, true
			}
			return Spec{}, false
		},
	},
	{
		// TimeBank tags "the current fiscal year" whole; "the 2024 tax
		// year" is the year its figure names.
		Name:     "the <year> tax|school|fiscal ... year",
		Needs:    []string{"<yyyy>"},
		Starts:   []string{"the"},
		Pattern:  `the\s+` + pYear + `\s+(?:tax|school|academic|fiscal|financial|budget|model|crop|marketing)\s+year\b`,
		Examples: []string{"the 2024 tax year", "The 2026 school year", "the 2025 fiscal year"},
		Extract: func(m *match) (Spec, bool) {
			return Spec{Type: Date, Grain: GrainYear, Year: m.int("year")}, true
		},
	},
	{
		Name:     "the [early|mid|late] nineties",
		Starts:   []string{"the", "early", "mid", "late", "<decadeword>"},
		Needs:    []string{"<decadeword>"},
		Pattern:  `(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<decw>` + alt(decadeWords) + `)`,
		Examples: []string{"the nineties", "the late sixties"},
		Extract: func(m *match) (Spec, bool) {
			if !strings.HasPrefix(norm(m.text[m.start:m.end]), "the") && !m.has("mod") {
				return Spec{}, false // "in her sixties" is an age
			}
			return Spec{Type: Date, Grain: GrainDecade, Decade: decadeWords[norm(m.get("decw"))], Mod: mods[norm(m.get("mod"))]}, true
		},
	},
	{
		Name:     "<year in words>",
		Starts:   []string{"nineteen", "twenty", "two", "the"},
		Needs:    []string{"nineteen|thousand|hundred"},
		Pattern:  `(?:the\s+year\s+)?` + pYearWords,
		Examples: []string{"nineteen ninety-six", "the year two thousand", "nineteen hundred and five"},
		Extract: func(m *match) (Spec, bool) {
			if _, unit := units[norm(m.nextWord())]; unit {
				return Spec{}, false // "more than two thousand years": an amount
			}
			y, ok := spelledYear(m.get("yw"))
			return Spec{Type: Date, Grain: GrainYear, Year: y}, ok
		},
	},
	{
		Name:     "[the] [early|mid|late] <decade>s",
		Needs:    []string{"<s>"},
		Starts:   []string{"<digits>", "the", "early", "mid", "late"},
		Pattern:  `(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<dec>1[0-9]{2}0|20[0-9]0)|['’](?P<dec2>[0-9]0))['’]?s`,
		Examples: []string{"the 1990s", "the early 1980s", "the mid-1990s", "the '80s", "the 1990's"},
		Extract: func(m *match) (Spec, bool) {
			if w := m.text[m.start:m.end]; m.has("dec") && !m.has("mod") && !strings.HasPrefix(norm(w), "the") && !strings.HasSuffix(w, "0s") {
				return Spec{}, false // "2020's election", "in 2020's race": a year's, not a decade ("the 1990's" is)
			}
			d := m.int("dec") / 10
			if m.has("dec2") {
				d = 190 + m.int("dec2")/10
				if d < 195 {
					d += 10 // '20s, '10s: this century
				}
			}
			return Spec{Type: Date, Grain: GrainDecade, Decade: d, Mod: mods[norm(m.get("mod"))]}, true
		},
	},
	{
		Name:     "[the] <ordinal> century",
		Needs:    []string{"century"},
		Starts:   []string{"the", "<ordinal>", "<digits>", "early", "mid", "late"},
		Pattern:  `(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?` + pOrd + `[\s-]+century`,
		Examples: []string{"the 19th century", "the twentieth century"},
		Extract: func(m *match) (Spec, bool) {
			n := ordinals[norm(m.get("ord"))]
			return Spec{Type: Date, Grain: GrainCentury, Century: n - 1, Mod: mods[norm(m.get("mod"))]}, n > 0
		},
	},
	{
		Name:     "[the] [<year>|this year's] [fiscal] <ordinal> quarter [of <year>]",
		Needs:    []string{"quarter|qtr"},
		Starts:   []string{"the", "fiscal", "<ordinal>", "<digits>", "this", "last", "next"},
		Pattern:  `(?:the\s+)?(?:(?P<qyear>1[0-9]{3}|20[0-9]{2})\s+|(?P<yrel>this|last|next)\s+year['’]s\s+)?(?:(?P<fiscal>fiscal)[\s-]+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)\s+(?:quarter|qtr)(?:\s+of\s+(?:fiscal\s+)?` + pYear + `|,?\s+` + pYear + `|\s+of\s+(?P<yrel>this|last|next)\s+year)?`,
		Examples: []string{"the third quarter", "the fiscal first quarter", "the fourth quarter of 1984", "this year's third quarter", "the 1988 third quarter", "4th qtr 2018", "the final quarter of 2024", "the second quarter of next year"},
		Extract:  quarter,
	},
	{
		Name:     "the end|beginning of the <ordinal> quarter [of <year>]",
		Needs:    []string{"quarter"},
		Starts:   []string{"the", "end", "beginning", "start", "middle", "close"},
		Pattern:  `(?:the\s+)?(?P<pos>end|beginning|start|middle|close)\s+of\s+the\s+(?:(?P<fiscal>fiscal)\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+` + pYear + `)?`,
		Examples: []string{"the end of the third quarter", "the beginning of the first quarter of 2026"},
		Extract: func(m *match) (Spec, bool) {
			s, ok := quarter(m)
			s.Mod = mods[norm(m.get("pos"))]
			return s, ok
		},
	},
	{
		// Results named by the month a quarter ends in: "the September
		// quarter" is July to September (Apple, Australian and Indian
		// companies report so).
		Name:     "[the] <month> quarter",
		Needs:    []string{"<month>", "quarter|period"},
		Starts:   []string{"the", "<month>"},
		Pattern:  `(?:the\s+)?(?:[a-z]+\.?-)?` + pMonth + `[\s-](?P<qn>quarter|period)(?:,?\s+(?:of\s+)?` + pYear + `)?`,
		Examples: []string{"the September quarter", "the June quarter", "December-quarter", "the March quarter of 2024", "the July-September quarter", "the April-June period"},
		Extract: func(m *match) (Spec, bool) {
			mo := lookupMonth(m.get("month"))
			if mo%3 != 0 || !isUpper(m.get("month")) {
				return Spec{}, false // "the October quarter" is a fiscal quarter of its own
			}
			t := strings.TrimPrefix(strings.TrimPrefix(m.text[m.start:m.end], "the "), "The ")
			if norm(m.get("qn")) == "period" && !strings.Contains(t, "-") {
				return Spec{}, false // "the June period": no quarter named (but "the April-June period")
			}
			if first, _, ok := strings.Cut(t, "-"); ok && !strings.HasPrefix(t[len(first)+1:], "quarter") && !strings.HasPrefix(t[len(first)+1:], "period") {
				if f := lookupMonth(first); f == 0 || (f+2-1)%12+1 != mo {
					return Spec{}, false // "the July-September quarter": its first month
				}
			}
			return Spec{Type: Date, Grain: GrainQuarter, Quarter: mo / 3, Year: m.int("year")}, true
		},
	},
	{
		Name:     "<ordinal>-quarter (adjective)",
		Needs:    []string{"quarter"},
		Starts:   []string{"<ordinal>", "<digits>", "fiscal"},
		Pattern:  `(?:(?P<fiscal>fiscal)[\s-]+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)-quarter`,
		Examples: []string{"third-quarter", "fiscal second-quarter"},
		Extract:  quarter,
	},
	{
		Name:     "Q<n>|H<n> [<year>]",
		Starts:   []string{"q", "h"},
		Pattern:  `(?P<qh>q|h)(?P<q>[1-4])(?:\s+(?:fy\s*)?` + pYear + `|\s+fy\s*'?(?P<yy2>[0-9]{2})\b|\s?['’](?P<yy>[0-9]{2})\b)?`,
		Examples: []string{"Q3", "Q1 2025", "H1 2025", "Q4 FY25", "H1 FY26", "Q4'24", "Q4 ’24", "Q1'25"},
		Extract: func(m *match) (Spec, bool) {
			if m.get("q") == "" || !isUpper(m.text[m.start:]) {
				return Spec{}, false
			}
			return quarterOrHalf(m)
		},
	},
	{
		Name:     "<n>Q|<n>H <year> (analysts' order)",
		Starts:   []string{"<digits>"},
		Guard:    func(w string) bool { return len(w) > 2 && '1' <= w[0] && w[0] <= '4' && (w[1] == 'q' || w[1] == 'h') },
		Pattern:  `(?P<q>[1-4])(?P<qh>q|h)(?:\s?['’]?(?P<yy>[0-9]{2})\b|\s` + pYear + `)`,
		Examples: []string{"1H26", "3Q24", "2H 2025", "4Q'23"},
		Extract: func(m *match) (Spec, bool) {
			if !isUpper(m.get("qh")) || isAlnum(m.prevByte()) {
				return Spec{}, false
			}
			return quarterOrHalf(m)
		},
	},
	{
		Name:     "first-half|second-half (adjective)",
		Needs:    []string{"half"},
		Starts:   []string{"<ordinal>", "<digits>"},
		Pattern:  `(?P<ord>first|second|1st|2nd)-half\b`,
		Examples: []string{"first-half results", "second-half profit"},
		Extract: func(m *match) (Spec, bool) {
			if !halfYearNouns[norm(m.nextWord())] {
				return Spec{}, false // "two first-half goals": the half of a match
			}
			h := 1
			if o := norm(m.get("ord")); o == "second" || o == "2nd" {
				h = 2
			}
			return Spec{Type: Date, Grain: GrainHalf, Half: h}, true
		},
	},
	{
		Name:     "the first|second half [of <year>]",
		Needs:    []string{"half"},
		Starts:   []string{"the", "<ordinal>", "<digits>"},
		Pattern:  `(?:the\s+)?(?P<ord>first|second|last|1st|2nd)\s+half(?:\s+of\s+(?:the\s+year|` + pYear + `|(?P<yrel>next|this|last)\s+year))?`,
		Examples: []string{"the first half", "the second half of 2024", "the second half of next year"},
		Extract: func(m *match) (Spec, bool) {
			h := 1
			if o := norm(m.get("ord")); o == "second" || o == "2nd" || o == "last" {
				h = 2
			}
			if !strings.Contains(norm(m.text[m.start:m.end]), " of ") && (gameNear(m) || norm(m.nextWord()) == "of") {
				return Spec{}, false // "equalised early in the second half": a half of a match; "the last half of the '80s", "of the season"
			}
			if y := norm(m.get("yrel")); y != "" { // "the second half of next year"
				return Spec{Type: Date, Grain: GrainHalf, Half: h, Anchor: Now, ShiftUnit: GrainYear, Shift: relWords[y].shift}, true
			}
			return Spec{Type: Date, Grain: GrainHalf, Half: h, Year: m.int("year")}, true
		},
	},
	{
		Name:     "[the end|beginning of] [this|last|next|the|the following] [early|mid|late] <season> [<year>]",
		Needs:    []string{"<season>"},
		Starts:   []string{"<season>", "this", "last", "next", "that", "the", "early", "mid", "late", "earlier", "later", "end", "beginning", "start", "middle"},
		Pattern:  `(?:(?P<part>earlier|later)\s+(?:in\s+)?)?(?:(?:the\s+)?(?P<pos>end|beginning|start|middle)\s+of\s+)?(?:(?P<rel>this\s+past|this\s+coming|this|last|next|that|the\s+following|the)\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?` + pSeason + `(?:\s+(?:of\s+)?(?:` + pYear + `|` + pYearWords + `))?`,
		Examples: []string{"this summer", "last fall", "early spring", "the summer of 1989", "later this fall", "that summer", "the winter of nineteen ninety-four", "by the end of the summer", "the start of next winter", "the following spring"},
		Extract:  season,
	},
	{
		Name:     "[last|this|next] <weekday> [<part of day>]",
		Needs:    []string{"<weekday>"},
		Starts:   []string{"<weekday>", "last", "this", "next", "coming", "early", "late", "mid", "bank"},
		Pattern:  `(?:(?P<rel>this\s+past|this\s+coming|last|this|next|coming)\s+|(?P<wrel>this|next|last)\s+week['’]s\s+)?(?:(?P<mod>early|late)\s+(?:on\s+)?|` + pPodFirst + `)?(?:bank\s+holiday\s+)?(?:` + pWeekday + `|` + pWeekdayShort + `)(?:\s+` + pPod + `)?(?:\s+(?:of\s+|from\s+)?(?P<wrel>this|next|last)\s+week\b)?`,
		Examples: []string{"Friday", "last Friday", "Wednesday night", "this coming Sunday", "Wednesday of next week", "Monday this week", "Sunday from last week", "last week's Sunday", "late afternoon Tuesday", "late on Wednesday", "this Thu", "next Fri", "bank holiday Monday"},
		Extract:  weekday,
	},
	{
		Name:     "the previous|following <weekday> (narrative)",
		Needs:    []string{"<weekday>"},
		Starts:   []string{"the"},
		Pattern:  `the\s+(?P<rel>previous|preceding|following|next)\s+` + pWeekday,
		Examples: []string{"the previous Friday", "the following Monday"},
		Extract: func(m *match) (Spec, bool) {
			s := Spec{Type: Date, Grain: GrainDay, Weekday: weekdays[norm(m.get("weekday"))], Anchor: Story, Occurrence: 1}
			if r := norm(m.get("rel")); r == "previous" || r == "preceding" {
				s.Occurrence = -1
			}
			return s, true
		},
	},
	{
		Name:     "the previous|following <month> (narrative)",
		Needs:    []string{"<month>"},
		Starts:   []string{"the"},
		Pattern:  `the\s+(?P<rel>previous|preceding|following)\s+` + pMonth + `\b`,
		Examples: []string{"the following July", "the previous March"},
		Extract: func(m *match) (Spec, bool) {
			if !isUpper(m.get("month")) {
				return Spec{}, false
			}
			s := Spec{Type: Date, Grain: GrainMonth, Month: lookupMonth(m.get("month")), Anchor: Story, Occurrence: 1}
			if r := norm(m.get("rel")); r == "previous" || r == "preceding" {
				s.Occurrence = -1
			}
			return s, true
		},
	},
	{
		Name:     "today|yesterday|tomorrow|tonight [<part of day>]",
		Needs:    []string{"today|yesterday|tomorrow|tonight"},
		Starts:   []string{"today", "yesterday", "tomorrow", "tonight", "early", "late", "earlier", "later", "mid"},
		Pattern:  `(?:(?P<mod>early|late|earlier|later)\s+|` + pPodFirst + `)?(?P<deix>today|yesterday|tomorrow|tonight)(?:\s+` + pPod + `)?`,
		Examples: []string{"today", "yesterday morning", "tonight", "late yesterday", "mid-afternoon yesterday"},
		Extract: func(m *match) (Spec, bool) {
			d := norm(m.get("deix"))
			if d == "today" && (m.nextByte() == '\'' || strings.HasPrefix(m.text[m.end:], "’")) {
				// "today's vote" is the day; "today's world", "today's
				// youth" the present age.
				rest := strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(m.text[m.end:], "'s"), "’s"), " ")
				n := 0
				for n < len(rest) && isLetter(rest[n]) {
					n++
				}
				if presentAgeNouns[norm(rest[:n])] {
					return Spec{Type: Date, Ref: "PRESENT_REF"}, true
				}
				return Spec{Type: Date, Grain: GrainDay, Anchor: Now}, true
			}
			s := Spec{Type: Date, Grain: GrainDay, Anchor: Now, Shift: map[string]int{"yesterday": -1, "tomorrow": 1}[d]}
			s.Mod = mods[norm(m.get("mod"))]
			if d == "tonight" {
				s.PartOfDay = "NI"
			}
			if p := partsOfDay[norm(m.get("pod"))]; p != "" {
				s.PartOfDay = p
			}
			if s.PartOfDay != "" {
				s.Type, s.Grain = Time, GrainPartOfDay
			}
			return s, true
		},
	},
	{
		Name:     "the day before yesterday|after tomorrow",
		Needs:    []string{"yesterday|tomorrow"},
		Starts:   []string{"the", "day"},
		Pattern:  `(?:the\s+)?day\s+(?P<rel>before\s+yesterday|after\s+tomorrow)`,
		Examples: []string{"the day before yesterday"},
		Extract: func(m *match) (Spec, bool) {
			n := 2
			if strings.HasPrefix(norm(m.get("rel")), "before") {
				n = -2
			}
			return Spec{Type: Date, Grain: GrainDay, Anchor: Now, Shift: n}, true
		},
	},
	{
		Name:     "[early|late] this|last <part of day>",
		Needs:    []string{"<pod>"},
		Starts:   []string{"this", "last", "early", "late", "earlier", "later"},
		Pattern:  `(?:(?P<mod>early|late|earlier|later)\s+)?(?P<rel>this|last)\s+` + pPod,
		Examples: []string{"this morning", "last night", "late last night", "early this morning", "later this morning"},
		Extract: func(m *match) (Spec, bool) {
			s := Spec{Type: Time, Grain: GrainPartOfDay, Anchor: Now, PartOfDay: partsOfDay[norm(m.get("pod"))], Mod: mods[norm(m.get("mod"))]}
			if norm(m.get("rel")) == "last" {
				s.Shift = -1
				if s.PartOfDay != "NI" && s.PartOfDay != "EV" {
					return Spec{}, false
				}
			}
			return s, true
		},
	},
	{
		Name:   "[early|late|earlier|later] [the] last|this|next|past|coming <unit>",
		Needs:  []string{"<unit>|weekend"},
		Starts: []string{"last", "this", "next", "past", "coming", "previous", "prior", "current", "following", "same", "latest", "most", "the", "early", "late", "mid", "earlier", "later", "preceding", "present", "upcoming"},
		Pattern: `(?:(?P<mod>early|late|mid|earlier|later)[\s-]+(?:in\s+)?)?(?:the\s+)?(?P<rel>this\s+past|last|this|next|past|coming|upcoming|previous|prior|preceding|current|present|following|same|latest|most\s+recent)\s+` +
			`(?:fiscal\s+)?(?P<unit>weekend|week[\s-]end\b|week|month|year|quarter|decade|century|yr|qtr)`,
		Examples: []string{"last year", "this week", "next month", "the past year", "earlier this year", "early next year", "this week-end"},
		Extract:  relativeUnit,
	},
	{
		// "the rest of the year": the part of this year after publication,
		// as "later this year".
		Name:     "[the] rest of the|this <unit>",
		Needs:    []string{"<unit>"},
		Starts:   []string{"the", "rest"},
		Pattern:  `(?:the\s+)?rest\s+of\s+(?:the|this)\s+(?P<unit>week|month|year|season|quarter|decade)\b`,
		Examples: []string{"the rest of the year", "rest of the week"},
		Extract: func(m *match) (Spec, bool) {
			if m.nextByte() == '\'' || m.nextByte() == '-' {
				return Spec{}, false
			}
			if w := norm(m.nextWord()); w == "of" || w == "before" || w == "after" {
				return Spec{}, false // "the rest of the year of the dragon"
			}
			u := units[norm(m.get("unit"))]
			if norm(m.get("unit")) == "season" {
				return Spec{}, false // a sports season, mostly
			}
			return Spec{Type: Date, Grain: u.grain, Anchor: Now, Mod: "END", Bounded: true}, true
		},
	},
	{
		// "the past fortnight" is "the past two weeks", a duration.
		Name:     "the past|next|coming fortnight",
		Needs:    []string{"<unit>"},
		Starts:   []string{"the", "past", "last", "next", "coming"},
		Pattern:  `(?:the\s+)?(?:past|last|next|coming)\s+fortnight\b`,
		Examples: []string{"the past fortnight", "the next fortnight"},
		Extract: func(m *match) (Spec, bool) {
			return Spec{Type: Duration, Period: "P2W"}, true
		},
	},
	{
		Name:     "the following|previous|next <unit>",
		Needs:    []string{"<unit>|<pod>"},
		Starts:   []string{"the"},
		Pattern:  `the\s+(?P<rel>next|following|previous|prior|preceding|same)\s+(?P<unit>day|morning|evening|night|afternoon)`,
		Examples: []string{"the next day", "the following morning", "the same day"},
		Extract: func(m *match) (Spec, bool) {
			s := Spec{Type: Date, Grain: GrainDay, Anchor: Story, Shift: map[string]int{"next": 1, "following": 1, "previous": -1, "prior": -1, "preceding": -1}[norm(m.get("rel"))]}
			if p := partsOfDay[norm(m.get("unit"))]; p != "" {
				s.Type, s.Grain, s.PartOfDay = Time, GrainPartOfDay, p
			}
			return s, true
		},
	},
	{
		// "The day before, the family had asked ...", "the year before.":
		// "before" and "after" as adverbs, ending the phrase; before a noun
		// or a clause they are prepositions ("the day before the vote"),
		// and "the day" alone is the expression (as TimeBank has it).
		Name:     "the day|week|month|year|night|morning before|after (narrative)",
		Needs:    []string{"<unit>|<pod>"},
		Starts:   []string{"the"},
		Pattern:  `the\s+(?P<unit>day|week|month|year|night|morning|evening|afternoon)\s+(?P<rel>before|after)`,
		Examples: []string{"the day before", "the year before", "the week after", "the night before"},
		Extract: func(m *match) (Spec, bool) {
			if c := m.nextByte(); c != ',' && c != '.' && c != ';' && c != ')' && m.end < len(m.text) && !adverbEnds[norm(m.nextWord())] {
				return Spec{}, false
			}
			shift := map[string]int{"before": -1, "after": 1}[norm(m.get("rel"))]
			if p := partsOfDay[norm(m.get("unit"))]; p != "" { // "had been arrested for drunken driving the night before."
				return Spec{Type: Time, Grain: GrainPartOfDay, PartOfDay: p, Anchor: Story, Shift: shift}, true
			}
			u := units[norm(m.get("unit"))]
			return Spec{Type: Date, Grain: u.grain, Anchor: Story, Shift: shift}, true
		},
	},
	{
		Name:     "[earlier|later] that <part of day> (narrative)",
		Needs:    []string{"<pod>"},
		Starts:   []string{"that", "earlier", "later"},
		Pattern:  `(?:(?P<part>earlier|later)\s+)?that\s+` + pPod,
		Examples: []string{"that evening", "later that morning"},
		Extract: func(m *match) (Spec, bool) {
			// the part of the day last mentioned
			return Spec{Type: Time, Grain: GrainPartOfDay, PartOfDay: partsOfDay[norm(m.get("pod"))], Anchor: Story, Mod: mods[norm(m.get("part"))]}, true
		},
	},
	{
		Name:     "the|that <unit> (narrative)",
		Needs:    []string{"<unit>"},
		Starts:   []string{"the", "that", "earlier", "later"},
		Pattern:  `(?:(?P<part>earlier|later)\s+)?(?P<det>that|the)\s+(?:(?P<whole>fiscal|full)\s+|(?P<same>same)\s+)?(?P<unit>year|quarter|month|week|day)`,
		Examples: []string{"that year", "the quarter", "that day", "that same day", "the full year", "earlier that month"},
		Extract: func(m *match) (Spec, bool) {
			u := units[norm(m.get("unit"))]
			if m.has("part") && (norm(m.get("det")) != "that" || u.grain == GrainDay) {
				return Spec{}, false
			}
			if c := m.nextByte(); c == '-' || c == '\'' || u.grain == GrainDay && norm(m.get("det")) == "the" && !m.has("same") {
				return Spec{}, false // "the year-earlier quarter", "the year's", "the day" (too often a figure of speech)
			}
			w := norm(m.nextWord())
			if w == "before" || w == "after" || w == "of" || w == "when" || w == "that" {
				return Spec{}, false
			}
			if w != "" && isDigit(w[0]) && u.grain <= GrainWeek {
				return Spec{}, false // "the Week 9 trip", "the day 2 session": a numbered week or day of a season or a match
			}
			if p, at := wordBefore(m.text, m.start); norm(p) == "of" && u.grain == GrainYear {
				if n, _ := wordBefore(m.text, at); awardNouns[norm(n)] {
					return Spec{}, false // "won album of the year", "player of the year": an award
				}
			}
			if (w == "ended" || w == "ending" || (w == "beginning" || w == "starting") && monthAfter(m) || w == "to" && monthAfterTo(m)) && u.grain == GrainYear {
				// a fiscal year, "the year ended Sept. 30", "the year
				// beginning July 1"; the twelve
				// months of a British statistic, "inflation in the year to
				// September"
				return Spec{Type: Duration, Period: "P1Y"}, true
			}
			if u.grain == GrainYear && norm(m.get("det")) == "the" && m.has("whole") {
				// "forecast an increase for the full year": the year being
				// reported, not whatever year was named last ("by 1992").
				return Spec{Type: Date, Grain: GrainYear, Anchor: Story, Comparison: true, Reported: true}, true
			}
			return Spec{Type: Date, Grain: u.grain, Anchor: Story, Mod: mods[norm(m.get("part"))]}, true
		},
	},
	{
		Name:     "year-end",
		Starts:   []string{"year"},
		Pattern:  `year(?:[\s-]|'s\s+)end(?:\s+` + pYear + `)?`,
		Examples: []string{"by year-end", "at year end", "by year's end", "year-end 2025"},
		Extract: func(m *match) (Spec, bool) {
			if y := m.int("year"); y != 0 && !yearIsCount(m) {
				return Spec{Type: Date, Grain: GrainYear, Year: y, Mod: "END"}, true
			}
			return Spec{Type: Date, Grain: GrainYear, Anchor: Now, Mod: "END"}, true
		},
	},
	{
		Name:     "the first|last <weekday> of <month>",
		Starts:   []string{"the", "<ordinal>", "last", "<digits>"},
		Needs:    []string{"<weekday>", "<month>|month"},
		Pattern:  `(?:the\s+)?(?P<ord>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+` + pWeekday + `\s+(?:of|in)\s+(?:` + pMonth + `(?:,?\s+` + pYear + `)?|(?:the\s+)?(?P<rel>this|next|last|previous|current|the)\s+month|the\s+month)`,
		Examples: []string{"the first Monday of March", "third tuesday of september 2014", "the last Friday of next month"},
		Extract: func(m *match) (Spec, bool) {
			n := ordinals[norm(m.get("ord"))]
			if norm(m.get("ord")) == "last" {
				n = -1
			}
			s := Spec{Type: Date, Grain: GrainDay, Weekday: weekdays[norm(m.get("weekday"))], Nth: n}
			if mo := m.get("month"); mo != "" {
				s.Month, s.Year = lookupMonth(mo), m.int("year")
				return s, true
			}
			s.Anchor, s.ShiftUnit = Now, GrainMonth
			s.Shift = map[string]int{"next": 1, "last": -1, "previous": -1}[norm(m.get("rel"))]
			return s, true
		},
	},
	{
		Name:     "the weekend",
		Starts:   []string{"the"},
		Needs:    []string{"weekend|week"},
		Guard:    theWeekendAhead,
		Pattern:  `the\s+week[\s-]?end\b`,
		Examples: []string{"the weekend", "over the weekend", "over the week-end"},
		Extract: func(m *match) (Spec, bool) {
			return Spec{Type: Date, Grain: GrainWeekend}, true
		},
	},
	{
		Name:     "the latest|most recent period",
		Needs:    []string{"period"},
		Starts:   []string{"the"},
		Pattern:  `the\s+(?:latest|most\s+recent)\s+(?P<unit>period)`,
		Examples: []string{"the latest period"},
		Extract: func(m *match) (Spec, bool) {
			return Spec{Type: Date, Grain: GrainQuarter, Anchor: Now, Latest: true}, true
		},
	},
	{
		Name:     "[the] [comparable] year-earlier|year-ago [<period>]",
		Needs:    []string{"earlier|ago"},
		Starts:   []string{"the", "year", "comparable"},
		Pattern:  `(?:(?P<the>the)\s+(?:comparable\s+)?)?year[\s-](?:earlier|ago)(?:\s+(?P<noun>(?:third\s+|fourth\s+|second\s+|first\s+)?(?:period|quarter)))?`,
		Examples: []string{"year-earlier", "the year-ago quarter", "the year-earlier period"},
		Extract: func(m *match) (Spec, bool) {
			if m.has("the") != m.has("noun") {
				return Spec{}, false
			}
			return Spec{Type: Date, Grain: GrainYear, Anchor: Story, Shift: -1, KeepGrain: true, Comparison: true}, true
		},
	},
	{
		Name:     "<n> <unit>s ago|earlier|later",
		Needs:    []string{"<unit>", "ago|earlier|later|back|hence|now|today"},
		Starts:   []string{"<number>", "<digits>", "about", "around", "roughly", "approximately", "nearly", "almost", "some", "more", "less", "few", "several", "many", "a", "half"},
		Pattern:  pApprox + `?` + pNum + `[\s-]+` + pUnit + `(?P<orso>\s+or\s+so)?\s+(?P<dir>ago|earlier|later|back|hence|from\s+(?:right\s+)?now|from\s+today)`,
		Examples: []string{"two years ago", "a year earlier", "three days later", "six weeks ago", "3 years from today", "two minutes from now", "a day from right now", "a week or so ago"},
		Extract:  unitsAgo,
	},
	{
		Name:     "[mod] [the past|first] <n> <unit>s (duration)",
		Needs:    []string{"<unit>"},
		Starts:   []string{"<number>", "<digits>", "about", "around", "roughly", "approximately", "nearly", "almost", "some", "more", "less", "at", "up", "no", "the", "few", "several", "many", "a", "half", "over", "another", "under"},
		Guard:    amountNear,
		Pattern:  `(?:` + pApprox + `|(?P<approx>over)\s+|(?P<the>the\s+(?:` + strings.Join(periodRelWords, "|") + `)|the)\s+)?(?:another\s+|a\s+further\s+)?` + pNum + `(?P<more>\s+[a-z]{4}[a-z]*)?(?P<half>\s+and\s+an?\s+half|\s+1/2|½)?[\s-]+(?P<an>an\s+)?` + pUnit + `(?P<adj>-long|-old)?(?P<half2>\s+and\s+a\s+half)?`,
		Examples: []string{"three years", "a decade", "the past five months", "a few weeks", "the first nine months", "two-year", "in 15 minutes", "in half an hour", "in a quarter of an hour", "in 1/2 hour", "for over 18 months", "two more weeks", "an additional year", "eight trading days", "another 12 months", "for another year", "in 2 and an half hours"},
		Extract:  duration,
	},
	{
		// "in 1/4h", "a 2h delay": hours abbreviated to a small h after a
		// figure (not "at 19h", a clock time: see hourMarkClock; "2H" is a
		// half-year of analysts: "sales improve in 2H").
		Name:     "<n>h (hours, abbreviated)",
		Needs:    []string{"<unit>"}, // the h is in the class (tag.go)
		Starts:   []string{"<digits>"},
		Guard:    figureThenH,
		Pattern:  `(?P<num>[0-9]+(?:/[0-9]+)?)\s?(?P<h>h)\b`,
		Examples: []string{"in 1/4h", "in 3/4 h", "a 2h delay"},
		Extract:  duration,
	},
	{
		// "3 hours and 17 minutes", "two years and six months": one
		// amount in two units, the larger first.
		Name:     "<n> <unit> and <n> <unit> (duration)",
		Needs:    []string{"<unit>", "and"},
		Starts:   []string{"<number>", "<digits>", "an", "about", "around", "nearly", "almost", "over"},
		Pattern:  `(?:(?P<approx>about|around|nearly|almost|over)\s+)?(?P<n1>[0-9]+|an|[a-z]+)\s+(?P<u1>years?|months?|weeks?|days?|hours?|minutes?)\s+and\s+(?P<n2>[0-9]+|[a-z]+)\s+(?P<u2>months?|weeks?|days?|hours?|minutes?|seconds?)\b`,
		Examples: []string{"3 hours and 17 minutes", "two years and six months", "5 minutes and 30 seconds", "about an hour and 45 minutes"},
		Extract: func(m *match) (Spec, bool) {
			u1, u2 := units[norm(m.get("u1"))], units[norm(m.get("u2"))]
			n1, ok1 := quantity(m.get("n1"))
			n2, ok2 := quantity(m.get("n2"))
			if !ok1 || !ok2 || n1 != float64(int(n1)) || n2 != float64(int(n2)) || n1 < 1 || n2 < 1 || unitRank[u1.code] <= unitRank[u2.code] {
				return Spec{}, false
			}
			a := addPeriods(period(n1*float64(u1.n), u1.code), period(n2*float64(u2.n), u2.code))
			return Spec{Type: Duration, Period: a, Mod: approxMod(strings.TrimPrefix(norm(m.get("approx")), "just "))}, true
		},
	},
	{
		// The generic amount above may take a unit for its second word
		// and fail ("delayed by one day next week": "one day" as the
		// amount of "week"); the amount alone before its unit is this.
		Name:     "<n> <unit> (duration, short)",
		Needs:    []string{"<unit>"},
		Starts:   []string{"<number>", "<digits>"},
		Pattern:  `(?P<num>[0-9]+|[a-z]+)[\s-]+` + pUnit,
		Examples: []string{"delayed by one day next week", "two weeks last year", "the eight-day Golden Week holiday"},
		Extract: func(m *match) (Spec, bool) {
			w := m.nextWord()
			n := norm(w)
			// ... or an amount joined to its unit before a name, which the
			// generic pattern takes for its unit's: "the eight-day Golden
			// Week holiday", "a three-day National Day break"
			named := isUpper(w) && strings.Contains(m.text[m.start:m.end], "-")
			if m.nextByte() != ' ' || n != "next" && n != "last" && n != "this" && !named {
				return Spec{}, false
			}
			return duration(m)
		},
	},
	{
		// "weekend" is no unit of the amount rules (it is no length of
		// time in days); a count of weekends is P<n>WE, as TimeML writes it.
		Name:     "<n> weekends (duration)",
		Starts:   []string{"<number>", "<digits>"},
		Pattern:  `(?P<num>[0-9]+|[a-z]+)[\s-]+weekends?\b`,
		Examples: []string{"for three weekends", "two weekends in a row"},
		Extract: func(m *match) (Spec, bool) {
			n, ok := quantity(m.get("num"))
			if !ok || n < 2 || n != float64(int(n)) {
				return Spec{}, false
			}
			return Spec{Type: Duration, Period: fmt.Sprintf("P%dWE", int(n))}, true
		},
	},
	{
		// "the next three days" is the rule above; without "the" it is
		// this one, so that "last" and "next" (most often "last year")
		// wake the long pattern above only when a figure is near. The
		// finance word "trailing" ("the trailing 12 months") is here too,
		// with its article: the pattern above has no room left.
		Name:     "next|last|past <n> <unit>s (duration)",
		Needs:    []string{"<unit>", "<digits>|<number>"},
		Starts:   []string{"next", "last", "past", "coming", "upcoming", "trailing", "the"},
		Pattern:  `(?P<the>past|last|next|coming|upcoming|(?:the\s+)?trailing)\s+` + pNum + `[\s-]+` + pUnit,
		Examples: []string{"next three days", "last 2 weeks", "past 20 years", "the trailing 12 months"},
		Extract:  duration,
	},
	{
		// "a year-long study" is P1Y, "a weeks-long strike" PXW, "the
		// decades-long dispute" PXY (TimeBank: "day-long", "decades-long").
		Name:     "<unit>[s]-long (adjective)",
		Needs:    []string{"<->"},
		Starts:   []string{"<unit>"},
		Pattern:  pUnit + `-long`,
		Examples: []string{"year-long", "weeks-long", "decades-long", "hour-long"},
		Extract: func(m *match) (Spec, bool) {
			w := norm(m.get("unit"))
			u := units[w]
			code, n := u.code, u.n
			if u.grain >= GrainDecade {
				code = "Y"
			}
			if strings.HasSuffix(w, "s") { // a plural: an amount not stated
				return Spec{Type: Duration, Period: vaguePeriod(code)}, true
			}
			return Spec{Type: Duration, Period: period(float64(n), code)}, true
		},
	},
	{
		// The closed compounds: "a weeklong fall break", "a yearlong
		// investigation", "a daylong strike".
		Name:     "<unit>long (adjective)",
		Starts:   []string{"daylong", "weeklong", "monthlong", "yearlong", "hourlong"},
		Pattern:  `(?P<unit>day|week|month|year|hour)long`,
		Examples: []string{"weeklong", "yearlong", "daylong"},
		Extract: func(m *match) (Spec, bool) {
			u := units[norm(m.get("unit"))]
			return Spec{Type: Duration, Period: period(float64(u.n), u.code)}, true
		},
	},
	{
		Name:     "[for|in|over] <unit>s (vague duration)",
		Starts:   []string{"days", "weeks", "months", "years", "decades", "minutes", "hours", "seconds"},
		Pattern:  `(?P<unit>days|weeks|months|years|decades|minutes|hours|seconds)`,
		Examples: []string{"for years", "in months", "will follow months of unrest", "after years of war", "the UN said on Tuesday, days before COP30 opens", "just weeks after the launch"},
		Extract: func(m *match) (Spec, bool) {
			p, start := m.prevWord()
			np := norm(p)
			if (numbers[np] > 0 || p != "" && isDigit(p[0])) && strings.HasSuffix(m.text[:m.start], p+" ") {
				return Spec{}, false // a count the rule of counted units refused: "to two months of age" is an age
			}
			ahead := vagueDurationAhead(m) && !prepositions[np]
			// "follows months of twists", "after years of war" (TimeBank
			// tags the bare plural before "of"); not "the days of the
			// week", "the final days of the campaign".
			of := vagueDurationOf(m) && (!prepositions[np] && !stretchWords[np] || ofAfter[np])
			// "days before COP30 opens", "just weeks after the launch",
			// "signed it hours later", "Days earlier, she had sold": an
			// amount of time before an event, after a comma, "just",
			// "only", "mere" or at the start of a sentence.
			nw := norm(m.nextWord())
			if (nw == "before" || nw == "after" || nw == "later" || nw == "earlier") && (start || p == "" || np == "just" || np == "only" || np == "mere" || np == "barely" || strings.HasSuffix(strings.TrimRight(m.text[:m.start], " "), ",") ||
				isLetter(p[0]) && !determinerWords.has(np) && !stretchWords[np] && !prepositions[np] && numbers[np] == 0 && !vagueNumbers[np] && ordinals[np] == 0) {
				// (and after a verb or a noun: "came hours after he
				// presided", "voting took place days before the lockdown";
				// not "the days after the attack", "in the weeks before")
				u := units[norm(m.get("unit"))]
				return Spec{Type: Duration, Period: vaguePeriod(u.code)}, true
			}
			if !vagueDurationPrepositions[np] && (start || !isLetter(p[0]) || !ahead && !of) {
				return Spec{}, false
			}
			u := units[norm(m.get("unit"))]
			return Spec{Type: Duration, Period: vaguePeriod(u.code)}, true
		},
	},
	{
		// TimeBank tags "the weeks ahead" as a duration whose amount is
		// not stated (PXW, 2 of 2); "the weeks ahead of the vote" is a
		// stretch before an event, left to the bare plural.
		Name:     "the <unit>s ahead",
		Needs:    []string{"<unit>"},
		Starts:   []string{"the"},
		Pattern:  `the\s+(?P<unit>days|weeks|months|years|decades)\s+ahead\b`,
		Examples: []string{"the weeks ahead", "in the years ahead", "the months ahead"},
		Extract: func(m *match) (Spec, bool) {
			if norm(m.nextWord()) == "of" {
				return Spec{}, false
			}
			return Spec{Type: Duration, Period: vaguePeriod(units[norm(m.get("unit"))].code)}, true
		},
	},
	{
		Name:     "every|each|per <unit>",
		Needs:    []string{"<unit>|<weekday>|<season>|<month>|<pod>|season|weekend"},
		Starts:   []string{"every", "each", "per"},
		Pattern:  `(?P<q>every|each|per)\s+(?:(?P<other>other)\s+)?(?:` + pWeekday + `(?:\s+(?P<pod>morning|afternoon|evening|night)\b)?|(?:` + pSeason + `|` + pMonth + `)\b|(?:` + pNum + `\s+)?(?P<unit>day|week|fortnight|month|year|quarter|hour|minute|decade|night|morning|evening|season|weekend)s?)`,
		Examples: []string{"every month", "each season", "every Friday", "every two years", "each July", "every Saturday night", "every fortnight"},
		Extract:  set,
	},
	{
		Name:   "once|twice|<n> times|days|nights a|per|every <unit> (set)",
		Needs:  []string{"<unit>"},
		Starts: []string{"once", "twice", "thrice", "<number>", "<digits>"},
		Guard: func(w string) bool {
			return strings.HasPrefix(w, "once") || strings.HasPrefix(w, "twice") || strings.HasPrefix(w, "thrice") ||
				strings.Contains(w, " times") || strings.Contains(w, " days ") || strings.Contains(w, " nights ")
		},
		Pattern:  `(?:(?P<f>once|twice|thrice)|(?P<num>[0-9]+|[a-z]+(?:-[a-z]+)?)\s+(?P<per>times|days|nights))\s+(?:a|an|per|every|each)\s+` + pUnit + `\b`,
		Examples: []string{"eight times a year", "once a week", "twice a month", "three times per day", "seven days a week", "six nights a week"},
		Extract: func(m *match) (Spec, bool) {
			u, ok := units[norm(m.get("unit"))]
			if !ok || u.n != 1 {
				return Spec{}, false
			}
			if per := norm(m.get("per")); (per == "days" || per == "nights") && (u.grain <= GrainDay || agoWords[norm(m.nextWord())]) {
				return Spec{}, false // "seven days a day" says nothing; "for five days a week ago" is a length and a date
			}
			n := map[string]float64{"once": 1, "twice": 2, "thrice": 3}[norm(m.get("f"))]
			if n == 0 {
				if n, ok = quantity(m.get("num")); !ok || n < 1 || n != float64(int(n)) {
					return Spec{}, false
				}
			}
			return Spec{Type: Set, Period: period(1, u.code), Freq: fmt.Sprintf("%dX", int(n))}, true
		},
	},
	{
		Name:     "daily|weekly|monthly|annually",
		Starts:   []string{"<setword>", "once", "twice"},
		Pattern:  `(?:(?:once|twice)-)?(?P<sw>` + alt(setWords) + `)`,
		Examples: []string{"monthly", "annually", "daily", "once-daily", "twice-yearly"},
		Extract: func(m *match) (Spec, bool) {
			n := m.nextWord()
			if reportNouns[norm(n)] {
				return Spec{}, false // "its quarterly dividend": a kind of payment, not a time
			}
			return Spec{Type: Set, Period: setWords[norm(m.get("sw"))]}, true
		},
	},
	{
		Name:     "<weekday>s [<part of day>] (set)",
		Starts:   []string{"<weekdays>", "<weekday>"},
		Needs:    []string{"<weekdays>|<pods>"},
		Pattern:  pWeekday + `(?:s(?:\s+(?P<pod>mornings|afternoons|evenings|nights))?|\s+(?P<pod>mornings|afternoons|evenings|nights))`,
		Examples: []string{"Fridays", "Tuesday nights"},
		Extract: func(m *match) (Spec, bool) {
			v := "XXXX-WXX-" + strconv.Itoa(weekdays[norm(m.get("weekday"))])
			if p := m.get("pod"); p != "" {
				v += "T" + partsOfDay[strings.TrimSuffix(norm(p), "s")]
			}
			return Spec{Type: Set, Period: v}, true
		},
	},
	{
		Name:     "now|currently (present)",
		Starts:   []string{"now", "currently", "current", "presently", "nowadays", "at", "these"},
		Pattern:  `(?P<w>now|currently|current|presently|nowadays|at\s+present|at\s+the\s+moment|these\s+days)`,
		Examples: []string{"now", "currently", "these days"},
		Extract: func(m *match) (Spec, bool) {
			if w := norm(m.get("w")); w == "now" && m.nextByte() == '-' || w == "current" && !currentIsTime(m) {
				return Spec{}, false
			}
			return Spec{Type: Date, Ref: "PRESENT_REF"}, true
		},
	},
	{
		Name:     "recently|previously|the past (past)",
		Needs:    []string{"recently|recent|previously|formerly|lately|past"},
		Starts:   []string{"recently", "recent", "previously", "formerly", "lately", "the", "more", "most", "past"},
		Pattern:  `(?:(?:more|most)\s+)?(?P<w>recently|(?:the\s+)?(?:recent|past)\s+(?:years|months|weeks|days|times|quarters|decades)|recent|previously|formerly|lately|the\s+past)`,
		Examples: []string{"recently", "recent", "previously", "recent years", "the past", "in past years"},
		Extract: func(m *match) (Spec, bool) {
			if norm(m.get("w")) == "the past" && unitAfter(m) {
				return Spec{}, false
			}
			if p, _ := m.prevWord(); norm(m.get("w")) == "recently" && norm(p) == "as" && norm(m.nextWord()) == "as" {
				return Spec{}, false // "as recently as January": the date after it says when
			}
			return Spec{Type: Date, Ref: "PAST_REF"}, true
		},
	},
	{
		Name:     "the future|soon|the coming <unit>s (future)",
		Needs:    []string{"future|soon|coming|upcoming"},
		Starts:   []string{"the", "future", "soon", "coming", "in", "upcoming"},
		Pattern:  `(?P<w>the\s+(?:(?:near|foreseeable|distant|immediate)\s+)?future|(?:(?:the\s+)?(?:coming|next\s+few|upcoming)|future)\s+(?P<unit>days|weeks|months|quarters|years|decades)|future|soon)`,
		Examples: []string{"the future", "the foreseeable future", "soon", "the coming weeks", "coming months", "Elian's future", "future quarters"},
		Extract: func(m *match) (Spec, bool) {
			switch w := norm(m.get("w")); w {
			case "soon":
				if p, _ := m.prevWord(); norm(p) == "as" {
					return Spec{}, false // "as soon as"
				}
				if p, _ := m.prevWord(); narrativeAfterSoon[norm(m.nextWord())] || pastBeforeSoon[norm(p)] {
					return Spec{}, false // "soon after the vote", "soon became a flood", "was soon released"
				}
			case "future":
				// Before a noun "future" is an adjective ("future
				// payments", "future earnings"): no time is named.
				if n := m.nextWord(); n != "" && n[0] >= 'a' && n[0] <= 'z' && !verbAfterFuture[norm(n)] {
					return Spec{}, false
				}
			}
			s := Spec{Type: Date, Ref: "FUTURE_REF"}
			if u := units[norm(m.get("unit"))]; u.grain != 0 && !strings.HasPrefix(norm(m.get("w")), "future") {
				s.Ahead, s.AheadUnit = 3*u.n, u.grain
				if u.grain == GrainDecade {
					s.Ahead, s.AheadUnit = 30, GrainYear
				}
			}
			return s, true
		},
	},
	{
		Name:     "<hour>[:<minute>] a.m.|p.m. [<day>]",
		Needs:    []string{"a|p|am|pm"},
		Starts:   []string{"<digits>", "about", "around", "at", "approximately"},
		Guard:    hourThenMeridiem,
		Pattern:  `(?:(?P<approx>about|around|approximately)\s+)?(?P<h>[012]?[0-9])(?:[:.](?P<mi>[0-5][0-9]))?\s*(?P<ap>[ap](?:\.m\.?|m)?)(?:\s+(?P<tz>` + pZone + `))?` + `(?:,?\s+(?:on\s+)?(?:(?P<cthis>this\s+)?` + pWeekday + `(?P<wkweek>\s+week\b)?|(?P<deix>today|yesterday|tomorrow|tonight)|` + pMonth + `\s+` + pDay + `\b(?:,?\s+` + pYear + `)?))?`,
		Examples: []string{"3 p.m.", "10:35 a.m.", "9 a.m. EST Tuesday", "around 7:15 p.m.", "5 p.m. EST Nov. 9", "5 p.m. EST, Nov. 6, 1989", "9 a.m. PT this Friday", "8am on Thursday week"},
		Extract:  clock,
	},
	{
		Name:     "<hour> [o'clock] in the morning|afternoon|evening|at night",
		Needs:    []string{"<pod>|o'clock"},
		Starts:   []string{"<digits>", "<number>", "about", "around", "at", "approximately"},
		Pattern:  `(?:(?P<approx>about|around|approximately)\s+)?(?P<h>[01]?[0-9]|[a-z]+)(?::(?P<mi>[0-5][0-9]))?(?:\s+o'clock)?\s+(?P<pod>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)`,
		Examples: []string{"at 4 in the morning", "eight o'clock in the evening", "until 11 at night", "7:30 in the morning"},
		Extract: func(m *match) (Spec, bool) {
			n, ok := quantity(m.get("h"))
			if !ok || n < 1 || n > 12 || n != float64(int(n)) {
				return Spec{}, false
			}
			// A bare number is an hour only after a word that introduces a
			// time ("at 4 in the morning", "until 11 at night"), or with
			// "o'clock": "won 3 in the morning session" is a count.
			p, _ := m.prevWord()
			if !m.has("approx") && !m.has("mi") && !strings.Contains(norm(m.text[m.start:m.end]), "o'clock") && !clockPrepositions[norm(p)] {
				return Spec{}, false
			}
			s := Spec{Type: Time, Grain: GrainTime, Clock: true, Anchor: Now, ShiftUnit: GrainDay, Mod: approxMod(m.get("approx"))}
			s.Hour, s.Minute = int(n), m.int("mi")
			pod := norm(m.get("pod"))
			switch {
			case strings.HasSuffix(pod, "morning"):
				if s.Hour == 12 {
					s.Hour = 0
				}
			case strings.HasSuffix(pod, "afternoon"), strings.HasSuffix(pod, "evening"):
				if s.Hour < 12 {
					s.Hour += 12
				}
			default: // at night, tonight: 8 to 11 in the evening, 12 to 4 after midnight
				if s.Hour >= 6 && s.Hour < 12 {
					s.Hour += 12
				} else if s.Hour == 12 {
					s.Hour = 0
				}
			}
			return s, true
		},
	},
	{
		Name:     "<hhmm> GMT|BST|<zone> (wire-service time)",
		Needs:    []string{"<zone>"},
		Starts:   []string{"<digits>"},
		Pattern:  `(?P<h>[01][0-9]|2[0-3])(?P<mi>[0-5][0-9])\s*(?P<tz>` + alt(wireZones) + `)\b` + pOnWeekday,
		Examples: []string{"0200 GMT", "1430 UTC", "1900 GMT on Wednesday", "1540 BST", "1800 CET", "0930 local time"},
		Extract: func(m *match) (Spec, bool) {
			if tz := m.get("tz"); !strings.HasPrefix(strings.ToLower(tz), "local") && !isUpper(tz) {
				return Spec{}, false // "in 2000 eat less"
			}
			s := Spec{Type: Time, Grain: GrainTime, Clock: true, Anchor: Now, ShiftUnit: GrainDay, Hour: m.int("h"), Minute: m.int("mi")}
			if wd := m.get("weekday"); wd != "" {
				s.Anchor, s.Weekday = Absolute, weekdays[norm(wd)]
			}
			return s, true
		},
	},
	{
		Name:     hourBeforeDay,
		Starts:   []string{"<digits>", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"},
		Needs:    []string{"tonight|tomorrow|today|yesterday|<pod>|clock"},
		Pattern:  pBareHour,
		Examples: []string{"8 o'clock", "at 8 tonight", "until 9 tomorrow morning", "at 5 tomorrow afternoon"},
		Extract:  bareHour,
	},
	{
		Name:     dayAtHour,
		Starts:   []string{"at"},
		Needs:    []string{"<digits>"},
		Pattern:  `(?P<at>at)\s+` + pBareHour,
		Examples: []string{"tonight at 8", "Friday at 10", "this afternoon at 2"},
		Extract:  bareHour,
	},
	{
		Name:     "<hour>:<minute> (24-hour)",
		Needs:    []string{"<:>"},
		Starts:   []string{"<digits>", "about", "around", "approximately"},
		Pattern:  `(?:(?P<approx>about|around|approximately)\s+)?(?P<h>[012]?[0-9]):(?P<mi>[0-5][0-9])(?:\s+(?P<tz>` + pZone + `))?` + pOnWeekday,
		Examples: []string{"at 15:30", "10:35", "02:00 BST on Sunday", "at about 10:00 CET"},
		Extract:  clock,
	},
	{
		// "19h00", "at 19h30 on Friday", "20h45 CET": the 24-hour clock as
		// European wire copy writes it. Only after a word that sets a
		// clock time or a date, or with a zone or a weekday after it:
		// "a 2h delay" is two hours, "in 2h05" a race time.
		Name:     "<hour>h[<minute>] (European clock)",
		Needs:    []string{"<unit>"}, // the h glued to the figure is in the class (tag.go)
		Starts:   []string{"<digits>"},
		Guard:    hourMarkAhead,
		Pattern:  `(?P<h>[01]?[0-9]|2[0-3])h(?P<mi>[0-5][0-9])?(?:\s+(?P<tz>` + pZone + `))?` + pOnWeekday,
		Examples: []string{"at 19h30 on Friday", "at 19h", "kick-off is 20h45 CET", "from 9h to 17h"},
		Extract: func(m *match) (Spec, bool) {
			if !hourMarkClock(m) && !m.has("tz") && !m.has("weekday") {
				return Spec{}, false
			}
			s := Spec{Type: Time, Grain: GrainTime, Clock: true, Anchor: Now, ShiftUnit: GrainDay, Hour: m.int("h"), Minute: m.int("mi")}
			if wd := m.get("weekday"); wd != "" {
				s.Anchor, s.Weekday = Absolute, weekdays[norm(wd)]
			}
			return s, true
		},
	},
	{
		Name:     "half past|a quarter to <hour>",
		Starts:   []string{"half", "quarter", "a", "<digits>", "<number>"},
		Needs:    []string{"past|after|half|quarter|<unit>"}, // (<unit>: "20 minutes to 2pm")
		Guard:    clockOffsetAhead,
		Pattern:  `(?P<mins>half|(?:a\s+)?quarter|[0-9]{1,2}|[a-z]+(?:-[a-z]+)?)(?:\s+minutes?)?\s+(?P<dir>past|after|to|till)\s+(?:(?P<w>noon|midnight)|(?P<h>[0-9]{1,2})(?P<hmark>h)\b|(?P<h>[0-9]{1,2}|[a-z]+)(?:\s*(?P<ap>a\.m\.|p\.m\.|am|pm))?)(?:,?\s+(?:on\s+)?` + pWeekday + `(?:\s+(?P<pod>morning|afternoon|evening|night))?\b)?`,
		Examples: []string{"half past three", "a quarter past 3pm", "20 minutes past 3pm", "twenty after noon", "a quarter to 2pm", "15 minutes past 15h", "20 minutes to 2pm", "half past nine on Tuesday night"},
		Extract: func(m *match) (Spec, bool) {
			if units[norm(m.nextWord())].grain != 0 {
				return Spec{}, false // "12 to 18 months": a range of amounts
			}
			if mi, h := m.get("mins"), m.get("h"); mi != "" && h != "" && isDigit(mi[0]) && isDigit(h[0]) &&
				!m.has("ap") && !m.has("hmark") && !strings.Contains(norm(m.text[m.start:m.end]), "minute") {
				return Spec{}, false // "3 to 20", "10 past 5" in figures: a ratio or a range, not a clock
			}
			if d := norm(m.get("dir")); (d == "to" || d == "till") && isDigit(m.get("mins")[0]) && m.get("h") != "" && isDigit(m.get("h")[0]) && !m.has("ap") && !m.has("hmark") {
				return Spec{}, false // "cut from 45 minutes to 12": amounts; "20 minutes to 2pm" is a clock
			}
			var mins float64
			switch w := norm(m.get("mins")); {
			case w == "half":
				mins = 30
			case strings.HasSuffix(w, "quarter"):
				mins = 15
			default:
				n, ok := quantity(w)
				if !ok || n >= 60 {
					return Spec{}, false
				}
				mins = n
			}
			h := 12
			if m.get("w") == "" {
				n, ok := quantity(m.get("h"))
				if !ok || n < 1 || n > 12 && m.has("ap") || n > 23 {
					return Spec{}, false
				}
				h = int(n)
				if strings.HasPrefix(norm(m.get("ap")), "p") && h < 12 {
					h += 12
				}
				if !m.has("ap") && h < 12 && !isDigit(m.get("h")[0]) && m.get("mins") != "half" && !strings.HasSuffix(norm(m.get("mins")), "quarter") {
					return Spec{}, false // "two past three" reads as a count
				}
			} else if norm(m.get("w")) == "midnight" {
				h = 0
			}
			t := h*60 + int(mins)
			if d := norm(m.get("dir")); d == "to" || d == "till" {
				t = h*60 - int(mins)
			}
			if pod := norm(m.get("pod")); pod != "" && pod != "morning" && !m.has("ap") && m.get("w") == "" && t < 12*60 {
				t += 12 * 60 // "half past nine on Tuesday night"
			}
			t = (t + 24*60) % (24 * 60)
			s := Spec{Type: Time, Grain: GrainTime, Clock: true, Anchor: Now, ShiftUnit: GrainDay, Hour: t / 60, Minute: t % 60}
			if wd := m.get("weekday"); wd != "" {
				s.Anchor, s.Weekday = Absolute, weekdays[norm(wd)]
			}
			return s, true
		},
	},
	{
		Name:     "noon|midnight [<day>]",
		Starts:   []string{"noon", "midnight", "midday"},
		Pattern:  `(?P<w>noon|midnight|midday)(?:\s+(?P<tz>` + pZone + `))?(?:\s+(?:on\s+)?(?:` + pWeekday + `|(?P<deix>today|yesterday|tomorrow)|` + pMonth + `\s+` + pDay + `\b(?:,?\s+` + pYear + `)?))?`,
		Examples: []string{"noon", "midnight Friday", "noon local time on Friday", "midnight ET Sunday", "midnight Sept. 30", "noon on April 30, 1975"},
		Extract: func(m *match) (Spec, bool) {
			if p, _ := m.prevWord(); norm(p) == "high" {
				return Spec{}, false // "High Noon", "high noon comes today": a figure of speech
			}
			return clock(m)
		},
	},
	{
		Name:     "[early|mid|late|the end of] <month>|<year>",
		Needs:    []string{"<month>|<digits>"},
		Starts:   []string{"early", "mid", "late", "the", "end", "beginning", "start", "middle", "close"},
		Pattern:  `(?:(?P<mod>early|mid|late)[\s-]+|(?P<pos>end)-|(?:the\s+)?(?P<pos>end|beginning|start|middle|close)\s+of\s+)(?:` + pMonth + `(?:,?\s+` + pYear + `)?|(?:(?:calendar|fiscal)\s+(?:year\s+)?)?` + pYear + `)`,
		Examples: []string{"mid-March", "late 2019", "early December", "the end of 1990", "the middle of October", "end-2026", "end-June", "the end of calendar 2026", "the end of fiscal 2027"},
		Extract: func(m *match) (Spec, bool) {
			s := Spec{Type: Date, Grain: GrainYear, Year: m.int("year"), Mod: mods[norm(m.get("mod"))]}
			if p := m.get("pos"); p != "" {
				s.Mod = mods[norm(p)]
			}
			if mo := m.get("month"); mo != "" {
				if !isUpper(mo) && !m.has("year") {
					return Spec{}, false
				}
				s.Grain, s.Month = GrainMonth, lookupMonth(mo)
			}
			return s, true
		},
	},
	{
		Name:     "[the] end|beginning of the|this|next <unit>",
		Needs:    []string{"<unit>"},
		Starts:   []string{"the", "end", "beginning", "start", "middle", "close"},
		Pattern:  `(?:the\s+)?(?P<pos>end|beginning|start|middle|close)\s+of\s+(?:around\s+)?(?:the\s+)?(?P<rel>this|next|last|past|previous|prior|following|current|coming|same|that)?\s*(?P<unit>week|month|year|quarter|decade|century)`,
		Examples: []string{"the end of the year", "the beginning of next month", "the end of this week", "the end of the following week", "by the end of that year", "the beginning of around next week"},
		Extract: func(m *match) (Spec, bool) {
			if m.nextByte() == '-' || m.nextByte() == '\'' {
				return Spec{}, false
			}
			u := units[norm(m.get("unit"))]
			s := Spec{Type: Date, Grain: u.grain, Anchor: Now, Mod: mods[norm(m.get("pos"))]}
			switch rel := norm(m.get("rel")); rel {
			case "next", "coming":
				s.Shift = 1
			case "last", "past":
				s.Shift = -1
			case "previous", "prior", "following": // narrative: from the last date mentioned
				s.Anchor, s.Shift = relWords[rel].anchor, relWords[rel].shift
			case "same", "that", "":
				if rel != "" {
					s.Anchor = Story // "the end of that year": of the year last mentioned
				}
			}
			return s, true
		},
	},
	{
		// "by EOM", "by the EOY": the business shorthand for the end of
		// the month or year, as a deadline; only in capitals and after
		// "by" ("EOM" alone is a code, as "BOM" is the Bureau of
		// Meteorology). Not "by EOD": in news, "destroyed by EOD" is the
		// bomb squad (explosive ordnance disposal).
		Name:     "by [the] EOM|EOY",
		Starts:   []string{"the", "eom", "eoy"},
		Pattern:  `(?:the\s+)?(?P<eo>eom|eoy)\b`,
		Examples: []string{"by EOM", "by the EOM", "due by EOY"},
		Extract: func(m *match) (Spec, bool) {
			eo := m.get("eo")
			if p, _ := m.prevWord(); norm(p) != "by" || eo != strings.ToUpper(eo) {
				return Spec{}, false
			}
			g := map[string]Grain{"eom": GrainMonth, "eoy": GrainYear}[norm(eo)]
			return Spec{Type: Date, Grain: g, Anchor: Now, Mod: "END"}, true
		},
	},
	{
		// "by mid-century" is the middle of this century; "a mid-century
		// house", "mid-century modern" name a style.
		Name:     "mid-century",
		Needs:    []string{"<unit>"},
		Starts:   []string{"mid"},
		Pattern:  `mid[\s-]+century\b`,
		Examples: []string{"by mid-century", "until mid-century."},
		Extract: func(m *match) (Spec, bool) {
			p, _ := m.prevWord()
			if !prepositions[norm(p)] || norm(m.nextWord()) == "modern" {
				return Spec{}, false
			}
			return Spec{Type: Date, Grain: GrainCentury, Anchor: Now, Mod: "MID"}, true
		},
	},
	{
		Name:     "<n> <weekday>s from now|ago",
		Starts:   []string{"<digits>", "<number>"},
		Needs:    []string{"<weekdays>", "now|ago|back|hence"},
		Pattern:  `(?P<num>[0-9]{1,2}|[a-z]+)\s+` + pWeekday + `s\s+(?P<dir>from\s+now|hence|ago|back)`,
		Examples: []string{"3 Fridays from now", "two Thursdays ago"},
		Extract: func(m *match) (Spec, bool) {
			n, ok := quantity(m.get("num"))
			if !ok || n < 1 || n != float64(int(n)) {
				return Spec{}, false
			}
			s := Spec{Type: Date, Grain: GrainDay, Anchor: Now, Weekday: weekdays[norm(m.get("weekday"))], Occurrence: int8(n)}
			if d := norm(m.get("dir")); d == "ago" || d == "back" {
				s.Occurrence = -s.Occurrence
			}
			return s, true
		},
	},
	{
		Name:     "<weekday>|<month> after next",
		Starts:   []string{"<weekday>", "<month>"},
		Needs:    []string{"next"},
		Pattern:  `(?:` + pWeekday + `|` + pMonth + `)\s+after\s+next`,
		Examples: []string{"Friday after next", "March after next"},
		Extract: func(m *match) (Spec, bool) {
			s := Spec{Type: Date, Grain: GrainDay, Anchor: Now, Weekday: weekdays[norm(m.get("weekday"))], Occurrence: 2}
			if mo := m.get("month"); mo != "" {
				s.Grain, s.Weekday, s.Month = GrainMonth, 0, lookupMonth(mo)
			}
			return s, true
		},
	},
	{
		// British and American ways to say the weekday a week after the
		// next one: "adjourned until Friday week", "a week on Monday", "a
		// week from Friday".
		Name:     "<weekday> week|a week on|from <weekday>",
		Starts:   []string{"<weekday>", "a"},
		Needs:    []string{"<weekday>"},
		Pattern:  `(?:a\s+week\s+(?:on|from)\s+` + pWeekday + `|` + pWeekday + `\s+week)\b`,
		Examples: []string{"Friday week", "a week on Monday", "a week from Friday"},
		Extract: func(m *match) (Spec, bool) {
			if !weekdayWeek(m) {
				return Spec{}, false // "Friday week's", "Friday weekend"
			}
			return Spec{Type: Date, Grain: GrainDay, Anchor: Now, Weekday: weekdays[norm(m.get("weekday"))], Occurrence: 2}, true
		},
	},
	{
		Name:     "<month> in <n> years",
		Starts:   []string{"<month>"},
		Needs:    []string{"<unit>"},
		Pattern:  pMonth + `\s+in\s+` + pNum + `\s+(?P<unit>years?)`,
		Examples: []string{"March in a year", "March in 2 years"},
		Extract: func(m *match) (Spec, bool) {
			n, ok := quantity(m.get("num"))
			if !ok || n < 1 || n != float64(int(n)) || !isUpper(m.get("month")) && (norm(m.get("month")) == "may" || norm(m.get("month")) == "march") {
				return Spec{}, false
			}
			if w := norm(m.nextWord()); w == "of" || w == "when" || w == "that" || w == "which" || w == "where" {
				return Spec{}, false // "in March in a year of turmoil": the month, and a year described
			}
			return Spec{Type: Date, Grain: GrainMonth, Month: lookupMonth(m.get("month")), Anchor: Now, ShiftUnit: GrainYear, Shift: int(n)}, true
		},
	},
	{
		Name:     "the <day> of this|next|last month",
		Starts:   []string{"<digits>", "the"},
		Needs:    []string{"month"},
		Pattern:  `(?:the\s+)?(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?(?:\s+day)?\s+of\s+(?:the\s+)?(?P<rel>next|this|current|previous|last|following|coming)\s+month`,
		Examples: []string{"the 20th of next month", "20 of this month", "the 20th of the previous month"},
		Extract: func(m *match) (Spec, bool) {
			d := m.int("day")
			if d < 1 || d > 31 || m.nextByte() == '\'' || strings.HasPrefix(m.text[m.end:], "’") {
				return Spec{}, false // "20 of this month's recruits"
			}
			shift := map[string]int{"next": 1, "following": 1, "coming": 1, "previous": -1, "last": -1}[norm(m.get("rel"))]
			return Spec{Type: Date, Grain: GrainDay, Anchor: Now, Day: d, ShiftUnit: GrainMonth, Shift: shift}, true
		},
	},
	{
		Name:     "the <ordinal> [last] day|week|weekend of <month>|<year>",
		Starts:   []string{"the", "<ordinal>", "<digits>", "last"},
		Needs:    []string{"day|week|weekend", "<month>|<yyyy>"},
		Pattern:  `(?:the\s+)?(?:(?P<ord>[a-z0-9]+)\s+(?P<last>last\s+)?|(?P<last>last)\s+)(?P<part>day|week|weekend|week[\s-]end)\s+(?:of|in)\s+(?:` + pMonth + `(?:,?\s+` + pYear + `)?|` + pYear + `)`,
		Examples: []string{"the last day of October 2015", "the first week of October 2014", "the third last week of 2018", "the fifth last day of May", "the last weekend of October 2017", "the last week-end in October 2017"},
		Extract: func(m *match) (Spec, bool) {
			n := int8(1)
			if m.has("ord") {
				n = int8(ordinals[norm(m.get("ord"))]) // 0 when the word is no ordinal: refused below
			}
			if norm(m.get("ord")) == "last" {
				n = 1 // "the last day of October": the first from the end
			}
			if m.has("last") || norm(m.get("ord")) == "last" {
				n = -n
			}
			s := Spec{Type: Date, Grain: GrainYear, Year: m.int("year"), PartNth: n, Part: GrainDay}
			switch weekendWord(m.get("part")) {
			case "week":
				s.Part = GrainWeek
			case "weekend":
				s.Part = GrainWeekend
			}
			if mo := m.get("month"); mo != "" {
				if !isUpper(mo) && !m.has("year") && (norm(mo) == "may" || norm(mo) == "march") && !m.has("ord") {
					return Spec{}, false
				}
				s.Grain, s.Month = GrainMonth, lookupMonth(mo)
			}
			return s, n != 0
		},
	},
	{
		Name:    holidayRuleName,
		Starts:  []string{"<holiday>", "this", "last", "next", "every", "each"},
		Needs:   []string{"<holidayword>"},
		Guard:   holidayOpens,
		Pattern: `(?:(?P<rel>this|last|next|every|each)\s+)?` + pHoliday + `(?:\s+(?P<pod>morning|afternoon|evening|night)\b|\s+(?P<wk>week(?:end)?)\b|` + pHolidayYear + `)`,
		Extract: holidayRule,
		Examples: []string{"Christmas", "New Year's Day", "Halloween 2019", "Easter 2010", "last Easter", "Good Friday",
			"Thanksgiving Day", "Labor Day 2023", "Memorial Day", "last thanksgiving", "thanksgiving of next year",
			"thanksgiving in 9 months", "MLK day of last year", "Diwali 2019", "Ramadan 2018", "Eid al-Fitr in 1975",
			"Passover", "Rosh Hashanah 2024", "Lunar New Year", "Easter Sunday two thousand ten", "Thanksgiving morning", "Christmas night", "Easter week", "Memorial Day weekend", "every New Year's Eve", "each Thanksgiving"},
	},
	{
		// A rule of its own, so that the holiday names are not tried at
		// every "the" and every figure: these need a unit, a weekday or a
		// part of the day besides a holiday word.
		Name:   "<n> days|weeks|months|years before|after <holiday>|the <nth> <weekday> after <holiday>|<part of day> of <holiday>",
		Starts: []string{"<number>", "<digits>", "<ordinal>", "the", "<pod>"},
		Needs:  []string{"<holidayword>", "<unit>|<weekday>|<pod>"},
		Guard:  holidayWithin,
		Pattern: `(?:(?P<dnum>[0-9]+|` + alt(numbers) + `)\s+(?P<dunit>days?|weeks?|months?|years?)\s+(?P<dir>before|after)` +
			`|(?:the\s+)?` + pOrd + `\s+` + pWeekday + `\s+(?P<dir>before|after)` +
			`|the\s+` + pWeekday + `\s+(?P<dir>before|after)` +
			`|the\s+(?P<dday>day)\s+(?P<dir>before|after)` +
			`|(?P<pod>morning|afternoon|evening|night)\s+of)\s+(?:(?P<rel>this|last|next)\s+)?` + pHoliday + pHolidayYear,
		Extract:  holidayRule,
		Examples: []string{"three days after Easter", "third tuesday after christmas 2014", "morning of Christmas 2013", "two weeks before Passover", "the Sunday after Thanksgiving", "the day after Thanksgiving", "one year after Christmas", "six months before Easter 2020"},
	},
}

// holidayRuleName names the rule of a holiday by its name (Timex.Occasion).
const holidayRuleName = "[this|last|next|every] <holiday> [[of|in] <year>|of last|next year|in <n> years|<n> years ago]"

// presentAgeNouns: after "today's" they name the present age, not the day
// ("today's youth", "today's world").
var presentAgeNouns = map[string]bool{
	"world": true, "youth": true, "society": true, "generation": true, "children": true,
	"kids": true, "teenagers": true, "students": true, "young": true, "economy": true,
	"standards": true, "dollars": true, "technology": true, "culture": true, "politics": true,
	"media": true, "era": true, "age": true, "climate": true, "workplace": true, "computers": true,
	"personal": true, "modern": true, "global": true, "digital": true, "americans": true, "consumers": true,
}

// narrativeAfterSoon: after these "soon" tells the order of events in a
// story, not a time ahead of publication.
var narrativeAfterSoon = map[string]bool{
	"after": true, "afterward": true, "afterwards": true, "thereafter": true, "before": true,
	"became": true, "began": true, "found": true, "followed": true, "proved": true,
}

// pastBeforeSoon: "was soon released", "had soon spread": a story told in
// the past.
var pastBeforeSoon = map[string]bool{"was": true, "were": true, "had": true, "did": true}

// verbAfterFuture are the words that may follow the noun "future" ("the
// company's future is bright", "Elian's future in Cuba").
var verbAfterFuture = map[string]bool{
	"is": true, "was": true, "will": true, "would": true, "looks": true, "looked": true,
	"remains": true, "remained": true, "lies": true, "in": true, "of": true, "with": true,
	"away": true, "and": true, "or": true, "as": true, "at": true, "for": true, "has": true,
	"had": true, "depends": true, "hinges": true, "rests": true, "seems": true, "seemed": true,
}

// pHolidayYear is what may follow a holiday's name: its year, in figures
// or words, "of next year", "in 9 months", "two years ago".
var pHolidayYear = `(?:\s+(?:(?:of|in)\s+)?(?:` + pYear + `|(?P<yrel>this|last|next)\s+year|` + pYearWords + `)` +
	`|\s+in\s+(?P<num>[0-9]+|an?|` + pNumberWords + `)\s+(?P<unit>years?|months?)` +
	`|\s+(?P<num>[0-9]+|an?|` + pNumberWords + `)\s+(?P<unit>years?|months?)\s+(?P<ago>ago|hence|from\s+now))?`

// pYearWords is a year in words: "two thousand ten", "nineteen ninety-six".
var pYearWords = `(?P<yw>(?:nineteen|twenty)[\s-]+(?:hundred[\s-]+(?:and[\s-]+)?)?[a-z]+(?:[\s-][a-z]+)?|two\s+thousand(?:[\s-]+(?:and[\s-]+)?` + pNumberWords + `)?)`

// holidayNouns are words after a holiday's name that make it a thing, not
// a date: "Easter Island", "Christmas tree", "Easter Rising" (1916).
var holidayNouns = map[string]bool{
	"island": true, "islands": true, "rising": true, "tree": true, "trees": true, "egg": true, "eggs": true,
	"card": true, "cards": true, "bunny": true, "carol": true, "carols": true, "offensive": true,
	"movie": true, "film": true, "song": true, "album": true, // "the Independence Day movie"
}

// tradeNouns after a holiday make it the season of a trade ("Easter
// bookings", "Christmas sales"), which does not anchor the clock times and
// days that follow (Spec.Record).
var tradeNouns = map[string]bool{
	"bookings": true, "sales": true, "shopping": true, "spending": true, "demand": true, "trading": true,
	"travel": true, "rush": true, "getaway": true, "orders": true, "shoppers": true, "retail": true,
}

// seasonVerbs say that a season or feast begins or ends: "Lent begins".
var seasonVerbs = map[string]bool{"begins": true, "began": true, "starts": true, "started": true,
	"ends": true, "ended": true, "is": true, "was": true, "will": true}

// personNames are holiday names that are also given names: before a
// capitalised word they are a person.
var personNames = map[string]bool{"rakhi": true}

// holidayRule reads "[morning of] [this|last|next] <holiday> [year]".
// quarterOrHalf reads "Q3", "H1 2025", "Q4'24", "1H26": a quarter or a
// half, with the year in four figures or two (1950 to 2049).
func quarterOrHalf(m *match) (Spec, bool) {
	y := m.int("year")
	switch {
	case m.has("yy2"): // "Q4 FY25": a fiscal year of this century
		y = 2000 + m.int("yy2")
	case m.has("yy"):
		y = 1900 + m.int("yy")
		if y < 1950 {
			y += 100
		}
	}
	if norm(m.get("qh")) == "h" {
		if m.int("q") > 2 {
			return Spec{}, false
		}
		return Spec{Type: Date, Grain: GrainHalf, Half: m.int("q"), Year: y}, true
	}
	return Spec{Type: Date, Grain: GrainQuarter, Quarter: m.int("q"), Year: y}, true
}

// earlyLateVerbs take "early" or "late" as an adverb of their own: "will
// close early on Wednesday".
var earlyLateVerbs = map[string]bool{
	"close": true, "closes": true, "closing": true, "open": true, "opens": true, "opening": true,
	"start": true, "starts": true, "finish": true, "finishes": true, "end": true, "ends": true,
	"leave": true, "leaves": true, "arrive": true, "arrives": true, "run": true, "runs": true,
	"come": true, "comes": true, "go": true, "goes": true, "shut": true, "shuts": true,
}

// greetings before a holiday's name ("Happy Mother's Day").
var greetings = map[string]bool{"happy": true, "merry": true, "blessed": true}

func holidayRule(m *match) (Spec, bool) {
	word := m.get("hol")
	h := holidayByKey[holidayKey(word)]
	if h == nil || holidayNouns[norm(m.nextWord())] && !m.has("year") {
		return Spec{}, false
	}
	if gluedByApostrophe(m.text, m.start) {
		return Spec{}, false // "a nor'easter": the end of another word
	}
	if h.name == "Thanksgiving" && !m.has("year") {
		if rest := strings.TrimPrefix(strings.TrimLeft(m.text[m.end:min(len(m.text), m.end+12)], " "), "on "); strings.HasPrefix(rest, "Monday") {
			h = holidayByKey[holidayKey("canadian thanksgiving")] // "ahead of Thanksgiving on Monday": the US one is a Thursday
		}
	}
	if next := m.nextWord(); personNames[norm(word)] && isUpper(next) && !m.has("year") {
		return Spec{}, false // "Rakhi Sawant", an actress
	}
	if m.nextWord() == "Rally" {
		return Spec{}, false // "the National Day Rally", a speech weeks after the day (not "the May Day rally")
	}
	if v := nationalDay(h, m); v != nil {
		h = v // "India's Independence Day", "NEW DELHI: ... Independence Day": the nation's own
	} else if h.nationalOnly {
		return Spec{}, false // "National Day" of no nation named: no date to give
	} else if prev, start := m.ownerWord(); (h.own != nil || h.rivals != nil) && !m.has("rel") && !start && isUpper(prev) && weekdays[norm(prev)] == 0 && !prepositions[norm(prev)] && !holidayLeadWords[norm(prev)] && !greetings[norm(prev)] {
		if w := norm(prev); h.own != nil && !slices.Contains(h.own, w) || slices.Contains(h.rivals, w) {
			return Spec{}, false // "India's Independence Day", "Holocaust Remembrance Day", "Canadian Thanksgiving": another's day
		}
	}
	if r := norm(m.get("rel")); r == "every" || r == "each" {
		// "every New Year's Eve from 1986 to 2019": a set, on its day of
		// the year when that is fixed, else once a year
		if m.has("year") || m.has("num") || m.has("pod") || m.has("wk") {
			return Spec{}, false
		}
		period := "P1Y"
		if a, _, ok1 := h.on(2001); ok1 {
			if b, _, ok2 := h.on(2002); ok2 && a.Month() == b.Month() && a.Day() == b.Day() {
				period = fmt.Sprintf("XXXX-%02d-%02d", int(a.Month()), a.Day())
			}
		}
		return Spec{Type: Set, Period: period, Quant: "EVERY"}, true
	}
	s := Spec{Type: Date, Grain: GrainDay, Holiday: holidayKey(h.names[0]), Year: m.int("year")}
	if !m.has("year") && tradeNouns[norm(m.nextWord())] {
		s.Record = true // "helped by strong Easter bookings": a season of trade, not a day the story moves to
	}
	if m.has("yw") {
		y, ok := spelledYear(m.get("yw"))
		if !ok {
			return Spec{}, false
		}
		s.Year = y
	}
	rel := norm(m.get("rel"))
	if h.capital && s.Year == 0 && rel == "" {
		// "Lent", "King's Day": only with a capital, after a word that
		// introduces a time ("during Lent", "on King's Day") or opening a
		// sentence that says it begins or ends ("Lent begins"); "he lent
		// money", "Lent money to" are the verb.
		// A name of several words needs only its capitals, first and
		// last ("celebrated Eid Al Etihad", "Culture Day"; not "a
		// culture day").
		prev, start := m.prevWord()
		ok := isUpper(word) && (start && seasonVerbs[norm(m.nextWord())] || !start && (prepositions[norm(prev)] || norm(prev) == "ahead"))
		if sp := strings.LastIndexAny(word, " -"); sp > 0 && sp+1 < len(word) && !m.has("num") && !m.has("dir") {
			last := word[sp+1:]
			if p := strings.LastIndexAny(word[:sp], " -"); p > 0 && last == "day" {
				last = word[p+1:] // "Melbourne Cup day": a name of three words, its day in lower case
			}
			ok = isUpper(word) && (isUpper(last) || isDigit(last[0]))
		}
		if !ok {
			return Spec{}, false
		}
	}
	if y := norm(m.get("yrel")); y != "" {
		s.Anchor, s.ShiftUnit, s.Shift = Now, GrainYear, relWords[y].shift
	} else if m.has("num") {
		n, ok := quantity(m.get("num"))
		if !ok || n != float64(int(n)) {
			return Spec{}, false
		}
		s.Anchor, s.ShiftUnit, s.Shift, s.FirstAfter = Now, GrainYear, int(n), true
		if strings.HasPrefix(norm(m.get("unit")), "month") {
			s.ShiftUnit = GrainMonth
		}
		if norm(m.get("ago")) == "ago" {
			s.Shift = -s.Shift
		}
	}
	sign := 1
	if norm(m.get("dir")) == "before" {
		sign = -1
	}
	if m.has("dnum") { // "three days after Easter"
		n, ok := quantity(m.get("dnum"))
		if !ok || n != float64(int(n)) {
			return Spec{}, false
		}
		switch u := norm(m.get("dunit")); {
		case strings.HasPrefix(u, "week"):
			s.Days = sign * int(n) * 7
		case strings.HasPrefix(u, "month"): // "six months before Easter"
			s.Months = sign * int(n)
		case strings.HasPrefix(u, "year"): // "one year after Christmas": the same day a year on
			s.Months = sign * int(n) * 12
		default:
			s.Days = sign * int(n)
		}
	}
	if m.has("dday") { // "the day after Thanksgiving"
		s.Days = sign
	}
	if m.has("ord") { // "the third Tuesday after Christmas"
		s.Weekday, s.Nth = weekdays[norm(m.get("weekday"))], sign*ordinals[norm(m.get("ord"))]
		if s.Weekday == 0 || s.Nth == 0 {
			return Spec{}, false
		}
	} else if m.has("weekday") { // "the Sunday after Thanksgiving": the first
		s.Weekday, s.Nth = weekdays[norm(m.get("weekday"))], sign
		if s.Weekday == 0 {
			return Spec{}, false
		}
	}
	if p := partsOfDay[norm(m.get("pod"))]; p != "" {
		s.Type, s.Grain, s.PartOfDay = Time, GrainPartOfDay, p
	}
	switch norm(m.get("wk")) {
	case "week": // "Easter week", "Thanksgiving week": the week of the day
		s.Within = GrainWeek
	case "weekend": // "Easter weekend", "Memorial Day weekend"
		s.Within = GrainWeekend
	}
	if h.minutes > 0 { // Earth Hour: a clock time
		s.Type, s.Grain, s.Clock, s.Hour, s.Minute = Time, GrainTime, true, h.at/60, h.at%60
	}
	namedRel(&s, rel)
	return s, true
}

// spelledYear reads a year written in words: "nineteen ninety-six" (two
// two-digit halves), "two thousand", "two thousand and four".
func spelledYear(s string) (int, bool) {
	words := strings.FieldsFunc(norm(s), func(r rune) bool { return r == ' ' || r == '-' })
	if len(words) >= 2 && words[0] == "two" && words[1] == "thousand" {
		rest := words[2:]
		if len(rest) > 0 && rest[0] == "and" {
			rest = rest[1:]
		}
		if len(rest) == 0 {
			return 2000, true
		}
		n, ok := quantity(strings.Join(rest, " "))
		return 2000 + int(n), ok && n < 100
	}
	if len(words) < 2 {
		return 0, false
	}
	hi := numbers[words[0]]
	rest := words[1:]
	hundred := rest[0] == "hundred"
	if hundred {
		rest = rest[1:]
		if len(rest) > 0 && rest[0] == "and" {
			rest = rest[1:]
		}
	}
	if len(rest) == 0 {
		return 0, false
	}
	lo, ok := quantity(strings.Join(rest, " "))
	if !ok || lo > 99 || lo < 10 && !hundred {
		return 0, false // "twenty five" is a number, not a year
	}
	return hi*100 + int(lo), true
}

// numericDate reads a date written in figures, month first unless the
// first figure cannot be a month (31.10.1974); a two-digit year is 1950 to
// 2049.
func numericDate(mo, d int, yy string) (Spec, bool) {
	if mo > 12 {
		mo, d = d, mo
	}
	y, _ := strconv.Atoi(yy)
	if len(yy) == 2 {
		y += 1900
		if y < 1950 {
			y += 100
		}
	}
	return dayDate(y, mo, d)
}

// dayDate checks a stated day of a month.
// eventYear is the year of the event a day names ("the Jan. 6 attack",
// "the 7 October massacre", "the Jan. 6 committee's report"), 0 when the
// day is no event's name (words.go: eventDays, eventNouns).
func eventYear(m *match, mo, d int) int {
	y := eventDays[[2]int{mo, d}]
	if y != 0 && eventNouns[strings.TrimSuffix(norm(m.nextWord()), "'s")] {
		return y
	}
	return 0
}

// monthAfter reports whether a month's name follows the word after the
// match: "the year beginning July 1".
func monthAfter(m *match) bool {
	rest := strings.TrimLeft(m.text[m.end:], " ")
	_, rest, _ = strings.Cut(rest, " ")
	return monthOpens(rest)
}

// monthOpens reports whether s opens with a month's name, capitalised
// ("July 1", "Sept. 30").
func monthOpens(s string) bool {
	i := 0
	for i < len(s) && (isLetter(s[i]) || s[i] == '.') {
		i++
	}
	return isUpper(s) && lookupMonth(s[:i]) != 0
}

// monthAfterTo reports whether "to" and a month follow the match: "the
// year to September", "the year to end-March".
func monthAfterTo(m *match) bool {
	rest := strings.TrimLeft(m.text[m.end:], " ")
	if !strings.HasPrefix(rest, "to ") {
		return false
	}
	rest = strings.TrimLeft(rest[3:], " ")
	for _, p := range []string{"end-", "mid-", "the end of "} {
		rest = strings.TrimPrefix(rest, p)
	}
	return monthOpens(rest)
}

func dayDate(y, mo, d int) (Spec, bool) {
	ok := mo >= 1 && mo <= 12 && d >= 1 && d <= 31
	return Spec{Type: Date, Grain: GrainDay, Year: y, Month: mo, Day: d}, ok
}

// reportNouns after a frequency adjective name a payment or a figure, and
// the adjective is no time of its own: "quarterly dividend", "daily
// volume" (but "a daily rally", "daily life" are sets).
var reportNouns = map[string]bool{
	"dividend": true, "dividends": true, "report": true, "reports": true, "earnings": true,
	"results": true, "payment": true, "payments": true, "volume": true, "turnover": true,
	"rate": true, "sales": true, "figures": true, "newspaper": true, "paper": true, "of": true,
	"fine": true, "fines": true, "penalty": true, "penalties": true, "allowance": true, "wage": true, "wages": true,
	"instalment": true, "instalments": true, "installment": true, "installments": true, "premium": true, "premiums": true,
	"subscription": true, "subscriptions": true, "fee": true, "fees": true, "bill": true, "bills": true, "rent": true,
	"payout": true, "payouts": true, "contribution": true, "contributions": true, "charge": true, "charges": true,
	"admission": true, "ticket": true, "tickets": true, "pass": true, "passes": true, "price": true, "prices": true,
}

// countNouns are nouns a figure before them counts ("2000 people").
var countNouns = map[string]bool{
	"people": true, "children": true, "men": true, "women": true, "police": true,
	"percent": true, "per": true, "times": true, "feet": true, "sheep": true,
	"staff": true, "personnel": true, "cattle": true, "million": true, "billion": true,
	"thousand": true, "more": true, "other": true, "block": true,
	"guineas": true, // the 2000 Guineas, a horse race
}

// measureUnits after a four-figure number make it a measure: "2000 MT of
// rice", "1500 km", "a 1200 MW plant", "the 1500 metre freestyle".
var measureUnits = map[string]bool{
	"m": true, "km": true, "kg": true, "mt": true, "kt": true, "mw": true, "gw": true, "kw": true,
	"kwh": true, "mwh": true, "gwh": true, "cc": true, "mg": true, "ml": true, "hp": true, "bhp": true,
	"rpm": true, "ft": true, "mm": true, "cm": true, "lb": true, "lbs": true, "oz": true, "mph": true,
	"kph": true, "sq": true, "metre": true, "meter": true, "tonne": true, "ton": true, "mile": true,
	"kilometre": true, "kilometer": true, "acre": true, "hectare": true, "litre": true, "liter": true,
	"gallon": true, "barrel": true, "yard": true, "foot": true, "pound": true, "ounce": true,
}

// yearIsCount reports whether a four-digit figure is a count or an amount,
// not a year: "$2000", "2000 troops", "1998 people", "2,000", "1998.5".
func yearIsCount(m *match) bool {
	switch m.prevByte() {
	case '$', '#', ',', '.', '+':
		return true
	}
	if before := m.text[:m.start]; strings.HasSuffix(before, "£") || strings.HasSuffix(before, "€") {
		return true
	}
	if c := m.nextByte(); c == '%' || c == ',' && m.end+1 < len(m.text) && isDigit(m.text[m.end+1]) ||
		c == '.' && m.end+1 < len(m.text) && isDigit(m.text[m.end+1]) {
		return true
	}
	next := m.nextWord()
	n := norm(next)
	if countNouns[n] || measureUnits[n] || units[n].grain != 0 && strings.HasSuffix(n, "s") {
		return true
	}
	// A plural noun after the figure: "2000 troops", "1500 votes" (but
	// not "1998 was", "2010 law", "2024 has"), unless the words before
	// make it a year: "in 2022 matters came to a head", "between 2019 and
	// 2021 prices rose".
	if len(n) > 3 && !yearPlace(m) && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && !strings.HasSuffix(n, "'s") && !isUpper(next) && !notPlural[n] {
		return true
	}
	return false
}

// countedPlural reports whether the words before a match are a figure
// and a plural noun: "about 20 earthquakes a day" is a rate.
// So are a count of a plural noun a few words before, in the same phrase:
// "six nights a week", "11 weeks of holidays a year", "five days of paid
// sick leave a year".
func countedPlural(m *match) bool {
	if w := norm(m.nextWord()); w == "ago" || w == "earlier" || w == "later" || w == "before" || w == "after" || w == "from" && fromNowAfter(m) && !monthAfterFrom(m) {
		return false // (but "60 meteors an hour from rural areas" and "137,000 barrels a day from November" are rates)
	}
	count := func(w string) bool {
		lw := norm(w)
		return w != "" && (isDigit(w[0]) || numbers[lw] > 1 || lw == "half" || lw == "million" || lw == "billion" || lw == "thousand" || lw == "hundred")
	}
	p, at := wordBefore(m.text, m.start)
	if prepositions[norm(p)] {
		return false // "rose 20 points in a week": an amount of time
	}
	for k := 0; k < 6 && p != ""; k++ {
		n, nat := wordBefore(m.text, at)
		if norm(n) == "one" && k < 3 && countOfOne(m.text[at:m.start]) {
			return true // "only one major fiscal event a year": a count of one, singular
		}
		if len(p) >= 3 && strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "ss") && n != "" {
			if count(n) {
				return true
			}
			// one adjective between: "about 900 suspected cases a week"
			if n2, _ := wordBefore(m.text, nat); isLetter(n[0]) && !isUpper(n) && !prepositions[norm(n)] && count(n2) {
				return true
			}
		}
		if k > 0 && !isLetter(p[0]) || k > 0 && prepositions[norm(p)] && norm(p) != "of" || strings.ContainsAny(m.text[at:m.start], ",;.:()") {
			return false // "led by 20 points in the polls for more than a year"
		}
		p, at = n, nat
	}
	return false
}

// countOfOne reports whether words (after "one", before a rate's "a")
// are a noun and its adjectives: lower-case words, no preposition, no
// "-ing" form ("one major fiscal event", not "one even talking of victory
// within").
func countOfOne(words string) bool {
	f := strings.Fields(words)
	if len(f) == 0 {
		return false
	}
	for _, w := range f {
		if !isLetter(w[0]) || isUpper(w) || prepositions[norm(w)] || w == "of" || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return true
}

// ageRange reports whether the amount of time matched is an age: after
// "aged" ("aged 6 months", "aged six months to 12 years") or before "and
// older" ("everyone 6 months and older").
func ageRange(m *match) bool {
	rest := strings.ToLower(m.text[m.end:min(len(m.text), m.end+16)])
	if strings.HasPrefix(rest, " and older") || strings.HasPrefix(rest, " and over") || strings.HasPrefix(rest, " or older") || strings.HasPrefix(rest, " and up") ||
		strings.HasPrefix(rest, " of age") || strings.HasPrefix(rest, " of pregnancy") || strings.HasPrefix(rest, " of gestation") {
		return true // "at 12 to 15 months of age", "between 27 and 36 weeks of pregnancy": an age
	}
	p, at := wordBefore(m.text, m.start)
	if w := norm(p); w == "to" || w == "and" {
		// "aged six months to 12 years": the first age's words, then "aged"
		for k := 0; k < 3 && at > 0; k++ {
			if p, at = wordBefore(m.text, at); norm(p) == "aged" || norm(p) == "ages" {
				return true
			}
		}
	}
	w := norm(p)
	return w == "aged" || w == "ages"
}

// gameClock reports whether the words after a clock time make it the
// clock of a game or a fight: "2:35 of the third round", "4:12 left in
// the first half", "2:14 into overtime".
func gameClock(rest string) bool {
	rest = strings.ToLower(rest[:min(len(rest), 40)])
	if r, ok := strings.CutPrefix(rest, " of the "); ok {
		w, _, _ := strings.Cut(r, " ")
		if ordinals[w] != 0 || w == "final" || w == "last" {
			return true
		}
	}
	if r, ok := strings.CutPrefix(rest, " into "); ok {
		w, _, _ := strings.Cut(strings.TrimPrefix(r, "the "), " ")
		w = strings.TrimRight(w, ".,;:")
		return w == "overtime" || w == "extra" || ordinals[w] != 0 || w == "the" // "scored 2:14 into overtime", "4:10 into the second period"
	}
	return strings.HasPrefix(rest, " left in ") || strings.HasPrefix(rest, " remaining in ") || strings.HasPrefix(rest, " to play")
}

// designation reports whether w is capitals then figures ("YR4", "HO3"),
// the second half of a designation that starts with a year.
func designation(w string) bool {
	i := 0
	for i < len(w) && 'A' <= w[i] && w[i] <= 'Z' {
		i++
	}
	j := i
	for j < len(w) && isDigit(w[j]) {
		j++
	}
	return i >= 1 && i <= 3 && j > i && j == len(w)
}

// raceComparatives before "than" make the figure after it a race time.
var raceComparatives = map[string]bool{"faster": true, "slower": true, "quicker": true}

// numberedNouns take a number that may look like a year: "Flight 1986".
var numberedNouns = map[string]bool{
	"flight": true, "route": true, "highway": true, "interstate": true, "room": true, "gate": true,
	"platform": true, "bus": true, "train": true, "track": true, "terminal": true, "exit": true,
	"suite": true, "unit": true, "pier": true, "section": true, "chapter": true, "form": true,
	"channel": true, "no": true, "number": true, "model": true, "item": true, "box": true,
	"ordinance": true, "resolution": true, "russell": true,
	// bills and ballot measures: "passed HB 1991", "SB 2024", "Prop 2000"
	"hb": true, "sb": true, "ab": true, "lb": true, "hf": true, "sf": true, "ld": true,
	"prop": true, "proposition": true, "measure": true, "docket": true,
}

// streetNumber reports whether a figure is a number of a street address:
// "1200 Main St.", "the 1600 block of Pennsylvania Avenue".
func streetNumber(m *match) bool {
	f := strings.Fields(m.text[m.end:min(len(m.text), m.end+40)])
	if len(f) > 0 && norm(f[0]) == "block" {
		return true
	}
	for k := 0; k < len(f) && k < 3; k++ {
		w := strings.TrimRight(f[k], ".,;:")
		if !isUpper(w) {
			return false
		}
		if k > 0 && streetWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// streetWords end the name of a street.
var streetWords = map[string]bool{
	"st": true, "street": true, "ave": true, "avenue": true, "rd": true, "road": true, "blvd": true,
	"boulevard": true, "dr": true, "drive": true, "lane": true, "ln": true, "way": true, "pl": true,
	"place": true, "ct": true, "court": true, "pkwy": true, "parkway": true, "hwy": true, "highway": true,
	"terrace": true, "crescent": true, "close": true,
}

// awardNouns before "of the year" name an award, not a year.
var awardNouns = map[string]bool{
	"album": true, "song": true, "record": true, "player": true, "coach": true, "manager": true,
	"person": true, "man": true, "woman": true, "rookie": true, "footballer": true, "car": true,
	"entertainer": true, "artist": true, "book": true, "word": true, "teacher": true, "athlete": true,
	"sportsperson": true, "personality": true, "team": true, "goal": true, "film": true, "movie": true,
	"songwriter": true, "singer": true, "producer": true, "newcomer": true, "hurler": true, "pitcher": true,
	"driver": true, "jockey": true, "trainer": true, "executive": true, "ceo": true, "leader": true,
}

// speedUnits before "per hour" make a speed.
var speedUnits = map[string]bool{
	"kilometres": true, "kilometers": true, "km": true, "miles": true, "mph": true, "metres": true,
	"meters": true, "feet": true, "knots": true, "kilometre": true, "kilometer": true, "mile": true,
}

// unitRank orders duration designators, the largest first.
var unitRank = map[string]int{"Y": 6, "M": 5, "W": 4, "D": 3, "TH": 2, "TM": 1, "TS": 0}

// anotherPrepositions before "another <unit>" make it an amount of time.
var anotherPrepositions = map[string]bool{"for": true, "in": true, "within": true, "over": true, "after": true,
	"take": true, "takes": true, "took": true, "taking": true, "need": true, "needs": true, "wait": true, "spend": true, "last": true}

// yearHedgePrepositions may stand before a hedged year ("since about
// 2011", "by around 2066", "in about 1990"); after other words "about
// 2030" is an amount ("rose to about 2030 points").
var yearHedgePrepositions = map[string]bool{"since": true, "by": true, "in": true, "until": true, "till": true,
	"from": true, "after": true, "before": true}

// comparesAmounts reports whether the match's "more than" follows a
// percentage or "times" it compares ("nearly 60% more than a year ago",
// "three times more than"): the words are no hedge of the time after them.
// ("on 31% less than four weeks before the vote" is a hedge: left alone.)
func comparesAmounts(m *match) bool {
	if norm(m.get("approx")) != "more than" {
		return false
	}
	b := strings.TrimRight(m.text[:m.start], " ")
	lb := strings.ToLower(b[max(0, len(b)-8):])
	return strings.HasSuffix(b, "%") || strings.HasSuffix(lb, " times") || strings.HasSuffix(lb, " percent")
}

// agoWords after "a week" make it a point counted back or on: "for five
// days a week ago".
var agoWords = map[string]bool{"ago": true, "earlier": true, "later": true, "before": true, "after": true, "back": true, "prior": true, "hence": true}

// anotherPointWords before "another" and a unit of a week or more make it
// a point, not a length: "on another week", "of another year".
var anotherPointWords = map[string]bool{"on": true, "at": true, "of": true, "from": true, "one": true, "yet": true}

// lastAsVerb before "last <n> <unit>s" make "last" the verb: "expected to
// last three weeks", "will last two hours".
var lastAsVerb = map[string]bool{
	"to": true, "will": true, "would": true, "could": true, "may": true, "might": true, "should": true,
	"can": true, "must": true, "and": true, "not": true, "could've": true, "won't": true, "didn't": true,
}

// pointWords after "a quarter" make it a step of a rate.
var pointWords = map[string]bool{"point": true, "points": true, "percentage": true, "basis": true}

// halfYearNouns after "first-half" make it half of a year: what companies
// and statistics offices report.
var halfYearNouns = map[string]bool{
	"results": true, "result": true, "profit": true, "profits": true, "earnings": true, "revenue": true,
	"revenues": true, "sales": true, "loss": true, "losses": true, "growth": true, "gdp": true,
	"figures": true, "numbers": true, "performance": true, "dividend": true, "output": true,
	"deficit": true, "surplus": true, "margin": true, "margins": true, "net": true, "operating": true,
	"report": true, "turnover": true, "income": true, "guidance": true, "forecast": true, "outlook": true,
	"production": true, "shipments": true, "deliveries": true, "orders": true, "spending": true,
}

// dayPrepositions before "the 15th" make it a day of the month.
var dayPrepositions = map[string]bool{
	"on": true, "by": true, "until": true, "till": true, "from": true, "since": true,
	"before": true, "after": true, "through": true,
}

// yearPlace reports whether the words before a four-digit figure are
// those of a year: a preposition of time ("in", "since", "until",
// "during", "between") or the second year of a pair ("2019 and", "2019
// to").
func yearPlace(m *match) bool {
	w, start := m.prevWord()
	if start {
		return false
	}
	switch strings.ToLower(w) {
	case "in", "since", "until", "till", "during", "between":
		return true
	case "and", "to", "or", "through":
		_, k := wordBefore(m.text, m.start)
		before := strings.TrimRight(m.text[max(0, k-7):k], " ")
		return len(before) >= 4 && yearShaped(before[len(before)-4:]) && (len(before) == 4 || !isAlnum(before[len(before)-5]))
	}
	return false
}

// notPlural are words ending in s after a year that are not plural nouns
// of things counted: verbs, and the plurals of events, editions and
// measures a year names ("the 2022 floods", "the 2026 cars", "the 2024
// elections").
var notPlural = map[string]bool{"was": true, "has": true, "is": true, "does": true, "saw": true, "levels": true, "figures": true, "results": true, "earnings": true, "sales": true, "always": true, "as": true, "thus": true, "plus": true, "versus": true, "games": true, "olympics": true,
	"paralympics": true, "floods": true, "elections": true, "midterms": true, "primaries": true, "riots": true, "bombings": true, "wildfires": true, "hurricanes": true,
	"talks": true, "accords": true, "reforms": true, "tariffs": true, "sanctions": true, "regulations": true, "guidelines": true, "budgets": true, "accounts": true, "forecasts": true,
	"cars": true, "models": true, "rankings": true, "standings": true, "playoffs": true, "finals": true, "championships": true, "awards": true, "oscars": true, "grammys": true, "emmys": true,
	"killings": true, "murders": true, "attacks": true, "shootings": true, "protests": true, "uprisings": true, "strikes": true, "fires": true, "storms": true}

// calendarWord reports whether a bare month name is a date rather than a
// name or a verb: "March on Washington", "officials may decide", "Theresa
// May" and "June Carter" are not dates.
func calendarWord(m *match) bool {
	word := m.text[m.start:m.end]
	if !isUpper(word) {
		return false // "may", "march": a modal or a verb
	}
	if months[norm(word)] == 0 && !strings.HasSuffix(word, ".") {
		return false // "Jan", "Dec" without a dot: names ("Jan Kavan")
	}
	if e := m.end; e+1 < len(m.text) && m.text[e] == '-' && isLower(m.text[e+1]) {
		return false // "Mar-a-Lago": the start of a name joined by hyphens
	}
	prev, sentenceStart := m.prevWord()
	p := norm(prev)
	next := m.nextWord()
	n := norm(next)
	acronym := len(next) >= 2 && len(next) <= 5 && strings.ToUpper(next) == next && isLetter(next[0]) // "CPI", "PCE"
	if isUpper(next) && weekdays[n] == 0 && months[n] == 0 && !m.followedByPunct() && !(acronym && (p == "the" || p == "a")) {
		return false // part of a name: "May Day", "Jan Kavan", "June Carter"
	}
	if n == "on" && (months[norm(word)] == 3 || months[norm(word)] == 5) && !weekdayOrDigitAfter(m) && !(prepositions[p] && p != "the") || n == "for" && (!prepositions[p] || p == "the") || n == "of" && !prepositions[p] {
		return false // "March on Washington", "the March for Life": a march
	}
	if p == "the" || p == "a" || p == "an" || p == "annual" || p == "its" {
		// "the October slaying", "a June agreement", "the September CPI":
		// a month before a noun (or a data series' initials) dates it;
		// "the March", "the annual March" is a march.
		return next != "" && (next[0] >= 'a' && next[0] <= 'z' && !notNounAfterMonth[n] || acronym)
	}
	if prepositions[p] || weekdays[p] != 0 || months[p] != 0 {
		return true // (and a list or a range of months: "in February, May and August", "in April-November")
	}
	if b := strings.TrimRight(m.text[:m.start], " "); months[norm(word)] == 3 && (strings.HasSuffix(b, "'s") || strings.HasSuffix(b, "’s")) &&
		(next == "" || m.followedByPunct() || notNounAfterMonth[n] || n == "on" || n == "for") {
		if o, _ := m.ownerWord(); isUpper(o) {
			return false // "the People's March, a protest", "the Women's March drew": a march
		}
	}
	if b := strings.TrimRight(m.text[:m.start], " "); (strings.HasSuffix(b, "s'") || strings.HasSuffix(b, "s’")) && next != "" && next[0] >= 'a' && next[0] <= 'z' {
		return true // "Rachel Reeves' November budget": a month before a noun, after a possessive
	}
	if isUpper(prev) && !sentenceStart {
		return false // part of a name: "Theresa May"
	}
	if sentenceStart && norm(word) == "may" {
		return false
	}
	return true
}

// notNounAfterMonth are words that, after "the March", show a march, not
// a month used as an adjective ("the March was peaceful").
var notNounAfterMonth = map[string]bool{
	"is": true, "was": true, "were": true, "are": true, "has": true, "had": true, "will": true,
	"would": true, "drew": true, "began": true, "ended": true, "started": true, "went": true,
	"in": true, "to": true, "from": true, "through": true, "against": true, "and": true,
	"organizers": true, "organisers": true, "route": true, "itself": true, "said": true, "says": true,
}

// monthAfterDash reports whether a month name follows the dash after the
// match: "June 30-July 2".
func monthAfterDash(m *match) bool {
	rest := m.text[m.end+1:]
	n := 0
	for n < len(rest) && isLetter(rest[n]) {
		n++
	}
	return n > 0 && lookupMonth(rest[:n]) != 0
}

// fractionNouns follow a fraction written with a slash: "1/2 mile".
var fractionNouns = map[string]bool{
	"mile": true, "miles": true, "inch": true, "inches": true, "cup": true, "cups": true,
	"point": true, "points": true, "percent": true, "pound": true, "pounds": true,
	"share": true, "shares": true, "time": true, "times": true, "teaspoon": true, "tablespoon": true,
}

// versionWords name what a dotted number before them numbers: "version
// 10.31.1974" is no date.
var versionWords = map[string]bool{
	"version": true, "v": true, "release": true, "build": true, "firmware": true, "model": true,
	"update": true, "patch": true, "ip": true, "address": true,
}

// yearAfter reports whether a four-digit year follows the match, after an
// optional comma: "June 12, 2023".
func yearAfter(m *match) bool {
	rest := strings.TrimLeft(strings.TrimPrefix(m.text[m.end:], ","), " \t")
	n := 0
	for n < len(rest) && isDigit(rest[n]) {
		n++
	}
	return n == 4
}

func weekdayOrDigitAfter(m *match) bool {
	rest := strings.TrimLeft(m.text[m.end:], " \t")
	rest = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(rest, "on"), "On"), " \t")
	if rest == "" {
		return false
	}
	if isDigit(rest[0]) {
		return true
	}
	for w := range weekdays {
		if len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w) {
			return true
		}
	}
	return false
}

// currentIsTime: "current" is PRESENT_REF before a noun of time or of
// state ("the current quarter" is caught by another rule), not "electric
// current" or "current account".
func currentIsTime(m *match) bool {
	n := norm(m.nextWord())
	return n != "" && n != "account" && n != "accounts" && n != "affairs" && n != "events" && !strings.HasPrefix(n, "current") && isLetter(n[0])
}

// unitAfter reports whether a unit word (or a figure) follows the match:
// "the past" in "the past five months" belongs to a longer expression.
func unitAfter(m *match) bool {
	n := norm(m.nextWord())
	_, isNum := quantity(n)
	return units[n].grain != 0 || isNum || vagueNumbers[n]
}

func quarter(m *match) (Spec, bool) {
	q := ordinals[norm(m.get("ord"))]
	if o := norm(m.get("ord")); o == "final" || o == "last" {
		if !m.has("year") && !m.has("yrel") {
			return Spec{}, false // "the final quarter" alone is most often a game's
		}
		q = 4 // "the final quarter of 2024"
	}
	s := Spec{Type: Date, Grain: GrainQuarter, Quarter: q, Year: m.int("year")}
	if s.Year == 0 {
		s.Year = m.int("qyear")
	}
	if y := norm(m.get("yrel")); y != "" { // "this year's third quarter"
		s.Anchor, s.ShiftUnit, s.Shift = Now, GrainYear, relWords[y].shift
	}
	if s.Year == 0 && s.Shift == 0 && gameNear(m) {
		return Spec{}, false // "two touchdowns in the fourth quarter": a quarter of a game
	}
	return s, q >= 1 && q <= 4
}

// gameWords are words of a game played in quarters or halves.
var gameWords = map[string]bool{"touchdown": true, "touchdowns": true, "quarterback": true, "interception": true,
	"interceptions": true, "three-pointer": true, "three-pointers": true, "buzzer": true, "overtime": true,
	"halftime": true, "half-time": true, "rebounds": true, "kickoff": true, "yards": true, "goal": true, "goals": true,
	"scored": true, "assists": true, "equalised": true, "equalized": true, "equaliser": true, "equalizer": true,
	"striker": true, "goalkeeper": true, "stoppage": true, "penalty": true, "innings": true,
	"inning": true, "pitcher": true, "fumble": true, "sacks": true, "rushing": true, "dunk": true, "layup": true,
	"free-throw": true, "free-throws": true, "field-goal": true, "three-point": true, "timeout": true,
	"knee": true, "ankle": true, "hamstring": true, "concussion": true, "bruised": true, "injured": true,
	"injury": true, "shoulder": true, "wrist": true, "sidelined": true, "tackle": true, "receiver": true, "game": true}

// voteWords before two figures make them a tally, not a score: "voted
// 7-2", "ruled 6-3".
var voteWords = map[string]bool{"voted": true, "vote": true, "votes": true, "ruled": true, "split": true, "margin": true, "tally": true}

// gameNear reports whether a word of gameWords stands within a sentence's
// reach of the match (100 bytes either side, not past the ends of its
// sentence): the quarter or half is one of a game ("rebounding from a
// loss" is no game; "grew at a 1.8% rate in the fourth quarter. ... next
// meet on Jan. 26-27" has no score).
func gameNear(m *match) bool {
	lo, hi := max(0, m.start-100), min(len(m.text), m.end+100)
	for k := m.start - 1; k >= lo; k-- {
		if endsSentence(m.text, k) {
			lo = k + 1
			break
		}
	}
	for k := m.end; k < hi; k++ {
		if endsSentence(m.text, k) {
			hi = k
			break
		}
	}
	near := lowerASCII(m.text[lo:hi])
	for i := 0; i < len(near); {
		if near[i] != '-' && !isLower(near[i]) {
			i++
			continue
		}
		j := i
		for j < len(near) && (near[j] == '-' || isLower(near[j])) {
			j++
		}
		if gameWords[near[i:j]] {
			return true
		}
		i = j
	}
	if strings.Contains(near, "end zone") {
		return true // "kept New England out of the end zone until the fourth quarter"
	}
	for i := strings.IndexByte(near, '-'); i >= 0; {
		if a, b, ok := scoreAt(near, i); ok {
			after := strings.TrimLeft(near[b:], " ")
			before, k := wordBefore(near, a)
			if before == "" && k > 0 && near[k-1] == '.' {
				before, _ = wordBefore(near, k-1) // "Jan. 26-27"
			}
			if !voteWords[before] && months[before] == 0 && !strings.HasPrefix(after, "percent") && !strings.HasPrefix(after, "per cent") &&
				!strings.HasPrefix(after, "million") && !strings.HasPrefix(after, "billion") && !strings.HasPrefix(after, "vote") &&
				!strings.HasPrefix(after, "decision") && !strings.HasPrefix(after, "ruling") && !strings.HasPrefix(after, "majority") {
				return true
			}
		}
		k := strings.IndexByte(near[i+1:], '-')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// scoreAt reports whether the hyphen at s[i] joins the two figures of a
// score, and where they start and end: "112-104", "a 24-17 lead" (one to
// three digits each, not a range of percents, of money or of years:
// "5-6%", "$3-4", "2024-25", "1.5-2").
func scoreAt(s string, i int) (int, int, bool) {
	a := i
	for a > 0 && isDigit(s[a-1]) {
		a--
	}
	b := i + 1
	for b < len(s) && isDigit(s[b]) {
		b++
	}
	if i-a < 1 || i-a > 3 || b-i-1 < 1 || b-i-1 > 3 {
		return 0, 0, false
	}
	if a > 0 && strings.IndexByte("$.,/-", s[a-1]) >= 0 || b < len(s) && strings.IndexByte("%/-.", s[b]) >= 0 && !(s[b] == '.' && (b+1 == len(s) || !isDigit(s[b+1]))) {
		return 0, 0, false
	}
	return a, b, true
}

func season(m *match) (Spec, bool) {
	word := m.get("season")
	s := Spec{Type: Date, Grain: GrainSeason, Season: seasons[norm(word)], Year: m.int("year"), Mod: mods[norm(m.get("mod"))]}
	if m.has("yw") {
		y, ok := spelledYear(m.get("yw"))
		if !ok {
			return Spec{}, false
		}
		s.Year = y
	}
	rel := norm(m.get("rel"))
	next := m.nextWord()
	if isUpper(word) && isUpper(next) || norm(next) == "of" && s.Year == 0 {
		return Spec{}, false // "Summer Olympics", "Spring Street", "the fall of Rome"
	}
	if pos := norm(m.get("pos")); pos != "" {
		if s.Mod != "" || m.has("part") {
			return Spec{}, false // "the end of early summer"
		}
		s.Mod = mods[pos] // "by the end of the summer"
	}
	if strings.HasSuffix(rel, "following") {
		// "slipped to mid-2024 and then to the following spring": the
		// first such season after the last date mentioned
		s.Anchor, s.Shift, s.Strict = Story, 1, true
		return s, true
	}
	namedRel(&s, rel)
	if rel == "that" {
		if s.Year != 0 || m.has("part") {
			return Spec{}, false
		}
		s.Anchor = Story // "that summer": the summer of the year last mentioned
		return s, true
	}
	if p := norm(m.get("part")); p != "" {
		if rel != "this" || s.Mod != "" {
			return Spec{}, false
		}
		// "later this fall": the part of the season after publication
		s.Bounded, s.Mod = true, map[string]string{"earlier": "START", "later": "END"}[p]
	}
	if rel == "" && s.Year == 0 && s.Mod == "" {
		if p, start := m.prevWord(); superlativeBefore(m) && norm(word) != "fall" {
			s.This, s.Record = true, true // a record of the season of the year, or under way, whatever the tense
		} else if seasonBeforeNoun(m, word) {
			// "The NHS autumn vaccination campaign", "for a fall sitting",
			// "The Royal Academy's autumn retrospective": the season of
			// the year, as "this autumn", whatever the tense of the
			// clause ("her autumn budget will be delivered", "Reeves's
			// autumn Budget last Wednesday")
			s.This = true
		} else if start && isUpper(word) && seasonOpeners[norm(next)] && (norm(word) != "fall" || seasonCourseVerbs[norm(next)]) {
			// "Summer isn't done with Milwaukee yet", "Fall officially
			// begins at 1:19 p.m. Monday": the season of the year, named
			// as the subject of the sentence
			s.This = true
		} else if !seasonPrepositions[norm(p)] {
			return Spec{}, false // "prices fall", "began to fall", "spring into action"
		} else if seasonCompounds[norm(next)] {
			return Spec{}, false // "the cut in winter fuel payments", "in summer camps": a kind of thing
		}
	}
	return s, true
}

// adverbEnds after "the day before" show "before" is an adverb ending the
// phrase, not a preposition: "arrested the night before and released".
var adverbEnds = map[string]bool{"and": true, "but": true, "or": true, "when": true, "while": true}

// seasonBeforeNoun reports whether the season word at m dates a noun of an
// event or a sitting of that season, after "the", a possessive or an
// acronym: "The NHS autumn vaccination campaign", "the Academy's autumn
// retrospective", "its spring session" (not the kind of a thing: "a winter
// storm", "summer camp", "the spring water").
func seasonBeforeNoun(m *match, word string) bool {
	n1, n2 := wordsAfter2(m.text, m.end)
	if !seasonEventNouns[norm(n1)] && !(seasonEventNouns[norm(n2)] && n1 != "" && isLower(n1[0])) {
		return false
	}
	p, k := wordBefore(m.text, m.start)
	switch np := norm(p); {
	case np == "the" || np == "its" || np == "their" || np == "his" || np == "her" || np == "our" || np == "a" && norm(word) == "fall" && norm(n1) == "sitting":
		return true
	case len(p) >= 2 && strings.ToUpper(p) == p && isLetter(p[0]): // "NHS"
		return true
	case p == "s" && k > 0 && (m.text[k-1] == '\'' || strings.HasSuffix(m.text[:k], "’")): // "the Academy's"
		return true
	}
	return false
}

// seasonOpeners after a capitalised season that opens a sentence make it
// the subject of a verb of the season's course ("Spring arrived", "Fall
// officially begins").
var seasonOpeners = map[string]bool{
	"begins": true, "began": true, "starts": true, "started": true, "ends": true, "ended": true,
	"arrives": true, "arrived": true, "officially": true, "isn't": true, "is": true, "was": true,
	"has": true, "came": true, "comes": true, "will": true,
}

// seasonCourseVerbs are the seasonOpeners that tell a season's course,
// the only ones that make "Fall" a season ("Fall is a risk" is not).
var seasonCourseVerbs = map[string]bool{
	"begins": true, "began": true, "starts": true, "started": true, "ends": true, "ended": true,
	"arrives": true, "arrived": true, "officially": true,
}

// holidayLeadWords before a holiday's name, capitalised at the start of a
// sentence, are no owner of it: "Beginning Memorial Day, the county will
// run a Beach Bus".
var holidayLeadWords = map[string]bool{"beginning": true, "starting": true, "ending": true, "following": true, "including": true, "through": true}

// seasonCompounds after a bare season make it part of the name of a kind
// of thing, no date: "winter fuel payments", "summer camps", "winter
// sports", "spring wheat".
var seasonCompounds = map[string]bool{
	"fuel": true, "heating": true, "tyres": true, "tires": true, "coat": true, "coats": true, "clothes": true,
	"clothing": true, "sports": true, "sport": true, "camp": true, "camps": true, "wheat": true, "crops": true,
	"crop": true, "storms": true, "storm": true, "squash": true, "solstice": true, "equinox": true, "pasture": true,
	"pastures": true, "jacket": true, "jackets": true, "boots": true, "wardrobe": true, "residence": true,
	"palace": true, "home": true, "homes": true, "house": true, "school": true, "schools": true, "vegetables": true,
	"flowers": true, "rolls": true, "onions": true, "barley": true, "migrants": true, "visitors": true,
}

// wordsAfter2 returns the two words after offset i of text.
func wordsAfter2(text string, i int) (string, string) {
	a, e := wordAfter(text, i)
	if a == "" {
		return "", ""
	}
	b, _ := wordAfter(text, e)
	return a, b
}

// seasonEventNouns are nouns of a season's event or sitting.
var seasonEventNouns = map[string]bool{
	"campaign": true, "sitting": true, "session": true, "term": true, "semester": true, "retrospective": true,
	"exhibition": true, "collection": true, "schedule": true, "statement": true, "conference": true,
	"recess": true, "tour": true, "festival": true, "programme": true, "program": true, "budget": true,
	"offensive": true, "lineup": true, "line-up": true, "window": true, "meeting": true, "meetings": true,
}

// superlativeBefore reports whether "the" and a superlative stand before m:
// "the wettest spring on record", "the hottest summer since 1976" (not
// for "fall": "the steepest fall in prices" is a drop).
func superlativeBefore(m *match) bool {
	p, k := wordBefore(m.text, m.start)
	if len(p) < 5 || !strings.HasSuffix(p, "est") || p == "honest" || p == "modest" || p == "harvest" || p == "interest" {
		return false
	}
	the, _ := wordBefore(m.text, k)
	return norm(the) == "the"
}

// namedRel applies "last", "this", "next" (and "this past", "this
// coming") before a named position: "last March", "this summer", "next
// Friday", "last Christmas".
func namedRel(s *Spec, rel string) {
	switch rel {
	case "this":
		s.This = true
	case "last", "this past":
		s.Shift, s.Strict = -1, true
	case "next", "this coming", "coming":
		s.Shift, s.Strict = 1, true
	}
}

func weekday(m *match) (Spec, bool) {
	word := m.get("weekday")
	prev, sentenceStart := m.prevWord()
	rel := norm(m.get("rel"))
	if short := m.get("wdshort"); short != "" {
		// "this Thu 9-11am", "next Fri": a weekday abbreviated without its
		// dot, only after this, next or last and with its capital.
		if rel == "" || !isUpper(short) {
			return Spec{}, false
		}
		word = short + "."
	}
	if rel == "" && !m.has("mod") && !sentenceStart && weekdayNames[norm(prev)] && (isUpper(prev) || norm(prev) != "man" && norm(prev) != "girl") {
		return Spec{}, false // "Black Friday", "Super Tuesday", "Girl Friday": names of days (not "arrested a man early Monday")
	}
	if n := m.nextWord(); rel == "" && m.get("pod") == "" && isUpper(word) && isUpper(n) && newspaperWords[norm(n)] {
		return Spec{}, false // "The Sunday Times reported", "the Sunday Telegraph": a newspaper
	}
	if rel == "" && norm(prev) == "on" && weekdays[norm(word)] == 7 && newspaperBeforeOn(m.text[:m.start]) {
		return Spec{}, false // "the Mail on Sunday", "Scotland on Sunday": a newspaper
	}
	if pod := m.get("pod"); pod != "" && isUpper(word) && isUpper(pod) && isUpper(m.nextWord()) && weekdayTitleWords[norm(m.nextWord())] {
		return Spec{}, false // "Saturday Night Live", "Monday Night Football": titles
	}
	if m.has("mod") && strings.Contains(norm(m.text[m.start:m.end]), " on ") && (units[norm(prev)].grain != 0 && !periodNamed(m) || earlyLateVerbs[norm(prev)]) {
		return Spec{}, false // "will close early on Wednesday", "two hours late on Monday": early or late, not early in the day
	}
	if n := m.nextWord(); rel == "" && m.get("pod") == "" && (norm(prev) == "a" || norm(prev) == "an") && n != "" && !isUpper(n) && isLetter(n[0]) &&
		!prepositions[norm(n)] && !scheduledNouns.has(norm(n)) && !isWordAfterDate[norm(n)] {
		return Spec{}, false // "a Sunday timetable", "a Saturday edition": a kind of thing (not "a Friday deadline", "a Sunday in May")
	}
	s := Spec{Type: Date, Grain: GrainDay, Weekday: weekdays[norm(word)], Mod: mods[norm(m.get("mod"))]}
	switch w := norm(m.get("wrel")); {
	case w != "": // "Wednesday of next week": the weekday in that week
		s.Anchor, s.ShiftUnit, s.Shift = Now, GrainWeek, relWords[w].shift
	case rel == "next" || rel == "last":
		// "next Wednesday" is the Wednesday of next week, "last Tuesday"
		// that of last week: said the day before, "next Thursday" is not
		// tomorrow (that would be "Thursday").
		s.Anchor, s.ShiftUnit, s.Shift = Now, GrainWeek, relWords[rel].shift
	default:
		namedRel(&s, rel)
	}
	if p := partsOfDay[norm(m.get("pod"))]; p != "" {
		s.Type, s.Grain, s.PartOfDay = Time, GrainPartOfDay, p
	}
	rest := m.text[m.end:]
	s.Possessive = rel == "" && (strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s"))
	if s.Possessive {
		// "Monday's meeting" may still lie ahead ("will vote at Monday's
		// meeting"); "Wednesday's ruling" is done.
		// (the noun may follow a few words: "Thursday's first round",
		// "Saturday night's Las Vegas Grand Prix")
		words := strings.Fields(rest[min(len(rest), 2):min(len(rest), 60)])
		if before := m.text[max(0, m.start-9):m.start]; strings.EqualFold(before, "ahead of ") {
			s.PossessiveEvent = true // "eased ahead of Friday's report": what comes after the clause's day
		}
		if before := strings.ToLower(m.text[max(0, m.start-12):m.start]); slices.ContainsFunc(movingPhrases, func(p string) bool { return strings.HasSuffix(before, p) }) {
			s.PossessiveEvent = true // "moved Sunday's giant slalom up to 9:30 a.m.": an event not yet held when it was moved
		}
		if before := strings.ToLower(m.text[max(0, m.start-16):m.start]); slices.ContainsFunc(awaitingPhrases, func(p string) bool { return strings.HasSuffix(before, p) }) {
			s.PossessiveAwaited = true // "investors waited for Friday's jobs report", "braced for Sunday's election", "Tickets for Saturday's session"
			if len(words) > 0 {
				switch strings.ToLower(words[0]) {
				case "postponed", "canceled", "cancelled", "abandoned", "suspended", "scrapped":
					s.PossessiveAwaited = false // "tickets for Saturday's postponed game": a day gone by
				}
			}
		}
		for k := 0; k < len(words) && k < 4 && !s.PossessiveEvent; k++ {
			raw := words[k]
			w := strings.ToLower(strings.Trim(raw, ".,;:"))
			if scheduledNouns.has(w) {
				s.PossessiveEvent = true
				break
			}
			if strings.TrimRight(raw, ".,;:") != raw || !(isUpper(raw) || ordinals[w] != 0 || eventAdjectives[w]) {
				break // punctuation, or a word of another kind
			}
		}
	}
	return s, true
}

// awaitingPhrases before a weekday in the possessive make it the day of a
// thing awaited (Spec.PossessiveAwaited).
var awaitingPhrases = []string{
	"ahead to ", "waited for ", "waiting for ", "wait for ", "awaiting ", "awaited ",
	"braced for ", "bracing for ", "tickets for ", "forecast for ", "preparing for ", "prepares for ",
	"are focused on ", "is focused on ", "focus on ", "focusing on ", "turn to ", "turns to ", "look to ",
	"looks to ", "looking to ", "heading into ", "head into ", "heads into ", "going into ", "build-up to ",
}

// movingPhrases before a weekday in the possessive move its event, which
// had not yet been held.
var movingPhrases = []string{"moved ", "postponed ", "delayed ", "rescheduled ", "pushed back ", "brought forward "}

// isWordAfterDate are words after "a <weekday>" that leave it a day:
// "it was a Friday when", "on a Sunday and a Monday".
var isWordAfterDate = map[string]bool{
	"and": true, "or": true, "when": true, "that": true, "which": true, "but": true, "as": true,
	"so": true, "night": true, "morning": true, "afternoon": true, "evening": true,
}

// quotedTitle reports whether text[start:end] stands in a short quoted
// title of capitalised words: "Wednesday" (a show), "Freakier Friday", a
// song "Sunday Morning Wine" (not a quote of speech: "We meet on Friday").
func quotedTitle(text string, start, end int) bool {
	open := -1
	for k := start - 1; k >= 0 && k >= start-40; k-- {
		// (“ and ” start with the byte 0xE2)
		if c := text[k]; c == '"' || c == '\n' || c == 0xE2 && (strings.HasPrefix(text[k:], "“") || strings.HasPrefix(text[k:], "”")) {
			if c == '"' || strings.HasPrefix(text[k:], "“") {
				open = k
			}
			break
		}
	}
	// (quotes are counted from the start of the paragraph, not of the
	// text: a count over all the text before would make Tag quadratic)
	if open < 0 || strings.Count(text[strings.LastIndexByte(text[:open], '\n')+1:open], "\"")%2 == 1 {
		return false // no quote just before, or it closes one
	}
	close := -1
	for k := end; k < len(text) && k < end+40; k++ {
		if c := text[k]; c == '"' || c == '\n' || c == 0xE2 && (strings.HasPrefix(text[k:], "”") || strings.HasPrefix(text[k:], "“")) {
			if c == '"' || strings.HasPrefix(text[k:], "”") {
				close = k
			}
			break
		}
	}
	if close < 0 {
		return false
	}
	words := strings.Fields(strings.Trim(text[open:close], "\"“”"))
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		w = strings.Trim(w, ",.!?;:()")
		if w != "" && !isUpper(w) && !isDigit(w[0]) && !titleSmallWords[w] {
			return false
		}
	}
	return true
}

// dropQuotedTitles removes the expressions that stand inside the quoted
// title of a work ("A Day at the Races", "The Day After Tomorrow", "Last
// Christmas", "1989 (Taylor's Version)"): a short run of capitalised words
// in quotation marks names a film, a song or a show, not a time.
func dropQuotedTitles(text string, cands []candidate) []candidate {
	out := cands[:0]
	for i := range cands {
		if c := &cands[i]; !quotedTitle(text, c.start, c.end) {
			out = keep(out, cands, i)
		}
	}
	return out
}

// titleSmallWords stay lower-case in a title.
var titleSmallWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true, "in": true, "on": true, "at": true, "to": true, "for": true}

// scheduledNouns name events set for a day, which a day in the possessive
// may name ahead: "Monday's meeting", "Sunday's final".
var scheduledNouns = newWordSet(map[string]bool{
	"meeting": true, "vote": true, "game": true, "match": true, "session": true, "summit": true,
	"hearing": true, "debate": true, "race": true, "final": true, "election": true, "deadline": true,
	"launch": true, "opening": true, "talks": true, "concert": true, "ceremony": true, "parade": true,
	"rally": true, "runoff": true, "primary": true, "showdown": true, "clash": true, "fixture": true,
	"round": true, "prix": true, "semifinal": true, "semi-final": true, "quarterfinal": true, "quarter-final": true,
	"opener": true, "kickoff": true, "fight": true, "bout": true, "change": true, "premiere": true, "release": true,
	"strike": true, "walkout": true, "ballot": true, "referendum": true, "caucuses": true, "inauguration": true,
	"festival": true, "eclipse": true, "flight": true, "test": true, "derby": true, "marathon": true, "budget": true,
	"tie": true, "playoff": true, "decider": true, "bowl": true, "awards": true, "gala": true, "show": true,
	"leg": true, "trip": true, "celebrations": true, "service": true, "funeral": true, "matinee": true,
})

// eventAdjectives may stand between a day in the possessive and its
// event's noun ("Thursday's first round", "Sunday's clock change").
var eventAdjectives = map[string]bool{
	"opening": true, "final": true, "big": true, "key": true, "crucial": true, "planned": true,
	"scheduled": true, "clock": true, "grand": true, "general": true, "presidential": true, "season": true,
	"title": true, "cup": true, "league": true, "state": true, "national": true, "local": true,
	"home": true, "away": true, "group": true, "divisional": true, "wild-card": true, "conference": true,
	"championship": true, "qualifying": true,
}

// seasonPrepositions may stand before a bare season: "in spring", "by
// autumn" ("to" may not: "began to fall").
var seasonPrepositions = map[string]bool{
	"in": true, "during": true, "by": true, "until": true, "since": true, "through": true,
	"throughout": true, "over": true, "before": true, "after": true, "this": true, "last": true,
	"next": true, "the": true, "each": true, "every": true, "early": true, "late": true, "mid": true,
}

// vagueDurationPrepositions introduce a bare plural unit as a duration:
// "for years", "within weeks".
var vagueDurationPrepositions = map[string]bool{
	"for": true, "in": true, "over": true, "within": true, "took": true, "lasted": true,
	"take": true, "takes": true, "taken": true, "taking": true,
	"spent": true, "spend": true, "spending": true, "waited": true,
	"need": true, "needs": true, "needed": true, // "would need years to meet"
}

// vagueDurationAhead: a bare plural unit before "ahead of" is an amount of
// time ("discounting weeks ahead of Black Friday"). Not before "before"
// or "after": "in the first days after", "days after a sniper killed"
// are dates as often as amounts in TimeBank.
// vagueDurationOf reports whether a bare plural unit stands before "of"
// and a word that is no article: "months of unrest", "years of war" (not
// "the days of the week": the article before the unit rejects that one).
func vagueDurationOf(m *match) bool {
	rest := strings.ToLower(ahead(m, 40))
	if !strings.HasPrefix(rest, "of ") {
		return false
	}
	w := strings.TrimLeft(rest[3:], " ")
	i := 0
	for i < len(w) && isLetter(w[i]) {
		i++
	}
	return i > 0 && !determinerWords.has(w[:i])
}

// stretchWords before a plural unit name a part of a period, not a
// duration: "the final days of the campaign", "in its dying days of".
var stretchWords = map[string]bool{
	"final": true, "closing": true, "opening": true, "dying": true, "waning": true,
	"early": true, "first": true, "last": true, "remaining": true, "previous": true, "same": true,
	"those": true, "these": true, "its": true, "their": true, "his": true, "her": true, "our": true,
}

// ofAfter: prepositions after which "<units> of" is still a duration:
// "after years of war", "amid weeks of protests".
var ofAfter = map[string]bool{"after": true, "following": true, "amid": true, "despite": true, "to": true, "ending": true, "ended": true}

func vagueDurationAhead(m *match) bool {
	return strings.HasPrefix(strings.ToLower(ahead(m, len("ahead of "))), "ahead of ")
}

// ahead returns at most n bytes of the text after the match, from its
// next non-blank (the whole rest would make a scan quadratic).
func ahead(m *match, n int) string {
	rest := strings.TrimLeft(m.text[m.end:min(len(m.text), m.end+n+8)], " ")
	return rest[:min(len(rest), n)]
}

// newspaperWords after a weekday make it a newspaper's name ("The Sunday
// Times", "the Sunday Telegraph"), when both have capitals.
var newspaperWords = map[string]bool{
	"times": true, "telegraph": true, "express": true, "mirror": true, "herald": true, "post": true,
	"independent": true, "tribune": true, "observer": true, "mail": true, "star": true, "sport": true,
	"people": true, "record": true, "chronicle": true, "journal": true, "gazette": true, "standard": true,
}

// newspaperBeforeOn reports whether the text before "on Sunday" ends with
// the name of the paper that takes its day so, the Mail ("The Mail on
// Sunday reported"); "the Independent on Sunday" or "Scotland on Sunday"
// may as well be a day ("storms hit Scotland on Sunday").
func newspaperBeforeOn(before string) bool {
	before = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(before, " "), "on"), " ")
	return strings.HasSuffix(before, " Mail") || before == "Mail"
}

// weekdayNames are words that make a weekday part of a name.
var weekdayNames = map[string]bool{
	"black": true, "good": true, "ash": true, "super": true, "holy": true, "cyber": true,
	"maundy": true, "easter": true, "palm": true, "shrove": true, "girl": true, "man": true,
}

// relWords says what "last", "next", "the following" ... count from.
var relWords = map[string]struct {
	anchor Anchor
	shift  int
}{
	"last": {Now, -1}, "past": {Now, -1}, "this past": {Now, -1}, "previous": {Story, -1}, "prior": {Story, -1},
	"preceding": {Story, -1}, "this": {Now, 0}, "current": {Now, 0}, "present": {Now, 0},
	"next": {Now, 1}, "coming": {Now, 1}, "upcoming": {Now, 1}, "following": {Story, 1}, "same": {Story, 0},
}

// weekendWord writes "week-end" and "week end" as "weekend" (the British
// and French spellings of wire copy); any other word as norm does.
func weekendWord(w string) string {
	w = norm(w)
	if w == "week-end" || w == "week end" {
		return "weekend"
	}
	return w
}

func relativeUnit(m *match) (Spec, bool) {
	if m.nextByte() == '-' {
		return Spec{}, false // "last year-end" belongs to a longer phrase
	}
	if mod := norm(m.get("mod")); mod == "later" || mod == "earlier" || mod == "late" || mod == "early" {
		if p, _ := m.prevWord(); units[norm(p)].grain != 0 {
			// "start 30 minutes later this year", "pickup will run one
			// day late this week": "later" or "late" goes with the
			// amount; "this year" stands alone
			return Spec{}, false
		}
	}
	u := units[norm(m.get("unit"))]
	g := u.grain
	if weekendWord(m.get("unit")) == "weekend" {
		g = GrainWeekend
	}
	rel := norm(m.get("rel"))
	if rel == "past" && g >= GrainDecade && !m.has("mod") {
		// "the past decade" is the last ten years, not the 2010s.
		return Spec{Type: Duration, Period: fmt.Sprintf("P%dY", u.n)}, true
	}
	if p, _ := m.prevWord(); (rel == "next" || rel == "coming") && !m.has("mod") && g >= GrainDecade && (norm(p) == "over" || norm(p) == "within") {
		// "over the next decade": the ten years ahead, not the 2030s, as
		// "the past decade" is the last ten. (TimeBank tags "over the next
		// year or so" as the year after publication, a DATE; so do we.)
		return Spec{Type: Duration, Period: fmt.Sprintf("P%dY", u.n)}, true
	}
	s := Spec{Type: Date, Grain: g}
	if rel == "latest" || rel == "most recent" {
		s.Anchor, s.Latest = Now, true
	} else {
		r := relWords[rel]
		s.Anchor, s.Shift = r.anchor, r.shift
	}
	switch mod := norm(m.get("mod")); mod {
	case "earlier", "later":
		s.Mod, s.Bounded = mods[mod], s.Shift == 0
	default:
		s.Mod = mods[mod]
	}
	return s, true
}

func unitsAgo(m *match) (Spec, bool) {
	u, ok := units[norm(m.get("unit"))]
	if !ok {
		return Spec{}, false
	}
	dir := norm(m.get("dir"))
	if dir == "from right now" {
		dir = "from now"
	}
	back := dir == "ago" || dir == "earlier" || dir == "before" || dir == "back"
	if (dir == "earlier" || dir == "later") && strings.HasPrefix(m.text[m.end:], " than ") {
		return Spec{}, false // "two months earlier than usual": an amount, compared with a norm
	}
	n, ok := quantity(m.get("num"))
	if !ok && !vagueNumbers[norm(m.get("num"))] {
		return Spec{}, false
	}
	if comparesAmounts(m) {
		return Spec{}, false // "nearly 60% more than a year ago": a comparison of amounts, then "a year ago"
	}
	if !ok {
		if back {
			return Spec{Type: Date, Ref: "PAST_REF"}, true
		}
		return Spec{Type: Date, Ref: "FUTURE_REF"}, true
	}
	fromNow := int8(1)
	if back {
		fromNow = -1
	}
	switch dir {
	case "ago", "back", "hence", "from now", "from today":
	default:
		fromNow = 0 // "three days later": counted from the story's date
	}
	if u.grain == GrainTime && fromNow != 0 {
		// "two minutes from now", "three hours ago": an instant the
		// publication date alone cannot place; the amount is the value,
		// and Offset says where it leads.
		return Spec{Type: Duration, Period: period(n*float64(u.n), u.code), Mod: approxMod(m.get("approx")),
			FromNow: fromNow, Count: n * float64(u.n), CountCode: u.code}, true
	}
	long := u.grain == GrainDecade || u.grain == GrainCentury
	if n != float64(int(n)) && !(long && n*float64(u.n) == float64(int(n*float64(u.n)))) || u.grain == GrainTime {
		return Spec{}, false // (but "a quarter-century ago", "half a century ago" are whole years)
	}
	s := Spec{Type: Date, Grain: u.grain, ShiftUnit: u.grain, Shift: int(n) * u.n, Mod: approxMod(m.get("approx")),
		FromNow: fromNow, Count: n * float64(u.n), CountCode: u.code}
	if m.has("orso") {
		s.Mod = "APPROX" // "a week or so ago"
	}
	if long {
		s.Grain, s.ShiftUnit, s.Shift = GrainYear, GrainYear, int(n*float64(u.n))
	}
	if dir == "from today" {
		s.Grain = GrainDay // "three years from today" names a day
	}
	if back {
		s.Shift = -s.Shift
	}
	s.Anchor = Story // "three days later"
	if fromNow != 0 {
		s.Anchor = Now // "three days ago", "in three days from now"
	}
	s.KeepGrain = s.ShiftUnit == GrainYear && s.Shift == -1
	p, _ := m.prevWord()
	if s.KeepGrain && comparedFrom[norm(p)] {
		// "rose 4% from a year earlier", "higher than a year ago": the
		// period a figure is for, a year before (see resolveAll's report)
		s.Comparison, s.Versus = true, true
	} else if s.KeepGrain && fromNow != 0 && !figureWord(norm(p)) {
		// "A year ago, employers were adding", "which cut 14,000 jobs a
		// year ago": the time of an event, counted from the publication
		// date, not a figure's period ("$6.1 million a year ago")
		s.EventAgo = true
	}
	if np := norm(p); s.KeepGrain && fromNow == 0 && !s.Comparison && (figureWord(np) || figureNouns[np]) {
		s.OfFigure = true
	}
	return s, true
}

// figureWord reports whether a (normalized) word ends a figure: a number
// ("from seven", "8.4%"), or a unit of one ("$1.4 million", "86 cents a
// share"); or names the period of one ("the quarter a year ago").
func figureWord(w string) bool {
	if w == "" {
		return false
	}
	if c := w[len(w)-1]; isDigit(c) || c == '%' {
		return true
	}
	if _, ok := numbers[w]; ok && w != "a" && w != "an" {
		return true
	}
	switch w {
	case "million", "billion", "trillion", "share", "cents", "percent", "pence", "points", "yen", "euros", "dollars", "pounds",
		"quarter", "period", "month", "half": // "for the quarter a year ago"
		return true
	}
	return false
}

// figureNouns name a figure of a report without a number: "up from a
// loss a year earlier".
var figureNouns = map[string]bool{"loss": true, "profit": true, "deficit": true, "surplus": true, "gain": true, "decline": true}

// comparedFrom before "a year earlier" compare a figure with its period a
// year before.
var comparedFrom = map[string]bool{"from": true, "than": true, "over": true, "on": true, "versus": true, "vs": true, "with": true}

// approxMod maps a quantity's hedge to TIMEX3 mod ("about" is APPROX).
// overAmountPrepositions, before "over" and an amount, make "over" "more
// than": "for over 18 months", "the highest in over a decade", "a tour
// likely to last over a week", "in just over a year".
var overAmountPrepositions = map[string]bool{
	"for": true, "in": true, "after": true, "just": true,
	"last": true, "lasts": true, "lasted": true, "lasting": true,
}

func approxMod(w string) string {
	w = norm(w)
	if w == "just" || w == "only" {
		return ""
	}
	return mods[w]
}

// clockPrepositions introduce a clock time given as a bare number ("at 4
// in the morning").
var clockPrepositions = map[string]bool{
	"at": true, "until": true, "till": true, "by": true, "from": true, "before": true,
	"after": true, "since": true, "around": true, "about": true, "to": true,
}

// durationQualifiers stand between an amount and its unit without
// changing the period: "two more weeks", "eight trading days".
var durationQualifiers = map[string]bool{
	"more": true, "additional": true, "extra": true, "further": true,
	"trading": true, "business": true, "working": true,
	"straight": true, "consecutive": true, "successive": true, "running": true,
}

func duration(m *match) (Spec, bool) {
	u, isUnit := units[norm(m.get("unit"))]
	if h := m.get("h"); h != "" {
		// "in 1/4h", "a 2h delay": hours abbreviated to a small h after a
		// figure ("2H" is a half-year of analysts: "sales improve in 2H").
		if h != "h" || hourMarkClock(m) {
			return Spec{}, false // (not "at 19h", "July 18, 2014 19h": a clock time)
		}
		if n := m.get("num"); n == "1" || n == "2" {
			if p, _ := m.prevWord(); !hAmountWords[norm(p)] {
				return Spec{}, false // "the 1h results": a half-year as some write it ("a 2h delay" is hours)
			}
		}
		u, isUnit = units["hour"], true
	}
	if !isUnit {
		return Spec{}, false
	}
	if unit := m.get("unit"); unit == "Second" && isUpper(m.nextWord()) {
		return Spec{}, false // "9,000 Second World War veterans": the ordinal of a name
	}
	the := norm(m.get("the"))
	num := m.get("num")
	if u.grain == GrainQuarter && m.nextByte() == '-' {
		return Spec{}, false // "a quarter-point cut": a fraction, not a quarter of a year
	}
	if n := norm(num); u.grain == GrainQuarter && (n == "a" || n == "one") {
		if p, _ := m.prevWord(); norm(p) == "by" || norm(m.nextWord()) == "of" {
			return Spec{}, false // "rises by a quarter", "a quarter of voters": a fraction
		}
	}
	if p, _ := m.prevWord(); the == "last" && lastAsVerb[norm(p)] {
		return Spec{}, false // "expected to last three weeks", "and last six years": the verb
	}
	if comparesAmounts(m) {
		return Spec{}, false // "60% more than a year ago": the hedge compares amounts
	}
	if norm(m.get("approx")) == "over" {
		if p, _ := m.prevWord(); !overAmountPrepositions[norm(p)] {
			return Spec{}, false // "spread over three years": "over" is "during" (TimeBank leaves it out)
		}
	}
	if q := m.get("more"); q != "" && !durationQualifiers[norm(q)] {
		return Spec{}, false
	}
	// "two more weeks", "an additional year", "eight trading days": the
	// amount without the word that qualifies the unit.
	qualified := false
	if i := strings.LastIndexAny(num, " \t\n-"); i > 0 && durationQualifiers[norm(num[i+1:])] {
		num, qualified = strings.TrimSpace(num[:i]), true
	}
	if i := m.start; i >= 2 && m.text[i-1] == ',' && isDigit(m.text[i-2]) {
		return Spec{}, false // "000 days" of "1,000 days": the figure runs on before
	}
	n, ok := quantity(num)
	if norm(num) == "another" {
		if p, _ := m.prevWord(); !anotherPrepositions[norm(p)] && (u.grain < GrainWeek || anotherPointWords[norm(p)]) {
			return Spec{}, false // "another day, another dollar", "on another day"; not "to give phone makers another year"
		}
		n, ok = 1, true // "for another year", as "an additional year"
	}
	if !ok && !vagueNumbers[norm(num)] {
		return Spec{}, false
	}
	if p, _ := m.prevWord(); norm(num) == "per" && speedUnits[norm(p)] {
		return Spec{}, false // "130 kilometres per hour": a speed, not a time that recurs
	}
	if u.code == "D" && strings.HasSuffix(strings.ToLower(m.text[m.start:m.end]), "-day") && cricketFormats[norm(m.nextWord())] {
		return Spec{}, false // "lost a one-day series", "a one-day international": a form of the game
	}
	if u.code == "D" && norm(num) == "a" && dayCompounds[norm(m.nextWord())] {
		return Spec{}, false // "an outbreak at a day care center", "a day job": a kind of thing
	}
	if u.code == "TS" && norm(num) == "a" && ordinalBeforeNoun(m.nextWord()) {
		return Spec{}, false // "if it wins a second term", "10 times a second time": the ordinal
	}
	// "a year" after an amount is a rate: "$5 a year" is P1Y, a set.
	if (norm(num) == "a" || norm(num) == "an" || norm(num) == "per") && !qualified { // "an extra hour" is no rate
		if p, _ := m.prevWord(); the == "" && !m.has("approx") && (p != "" && (isDigit(p[0]) && !strings.HasSuffix(strings.TrimRight(m.text[:m.start], " "), ",") || countNouns[norm(p)] || norm(p) == "times" || norm(p) == "twice" || norm(p) == "once" || countedPlural(m))) {
			return Spec{Type: Set, Period: period(1, u.code)}, true
		}
		if the != "" {
			return Spec{}, false
		}
	}
	if u.code == "TS" && (norm(num) == "a" || norm(num) == "one") && !m.has("approx") {
		return Spec{}, false // "a second term", "one second-hand car"
	}
	if m.get("adj") == "-long" && (norm(num) == "a" || norm(num) == "an") {
		return Spec{}, false // "a weeks-long strike": the article; "<unit>-long" takes "weeks-long"
	}
	if m.get("adj") == "-old" || norm(m.nextWord()) == "old" || ageRange(m) {
		return Spec{}, false // an age, not a period: "a 6-year-old boy", "children aged six months to 12 years"
	}
	if u.code == "Q" && strings.Contains(m.text[m.start:m.end], "-quarter") && !m.has("the") {
		return Spec{}, false // "three-quarters of the shares": a fraction
	}
	if u.code == "Q" && (pointWords[norm(m.nextWord())] || strings.HasPrefix(strings.ToLower(ahead(m, len("of a "))), "of a ")) {
		return Spec{}, false // "by a quarter point", "a quarter of a percentage point": a rate step
	}
	if rest := m.text[m.end:]; strings.HasPrefix(rest, "-night") || strings.HasPrefix(rest, "-to-") {
		return Spec{}, false // "a day-night match", "day-to-day running"
	}
	if rest := m.text[m.end:]; strings.HasPrefix(rest, "-earlier") || strings.HasPrefix(rest, "-ago") {
		return Spec{}, false // "a year-earlier loss": the comparison, not a period
	}
	if the == "the" && !ok {
		return Spec{}, false
	}
	if ok && isDigit(num[0]) && !m.has("adj") && !strings.Contains(m.text[m.start:m.end], "-") && n >= 1000 && !strings.Contains(num, ",") {
		return Spec{}, false
	}
	s := Spec{Type: Duration, Mod: approxMod(m.get("approx"))}
	code := u.code
	if !ok {
		if u.grain >= GrainDecade {
			code = "Y"
		}
		s.Period = vaguePeriod(code)
		return s, true
	}
	if m.has("half") || m.has("half2") {
		n += 0.5
	}
	if m.has("the") && strings.Contains(m.text[m.start:m.end], "-") {
		return Spec{}, false // "the two-week delay": the adjective alone is the timex
	}
	if m.has("an") && n >= 1 || n < 1 && !isDigit(num[0]) && !m.has("an") && !strings.HasSuffix(norm(num), " of") && !strings.HasSuffix(norm(num), " an") && norm(num) != "half a" {
		return Spec{}, false // "half an hour", "a quarter of an hour"; not "two an hour", "its quarter-century low"
	}
	s.Period = period(n*float64(u.n), code)
	s.Count, s.CountCode = n*float64(u.n), code
	switch rel := the[strings.LastIndexByte(the, ' ')+1:]; rel {
	case "past", "last", "previous", "trailing":
		s.FromNow, s.Span = -1, true // "the last two weeks", "the trailing 12 months" (finance): TIMEX3 endPoint is the document time
	case "next", "coming", "upcoming":
		s.FromNow, s.Span = 1, true // "the next two weeks": beginPoint is the document time
	case "":
		if inFromNow(m) && !m.has("adj") {
			s.FromNow = 1 // "in 15 minutes": the amount leads from publication to a point
		}
	}
	return s, true
}

// inFromNow reports whether "in" before an amount counts it from now ("in
// 15 minutes", "in two weeks"), not a stretch something happened within:
// "the first time in three years", "the highest in a decade".
func inFromNow(m *match) bool {
	in, i := wordBefore(m.text, m.start)
	if norm(in) != "in" || strings.HasPrefix(strings.TrimLeft(m.text[m.end:], " "), "later") {
		return false // (not "turned himself in 48 hours later")
	}
	w, _ := wordBefore(m.text, i)
	switch w = strings.ToLower(w); w {
	case "time", "times", "first", "once", "ever", "only", "high", "low", "level", "record", "twice", "all":
		return false
	}
	return !strings.HasSuffix(w, "est") && !strings.HasSuffix(w, "ed")
}

func set(m *match) (Spec, bool) {
	quant := strings.ToUpper(norm(m.get("q")))
	if quant == "PER" {
		if p, _ := m.prevWord(); speedUnits[norm(p)] {
			return Spec{}, false // "130 kilometres per hour": a speed
		}
		quant = ""
	}
	s := Spec{Type: Set, Quant: quant}
	n := 1
	if num := m.get("num"); num != "" {
		f, ok := quantity(num)
		if !ok {
			return Spec{}, false // "0.4 per cent in October": no count of months
		}
		n = int(f)
	}
	if wd := m.get("weekday"); wd != "" {
		s.Period = fmt.Sprintf("XXXX-WXX-%d", weekdays[norm(wd)])
		if p := m.get("pod"); p != "" {
			s.Period += "T" + partsOfDay[norm(p)] // "every Saturday night"
		}
		return s, true
	}
	if mo := m.get("month"); mo != "" {
		s.Period = fmt.Sprintf("XXXX-%02d", lookupMonth(mo))
		return s, true
	}
	if se := m.get("season"); se != "" {
		s.Period = "XXXX-" + seasons[norm(se)]
		return s, true
	}
	if m.has("other") {
		n *= 2
	}
	w := norm(m.get("unit"))
	switch w {
	case "night", "morning", "evening":
		s.Period = "P1D"
		return s, true
	case "season":
		s.Period = "P3M"
		return s, true
	case "weekend":
		s.Period = "P1W"
		return s, true
	}
	u := units[w]
	s.Period = period(float64(n*u.n), u.code)
	return s, true
}

// cricketFormats after "one-day" name a form of cricket, not a length of
// time ("a one-day series"; "a one-day trip" is one day long).
var cricketFormats = map[string]bool{"series": true, "international": true, "internationals": true, "cup": true, "format": true, "side": true, "squad": true}

// weekdayWeek reports whether the match's "<weekday> week" is the
// weekday a week after the next: its weekday in capitals, and "week" not
// of "week's" or "weekend".
func weekdayWeek(m *match) bool {
	return isUpper(m.get("weekday")) && !strings.HasPrefix(m.text[m.end:], "'") && !strings.HasPrefix(m.text[m.end:], "end")
}

// addPeriods writes two durations, the larger unit first, as one: PT3H
// and PT17M make PT3H17M, P2Y and P6M make P2Y6M, P1D and PT2H make
// P1DT2H.
func addPeriods(a, b string) string {
	if strings.HasPrefix(b, "PT") && strings.Contains(a, "T") {
		return a + b[2:]
	}
	return a + b[1:]
}

// dayCompounds after "a day" make it part of a noun with no length of
// time in it: "a day care center", "a day job" (but "a one-day trip" is
// one day long, as TimeBank tags it).
var dayCompounds = map[string]bool{
	"care": true, "job": true, "trader": true, "traders": true, "laborer": true, "labourer": true,
	"school": true, "spa": true, "centre": true, "center": true, "nursery": true, "camp": true,
}

// ordinalBeforeNoun reports whether the word after "a second" makes it
// the ordinal of a noun ("a second term", "a second time"): a lower-case
// word that is no function word ("a second or two", "a second later",
// "a second, then").
func ordinalBeforeNoun(next string) bool {
	if next == "" || !isLetter(next[0]) || isUpper(next) {
		return false
	}
	switch norm(next) {
	case "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "before", "after", "later",
		"earlier", "ago", "the", "a", "an", "that", "when", "as", "than", "is", "was", "too", "longer":
		return false
	}
	return true
}

// dayWords are the words of a day or a part of the day a bare hour may
// stand beside: "tonight at 8", "8 tomorrow morning".
var dayWords = map[string]bool{
	"today": true, "tonight": true, "tomorrow": true, "yesterday": true, "morning": true,
	"afternoon": true, "evening": true, "night": true, "this": true,
}

// bareHour reads an hour with no a.m. or p.m. ("8", "eight", "10:30")
// only beside a word that makes it a time of a day: after "at"
// following a day or a part of the day ("tonight at 8", "Friday at 10"),
// or before one ("8 tonight", "at 5 tomorrow afternoon"), or with
// "o'clock"; a figure anywhere else is a count ("at 7 percent", "aged 7",
// "1030 employees").
func bareHour(m *match) (Spec, bool) {
	if n := norm(m.get("h")); n == "a" || n == "an" {
		return Spec{}, false // "Sunday afternoon at a home": the article
	}
	h, ok := quantity(m.get("h"))
	word := !isDigit(m.get("h")[0])
	if !ok || h != float64(int(h)) || h > 23 || word && (h < 1 || h > 12 || m.has("mi")) {
		return Spec{}, false
	}
	if c := m.nextByte(); c == '%' || c == ',' || c == '.' && m.end+1 < len(m.text) && isDigit(m.text[m.end+1]) || c == '-' || c == '/' || c == ':' {
		return Spec{}, false
	}
	dayWord := func(w string) bool { w = norm(w); return dayWords[w] && w != "this" || weekdays[w] != 0 }
	next := m.nextWord()
	switch n := norm(next); {
	case n == "a" || n == "p" || n == "am" || n == "pm" || n == "gmt" || n == "utc" || n == "local" || len(n) == 3 && n[2] == 't' && strings.IndexByte("ecmp", n[0]) >= 0:
		return Spec{}, false // "at 3 p.m.", "at 1030 GMT": a clock time of another rule
	case countNouns[n] || units[n].grain != 0 || strings.HasPrefix(n, "percent") || next != "" && isUpper(next) && !m.has("oc"):
		return Spec{}, false // "Friday at 5 percent", "Monday at 10 Downing Street"
	}
	if m.has("at") { // "tonight at 8", "Friday at 10"
		before, _ := wordBefore(m.text, m.start)
		if !dayWord(before) {
			return Spec{}, false
		}
		return bareHourSpec(m, h), true
	}
	beside := m.has("oc") // "8 o'clock" is a time anywhere
	// Before a day, a bare figure is an hour only after a word that
	// introduces a time ("at 8 tonight", "until 9 tomorrow morning"):
	// "scored 8 tonight", "the Dow fell 30 today" are counts.
	if p, _ := wordBefore(m.text, m.start); p != "" && !beside && !m.has("mi") && !clockPrepositions[norm(p)] {
		return Spec{}, false // ("8 tonight" opening a line or a sentence is the hour)
	}
	switch n := norm(m.nextWord()); n {
	case "tonight", "tomorrow", "today", "yesterday":
		beside = true // "8 tonight", "9 tomorrow morning"
	case "this":
		after := &match{text: m.text, end: m.end + strings.IndexAny(m.text[m.end:], "tT") + len("this")}
		beside = beside || partsOfDay[norm(after.nextWord())] != "" // "8 this evening"
	}
	return bareHourSpec(m, h), beside
}

func bareHourSpec(m *match, h float64) Spec {
	return Spec{Type: Time, Grain: GrainTime, Clock: true, Anchor: Now, ShiftUnit: GrainDay,
		Hour: int(h), Minute: m.int("mi"), HourOnly: !m.has("mi")}
}

// periodNamed reports whether the unit word before m names a period, not an
// amount: "the July-September quarter late on Tuesday", "the quarter"
// (not "two hours late on Monday", "a day early").
func periodNamed(m *match) bool {
	_, k := wordBefore(m.text, m.start)
	w, _ := wordBefore(m.text, k)
	if w == "" && k > 0 && m.text[k-1] == '-' { // "July-September quarter"
		return true
	}
	w = norm(w)
	switch w {
	case "the", "this", "that", "its", "their", "his", "her", "our", "same", "fiscal", "first", "second", "third", "fourth", "latest":
		return true
	}
	return months[w] != 0
}

// wordBefore returns the word that ends before offset i of text (spaces
// between), and where it starts; "" at a punctuation mark.
func wordBefore(text string, i int) (string, int) {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && isAlnum(text[k-1]) {
		k--
	}
	return text[k:j], k
}

func clock(m *match) (Spec, bool) {
	if rest := m.text[m.end:]; len(rest) > 1 && rest[0] == '.' && isDigit(rest[1]) && m.has("mi") && !m.has("ap") {
		return Spec{}, false // "won the 1,500 meters in 4:18.62": a race time, minutes, seconds and hundredths
	}
	s := Spec{Type: Time, Grain: GrainTime, Clock: true, Anchor: Now, Mod: approxMod(m.get("approx"))}
	switch norm(m.get("w")) {
	case "noon", "midday":
		s.Hour = 12
	case "midnight":
		s.Hour = 0
	default:
		s.Hour, s.Minute = m.int("h"), m.int("mi")
		ap := norm(m.get("ap"))
		if ap == "a" || ap == "p" {
			// "3 p" only as "3 p.m." spelled short; refuse a lone letter
			return Spec{}, false
		}
		s.Meridiem = ap != ""
		s.HourOnly = s.Meridiem && !m.has("mi")
		if strings.HasPrefix(ap, "p") && s.Hour < 12 {
			s.Hour += 12
		}
		if strings.HasPrefix(ap, "a") && s.Hour == 12 {
			s.Hour = 0
		}
		if s.Hour > 23 || ap == "" && !strings.Contains(m.text[m.start:m.end], ":") {
			return Spec{}, false
		}
		if ap == "" && (isDigit(m.nextByte()) || m.nextByte() == ':' || m.nextByte() == '-' || m.start > 0 && m.text[m.start-1] == ':') {
			return Spec{}, false // "2:03:17" (a race time), "No. 4:23-cr-00118" (a case)
		}
		if ap == "" && gameClock(m.text[m.end:]) {
			return Spec{}, false // "stopped him at 2:35 of the third round"
		}
		if p, at := wordBefore(m.text, m.start); ap == "" && norm(p) == "than" {
			if q, _ := wordBefore(m.text, at); raceComparatives[norm(q)] {
				return Spec{}, false // "have run faster than 2:03": a race time
			}
		}
	}
	if e := m.groupEnd("ap"); m.has("weekday") && e > 0 && m.text[e-1] == '.' && m.groupEnd("tz") < 0 && clockEndsSentence(m.text, e-1) {
		m.end = e // "end service at 9 p.m. On Friday, trains will run": the sentence ended with the time
	} else if wd := m.get("weekday"); wd != "" {
		s.Anchor, s.Weekday = Absolute, weekdays[norm(wd)]
		s.This = m.has("cthis") // "9 a.m. PT this Friday"
		if m.has("wkweek") {
			if !weekdayWeek(m) {
				return Spec{}, false // (as "<weekday> week": not "Thursday week's", "Thursday weekend")
			}
			s.Anchor, s.Occurrence = Now, 2 // "from 8am on Thursday week": a week after the coming Thursday
		}
	}
	if norm(m.get("w")) == "midnight" && (m.has("weekday") || m.has("deix") || m.has("month")) {
		s.Hour = 24 // "midnight Friday", "midnight tomorrow": the end of that day
	}
	if mo := m.get("month"); mo != "" {
		d := m.int("day")
		if d < 1 || d > 31 {
			return Spec{}, false
		}
		s.Anchor, s.Month, s.Day, s.Year = Absolute, lookupMonth(mo), d, m.int("year")
	}
	switch norm(m.get("deix")) {
	case "yesterday":
		s.Shift = -1
	case "tomorrow":
		s.Shift = 1
	case "today", "tonight":
		s.DayNamed = true // "1 p.m. today": the publication day, not the story's last day
	}
	s.ShiftUnit = GrainDay
	if s.Anchor == Now && s.Shift == 0 && liveBlogStamp(m) {
		s.DayNamed = true // a live blog's entry time is of the day it is published
	}
	return s, true
}

// liveBlogStamp reports whether a clock time opens a line (or a
// sentence) and a dash or a colon follows it: the time of a live blog's entry ("12:47 – Spain's
// weather agency ..."), on the day of publication, not on the day the
// entry before named.
func liveBlogStamp(m *match) bool {
	i := m.start
	for i > 0 && (m.text[i-1] == ' ' || m.text[i-1] == '\t') {
		i--
	}
	if i > 0 && m.text[i-1] != '\n' && !(i < m.start && strings.ContainsRune(".!?", rune(m.text[i-1]))) {
		return false // not at the start of a line or, in a blog run together, of a sentence
	}
	rest := strings.TrimLeft(m.text[m.end:min(len(m.text), m.end+6)], " ")
	return strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, ":")
}

// theWeekendAhead is the Guard of the rule of "the weekend": "the", then
// "weekend", "week-end" or "week end" ("the week" alone is frequent).
func theWeekendAhead(w string) bool {
	i := len("the")
	for i < len(w) && isSpaceByte(w[i]) {
		i++
	}
	rest := w[i:]
	if !strings.HasPrefix(rest, "week") || len(rest) < 7 {
		return false
	}
	if rest[4] == '-' || isSpaceByte(rest[4]) {
		rest = rest[1:]
	}
	return strings.HasPrefix(rest[4:], "end")
}

// clockOffsetAhead is the Guard of the rule of minutes past or to an
// hour: after the amount ("half", "a quarter", "20", "twenty-five") and
// perhaps "minutes", the window goes on with past, after, to or till.
func clockOffsetAhead(w string) bool {
	i := 0
	if strings.HasPrefix(w, "a") && len(w) > 1 && isSpaceByte(w[1]) {
		for i = 1; i < len(w) && isSpaceByte(w[i]); i++ {
		}
	}
	for i < len(w) && (isLowerAlnum(w[i]) || w[i] == '-') {
		i++
	}
	for i < len(w) && isSpaceByte(w[i]) {
		i++
	}
	if strings.HasPrefix(w[i:], "minute") {
		i += len("minute")
		if i < len(w) && w[i] == 's' {
			i++
		}
		for i < len(w) && isSpaceByte(w[i]) {
			i++
		}
	}
	rest := w[i:]
	return strings.HasPrefix(rest, "past") || strings.HasPrefix(rest, "after") || strings.HasPrefix(rest, "to") || strings.HasPrefix(rest, "till")
}

// hourMarkAhead is the Guard of the European clock rule: the window opens
// with an hour of one or two figures and an h.
func hourMarkAhead(w string) bool {
	j := 0
	for j < len(w) && j < 3 && isDigit(w[j]) {
		j++
	}
	return j > 0 && j < 3 && j < len(w) && w[j] == 'h'
}

// figureThenH is the Guard of the rule of hours written with an h: a
// figure (or a fraction in figures) opens the window, then an h.
func figureThenH(w string) bool {
	j := 0
	for j < len(w) && (isDigit(w[j]) || w[j] == '/') {
		j++
	}
	if j < len(w) && w[j] == ' ' {
		j++
	}
	return j > 0 && j < len(w) && w[j] == 'h'
}

// hClockWords set a clock time after them: "at 19h", "from 9h", "between
// 9h and 17h".
var hClockWords = map[string]bool{"at": true, "from": true, "until": true, "till": true, "between": true, "before": true}

// hAmountWords introduce "1h" or "2h" as hours ("a 2h delay", "in 1h");
// after other words they may be a half-year ("the 1h results").
var hAmountWords = map[string]bool{"a": true, "an": true, "in": true, "for": true, "within": true, "after": true,
	"about": true, "around": true, "over": true, "under": true, "than": true, "nearly": true, "almost": true, "another": true,
	"to": true, "by": true, "of": true, "just": true, "only": true}

// hDurationWords introduce an amount of time: "in 2h05" (a race time),
// "a 2h30 flight".
var hDurationWords = map[string]bool{"in": true, "a": true, "of": true, "for": true, "within": true, "over": true, "than": true}

// hourMarkClock reports whether a figure with an h ("19h", "19h30")
// stands where a clock time does. With its minutes, anywhere but after a
// word of an amount of time ("won in 2h05"); to the hour, only after a
// word of hClockWords, after a date's figure ("Jul 18, 2014 19h00"), or
// after such a time and "to", "and" or a dash ("from 9h to 17h",
// "15h30-18h"; "cut to 2h" is two hours).
func hourMarkClock(m *match) bool {
	p, start := m.prevWord()
	if m.has("mi") {
		return start || !hDurationWords[norm(p)]
	}
	before := strings.TrimRight(m.text[:m.start], " ")
	if t := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(before, "-"), "–"), "—"), " "); t != before {
		q, _ := wordBefore(t, len(t))
		return q != "" && hourMarkAhead(q)
	}
	if start {
		return false
	}
	if n := norm(p); n == "to" || n == "and" {
		_, at := wordBefore(m.text, m.start)
		q, _ := wordBefore(m.text, at)
		return q != "" && hourMarkAhead(q)
	}
	return hClockWords[norm(p)] || isDigit(p[0])
}

// hourThenMeridiem is the Guard of the rule of a clock time with "a.m."
// or "p.m.": the window holds, after its first word when that is not a
// figure, an hour of one or two figures, its minutes, and an "a" or a "p".
func hourThenMeridiem(w string) bool {
	i := 0
	if !isDigit(w[0]) {
		for i < len(w) && isLower(w[i]) {
			i++
		}
		for i < len(w) && isSpaceByte(w[i]) {
			i++
		}
	}
	j := i
	for j < len(w) && isDigit(w[j]) {
		j++
	}
	if j == i || j-i > 2 {
		return false
	}
	if j+2 < len(w) && (w[j] == ':' || w[j] == '.') && isDigit(w[j+1]) && isDigit(w[j+2]) {
		j += 3
	}
	for j < len(w) && isSpaceByte(w[j]) {
		j++
	}
	return j < len(w) && (w[j] == 'a' || w[j] == 'p')
}

// amountFirst holds the first words of the amounts duration takes: of the
// keys of numbers, fractions and vagueNumbers, and "another".
var amountFirst = func() map[string]bool {
	first := map[string]bool{"another": true}
	add := func(k string) {
		w, _, _ := strings.Cut(strings.ReplaceAll(k, "-", " "), " ")
		first[w] = true
	}
	for k := range numbers {
		add(k)
	}
	for k := range fractions {
		add(k)
	}
	for k := range vagueNumbers {
		add(k)
	}
	return first
}()

// amountNear is the Guard of the duration rule: its amount, a figure or a
// word of amountFirst, opens the window or follows words the pattern may
// put before it (a hedge, "over", "the past", "another", "a further").
// The rule is tried at every "the" and "a" before a unit, and the words
// after them can make a match that duration would refuse: "the security
// council next week".
func amountNear(w string) bool {
	for i, n := 0, 0; i < len(w) && n < 6; n++ {
		for i < len(w) && !isLowerAlnum(w[i]) {
			i++
		}
		j := i
		for j < len(w) && isLowerAlnum(w[j]) {
			j++
		}
		if j == i {
			return false
		}
		if isDigit(w[i]) || amountFirst[w[i:j]] {
			return true
		}
		if !amountPrefixWords[w[i:j]] {
			return false
		}
		i = j
	}
	return false
}

// approxPhrases are the hedges of an amount, in the order pApprox tries
// them.
var approxPhrases = []string{"about", "around", "roughly", "approximately", "nearly", "almost", "some",
	"more than", "less than", "under", "at least", "at most", "up to", "no more than"}

// periodRelWords may stand between "the" and the amount of the duration
// rule: "the past three years", "the next two weeks".
var periodRelWords = []string{"past", "last", "next", "coming", "upcoming", "first", "latest", "previous",
	"final", "initial", "remaining", "same", "following"}

// amountPrefixWords are the words the duration rule's pattern may put
// before its amount: those of its hedges, "over", "the" and the words
// after it, "a further".
var amountPrefixWords = func() map[string]bool {
	words := map[string]bool{"over": true, "the": true, "further": true}
	for _, p := range append(append([]string(nil), approxPhrases...), periodRelWords...) {
		for _, w := range strings.Fields(p) {
			words[w] = true
		}
	}
	return words
}()

// eraAfter is the Guard of the rule of a year of an era: "ad" opens the
// window, or an era's letters follow its figure.
func eraAfter(w string) bool {
	if w[0] == 'a' {
		return true
	}
	i := 0
	for i < len(w) && (isDigit(w[i]) || w[i] == ',') {
		i++
	}
	for i < len(w) && isSpaceByte(w[i]) {
		i++
	}
	rest := w[i:]
	for _, era := range [...]string{"a.d.", "b.c.", "c.e.", "ad", "bce", "bc", "ce"} {
		if strings.HasPrefix(rest, era) && (len(rest) == len(era) || !isLetter(rest[len(era)])) {
			return true
		}
	}
	return false
}

// fromNowAfter reports whether "from" after the match opens an offset
// ("a year from now", "a week from Monday"), not a place ("from rural
// areas").
// monthAfterFrom reports whether a month follows the "from" after m: a
// rate from a month on ("137,000 barrels a day from November").
func monthAfterFrom(m *match) bool {
	return months[wordAfterFrom(m)] != 0
}

func fromNowAfter(m *match) bool {
	w := wordAfterFrom(m)
	return w == "now" || w == "today" || w == "tomorrow" || w == "yesterday" || w == "then" || weekdays[w] != 0 || months[w] != 0
}

// wordAfterFrom returns the word (lower-cased) after the "from" that
// follows m.
func wordAfterFrom(m *match) string {
	rest := strings.TrimLeft(m.text[m.end:], " ")
	rest = strings.TrimLeft(rest[min(len(rest), len("from")):], " ")
	w, _ := wordAfter(lowerASCII(rest[:min(len(rest), 12)]), 0)
	return w
}
