package export

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-app/dateline/assets"
	"github.com/dateline-app/dateline/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./timeline/export -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("output differs from %s (review, then go test ./timeline/export -update):\n got: %s\nwant: %s", path, got, want)
	}
}

func loadFile(t *testing.T, path string) *timeline.Article {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := timeline.Load(filepath.Base(path), data)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// articles returns the embedded sample and the core's test articles,
// extracted: real timelines for the schema and round-trip tests (they
// change as extraction improves, so no golden output depends on them).
func articles(t *testing.T) map[string]*timeline.Timeline {
	t.Helper()
	out := map[string]*timeline.Timeline{}
	a, err := timeline.Load(assets.SampleName, assets.Sample)
	if err != nil {
		t.Fatal(err)
	}
	out["sample"] = timeline.Extract(a)
	paths, _ := filepath.Glob("../testdata/*.md")
	paths = append(paths, "testdata/handmade.md")
	for _, p := range paths {
		a := loadFile(t, p)
		if !a.HasPublished {
			continue
		}
		out[strings.TrimSuffix(filepath.Base(p), ".md")] = timeline.Extract(a)
	}
	return out
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// mention finds phrase in the article and ties it to its paragraph and
// sentence, as Extract would.
func mention(t *testing.T, a *timeline.Article, phrase, value, why string) timeline.Mention {
	t.Helper()
	i := strings.Index(a.Body, phrase)
	if i < 0 {
		t.Fatalf("%q is not in the article", phrase)
	}
	m := timeline.Mention{Start: i, End: i + len(phrase), Text: phrase, Type: "DATE", Value: value, Why: why}
	for _, p := range a.Paragraphs {
		if i >= p.Start && i < p.End {
			m.Paragraph = p.N
			for _, s := range p.Sentences {
				if i >= s.Start && i < s.End {
					m.Sentence = timeline.Span{Start: s.Start, End: s.End}
				}
			}
		}
	}
	return m
}

// handmade is a timeline built by hand on testdata/handmade.md, so that
// the golden files test the exporters alone, not the extractor. It holds
// every shape an event can have: a season, a span of years, a day, a clock
// time, a fused range with soft bounds, each modality but denied, HTML and
// CSV metacharacters, and an undated mention.
func handmade(t *testing.T) *timeline.Timeline {
	a := loadFile(t, "testdata/handmade.md")
	spring := mention(t, a, "the spring of 2021", "2021-SP", `"the spring of 2021" -> spring 2021: a season with its year`)
	years := mention(t, a, "2022–2023", "2022/2023", `"2022–2023" -> 2022 to 2023: a span of years`)
	monday := mention(t, a, "Monday", "2024-06-10", `"Monday" -> Monday 10 June 2024: the last Monday before the publication date`)
	next := mention(t, a, "as early as next week", "2024-W25", `"as early as next week" -> the week of 17 June 2024`)
	endOfYear := mention(t, a, "the end of the year", "2024", `"the end of the year" -> 2024: the end of the year of the publication date`)
	fused := `"as early as next week" and "the end of the year" together give 2024-06-17 to 2024-12-31`
	next.Why += "; " + fused
	endOfYear.Why += "; " + fused
	clock := mention(t, a, "2:30 p.m. today", "2024-06-12T14:30", `"2:30 p.m. today" -> 14:30 on the publication date`)
	recently := mention(t, a, "Recently", "PAST_REF", `"Recently" -> PAST_REF; left off the axis because it says only that this was some time before the publication date, not when`)
	return &timeline.Timeline{
		Article: a,
		Events: []timeline.Event{
			{ID: "e1", Label: "last audit", Value: "2021-SP", Start: day("2021-03-01"), End: day("2021-06-01"), Grain: "season",
				Modality: timeline.Reported, Paragraphs: []int{3}, Mentions: []timeline.Mention{spring}},
			{ID: "e2", Label: "audit, again", Value: "2022/2023", Start: day("2022-01-01"), End: day("2024-01-01"), Grain: "year",
				Modality: timeline.Reported, Paragraphs: []int{3}, Mentions: []timeline.Mention{years}},
			{ID: "e3", Label: `council votes to delay the budget, "reckless & rash"`, Value: "2024-06-10", Start: day("2024-06-10"), End: day("2024-06-11"), Grain: "day",
				Modality: timeline.Happened, Paragraphs: []int{1}, Mentions: []timeline.Mention{monday}},
			{ID: "e4", Label: "session <resumes>", Value: "2024-06-12T14:30", Start: day("2024-06-12").Add(14*time.Hour + 30*time.Minute),
				End: day("2024-06-12").Add(15*time.Hour + 30*time.Minute), Grain: "time", Modality: timeline.Possible, Paragraphs: []int{4}, Mentions: []timeline.Mention{clock}},
			{ID: "e5", Label: "final vote", Value: "2024-W25", Start: day("2024-06-17"), End: day("2025-01-01"), Grain: "week",
				Modality: timeline.Expected, SoftStart: true, SoftEnd: true, Paragraphs: []int{2}, Why: fused,
				Mentions: []timeline.Mention{next, endOfYear}},
		},
		Undated: []timeline.Mention{recently},
	}
}
