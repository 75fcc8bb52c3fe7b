package render

import (
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"image/png"
	"io"
	"math"
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

func TestLabelsNeverOverlap(t *testing.T) {
	tls := map[string]*timeline.Timeline{"sample": sample(t)}
	for _, n := range []int{1, 10, 200, 2000} {
		tls[fmt.Sprint(n)] = synthetic(n, int64(n))
	}
	for name, tl := range tls {
		fit := FitView(tl)
		views := map[string]View{
			"fit": {}, "zoom-in": fit.Zoom(0.2, fit.From.Add(fit.Span()/2)),
			"zoom-out": fit.Zoom(4, fit.From), "pan": fit.Pan(0.5),
		}
		for vname, v := range views {
			for _, size := range [][2]float64{{1600, 900}, {800, 400}, {320, 240}} {
				l := Compute(tl, Options{Width: size[0], Height: size[1], View: v})
				t.Run(fmt.Sprintf("%s/%s/%vx%v", name, vname, size[0], size[1]), func(t *testing.T) {
					checkLayout(t, l)
				})
			}
		}
	}
}

// checkLayout asserts what every layout must hold: labels and marks inside
// the chart, no label over another label or over another event's mark.
func checkLayout(t *testing.T, l *Layout) {
	t.Helper()
	var labelled []Mark
	for _, m := range l.Marks {
		if m.Box.X < l.Plot.X-markH || m.Box.X+m.Box.W > l.Plot.X+l.Plot.W+markH || m.Box.Y < l.Plot.Y || m.Box.Y+m.Box.H > l.AxisY {
			t.Errorf("mark of event %d at %+v outside the plot %+v", m.Event, m.Box, l.Plot)
		}
		if m.Label.W > 0 {
			if m.Label.X < l.Plot.X-0.01 || m.Label.X+m.Label.W > l.Plot.X+l.Plot.W+0.01 {
				t.Errorf("label %q at %+v outside the plot %+v", m.Text, m.Label, l.Plot)
			}
			labelled = append(labelled, m)
		}
	}
	for i, a := range labelled {
		for _, b := range labelled[i+1:] {
			if a.Label.Overlaps(b.Label) {
				t.Fatalf("labels overlap: %q %+v and %q %+v", a.Text, a.Label, b.Text, b.Label)
			}
			if a.Label.Overlaps(b.Box) || b.Label.Overlaps(a.Box) {
				t.Fatalf("label over another event's mark: %q and %q", a.Text, b.Text)
			}
		}
	}
}

func TestRangesAreWiderThanPoints(t *testing.T) {
	l := Compute(sample(t), Options{Width: 1200, Height: 520})
	tl := sample(t)
	for _, m := range l.Marks {
		e := tl.Events[m.Event]
		switch {
		case e.End.Sub(e.Start) <= 24*time.Hour && m.Kind != Point:
			t.Errorf("day event %q drawn as %v", e.Label, m.Kind)
		case e.End.Sub(e.Start) > 7*24*time.Hour && (m.Kind != Bar || m.Box.W <= markH):
			t.Errorf("range event %q (%s..%s) drawn %v %v wide", e.Label, e.Start, e.End, m.Kind, m.Box.W)
		}
	}
	if len(l.Marks) != len(tl.Events) {
		t.Errorf("%d marks for %d events in the fitted view", len(l.Marks), len(tl.Events))
	}
	if !l.HasPub {
		t.Errorf("publication date not marked")
	}
}

func TestHitTest(t *testing.T) {
	tl := synthetic(300, 7)
	l := Compute(tl, Options{Width: 1600, Height: 900})
	for _, m := range l.Marks {
		x, y := m.Box.X+m.Box.W/2, m.Box.Y+m.Box.H/2
		got, ok := l.HitTest(x, y)
		if !ok {
			t.Fatalf("HitTest(%v, %v) found nothing; want event %d", x, y, m.Event)
		}
		if got != m.Event {
			// only acceptable where marks in compact rows are stacked
			o, _ := l.MarkOf(got)
			if !o.Box.Contains(x, y) && !o.Label.Contains(x, y) {
				t.Errorf("HitTest(%v, %v) = %d; want %d", x, y, got, m.Event)
			}
		}
		if m.Label.W > 0 {
			if got, _ := l.HitTest(m.Label.X+m.Label.W/2, m.Label.Y+m.Label.H/2); got != m.Event {
				t.Errorf("HitTest on the label of %d = %d", m.Event, got)
			}
		}
	}
	if _, ok := l.HitTest(1, 1); ok {
		t.Errorf("HitTest in the margin found an event")
	}
}

func TestViewZoomPan(t *testing.T) {
	v := View{From: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)}
	anchor := time.Date(2020, 4, 1, 0, 0, 0, 0, time.UTC)
	z := v.Zoom(0.5, anchor)
	if z.Span() != v.Span()/2 {
		t.Errorf("Zoom(0.5) span = %v; want %v", z.Span(), v.Span()/2)
	}
	before := float64(anchor.Sub(v.From)) / float64(v.Span())
	after := float64(anchor.Sub(z.From)) / float64(z.Span())
	if d := before - after; d > 1e-9 || d < -1e-9 {
		t.Errorf("anchor moved on screen: %v -> %v", before, after)
	}
	if p := v.Pan(0.25); !p.From.Equal(v.From.Add(v.Span()/4)) || p.Span() != v.Span() {
		t.Errorf("Pan(0.25) = %v", p)
	}
	if p := v.PanBy(-48 * time.Hour); !p.To.Equal(v.To.Add(-48*time.Hour)) || p.Span() != v.Span() {
		t.Errorf("PanBy(-48h) = %v", p)
	}
	if z := v.Zoom(1e-9, anchor); z.Span() < minSpan {
		t.Errorf("zoomed in beyond the limit: %v", z.Span())
	}
}

