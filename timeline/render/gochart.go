package render

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"

	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// This file is the only one that knows go-chart (archived upstream): it
// adapts go-chart's Renderer to the canvas interface. Replacing the
// drawing library means replacing this file.

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

func dc(c color.RGBA) drawing.Color { return drawing.Color{R: c.R, G: c.G, B: c.B, A: c.A} }

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

func (c *chartCanvas) fillRect(r Rect, col color.RGBA) { c.fillPoly(rectPts(r), col) }

func (c *chartCanvas) strokeRect(r Rect, col color.RGBA, width float64, dash []float64) {
	c.strokePoly(rectPts(r), col, width, dash)
}

func (c *chartCanvas) fillPoly(pts []float64, col color.RGBA) {
	c.r.SetFillColor(dc(col))
	c.path(pts)
	c.r.Fill()
}

func (c *chartCanvas) strokePoly(pts []float64, col color.RGBA, width float64, dash []float64) {
	c.r.SetStrokeColor(dc(col))
	c.r.SetStrokeWidth(width * c.scale)
	c.r.SetStrokeDashArray(c.scaled(dash))
	c.path(pts)
	c.r.Stroke()
}

func (c *chartCanvas) line(x0, y0, x1, y1 float64, col color.RGBA, width float64, dash []float64) {
	c.r.SetStrokeColor(dc(col))
	c.r.SetStrokeWidth(width * c.scale)
	c.r.SetStrokeDashArray(c.scaled(dash))
	c.r.MoveTo(c.px(x0), c.px(y0))
	c.r.LineTo(c.px(x1), c.px(y1))
	c.r.Stroke()
}

func (c *chartCanvas) text(s string, x, baseline, size float64, col color.RGBA) {
	c.r.SetFontColor(dc(col))
	c.r.SetFontSize(size)
	c.r.Text(s, c.px(x), c.px(baseline))
}

func (l *Layout) pixelSize() (int, int) {
	return int(math.Round(l.Opt.Width * l.Opt.Scale)), int(math.Round(l.Opt.Height * l.Opt.Scale))
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
	c, err := newChartCanvas(r, rasterDPI, l.Opt.Scale)
	if err != nil {
		return nil, err
	}
	Draw(l, c)
	var col rgbaCollector
	if err := r.Save(&col); err != nil {
		return nil, err
	}
	return col.img, nil
}

// WritePNG encodes the layout as a PNG image.
func WritePNG(w io.Writer, l *Layout) error {
	img, err := Image(l)
	if err != nil {
		return err
	}
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	return enc.Encode(w, img)
}

// WriteSVG writes the layout as an SVG document, the same picture as
// vectors.
func WriteSVG(w io.Writer, l *Layout) error {
	pw, ph := l.pixelSize()
	r, err := chart.SVG(pw, ph)
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
	_, err = w.Write(svg)
	return err
}
