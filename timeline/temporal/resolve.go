package temporal

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// quote is strconv.Quote, with a fast path for the common case of the
// Why sentences: words of plain printable ASCII with no quote mark or
// backslash, which strconv.Quote only wraps in double quotes. (It skips
// the rune-by-rune escaping on nearly every Why.)
func quote(s string) string {
	if plainQuoted(s) {
		return `"` + s + `"`
	}
	return strconv.Quote(s)
}

// plainQuoted reports whether strconv.Quote(s) is s in double quotes:
// s is printable ASCII with no quote mark or backslash.
func plainQuoted(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}

// quoteIn is before + quote(s) + after, in one concatenation (one
// allocation, not two) when s is plainQuoted.
func quoteIn(before, s, after string) string {
	if plainQuoted(s) {
		return before + `"` + s + `"` + after
	}
	return before + strconv.Quote(s) + after
}

// Resolve fixes the underspecified value s, extracted from text, against
// its context: the publication date, the tense of the clause, the direction
// policy and the last date mentioned. It is a pure function: everything it
// uses is in its arguments. The result has Type, Value, Mod, Quant, Grain,
// Begin, Finish, Tense and Why set; the caller sets offsets and Rule.
func Resolve(text string, s Spec, c Context) Timex {
	t := resolveValue(text, s, c)
	t.HourOnly = s.HourOnly && t.Grain == GrainTime
	// "rose 3% in 12 months": in a past-tense clause "in" before an amount
	// gives the stretch something took, not a point ahead.
	inPast := s.FromNow > 0 && !s.Span && s.Type == Duration && c.Tense == TensePast
	if s.FromNow != 0 && s.Count > 0 && !c.Published.IsZero() && !inPast {
		t.Offset = &Offset{
			Amount: period(s.Count, s.CountCode),
			Back:   s.FromNow < 0,
			At:     moveBy(c.Published, s.Count, s.CountCode, int(s.FromNow)),
			Span:   s.Span,
		}
	}
	return t
}

func resolveValue(text string, s Spec, c Context) Timex {
	t := Timex{Text: text, Type: s.Type, Mod: s.Mod, Quant: s.Quant, Freq: s.Freq, Grain: s.Grain, Tense: c.Tense}
	switch {
	case s.Period != "":
		t.Value = s.Period
		if s.Type == Set {
			t.Why = quote(text) + " -> " + s.Period + ": a set, it recurs with period " + s.Period + "; it is no position in time"
			if s.Freq != "" {
				t.Why = quote(text) + " -> " + s.Period + ": a set, " + strings.TrimSuffix(s.Freq, "X") + " times in each period " + s.Period + "; it is no position in time"
			}
		} else {
			t.Why = quote(text) + " -> " + s.Period + ": a duration (" + s.Period + "), an amount of time, not a position in time"
		}
		return t
	case s.Ref != "":
		t.Value = s.Ref
		if s.Ahead > 0 && !c.Published.IsZero() {
			pub := civil(c.Published)
			t.Begin, t.Finish = pub, shift(pub, s.AheadUnit, s.Ahead)
			t.Why = quote(text) + " -> " + s.Ref + ": a vague future period, taken as the " + count(s.Ahead, s.AheadUnit) +
				" after the publication date " + pub.Format(time.DateOnly)
			return t
		}
		t.Why = quote(text) + " -> " + s.Ref + ": " + refNames[s.Ref] + ", not placeable on the time axis"
		return t
	}
	start, g, reason, ok := place(s, c)
	if ok && s.PartNth != 0 && (g == GrainMonth || g == GrainYear) {
		start, g = nthPart(start, g, s.Part, int(s.PartNth))
		nth := ordinalName(abs(int(s.PartNth))) + " "
		switch s.PartNth {
		case -1:
			nth = "last "
		case 1:
			nth = "first "
		default:
			if s.PartNth < 0 {
				nth += "last "
			}
		}
		reason = fmt.Sprintf("the %s%s of %s; %s", nth, grainNouns[s.Part], describe(truncate(start, GrainMonth), GrainMonth, "", false), reason)
	}
	if !ok {
		t.Value = unanchored(s)
		t.Why = fmt.Sprintf("%q -> %s: relative, and there is no publication date to count from", text, t.Value)
		return t
	}
	if s.Within > g {
		holds := "that holds it"
		if s.Within == GrainWeekend && isoWeekday(start) == 1 {
			start, holds = start.AddDate(0, 0, -1), "that it ends" // "Memorial Day weekend"
		}
		start, g = truncate(start, s.Within), s.Within
		reason += "; the " + grainNouns[g] + " " + holds
	}
	t.Grain = g
	t.Value = format(start, g, s.PartOfDay, s.Clock)
	t.Begin, t.Finish = start, finish(start, g, s.PartOfDay, s.Clock)
	if h := holidayByKey[s.Holiday]; h != nil {
		// The holiday's own interval (Passover's eight days, Earth Hour's
		// hour) unless a part of its day was named; and how it was found.
		// The holiday's year: that of the day named, or the one next to it
		// ("the third Tuesday after Christmas 2014" is in January 2015).
		for y := start.Year() - 1; y <= start.Year()+1; y++ {
			d, _, ok := holidayDay(s, y)
			if !ok || !truncate(d, GrainDay).Equal(truncate(start, GrainDay)) {
				continue
			}
			_, he, why, _ := holidayIn(h, y)
			if s.Days == 0 && s.Months == 0 && s.Nth == 0 && (g == GrainDay || g == GrainTime && h.minutes > 0) {
				t.Finish = he
			}
			reason += "; " + why
			break
		}
	}
	t.Begin, t.Finish = narrow(t.Begin, t.Finish, s, civil(c.Published))
	if head := describe(start, g, s.PartOfDay, s.Clock); plainQuoted(text) {
		t.Why = `"` + text + `" -> ` + head + ": " + reason // (quote(text), in the same concatenation)
	} else {
		t.Why = quote(text) + " -> " + head + ": " + reason
	}
	return t
}

var refNames = map[string]string{
	"PAST_REF":    "a vague reference to the past",
	"PRESENT_REF": "a reference to the present moment",
	"FUTURE_REF":  "a vague reference to the future",
}

