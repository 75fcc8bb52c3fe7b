package temporal

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Ranges written with one date and a bare figure ("March 18-19", "Aug.
// 1-10, 2025", "18 and 19 March", "2019-21") are tagged as TimeML tags
// them: two expressions, the figure being a date of its own ("April 24
// and 25": "25" is 1999-04-25). The figure takes the rest of its value
// (month, year) from the date beside it, and resolves to the same year:
// a range does not straddle the publication date's year because one end
// of it is in the past tense's reach and the other not.
//
// Ranges of two full dates ("1998-2003", "June 3 to June 5") are already
// two expressions. Stretches finds the pairs the words join into one span
// of time, for the timeline (one event over the whole span) and for
// anyone reading Tag's output.

var (
	// dayAfter: the end of a range of days after a date: "-19", " to 19",
	// " and 19th", with the year that may close the range (", 2025").
	dayAfter = regexp.MustCompile(`^(?:\s*[-–—]\s*|\s+(?:to|through|thru|and|or|&)\s+)(\d{1,2})(?:st|nd|rd|th)?(,?\s+(\d{4}))?`)
	// dayBefore: the start of a range of days before a day-month date:
	// "18-", "18 to ", "18th and ".
	dayBefore = regexp.MustCompile(`(?:^|[^\w.,:$£€/-])(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–—]\s*|\s+(?:to|through|thru|and|&)\s+)$`)
	// hourBefore: the bare hour that starts a range of clock times:
	// "9-", "9:30 - ", "from 9 to ".
	hourBefore = regexp.MustCompile(`(?:^|[^\w.,:$£€/-])(\d{1,2})(?::(\d{2}))?(?:\s*[-–]\s*|\s+(to)\s+)$`)
	// yearRangeEnd: the two last figures of the year that ends a range of
	// years: "2019-21", "the 2024-25 season".
	yearRangeEnd = regexp.MustCompile(`^[-–/](\d{2})\b`)
)

// mayRange is dayRanges' cheap first look: whether a candidate stands
// beside a dash or a joining word ("to", "and", "through", "&"), or two
// clock times follow each other; only then are the patterns run.
func mayRange(text string, cands []candidate) bool {
	for i := range cands {
		c := &cands[i] // (not a copy: a candidate is 424 bytes)
		s := &c.spec
		switch {
		case s.Clock && i+1 < len(cands) && cands[i+1].spec.Clock,
			(s.Grain == GrainDay || s.Clock) && joinBefore(text, c.start),
			(s.Grain == GrainDay || s.Grain == GrainYear) && joinAfter(text, c.end):
			return true
		}
	}
	return false
}

// joinAfter reports whether text[i:] opens with a dash or, after a space,
// a word that may join the ends of a range (t: to, through, thru; a:
// and; &). It is a filter: the patterns decide.
func joinAfter(text string, i int) bool {
	j := i
	for j < len(text) && text[j] == ' ' {
		j++
	}
	if j >= len(text) {
		return false
	}
	switch text[j] {
	case '-', '/', 0xE2: // 0xE2 opens "–" and "—"
		return true
	case 't', 'a', 'o', '&':
		return j > i
	}
	return false
}

// joinBefore is joinAfter looking back from text[:i]: "18-", "18 and ",
// "from 9 to ".
func joinBefore(text string, i int) bool {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	if j == 0 {
		return false
	}
	switch text[j-1] {
	case '-', 0x93, 0x94: // the last bytes of "–" and "—"
		return true
	case 'o', 'd', '&', 'h', 'u':
		return j < i // "to", "and", "&", "through", "thru", after a space
	}
	return false
}

// figureEndsWell reports whether the words after a bare figure at text[i:]
// leave it a day of a range: a punctuation mark, the end of the text or a
// word that does not count something ("18-19 in Brussels", not "3 to 5
// percent", "June 3 to 5 p.m.", "on May 2 and 3 others").
func figureEndsWell(text string, i int, glued bool) bool {
	if i >= len(text) {
		return true
	}
	switch c := text[i]; {
	case c == '.':
		return i+1 >= len(text) || !isDigit(text[i+1])
	case c == ',' || c == ';' || c == ')' || c == '!' || c == '?' || c == '"' || c == '\n' || c == '\r' ||
		c == ':' && (i+1 >= len(text) || !isDigit(text[i+1])):
		return true
	case c != ' ':
		return false
	}
	w := strings.ToLower(nextWordAt(text, i+1))
	if glued {
		return !countingWords[w]
	}
	return rangeFollowers[w]
}

// endsWithDay reports whether the words of a date end with its day's
// figure ("March 18", "March 18th"; not "March 18, 2025").
func endsWithDay(words string, day int) bool {
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		words = strings.TrimSuffix(words, suffix)
	}
	j := len(words)
	for j > 0 && isDigit(words[j-1]) {
		j--
	}
	d, err := strconv.Atoi(words[j:])
	return err == nil && d == day
}

