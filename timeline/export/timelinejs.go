package export

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/dateline-app/dateline/timeline"
)

// The TimelineJS3 JSON format, as documented by Knight Lab at
// https://timeline.knightlab.com/docs/json-format.html: an object with
// "events" (slides, required), an optional "title" slide and "scale".
// A slide has a "start_date" (required except on the title), an optional
// "end_date", "text" {headline, text}, "group", "display_date" and
// "unique_id". A date has a required numeric "year" and optional numeric
// "month", "day", "hour" and "minute". Headline and text are HTML.

// htmlText escapes text for HTML character data; quotes and apostrophes
// stay as they are, readable in the JSON. htmlAttr also escapes double
// quotes, for attribute values.
var (
	htmlText = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	htmlAttr = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
)

type tjsTimeline struct {
	Title  *tjsSlide  `json:"title,omitempty"`
	Events []tjsSlide `json:"events"`
	Scale  string     `json:"scale"`
}

type tjsSlide struct {
	StartDate   *tjsDate `json:"start_date,omitempty"`
	EndDate     *tjsDate `json:"end_date,omitempty"`
	Text        tjsText  `json:"text"`
	Group       string   `json:"group,omitempty"`
	DisplayDate string   `json:"display_date,omitempty"`
	UniqueID    string   `json:"unique_id,omitempty"`
	Autolink    *bool    `json:"autolink,omitempty"`
}

type tjsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

type tjsDate struct {
	Year   int `json:"year"`
	Month  int `json:"month,omitempty"`
	Day    int `json:"day,omitempty"`
	Hour   int `json:"hour,omitempty"`
	Minute int `json:"minute,omitempty"`
}