// narrow shrinks an interval to the part a mod names: the first, middle or
// last third for START, MID, END, in whole days (the beginning of a week is
// Monday to Wednesday, its end Friday to Sunday); for "earlier this year" and "later this
// month" (Bounded), the part before or after the publication date.
func narrow(b, f time.Time, s Spec, pub time.Time) (time.Time, time.Time) {
	if s.Bounded && !pub.Before(b) && pub.Before(f) {
		if s.Mod == "START" {
			return b, pub
		}
		return pub.AddDate(0, 0, 1), f
	}
	third := f.Sub(b) / 3
	unit := 24 * time.Hour // whole days; whole hours in a part of a day ("late tonight")
	if f.Sub(b) <= unit {
		unit = time.Hour
	}
	switch s.Mod {
	case "START":
		end := b.Add(third).Truncate(unit)
		if end.Before(b.Add(third)) {
			end = end.Add(unit) // a third of a week is three days, not two
		}
		return b, end
	case "MID":
		return b.Add(third).Truncate(unit), f.Add(-third).Truncate(unit)
	case "END":
		return f.Add(-third).Truncate(unit), f
	}
	return b, f
}

// place finds the start and grain of the unit the expression names, and a
// reason a reader can check.
func place(s Spec, c Context) (time.Time, Grain, string, bool) {
	switch {
	case s.Century != 0:
		return date(s.Century*100, 1, 1), GrainCentury, "a century, stated", true
	case s.Decade != 0:
		return date(s.Decade*10, 1, 1), GrainDecade, "a decade, stated", true
	case s.SamePeriod && !c.Anchor.IsZero() && (c.AnchorGrain == GrainMonth || c.AnchorGrain == GrainQuarter || c.AnchorGrain == GrainHalf):
		start := date(s.Year, int(c.Anchor.Month()), 1)
		return start, c.AnchorGrain, "the period being reported, " + anchorName(c) + ", in the year stated", true
	case s.Year != 0 && s.Anchor == Absolute:
		start, g := calendarIn(s, s.Year)
		return start, g, "the year is stated", true
	case s.Anchor == Absolute && s.Month != 0 && s.Day != 0 && s.Year == 0 && s.Nth == 0 && s.Shift == 0 && !s.Strict && !s.This && s.Occurrence == 0 &&
		(c.AnchorHere || c.AnchorBefore || c.AnchorTwoBack) && !c.AnchorAside && c.AnchorGrain <= GrainDay && c.Tense == TensePast &&
		!c.Published.IsZero() && c.Anchor.Before(c.Published.AddDate(0, -10, 0)) && chronologyDay(s, c) != (time.Time{}):
		// "Hiroshima was bombed on Aug. 6, 1945 ... Japan announced its
		// surrender on Aug. 15": in a chronology told in the past, a day
		// and month just after a dated day of long ago are in its year.
		d := chronologyDay(s, c)
		start, g := calendarIn(s, d.Year())
		return start, g, fmt.Sprintf("a day and month without a year just after %s, in a story of %d told in the past", anchorName(c), c.Anchor.Year()), true
	case s.Anchor == Absolute && s.Month != 0 && s.Day != 0 && s.Year == 0 && s.Nth == 0 && s.Shift == 0 && !s.Strict && !s.This && s.Occurrence == 0 &&
		c.AnchorHere && !c.AnchorOtherClause && !c.AnchorAside && c.AnchorGrain <= GrainDay && c.Tense != TensePast &&
		!c.Published.IsZero() && c.Anchor.After(c.Published.AddDate(0, 2, 0)) && scheduleDay(s, c) != (time.Time{}):
		// "The first round is on Oct. 4, 2026, with a runoff on Oct. 25",
		// published in July 2025: a day and month near a dated day far
		// ahead, in its sentence, belong to that day's schedule.
		start, g := calendarIn(s, scheduleDay(s, c).Year())
		return start, g, fmt.Sprintf("a day and month without a year near %s, ahead in the same sentence, in its year", anchorName(c)), true
	case s.Anchor == Absolute && (s.Month != 0 || s.Holiday != "") && s.Shift == 0 && !s.Strict && !s.This && s.Occurrence == 0 &&
		c.AnchorHere && c.AnchorOpens && c.AnchorGrain == GrainYear:
		// "In 2025, the flowers opened on March 24", "Last year, 32,000
		// filed on New Year's Day": a year that opens the sentence sets
		// the year of its dates.
		start, g := calendarIn(s, c.Anchor.Year())
		return start, g, fmt.Sprintf("the year that opens the sentence, %d (%q)", c.Anchor.Year(), c.AnchorText), true
	case s.Anchor == Absolute && s.Month != 0 && s.Shift == 0 && !s.Strict && !s.This && s.Occurrence == 0 &&
		c.AnchorHere && c.AnchorNamesEvent && c.AnchorGrain == GrainYear:
		// "The 2026 Oscars will be held on March 15": the year of an event
		// named earlier in the sentence is this date's. (Not any year:
		// "the program approved in 1987 ... had purchased shares through
		// Sept. 29" is 1989.)
		start, g := calendarIn(s, c.Anchor.Year())
		return start, g, fmt.Sprintf("the year of the event the sentence names, %d (%q)", c.Anchor.Year(), c.AnchorText), true
	}
	if c.Published.IsZero() {
		return time.Time{}, 0, "", false
	}
	if s.Anchor != Absolute {
		return relative(s, c)
	}
	return directed(s, c)
}

// holidayDay places a holiday in year y: its first day (with a clock
// time for Earth Hour) and grain; false when it does not fall in y.
func holidayDay(s Spec, y int) (time.Time, Grain, bool) {
	start, _, _, ok := holidayIn(holidayByKey[s.Holiday], y)
	if !ok {
		return time.Time{}, 0, false
	}
	day := truncate(start, GrainDay).AddDate(0, s.Months, s.Days)
	if s.Nth > 0 { // the nth such weekday after the holiday
		day = day.AddDate(0, 0, (s.Weekday-isoWeekday(day)+6)%7+1+7*(s.Nth-1))
	} else if s.Nth < 0 {
		day = day.AddDate(0, 0, -((isoWeekday(day)-s.Weekday+6)%7+1)+7*(s.Nth+1))
	}
	start, g := withTime(day, s)
	return start, g, true
}

