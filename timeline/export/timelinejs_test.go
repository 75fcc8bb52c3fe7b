package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dateline-app/dateline/timeline"
)

func TestTimelineJSGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := TimelineJS(&buf, handmade(t)); err != nil {
		t.Fatal(err)
	}
	if err := checkTimelineJS(buf.Bytes()); err != nil {
		t.Errorf("handmade: %v", err)
	}
	golden(t, "handmade.golden.json", buf.Bytes())
}

// TestTimelineJSSchema checks real timelines against the documented
// TimelineJS3 schema, and that every slide carries its evidence.
func TestTimelineJSSchema(t *testing.T) {
	for name, tl := range articles(t) {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := TimelineJS(&buf, tl); err != nil {
				t.Fatal(err)
			}
			if err := checkTimelineJS(buf.Bytes()); err != nil {
				t.Fatalf("%v\n%s", err, buf.Bytes())
			}
			var doc struct {
				Events []struct {
					UniqueID string `json:"unique_id"`
					Group    string
					Text     struct{ Text string }
				}
			}
			if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
				t.Fatal(err)
			}
			if len(doc.Events) != len(tl.Events) {
				t.Fatalf("%d slides; want one per event (%d)", len(doc.Events), len(tl.Events))
			}
			for i, e := range tl.Events {
				s := doc.Events[i]
				if s.UniqueID != e.ID || !strings.EqualFold(s.Group, string(e.Modality)) {
					t.Errorf("slide %d: unique_id %q, group %q; want %q, %q", i, s.UniqueID, s.Group, e.ID, e.Modality)
				}
				for _, m := range e.Mentions {
					if want := fmt.Sprintf("<blockquote>¶%d “", m.Paragraph); !strings.Contains(s.Text.Text, want) {
						t.Errorf("slide %s lacks the quote of paragraph %d: %s", e.ID, m.Paragraph, s.Text.Text)
					}
					if want := "<mark>" + htmlText.Replace(oneLine(m.Text)) + "</mark>"; !strings.Contains(s.Text.Text, want) {
						t.Errorf("slide %s does not mark %q: %s", e.ID, m.Text, s.Text.Text)
					}
				}
			}
		})
	}
}

// checkTimelineJS checks data against Knight Lab's TimelineJS3 JSON format
// (https://timeline.knightlab.com/docs/json-format.html): the required
// fields, their JSON types and the ranges of date parts.
func checkTimelineJS(data []byte) error {
	var doc map[string]any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		return err
	}
	for k := range doc {
		switch k {
		case "events", "title", "eras", "scale":
		default:
			return fmt.Errorf("unknown top-level key %q", k)
		}
	}
	if s, ok := doc["scale"]; ok && s != "human" && s != "cosmological" {
		return fmt.Errorf("scale %v: want human or cosmological", s)
	}
	events, ok := doc["events"].([]any)
	if !ok {
		return fmt.Errorf("events is %T; want an array", doc["events"])
	}
	if title, ok := doc["title"]; ok {
		if err := checkSlide(title, false); err != nil {
			return fmt.Errorf("title: %v", err)
		}
	}
	ids := map[string]bool{}
	for i, e := range events {
		if err := checkSlide(e, true); err != nil {
			return fmt.Errorf("events[%d]: %v", i, err)
		}
		if id, ok := e.(map[string]any)["unique_id"].(string); ok {
			if ids[id] {
				return fmt.Errorf("events[%d]: unique_id %q is not unique", i, id)
			}
			ids[id] = true
		}
	}
	return nil
}

func checkSlide(v any, needStart bool) error {
	s, ok := v.(map[string]any)
	if !ok {
		return fmt.Errorf("a slide is %T; want an object", v)
	}
	for k, f := range s {
		switch k {
		case "start_date", "end_date":
			if _, err := checkDate(f); err != nil {
				return fmt.Errorf("%s: %v", k, err)
			}
		case "text":
			text, ok := f.(map[string]any)
			if !ok {
				return fmt.Errorf("text is %T; want an object", f)
			}
			for tk, tv := range text {
				if tk != "headline" && tk != "text" {
					return fmt.Errorf("unknown text key %q", tk)
				}
				if _, ok := tv.(string); !ok {
					return fmt.Errorf("text.%s is %T; want a string", tk, tv)
				}
			}
		case "group", "display_date", "unique_id":
			if _, ok := f.(string); !ok {
				return fmt.Errorf("%s is %T; want a string", k, f)
			}
		case "autolink":
			if _, ok := f.(bool); !ok {
				return fmt.Errorf("autolink is %T; want a boolean", f)
			}
		case "media", "background":
			if _, ok := f.(map[string]any); !ok {
				return fmt.Errorf("%s is %T; want an object", k, f)
			}
		default:
			return fmt.Errorf("unknown slide key %q", k)
		}
	}
	if !needStart {
		return nil
	}
	if _, ok := s["start_date"]; !ok {
		return fmt.Errorf("no start_date")
	}
	if _, ok := s["end_date"]; ok {
		start, _ := checkDate(s["start_date"])
		end, _ := checkDate(s["end_date"])
		if end.Before(start) {
			return fmt.Errorf("end_date %v before start_date %v", end, start)
		}
	}
	return nil
}

