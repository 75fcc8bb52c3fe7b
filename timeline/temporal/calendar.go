package temporal

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Calendar arithmetic on grains: truncation, shifting, interval ends,
// TIMEX3 formatting and plain-English description. All times are at
// midnight UTC on the civil date they name (wall-clock for GrainTime).

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// civil drops the clock and the zone of a publication time, keeping the
// date as written.
func civil(t time.Time) time.Time { return date(t.Year(), int(t.Month()), t.Day()) }

func isoWeekday(t time.Time) int { return (int(t.Weekday())+6)%7 + 1 }

// truncate returns the start of the grain-sized unit containing t.
func truncate(t time.Time, g Grain) time.Time {
	y, m := t.Year(), int(t.Month())
	switch g {
	case GrainCentury:
		return date(y/100*100, 1, 1)
	case GrainDecade:
		return date(y/10*10, 1, 1)
	case GrainYear:
		return date(y, 1, 1)
	case GrainHalf:
		return date(y, (m-1)/6*6+1, 1)
	case GrainQuarter:
		return date(y, (m-1)/3*3+1, 1)
	case GrainSeason:
		// Winter runs December to February and belongs to December's year.
		switch {
		case m == 12:
			return date(y, 12, 1)
		case m < 3:
			return date(y-1, 12, 1)
		}
		return date(y, (m-3)/3*3+3, 1)
	case GrainMonth:
		return date(y, m, 1)
	case GrainWeek:
		d := civil(t)
		return d.AddDate(0, 0, 1-isoWeekday(d))
	case GrainWeekend:
		d := civil(t)
		return d.AddDate(0, 0, 6-isoWeekday(d))
	case GrainDay, GrainPartOfDay:
		return civil(t)
	}
	return t
}

// shift moves t by n units of grain g.
func shift(t time.Time, g Grain, n int) time.Time {
	switch g {
	case GrainCentury:
		return t.AddDate(100*n, 0, 0)
	case GrainDecade:
		return t.AddDate(10*n, 0, 0)
	case GrainYear:
		return t.AddDate(n, 0, 0)
	case GrainHalf:
		return t.AddDate(0, 6*n, 0)
	case GrainQuarter, GrainSeason:
		return t.AddDate(0, 3*n, 0)
	case GrainMonth:
		return t.AddDate(0, n, 0)
	case GrainWeek, GrainWeekend:
		return t.AddDate(0, 0, 7*n)
	case GrainDay, GrainPartOfDay:
		return t.AddDate(0, 0, n)
	case GrainTime:
		return t.Add(time.Duration(n) * time.Hour)
	}
	return t
}

// partOfDayHours are the clock hours [from, to) of each part of the day.
var partOfDayHours = map[string][2]int{"MO": {0, 12}, "MI": {12, 14}, "AF": {12, 18}, "EV": {18, 24}, "NI": {18, 24}}

// finish returns the end of the grain-sized unit starting at t.
func finish(t time.Time, g Grain, pod string, clock bool) time.Time {
	switch g {
	case GrainWeekend:
		return t.AddDate(0, 0, 2)
	case GrainPartOfDay:
		h := partOfDayHours[pod]
		return civil(t).Add(time.Duration(h[1]) * time.Hour)
	case GrainTime:
		if clock {
			return t.Add(time.Minute)
		}
		return t.Add(time.Hour)
	}
	return shift(t, g, 1)
}

// format writes the TIMEX3 value of the unit of grain g starting at t.
func format(t time.Time, g Grain, pod string, clock bool) string {
	y, m := t.Year(), int(t.Month())
	switch g {
	case GrainCentury:
		return fmt.Sprintf("%02d", y/100)
	case GrainDecade:
		return fmt.Sprintf("%03d", y/10)
	case GrainYear:
		if y >= 1000 && y <= 9999 {
			return strconv.Itoa(y) // the common case, without fmt
		}
		if y <= 0 {
			return fmt.Sprintf("BC%04d", 1-y) // TIMEX2's and HeidelTime's form: 300 BC is BC0300
		}
		return fmt.Sprintf("%04d", y)
	case GrainHalf:
		return fmt.Sprintf("%04d-H%d", y, (m-1)/6+1)
	case GrainQuarter:
		return fmt.Sprintf("%04d-Q%d", y, (m-1)/3+1)
	case GrainSeason:
		return fmt.Sprintf("%04d-%s", y, seasonOf(m))
	case GrainMonth:
		return formatDate(t, "2006-01")
	case GrainWeek, GrainWeekend:
		wy, w := t.ISOWeek()
		if g == GrainWeekend {
			return fmt.Sprintf("%04d-W%02d-WE", wy, w)
		}
		return fmt.Sprintf("%04d-W%02d", wy, w)
	case GrainDay:
		return formatDate(t, "2006-01-02")
	case GrainPartOfDay:
		return formatDate(t, "2006-01-02") + "T" + pod
	case GrainTime:
		if clock {
			return formatDate(t, "2006-01-02T15:04")
		}
		return formatDate(t, "2006-01-02T15")
	}
	return ""
}

