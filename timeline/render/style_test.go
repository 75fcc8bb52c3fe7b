package render

import (
	"bytes"
	"flag"
	"fmt"
	"hash/adler32"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-app/dateline/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// sixEvents is the timeline the sample article must give
// (shared/seed/expected-timeline.md), built by hand so the picture can be
// judged whatever the extractor finds today. The visit's end is soft: "in
// the coming weeks" guesses it, "this summer" only bounds it.
func sixEvents() *timeline.Timeline {
	return &timeline.Timeline{
		Article: &timeline.Article{Title: `Kim hails "invincible" ties with Russia ahead of expected Putin visit`,
			Source: "The Moscow Times", Published: day(2024, 6, 12), HasPublished: true},
		Events: []timeline.Event{
			{ID: "e1", Label: "Kim's summit with Putin in Russia's far east", Start: day(2023, 1, 1), End: day(2024, 1, 1), Grain: "year", Modality: timeline.Happened},
			{ID: "e2", Label: "Russia's UN veto ends monitoring of sanctions violations", Start: day(2024, 3, 1), End: day(2024, 4, 1), Grain: "month", Modality: timeline.Happened},
			{ID: "e3", Label: `Kremlin tells Russian media the trip is "being prepared"`, Start: day(2024, 5, 1), End: day(2024, 6, 1), Grain: "month", Modality: timeline.Happened},
			{ID: "e4", Label: "Pentagon report: Russia uses North Korean missiles in Ukraine", Start: day(2024, 5, 1), End: day(2024, 6, 1), Grain: "month", Modality: timeline.Reported},
			{ID: "e5", Label: `Kim hails ties with Russia as "invincible comrades-in-arms"`, Start: day(2024, 6, 12), End: day(2024, 6, 13), Grain: "day", Modality: timeline.Happened},
			{ID: "e6", Label: "Putin's expected visit to Pyongyang", Start: day(2024, 6, 17), End: day(2024, 9, 1), Grain: "season", Modality: timeline.Expected, SoftEnd: true},
		},
	}
}

func TestSixEventsImages(t *testing.T) {
	for _, tc := range []struct {
		name  string
		theme Theme
		scale float64
	}{{"six-light", Light, 1}, {"six-dark", Dark, 1}, {"six-transparent", Transparent, 1}, {"six-light-2x", Light, 2}} {
		l := Compute(sixEvents(), Options{Width: 1200, Height: 440, Scale: tc.scale, Theme: tc.theme, Selected: "e6"})
		checkLayout(t, l)
		if len(l.Marks) != 6 || l.Hidden != 0 {
			t.Errorf("%s: %d marks, %d without labels; want 6 labelled marks", tc.name, len(l.Marks), l.Hidden)
		}
		save(t, tc.name, l)
	}
}

// TestLayoutGolden pins the geometry of the six events at one size: a
// change in the layout shows up as a readable diff of testdata/six.golden.txt
// (regenerate with -update, and read the diff before committing it).
func TestLayoutGolden(t *testing.T) {
	l := Compute(sixEvents(), Options{Width: 1200, Height: 440})
	var b strings.Builder
	fmt.Fprintf(&b, "view %s .. %s, plot %s, unit %s\n", l.View.From.Format(time.DateOnly), l.View.To.Format(time.DateOnly), rect(l.Plot), l.Unit)
	fmt.Fprintf(&b, "published at x=%.1f %q\n", l.PubX, l.PubLabel)
	for _, tk := range l.Ticks {
		fmt.Fprintf(&b, "tick x=%.1f %q\n", tk.X, tk.Label)
	}
	for _, m := range l.Marks {
		kind := map[Kind]string{Point: "point", Bar: "bar"}[m.Kind]
		fmt.Fprintf(&b, "lane %d %-5s %-8s mark %s label %s %q soft=%v,%v\n", m.Lane, kind, m.Modality, rect(m.Box), rect(m.Label), m.Text, m.SoftStart, m.SoftEnd)
	}
	golden := filepath.Join("testdata", "six.golden.txt")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if b.String() != string(want) {
		t.Errorf("layout differs from %s (go test -update rewrites it):\n%s", golden, b.String())
	}
}

func rect(r Rect) string { return fmt.Sprintf("[%.1f,%.1f %.1fx%.1f]", r.X, r.Y, r.W, r.H) }

// recorder is a Canvas that keeps what was drawn, to test the drawing
// without looking at pixels.
type recorder struct{ ops []op }

type op struct {
	kind  string // fill, stroke, line, text
	box   Rect   // bounding box
	col   color.NRGBA
	dash  bool
	dots  bool // a dash pattern of dots rather than dashes
	text  string
	width float64
}

func bounds(pts []float64) Rect {
	r := Rect{X: pts[0], Y: pts[1]}
	x1, y1 := r.X, r.Y
	for i := 0; i+1 < len(pts); i += 2 {
		r.X, r.Y = min(r.X, pts[i]), min(r.Y, pts[i+1])
		x1, y1 = max(x1, pts[i]), max(y1, pts[i+1])
	}
	r.W, r.H = x1-r.X, y1-r.Y
	return r
}

func (c *recorder) FillRect(r Rect, col color.NRGBA) {
	c.ops = append(c.ops, op{kind: "fill", box: r, col: col})
}
func (c *recorder) StrokeRect(r Rect, col color.NRGBA, w float64, dash []float64) {
	c.ops = append(c.ops, op{kind: "stroke", box: r, col: col, dash: dash != nil, dots: dotted(dash), width: w})
}
func (c *recorder) Line(x0, y0, x1, y1 float64, col color.NRGBA, w float64, dash []float64) {
	c.ops = append(c.ops, op{kind: "line", box: bounds([]float64{x0, y0, x1, y1}), col: col, dash: dash != nil, width: w})
}
func (c *recorder) FillPoly(pts []float64, col color.NRGBA) {
	c.ops = append(c.ops, op{kind: "fill", box: bounds(pts), col: col})
}
func (c *recorder) StrokePoly(pts []float64, col color.NRGBA, w float64, dash []float64) {
	c.ops = append(c.ops, op{kind: "stroke", box: bounds(pts), col: col, dash: dash != nil, dots: dotted(dash), width: w})
}
func dotted(dash []float64) bool { return len(dash) > 0 && dash[0] < 2.5 }

func (c *recorder) Text(s string, x, baseline, size float64, col color.NRGBA) {
	c.ops = append(c.ops, op{kind: "text", box: Rect{X: x, Y: baseline - size, W: textWidth(s, size), H: size}, col: col, text: s})
}

// within returns the ops drawn inside r.
func (c *recorder) within(r Rect) []op {
	var out []op
	for _, o := range c.ops {
		if o.kind != "text" && o.box.X >= r.X-0.01 && o.box.Y >= r.Y-0.01 && o.box.X+o.box.W <= r.X+r.W+0.01 && o.box.Y+o.box.H <= r.Y+r.H+0.01 {
			out = append(out, o)
		}
	}
	return out
}

// style sums up how a mark was drawn.
type style struct {
	solidFill, paleFill, outline, dashed, dotted, hatched, struck bool
}

func styleOf(ops []op, m Mark) style {
	var s style
	for _, o := range ops {
		switch {
		case o.kind == "fill" && o.col.A == 255:
			s.solidFill = true
		case o.kind == "fill":
			s.paleFill = true
		case o.kind == "stroke":
			s.outline = true
			s.dashed = s.dashed || o.dash && !o.dots
			s.dotted = s.dotted || o.dots
		case o.kind == "line" && o.box.W > 0 && o.box.H > 0 && o.width == 1:
			s.hatched = true
		case o.kind == "line" && o.box.W > 0 && (o.box.H == 0 && o.box.Y > m.Box.Y+0.1 && o.box.Y < m.Box.Y+m.Box.H-0.1 || m.Kind == Point && o.box.H > 0):
			s.struck = true
		}
	}
	return s
}

func TestModalitiesStyledApart(t *testing.T) {
	for _, kind := range []struct {
		name string
		dur  time.Duration
	}{{"bar", 60 * 24 * time.Hour}, {"point", 24 * time.Hour}} {
		tl := &timeline.Timeline{}
		for i, m := range legendOrder {
			start := day(2024, 1, 1).AddDate(0, i*3, 0)
			tl.Events = append(tl.Events, timeline.Event{ID: string(m), Label: string(m), Start: start, End: start.Add(kind.dur), Modality: m})
		}
		for _, theme := range []Theme{Light, Dark, Transparent} {
			l := Compute(tl, Options{Width: 1000, Height: 300, Theme: theme})
			var c recorder
			Draw(l, &c)
			seen := map[style]timeline.Modality{}
			for _, m := range l.Marks {
				mod := tl.Events[m.Event].Modality
				area := m.Box
				if m.Kind == Point { // the diamond stands a little outside its box
					area = Rect{area.X - 3, area.Y - 3, area.W + 6, area.H + 6}
				}
				s := styleOf(c.within(area), m)
				if other, ok := seen[s]; ok {
					t.Errorf("%s, theme %d: %s and %s look the same: %+v", kind.name, theme, other, mod, s)
				}
				seen[s] = mod
				want := map[timeline.Modality]func(style) bool{
					timeline.Happened: func(s style) bool { return s.solidFill && !s.outline },
					timeline.Expected: func(s style) bool { return s.outline && s.dashed && !s.solidFill },
					timeline.Possible: func(s style) bool { return s.outline && s.dotted && !s.solidFill },
					timeline.Reported: func(s style) bool { return kind.name == "point" || s.hatched },
					timeline.Denied:   func(s style) bool { return s.struck || kind.name == "point" },
				}[mod]
				if !want(s) {
					t.Errorf("%s, theme %d: %s drawn as %+v", kind.name, theme, mod, s)
				}
			}
		}
	}
}

// TestSoftEndFades checks that a soft end is drawn in steps of falling
// opacity, and never by painting the background over the bar (which would
// show as a white smear on a transparent chart).
func TestSoftEndFades(t *testing.T) {
	tl := sixEvents()
	for _, theme := range []Theme{Light, Dark, Transparent} {
		l := Compute(tl, Options{Width: 1200, Height: 440, Theme: theme})
		m, ok := l.MarkOf(5)
		if !ok || !m.SoftEnd {
			t.Fatalf("the visit's mark %+v lacks its soft end", m)
		}
		var c recorder
		Draw(l, &c)
		p := theme.palette()
		var alphas []uint8
		for _, o := range c.within(m.Box) {
			if o.kind != "fill" {
				continue
			}
			if o.col.R == p.bg.R && o.col.G == p.bg.G && o.col.B == p.bg.B && o.col != p.color(timeline.Expected) {
				t.Errorf("theme %d: background colour painted over the bar at %+v", theme, o.box)
			}
			if o.box.X+o.box.W > m.Box.X+m.Box.W-30 {
				alphas = append(alphas, o.col.A)
			}
		}
		if len(alphas) < 3 {
			t.Fatalf("theme %d: %d fills at the soft end; want a fade", theme, len(alphas))
		}
		for i := 1; i < len(alphas); i++ {
			if alphas[i] > alphas[i-1] {
				t.Errorf("theme %d: opacity rises towards the soft end: %v", theme, alphas)
				break
			}
		}
	}
}

func TestFitText(t *testing.T) {
	long := "Pentagon report: Russia uses North Korean ballistic missiles in Ukraine"
	tests := []struct {
		name    string
		s       string
		width   float64
		clipped bool
	}{
		{"fits", "Summit", 100, false},
		{"exactly", "Summit", textWidth("Summit", labelSize), false},
		{"too long", long, 200, true},
		{"room for the ellipsis only", long, 8, true},
		{"non-Latin", "Пхеньян 平壤", 300, false},
	}
	for _, tt := range tests {
		got, w := fitText(tt.s, labelSize, tt.width)
		if (got != tt.s) != tt.clipped || tt.clipped && !strings.HasSuffix(got, "…") {
			t.Errorf("%s: fitText(%q, %v) = %q", tt.name, tt.s, tt.width, got)
		}
		if d := w - textWidth(got, labelSize); d > 1e-9 || d < -1e-9 {
			t.Errorf("%s: fitText says %q is %v wide; it is %v", tt.name, got, w, textWidth(got, labelSize))
		}
		if got != "…" && w > tt.width+1e-9 {
			t.Errorf("%s: %q is %v wide, over %v", tt.name, got, w, tt.width)
		}
	}
}

func TestAdler32Combine(t *testing.T) {
	data := []byte(strings.Repeat("Dateline draws timelines. ", 9000))
	for _, cut := range []int{0, 1, 65520, 65521, 100000, len(data)} {
		a, b := data[:cut], data[cut:]
		if got, want := adler32Combine(adler32.Checksum(a), adler32.Checksum(b), len(b)), adler32.Checksum(data); got != want {
			t.Errorf("cut at %d: combined %08x; want %08x", cut, got, want)
		}
	}
}

// TestPNGExact: the banded encoder keeps every pixel, for images of many
// heights (bands of one row, uneven bands) and with translucent pixels.
func TestPNGExact(t *testing.T) {
	for _, tc := range []struct {
		h      int
		opaque bool
	}{{1, false}, {7, false}, {64, false}, {130, false}, {1000, false}, {1, true}, {130, true}, {1000, true}} {
		h := tc.h
		img := image.NewRGBA(image.Rect(0, 0, 37, h))
		for i := range img.Pix {
			img.Pix[i] = uint8(i * 7 % 251)
			if tc.opaque && i%4 == 3 {
				img.Pix[i] = 255
			}
		}
		for i := 3; i < len(img.Pix); i += 4 { // keep it a valid premultiplied image
			a := img.Pix[i]
			for c := 1; c <= 3; c++ {
				img.Pix[i-c] = min(img.Pix[i-c], a)
			}
		}
		var b bytes.Buffer
		if err := encodePNG(&b, img); err != nil {
			t.Fatal(err)
		}
		got, err := png.Decode(&b)
		if err != nil {
			t.Fatalf("height %d: %v", h, err)
		}
		for y := 0; y < h; y++ {
			for x := 0; x < 37; x++ {
				want := color.NRGBAModel.Convert(img.At(x, y))
				if g := color.NRGBAModel.Convert(got.At(x, y)); g != want {
					t.Fatalf("height %d: pixel (%d,%d) = %v; want %v", h, x, y, g, want)
				}
			}
		}
	}
}

// TestScaleScalesGeometry: at --scale s every shape and every label lands
// s times further from the corner (go-chart's DPI alone would only grow
// the fonts).
func TestScaleScalesGeometry(t *testing.T) {
	tl := sixEvents()
	p := Light.palette()
	for _, scale := range []float64{1, 2, 3} {
		l := Compute(tl, Options{Width: 1000, Height: 400, Scale: scale})
		img, err := Image(l)
		if err != nil {
			t.Fatal(err)
		}
		at := func(x, y float64) color.NRGBA {
			return color.NRGBAModel.Convert(img.At(int(x*scale), int(y*scale))).(color.NRGBA)
		}
		for _, m := range l.Marks {
			if m.Modality == timeline.Happened {
				if got := at(m.Box.X+m.Box.W/2, m.Box.Y+m.Box.H/2); got != p.color(timeline.Happened) {
					t.Errorf("scale %v: the centre of %q is %v; want the mark's colour", scale, m.Text, got)
				}
			}
			ink := 0 // dark pixels inside the label's box: its words
			for x := m.Label.X; x < m.Label.X+m.Label.W; x++ {
				for y := m.Label.Y; y < m.Label.Y+m.Label.H; y++ {
					if c := at(x, y); c.R < 128 && c.G < 128 && c.B < 128 {
						ink++
					}
				}
			}
			if ink < len(m.Text) {
				t.Errorf("scale %v: the label box of %q holds %d dark pixels; want its words", scale, m.Text, ink)
			}
		}
	}
}
