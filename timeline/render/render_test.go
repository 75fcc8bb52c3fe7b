package render

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-app/dateline/assets"
	"github.com/dateline-app/dateline/timeline"
)

var writeImages = flag.String("images", "", "write the test charts as PNG and SVG into this directory, to look at")

func sample(t testing.TB) *timeline.Timeline {
	t.Helper()
	a, err := timeline.Load(assets.SampleName, assets.Sample)
	if err != nil {
		t.Fatal(err)
	}
	return timeline.Extract(a)
}

// synthetic builds n events spread over about ten years: a mix of days,
// months, seasons, years and open ranges, of every modality.
func synthetic(n int, seed int64) *timeline.Timeline {
	rng := rand.New(rand.NewSource(seed))
	mods := []timeline.Modality{timeline.Happened, timeline.Happened, timeline.Expected, timeline.Possible, timeline.Reported, timeline.Denied}
	words := strings.Fields("summit veto report visit trial verdict election strike merger launch storm ceasefire talks sanctions deal hearing")
	base := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	tl := &timeline.Timeline{Article: &timeline.Article{Title: fmt.Sprintf("%d synthetic events", n), Source: "Test",
		Published: time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC), HasPublished: true}}
	for i := 0; i < n; i++ {
		start := base.AddDate(0, 0, rng.Intn(3650))
		var end time.Time
		switch rng.Intn(5) {
		case 0, 1:
			end = start.AddDate(0, 0, 1)
		case 2:
			start = time.Date(start.Year(), start.Month(), 1, 0, 0, 0, 0, time.UTC)
			end = start.AddDate(0, 1, 0)
		case 3:
			end = start.AddDate(0, 3, 0)
		default:
			start = time.Date(start.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
			end = start.AddDate(1, 0, 0)
		}
		label := fmt.Sprintf("%s %s in %s", strings.ToUpper(words[rng.Intn(len(words))][:1])+words[rng.Intn(len(words))][1:], words[rng.Intn(len(words))], start.Format("Jan 2006"))
		tl.Events = append(tl.Events, timeline.Event{ID: fmt.Sprintf("e%d", i+1), Label: label, Start: start, End: end,
			Modality: mods[rng.Intn(len(mods))], SoftEnd: rng.Intn(10) == 0})
	}
	return tl
}

func save(t *testing.T, name string, l *Layout) {
	if *writeImages == "" {
		return
	}
	var b bytes.Buffer
	if err := WritePNG(&b, l); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*writeImages, name+".png"), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	b.Reset()
	if err := WriteSVG(&b, l); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*writeImages, name+".svg"), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestSampleImages(t *testing.T) {
	tl := sample(t)
	for _, tc := range []struct {
		name  string
		theme Theme
		w, h  float64
		scale float64
		sel   string
	}{
		{"sample-light", Light, 1200, 520, 1, "e6"},
		{"sample-dark", Dark, 1200, 520, 1, ""},
		{"sample-small", Light, 640, 400, 2, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := Compute(tl, Options{Width: tc.w, Height: tc.h, Scale: tc.scale, Theme: tc.theme, Selected: tc.sel})
			save(t, tc.name, l)
		})
	}
	save(t, "synthetic-200", Compute(synthetic(200, 1), Options{Width: 1600, Height: 900}))
}
