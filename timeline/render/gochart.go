package render

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"html"
	"image"
	"image/color"
	"image/draw"
	"io"
	"math"
	"regexp"
	"strconv"
	"sync"

	"github.com/golang/freetype/truetype"
	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
	"github.com/wcharczuk/go-chart/v2/roboto"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// This file is the only one that knows go-chart (archived upstream): it
// adapts go-chart's Renderer to the Canvas interface. Replacing the
// drawing library means replacing this file.

// fontData is the TrueType font of every label: go-chart's embedded
// Roboto Medium (no CJK or Arabic glyphs; such runes are measured and drawn
// as the font's fallback).
var fontData = roboto.Roboto

type chartCanvas struct {
	r     chart.Renderer
	scale float64
}

// go-chart's two renderers read a font size differently: the raster one
// draws size*DPI/64 pixels, the SVG one size*DPI/72. These DPIs make a font
// size mean logical pixels in both, like all other geometry.
const (
	rasterDPI = 64
	vectorDPI = 72
)

func newChartCanvas(r chart.Renderer, dpi, scale float64) (*chartCanvas, error) {
	f, err := chartFont()
	if err != nil {
		return nil, err
	}
	r.SetDPI(dpi * scale)
	r.SetFont(f)
	return &chartCanvas{r: r, scale: scale}, nil
}

func dc(c color.NRGBA) drawing.Color { return drawing.Color{R: c.R, G: c.G, B: c.B, A: c.A} }

func (c *chartCanvas) px(v float64) int { return int(math.Round(v * c.scale)) }

func (c *chartCanvas) path(pts []float64) {
	c.r.MoveTo(c.px(pts[0]), c.px(pts[1]))
	for i := 2; i+1 < len(pts); i += 2 {
		c.r.LineTo(c.px(pts[i]), c.px(pts[i+1]))
	}
	c.r.Close()
}

func rectPts(r Rect) []float64 {
	return []float64{r.X, r.Y, r.X + r.W, r.Y, r.X + r.W, r.Y + r.H, r.X, r.Y + r.H}
}

func (c *chartCanvas) scaled(dash []float64) []float64 {
	if dash == nil {
		return nil
	}
	out := make([]float64, len(dash))
	for i, d := range dash {
		out[i] = d * c.scale
	}
	return out
}

func (c *chartCanvas) FillRect(r Rect, col color.NRGBA) { c.FillPoly(rectPts(r), col) }

func (c *chartCanvas) StrokeRect(r Rect, col color.NRGBA, width float64, dash []float64) {
	c.StrokePoly(rectPts(r), col, width, dash)
}

// go-chart's SVG renderer writes every style field it holds into each
// element (a fill inherits the last stroke, a stroke the last fill, and a
// font colour overrides a fill), so every call sets all three.

func (c *chartCanvas) FillPoly(pts []float64, col color.NRGBA) {
	c.r.SetStrokeColor(drawing.Color{})
	c.r.SetStrokeWidth(0)
	c.r.SetStrokeDashArray(nil)
	c.r.SetFontColor(drawing.Color{})
	c.r.SetFillColor(dc(col))
	c.path(pts)
	c.r.Fill()
}

func (c *chartCanvas) StrokePoly(pts []float64, col color.NRGBA, width float64, dash []float64) {
	c.r.SetFillColor(drawing.Color{})
	c.r.SetFontColor(drawing.Color{})
	c.r.SetStrokeColor(dc(col))
	c.r.SetStrokeWidth(width * c.scale)
	c.r.SetStrokeDashArray(c.scaled(dash))
	c.path(pts)
	c.r.Stroke()
}

func (c *chartCanvas) Line(x0, y0, x1, y1 float64, col color.NRGBA, width float64, dash []float64) {
	c.r.SetFillColor(drawing.Color{})
	c.r.SetFontColor(drawing.Color{})
	c.r.SetStrokeColor(dc(col))
	c.r.SetStrokeWidth(width * c.scale)
	c.r.SetStrokeDashArray(c.scaled(dash))
	c.r.MoveTo(c.px(x0), c.px(y0))
	c.r.LineTo(c.px(x1), c.px(y1))
	c.r.Stroke()
}

func (c *chartCanvas) Text(s string, x, baseline, size float64, col color.NRGBA) {
	c.r.SetStrokeColor(drawing.Color{})
	c.r.SetStrokeWidth(0)
	c.r.SetFontColor(dc(col))
	c.r.SetFontSize(size)
	c.r.Text(s, c.px(x), c.px(baseline))
}

func (l *Layout) pixelSize() (int, int) {
	return int(math.Round(l.Opt.Width * l.Opt.Scale)), int(math.Round(l.Opt.Height * l.Opt.Scale))
}

// rasterCanvas paints into an image. Shapes go through go-chart's raster
// renderer; two primitives that dominate a chart of many events take fast
// paths on the same image: axis-aligned rectangles are filled with
// image/draw, and text is drawn from cached glyph masks (go-chart
// re-flattens every glyph's outline on every call, which made a redraw of
// 1,000 events several times slower).
type rasterCanvas struct {
	*chartCanvas
	img *image.RGBA
}

