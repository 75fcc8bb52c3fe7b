package timeline

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dateline-app/dateline/assets"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func loadTestArticle(t testing.TB, name string, data []byte) *Article {
	t.Helper()
	a, err := Load(name, data)
	if err != nil {
		t.Fatalf("Load(%s): %v", name, err)
	}
	return a
}

// timelineJSON writes a timeline as `dateline extract` does.
func timelineJSON(t testing.TB, tl *Timeline) []byte {
	t.Helper()
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(tl); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestGolden extracts every test article and the sample and compares the
// JSON of `dateline extract` with testdata/*.golden.json. Run with
// -update to rewrite them, then review the diff by eye.
func TestGolden(t *testing.T) {
	type goldenCase struct {
		name, golden string
		data         []byte
	}
	cases := []goldenCase{{name: assets.SampleName, golden: "testdata/sample.golden.json", data: assets.Sample}}
	files, err := filepath.Glob("testdata/*.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, goldenCase{name: f, golden: strings.TrimSuffix(f, ".md") + ".golden.json", data: data})
	}
	if len(cases) < 9 {
		t.Fatalf("want the sample and at least eight test articles, have %d cases", len(cases))
	}
	for _, c := range cases {
		t.Run(filepath.Base(c.name), func(t *testing.T) {
			got := timelineJSON(t, Extract(loadTestArticle(t, c.name, c.data)))
			if *update {
				if err := os.WriteFile(c.golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(c.golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Extract(%s) differs from %s; run go test ./timeline -update and review the diff\ngot:\n%s", c.name, c.golden, got)
			}
		})
	}
}

func day(s string) time.Time {
	t, err := time.Parse(isoDate, s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestSampleTimeline checks the sample against the expected timeline
// written down before the code (shared/seed/expected-timeline.md): six
// events, their dates, paragraphs and modality; the vague mentions apart;
// nothing from the donation appeal.
func TestSampleTimeline(t *testing.T) {
	a := loadTestArticle(t, assets.SampleName, assets.Sample)
	tl := Extract(a)
	want := []struct {
		name       string
		start, end string // end exclusive
		paragraphs []int
		modality   Modality
	}{
		{"summit in Russia's far east", "2023-01-01", "2024-01-01", []int{2, 8}, Happened},
		{"UN veto in March", "2024-03-01", "2024-04-01", []int{10}, Happened},
		{"Kremlin statement in May", "2024-05-01", "2024-06-01", []int{3}, Happened},
		{"Pentagon report last month", "2024-05-01", "2024-06-01", []int{11}, Happened},
		{"Kim's message on Wednesday", "2024-06-12", "2024-06-13", []int{1, 5}, Happened},
		{"Putin's expected visit", "2024-06-17", "2024-09-01", []int{1, 3, 4}, Expected},
	}
	if len(tl.Events) != len(want) {
		for _, e := range tl.Events {
			t.Logf("%s %s..%s %v %s %q", e.ID, dateString(e.Start), dateString(e.End), e.Paragraphs, e.Modality, e.Label)
		}
		t.Fatalf("Extract(sample) has %d events; want %d", len(tl.Events), len(want))
	}
	for i, w := range want {
		e := tl.Events[i]
		if !e.Start.Equal(day(w.start)) || !e.End.Equal(day(w.end)) || !slices.Equal(e.Paragraphs, w.paragraphs) || e.Modality != w.modality {
			t.Errorf("%s: got %s..%s paragraphs %v %s; want %s..%s %v %s", w.name, dateString(e.Start), dateString(e.End),
				e.Paragraphs, e.Modality, w.start, w.end, w.paragraphs, w.modality)
		}
		if n := len([]rune(e.Label)); n == 0 || n > maxLabel {
			t.Errorf("%s: label %q has %d characters; want 1..%d", w.name, e.Label, n, maxLabel)
		}
		for _, m := range e.Mentions {
			if m.Why == "" {
				t.Errorf("%s: mention %q has no Why", w.name, m.Text)
			}
		}
	}
	if e := tl.Events[5]; e.Why == "" || !strings.Contains(e.Why, "as early as next week") {
		t.Errorf("fused visit: Why = %q; want it to name the clues", e.Why)
	}
	var undated []string
	for _, m := range tl.Undated {
		undated = append(undated, m.Text)
	}
	for _, w := range []string{"previously", "recent", "the new era"} {
		if !slices.Contains(undated, w) {
			t.Errorf("Undated = %q; want it to hold %q", undated, w)
		}
	}
	for _, e := range tl.Events {
		for _, m := range e.Mentions {
			if a.Paragraphs[m.Paragraph-1].Furniture {
				t.Errorf("event %q has a mention in furniture paragraph %d", e.Label, m.Paragraph)
			}
		}
	}
}

// TestExtractArticleTraits checks properties every test article must have,
// whatever its golden file says: no event from furniture, every mention
// explained, labels within bounds, events in order.
func TestExtractArticleTraits(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.md")
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a := loadTestArticle(t, f, data)
			tl := Extract(a)
			if len(tl.Events) == 0 {
				t.Fatalf("Extract(%s) found no events", f)
			}
			for i, e := range tl.Events {
				if i > 0 && e.Start.Before(tl.Events[i-1].Start) {
					t.Errorf("event %s starts before %s", e.ID, tl.Events[i-1].ID)
				}
				if !e.End.After(e.Start) {
					t.Errorf("event %s: empty range %s..%s", e.ID, dateString(e.Start), dateString(e.End))
				}
				if n := len([]rune(e.Label)); n == 0 || n > maxLabel {
					t.Errorf("event %s: label %q has %d characters", e.ID, e.Label, n)
				}
				for _, m := range e.Mentions {
					if a.Paragraphs[m.Paragraph-1].Furniture {
						t.Errorf("event %s: mention %q in furniture", e.ID, m.Text)
					}
					if m.Why == "" || m.Modality == "" {
						t.Errorf("event %s: mention %q lacks Why or Modality", e.ID, m.Text)
					}
				}
			}
			for _, m := range tl.Undated {
				if !strings.Contains(m.Why, "left off the axis") {
					t.Errorf("undated %q: Why %q does not say why it is left out", m.Text, m.Why)
				}
			}
		})
	}
}

// BenchmarkExtract measures loading and extracting the sample article and
// a long one (every test article joined into one body).
func BenchmarkExtract(b *testing.B) {
	b.Run("sample", func(b *testing.B) {
		b.SetBytes(int64(len(assets.Sample)))
		for b.Loop() {
			a, err := Load(assets.SampleName, assets.Sample)
			if err != nil {
				b.Fatal(err)
			}
			Extract(a)
		}
	})
	// "long" and "huge" differ only in size (60 KB, 1 MB, the same
	// stories over and over): their MB/s should match, and did not when
	// merging went over every mention of an event for each new one.
	for _, size := range []struct {
		name  string
		times int
	}{{"long", 4}, {"huge", 64}} {
		b.Run(size.name, func(b *testing.B) {
			long := longArticle(b, size.times)
			b.SetBytes(int64(len(long)))
			for b.Loop() {
				a, err := Load("long.md", long)
				if err != nil {
					b.Fatal(err)
				}
				Extract(a)
			}
		})
	}
}

// TestExtractWorkIsLinear extracts the sample article's body repeated 8
// and 256 times (the same six events over and over, so each gathers many
// mentions) and compares the bytes allocated (deterministic, unlike a
// clock): 32 times the text may cost about 32 times the memory. Merging that compared each reading with every earlier mention of its
// event grew with the square of the repeats.
func TestExtractWorkIsLinear(t *testing.T) {
	head, body, ok := bytes.Cut(assets.Sample[3:], []byte("\n---\n"))
	if !ok {
		t.Fatal("the sample has no front matter")
	}
	alloc := func(n int) uint64 {
		src := append([]byte("---"), head...)
		src = append(append(src, "\n---\n"...), bytes.Repeat(body, n)...)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		a, err := Load("long.md", src)
		if err != nil {
			t.Fatal(err)
		}
		Extract(a)
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	alloc(1) // warm up
	small, large := alloc(8), alloc(256)
	if ratio := float64(large) / float64(small); ratio > 48 {
		t.Errorf("extracting 32 times the text allocated %.1f times the bytes (%d vs %d): work grows faster than the text", ratio, large, small)
	}
}

// longArticle joins the bodies of the test articles, times over, under
// one front matter: about 15 KB of news text each time.
func longArticle(b testing.TB, times int) []byte {
	files, _ := filepath.Glob("testdata/*.md")
	var body bytes.Buffer
	body.WriteString("---\ntitle: Long\npublished: 2025-03-12\n---\n\n")
	for range times {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			if i := bytes.Index(data[3:], []byte("\n---\n")); i >= 0 {
				data = data[i+3+5:]
			}
			body.Write(data)
			body.WriteString("\n\n")
		}
	}
	return body.Bytes()
}

// ExampleExtract shows a timeline of a short report: a dated event, an
// expected one, and a vague mention left off the axis.
func ExampleExtract() {
	src := `---
title: Bridge to close for repairs
published: 2025-03-12
---

The city council voted on Tuesday to close the Old Bridge for repairs.

The bridge will reopen in September, the council said. Cracks were recently found in two piers.
`
	a, err := Load("bridge.md", []byte(src))
	if err != nil {
		fmt.Println(err)
		return
	}
	tl := Extract(a)
	for _, e := range tl.Events {
		fmt.Printf("%s %s..%s %s: %s\n", e.ID, dateString(e.Start), dateString(e.End), e.Modality, e.Label)
	}
	for _, m := range tl.Undated {
		fmt.Printf("undated: %q\n", m.Text)
	}
	// Output:
	// e1 2025-03-11..2025-03-12 happened: City council votes to close the Old Bridge for repairs
	// e2 2025-09-01..2025-10-01 expected: Bridge to reopen
	// undated: "recently"
}

// TestExtractOddInput feeds text that breaks the usual shapes of news
// prose; Extract must not panic and must keep its invariants.
func TestExtractOddInput(t *testing.T) {
	tests := []struct{ name, body string }{
		{"empty body", ""},
		{"only a date", "Monday"},
		{"date first and last", "In March. Last year."},
		{"lone pronoun", "He left on Friday."},
		{"unbalanced quotes", "\"We will win on Sunday, the coach said."},
		{"commas everywhere", ", , , on Tuesday , , who , which ,"},
		{"relative without end", "Hale, who was arrested in 2022"},
		{"headline caps", "PM TO RESIGN ON FRIDAY AS PARTY REVOLTS"},
		{"non-latin", "Путин посетит Пхеньян. Kim met him on 19 June 2024 in Pyongyang."},
		{"numbers", "1,000 people, 2,000 more on 3 March 2023, 4,000 by 2025."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := loadTestArticle(t, tt.name, []byte("---\npublished: 2024-06-12\n---\n\n"+tt.body+"\n"))
			tl := Extract(a)
			for _, e := range tl.Events {
				if !e.End.After(e.Start) || len(e.Mentions) == 0 || len([]rune(e.Label)) > maxLabel {
					t.Errorf("Extract(%q): bad event %+v", tt.body, e)
				}
			}
		})
	}
}

// TestRangesAreOneEvent checks that a range written with two dates, or a
// date and a bare figure, is one event over the whole stretch, and that a
// date moved "from March to May" is not read as a stretch.
func TestRangesAreOneEvent(t *testing.T) {
	for _, c := range []struct {
		text, start, end string // end exclusive; "" when no event may span
	}{
		{"She was in office 1998-2003.", "1998-01-01", "2004-01-01"},
		{"Leaders will meet in Brussels on March 18-19.", "2025-03-18", "2025-03-20"},
		{"The festival runs Aug. 1-10, 2025, in Edinburgh.", "2025-08-01", "2025-08-11"},
		{"The talks were held on 18 and 19 February in Geneva.", "2025-02-18", "2025-02-20"},
		{"The talks ran from June 3 to June 5.", "2024-06-03", "2024-06-06"},
		{"Prices rose between 2019 and 2021.", "2019-01-01", "2022-01-01"},
		{"The ballots were cast after Feb. 3 but before Feb. 10, officials said.", "2025-02-03", "2025-02-11"},
		{"The board postponed the vote from March to May.", "", ""},
	} {
		a := loadTestArticle(t, "range.txt", []byte("---\npublished: 2025-03-01\n---\n"+c.text+"\n"))
		tl := Extract(a)
		var found bool
		for _, e := range tl.Events {
			if len(e.Mentions) > 0 && strings.ContainsAny(e.Mentions[0].Text, "-–") || strings.Contains(e.Value, "/") {
				found = true
				if c.start == "" {
					t.Errorf("%q: event %q spans %s..%s, want no stretch", c.text, e.Label, dateString(e.Start), dateString(e.End))
				} else if got := [2]string{e.Start.Format(time.DateOnly), e.End.Format(time.DateOnly)}; got != [2]string{c.start, c.end} {
					t.Errorf("%q: event %q spans %v, want %s..%s", c.text, e.Label, got, c.start, c.end)
				}
			}
		}
		if !found && c.start != "" {
			t.Errorf("%q: no event spans the range; events: %+v", c.text, tl.Events)
		}
	}
}

// TestComparedPeriodOffAxis: the period a figure is compared with ("from
// a year earlier") and the standard a comparison measures against
// ("shorter than last year's") are placed but are no events: each stays
// off the axis, with its reason, and the figure's own period is the
// event; a limit ("no later than next year") is no comparison and keeps
// its event.
func TestComparedPeriodOffAxis(t *testing.T) {
	for _, tt := range []struct{ published, body, event, compared string }{
		{"2026-04-21", "Council tax bills rose 5% from a year earlier in April.", "2026-04", "a year earlier"},
		{"2025-11-20", "The holiday season is five days shorter than last year's.\n\nThe plant will close no later than next year.", "2026", "last year"},
	} {
		src := "---\npublished: " + tt.published + "\n---\n\n" + tt.body + "\n"
		tl := Extract(loadTestArticle(t, "compared", []byte(src)))
		if len(tl.Events) != 1 || tl.Events[0].Value != tt.event {
			t.Fatalf("%q: events %+v; want one, in %s", tt.body, tl.Events, tt.event)
		}
		if len(tl.Undated) != 1 || tl.Undated[0].Text != tt.compared || !strings.Contains(tl.Undated[0].Why, "compared with") {
			t.Errorf("%q: undated %+v; want %q, left off as a comparison", tt.body, tl.Undated, tt.compared)
		}
	}
}

// TestBracketedDateIsOneEvent: a weekday and its date in brackets ("on
// Wednesday (Aug 5)") name one day, so one event, not two.
func TestBracketedDateIsOneEvent(t *testing.T) {
	a := loadTestArticle(t, "brackets.txt", []byte("---\npublished: 2026-08-13\n---\nThe central bank held rates on Wednesday (Aug 5) and meets next on Tuesday (Sept 29).\n"))
	tl := Extract(a)
	days := map[string]int{}
	for _, e := range tl.Events {
		days[e.Start.Format(time.DateOnly)]++
	}
	if len(tl.Events) != 2 || days["2026-08-05"] != 1 || days["2026-09-29"] != 1 {
		var got []string
		for _, e := range tl.Events {
			got = append(got, e.Label+" "+e.Start.Format(time.DateOnly))
		}
		t.Errorf("events %q; want one on 2026-08-05 and one on 2026-09-29", got)
	}
}

// TestDatelineNamesNoOne: the place of a dateline ("NEW DELHI:") is no
// antecedent of "his" and no agent of a label.
func TestDatelineNamesNoOne(t *testing.T) {
	a := loadTestArticle(t, "dateline.txt", []byte("---\npublished: 2026-08-13\n---\nNEW DELHI: Prime Minister Narendra Modi will speak at 07:30 on Saturday, his 13th consecutive Independence Day speech.\n"))
	for _, e := range Extract(a).Events {
		if strings.Contains(e.Label, "DELHI") {
			t.Errorf("event %q takes its agent from the dateline", e.Label)
		}
	}
}