// daysIn returns the number of days of a month; February has 29 when the
// year is not known.
func daysIn(year, month int) int {
	if year == 0 {
		year = 2000
	}
	return date(year, month+1, 0).Day()
}

// nextWordAt returns the run of letters (and dots) that starts text[i:].
func nextWordAt(text string, i int) string {
	j := i
	for j < len(text) && (isLetter(text[j]) || text[j] == '.' && j > i) {
		j++
	}
	return strings.TrimSuffix(text[i:j], ".")
}

// countingWords make a figure after a hyphen a count or a measure, not a
// day: "June 3-5 percent" is not written, but "the 3-5 p.m. slot" and
// "18-19 million" are.
var countingWords = map[string]bool{
	"percent": true, "per": true, "pct": true, "p.m": true, "a.m": true, "pm": true, "am": true,
	"million": true, "billion": true, "trillion": true, "thousand": true, "hundred": true,
	"o'clock": true, "gmt": true, "utc": true, "et": true, "est": true, "edt": true, "bst": true,
}

// rangeFollowers may follow the end of a range of days joined by a word
// ("to", "and"): "June 3 to 5 in Geneva", "April 24 and 25 when ...".
var rangeFollowers = map[string]bool{
	"in": true, "at": true, "on": true, "and": true, "or": true, "but": true, "when": true, "while": true,
	"with": true, "for": true, "from": true, "as": true, "after": true, "before": true, "during": true,
	"the": true, "this": true, "that": true, "next": true, "last": true, "under": true, "where": true,
	"inclusive": true, "respectively": true, "of": true, "by": true, "to": true, "is": true, "are": true,
	"was": true, "were": true, "will": true, "would": true, "had": true, "has": true, "have": true,
	"could": true, "should": true, "can": true,
}

