package render

import (
	"fmt"
	"image/color"
	"math"

	"github.com/dateline-app/dateline/timeline"
)

// Canvas is what Draw needs from a drawing library. Every coordinate and
// length is in logical pixels; a canvas applies its own scale. The PNG and
// SVG canvases (gochart.go) wrap go-chart's Renderer, and nothing else in
// this package knows which library paints, so replacing go-chart means
// writing one more Canvas.
type Canvas interface {
	// FillRect fills an axis-aligned rectangle.
	FillRect(r Rect, c color.NRGBA)
	// StrokeRect outlines a rectangle; dash, when not nil, alternates
	// drawn and skipped lengths.
	StrokeRect(r Rect, c color.NRGBA, width float64, dash []float64)
	// Line draws a straight line.
	Line(x0, y0, x1, y1 float64, c color.NRGBA, width float64, dash []float64)
	// FillPoly fills the closed polygon x0, y0, x1, y1, ...
	FillPoly(pts []float64, c color.NRGBA)
	// StrokePoly outlines the closed polygon x0, y0, x1, y1, ...
	StrokePoly(pts []float64, c color.NRGBA, width float64, dash []float64)
	// Text draws s in the chart's font with its baseline at y = baseline,
	// starting at x; size is the font size in logical pixels. Layout
	// measures text with the same font (text.go), so it fits its box.
	Text(s string, x, baseline, size float64, c color.NRGBA)
}

// palette holds a theme's colours.
type palette struct {
	bg, fg, muted, grid, axis, pub, sel color.NRGBA
	opaque                              bool
	modality                            map[timeline.Modality]color.NRGBA
}

func rgb(hex uint32) color.NRGBA {
	return color.NRGBA{uint8(hex >> 16), uint8(hex >> 8), uint8(hex), 255}
}

func alpha(c color.NRGBA, a float64) color.NRGBA {
	c.A = uint8(math.Round(a * 255))
	return c
}

func (t Theme) palette() palette {
	p := palette{
		bg: rgb(0xffffff), fg: rgb(0x1f2328), muted: rgb(0x59636e), grid: rgb(0xe3e7eb),
		axis: rgb(0x59636e), pub: rgb(0xcf222e), sel: rgb(0x0969da), opaque: true,
		modality: map[timeline.Modality]color.NRGBA{
			timeline.Happened: rgb(0x0969da), timeline.Expected: rgb(0xbc4c00),
			timeline.Possible: rgb(0x8250df), timeline.Reported: rgb(0x1a7f37),
			timeline.Denied: rgb(0x6e7781),
		},
	}
	switch t {
	case Dark:
		p.bg, p.fg, p.muted, p.grid = rgb(0x1b1f24), rgb(0xe6edf3), rgb(0x9198a1), rgb(0x2d333b)
		p.axis, p.pub, p.sel = rgb(0x9198a1), rgb(0xff7b72), rgb(0x58a6ff)
		p.modality = map[timeline.Modality]color.NRGBA{
			timeline.Happened: rgb(0x4493f8), timeline.Expected: rgb(0xf0883e),
			timeline.Possible: rgb(0xbe8fff), timeline.Reported: rgb(0x3fb950),
			timeline.Denied: rgb(0x8b949e),
		}
	case Transparent:
		p.opaque = false
	}
	return p
}

func (p palette) color(m timeline.Modality) color.NRGBA {
	if c, ok := p.modality[m]; ok {
		return c
	}
	return p.modality[timeline.Happened]
}

