package app

import (
	"flag"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

var update = flag.Bool("update", false, "rewrite the golden images in testdata")

// markCenter is the middle of event i's mark, in the chart's coordinates.
func markCenter(t testing.TB, c *Chart, i int) fyne.Position {
	t.Helper()
	if c.layout == nil {
		t.Fatal("chart has no layout")
	}
	r := c.layout.MarkRect(i)
	return fyne.NewPos(float32(r.X+r.W/2), float32(r.Y+r.H/2))
}

func TestChartTapSelects(t *testing.T) {
	u, _ := newTestUI(t)
	u.setTimeline(testTimeline(t))
	for i, e := range u.tl.Events {
		t.Run(e.ID, func(t *testing.T) {
			test.TapAt(u.chart, markCenter(t, u.chart, i))
			if u.Selected() != i {
				t.Fatalf("tapping the mark of %s selected %d; want %d", e.ID, u.Selected(), i)
			}
			if got := selectedParagraphs(u); len(got) != 1 || got[0] != e.Paragraphs[0] {
				t.Errorf("tinted paragraphs = %v; want %v", got, e.Paragraphs)
			}
			if p := findPhrase(t, u, e.Mentions[0].Text); p.mark.kind != phraseSelected {
				t.Errorf("the mention %q is not highlighted", e.Mentions[0].Text)
			}
		})
	}
	test.TapAt(u.chart, fyne.NewPos(2, 2))
	if u.Selected() != -1 {
		t.Errorf("tapping empty space left %d selected", u.Selected())
	}
}

func TestChartZoomPan(t *testing.T) {
	type check func(t *testing.T, before, after viewSpan)
	narrower := func(t *testing.T, b, a viewSpan) {
		if a.span() >= b.span() {
			t.Errorf("span %v -> %v; want narrower", b.span(), a.span())
		}
	}
	wider := func(t *testing.T, b, a viewSpan) {
		if a.span() <= b.span() {
			t.Errorf("span %v -> %v; want wider", b.span(), a.span())
		}
	}
	later := func(t *testing.T, b, a viewSpan) {
		if !a.from.After(b.from) || a.span() != b.span() {
			t.Errorf("view %v -> %v; want the same span, later", b, a)
		}
	}
	earlier := func(t *testing.T, b, a viewSpan) {
		if !a.from.Before(b.from) || a.span() != b.span() {
			t.Errorf("view %v -> %v; want the same span, earlier", b, a)
		}
	}
	tests := []struct {
		name  string
		setup func(u *UI, w fyne.Window)
		do    func(u *UI, w fyne.Window)
		want  check
	}{
		{"wheel up zooms in", nil, func(u *UI, w fyne.Window) { test.Scroll(w.Canvas(), chartPoint(u, 0.5), 0, 10) }, narrower},
		{"wheel down zooms out", nil, func(u *UI, w fyne.Window) { test.Scroll(w.Canvas(), chartPoint(u, 0.5), 0, -10) }, wider},
		{"plus key", nil, func(u *UI, w fyne.Window) { u.chart.TypedRune('+') }, narrower},
		{"minus key on the window", nil, func(u *UI, w fyne.Window) { w.Canvas().OnTypedRune()('-') }, wider},
		{"drag right shows earlier times", nil, func(u *UI, w fyne.Window) {
			test.Drag(w.Canvas(), chartPoint(u, 0.5), 80, 0)
		}, earlier},
		{"shift+right pans later", func(u *UI, w fyne.Window) { w.Canvas().Focus(u.chart) }, func(u *UI, w fyne.Window) {
			u.chart.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
			u.chart.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
			u.chart.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
		}, later},
		{"fit after zoom", func(u *UI, w fyne.Window) { u.chart.ZoomBy(4) }, func(u *UI, w fyne.Window) { u.chart.TypedRune('0') }, wider},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, w := newTestUI(t)
			u.setTimeline(testTimeline(t))
			if tt.setup != nil {
				tt.setup(u, w)
			}
			before := shownView(u.chart)
			tt.do(u, w)
			tt.want(t, before, shownView(u.chart))
			if u.Selected() != -1 {
				t.Errorf("zooming or panning selected event %d", u.Selected())
			}
		})
	}
	t.Run("shift+left and left differ", func(t *testing.T) {
		u, w := newTestUI(t)
		u.setTimeline(testTimeline(t))
		w.Canvas().Focus(u.chart)
		u.chart.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
		if u.Selected() != 2 {
			t.Errorf("Left selected %d; want the last event", u.Selected())
		}
	})
}

// chartPoint is a point across the middle of the chart, in window
// coordinates: frac 0 is its left edge, 1 its right edge.
func chartPoint(u *UI, frac float32) fyne.Position {
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(u.chart)
	size := u.chart.Size()
	return pos.Add(fyne.NewPos(size.Width*frac, size.Height*0.6))
}

// viewSpan is the shown span of time as the layout reports it.
type viewSpan struct{ from, to time.Time }

func (v viewSpan) span() time.Duration { return v.to.Sub(v.from) }

func shownView(c *Chart) viewSpan {
	v := c.layout.View
	return viewSpan{v.From, v.To}
}

// TestChartImages checks the chart's pixels in a few states against
// golden PNGs (go test ./app -run TestChartImages -update rewrites them;
// look at every one you commit).
func TestChartImages(t *testing.T) {
	tests := []struct {
		name string
		do   func(c *Chart)
	}{
		{"fit", func(c *Chart) {}},
		{"zoomed", func(c *Chart) { c.ZoomBy(2.5) }},
		{"selected", func(c *Chart) { c.SetSelected(1) }},
		{"dark", func(c *Chart) { c.SetDark(true) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			test.NewTempApp(t)
			c := NewChart()
			w := test.NewTempWindow(t, c)
			w.SetPadded(false)
			w.Resize(fyne.NewSize(720, 300))
			c.SetTimeline(testTimeline(t))
			tt.do(c)
			img := w.Canvas().Capture()
			name := "chart_" + tt.name + ".png"
			if *update {
				writePNG(t, filepath.Join("testdata", name), img)
			}
			test.AssertImageMatches(t, name, img)
		})
	}
}

func writePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

// benchmarkRedraw measures one redraw of the chart widget after a zoom
// or pan step, as a wheel notch or a drag makes.
func benchmarkRedraw(b *testing.B, n int) {
	test.NewTempApp(b)
	c := NewChart()
	w := test.NewTempWindow(b, c)
	w.Resize(fyne.NewSize(1200, 500))
	c.SetTimeline(syntheticTimeline(n))
	c.ZoomBy(3)
	steps := []func(){func() { c.PanBy(0.05) }, func() { c.ZoomBy(zoomStep) }, func() { c.PanBy(-0.05) }, func() { c.ZoomBy(1 / zoomStep) }}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		steps[i%len(steps)]()
	}
}

func BenchmarkChartRedraw1k(b *testing.B)  { benchmarkRedraw(b, 1000) }
func BenchmarkChartRedraw10k(b *testing.B) { benchmarkRedraw(b, 10000) }