func (c *rasterCanvas) FillRect(r Rect, col color.NRGBA) {
	x0, y0 := c.px(r.X), c.px(r.Y)
	x1, y1 := c.px(r.X+r.W), c.px(r.Y+r.H)
	if x1 == x0 && r.W > 0 {
		x1++
	}
	if y1 == y0 && r.H > 0 {
		y1++
	}
	op := draw.Over
	if col.A == 255 {
		op = draw.Src
	}
	draw.Draw(c.img, image.Rect(x0, y0, x1, y1), image.NewUniform(col), image.Point{}, op)
}

func (c *rasterCanvas) Text(s string, x, baseline, size float64, col color.NRGBA) {
	faceMu.Lock()
	defer faceMu.Unlock()
	d := font.Drawer{Dst: c.img, Src: image.NewUniform(col), Face: faceFor(size * c.scale),
		Dot: fixed.Point26_6{X: fixed.Int26_6(x * c.scale * 64), Y: fixed.Int26_6(baseline * c.scale * 64)}}
	d.DrawString(s)
}

// Glyph faces by pixel size, shared by all raster canvases (a face keeps a
// cache of rendered glyphs; it is not safe for concurrent use, so faceMu
// guards every use).
var (
	faceMu sync.Mutex
	faces  = map[float64]font.Face{}
)

func faceFor(px float64) font.Face {
	f, ok := faces[px]
	if !ok {
		tf, _ := chartFont() // newChartCanvas has checked the error
		f = truetype.NewFace(tf, &truetype.Options{Size: px, DPI: 72, Hinting: font.HintingNone, GlyphCacheEntries: 1024})
		faces[px] = f
	}
	return f
}

// rgbaCollector receives the raster renderer's image without a PNG
// round trip.
type rgbaCollector struct{ img *image.RGBA }

func (c *rgbaCollector) SetRGBA(i *image.RGBA) { c.img = i }
func (c *rgbaCollector) Write(p []byte) (int, error) {
	return len(p), nil
}

// Image paints the layout into an image of Width*Scale x Height*Scale
// pixels. The window shows this image; PNG export encodes it.
func Image(l *Layout) (*image.RGBA, error) {
	w, h := l.pixelSize()
	r, err := chart.PNG(w, h)
	if err != nil {
		return nil, err
	}
	cc, err := newChartCanvas(r, rasterDPI, l.Opt.Scale)
	if err != nil {
		return nil, err
	}
	// Save hands over the renderer's image without encoding it; the fast
	// paths draw into that same image.
	var col rgbaCollector
	if err := r.Save(&col); err != nil {
		return nil, err
	}
	Draw(l, &rasterCanvas{chartCanvas: cc, img: col.img})
	return col.img, nil
}

// WritePNG encodes the layout as a PNG image.
func WritePNG(w io.Writer, l *Layout) error {
	img, err := Image(l)
	if err != nil {
		return err
	}
	return encodePNG(w, img)
}

// svgFontCSS embeds the chart's font in the SVG, so that labels measured
// with it keep their widths in any viewer (the same font as the PNG).
var svgFontCSS = sync.OnceValue(func() string {
	return "@font-face{font-family:'Roboto Medium';src:url(data:font/ttf;base64," +
		base64.StdEncoding.EncodeToString(fontData) + ") format('truetype');}"
})

// WriteSVG writes the layout as an SVG document, the same picture as
// vectors.
func WriteSVG(w io.Writer, l *Layout) error {
	pw, ph := l.pixelSize()
	r, err := chart.SVGWithCSS(svgFontCSS(), "")(pw, ph)
	if err != nil {
		return err
	}
	c, err := newChartCanvas(r, vectorDPI, l.Opt.Scale)
	if err != nil {
		return err
	}
	Draw(l, c)
	var b bytes.Buffer
	if err := r.Save(&b); err != nil {
		return err
	}
	// go-chart gives the root only a viewBox; viewers want a size too.
	svg := bytes.Replace(b.Bytes(), []byte("<svg "), fmt.Appendf(nil, `<svg width="%d" height="%d" `, pw, ph), 1)
	_, err = w.Write(fitSVGText(svg))
	return err
}

var svgText = regexp.MustCompile(`<text ([^>]*font-size:([0-9.]+)px[^>]*)>([^<]*)</text>`)

// fitSVGText gives every text element the length the layout measured, so
// a viewer that cannot load the embedded font (librsvg, for one) still
// keeps each label inside the room the layout gave it.
func fitSVGText(svg []byte) []byte {
	return svgText.ReplaceAllFunc(svg, func(m []byte) []byte {
		sub := svgText.FindSubmatch(m)
		size, err := strconv.ParseFloat(string(sub[2]), 64)
		if err != nil {
			return m
		}
		w := textWidth(html.UnescapeString(string(sub[3])), size)
		return fmt.Appendf(nil, `<text %s textLength="%.1f" lengthAdjust="spacingAndGlyphs">%s</text>`, sub[1], w, sub[3])
	})
}
