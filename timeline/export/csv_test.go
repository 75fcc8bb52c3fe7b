package export

import (
	"bytes"
	"encoding/csv"
	"reflect"
	"strings"
	"testing"
)

func TestCSVGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := CSV(&buf, handmade(t)); err != nil {
		t.Fatal(err)
	}
	golden(t, "handmade.golden.csv", buf.Bytes())
}

// TestCSVRoundTrip reads the CSV back with encoding/csv and checks every
// field against the timeline it came from.
func TestCSVRoundTrip(t *testing.T) {
	tls := articles(t)
	tls["handmade, by hand"] = handmade(t)
	for name, tl := range tls {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := CSV(&buf, tl); err != nil {
				t.Fatal(err)
			}
			r := csv.NewReader(&buf)
			r.FieldsPerRecord = len(CSVHeader)
			rows, err := r.ReadAll()
			if err != nil {
				t.Fatalf("encoding/csv cannot read it back: %v", err)
			}
			if len(rows) != len(tl.Events)+1 {
				t.Fatalf("%d rows; want a header and %d events", len(rows), len(tl.Events))
			}
			if !reflect.DeepEqual(rows[0], CSVHeader) {
				t.Errorf("header %q; want %q", rows[0], CSVHeader)
			}
			col := map[string]int{}
			for i, h := range CSVHeader {
				col[h] = i
			}
			for i, e := range tl.Events {
				row := rows[i+1]
				for _, c := range []struct{ key, want string }{
					{"id", e.ID}, {"start", dateString(e.Start)}, {"end", dateString(e.End)},
					{"value", e.Value}, {"grain", e.Grain}, {"label", e.Label},
					{"modality", string(e.Modality)}, {"paragraphs", paragraphs(e.Paragraphs)}, {"why", e.Why},
				} {
					if got := row[col[c.key]]; got != c.want {
						t.Errorf("event %s: %s = %q; want %q", e.ID, c.key, got, c.want)
					}
				}
				lines := strings.Split(row[col["evidence"]], "\n")
				if len(lines) != len(e.Mentions) {
					t.Errorf("event %s: %d evidence lines; want one per mention (%d)", e.ID, len(lines), len(e.Mentions))
					continue
				}
				for j, m := range e.Mentions {
					s, _ := sentence(tl, m)
					if !strings.Contains(lines[j], "“"+oneLine(s)+"”") {
						t.Errorf("event %s: evidence %q does not quote %q", e.ID, lines[j], s)
					}
				}
			}
		})
	}
}