func TestViewReveal(t *testing.T) {
	d := func(m, day int) time.Time { return time.Date(2020, time.Month(m), day, 0, 0, 0, 0, time.UTC) }
	v := View{From: d(1, 1), To: d(3, 1)}
	tests := []struct {
		name     string
		from, to time.Time
	}{
		{"inside", d(1, 20), d(1, 25)},
		{"after", d(6, 1), d(6, 2)},
		{"before", d(1, 1).AddDate(-1, 0, 0), d(1, 2).AddDate(-1, 0, 0)},
		{"wider", d(1, 1), d(12, 1)},
	}
	for _, tt := range tests {
		r := v.Reveal(tt.from, tt.to)
		if r.Span() != v.Span() {
			t.Errorf("%s: Reveal changed the span to %v", tt.name, r.Span())
		}
		if tt.to.Sub(tt.from) < v.Span() && (tt.from.Before(r.From) || tt.to.After(r.To)) {
			t.Errorf("%s: Reveal(%v, %v) = %v does not show the range", tt.name, tt.from, tt.to, r)
		}
		if tt.name == "inside" && r != v {
			t.Errorf("inside: the view moved to %v", r)
		}
	}
}

func TestAxisRelabelsByScale(t *testing.T) {
	tl := synthetic(10, 3)
	mid := time.Date(2020, 6, 15, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		span time.Duration
		unit string
	}{
		{14 * 24 * time.Hour, "day"},
		{120 * 24 * time.Hour, "week"},
		{2 * 365 * 24 * time.Hour, "quarter"},
		{12 * 365 * 24 * time.Hour, "year"},
		{150 * 365 * 24 * time.Hour, "decade"},
	}
	for _, tt := range tests {
		v := View{From: mid.Add(-tt.span / 2), To: mid.Add(tt.span / 2)}
		l := Compute(tl, Options{Width: 1200, Height: 400, View: v})
		if l.Unit != tt.unit || len(l.Ticks) < 2 {
			t.Errorf("span %v: unit %q with %d ticks; want %q", tt.span, l.Unit, len(l.Ticks), tt.unit)
		}
		end := math.Inf(-1)
		for i, tk := range l.Ticks {
			if i > 0 && tk.X-l.Ticks[i-1].X < minTickGap*0.8 {
				t.Errorf("span %v: ticks %q and %q too close", tt.span, l.Ticks[i-1].Label, tk.Label)
			}
			if tk.Label == "" {
				continue
			}
			if tk.X < end {
				t.Errorf("span %v: tick label %q overlaps the one before", tt.span, tk.Label)
			}
			end = tk.X + 3 + textWidth(tk.Label, tickSize)
		}
	}
}

// TestMillennia lays out an article that names 3000 BC, AD 79 and next
// June: the view spans five thousand years, beyond what a time.Duration
// holds (292), so its arithmetic is on seconds; the ticks stand on round
// years of the era, and each mark stands where its year is.
func TestMillennia(t *testing.T) {
	year := func(y int) time.Time { return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC) }
	tl := &timeline.Timeline{
		Article: &timeline.Article{Title: "Digging", Published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), HasPublished: true},
		Events: []timeline.Event{
			{ID: "e1", Label: "Site settled", Start: year(-2999), End: year(-2998), Modality: timeline.Reported},
			{ID: "e2", Label: "Vesuvius erupts", Start: year(79), End: year(80), Modality: timeline.Happened},
			{ID: "e3", Label: "Dig to resume", Start: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), End: time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), Modality: timeline.Expected},
		},
	}
	l := Compute(tl, Options{Width: 1200, Height: 400})
	if l.Unit != "century" {
		t.Errorf("unit %q; want century (in steps of 500 years)", l.Unit)
	}
	var labels []string
	for _, tk := range l.Ticks {
		if tk.Label != "" {
			labels = append(labels, tk.Label)
		}
	}
	if got := strings.Join(labels, " "); got != "3000s BC 2500s BC 2000s BC 1500s BC 1000s BC 500s BC AD 1 500s 1000s 1500s 2000s" {
		t.Errorf("tick labels %q", got)
	}
	x := func(y int) float64 { return l.X(year(y)) }
	if f := (x(79) - x(-2999)) / (x(2025) - x(-2999)); math.Abs(f-3078.0/5024) > 0.001 {
		t.Errorf("AD 79 stands at %.3f of the way from 3000 BC to 2025; want %.3f", f, 3078.0/5024)
	}
	if got := l.Time(l.X(year(79))); got.Year() != 79 {
		t.Errorf("Time(X(AD 79)) = %v", got)
	}
}

