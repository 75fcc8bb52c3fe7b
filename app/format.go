package app

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-app/dateline/timeline"
)

// lastDay is the last day an event covers: End is exclusive, so the day
// before End, or the day End falls in when the event ends within a day
// ("at 4:17 a.m." runs to 04:18); never before the start.
func lastDay(e timeline.Event) time.Time {
	if !e.End.After(e.Start) {
		return e.Start
	}
	l := e.End.Add(-time.Nanosecond)
	l = time.Date(l.Year(), l.Month(), l.Day(), 0, 0, 0, 0, l.Location())
	if l.Before(e.Start) {
		return e.Start
	}
	return l
}

// when says in words when an event happened: "2023", "May 2024",
// "12 June 2024", or a range "17 June – 31 August 2024" for anything that
// is not one calendar unit. End is exclusive, so the last day shown is the
// day before it.
func when(e timeline.Event) string {
	if e.Start.IsZero() {
		return e.Value
	}
	last := lastDay(e)
	s, l := e.Start, last
	switch {
	case s.Equal(l):
		return s.Format("2 January 2006")
	case s.Day() == 1 && s.Month() == time.January && l.Month() == time.December && l.Day() == 31:
		if s.Year() == l.Year() {
			return strconv.Itoa(s.Year())
		}
		return fmt.Sprintf("%d – %d", s.Year(), l.Year())
	case s.Day() == 1 && l.AddDate(0, 0, 1).Day() == 1:
		if s.Year() == l.Year() && s.Month() == l.Month() {
			return s.Format("January 2006")
		}
		if s.Year() == l.Year() {
			return s.Format("January") + " – " + l.Format("January 2006")
		}
		return s.Format("January 2006") + " – " + l.Format("January 2006")
	case s.Year() == l.Year() && s.Month() == l.Month():
		return fmt.Sprintf("%d – %s", s.Day(), l.Format("2 January 2006"))
	case s.Year() == l.Year():
		return s.Format("2 January") + " – " + l.Format("2 January 2006")
	}
	return s.Format("2 January 2006") + " – " + l.Format("2 January 2006")
}

// shortWhen is the compact date shown in the event list: the event's
// start date cut to its grain, with an ellipsis when it is a range wider
// than one unit of that grain.
func shortWhen(e timeline.Event) string {
	if e.Start.IsZero() {
		return e.Value
	}
	last := lastDay(e)
	day := e.Start.Format("2006-01-02")
	switch {
	case e.Start.Equal(last):
		return day
	case e.Start.Day() == 1 && e.Start.Month() == time.January && last.Month() == time.December && last.Day() == 31 && e.Start.Year() == last.Year():
		return e.Start.Format("2006")
	case e.Start.Day() == 1 && last.AddDate(0, 0, 1).Day() == 1 && e.Start.Year() == last.Year() && e.Start.Month() == last.Month():
		return e.Start.Format("2006-01")
	}
	return day + " …"
}

// modalityWords describes a modality for the details panel.
var modalityWords = map[timeline.Modality]string{
	timeline.Happened: "happened (stated as fact)",
	timeline.Expected: "expected (will, is expected to, plans)",
	timeline.Possible: "possible (could, may, as early as)",
	timeline.Reported: "reported (someone said so)",
	timeline.Denied:   "denied",
}

func describeModality(m timeline.Modality) string {
	if s, ok := modalityWords[m]; ok {
		return s
	}
	if m == "" {
		return "unknown"
	}
	return string(m)
}

// paragraphList formats paragraph numbers: "¶ 1, 3, 4".
func paragraphList(ps []int) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = strconv.Itoa(p)
	}
	return "¶ " + strings.Join(parts, ", ")
}

// sentenceOf returns the sentence a mention stands in, trimmed.
func sentenceOf(a *timeline.Article, m timeline.Mention) string {
	if a == nil || m.Sentence.End <= m.Sentence.Start || m.Sentence.End > len(a.Body) {
		return ""
	}
	return strings.TrimSpace(a.Body[m.Sentence.Start:m.Sentence.End])
}
