// Command timexlines is an evaluation helper, not part of the product: it
// tags isolated expressions, one JSON case per input line
// ({"id", "text", "ref", "kind"}), each against its own reference time, and
// prints one prediction per line ({"id", "value"}) in the form
// score_expr.py reads. It exists because running "dateline tag" once per
// expression would measure process start-up, not the tagger.
//
// The tagger writes TimeML (TIMEX3) values; Duckling's corpus writes its
// own conventions. This adapter maps one to the other, and only from what
// the Timex carries (it never reads the text again). The widest expression
// found stands for the case; where none of the cases below applies, the
// TIMEX3 value is the prediction (weeks 2013-W07 and quarters 2013-Q1 are
// written alike by both).
//
//   - An offset from the reference time ("in 15 minutes", "7 days ago",
//     "two years hence"; Timex.Offset without Span): TIMEX3 gives the
//     DURATION PT15M or the DATE 2013-02-05; Duckling gives the instant
//     Offset.At written one grain finer than the finest unit counted:
//     seconds for minutes (2013-02-12T04:45:00), minutes for hours, the
//     hour for days (2013-02-05T04), the day for weeks and months
//     (2012-11-12), the month for quarters and years (2011-02); the day
//     when the Timex names a day ("3 years from today": 2016-02-12).
//   - A stretch counted from the reference time ("next 3 days", "last 2
//     weeks"; Offset.Span): TIMEX3 gives the DURATION P3D (anchored by
//     beginPoint/endPoint); Duckling gives the whole units after (or
//     before) the current one, written at the unit's grain with an
//     exclusive end: 2013-02-13/2013-02-16, 2013-W05/2013-W07.
//   - PRESENT_REF ("now", "right now"): Duckling gives the reference
//     instant to the second.
//   - A clock time stated to the hour ("3pm tomorrow"; Timex.HourOnly):
//     TIMEX3 writes 2013-02-13T15:00, Duckling 2013-02-13T15.
//   - An interval case ("kind": "interval"): Duckling writes
//     start/end, end exclusive; the adapter writes Timex.Begin/Finish, to
//     the hour for times and parts of the day (to the minute, the end one
//     minute on, when a bound is off the hour: Earth Hour), to the month
//     for a part of a year that is whole months ("the end of 2012":
//     2012-09/2013-01), else to the day.
//   - A deadline (Timex.Signal "by": "by 2:00pm", "by the end of the
//     month"), in an interval case: TIMEX3 leaves "by" out of the
//     expression (it is a SIGNAL); Duckling gives the interval from the
//     reference instant to the start of a clock time, or to the end of a
//     longer unit, to the second.
//   - Two expressions the words join into one span ("1960 - 1961";
//     temporal.Stretches), in an interval case: TIMEX3 tags two; Duckling
//     gives the span, at their grain, end exclusive (1960/1962).
//   - A weekend, in an interval case: TIMEX3 (and the tagger) take
//     Saturday and Sunday; Duckling's weekend runs from Friday 18:00 to
//     Monday 00:00.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/dateline-app/dateline/timeline/temporal"
)

type testCase struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	Ref  string `json:"ref"`
	Kind string `json:"kind"`
}

type prediction struct {
	ID    string  `json:"id"`
	Value *string `json:"value"`
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	enc := json.NewEncoder(os.Stdout)
	for in.Scan() {
		var c testCase
		if err := json.Unmarshal(in.Bytes(), &c); err != nil {
			fmt.Fprintln(os.Stderr, "timexlines:", err)
			os.Exit(1)
		}
		ref, err := time.Parse(time.RFC3339, c.Ref)
		if err != nil {
			fmt.Fprintln(os.Stderr, "timexlines:", c.ID, err)
			os.Exit(1)
		}
		p := prediction{ID: c.ID}
		xs := temporal.Tag(c.Text, temporal.Options{Published: ref})
		if v, ok := stretch(c.Text, xs, c.Kind == "interval"); ok {
			p.Value = &v
		} else if t, ok := widest(xs); ok {
			v := duckling(t, ref, c.Kind == "interval")
			p.Value = &v
		}
		enc.Encode(p)
	}
}