// nthWeekday is the nth ISO weekday wd of a month (n = -1: the last).
func nthWeekday(y, m, wd, n int) time.Time {
	if n < 0 {
		last := date(y, m+1, 1).AddDate(0, 0, -1)
		return last.AddDate(0, 0, -((isoWeekday(last) - wd + 7) % 7))
	}
	first := date(y, m, 1)
	return first.AddDate(0, 0, (wd-isoWeekday(first)+7)%7+7*(n-1))
}

// calendarIn places the stated month, day, quarter, half or season in year y.
func calendarIn(s Spec, y int) (time.Time, Grain) {
	switch {
	case s.Holiday != "":
		if d, g, ok := holidayDay(s, y); ok {
			return d, g
		}
		return date(y, 1, 1), GrainYear
	case s.Nth != 0:
		return withTime(nthWeekday(y, s.Month, s.Weekday, s.Nth), s)
	case s.Month != 0 && s.Day != 0:
		return withTime(date(y, s.Month, s.Day), s)
	case s.Month != 0:
		return date(y, s.Month, 1), GrainMonth
	case s.Quarter != 0:
		return date(y, (s.Quarter-1)*3+1, 1), GrainQuarter
	case s.Half != 0:
		return date(y, (s.Half-1)*6+1, 1), GrainHalf
	case s.Season != "":
		return date(y, seasonStart[s.Season], 1), GrainSeason
	}
	return date(y, 1, 1), GrainYear
}

// withTime refines a day by a stated clock time or part of the day.
func withTime(day time.Time, s Spec) (time.Time, Grain) {
	switch {
	case s.Clock:
		return day.Add(time.Duration(s.Hour)*time.Hour + time.Duration(s.Minute)*time.Minute), GrainTime
	case s.PartOfDay != "":
		return day.Add(time.Duration(partOfDayHours[s.PartOfDay][0]) * time.Hour), GrainPartOfDay
	}
	return day, GrainDay
}

// anchorName names the last date mentioned in a Why sentence, its value
// and its words: 2024-03 ("March"). The Why sentences are joined with +,
// not fmt.Sprintf: Resolve writes one for every expression, and the
// formatting (and the boxing of its arguments) was a tenth of Tag's time.
func anchorName(c Context) string {
	return format(c.Anchor, c.AnchorGrain, "", false) + " (" + quote(c.AnchorText) + ")"
}

// yearsFrom names the year n years from base: "of base" for n = 0.
func yearsFrom(n int, base string) string {
	if n == 0 {
		return "of " + base
	}
	return fmt.Sprintf("%+d years from %s", n, base)
}

// dayOfMonthNamed places a bare day of the month ("flights resume on the
// 15th") in the month of the last date whose words named its month
// (Context.MonthNamed: "Dec. 12", not "the weekend"); after a day later
// in that month, in a clause not in the past, it is the next
// month's ("met on Jan. 28 ... will vote on the 3rd"). With no such date,
// it is in the month of publication, or the month before or after when
// the tense says the day is gone by or ahead.
func dayOfMonthNamed(day int, c Context) (time.Time, Grain, string, bool) {
	pub := civil(c.Published)
	base, baseName := pub, "the publication date "+pub.Format(time.DateOnly)
	story := !c.MonthNamed.IsZero()
	if story {
		base = c.MonthNamed
		baseName = fmt.Sprintf("the last date that named its month, %s (%q)", base.Format(time.DateOnly), c.MonthNamedText)
	}
	month := truncate(base, GrainMonth)
	switch {
	case story && base.Day() > 1 && day < base.Day() && c.Tense != TensePast,
		!story && c.Tense == TenseFuture && day < pub.Day():
		month = month.AddDate(0, 1, 0)
	case !story && c.Tense == TensePast && day > pub.Day():
		month = month.AddDate(0, -1, 0)
	}
	if day > daysIn(month.Year(), int(month.Month())) {
		return time.Time{}, 0, "", false
	}
	which := "the month of"
	switch {
	case month.After(truncate(base, GrainMonth)):
		which = "the month after that of"
	case month.Before(truncate(base, GrainMonth)):
		which = "the month before that of"
	}
	return date(month.Year(), int(month.Month()), day), GrainDay,
		fmt.Sprintf("a day of the month named alone, in %s, %s %s", month.Format("January 2006"), which, baseName), true
}