func seasonOf(m int) string {
	switch {
	case m >= 3 && m < 6:
		return "SP"
	case m >= 6 && m < 9:
		return "SU"
	case m >= 9 && m < 12:
		return "FA"
	}
	return "WI"
}

var seasonNames = map[string]string{"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
var podNames = map[string]string{"MO": "morning", "MI": "lunchtime", "AF": "afternoon", "EV": "evening", "NI": "night"}

// describe names the unit of grain g starting at t in plain English, for
// Why sentences: "March 2024", "the week of 17 June 2024".
func describe(t time.Time, g Grain, pod string, clock bool) string {
	switch g {
	case GrainCentury:
		return fmt.Sprintf("the %s century", ordinalName(t.Year()/100+1))
	case GrainDecade:
		return fmt.Sprintf("the %ds", t.Year()/10*10)
	case GrainYear:
		return strconv.Itoa(t.Year())
	case GrainHalf:
		return fmt.Sprintf("the %s half of %d", ordinalName((int(t.Month())-1)/6+1), t.Year())
	case GrainQuarter:
		return fmt.Sprintf("Q%d %d", (int(t.Month())-1)/3+1, t.Year())
	case GrainSeason:
		return seasonNames[seasonOf(int(t.Month()))] + " " + strconv.Itoa(t.Year())
	case GrainMonth:
		return formatDate(t, "January 2006")
	case GrainWeek:
		return "the week of " + formatDate(t, "2 January 2006")
	case GrainWeekend:
		return "the weekend of " + formatDate(t, "2 January 2006")
	case GrainDay:
		return formatDate(t, "Monday 2 January 2006")
	case GrainPartOfDay:
		return "the " + podNames[pod] + " of " + formatDate(t, "Monday 2 January 2006")
	case GrainTime:
		if clock {
			return formatDate(t, "15:04 on Monday 2 January 2006")
		}
		return formatDate(t, "15:00 on Monday 2 January 2006")
	}
	return ""
}

// formatDate returns t.Format(layout), written directly for the layouts
// format and describe use (time.Format reads its layout at each call,
// and was a fortieth of Tag's work); other layouts, and years outside
// 0-9999, go to time.Format.
func formatDate(t time.Time, layout string) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format(layout)
	}
	var buf [40]byte
	b := buf[:0]
	switch layout {
	case "2006-01", "2006-01-02", "2006-01-02T15", "2006-01-02T15:04":
		b = append(append4(b, y), '-')
		b = append2(b, int(m))
		if len(layout) >= len("2006-01-02") {
			b = append2(append(b, '-'), d)
		}
		if len(layout) >= len("2006-01-02T15") {
			b = append2(append(b, 'T'), t.Hour())
		}
		if len(layout) == len("2006-01-02T15:04") {
			b = append2(append(b, ':'), t.Minute())
		}
	case "January 2006":
		b = append4(append(append(b, m.String()...), ' '), y)
	case "15:04 on Monday 2 January 2006", "15:00 on Monday 2 January 2006":
		b = append(append2(b, t.Hour()), ':')
		if layout[4] == '4' { // 15:04, not 15:00
			b = append2(b, t.Minute())
		} else {
			b = append(b, "00"...)
		}
		b = append(b, " on "...)
		fallthrough
	case "Monday 2 January 2006":
		b = append(append(b, t.Weekday().String()...), ' ')
		fallthrough
	case "2 January 2006":
		b = append(strconv.AppendInt(b, int64(d), 10), ' ')
		b = append4(append(append(b, m.String()...), ' '), y)
	default:
		return t.Format(layout)
	}
	return string(b)
}