// duckling writes a Timex in Duckling's conventions (see the package
// comment).
func duckling(t temporal.Timex, ref time.Time, interval bool) string {
	switch {
	case t.Offset != nil && t.Offset.Span:
		n, u := lastUnit(t.Offset.Amount)
		start := truncate(ref, u)
		var from, to time.Time
		if t.Offset.Back {
			from, to = add(start, u, -n), start
		} else {
			from, to = add(start, u, 1), add(start, u, n+1)
		}
		return write(from, u) + "/" + write(to, u)
	case t.Offset != nil:
		_, u := lastUnit(t.Offset.Amount)
		if t.Grain == temporal.GrainDay && (u == "Y" || u == "M" || u == "W") {
			return write(t.Offset.At, "D") // "3 years from today" names a day
		}
		return write(t.Offset.At, finer[u])
	case interval && t.Signal == "by" && t.Placeable():
		end := t.Finish // by the end of the month: until it is over
		if t.Grain == temporal.GrainTime {
			end = t.Begin // by 2 p.m.: until it strikes
		}
		return write(ref, "S") + "/" + write(end, "S") // Begin and Finish are wall-clock times
	case t.Value == "PRESENT_REF":
		return write(ref, "S")
	case interval && t.Grain == temporal.GrainWeekend && t.Placeable():
		return t.Begin.Add(-6*time.Hour).Format(layouts["H"]) + "/" + t.Finish.Format(layouts["H"])
	case interval && t.Placeable():
		l := layouts["D"]
		switch {
		case t.Grain == temporal.GrainTime && (t.Begin.Minute() != 0 || t.Finish.Minute() != 0):
			// Earth Hour, 20:30 to 21:30: to the minute, and Duckling
			// writes the last minute included, so the end one past it
			return t.Begin.Format(layouts["MI"]) + "/" + t.Finish.Add(time.Minute).Format(layouts["MI"])
		case t.Grain == temporal.GrainTime || t.Grain == temporal.GrainPartOfDay:
			l = layouts["H"]
		case t.Grain >= temporal.GrainYear && t.Mod != "" && t.Begin.Day() == 1 && t.Finish.Day() == 1:
			l = layouts["M"] // "the end of 2012": September to December
		}
		return t.Begin.Format(l) + "/" + t.Finish.Format(l)
	case t.HourOnly:
		return write(t.Begin, "H")
	}
	return t.Value
}

// stretch writes, for an interval case made of two expressions the words
// join ("1960 - 1961", "from 9 to 11am"; temporal.Stretches), the span
// from the start of the one to the end of the other, at their grain. Other
// expressions may stand beside the two only as the day or longer unit that
// holds the span ("this Thu 9-11am").
func stretch(text string, xs []temporal.Timex, interval bool) (string, bool) {
	if !interval || len(xs) < 2 {
		return "", false
	}
	st := temporal.Stretches(text, xs)
	if len(st) != 1 {
		return "", false
	}
	for i, x := range xs {
		if i != st[0].From && i != st[0].To && !(x.Placeable() && !x.Begin.After(st[0].Begin) && !x.Finish.Before(st[0].Finish)) {
			return "", false
		}
	}
	a, b := xs[st[0].From], xs[st[0].To]
	l := layouts["D"]
	switch g := a.Grain; {
	case g == temporal.GrainTime && (a.Begin.Minute() != 0 || b.Begin.Minute() != 0):
		// to the minute, the last minute included (as for Earth Hour)
		return st[0].Begin.Format(layouts["MI"]) + "/" + b.Begin.Add(time.Minute).Format(layouts["MI"]), true
	case g == temporal.GrainTime:
		return st[0].Begin.Format(layouts["H"]) + "/" + b.Begin.Add(time.Hour).Format(layouts["H"]), true
	case g == temporal.GrainPartOfDay:
		l = layouts["H"]
	case g == temporal.GrainMonth:
		l = layouts["M"]
	case g >= temporal.GrainYear:
		l = layouts["Y"]
	}
	return st[0].Begin.Format(l) + "/" + st[0].Finish.Format(l), true
}