// relative counts Shift units from the publication date (Now) or from the
// last date mentioned (Story).
func relative(s Spec, c Context) (time.Time, Grain, string, bool) {
	pub := civil(c.Published)
	base, baseName := pub, "the publication date "+pub.Format(time.DateOnly)
	story := !c.Anchor.IsZero()
	if s.Anchor == Story && s.Day != 0 && s.Month == 0 {
		return dayOfMonthNamed(s.Day, c)
	}
	if s.Anchor == Story && s.PartOfDay != "" && s.Shift == 0 && story && c.AnchorGrain <= GrainDay {
		// "that evening": the part of the day last mentioned
		start, g := withTime(truncate(c.Anchor, GrainDay), s)
		return start, g, "the " + podNames[s.PartOfDay] + " of the day last mentioned, " + anchorName(c), true
	}
	if s.Anchor == Story && s.Shift == 0 && !s.KeepGrain && s.Month == 0 && s.Weekday == 0 && (s.Season == "" || !story) && (!story || c.AnchorGrain > s.Grain) {
		// "the quarter" with no quarter (or finer) mentioned before: the
		// current one, or in a past-tense clause the last complete one
		// (the quarter a company reports on).
		if s.Grain == GrainQuarter && c.Tense == TensePast {
			start := shift(truncate(pub, GrainQuarter), GrainQuarter, -1)
			return start, GrainQuarter, fmt.Sprintf("no quarter mentioned before, and a past-tense clause (%q): the last complete quarter before %s", c.Cue, baseName), true
		}
		start := truncate(pub, s.Grain)
		if s.Reported {
			return start, s.Grain, "no period reported before: the " + grainNouns[s.Grain] + " of " + baseName, true
		}
		return start, s.Grain, "no " + grainNouns[s.Grain] + " mentioned before: the " + grainNouns[s.Grain] + " of " + baseName, true
	}
	if s.Anchor == Story && story {
		base = c.Anchor
		baseName = "the last date mentioned, " + anchorName(c)
		if s.Reported {
			baseName = "the period being reported, " + anchorName(c)
		}
	}
	// A bare clock time ("at 4:17 a.m.") belongs to the day the story last
	// named ("on Tuesday"), when that day is near the publication date or
	// is ahead and named in the same sentence ("will set out her review
	// on Wednesday 11 June, and ... publish its forecast at 12.30pm"; not
	// "Smith, arrested on March 3, 2019, appeared in court at 10 a.m."),
	// or in the sentence before, in a clause not in the past ("NASA is
	// targeting Feb. 6. The window opens at 9:41 p.m.").
	if s.Anchor == Now && s.Clock && s.Shift == 0 && !s.DayNamed && story && c.AnchorGrain <= GrainDay && (c.AnchorVote ||
		!(c.Tense == TensePast && c.Anchor.After(pub) && !c.AnchorHere) && // "was pushed at 04:09 UTC" is no time of a day ahead named before
			!(c.Tense == TenseFuture && (c.Cue == "will" || strings.HasPrefix(c.Cue, "will ")) && c.Anchor.Before(truncate(pub, GrainDay)) && !c.AnchorHere) && // nor "will discuss it with analysts at 8 a.m. ET" of a day gone by
			(absDays(c.Anchor.Sub(pub)) <= 7 || c.AnchorHere && c.Anchor.After(pub) ||
				c.AnchorBefore && c.Anchor.After(pub) && c.Tense != TensePast ||
				// a night told in the past: "On November 13, 2015, the
				// first bomb went off at 9:40pm" (not the aside of
				// "Smith, arrested on March 3, 2019, appeared at 10 a.m.")
				(c.AnchorHere || c.AnchorBefore) && !c.AnchorAside && c.Tense == TensePast && !c.Anchor.After(pub))) {
		base = truncate(c.Anchor, GrainDay)
		baseName = fmt.Sprintf("the day last mentioned, %s (%q)", base.Format("Monday 2 January 2006"), c.AnchorText)
		if c.AnchorEvent {
			baseName = fmt.Sprintf("the day of the last event told, %s (%q), not the day it was reported", base.Format("Monday 2 January 2006"), c.AnchorText)
		}
		if c.AnchorVote {
			baseName = fmt.Sprintf("the day of the vote last named, %s (%q), whose polls the sentence times", base.Format("Monday 2 January 2006"), c.AnchorText)
		}
		if c.AnchorLead {
			baseName = fmt.Sprintf("the day the story leads with, %s (%q), not a day named since", base.Format("Monday 2 January 2006"), c.AnchorText)
		}
		if c.AnchorNight && s.Meridiem && s.Hour < 6 {
			// "on Thursday night ... a match that ended at 1:12 a.m.": the
			// small hours after an evening or a night are the next day's.
			base = base.AddDate(0, 0, 1)
			baseName = fmt.Sprintf("the small hours after %q, %s", c.AnchorText, base.Format("Monday 2 January 2006"))
		}
	}
	g := s.Grain
	unit := s.ShiftUnit
	if unit == 0 {
		unit = g
	}
	if s.KeepGrain && !s.EventAgo && story && c.AnchorGrain >= GrainMonth && c.AnchorGrain < g &&
		(s.Anchor == Story || !c.Anchor.After(pub) && c.Anchor.After(pub.AddDate(-1, 0, 0))) {
		g, base = c.AnchorGrain, c.Anchor
		baseName = "the last date mentioned, " + anchorName(c) + ", whose grain it keeps"
		if s.Comparison || s.OfFigure {
			baseName = "the period being reported, " + anchorName(c) + ", whose grain it keeps"
		}
	}
	if s.Holiday != "" && s.Anchor == Now {
		name := holidayByKey[s.Holiday].name
		if s.FirstAfter { // "Thanksgiving in nine months": the first one on or after that date
			from := shift(pub, unit, s.Shift)
			for y := from.Year(); y <= from.Year()+2; y++ {
				if d, g, ok := holidayDay(s, y); ok && !truncate(d, GrainDay).Before(from) {
					return d, g, fmt.Sprintf("the first %s on or after %s, %s from %s", name, from.Format(time.DateOnly), count(s.Shift, unit), baseName), true
				}
			}
			return time.Time{}, 0, "", false
		}
		y := pub.Year() + s.Shift // "Thanksgiving of next year"
		if d, g, ok := holidayDay(s, y); ok {
			return d, g, fmt.Sprintf("%s in the year %s", name, yearsFrom(s.Shift, baseName)), true
		}
		return time.Time{}, 0, "", false
	}
	if s.Latest {
		start := shift(truncate(pub, g), g, -1)
		return start, g, fmt.Sprintf("the last complete %s before %s", grainNouns[g], baseName), true
	}
	if s.Occurrence != 0 { // "3 Fridays from now", "2 Thursdays ago", "March after next", "the following Monday"
		from := pub
		if s.Anchor == Story {
			from = truncate(base, GrainDay)
			if s.Month != 0 && s.Occurrence > 0 && c.AnchorGrain > GrainMonth {
				// "that summer ... the following July": after the whole of
				// the period last mentioned, not inside it
				from = finish(base, c.AnchorGrain, "", false).AddDate(0, 0, -1)
			}
		}
		start, g := nthOccurrence(from, s)
		return start, g, fmt.Sprintf("the %s occurrence %s %s", ordinalName(abs(int(s.Occurrence))), beforeOrAfter(int(s.Occurrence)), baseName), true
	}
	if s.Day != 0 && s.Month == 0 { // "the 20th of next month"
		mo := shift(truncate(base, GrainMonth), GrainMonth, s.Shift)
		start, g := withTime(date(mo.Year(), int(mo.Month()), s.Day), s)
		return start, g, fmt.Sprintf("that day of the month %s", strings.TrimPrefix(fmt.Sprintf("%+d months from %s", s.Shift, baseName), "+0 months from ")), true
	}
	if s.Nth != 0 { // "the first Monday of next month"
		mo := shift(truncate(base, GrainMonth), GrainMonth, s.Shift)
		day := nthWeekday(mo.Year(), int(mo.Month()), s.Weekday, s.Nth)
		start, g := withTime(day, s)
		return start, g, fmt.Sprintf("that weekday of the month %s", strings.TrimPrefix(fmt.Sprintf("%+d months from %s", s.Shift, baseName), "+0 months from ")), true
	}
	if s.Half != 0 { // "the second half of next year"
		y := shift(truncate(base, GrainYear), GrainYear, s.Shift).Year()
		return date(y, (s.Half-1)*6+1, 1), GrainHalf, fmt.Sprintf("the half-year in the year %s", yearsFrom(s.Shift, baseName)), true
	}
	if s.Quarter != 0 { // "last year's third quarter"
		y := shift(truncate(base, GrainYear), GrainYear, s.Shift).Year()
		return date(y, (s.Quarter-1)*3+1, 1), GrainQuarter, fmt.Sprintf("the quarter in the year %s", yearsFrom(s.Shift, baseName)), true
	}
	if s.Season != "" && s.Anchor == Story { // "that summer": the season in the year of the story
		y := shift(truncate(base, GrainYear), GrainYear, s.Shift).Year()
		if s.Season == "WI" && base.Month() <= 2 {
			y-- // (the winter a January or February falls in began the year before)
		}
		return date(y, seasonStart[s.Season], 1), GrainSeason, fmt.Sprintf("the season in the year %s", yearsFrom(s.Shift, baseName)), true
	}
	if s.Month != 0 { // "June last year": the month in the shifted year
		y := shift(truncate(base, GrainYear), GrainYear, s.Shift).Year()
		if s.Day != 0 { // "1 July next year"
			return date(y, s.Month, s.Day), GrainDay, fmt.Sprintf("the day in the year %s", yearsFrom(s.Shift, baseName)), true
		}
		return date(y, s.Month, 1), GrainMonth, fmt.Sprintf("the month in the year %s", yearsFrom(s.Shift, baseName)), true
	}
	if s.Weekday != 0 { // "that Friday", "Wednesday of next week": the weekday in the week of the anchor, shifted
		if s.Anchor == Now && s.Shift == -1 && s.Weekday != 7 && isoWeekday(base) == 7 {
			// "the S&P 500 tumbled 3% last Monday", on a Sunday: the week
			// that has just ended on Saturday, as a Sunday paper counts
			// weeks, not the week before it
			day := truncate(base, GrainWeek).AddDate(0, 0, s.Weekday-1)
			start, g := withTime(day, s)
			return start, g, "that weekday in the week that ended on the Saturday before " + baseName + ", a Sunday", true
		}
		day := truncate(shift(truncate(base, GrainWeek), GrainWeek, s.Shift), GrainWeek).AddDate(0, 0, s.Weekday-1)
		start, g := withTime(day, s)
		if s.Shift != 0 {
			n := count(s.Shift, GrainWeek) + " "
			if s.Shift == 1 || s.Shift == -1 {
				n = ""
			}
			return start, g, fmt.Sprintf("that weekday in the week %s%s the week of %s", n, beforeOrAfter(s.Shift), baseName), true
		}
		return start, g, "the weekday in the week of " + baseName, true
	}
	if g == GrainWeek && unit == GrainWeek && s.Shift == 0 && s.Anchor == Now && isoWeekday(base) == 7 && c.Tense != TensePast && c.Direction == ByTense {
		// "Investors face a fresh test this week, with ... data due on
		// Wednesday", on a Sunday: the week ahead, which starts the next
		// day ("reported this week", in the past, is the one ending)
		return truncate(base.AddDate(0, 0, 1), GrainWeek), g, "the week ahead of " + baseName + ", a Sunday, in a clause not in the past", true
	}
	start := truncate(shift(truncate(base, g), unit, s.Shift), g)
	if s.Clock || s.PartOfDay != "" {
		start, g = withTime(truncate(shift(base, GrainDay, s.Shift), GrainDay), s)
	}
	if coarse := c.AnchorGrain; s.Anchor == Story && story && s.Shift != 0 && (g == GrainDay || g == GrainWeek) &&
		coarse >= GrainMonth && coarse <= GrainYear && !s.Clock && s.PartOfDay == "" {
		// "ruled in May ... appealed the next day": a day counted from a
		// month is known only to the month (or season, quarter, year) it
		// falls in; a precise day would be made up.
		start, g = truncate(shift(base, unit, s.Shift), coarse), coarse
		return start, g, fmt.Sprintf("%s %s %s, a date known only to the %s, so only the %s it falls in", count(abs(s.Shift), unit),
			beforeOrAfter(s.Shift), baseName, grainNouns[coarse], grainNouns[coarse]), true
	}
	var reason string
	switch {
	case s.Shift == 0:
		reason = "the " + grainNouns[g] + " of " + baseName
	default:
		reason = count(s.Shift, unit) + " " + beforeOrAfter(s.Shift) + " " + baseName
	}
	return start, g, reason, true
}

