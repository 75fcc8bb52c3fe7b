package edit

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/dateline-app/dateline/timeline"
)

// Key identifies an event, or a mention, across re-extractions: the byte
// span [Start, End) of a mention in the article body and the words there.
// An event's key is that of its first mention in the text (its anchor).
// Event IDs such as "e3" are not keys: they change whenever the
// publication date, the tagger or an earlier correction moves an event.
type Key struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

func (k Key) String() string { return fmt.Sprintf("%q at %d-%d", k.Text, k.Start, k.End) }

// MentionKey returns the key of a mention.
func MentionKey(m timeline.Mention) Key { return Key{m.Start, m.End, m.Text} }

// KeyOf returns the key of an event: that of its earliest mention.
func KeyOf(e timeline.Event) Key {
	if len(e.Mentions) == 0 {
		return Key{}
	}
	first := e.Mentions[0]
	for _, m := range e.Mentions[1:] {
		if m.Start < first.Start || m.Start == first.Start && m.End < first.End {
			first = m
		}
	}
	return MentionKey(first)
}

// The kinds of correction, as written in the sidecar.
const (
	OpLabel    = "label"
	OpDate     = "date"
	OpModality = "modality"
	OpDelete   = "delete"
	OpAdd      = "add"
	OpMerge    = "merge"
	OpSplit    = "split"
)

// Correction is one change made by hand, as stored in the sidecar. It
// names its events by Key, never by ID, so that it can be applied again
// to a fresh extraction.
type Correction struct {
	Op       string            `json:"op"`
	Target   Key               `json:"target"` // the event changed; for add, the selected words
	Label    string            `json:"label,omitempty"`
	Date     *Date             `json:"date,omitempty"`
	Modality timeline.Modality `json:"modality,omitempty"`
	With     []Key             `json:"with,omitempty"` // merge: the events folded into Target
	Move     []Key             `json:"move,omitempty"` // split: the mentions that leave Target
}

// Op is an operation the user asks for, naming events by their current
// IDs. Session.Apply turns it into a Correction keyed by mention spans.
// The operations are SetLabel, SetDate, SetModality, Delete, Add, Merge
// and Split.
type Op interface {
	correction(tl *timeline.Timeline) (Correction, error)
}

// SetLabel renames an event.
type SetLabel struct {
	Event string // ID in the current timeline
	Label string
}

// SetDate gives an event a new date or range: either Date.Value alone (a
// TIMEX3 value such as 2024-06 or 2024-06-01/2024-08-31, see ParseValue)
// or Date.Start and Date.End.
type SetDate struct {
	Event string
	Date  Date
}

// SetModality says how sure the article is of an event.
type SetModality struct {
	Event    string
	Modality timeline.Modality
}

// Delete removes an event from the timeline.
type Delete struct{ Event string }

// Add makes a new event from a text selection: the byte span Span of the
// article body, dated by Date. Its mention's paragraph and sentence are
// those of the selection. An empty Label becomes the selected words; an
// empty Modality, "happened".
type Add struct {
	Span     timeline.Span
	Date     Date
	Label    string
	Modality timeline.Modality
}

// Merge folds Events[1:] into Events[0]: the merged event keeps the first
// one's label, date and modality and gains the others' mentions.
type Merge struct{ Events []string }

// Split moves some of an event's mentions (by index into its Mentions)
// to a new event. Each part is dated by the mentions it keeps and keeps
// the label and modality; rename them afterwards if need be.
type Split struct {
	Event    string
	Mentions []int
}

func eventKey(tl *timeline.Timeline, id string) (Key, *timeline.Event, error) {
	for i := range tl.Events {
		if tl.Events[i].ID == id {
			return KeyOf(tl.Events[i]), &tl.Events[i], nil
		}
	}
	return Key{}, nil, fmt.Errorf("no event %q", id)
}

func (o SetLabel) correction(tl *timeline.Timeline) (Correction, error) {
	k, _, err := eventKey(tl, o.Event)
	label := strings.TrimSpace(o.Label)
	if err == nil && label == "" {
		err = fmt.Errorf("the label of %s is empty", o.Event)
	}
	return Correction{Op: OpLabel, Target: k, Label: label}, err
}

func (o SetDate) correction(tl *timeline.Timeline) (Correction, error) {
	k, _, err := eventKey(tl, o.Event)
	if err != nil {
		return Correction{}, err
	}
	d, err := o.Date.normalize(location(tl))
	if err != nil {
		return Correction{}, fmt.Errorf("date of %s: %w", o.Event, err)
	}
	return Correction{Op: OpDate, Target: k, Date: &d}, nil
}