// dayRanges adds the bare figure of a range of days or years beside a date
// as an expression of its own (see above).
func dayRanges(text string, cands []candidate) []candidate {
	if !mayRange(text, cands) {
		return cands // most texts: nothing to add, nothing copied
	}
	// The candidates are rewritten in place, in the array they came in (a
	// text of news has thousands, and a copy of them all was a sixth of
	// what Tag allocated). out grows from the array's start; the
	// candidates not yet read, cands[i+1:], lie off places further on.
	// When an added candidate would overwrite one of them, they move to
	// the end of the array's spare capacity (extract leaves some), or else
	// out moves to an array of its own.
	base, off := cands[:cap(cands)], 0
	out, own := base[:0], false
	i := 0
	put := func(c candidate) {
		if !own && len(out) > off+i {
			if gap := len(base) - off - len(cands); gap > 0 {
				copy(base[off+i+1+gap:], base[off+i+1:off+len(cands)])
				off += gap
				cands = base[off : off+len(cands)] // cands[k], k > i, as it was
			} else {
				out, own = append(make([]candidate, 0, len(cands)+8), out...), true
			}
		}
		out = append(out, c)
	}
	// free: a new candidate starting at k does not overlap the last one kept
	free := func(k int) bool { return len(out) == 0 || out[len(out)-1].end <= k }
	for ; i < len(cands); i++ {
		c := cands[i]
		s := c.spec
		dayDate := s.Type == Date && s.Grain == GrainDay && s.Month != 0 && s.Day != 0 && s.Holiday == "" && s.Mod == "" &&
			(s.Anchor == Absolute && s.Shift == 0 || s.Anchor == Now && s.ShiftUnit == GrainYear) // (and "24 March next year")
		if dayDate && isDigit(text[c.start]) && joinBefore(text, c.start) {
			if first, ok := dayBeforeDate(text, c); ok && free(first.start) {
				put(first)
			}
		}
		if s.Clock && s.Meridiem && isDigit(text[c.start]) && joinBefore(text, c.start) {
			if first, ok := hourBeforeTime(text, c); ok && free(first.start) {
				put(first)
			}
		}
		if s.bareClock() && i+1 < len(cands) &&
			cands[i+1].spec.Clock && (stretchDash.MatchString(text[c.end:cands[i+1].start]) ||
			spanOpened(text[max(0, c.start-12):c.start], text[c.end:cands[i+1].start])) {
			c.rangeDay = true // "between 10 a.m. and 2 p.m. Tuesday", "1pm-2pm tomorrow"
		}
		if s.Clock && !s.Meridiem && s.Hour >= 1 && s.Hour < 12 && i+1 < len(cands) { // (not midnight: "from midnight until 3pm")
			// "from 3:30 to 6 p.m.", "3-5pm": the first time is in the
			// half of the day the second names
			if n := cands[i+1].spec; n.Clock && n.Meridiem && n.Hour >= 12 && s.Hour+12 < n.Hour+boolInt(n.Minute > 0) &&
				(stretchJoin.MatchString(text[c.end:cands[i+1].start]) || stretchButBefore.MatchString(text[c.end:cands[i+1].start])) {
				c.spec.Hour += 12
				c.spec.Meridiem = true
			}
		}
		put(c)
		if dayDate && !isDigit(text[c.start]) && joinAfter(text, c.end) && endsWithDay(text[c.start:c.end], s.Day) {
			second, year, ok := dayAfterDate(text, c)
			if !ok {
				continue
			}
			if year != 0 {
				out[len(out)-1].spec.Year = year
				for i+1 < len(cands) && cands[i+1].start < second.end {
					i++ // the year, found on its own, is now part of the range's end
				}
			}
			put(second)
			continue
		}
		if s.Type == Date && s.Grain == GrainYear && s.Year != 0 && s.Shift == 0 && s.Anchor == Absolute && s.Mod == "" && joinAfter(text, c.end) {
			if second, ok := yearAfterYear(text, c); ok && (i+1 >= len(cands) || cands[i+1].start >= second.end) {
				put(second)
			}
		}
	}
	return out
}

// dayBeforeDate reads the day that starts a range before a day-month
// date: "18-19 March", "18 and 19 March 2025".
func dayBeforeDate(text string, c candidate) (candidate, bool) {
	off := max(0, c.start-16)
	m := dayBefore.FindStringSubmatchIndex(text[off:c.start])
	if m == nil {
		return candidate{}, false
	}
	d, _ := strconv.Atoi(text[off+m[2] : off+m[3]])
	if d < 1 || d >= c.spec.Day {
		return candidate{}, false
	}
	first := candidate{start: off + m[2], end: off + m[3], spec: c.spec, rule: rangeStartRule, rangeYear: c.spec.Year == 0}
	first.spec.Day, first.spec.DayOfWeek = d, 0
	return first, true
}

// hourBeforeTime reads the bare hour that starts a range before a clock
// time with a.m. or p.m.: "9-11 p.m.", "from 9 to 11pm", in the same half
// of the day when it fits.
func hourBeforeTime(text string, c candidate) (candidate, bool) {
	s := c.spec
	off := max(0, c.start-16)
	m := hourBefore.FindStringSubmatchIndex(text[off:c.start])
	if m == nil || m[6] >= 0 && !strings.HasSuffix(strings.ToLower(text[max(0, off+m[2]-5):off+m[2]]), "from ") {
		return candidate{}, false
	}
	h, _ := strconv.Atoi(text[off+m[2] : off+m[3]])
	mi := 0
	if m[4] >= 0 {
		mi, _ = strconv.Atoi(text[off+m[4] : off+m[5]])
	}
	end := s.Hour*60 + s.Minute
	switch {
	case h < 1 || h > 12 || mi > 59:
		return candidate{}, false
	case s.Hour >= 12 && h < 12 && (h+12)*60+mi < end:
		h += 12 // "9-11 p.m."
	case s.Hour >= 12 && h >= 9 && h < 12 && s.Hour <= 15:
		// "11-1 p.m.", "from 10 to 2pm": morning to afternoon
	case s.Hour >= 12 || h*60+mi >= end:
		return candidate{}, false // "won 3-1 p.m. kickoff": not a range
	}
	first := candidate{start: off + m[2], end: off + m[3], spec: s, rule: rangeStartRule}
	if m[4] >= 0 {
		first.end = off + m[5]
	}
	first.spec.Hour, first.spec.Minute, first.spec.HourOnly = h, mi, m[4] < 0
	return first, true
}