// directed places a calendar position stated without its year (or week):
// "in March", "on Friday", "this summer", "last November". The direction
// policy, or the tense of the clause, picks the occurrence.
func directed(s Spec, c Context) (time.Time, Grain, string, bool) {
	pub := civil(c.Published)
	var candsBuf [8]time.Time
	cands := candsBuf[:0] // the units it may be: five weeks, or three years
	var g Grain
	var what, name string
	var endsBuf [8]time.Time
	ends := endsBuf[:0] // the end of each candidate (a holiday's may be days away)
	y := pub.Year()
	switch {
	case s.Holiday != "":
		g, what, name = GrainDay, "a holiday named without a year", holidayByKey[s.Holiday].name
		for yy := y - 1; yy <= y+1; yy++ {
			if d, end, _, ok := holidayIn(holidayByKey[s.Holiday], yy); ok {
				cands, ends = append(cands, d), append(ends, end)
			}
		}
		if len(cands) == 0 {
			return time.Time{}, 0, "", false
		}
	case s.Nth != 0:
		g, what = GrainDay, "a weekday of a month named without a year"
		for yy := y - 1; yy <= y+1; yy++ {
			cands = append(cands, nthWeekday(yy, s.Month, s.Weekday, s.Nth))
		}
		name = "such day"
	case s.Weekday != 0:
		g, what = GrainDay, "a weekday"
		first := pub.AddDate(0, 0, -14)
		first = first.AddDate(0, 0, (s.Weekday-isoWeekday(first)+7)%7)
		for d, last := first, pub.AddDate(0, 0, 15); d.Before(last); d = d.AddDate(0, 0, 7) {
			cands = append(cands, d)
		}
		name = cands[0].Weekday().String()
	case s.Grain == GrainWeekend:
		g, what, name = GrainWeekend, "a weekend named without its week", "weekend"
		for d, last := truncate(pub, GrainWeekend).AddDate(0, 0, -14), pub.AddDate(0, 0, 15); d.Before(last); d = d.AddDate(0, 0, 7) {
			cands = append(cands, d)
		}
	case s.Month != 0 && s.Day != 0:
		g, what = GrainDay, "a day and month without a year"
		for yy := y - 1; yy <= y+1; yy++ {
			if d := date(yy, s.Month, s.Day); d.Day() == s.Day {
				cands = append(cands, d)
			}
		}
		name = date(2000, s.Month, s.Day).Format("2 January")
		if s.DayOfWeek != 0 {
			// "Wednesday 11 June": the years it falls on a Wednesday, when
			// one of them is near.
			var on []time.Time
			for _, d := range cands {
				if isoWeekday(d) == s.DayOfWeek {
					on = append(on, d)
				}
			}
			if len(on) > 0 {
				cands = on
				name = date(2000, s.Month, s.Day).Format("2 January") + " falling on a " + on[0].Format("Monday")
			}
		}
	case s.Month != 0:
		g, what = GrainMonth, "a month named without a year"
		for yy := y - 1; yy <= y+1; yy++ {
			cands = append(cands, date(yy, s.Month, 1))
		}
		name = date(2000, s.Month, 1).Month().String()
	case s.Season != "":
		g, what, name = GrainSeason, "a season named without a year", seasonNames[s.Season]
		// From two years back: in January, the winter before last began
		// two Decembers ago ("last winter", published in January 2026,
		// is December 2024 to February 2025).
		for yy := y - 2; yy <= y+1; yy++ {
			cands = append(cands, date(yy, seasonStart[s.Season], 1))
		}
	case s.Quarter != 0:
		g, what, name = GrainQuarter, "a quarter named without a year", "Q"+strconv.Itoa(s.Quarter)
		for yy := y - 1; yy <= y+1; yy++ {
			cands = append(cands, date(yy, (s.Quarter-1)*3+1, 1))
		}
	case s.Half != 0:
		g, what, name = GrainHalf, "a half-year named without a year", "H"+strconv.Itoa(s.Half)
		for yy := y - 1; yy <= y+1; yy++ {
			cands = append(cands, date(yy, (s.Half-1)*6+1, 1))
		}
	default:
		return time.Time{}, 0, "", false
	}
	for _, d := range cands[len(ends):] {
		ends = append(ends, finish(d, g, "", false))
	}
	pubName := "the publication date " + pub.Format(time.DateOnly)
	var pick time.Time
	var reason string
	switch {
	case s.This && g == GrainDay && s.Weekday != 0:
		// "this Friday" is the coming Friday (today's when it is one):
		// "the vote is this Sunday", "polls open this Sunday", said on a
		// Tuesday, mean the Sunday ahead, not the one of the week under
		// way gone by; a past clause looks back ("was sworn in this
		// Monday").
		if dir, why := direction(c); dir < 0 {
			for _, d := range cands {
				if !d.After(pub) {
					pick = d
				}
			}
			reason = what + ` with "this` + `" ` + why + ", so the last " + name + " on or before " + pubName
		} else {
			for i := len(cands) - 1; i >= 0; i-- {
				if !cands[i].Before(pub) {
					pick = cands[i]
				}
			}
			reason = what + ` with "this", so the first ` + name + " on or after " + pubName
		}
	case s.This:
		container := GrainYear
		if g == GrainDay && s.Weekday != 0 {
			container = GrainWeek
		}
		for _, d := range cands {
			if truncate(d, container).Equal(truncate(pub, container)) {
				pick = d
			}
		}
		this := ` with "this"`
		if s.Record {
			this = " after a superlative, a record" // "the wettest spring on record"
		}
		reason = what + this + ", so the " + name + " of the " + grainNouns[container] + " of " + pubName
		for i, d := range cands {
			if g == GrainSeason && !d.After(pub) && ends[i].After(pub) {
				// "this winter" in February: the one under way, which
				// began the December before
				pick, reason = d, what+this+", so the "+name+" under way on "+pubName
			}
		}
		if g == GrainSeason && pick.After(pub) && c.Tense == TensePast && c.Direction == ByTense {
			// "has recorded only 21 inches of snow this winter", in March:
			// the winter that ended this year, not the one that starts in
			// its December (but "materials needed for this winter had
			// entered", in November, is the winter to come)
			for i, d := range cands {
				if !ends[i].After(pub) && ends[i].Year() == pub.Year() && pub.Sub(ends[i]) < 120*24*time.Hour {
					pick, reason = d, what+` with "this" in a past-tense clause, so the `+name+" that ended in the year of "+pubName
				}
			}
		}
		if pick.IsZero() {
			pick = nearest(cands, ends, pub)
		}
	case s.Strict && s.Shift < 0:
		for i, d := range cands {
			if !ends[i].After(pub) {
				pick = d
			}
		}
		reason = what + ` with "last", so the last ` + name + " completed before " + pubName
	case s.Strict && s.Shift > 0:
		for i := len(cands) - 1; i >= 0; i-- {
			if cands[i].After(pub) {
				pick = cands[i]
			}
		}
		reason = what + ` with "next", so the first ` + name + " after " + pubName
	case s.Possessive && s.PossessiveAwaited && c.Direction == ByTense:
		for i := len(cands) - 1; i >= 0; i-- {
			if !cands[i].Before(truncate(pub, GrainDay)) {
				pick = cands[i]
			}
		}
		reason = what + " in the possessive, of a thing waited for, so the first " + name + " on or after " + pubName
	case s.Possessive && c.Direction == ByTense && !(s.PossessiveEvent && (c.Tense == TenseFuture || c.Tense == TensePresent)):
		for _, d := range cands {
			if !d.After(pub) {
				pick = d
			}
		}
		reason = what + " in the possessive, which news uses for a day gone by, so the last " + name + " on or before " + pubName
	default:
		dir, why := direction(c)
		switch dir {
		case -1:
			for _, d := range cands {
				if !d.After(pub) {
					pick = d
				}
			}
			reason = what + " " + why + ", so the last " + name + " on or before " + pubName
		case 1:
			if g == GrainQuarter {
				// Quarters are reported after they end: "will report
				// third-quarter results" in October means the one just over.
				pick = nearest(cands, ends, pub)
				reason = what + " " + why + "; a quarter is reported after it ends, so the " + name + " nearest to " + pubName
				break
			}
			for i := len(cands) - 1; i >= 0; i-- {
				// (a weekend whose last day is the publication day is
				// over for a clause that looks ahead: "milder air will
				// arrive by the weekend", published on a Sunday)
				if ends[i].After(pub) && !(g == GrainWeekend && !ends[i].After(truncate(pub, GrainDay).AddDate(0, 0, 1))) {
					pick = cands[i]
				}
			}
			reason = what + " " + why + ", so the first " + name + " on or after " + pubName
			// After a day ahead named earlier in the sentence as the start
			// of a plan, a weekday of the plan follows it: "a strike from
			// midnight on Sunday, with no service expected on Monday and
			// Tuesday" (but "busiest on Sunday, Dec. 1, and snow from
			// Tuesday evening" is the Tuesday before).
			if s.Weekday != 0 && c.AnchorHere && c.AnchorStarts && c.Anchor.After(pub) && !finish(pick, g, "", false).After(c.Anchor) {
				reach := finish(c.Anchor, c.AnchorGrain, "", false).AddDate(0, 0, 7)
				for i, d := range cands {
					if ends[i].After(c.Anchor) && d.Before(reach) {
						pick = d
						reason = what + " " + why + " after " + anchorName(c) + ", a day ahead named earlier in the sentence, so the first " + name + " after it"
						break
					}
				}
			}
		default:
			pick = nearest(cands, ends, pub)
			reason = what + " " + why + ", so the " + name + " nearest to " + pubName
			// A schedule or forecast runs forward: after a date ahead
			// named earlier in the sentence, a day or month with no tense
			// is not one gone by ("a cold front arrives Sunday night,
			// bringing rain into Monday morning"; "open Oct. 1 and close
			// in mid-January"). Not a period under way ("talks in June"
			// before "the vote on July 1", published in June).
			// (Not what a phrase of "after" and a gerund tells: "would
			// skip next week's Laver Cup ... after losing the final ...
			// on Sunday".)
			if c.AnchorHere && c.Anchor.After(pub) && !finish(pick, g, "", false).After(pub) && !(strings.HasPrefix(c.Cue, "after ") && strings.HasSuffix(c.Cue, "ing")) {
				// Within half a cycle of the anchor's end: "the vote on
				// July 1 follows the May talks" is the May gone by.
				anchorEnd := finish(c.Anchor, c.AnchorGrain, "", false)
				reach := anchorEnd.AddDate(0, 6, 0)
				if s.Weekday != 0 {
					reach = anchorEnd.AddDate(0, 0, 4)
				}
				for i, d := range cands {
					if ends[i].After(c.Anchor) && d.Before(reach) {
						pick = d
						reason = what + " " + why + " after " + anchorName(c) + ", a date ahead named earlier in the sentence, so the first " + name + " ending after it"
						break
					}
				}
			}
		}
	}
	if pick.IsZero() {
		pick = nearest(cands, ends, pub)
		if s.DayOfWeek != 0 && len(cands) == 1 {
			// "Tuesday (Sept 29)", past the publication date in a clause
			// that looks back: the weekday decides the year
			reason = what + ", the one year near " + pubName + " in which it falls on a " + pick.Format("Monday")
		}
	}
	// A day named by tense more than ten months away, when the other reading
	// is within a month, is a deadline or an event just past: "by Jan. 14".
	// (Not when the story has just named the month of the tense's day:
	// "destroyed 31 homes near Santa Clarita last September ... set the
	// blaze shortly before 2 p.m. on Sept. 6" is that September's.)
	if n := nearest(cands, ends, pub); s.Weekday == 0 && g == GrainDay && !s.Strict && !s.This &&
		absDays(pick.Sub(pub)) > 300 && absDays(n.Sub(pub)) <= 31 && !(c.Cue == "since" && s.Holiday == "") && // (what "since" counts from is gone by: "have topped 1,400 since Jan. 1", in December)
		!(!c.MonthNamed.IsZero() && truncate(c.MonthNamed, GrainMonth).Equal(truncate(pick, GrainMonth))) &&
		// (nor when the story is telling a year that holds the tense's
		// day: "2025: the year in review. It began with fire: on Jan. 7",
		// published on 30 December 2025)
		!(c.AnchorGrain == GrainYear && !c.AnchorNamesEvent && c.Tense == TensePast && c.Cue != "have" && c.Cue != "has" && c.Anchor.Year() == pick.Year() && c.Anchor.Year() != n.Year() && pick.Before(pub)) {
		reason += fmt.Sprintf("; but that is %d days away and %s is %d, so the nearer one", absDays(pick.Sub(pub)), n.Format(time.DateOnly), absDays(n.Sub(pub)))
		pick = n
	}
	start, g2 := pick, g
	if s.Holiday != "" {
		if d, hg, ok := holidayDay(s, pick.Year()); ok {
			start, g2 = d, hg
		}
	} else if g == GrainDay {
		start, g2 = withTime(pick, s)
	}
	return start, g2, reason, true
}

