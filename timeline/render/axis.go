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
// months, quarters, years and decades as one zooms out.
var tickSteps = []tickStep{
	{"day", 0, 1}, {"day", 0, 2}, {"week", 0, 7}, {"week", 0, 14},
	{"month", 1, 0}, {"quarter", 3, 0}, {"half", 6, 0},
	{"year", 12, 0}, {"year", 24, 0}, {"year", 60, 0},
	{"decade", 120, 0}, {"decade", 240, 0}, {"decade", 600, 0},
	{"century", 1200, 0}, {"century", 6000, 0},
}

const minTickGap = 74.0

func (s tickStep) approx() time.Duration {
	if s.months > 0 {
		return time.Duration(s.months) * 30 * 24 * time.Hour
	}
	return time.Duration(s.days) * 24 * time.Hour
}

// floor returns the first tick at or before t.
func (s tickStep) floor(t time.Time) time.Time {
	t = t.UTC()
	switch {
	case s.months >= 12:
		years := s.months / 12
		y := t.Year() - mod(t.Year(), years)
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
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
	if s.months > 0 {
		return t.AddDate(0, s.months, 0)
	}
	return t.AddDate(0, 0, s.days)
}

func (s tickStep) label(t time.Time, first bool) string {
	switch s.unit {
	case "century", "decade":
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
	perNs := l.Plot.W / float64(l.View.Span())
	step := tickSteps[len(tickSteps)-1]
	for _, s := range tickSteps {
		if float64(s.approx())*perNs >= minTickGap {
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