func (o SetModality) correction(tl *timeline.Timeline) (Correction, error) {
	k, _, err := eventKey(tl, o.Event)
	if err == nil && !validModality(o.Modality) {
		err = fmt.Errorf("%q is not a modality", o.Modality)
	}
	return Correction{Op: OpModality, Target: k, Modality: o.Modality}, err
}

func (o Delete) correction(tl *timeline.Timeline) (Correction, error) {
	k, _, err := eventKey(tl, o.Event)
	return Correction{Op: OpDelete, Target: k}, err
}

func (o Add) correction(tl *timeline.Timeline) (Correction, error) {
	a := tl.Article
	if a == nil {
		return Correction{}, fmt.Errorf("no article")
	}
	if o.Span.Start < 0 || o.Span.End > len(a.Body) || o.Span.End <= o.Span.Start {
		return Correction{}, fmt.Errorf("selection %d-%d is not inside the article body (0-%d)", o.Span.Start, o.Span.End, len(a.Body))
	}
	text := a.Body[o.Span.Start:o.Span.End]
	if strings.TrimSpace(text) == "" {
		return Correction{}, fmt.Errorf("the selection holds no words")
	}
	// A selection made with the mouse often takes a space or a line
	// break along: keep the words only.
	start := o.Span.Start + len(text) - len(strings.TrimLeftFunc(text, unicode.IsSpace))
	end := o.Span.Start + len(strings.TrimRightFunc(text, unicode.IsSpace))
	text = a.Body[start:end]
	p := paragraphAt(a, start)
	if p == nil {
		return Correction{}, fmt.Errorf("selection %d-%d is outside every paragraph", o.Span.Start, o.Span.End)
	}
	if end > p.End {
		return Correction{}, fmt.Errorf("selection %d-%d runs past the end of paragraph %d: select words within one paragraph", o.Span.Start, o.Span.End, p.N)
	}
	for _, e := range tl.Events {
		for _, m := range e.Mentions {
			if m.Start == start && m.End == end {
				return Correction{}, fmt.Errorf("the words %q are already a mention of %s; correct that event", text, e.ID)
			}
		}
	}
	d, err := o.Date.normalize(location(tl))
	if err != nil {
		return Correction{}, err
	}
	mod := o.Modality
	if mod == "" {
		mod = timeline.Happened
	}
	if !validModality(mod) {
		return Correction{}, fmt.Errorf("%q is not a modality", mod)
	}
	return Correction{Op: OpAdd, Target: Key{start, end, text}, Date: &d,
		Label: strings.TrimSpace(o.Label), Modality: mod}, nil
}

func (o Merge) correction(tl *timeline.Timeline) (Correction, error) {
	if len(o.Events) < 2 {
		return Correction{}, fmt.Errorf("merge needs two events or more, got %d", len(o.Events))
	}
	seen := map[string]bool{}
	c := Correction{Op: OpMerge}
	for i, id := range o.Events {
		if seen[id] {
			return Correction{}, fmt.Errorf("event %s named twice", id)
		}
		seen[id] = true
		k, _, err := eventKey(tl, id)
		if err != nil {
			return Correction{}, err
		}
		if i == 0 {
			c.Target = k
		} else {
			c.With = append(c.With, k)
		}
	}
	return c, nil
}

func (o Split) correction(tl *timeline.Timeline) (Correction, error) {
	k, e, err := eventKey(tl, o.Event)
	if err != nil {
		return Correction{}, err
	}
	c := Correction{Op: OpSplit, Target: k}
	seen := map[int]bool{}
	for _, i := range o.Mentions {
		if i < 0 || i >= len(e.Mentions) {
			return Correction{}, fmt.Errorf("%s has no mention %d (it has %d)", o.Event, i, len(e.Mentions))
		}
		if !seen[i] {
			seen[i] = true
			c.Move = append(c.Move, MentionKey(e.Mentions[i]))
		}
	}
	if len(c.Move) == 0 || len(c.Move) == len(e.Mentions) {
		return Correction{}, fmt.Errorf("a split of %s must move some of its %d mentions, not none or all", o.Event, len(e.Mentions))
	}
	return c, nil
}

func validModality(m timeline.Modality) bool {
	switch m {
	case timeline.Happened, timeline.Expected, timeline.Possible, timeline.Reported, timeline.Denied:
		return true
	}
	return false
}

func location(tl *timeline.Timeline) *time.Location {
	if tl.Article != nil && tl.Article.HasPublished {
		return tl.Article.Published.Location()
	}
	return time.UTC
}

func paragraphAt(a *timeline.Article, off int) *timeline.Paragraph {
	i := sort.Search(len(a.Paragraphs), func(i int) bool { return a.Paragraphs[i].End > off })
	if i < len(a.Paragraphs) && a.Paragraphs[i].Start <= off {
		return &a.Paragraphs[i]
	}
	return nil
}