// checkDate checks a TimelineJS date object and returns the time it
// names (its first instant).
func checkDate(v any) (time.Time, error) {
	d, ok := v.(map[string]any)
	if !ok {
		return time.Time{}, fmt.Errorf("a date is %T; want an object", v)
	}
	limits := map[string][2]int64{"year": {-271820, 275759}, "month": {1, 12}, "day": {1, 31},
		"hour": {0, 23}, "minute": {0, 59}, "second": {0, 59}, "millisecond": {0, 999}}
	parts := map[string]int{"month": 1, "day": 1}
	for k, f := range d {
		if k == "display_date" || k == "format" {
			if _, ok := f.(string); !ok {
				return time.Time{}, fmt.Errorf("%s is %T; want a string", k, f)
			}
			continue
		}
		lim, ok := limits[k]
		if !ok {
			return time.Time{}, fmt.Errorf("unknown date key %q", k)
		}
		n, ok := f.(json.Number)
		if !ok {
			return time.Time{}, fmt.Errorf("%s is %T; want a number", k, f)
		}
		i, err := n.Int64()
		if err != nil || i < lim[0] || i > lim[1] {
			return time.Time{}, fmt.Errorf("%s = %s: want a whole number in [%d, %d]", k, n, lim[0], lim[1])
		}
		parts[k] = int(i)
	}
	if _, ok := d["year"]; !ok {
		return time.Time{}, fmt.Errorf("no year")
	}
	if _, ok := d["day"]; ok {
		if _, ok := d["month"]; !ok {
			return time.Time{}, fmt.Errorf("a day without a month")
		}
	}
	t := time.Date(parts["year"], time.Month(parts["month"]), parts["day"], parts["hour"], parts["minute"], 0, 0, time.UTC)
	if t.Day() != parts["day"] {
		return time.Time{}, fmt.Errorf("no day %d in %d-%02d", parts["day"], parts["year"], parts["month"])
	}
	return t, nil
}

func TestTJSDates(t *testing.T) {
	at := func(s string, h, m int) time.Time {
		return day(s).Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute)
	}
	tests := []struct {
		name       string
		start, end time.Time
		want       string // start, then " .. end" when there is one
	}{
		{"a year", day("2023-01-01"), day("2024-01-01"), "{2023 0 0 0 0}"},
		{"years", day("2022-01-01"), day("2024-01-01"), "{2022 0 0 0 0} .. {2023 0 0 0 0}"},
		{"a month", day("2024-05-01"), day("2024-06-01"), "{2024 5 0 0 0}"},
		{"a season across months", day("2024-06-01"), day("2024-09-01"), "{2024 6 0 0 0} .. {2024 8 0 0 0}"},
		{"winter across years", day("2024-12-01"), day("2025-03-01"), "{2024 12 0 0 0} .. {2025 2 0 0 0}"},
		{"a day", day("2024-06-12"), day("2024-06-13"), "{2024 6 12 0 0}"},
		{"a week", day("2024-06-17"), day("2024-06-24"), "{2024 6 17 0 0} .. {2024 6 23 0 0}"},
		{"a year starting mid-month", day("2024-06-17"), day("2025-01-01"), "{2024 6 17 0 0} .. {2024 12 31 0 0}"},
		{"a clock time", at("2024-06-12", 14, 30), at("2024-06-12", 15, 30), "{2024 6 12 14 30}"},
		{"a time into the next day", at("2024-06-12", 23, 0), at("2024-06-13", 2, 0), "{2024 6 12 23 0} .. {2024 6 13 0 0}"},
		{"no end", day("2024-06-12"), time.Time{}, "{2024 6 12 0 0}"},
		{"end before start", day("2024-06-12"), day("2024-06-01"), "{2024 6 12 0 0}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, e := tjsDates(tt.start, tt.end)
			got := fmt.Sprint(*s)
			if e != nil {
				got += " .. " + fmt.Sprint(*e)
			}
			if got != tt.want {
				t.Errorf("tjsDates(%v, %v) = %s; want %s", tt.start, tt.end, got, tt.want)
			}
		})
	}
}

func TestDisplayDate(t *testing.T) {
	tests := []struct {
		name string
		e    timeline.Event
		want string
	}{
		{"season", timeline.Event{Grain: "season", Value: "2024-SU", Start: day("2024-06-01"), End: day("2024-09-01")}, "Summer 2024"},
		{"quarter", timeline.Event{Grain: "quarter", Value: "2024-Q3", Start: day("2024-07-01"), End: day("2024-10-01")}, "Q3 2024"},
		{"week", timeline.Event{Grain: "week", Value: "2024-W25", Start: day("2024-06-17"), End: day("2024-06-24")}, "Week of 17 June 2024"},
		{"decade", timeline.Event{Grain: "decade", Value: "199", Start: day("1990-01-01"), End: day("2000-01-01")}, "The 1990s"},
		{"month: TimelineJS says it", timeline.Event{Grain: "month", Value: "2024-05", Start: day("2024-05-01"), End: day("2024-06-01")}, ""},
		{"fused season is shown by its dates", timeline.Event{Grain: "season", Value: "2024-SU", Start: day("2024-06-17"), End: day("2024-09-01"), Why: "fused"}, ""},
		{"soft start", timeline.Event{Grain: "week", Value: "2024-W25", Start: day("2024-06-17"), End: day("2024-06-24"), SoftStart: true},
			"17 June 2024 at the earliest – 23 June 2024"},
		{"soft end", timeline.Event{Grain: "year", Value: "2024", Start: day("2024-06-12"), End: day("2025-01-01"), SoftEnd: true},
			"12 June 2024 – 31 December 2024 at the latest"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := displayDate(tt.e); got != tt.want {
				t.Errorf("displayDate(%s %s) = %q; want %q", tt.e.Grain, tt.e.Value, got, tt.want)
			}
		})
	}
}