// chronologyDay places the day and month s names in the 120 days after
// the story's anchor, or returns the zero time.
func chronologyDay(s Spec, c Context) time.Time {
	a := truncate(c.Anchor, GrainDay)
	for y := a.Year(); y <= a.Year()+1; y++ {
		if s.Day > daysIn(y, s.Month) {
			continue
		}
		d := date(y, s.Month, s.Day)
		if !d.Before(a) && d.Sub(a) <= 120*24*time.Hour {
			return d
		}
	}
	return time.Time{}
}

// scheduleDay places the day and month s names in the 60 days before or
// the 120 days after the story's anchor, the nearest to it, after the
// publication date; or returns the zero time.
func scheduleDay(s Spec, c Context) time.Time {
	a := truncate(c.Anchor, GrainDay)
	var best time.Time
	for y := a.Year() - 1; y <= a.Year()+1; y++ {
		if s.Day > daysIn(y, s.Month) {
			continue
		}
		d := date(y, s.Month, s.Day)
		if d.Before(a.AddDate(0, 0, -60)) || d.After(a.AddDate(0, 0, 120)) || !d.After(c.Published) {
			continue
		}
		if best.IsZero() || absDays(d.Sub(a)) < absDays(best.Sub(a)) {
			best = d
		}
	}
	return best
}