// write writes t at the grain of unit u, as Duckling does: 2013-W07 for a
// week, 2013-Q1 for a quarter.
func write(t time.Time, u string) string {
	switch u {
	case "W":
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case "Q":
		return fmt.Sprintf("%04d-Q%d", t.Year(), (int(t.Month())-1)/3+1)
	}
	return t.Format(layouts[u])
}

// Units of an Offset's amount, by their TIMEX3 designator (time units
// spelled S, MI, H here), the layout Duckling writes each grain in, and
// the grain one finer than each.
var (
	layouts = map[string]string{
		"S": "2006-01-02T15:04:05", "MI": "2006-01-02T15:04", "H": "2006-01-02T15",
		"D": "2006-01-02", "M": "2006-01", "Y": "2006",
	}
	finer = map[string]string{"S": "S", "MI": "S", "H": "MI", "D": "H", "W": "D", "M": "D", "Q": "M", "Y": "M"}
)

// lastUnit reads the finest unit of a TIMEX3 duration and the count of it
// ("P3D" is 3 "D", "PT2H30M" 30 "MI").
func lastUnit(p string) (int, string) {
	timePart := strings.Contains(p, "T")
	p = strings.TrimLeft(p, "PT")
	n, u := 0, ""
	for _, r := range p {
		switch {
		case r >= '0' && r <= '9':
			if u != "" {
				n, u = 0, ""
			}
			n = n*10 + int(r-'0')
		case r == 'T':
		default:
			u = string(r)
		}
	}
	if timePart {
		u = map[string]string{"S": "S", "M": "MI", "H": "H"}[u]
	}
	return n, u
}

// truncate and add work at the grain of a unit, in the reference time's
// zone.
func truncate(t time.Time, u string) time.Time {
	y, m, d := t.Date()
	switch u {
	case "S":
		return t.Truncate(time.Second)
	case "MI":
		return time.Date(y, m, d, t.Hour(), t.Minute(), 0, 0, t.Location())
	case "H":
		return time.Date(y, m, d, t.Hour(), 0, 0, 0, t.Location())
	case "W":
		return time.Date(y, m, d-(int(t.Weekday())+6)%7, 0, 0, 0, 0, t.Location())
	case "M":
		return time.Date(y, m, 1, 0, 0, 0, 0, t.Location())
	case "Q":
		return time.Date(y, (m-1)/3*3+1, 1, 0, 0, 0, 0, t.Location())
	case "Y":
		return time.Date(y, 1, 1, 0, 0, 0, 0, t.Location())
	}
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

func add(t time.Time, u string, n int) time.Time {
	switch u {
	case "S":
		return t.Add(time.Duration(n) * time.Second)
	case "MI":
		return t.Add(time.Duration(n) * time.Minute)
	case "H":
		return t.Add(time.Duration(n) * time.Hour)
	case "W":
		return t.AddDate(0, 0, 7*n)
	case "M":
		return t.AddDate(0, n, 0)
	case "Q":
		return t.AddDate(0, 3*n, 0)
	case "Y":
		return t.AddDate(n, 0, 0)
	}
	return t.AddDate(0, 0, n)
}

// widest picks the longest expression found: the one that stands for the
// whole case.
func widest(ts []temporal.Timex) (temporal.Timex, bool) {
	var best temporal.Timex
	for _, t := range ts {
		if t.End-t.Start > best.End-best.Start {
			best = t
		}
	}
	return best, len(ts) > 0
}