// Draw paints the layout.
func Draw(l *Layout, c Canvas) {
	p := l.Opt.Theme.palette()
	if p.opaque {
		c.FillRect(Rect{0, 0, l.Opt.Width, l.Opt.Height}, p.bg)
	}
	if l.Title != "" {
		c.Text(l.Title, margin, margin+titleSize, titleSize, p.fg)
		c.Text(l.Subtitle, margin, margin+titleSize+8+subSize, subSize, p.muted)
	}
	for _, it := range l.Legend {
		drawShape(c, p, it.Modality, Bar, it.Swatch, false, false)
		c.Text(it.Text, it.Swatch.X+it.Swatch.W+5, it.Swatch.Y+markH-0.5, subSize, p.fg)
	}
	// grid and axis
	for _, t := range l.Ticks {
		c.Line(t.X, l.Plot.Y, t.X, l.AxisY, p.grid, 1, nil)
	}
	c.Line(l.Plot.X, l.AxisY, l.Plot.X+l.Plot.W, l.AxisY, p.axis, 1, nil)
	for _, t := range l.Ticks {
		c.Line(t.X, l.AxisY, t.X, l.AxisY+5, p.axis, 1, nil)
		if t.X+textWidth(t.Label, tickSize) <= l.Plot.X+l.Plot.W+margin {
			c.Text(t.Label, t.X+3, l.AxisY+6+tickSize, tickSize, p.muted)
		}
	}
	if l.HasPub {
		c.Line(l.PubX, l.Plot.Y-6, l.PubX, l.AxisY, p.pub, 1.5, []float64{5, 3})
		w := textWidth(l.PubLabel, tickSize)
		x := math.Min(l.PubX+4, l.Plot.X+l.Plot.W-w)
		if x < l.PubX+4 { // no room to the right: put it to the left
			x = l.PubX - 4 - w
		}
		c.Text(l.PubLabel, x, l.Plot.Y-3, tickSize, p.pub)
	}
	for _, m := range l.Marks {
		if m.Selected {
			pad := 4.0
			box := Rect{m.Box.X - pad, m.Box.Y - pad, m.Box.W + 2*pad, m.Box.H + 2*pad}
			if m.Label.W > 0 {
				box = union(box, Rect{m.Label.X - pad, m.Label.Y - 2, m.Label.W + 2*pad, m.Label.H + 4})
			}
			c.FillRect(box, alpha(p.sel, 0.16))
			c.StrokeRect(box, p.sel, 1.5, nil)
		}
		if m.Lane < 0 { // a mark-only row: a plain tick in the modality's colour
			col := alpha(p.color(m.Modality), 0.7)
			if p.opaque { // the same colour, mixed beforehand: opaque fills are faster
				col = over(col, p.bg)
			}
			c.FillRect(m.Box, col)
			continue
		}
		drawShape(c, p, m.Modality, m.Kind, m.Box, m.SoftStart || m.ClipStart, m.SoftEnd || m.ClipEnd)
		if m.Label.W > 0 {
			if p.opaque { // a halo keeps grid and publication lines off the words
				c.FillRect(Rect{m.Label.X - 2, m.Label.Y, m.Label.W + 4, m.Label.H}, alpha(p.bg, 0.85))
			}
			col := p.fg
			if m.Modality == timeline.Denied {
				col = p.muted
			}
			c.Text(m.Text, m.Label.X, m.Label.Y+labelSize-0.5, labelSize, col)
			if m.Modality == timeline.Denied {
				y := m.Label.Y + labelSize*0.62
				c.Line(m.Label.X, y, m.Label.X+m.Label.W, y, p.muted, 1, nil)
			}
		}
	}
	if l.Empty != "" {
		w := textWidth(l.Empty, titleSize)
		c.Text(l.Empty, l.Plot.X+(l.Plot.W-w)/2, l.Plot.Y+l.Plot.H/2, titleSize, p.muted)
	}
	if l.Hidden > 0 {
		s := fmt.Sprintf("%d events in view without room for a label: zoom in to read them", l.Hidden)
		w := textWidth(s, tickSize)
		x, y := l.Plot.X+l.Plot.W-w, l.Plot.Y-3-tickSize-4
		if l.Opt.NoTitle { // the legend has the top row's right: take its left
			x, y = l.Plot.X, margin+3
		}
		c.Text(s, x, y, tickSize, p.muted)
	}
}

// over returns c painted over the opaque colour bg.
func over(c, bg color.NRGBA) color.NRGBA {
	a := float64(c.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(math.Round(a*float64(x) + (1-a)*float64(y))) }
	return color.NRGBA{mix(c.R, bg.R), mix(c.G, bg.G), mix(c.B, bg.B), 255}
}