// dayAfterDate reads the day that ends a range after a month-day date:
// "March 18-19", "June 3 to 5", "Aug. 1-10, 2025"; year is the year that
// closes the range, 0 when none does.
func dayAfterDate(text string, c candidate) (second candidate, year int, ok bool) {
	s := c.spec
	m := dayAfter.FindStringSubmatchIndex(text[c.end:min(len(text), c.end+24)])
	if m == nil {
		return candidate{}, 0, false
	}
	d, _ := strconv.Atoi(text[c.end+m[2] : c.end+m[3]])
	end := c.end + m[1]
	if m[6] < 0 {
		end = c.end + m[3]
		for end < c.end+m[1] && isLetter(text[end]) {
			end++ // the ordinal suffix
		}
	}
	glued := m[2] == 1 // "18-19", not "18 - 19 people" nor "18 to 19"
	if d <= s.Day || d > daysIn(s.Year, s.Month) || !figureEndsWell(text, end, glued) {
		return candidate{}, 0, false
	}
	second = candidate{start: c.end + m[2], end: end, spec: s, rule: rangeEndRule, rangeYear: s.Year == 0}
	second.spec.Day, second.spec.DayOfWeek = d, 0
	if m[6] >= 0 {
		year, _ = strconv.Atoi(text[c.end+m[6] : c.end+m[7]])
		if s.Year != 0 && s.Year != year {
			return candidate{}, 0, false
		}
		second.spec.Year, second.rangeYear = year, false
	}
	return second, year, true
}

// yearAfterYear reads the two figures of the year that ends a range of
// years: "2019-21", "the 2024-25 season".
func yearAfterYear(text string, c candidate) (candidate, bool) {
	s := c.spec
	m := yearRangeEnd.FindStringSubmatchIndex(text[c.end:min(len(text), c.end+4)])
	if m == nil {
		return candidate{}, false
	}
	yy, _ := strconv.Atoi(text[c.end+m[2] : c.end+m[3]])
	y := s.Year/100*100 + yy
	if y <= s.Year {
		y += 100
	}
	if y-s.Year > 20 || !figureEndsWell(text, c.end+m[1], true) {
		return candidate{}, false
	}
	second := candidate{start: c.end + m[2], end: c.end + m[3], spec: s, rule: rangeEndRule}
	second.spec.Year = y
	return second, true
}

// rangeWhy explains the value of the bare figure of a range from the date
// beside it.
func rangeWhy(t, date Timex, end bool) string {
	what := "ends"
	if !end {
		what = "starts"
	}
	unit, in := "day", "in its month and year"
	switch t.Grain {
	case GrainYear:
		unit, in = "year", "in its century"
	case GrainTime:
		unit, in = "time", "on its day, in its half of the day when it fits"
	}
	return fmt.Sprintf("%q -> %s: the %s that %s the range with %q, %s", t.Text, describe(t.Begin, t.Grain, "", true), unit, what, date.Text, in)
}

// The rules named for the bare figure of a range.
var (
	rangeStartRule = &rule{Name: "<day> before a day-month date, as the start of a range"}
	rangeEndRule   = &rule{Name: "<day or year> after a date, as the end of a range"}
)

// A Stretch is two expressions of a text that the words between them join
// into one span of time: "from March to May", "between 2019 and 2021",
// "1998-2003", "March 18-19", "18 and 19 February".
type Stretch struct {
	From, To      int       // indexes of the two expressions in the slice given to Stretches
	Begin, Finish time.Time // the span, [Begin, Finish): from the start of the one to the end of the other
}

