// Package temporal finds temporal expressions in English news text and
// normalises them to TIMEX3 values.
//
// Tagging runs in two phases, as HeidelTime does: rules (a registry of
// struct literals, see rules.go) extract an underspecified value from the
// words ("month=3, year implied"), then one pure function, Resolve, fixes it
// against the publication date and the tense of the clause it stands in.
package temporal

import (
	"strings"
	"time"
)

// Type is the TIMEX3 type of an expression.
type Type string

// The four TIMEX3 types.
const (
	Date     Type = "DATE"
	Time     Type = "TIME"
	Duration Type = "DURATION"
	Set      Type = "SET"
)

// Grain is the size of the unit an expression names.
type Grain int

// Grains from the finest to the coarsest.
const (
	GrainNone Grain = iota
	GrainTime
	GrainPartOfDay
	GrainDay
	GrainWeekend
	GrainWeek
	GrainMonth
	GrainSeason
	GrainQuarter
	GrainHalf
	GrainYear
	GrainDecade
	GrainCentury
)

var grainNames = [...]string{"", "time", "partofday", "day", "weekend", "week", "month", "season", "quarter", "half", "year", "decade", "century"}

// String returns the grain's lower-case name ("day", "season", ...).
func (g Grain) String() string {
	if int(g) < len(grainNames) {
		return grainNames[g]
	}
	return ""
}

// Tense is the tense (or modality) of the clause an expression stands in;
// it decides the direction of an underspecified date.
type Tense int

// Tenses recognised in a clause.
const (
	TenseUnknown Tense = iota
	TensePast
	TensePresent
	TenseFuture
)

func (t Tense) String() string {
	return [...]string{"unknown", "past", "present", "future"}[t]
}

// Direction is the policy for dates that name no year (or week, ...):
// "in March", "on Friday".
type Direction int

// Direction policies. ByTense is what news reading needs and is the default.
const (
	ByTense Direction = iota
	Past
	Future
)

// Occasion reports whether the expression names an occasion by its name
// ("Easter", "Eid al-Adha 2024", "Thanksgiving morning"): its words are
// also the name of the event, which a label keeps.
func (t Timex) Occasion() bool {
	return strings.HasPrefix(t.Rule, holidayRuleName)
}

// Timex is one temporal expression found in a text.
type Timex struct {
	Start, End int    // byte offsets into the tagged text, end exclusive
	Text       string // text[Start:End]
	Type       Type
	Value      string // TIMEX3 value: 2024-06-12, 2024-W25, 2024-SU, 2023, PAST_REF, P3Y, ...
	Mod        string // TIMEX3 mod: START, MID, END, BEFORE, AFTER, ON_OR_AFTER, APPROX, ...
	Quant      string // for SET: EVERY, EACH, ...
	Freq       string // for SET: how often in each period, as TIMEX3 writes it ("8X": eight times a year)
	Grain      Grain
	// Begin and Finish bound the half-open interval [Begin, Finish) the
	// expression covers; both are zero when it cannot be placed on a time
	// axis (durations, sets, vague references such as "recently").
	Begin, Finish time.Time
	Tense         Tense  // tense of the clause, as detected
	Rule          string // name of the rule that matched
	Why           string // one sentence a reader can check: how the value was worked out
	// Offset is set when the words count an amount of time from the moment
	// of publication; it is nil for every other expression.
	Offset *Offset
	// Signal is the preposition just before the expression that relates it
	// to its event, lower-cased, as TimeML's SIGNAL: "by" (a deadline: by
	// then, at the latest), "before", "after", "since", "until", "till",
	// "within"; "" for any other word. It is not part of the extent.
	Signal string
	// HourOnly: a clock time stated to the hour ("2 p.m.", "tonight at
	// 8"), not to the minute ("2:00 p.m.", "14:30"). The value is written
	// to the minute all the same (T14:00), as TimeML does.
	HourOnly bool
	// Compared: the period a change is measured against ("rose 5% from a
	// year earlier"), placed but not the time of anything that happened
	// (a figure's own period, "$461 million a year earlier", is not
	// Compared).
	Compared bool
}

// Offset anchors an expression on the moment of publication
// (Options.Published, clock included), as TIMEX3's beginPoint and endPoint
// attributes anchor a duration on the document time: "in 15 minutes",
// "three weeks from now", "two days ago", "the next three days", "the last
// two weeks". The expression keeps its TimeML value ("in 15 minutes" is the
// DURATION PT15M, "two days ago" the DATE it falls on); Offset says where
// the amount leads from the moment of publication.
type Offset struct {
	Amount string    // the amount counted, as a TIMEX3 duration: PT15M, P2D, P3W
	Back   bool      // counted back into the past ("ago", "the last two weeks")
	At     time.Time // the instant reached: Published moved by Amount, to the second
	// Span: the words name the whole stretch between publication and At
	// ("the next three days": TIMEX3 beginPoint is the document time), not
	// only the point at its far end ("in three days", "three days ago").
	Span bool
}

// Placeable reports whether the expression covers a known interval.
func (t Timex) Placeable() bool { return !t.Begin.IsZero() && t.Finish.After(t.Begin) }

// Options configure tagging.
type Options struct {
	Published time.Time // the document creation time (anchor of deictic expressions)
	Direction Direction // how to resolve dates that name no year
}
