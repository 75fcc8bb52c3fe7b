package timeline

import (
	"bytes"
	"encoding/json"
	"time"
)

// Modality says how sure the article is that an event happened.
type Modality string

// The modalities of an event.
const (
	Happened Modality = "happened" // the article states it as fact
	Expected Modality = "expected" // will, is expected to, plans, is set to
	Possible Modality = "possible" // could, may, might, as early as
	Reported Modality = "reported" // someone said or reported it, not the article
	Denied   Modality = "denied"   // denied, did not, no
)

// Mention is one temporal expression in the article and the words it is
// tied to.
type Mention struct {
	Paragraph int       // 1-based paragraph number
	Start     int       // byte offset of the phrase in Article.Body
	End       int       // end of the phrase, exclusive
	Text      string    // Body[Start:End]
	Type      string    // TIMEX3 type: DATE, TIME, DURATION, SET
	Value     string    // TIMEX3 value
	Mod       string    // TIMEX3 mod, if any
	Grain     string    // day, week, month, season, year, ...
	Begin     time.Time // interval the phrase covers, [Begin, Finish); zero if vague
	Finish    time.Time
	Sentence  Span   // the sentence it stands in (bytes into Body)
	Trigger   string // the event word it is tied to ("visit", "veto"), if found
	Why       string // how its date was worked out, in one checkable sentence
	// Modality is how sure this mention's clause is of the event, and Cue
	// the words that said so ("is expected to", "could").
	Modality Modality
	Cue      string
	// occasion: the phrase names an occasion ("Easter"), whose words a
	// label keeps as the name of the event.
	occasion bool
	// compared: the period a figure is compared with ("from a year
	// earlier"): kept off the axis, with the reason (temporal.Timex.Compared)
	compared bool
}

// Event is a dated event: one or more mentions of the same happening.
type Event struct {
	ID         string
	Label      string
	Value      string    // TIMEX3 value of the event's date
	Start, End time.Time // half-open interval [Start, End)
	Grain      string
	Modality   Modality
	// SoftStart and SoftEnd mark a bound that is only a limit ("as early
	// as next week", "by the end of the year"): drawn with a soft end.
	SoftStart, SoftEnd bool
	Paragraphs         []int
	Mentions           []Mention
	// Why explains a date fused from several clues ("this summer" and "as
	// early as next week"); empty when the event has one clue.
	Why string
}

// Timeline is an article's events in chronological order, with the
// mentions that could not be placed on the axis listed apart.
type Timeline struct {
	Article *Article
	Events  []Event
	Undated []Mention // vague ("recently") or unplaceable mentions, with reasons in Why
}

const isoDate = "2006-01-02"

func dateString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(isoDate)
}

// endDateString writes the end of a half-open interval as a date: an end
// within a day (04:18, after "at 4:17 a.m.") closes the interval on the
// next midnight, so that [start, end) as dates still covers the day.
func endDateString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if h, m, s := t.Clock(); h != 0 || m != 0 || s != 0 || t.Nanosecond() != 0 {
		t = time.Date(t.Year(), t.Month(), t.Day()+1, 0, 0, 0, 0, t.Location())
	}
	return t.Format(isoDate)
}

type jsonArticle struct {
	Title     string `json:"title"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Published string `json:"published"`
}

type jsonMention struct {
	Paragraph int    `json:"paragraph"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Type      string `json:"type,omitempty"`
	Value     string `json:"value"`
	Mod       string `json:"mod,omitempty"`
	Trigger   string `json:"trigger,omitempty"`
	Modality  string `json:"modality,omitempty"`
	Cue       string `json:"cue,omitempty"`
	Sentence  string `json:"sentence,omitempty"`
	Why       string `json:"why,omitempty"`
}

type jsonEvent struct {
	ID         string        `json:"id"`
	Label      string        `json:"label"`
	Value      string        `json:"value"`
	Start      string        `json:"start"`
	End        string        `json:"end"`
	Grain      string        `json:"grain"`
	Modality   Modality      `json:"modality"`
	SoftStart  bool          `json:"soft_start,omitempty"`
	SoftEnd    bool          `json:"soft_end,omitempty"`
	Paragraphs []int         `json:"paragraphs"`
	Why        string        `json:"why,omitempty"`
	Mentions   []jsonMention `json:"mentions"`
}

type jsonTimeline struct {
	Article jsonArticle   `json:"article"`
	Events  []jsonEvent   `json:"events"`
	Undated []jsonMention `json:"undated"`
}

func (t *Timeline) mentionJSON(m Mention) jsonMention {
	j := jsonMention{Paragraph: m.Paragraph, Start: m.Start, End: m.End, Text: m.Text,
		Type: m.Type, Value: m.Value, Mod: m.Mod, Trigger: m.Trigger, Modality: string(m.Modality),
		Cue: m.Cue, Why: m.Why}
	if t.Article != nil && m.Sentence.End > m.Sentence.Start && m.Sentence.End <= len(t.Article.Body) {
		j.Sentence = t.Article.Body[m.Sentence.Start:m.Sentence.End]
	}
	return j
}

// MarshalJSON writes the timeline in the schema of `dateline extract`.
func (t *Timeline) MarshalJSON() ([]byte, error) {
	out := jsonTimeline{Events: []jsonEvent{}, Undated: []jsonMention{}}
	if a := t.Article; a != nil {
		out.Article = jsonArticle{Title: a.Title, Source: a.Source, URL: a.URL}
		if a.HasPublished {
			out.Article.Published = dateString(a.Published)
		}
	}
	for _, e := range t.Events {
		je := jsonEvent{ID: e.ID, Label: e.Label, Value: e.Value, Start: dateString(e.Start),
			End: endDateString(e.End), Grain: e.Grain, Modality: e.Modality, SoftStart: e.SoftStart,
			SoftEnd: e.SoftEnd, Paragraphs: e.Paragraphs, Why: e.Why, Mentions: []jsonMention{}}
		for _, m := range e.Mentions {
			je.Mentions = append(je.Mentions, t.mentionJSON(m))
		}
		out.Events = append(out.Events, je)
	}
	for _, m := range t.Undated {
		out.Undated = append(out.Undated, t.mentionJSON(m))
	}
	// Not json.Marshal: it would write the "->" of every Why as "-\u003e".
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}