func absDays(d time.Duration) int {
	if d < 0 {
		d = -d
	}
	return int(d.Hours() / 24)
}

// nearest picks the candidate unit closest to pub (containing it, if one
// does); ties go to the earlier one. ends[i] is the end of cands[i].
func nearest(cands, ends []time.Time, pub time.Time) time.Time {
	var best time.Time
	bestD := time.Duration(1 << 62)
	for i, d := range cands {
		f := ends[i]
		var dist time.Duration
		switch {
		case pub.Before(d):
			dist = d.Sub(pub)
		case !pub.Before(f):
			dist = pub.Sub(f) + 24*time.Hour
		}
		if dist < bestD {
			best, bestD = d, dist
		}
	}
	return best
}

// direction turns the direction policy and the clause's tense into -1
// (past), +1 (future) or 0 (nearest), with the words that say why.
func direction(c Context) (int, string) {
	switch c.Direction {
	case Past:
		return -1, "under the Past direction policy"
	case Future:
		return 1, "under the Future direction policy"
	}
	switch c.Tense {
	case TensePast:
		return -1, quoteIn("in a past-tense clause (", c.Cue, ")")
	case TenseFuture:
		return 1, quoteIn("in a future or modal clause (", c.Cue, ")")
	case TensePresent:
		if c.Cue == "ahead of" {
			return 0, `after "ahead of", which sets no direction`
		}
		if n, ok := strings.CutSuffix(c.Cue, " for"); ok && dataNouns.has(n) {
			return 0, quoteIn("as the month a figure measures (", c.Cue, ")")
		}
		if _, term, ok := strings.Cut(c.Cue, " … to … "); ok {
			return 0, quoteIn("as a term ("+term+") set by a request or decision on a day not told (", c.Cue, "), near the publication date")
		}
		if strings.HasPrefix(c.Cue, "for ") || strings.HasPrefix(c.Cue, "until ") {
			return 0, quoteIn("as the day of an event something was done for (", c.Cue, "), near its doing")
		}
		return 0, quoteIn("in a present-tense clause (", c.Cue, ")")
	}
	return 0, "in a clause with no tense to go by"
}

