package temporal

import "time"

// Anchor says what a relative expression counts from.
type Anchor int

// Anchors of an expression.
const (
	// Absolute: the expression places itself ("12 June 2024", "1998"), or
	// names a calendar position whose year the direction policy supplies
	// ("in March", "on Friday").
	Absolute Anchor = iota
	// Now: deictic, counted from the publication date ("yesterday",
	// "last year", "three weeks ago").
	Now
	// Story: narrative, counted from the last date the text mentioned
	// ("the next day", "two days later", "that week").
	Story
)

// Spec is what a rule extracts from the words: an underspecified value.
// Stated fields are non-zero; the rest is implied and left to Resolve.
type Spec struct {
	Type  Type
	Grain Grain

	// Calendar fields as stated; zero when not stated.
	Year, Month, Day int
	Weekday          int // ISO: Monday 1 .. Sunday 7
	// DayOfWeek: the weekday written beside a day and month ("Wednesday
	// 11 June"); with no year stated it picks the year it falls on.
	DayOfWeek int
	Nth       int    // with Month and Weekday: the nth such weekday of the month (-1: the last)
	Holiday   string // a named holiday (holidays.go), by holidayKey of its first name
	// With Holiday: Days counts days from it ("three days after Easter");
	// Weekday and Nth count weekdays after it (Nth < 0: before; "the
	// third Tuesday after Christmas").
	Days          int
	Months        int    // with Holiday: months counted from it ("a year after Christmas" is 12)
	Quarter, Half int    // 1..4, 1..2
	Season        string // SP, SU, FA, WI
	Decade        int    // TIMEX3 decade prefix: 199 for the 1990s
	Century       int    // TIMEX3 century prefix: 18 for the 19th century
	PartOfDay     string // MO, AF, EV, NI
	Hour, Minute  int
	Clock         bool // Hour and Minute are stated

	// Relative expressions: Shift units of ShiftUnit from the anchor
	// ("last year" is Now, -1 year; "two days later" is Story, +2 days).
	Anchor    Anchor
	Shift     int
	ShiftUnit Grain
	// KeepGrain: a shift by years that inherits the grain of the last date
	// mentioned when it is finer ("a year earlier" after "the third
	// quarter" is the third quarter of the year before).
	KeepGrain bool
	// EventAgo: with KeepGrain, "a year ago" as the time of an event ("A
	// year ago, employers were adding"), not of a figure ("$6.1 million a
	// year ago"): a year before the publication date, whatever the grain
	// of the last date mentioned.
	EventAgo bool
	// Record: the season of a record ("the wettest spring on record"), a
	// measure of the year, not the time the story moves to: it does not
	// anchor what follows.
	Record bool
	// Comparison: "year-ago", "year-earlier" as adjectives of a financial
	// report compare with the period being reported (the latest one
	// mentioned within a year of publication), not with whatever date
	// came last ("the 1988 period. The year-ago results ..." is 1988).
	Comparison bool
	// SamePeriod: "the 1988 period", "the 1988 quarter": with Comparison,
	// the period being reported (a month, quarter or half), in the year
	// stated.
	SamePeriod bool
	// Reported: "the full year", "the fiscal year": with Comparison, the
	// year of the period being reported, or of publication when the text
	// reports none; never a year named only in passing.
	Reported bool
	// OfFigure: "a year earlier" after a figure ("$2.04 billion a year
	// earlier", "up from a loss a year earlier"): the figure's period a
	// year before, when the last date mentioned is a day (the day of the
	// report), not a period.
	OfFigure bool
	// Versus: with Comparison, the period a change is measured against
	// ("up 5% from a year earlier"), which names no time anything
	// happened (Timex.Compared); not the year-ago figure's own period
	// ("$461 million a year earlier").
	Versus bool
	// DayNamed: a clock time joined to a day the words name ("9 tonight",
	// "today at 2pm"): it does not fall back on the day last mentioned.
	DayNamed bool
	// FirstAfter: with Holiday and a Now shift, the first occurrence on
	// or after the shifted date ("Thanksgiving in nine months"), not the
	// one in the shifted year ("Thanksgiving of next year").
	FirstAfter bool
	// Latest: the last complete unit before publication ("the latest
	// quarter").
	Latest bool
	// Strict: with Shift -1/+1 on a named position, "last March" and "next
	// Friday" skip the current one.
	Strict bool
	// Possessive: "Wednesday's ruling", "Thursday's close": news names a
	// day in the possessive for what already happened on it, so the day is
	// the last one, whatever the clause's tense.
	Possessive bool
	// PossessiveEvent: the noun after the possessive day names an event
	// set for it ("Monday's meeting"), which a future clause puts ahead.
	PossessiveEvent bool
	// PossessiveAwaited: the day in the possessive is that of a thing
	// waited for ("investors waited for Friday's jobs report", "looking
	// ahead to Friday's data"): the first such day on or after
	// publication, whatever the tense of the waiting.
	PossessiveAwaited bool
	// This: "this March", "this summer", "this Friday": the named position
	// inside the current year (week for weekdays).
	This bool
	// Occurrence: with Weekday (or Month), the nth one after the
	// publication date (n > 0: "3 Fridays from now", "Friday after next")
	// or before it (n < 0: "2 Thursdays ago").
	Occurrence int8
	// PartNth, Part: the nth day, week or weekend (Part) of the month or
	// year the other fields name; counted from its end when negative ("the
	// last day of October", "the third last week of 2018"). A week of a
	// month is one that begins in it (counted from the end: one that ends
	// in it); a weekend, one whose Saturday is in it.
	PartNth int8
	Part    Grain

	// Vague references (PAST_REF, PRESENT_REF, FUTURE_REF); Ahead and
	// AheadUnit give "the coming weeks" a range from publication.
	Ref       string
	Ahead     int
	AheadUnit Grain

	// DURATION and SET values (P3Y, PXW, P1M) and the SET quantifier.
	Period string
	Quant  string
	Freq   string // "2X": twice a period

	Mod string
	// Bounded: "earlier this year", "later this month": the part of the
	// unit before (Mod START) or after (Mod END) the publication date.
	Bounded bool

	// Offsets from the moment of publication ("in 15 minutes", "two days
	// ago", "the next three days"): FromNow is +1 (forward) or -1 (back),
	// Count units of CountCode (a TIMEX3 duration designator: "TM", "D",
	// "W", ...) are counted, and Span says the words name the whole
	// stretch, not only its far end.
	FromNow int8
	Span    bool
	// HourOnly: a clock time stated to the hour only ("2 p.m.").
	HourOnly bool
	// Meridiem: a.m. or p.m. was stated, so a part of the day beside the
	// clock time ("tonight at 8") does not move it to the afternoon.
	Meridiem  bool
	Count     float64
	CountCode string
	// Within: "the week of March 6": the unit of this grain that holds
	// the date named.
	Within Grain
}