// TimelineJS writes tl as TimelineJS3 JSON: a title slide from the article
// and one slide per event, grouped by modality (happened, expected, ...).
// Each slide's text quotes the sentences the event's date came from and
// says how it was worked out. Dates are written at the precision they
// have: a year, a month, or a day; a range gets an end_date (inclusive,
// as TimelineJS reads it). Undated mentions cannot be slides: the title
// slide lists them.
func TimelineJS(w io.Writer, tl *timeline.Timeline) error {
	out := tjsTimeline{Events: []tjsSlide{}, Scale: "human"}
	out.Title = titleSlide(tl)
	for _, e := range tl.Events {
		if e.Start.IsZero() {
			continue // not drawable; Extract never makes such an event
		}
		s := tjsSlide{
			Text:        tjsText{Headline: htmlText.Replace(e.Label), Text: eventHTML(tl, e)},
			Group:       groupName(e.Modality),
			DisplayDate: displayDate(e),
			UniqueID:    e.ID,
		}
		s.StartDate, s.EndDate = tjsDates(e.Start, e.End)
		out.Events = append(out.Events, s)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// tjsDates gives an interval [start, end) as TimelineJS dates, at the
// coarsest precision (year, month or day) both bounds are aligned to. The
// end is inclusive, as TimelineJS reads it, and left out when the
// interval is one year, month or day.
func tjsDates(start, end time.Time) (*tjsDate, *tjsDate) {
	clock := start.Hour() != 0 || start.Minute() != 0
	if end.IsZero() || !end.After(start) {
		end = start.AddDate(0, 0, 1)
	}
	var s, e tjsDate
	switch {
	case !clock && start.YearDay() == 1 && end.YearDay() == 1 && end.Hour() == 0 && end.Minute() == 0:
		last := end.AddDate(-1, 0, 0)
		s = tjsDate{Year: start.Year()}
		if last.Year() == start.Year() {
			return &s, nil
		}
		e = tjsDate{Year: last.Year()}
	case !clock && start.Day() == 1 && end.Day() == 1 && end.Hour() == 0 && end.Minute() == 0:
		last := end.AddDate(0, -1, 0)
		s = tjsDate{Year: start.Year(), Month: int(start.Month())}
		if last.Year() == start.Year() && last.Month() == start.Month() {
			return &s, nil
		}
		e = tjsDate{Year: last.Year(), Month: int(last.Month())}
	default:
		s = tjsDate{Year: start.Year(), Month: int(start.Month()), Day: start.Day()}
		if clock {
			s.Hour, s.Minute = start.Hour(), start.Minute()
		}
		last := end.Add(-time.Nanosecond)
		if last.Year() == start.Year() && last.YearDay() == start.YearDay() {
			return &s, nil
		}
		e = tjsDate{Year: last.Year(), Month: int(last.Month()), Day: last.Day()}
	}
	return &s, &e
}

// groupName is the TimelineJS group (a row of the navigator) of a
// modality: events that happened are kept apart from expected or reported
// ones.
func groupName(m timeline.Modality) string {
	if m == "" {
		m = timeline.Happened
	}
	return strings.ToUpper(string(m[:1])) + string(m[1:])
}

var modalityNote = map[timeline.Modality]string{
	timeline.Expected: "Expected: at publication this had not happened yet.",
	timeline.Possible: "Possible: the article says it could happen, not that it will.",
	timeline.Reported: "Reported: a source says so; the article does not state it as fact.",
	timeline.Denied:   "Denied: the article says this did not happen.",
}

var seasons = map[string]string{"SP": "Spring", "SU": "Summer", "FA": "Autumn", "WI": "Winter"}

// displayDate names the periods TimelineJS cannot show by itself (a
// season, a quarter, a week) and marks soft bounds; it is empty when
// TimelineJS's own formatting of the dates says it all. A date fused from
// several clues (e.Why set) is narrower than the period its value names,
// so it is shown by its dates.
func displayDate(e timeline.Event) string {
	var s string
	switch grain := e.Grain; {
	case e.Why != "":
	case grain == "season":
		if i := strings.LastIndexByte(e.Value, '-'); i > 0 && seasons[e.Value[i+1:]] != "" {
			s = seasons[e.Value[i+1:]] + " " + e.Value[:i]
		}
	case grain == "quarter", grain == "half":
		if i := strings.LastIndexByte(e.Value, '-'); i > 0 {
			s = e.Value[i+1:] + " " + e.Value[:i]
		}
	case grain == "week":
		if !e.SoftStart && !e.SoftEnd {
			s = "Week of " + e.Start.Format("2 January 2006")
		}
	case grain == "decade":
		s = fmt.Sprintf("The %ds", e.Start.Year())
	}
	if s == "" && (e.SoftStart || e.SoftEnd) {
		last := e.End.AddDate(0, 0, -1)
		from, to := e.Start.Format("2 January 2006"), last.Format("2 January 2006")
		if e.SoftStart {
			from += " at the earliest"
		}
		if e.SoftEnd {
			to += " at the latest"
		}
		s = from + " – " + to
	}
	return s
}

// eventHTML is a slide's text: the modality when it is not "happened",
// how a fused date was worked out, then each mention's sentence with the
// phrase marked, and its reasoning.
func eventHTML(tl *timeline.Timeline, e timeline.Event) string {
	var b strings.Builder
	if note := modalityNote[e.Modality]; note != "" {
		fmt.Fprintf(&b, "<p><em>%s</em></p>", htmlText.Replace(note))
	}
	if e.Why != "" {
		fmt.Fprintf(&b, "<p>%s</p>", htmlText.Replace(e.Why))
	}
	for _, m := range e.Mentions {
		s, at := sentence(tl, m)
		i, j := m.Start-at, m.End-at
		quote := htmlText.Replace(oneLine(s))
		if i >= 0 && j <= len(s) && i < j {
			quote = htmlText.Replace(oneLine(s[:i])) + spaceIf(s[:i]) +
				"<mark>" + htmlText.Replace(oneLine(s[i:j])) + "</mark>" +
				spaceIf(s[j:]) + htmlText.Replace(oneLine(s[j:]))
		}
		fmt.Fprintf(&b, "<blockquote>¶%d “%s”</blockquote>", m.Paragraph, quote)
		if why := mentionWhy(e, m); why != "" {
			fmt.Fprintf(&b, "<p>%s</p>", htmlText.Replace(why))
		}
	}
	return b.String()
}

// spaceIf keeps the space oneLine drops at the edge of a split sentence.
func spaceIf(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	switch {
	case strings.HasSuffix(s, " "), strings.HasSuffix(s, "\n"), strings.HasSuffix(s, "\t"),
		strings.HasPrefix(s, " "), strings.HasPrefix(s, "\n"), strings.HasPrefix(s, "\t"):
		return " "
	}
	return ""
}

// titleSlide introduces the timeline with the article's title, source,
// date and link, and lists the mentions left off the axis.
func titleSlide(tl *timeline.Timeline) *tjsSlide {
	a := tl.Article
	if a == nil {
		return nil
	}
	var b strings.Builder
	var meta []string
	if a.Source != "" {
		meta = append(meta, htmlText.Replace(a.Source))
	}
	if p := published(tl); !p.IsZero() {
		meta = append(meta, "published "+p.Format("2 January 2006"))
	}
	if len(meta) > 0 {
		fmt.Fprintf(&b, "<p>%s</p>", strings.Join(meta, ", "))
	}
	if a.URL != "" {
		u := htmlAttr.Replace(a.URL)
		fmt.Fprintf(&b, "<p><a href=\"%s\">%s</a></p>", u, u)
	}
	fmt.Fprintf(&b, "<p>%s drawn from the article's own words; each slide quotes them.</p>", plural(len(tl.Events), "event"))
	if len(tl.Undated) > 0 {
		b.WriteString("<p>Too vague to place on the axis:</p><ul>")
		for _, m := range tl.Undated {
			fmt.Fprintf(&b, "<li>“%s” (¶%d)</li>", htmlText.Replace(oneLine(m.Text)), m.Paragraph)
		}
		b.WriteString("</ul>")
	}
	title := a.Title
	if title == "" {
		title = a.Path
	}
	return &tjsSlide{Text: tjsText{Headline: htmlText.Replace(title), Text: b.String()}}
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