// append4 appends n (0-9999) in four digits, as time.Format writes a year.
func append4(b []byte, n int) []byte {
	return append(b, byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10))
}

// append2 appends n (0-99) in two digits: 01, 15, 04.
func append2(b []byte, n int) []byte { return append(b, byte('0'+n/10), byte('0'+n%10)) }

func ordinalName(n int) string {
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return fmt.Sprintf("%dth", n)
	case n%10 == 1:
		return fmt.Sprintf("%dst", n)
	case n%10 == 2:
		return fmt.Sprintf("%dnd", n)
	case n%10 == 3:
		return fmt.Sprintf("%drd", n)
	}
	return fmt.Sprintf("%dth", n)
}

var grainNouns = map[Grain]string{
	GrainTime: "hour", GrainPartOfDay: "day", GrainDay: "day", GrainWeekend: "weekend",
	GrainWeek: "week", GrainMonth: "month", GrainSeason: "season", GrainQuarter: "quarter",
	GrainHalf: "half-year", GrainYear: "year", GrainDecade: "decade", GrainCentury: "century",
}

// count writes "one year", "3 days".
func count(n int, g Grain) string {
	noun := grainNouns[g]
	if n < 0 {
		n = -n
	}
	if n == 1 {
		return "one " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// period writes an amount of n units of a TIMEX3 duration designator
// ("TM", "D", "W", ...) as a TIMEX3 duration: 15 "TM" is PT15M, 2.5 "Y" is
// P2Y6M (a fraction in the next smaller unit, where there is one).
func period(n float64, code string) string {
	amount := fmt.Sprint(n)
	if whole, frac := int(n), n-float64(int(n)); frac != 0 {
		if next, ok := fractionUnits[code]; ok && whole == 0 {
			return period(float64(int(frac*next.per+0.5)), next.code) // half an hour is PT30M
		} else if ok {
			amount = fmt.Sprintf("%d%s%d", whole, strings.TrimPrefix(code, "T"), int(frac*next.per+0.5))
			code = next.code
		}
	}
	if strings.HasPrefix(code, "T") {
		return "PT" + amount + code[1:]
	}
	return "P" + amount + code
}

// vaguePeriod writes a TIMEX3 duration whose amount is not stated, in
// units of a duration designator: "Y" is PXY ("for years"), "TH" PTXH.
func vaguePeriod(code string) string {
	if strings.HasPrefix(code, "T") {
		return "PTX" + code[1:]
	}
	return "PX" + code
}

// fractionUnits says how a fraction of a unit is written in the next
// smaller one: half a year is 6 months (P..Y6M).
var fractionUnits = map[string]struct {
	code string
	per  float64
}{
	"Y": {"M", 12}, "M": {"D", 30}, "W": {"D", 7}, "TH": {"TM", 60}, "TM": {"TS", 60},
}

// moveBy moves the instant t by n units of a TIMEX3 duration designator,
// forward (sign +1) or back (-1): calendar units by the calendar (a month
// from 31 January is 3 March, as time.AddDate has it), a fraction of one
// in the next smaller unit.
func moveBy(t time.Time, n float64, code string, sign int) time.Time {
	whole := int(n)
	frac := n - float64(whole)
	switch code {
	case "TS":
		return t.Add(time.Duration(float64(sign) * n * float64(time.Second)))
	case "TM":
		return t.Add(time.Duration(float64(sign) * n * float64(time.Minute)))
	case "TH":
		return t.Add(time.Duration(float64(sign) * n * float64(time.Hour)))
	case "D":
		return t.AddDate(0, 0, sign*whole).Add(time.Duration(float64(sign) * frac * float64(24*time.Hour)))
	case "W":
		t = t.AddDate(0, 0, 7*sign*whole)
	case "M":
		t = t.AddDate(0, sign*whole, 0)
	case "Q":
		t = t.AddDate(0, 3*sign*whole, 0)
		return moveBy(t, frac*3, "M", sign)
	case "Y":
		t = t.AddDate(sign*whole, 0, 0)
	}
	if next, ok := fractionUnits[code]; ok && frac != 0 {
		return moveBy(t, frac*next.per, next.code, sign)
	}
	return t
}