// TestTicksAcrossAD1: in steps of one year the ticks run 1 BC, AD 1, 2
// (the step after AD 1 once stood still, and the layout never ended).
func TestTicksAcrossAD1(t *testing.T) {
	v := View{From: time.Date(-3, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(6, 1, 1, 0, 0, 0, 0, time.UTC)}
	l := Compute(synthetic(3, 1), Options{Width: 1200, Height: 400, View: v})
	var labels []string
	for _, tk := range l.Ticks {
		labels = append(labels, tk.Label)
	}
	if got := strings.Join(labels, " "); l.Unit != "year" || got != "4 BC 3 BC 2 BC 1 BC AD 1 2 3 4 5" {
		t.Errorf("unit %q, tick labels %q", l.Unit, got)
	}
}

func TestPNGSize(t *testing.T) {
	tl := sample(t)
	for _, tc := range []struct{ w, h, scale float64 }{{1920, 1080, 2}, {800, 450, 1}, {640, 360, 3}} {
		var b bytes.Buffer
		if err := WritePNG(&b, Compute(tl, Options{Width: tc.w, Height: tc.h, Scale: tc.scale})); err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(&b)
		if err != nil {
			t.Fatalf("PNG does not decode: %v", err)
		}
		if got := img.Bounds().Size(); got.X != int(tc.w*tc.scale) || got.Y != int(tc.h*tc.scale) {
			t.Errorf("%vx%v@%v: image is %v", tc.w, tc.h, tc.scale, got)
		}
	}
}

func TestSVG(t *testing.T) {
	tl := sample(t)
	var b bytes.Buffer
	if err := WriteSVG(&b, Compute(tl, Options{Width: 1200, Height: 520})); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		XMLName xml.Name
		Width   string   `xml:"width,attr"`
		Texts   []string `xml:"text"`
	}
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("SVG does not parse: %v", err)
	}
	if doc.XMLName.Local != "svg" || doc.Width != "1200" {
		t.Errorf("root <%s width=%q>; want <svg width=\"1200\">", doc.XMLName.Local, doc.Width)
	}
	all := strings.Join(doc.Texts, "\n")
	for _, e := range tl.Events {
		if !strings.Contains(all, xmlText(e.Label)) && !strings.Contains(all, strings.TrimSuffix(xmlText(clipText(e.Label, labelSize, labelMax)), "…")) {
			t.Errorf("SVG lacks the label %q", e.Label)
		}
	}
}

func xmlText(s string) string {
	var b bytes.Buffer
	xml.EscapeText(&b, []byte(s))
	var out string
	xml.Unmarshal([]byte("<a>"+b.String()+"</a>"), &out)
	return out
}

func BenchmarkSampleLayoutAndPNG(b *testing.B) {
	tl := sample(b)
	for b.Loop() {
		if err := WritePNG(io.Discard, Compute(tl, Options{Width: 1600, Height: 900})); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRedraw is one step of zooming or panning in the window: a new
// layout for the new view and its image.
func BenchmarkRedraw(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		tl := synthetic(n, 1)
		fit := FitView(tl)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			i := 0
			for b.Loop() {
				v := fit.Zoom(0.9, fit.From.Add(fit.Span()/3)).Pan(float64(i%10) / 100)
				if _, err := Image(Compute(tl, Options{Width: 1200, Height: 500, View: v})); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

func BenchmarkLayout(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		tl := synthetic(n, 1)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				Compute(tl, Options{Width: 1200, Height: 500})
			}
		})
	}
}

func BenchmarkExportPNG1000At4K(b *testing.B) {
	tl := synthetic(1000, 1)
	for b.Loop() {
		if err := WritePNG(io.Discard, Compute(tl, Options{Width: 1920, Height: 1080, Scale: 2})); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncodePNG4K is the PNG encoding alone of a 3840x2160 chart.
func BenchmarkEncodePNG4K(b *testing.B) {
	img, err := Image(Compute(synthetic(1000, 1), Options{Width: 1920, Height: 1080, Scale: 2}))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := encodePNG(io.Discard, img); err != nil {
			b.Fatal(err)
		}
	}
}