func union(a, b Rect) Rect {
	x0, y0 := math.Min(a.X, b.X), math.Min(a.Y, b.Y)
	x1, y1 := math.Max(a.X+a.W, b.X+b.W), math.Max(a.Y+a.H, b.Y+b.H)
	return Rect{x0, y0, x1 - x0, y1 - y0}
}

// drawShape paints one mark in its modality's style: happened solid;
// expected an outlined, lightly filled, dashed shape; possible dotted and
// paler; reported hatched; denied grey. A soft end fades out.
func drawShape(c Canvas, p palette, mod timeline.Modality, kind Kind, r Rect, soft0, soft1 bool) {
	col := p.color(mod)
	var fill color.NRGBA
	var dash []float64
	stroke := true
	switch mod {
	case timeline.Expected:
		fill, dash = alpha(col, 0.28), []float64{4, 2.5}
	case timeline.Possible:
		fill, dash = alpha(col, 0.14), []float64{1.5, 2}
	case timeline.Reported:
		fill = alpha(col, 0.30)
	case timeline.Denied:
		fill = alpha(col, 0.35)
	default:
		fill, stroke = col, false
	}
	if kind == Point {
		cx, cy, h := r.X+r.W/2, r.Y+r.H/2, r.H/2+1.5
		pts := []float64{cx, cy - h, cx + h, cy, cx, cy + h, cx - h, cy}
		c.FillPoly(pts, fill)
		if stroke {
			c.StrokePoly(pts, col, 1.5, dash)
		}
		if mod == timeline.Denied {
			c.Line(cx-h, cy+h, cx+h, cy-h, col, 1.5, nil)
		}
		return
	}
	// A soft end fades out over its last stretch: the bar is drawn in
	// steps of falling opacity there, and its outline is left open, so the
	// fade works on any background (a transparent one too).
	fade := math.Min(24, r.W/3)
	core := r
	if soft0 {
		core.X, core.W = core.X+fade, core.W-fade
	}
	if soft1 {
		core.W -= fade
	}
	c.FillRect(core, fill)
	if mod == timeline.Reported {
		hatch(c, core, col)
	}
	if stroke {
		if !soft0 && !soft1 {
			c.StrokeRect(r, col, 1.5, dash)
		} else {
			c.Line(core.X, r.Y, core.X+core.W, r.Y, col, 1.5, dash)
			c.Line(core.X, r.Y+r.H, core.X+core.W, r.Y+r.H, col, 1.5, dash)
			if !soft0 {
				c.Line(r.X, r.Y, r.X, r.Y+r.H, col, 1.5, dash)
			}
			if !soft1 {
				c.Line(r.X+r.W, r.Y, r.X+r.W, r.Y+r.H, col, 1.5, dash)
			}
		}
	}
	const steps = 6
	w := fade / steps
	for i := 0; i < steps; i++ {
		a := float64(steps-i) / (steps + 1) // from nearly whole to faint
		for _, on := range []struct {
			soft bool
			x    float64
		}{{soft0, core.X - float64(i+1)*w}, {soft1, core.X + core.W + float64(i)*w}} {
			if !on.soft {
				continue
			}
			c.FillRect(Rect{on.x, r.Y, w, r.H}, alpha(fill, a*float64(fill.A)/255))
			if stroke {
				c.Line(on.x, r.Y, on.x+w, r.Y, alpha(col, a), 1.5, nil)
				c.Line(on.x, r.Y+r.H, on.x+w, r.Y+r.H, alpha(col, a), 1.5, nil)
			}
		}
	}
	if mod == timeline.Denied {
		c.Line(r.X, r.Y+r.H/2, r.X+r.W, r.Y+r.H/2, col, 1.5, nil)
	}
}

// hatch fills r with diagonal lines, the mark of a reported event.
func hatch(c Canvas, r Rect, col color.NRGBA) {
	for x := r.X - r.H; x < r.X+r.W; x += 5 {
		x0, y0, x1, y1 := x, r.Y+r.H, x+r.H, r.Y
		if x0 < r.X { // clip the line to the bar
			y0 -= r.X - x0
			x0 = r.X
		}
		if x1 > r.X+r.W {
			y1 += x1 - (r.X + r.W)
			x1 = r.X + r.W
		}
		c.Line(x0, y0, x1, y1, col, 1, nil)
	}
}
