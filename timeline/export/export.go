// Package export writes a timeline in formats other tools read:
//
//   - TimelineJS: the JSON of Knight Lab's TimelineJS3, to publish the
//     timeline as an interactive slide show on a web page;
//   - CSV: one row per event, for a spreadsheet;
//   - TimeML: the article text with a TIMEX3 element around every
//     temporal expression, for annotation tools and evaluation scripts.
//
// Every format carries the evidence: the sentences a date came from and how
// it was worked out. Dates follow the core's convention: an event covers
// the half-open interval [Start, End), written as YYYY-MM-DD. The package
// never imports Fyne.
package export

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-app/dateline/timeline"
)

// sentence returns the sentence a mention stands in, or its own text when
// the sentence is unknown.
func sentence(tl *timeline.Timeline, m timeline.Mention) (s string, start int) {
	if a := tl.Article; a != nil && m.Sentence.End > m.Sentence.Start && m.Sentence.End <= len(a.Body) {
		return a.Body[m.Sentence.Start:m.Sentence.End], m.Sentence.Start
	}
	return m.Text, m.Start
}

// paragraphs writes paragraph numbers as "2;8".
func paragraphs(ps []int) string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = strconv.Itoa(p)
	}
	return strings.Join(s, ";")
}

// evidence is the quoted evidence of a mention in plain text:
// ¶3 “... sentence ...” — how its date was worked out.
func evidence(tl *timeline.Timeline, e timeline.Event, m timeline.Mention) string {
	s, _ := sentence(tl, m)
	out := fmt.Sprintf("¶%d “%s”", m.Paragraph, oneLine(s))
	if why := mentionWhy(e, m); why != "" {
		out += " — " + why
	}
	return out
}

// mentionWhy is how a mention's date was worked out, without the event's
// own explanation of a fused date when the mention repeats it (that is
// written once per event).
func mentionWhy(e timeline.Event, m timeline.Mention) string {
	if e.Why != "" {
		return strings.TrimSuffix(strings.TrimSuffix(m.Why, e.Why), "; ")
	}
	return m.Why
}

// oneLine folds the line breaks of a hard-wrapped sentence into spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// published returns the article's publication date, or zero.
func published(tl *timeline.Timeline) time.Time {
	if tl.Article != nil && tl.Article.HasPublished {
		return tl.Article.Published
	}
	return time.Time{}
}

// dateString writes a date as YYYY-MM-DD, and a clock time as
// YYYY-MM-DDThh:mm.
func dateString(t time.Time) string {
	switch {
	case t.IsZero():
		return ""
	case t.Hour() != 0 || t.Minute() != 0:
		return t.Format("2006-01-02T15:04")
	}
	return t.Format(time.DateOnly)
}