// unanchored writes a TIMEX3 value with X for what only a publication
// date could supply: XXXX-03 for "in March" with no date.
func unanchored(s Spec) string {
	switch {
	case s.Weekday != 0:
		return fmt.Sprintf("XXXX-WXX-%d", s.Weekday)
	case s.Month != 0 && s.Day != 0:
		return fmt.Sprintf("XXXX-%02d-%02d", s.Month, s.Day)
	case s.Month != 0:
		return fmt.Sprintf("XXXX-%02d", s.Month)
	case s.Season != "":
		return "XXXX-" + s.Season
	case s.Quarter != 0:
		return fmt.Sprintf("XXXX-Q%d", s.Quarter)
	}
	return "XXXX"
}

// beforeOrAfter names the direction of a count of units: "before" when
// it is negative.
func beforeOrAfter(n int) string {
	if n < 0 {
		return "before"
	}
	return "after"
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// nthOccurrence finds the nth weekday (or month) s names after the day
// pub (n > 0), or before it (n < 0).
func nthOccurrence(pub time.Time, s Spec) (time.Time, Grain) {
	n, step := int(s.Occurrence), 1
	if n < 0 {
		n, step = -n, -1
	}
	if s.Month != 0 {
		m := truncate(pub, GrainMonth)
		for n > 0 {
			m = m.AddDate(0, step, 0)
			if int(m.Month()) == s.Month {
				n--
			}
		}
		return m, GrainMonth
	}
	d := pub
	for n > 0 {
		d = d.AddDate(0, 0, step)
		if isoWeekday(d) == s.Weekday {
			n--
		}
	}
	return withTime(d, s)
}

// nthPart finds the nth day, week or weekend of the month or year
// starting at start (n < 0: counted from its end). A week belongs to the
// month or year it begins in, counted from the start, and to the one it
// ends in, counted from the end; a weekend to the one its Saturday is in.
func nthPart(start time.Time, g, part Grain, n int) (time.Time, Grain) {
	end := shift(start, g, 1)
	if part == GrainDay {
		if n > 0 {
			return start.AddDate(0, 0, n-1), GrainDay
		}
		return end.AddDate(0, 0, n), GrainDay
	}
	if part == GrainWeekend { // the weekend of the nth (or nth last) Saturday
		if n > 0 {
			first := start.AddDate(0, 0, (6-isoWeekday(start)+7)%7)
			return first.AddDate(0, 0, 7*(n-1)), GrainWeekend
		}
		last := end.AddDate(0, 0, -1)
		last = last.AddDate(0, 0, -((isoWeekday(last) - 6 + 7) % 7))
		return last.AddDate(0, 0, 7*(n+1)), GrainWeekend
	}
	if n > 0 {
		first := start.AddDate(0, 0, (8-isoWeekday(start))%7) // the first Monday
		return first.AddDate(0, 0, 7*(n-1)), GrainWeek
	}
	lastDay := end.AddDate(0, 0, -1)
	lastSunday := lastDay.AddDate(0, 0, -isoWeekday(lastDay)%7)
	return lastSunday.AddDate(0, 0, -6+7*(n+1)), GrainWeek
}