// Context is what Resolve resolves against.
type Context struct {
	Published time.Time // the anchor of deictic expressions
	Direction Direction
	Tense     Tense
	Cue       string // the word that decided Tense ("used", "will")

	// The last date mentioned before the expression (narrative anchor);
	// zero Anchor means none, and the publication date stands in.
	Anchor      time.Time
	AnchorGrain Grain
	AnchorText  string
	// MonthNamed: the last date before the expression whose words named
	// its month ("Dec. 12", "in March"), the month of a bare day of the
	// month ("on the 15th"); zero when none.
	MonthNamed     time.Time
	MonthNamedText string
	// AnchorBefore: the anchor was named in the sentence before;
	// AnchorTwoBack: in the one before that; AnchorStarts: after "from",
	// "starting" or "beginning", as the start of a span or a plan.
	AnchorBefore, AnchorTwoBack, AnchorStarts bool
	// AnchorHere: the anchor was named earlier in the same sentence;
	// AnchorNamesEvent: as the year in a name ("the 2026 Oscars");
	// AnchorOpens: a year that opens the sentence ("In 2025, the flowers
	// opened on March 24", "Last year, ... on June 17") or a clause of
	// its own that follows it ("most recently in 2023, when the budget
	// was signed on Aug. 3").
	AnchorHere, AnchorNamesEvent, AnchorOpens bool
	// AnchorAside: the anchor stands in an aside or a life's dates ("Smith,
	// born on March 3, 1950, died on March 20"): no chronology runs on
	// from it.
	AnchorAside bool
	// AnchorOtherClause: a clause of its own, after ", and", stands
	// between the anchor and the expression ("A hearing is set for Jan.
	// 9, 2026, and his co-defendant will be sentenced on April 15").
	AnchorOtherClause bool
	// AnchorNight: the anchor, a day, was named with an evening, a night
	// or a clock time from 6 p.m. ("on Thursday night"): the small hours
	// after it are the next day's.
	AnchorNight bool
	// AnchorEvent: the anchor is the day of the last event told, standing
	// in for a later day on which it was reported ("turned back on
	// Wednesday night ..., the airline said on Thursday. It landed at 9:52
	// p.m.").
	AnchorEvent bool
	// AnchorLead: the anchor is the day the story leads with, the
	// publication day ("Stocks slipped on Monday ... capped by the jobs
	// report on Friday. The S&P 500 was down 0.4% at 10 a.m. ET"): a clock
	// time of what is or was, after a day named since in an aside or of
	// another event.
	AnchorLead bool
	// AnchorVote: the anchor is the day of the vote last named, for the
	// hours of its polls ("the local elections on May 7. ... Polls will be
	// open from 7am to 10pm"), however far ahead.
	AnchorVote bool
}

// bareClock reports whether s is a clock time with no day of its own
// ("at 4 p.m."), which takes its day from the words around it.
func (s *Spec) bareClock() bool {
	return s.Clock && s.Anchor == Now && s.Weekday == 0 && s.Day == 0 && s.Shift == 0 && !s.DayNamed
}

// bareWeekday reports whether s is a weekday alone ("Friday", "Friday
// night"), which tense or the days named around it place: no month,
// shift, "this", "next", occurrence, possessive, nth or holiday.
func (s *Spec) bareWeekday() bool {
	return s.Weekday != 0 && s.Month == 0 && s.Shift == 0 && s.Anchor == Absolute && !s.Strict && !s.This &&
		s.Occurrence == 0 && !s.Possessive && s.Nth == 0 && s.Holiday == ""
}

// pinWeekday puts s, a bare weekday, on the day d, which falls on it.
func (s *Spec) pinWeekday(d time.Time) {
	s.DayOfWeek, s.Weekday = s.Weekday, 0
	s.Year, s.Month, s.Day = d.Year(), int(d.Month()), d.Day()
}

// onDay is the clock time k put on the day of d.
func onDay(k Spec, d time.Time) Spec {
	return Spec{Type: Time, Grain: GrainTime, Clock: true, Hour: k.Hour, Minute: k.Minute, HourOnly: k.HourOnly,
		Meridiem: k.Meridiem, Year: d.Year(), Month: int(d.Month()), Day: d.Day()}
}
