package render

import (
	"fmt"
	"math"
	"time"
)

// tickStep is one candidate spacing of axis ticks.
type tickStep struct {
	unit   string // what the labels count
	months int    // step in months, or
	days   int    // step in days
}

// tickSteps from the finest to the coarsest; the axis takes the first whose
// ticks stand at least minTickGap apart, so labels change from days to weeks,
// months, quarters, years, decades, centuries and millennia as one zooms
// out.
var tickSteps = []tickStep{
	{"day", 0, 1}, {"day", 0, 2}, {"week", 0, 7}, {"week", 0, 14},
	{"month", 1, 0}, {"quarter", 3, 0}, {"half", 6, 0},
	{"year", 12, 0}, {"year", 24, 0}, {"year", 60, 0},
	{"decade", 120, 0}, {"decade", 240, 0}, {"decade", 600, 0},
	{"century", 1200, 0}, {"century", 2400, 0}, {"century", 6000, 0},
	{"millennium", 12000, 0}, {"millennium", 24000, 0}, {"millennium", 60000, 0},
}

const minTickGap = 74.0

// approx is the step's length in seconds.
func (s tickStep) approx() float64 {
	if s.months > 0 {
		return float64(s.months) * 30 * 24 * 3600
	}
	return float64(s.days) * 24 * 3600
}

// floor returns the first tick at or before t.
func (s tickStep) floor(t time.Time) time.Time {
	t = t.UTC()
	switch {
	case s.months >= 12:
		// Ticks stand on round years of the era: 200 BC, 100 BC, AD 100
		// (there is no year 0; time counts 1 BC as year 0, 2 BC as -1).
		years := s.months / 12
		y := t.Year()
		if y >= 1 && y < years {
			return time.Date(1-years, 1, 1, 0, 0, 0, 0, time.UTC) // AD 50 in steps of 100: 100 BC
		}
		if y <= 0 {
			bc := 1 - y // the year BC
			bc += mod(-bc, years)
			return time.Date(1-bc, 1, 1, 0, 0, 0, 0, time.UTC)
		}
		return time.Date(y-mod(y, years), 1, 1, 0, 0, 0, 0, time.UTC)
	case s.months > 0:
		m := int(t.Month()) - 1
		m -= mod(m, s.months)
		return time.Date(t.Year(), time.Month(m+1), 1, 0, 0, 0, 0, time.UTC)
	case s.days == 7 || s.days == 14:
		d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7)) // Monday
	default:
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	}
}

func (s tickStep) next(t time.Time) time.Time {
	if years := s.months / 12; s.months >= 12 && t.Year() <= 1 {
		switch bc := 1 - t.Year() - years; {
		case t.Year() == 1:
			return time.Date(max(years, 2), 1, 1, 0, 0, 0, 0, time.UTC) // the first round year AD after AD 1 (AD 2 in steps of a year)
		case bc >= years:
			return time.Date(1-bc, 1, 1, 0, 0, 0, 0, time.UTC)
		}
		return time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC) // AD 1, between the eras
	}
	if s.months > 0 {
		return t.AddDate(0, s.months, 0)
	}
	return t.AddDate(0, 0, s.days)
}

func (s tickStep) label(t time.Time, first bool) string {
	if t.Year() == 1 && s.months >= 12 {
		return "AD 1"
	}
	if y := t.Year(); y <= 0 && s.months >= 12 {
		if s.unit == "year" {
			return fmt.Sprintf("%d BC", 1-y)
		}
		return fmt.Sprintf("%ds BC", 1-y)
	}
	switch s.unit {
	case "millennium", "century", "decade":
		return fmt.Sprintf("%ds", t.Year())
	case "year":
		return fmt.Sprint(t.Year())
	case "half":
		return fmt.Sprintf("H%d %d", (int(t.Month())-1)/6+1, t.Year())
	case "quarter":
		return fmt.Sprintf("Q%d %d", (int(t.Month())-1)/3+1, t.Year())
	case "month":
		if first || t.Month() == time.January {
			return t.Format("Jan 2006")
		}
		return t.Format("Jan")
	}
	if first || t.Month() == time.January && t.Day() <= s.days {
		return t.Format("2 Jan 2006")
	}
	return t.Format("2 Jan")
}

func mod(a, b int) int { return ((a % b) + b) % b }

// ticks fills l.Ticks and l.Unit for the view.
func (l *Layout) ticks() {
	perSec := l.Plot.W / l.View.Seconds()
	step := tickSteps[len(tickSteps)-1]
	for _, s := range tickSteps {
		if s.approx()*perSec >= minTickGap {
			step = s
			break
		}
	}
	l.Unit = step.unit
	labelEnd := math.Inf(-1)
	for t := step.floor(l.View.From); t.Before(l.View.To); t = step.next(t) {
		x := l.X(t)
		if x < l.Plot.X {
			continue
		}
		label := step.label(t, len(l.Ticks) == 0)
		// a label that would run into the one before it is left out; its
		// tick stays
		if x+3 < labelEnd+8 {
			label = ""
		} else {
			labelEnd = x + 3 + textWidth(label, tickSize)
		}
		l.Ticks = append(l.Ticks, Tick{X: x, Label: label})
	}
}