var (
	stretchOpen = regexp.MustCompile(`(?i)\b(between|from)\s+$`)
	stretchJoin = regexp.MustCompile(`(?i)^\s*(and|to|until|till|through|thru|-|–|—)\s*$`)
	// stretchAfter and stretchButBefore: "after 10 p.m. but before
	// midnight", "later than 3:30pm but before 6pm".
	stretchAfter     = regexp.MustCompile(`(?i)\b(after|later\s+than)\s+$`)
	stretchButBefore = regexp.MustCompile(`(?i)^\s*(but|and)\s+before\s*$`)
	// stretchDash joins two dates without "from" or "between":
	// "1998-2003", "March 18-19", "June 3 to June 5".
	stretchDash = regexp.MustCompile(`(?i)^(?:\s*[-–—]\s*|\s+(?:to|through|thru)\s+)$`)
	stretchAnd  = regexp.MustCompile(`(?i)^\s+(?:and|&)\s+$`)
	// stretchMoved: "postponed the vote from March to May" moves a date,
	// it does not name a span.
	stretchMoved = regexp.MustCompile(`(?i)\b(?:mov(?:e|ed|es|ing)|postpon\w+|delay\w*|push\w*|reschedul\w+|brought forward|bring\w* forward|shift\w*|chang\w+|switch\w*|advanc\w+|put off|bump\w*|extend\w*)\b[^.;!?]{0,48}$`)
)

// spanOpened reports whether the words before an expression (before)
// and those between it and the next (gap) make the two one span: "from 9
// to 11", "between 2019 and 2021", "after 10 p.m. but before midnight".
func spanOpened(before, gap string) bool {
	return stretchOpen.MatchString(before) && stretchJoin.MatchString(gap) ||
		strings.Contains(gap, "efore") && stretchButBefore.MatchString(gap) && stretchAfter.MatchString(before) // (the cheap test first: it runs at every bare weekday and clock time)
}

// Stretches returns the pairs of neighbouring expressions of xs (as Tag
// found them in text) that name one span of time together:
//   - after "from" or "between", joined by "to", "and", "until",
//     "through" or a dash, unless a verb before "from" moves a date
//     ("postponed from March to May"); after "after" or "later than",
//     joined by "but before" or "and before" ("after 10 p.m. but before
//     midnight");
//   - joined by a dash, "to" or "through" alone, when both have the same
//     type and grain and the second follows the first ("1998-2003");
//   - two days in a row joined by "and" ("18 and 19 February"; "May 3
//     and 10" are two days).
//
// Both must be placeable, with no mod, and times of day on the same day.
func Stretches(text string, xs []Timex) []Stretch {
	var out []Stretch
	for i := 0; i+1 < len(xs); i++ {
		x, y := xs[i], xs[i+1]
		if !x.Placeable() || !y.Placeable() || !y.Finish.After(x.Begin) || y.Start < x.End ||
			strings.Contains(text[x.End:y.Start], "\n\n") {
			continue
		}
		gap := text[x.End:y.Start]
		before := text[max(0, x.Start-12):x.Start]
		if strings.EqualFold(strings.TrimSpace(text[max(0, x.Start-5):x.Start]), "from") &&
			stretchMoved.MatchString(text[max(0, x.Start-64):x.Start]) {
			continue
		}
		opened := spanOpened(before, gap)
		pair := stretchAnd.MatchString(gap) && x.Grain == GrainDay && y.Begin.Equal(x.Finish)
		joined := (stretchDash.MatchString(gap) || pair) && x.Grain == y.Grain && x.Type == y.Type &&
			!y.Begin.Before(x.Finish) && x.Mod == "" && y.Mod == ""
		if !opened && !joined {
			continue
		}
		if x.Type == Time && y.Type == Time && !civil(x.Begin).Equal(civil(y.Begin)) {
			continue // "1pm-2pm tomorrow": the first has not taken the day of the second
		}
		out = append(out, Stretch{From: i, To: i + 1, Begin: x.Begin, Finish: y.Finish})
		i++
	}
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
