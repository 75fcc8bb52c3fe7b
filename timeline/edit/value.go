package edit

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Date is a date or range set by hand: a TIMEX3-style value and the
// half-open interval [Start, End) it covers, at a grain (day, week, month,
// season, quarter, half, year, decade, century).
type Date struct {
	Value string    `json:"value"`
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
	Grain string    `json:"grain,omitempty"`
}

var (
	yearRe    = regexp.MustCompile(`^(\d{4})$`)
	monthRe   = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	dayRe     = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
	weekRe    = regexp.MustCompile(`^(\d{4})-W(\d{2})$`)
	seasonRe  = regexp.MustCompile(`^(\d{4})-(SP|SU|FA|WI)$`)
	partRe    = regexp.MustCompile(`^(\d{4})-([QH])(\d)$`)
	decadeRe  = regexp.MustCompile(`^(\d{3})$`)
	centuryRe = regexp.MustCompile(`^(\d{2})$`)
)

// seasonStart is the first month of each season (meteorological seasons,
// as the tagger resolves them; winter runs into the next year).
var seasonStart = map[string]time.Month{"SP": time.March, "SU": time.June, "FA": time.September, "WI": time.December}

// ParseValue turns a TIMEX3 date value into the interval it covers, in
// loc: 2024, 2024-06, 2024-06-12, 2024-W25, 2024-SU, 2024-Q3, 2024-H2,
// 202 (the 2020s), 20 (the years 2000-2099) and a range FROM/TO of two of those ("2024-06/2024-08" covers June to
// August). The grain of a range is that of its start.
func ParseValue(value string, loc *time.Location) (Date, error) {
	if loc == nil {
		loc = time.UTC
	}
	v := strings.TrimSpace(value)
	if from, to, ok := strings.Cut(v, "/"); ok {
		a, err := ParseValue(from, loc)
		if err != nil {
			return Date{}, err
		}
		b, err := ParseValue(to, loc)
		if err != nil {
			return Date{}, err
		}
		if !b.End.After(a.Start) {
			return Date{}, fmt.Errorf("%q: the range ends before it starts", value)
		}
		return Date{Value: a.Value + "/" + b.Value, Start: a.Start, End: b.End, Grain: a.Grain}, nil
	}
	num := func(s string) int { n, _ := strconv.Atoi(s); return n }
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, loc) }
	d := Date{Value: v}
	switch {
	case yearRe.MatchString(v):
		y := num(v)
		d.Start, d.End, d.Grain = day(y, 1, 1), day(y+1, 1, 1), "year"
	case monthRe.MatchString(v):
		g := monthRe.FindStringSubmatch(v)
		m := num(g[2])
		if m < 1 || m > 12 {
			return Date{}, fmt.Errorf("%q: no month %d", value, m)
		}
		d.Start, d.Grain = day(num(g[1]), time.Month(m), 1), "month"
		d.End = d.Start.AddDate(0, 1, 0)
	case dayRe.MatchString(v):
		t, err := time.ParseInLocation("2006-01-02", v, loc)
		if err != nil {
			return Date{}, fmt.Errorf("%q: no such day", value)
		}
		d.Start, d.End, d.Grain = t, t.AddDate(0, 0, 1), "day"
	case weekRe.MatchString(v):
		g := weekRe.FindStringSubmatch(v)
		y, w := num(g[1]), num(g[2])
		if w < 1 || w > 53 {
			return Date{}, fmt.Errorf("%q: no week %d", value, w)
		}
		// ISO week 1 is the week holding 4 January; weeks start on Monday.
		jan4 := day(y, 1, 4)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		d.Start, d.Grain = monday.AddDate(0, 0, 7*(w-1)), "week"
		d.End = d.Start.AddDate(0, 0, 7)
	case seasonRe.MatchString(v):
		g := seasonRe.FindStringSubmatch(v)
		d.Start, d.Grain = day(num(g[1]), seasonStart[g[2]], 1), "season"
		d.End = d.Start.AddDate(0, 3, 0)
	case partRe.MatchString(v):
		g := partRe.FindStringSubmatch(v)
		n, months, grain := num(g[3]), 3, "quarter"
		if g[2] == "H" {
			months, grain = 6, "half"
		}
		if n < 1 || n > 12/months {
			return Date{}, fmt.Errorf("%q: no %s %d", value, grain, n)
		}
		d.Start, d.Grain = day(num(g[1]), time.Month(1+months*(n-1)), 1), grain
		d.End = d.Start.AddDate(0, months, 0)
	case decadeRe.MatchString(v):
		y := num(v) * 10
		d.Start, d.End, d.Grain = day(y, 1, 1), day(y+10, 1, 1), "decade"
	case centuryRe.MatchString(v):
		y := num(v) * 100
		d.Start, d.End, d.Grain = day(y, 1, 1), day(y+100, 1, 1), "century"
	default:
		return Date{}, fmt.Errorf("%q is not a date value (want 2024, 2024-06, 2024-06-12, 2024-W25, 2024-SU, 2024-Q3, 2024-H2, 202, or FROM/TO)", value)
	}
	return d, nil
}

// FormatValue writes the TIMEX3 value of an interval: a whole day, month
// or year as 2024-06-12, 2024-06 or 2024; anything else as a range of days
// FROM/TO (the last day included).
func FormatValue(start, end time.Time) string {
	midnight := func(t time.Time) bool {
		return t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0
	}
	if !midnight(start) || !midnight(end) {
		return start.Format("2006-01-02T15:04") + "/" + end.Format("2006-01-02T15:04")
	}
	switch {
	case start.AddDate(0, 0, 1).Equal(end):
		return start.Format("2006-01-02")
	case start.Day() == 1 && start.AddDate(0, 1, 0).Equal(end):
		return start.Format("2006-01")
	case start.YearDay() == 1 && start.AddDate(1, 0, 0).Equal(end):
		return start.Format("2006")
	}
	return start.Format("2006-01-02") + "/" + end.AddDate(0, 0, -1).Format("2006-01-02")
}

// normalize completes a Date given by value only (Start zero) or by its
// interval only (Value empty) and checks that it is a forward interval.
func (d Date) normalize(loc *time.Location) (Date, error) {
	if d.Start.IsZero() {
		if d.Value == "" {
			return Date{}, fmt.Errorf("a date needs a value or a start and end")
		}
		p, err := ParseValue(d.Value, loc)
		if err != nil {
			return Date{}, err
		}
		if d.Grain != "" {
			p.Grain = d.Grain
		}
		return p, nil
	}
	if !d.End.After(d.Start) {
		return Date{}, fmt.Errorf("the date ends (%s) before it starts (%s)", d.End.Format(time.DateOnly), d.Start.Format(time.DateOnly))
	}
	if d.Value == "" {
		d.Value = FormatValue(d.Start, d.End)
	}
	if d.Grain == "" {
		if p, err := ParseValue(d.Value, d.Start.Location()); err == nil {
			d.Grain = p.Grain
		} else {
			d.Grain = "day"
		}
	}
	return d, nil
}
