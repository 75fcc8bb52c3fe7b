package app

import (
	"image"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline-app/dateline/timeline"
	"github.com/dateline-app/dateline/timeline/render"
)

// zoomStep is the factor of one zoom step (wheel notch, + or -).
const zoomStep = 1.25

// panStep is the share of the visible span one arrow-key pan moves.
const panStep = 0.1

// Chart is the timeline chart. It shows render.Image(render.Compute(...))
// at its own size (times the canvas scale), so the window and the PNG
// export draw the same picture from the same layout code, and it maps taps
// and hovers back through the layout's geometry.
//
// Mouse: tap a mark to select it, wheel to zoom, drag to pan, hover for a
// tooltip. Keys (when focused): Left/Right previous/next event,
// Shift+Left/Right pan, + and - zoom, 0 or F fit all.
type Chart struct {
	widget.BaseWidget

	// OnSelected is called with an event index when a mark is tapped, or
	// -1 when empty space is tapped.
	OnSelected func(event int)
	// OnKey gets the keys the chart does not use itself; it reports
	// whether it used them.
	OnKey func(*fyne.KeyEvent) bool

	tl       *timeline.Timeline
	view     render.View
	selected int
	hover    int
	hoverAt  fyne.Position
	dark     bool
	focused  bool
	shift    bool
	layout   *render.Layout // the layout last drawn, for hit tests
	scale    float32        // pixels per canvas unit of the last layout
}

// NewChart returns an empty chart.
func NewChart() *Chart {
	c := &Chart{selected: -1, hover: -1}
	c.ExtendBaseWidget(c)
	return c
}

// SetTimeline shows a timeline, fitted to its events.
func (c *Chart) SetTimeline(tl *timeline.Timeline) {
	c.tl, c.selected, c.hover = tl, -1, -1
	c.view = render.FitView(tl)
	c.Refresh()
}

// SetSelected highlights an event (-1: none).
func (c *Chart) SetSelected(i int) {
	if c.selected == i {
		return
	}
	c.selected = i
	if c.tl != nil && i >= 0 && i < len(c.tl.Events) {
		e := c.tl.Events[i]
		c.view = c.view.Reveal(e.Start, e.End) // keep the selection in sight
	}
	c.Refresh()
}

// Selected returns the highlighted event, or -1.
func (c *Chart) Selected() int { return c.selected }

// SetDark switches the chart to the dark or the light render theme.
func (c *Chart) SetDark(dark bool) {
	if c.dark == dark {
		return
	}
	c.dark = dark
	c.Refresh()
}

// View returns the time span shown.
func (c *Chart) View() render.View { return c.view }

// SetView shows a time span.
func (c *Chart) SetView(v render.View) {
	c.view = v
	c.Refresh()
}

// ZoomBy zooms in (factor > 1) or out around the selected event, or the
// middle of the view when nothing is selected.
func (c *Chart) ZoomBy(factor float64) {
	frac := 0.5
	if c.tl != nil && c.selected >= 0 && c.selected < len(c.tl.Events) {
		e := c.tl.Events[c.selected]
		if f := (c.view.Frac(e.Start) + c.view.Frac(e.End)) / 2; f >= 0 && f <= 1 {
			frac = f
		}
	}
	c.zoomAt(factor, frac)
}

// zoomAt zooms keeping the time under frac (0 left edge, 1 right edge of
// the plot) in place.
func (c *Chart) zoomAt(factor, frac float64) {
	if c.tl == nil {
		return
	}
	c.view = c.view.Zoom(1/factor, c.view.At(frac))
	c.Refresh()
}

// PanBy moves the view by a share of its span (positive: later).
func (c *Chart) PanBy(frac float64) {
	if c.tl == nil {
		return
	}
	c.view = c.view.Pan(frac)
	c.Refresh()
}

// Fit shows every event.
func (c *Chart) Fit() {
	if c.tl == nil {
		return
	}
	c.view = render.FitView(c.tl)
	c.Refresh()
}

// options are the render options for a size in canvas units.
func (c *Chart) options(size fyne.Size, scale float32) render.Options {
	th := render.Light
	if c.dark {
		th = render.Dark
	}
	sel := ""
	if c.tl != nil && c.selected >= 0 && c.selected < len(c.tl.Events) {
		sel = c.tl.Events[c.selected].ID
	}
	return render.Options{Width: float64(size.Width), Height: float64(size.Height), Scale: float64(scale),
		Theme: th, View: c.view, Selected: sel, NoTitle: true}
}

// canvasScale is the number of pixels per canvas unit.
func (c *Chart) canvasScale() float32 {
	if cv := fyne.CurrentApp().Driver().CanvasForObject(c); cv != nil {
		return cv.Scale()
	}
	return 1
}

// hit returns the event under a point in canvas units.
func (c *Chart) hit(p fyne.Position) (int, bool) {
	if c.layout == nil {
		return -1, false
	}
	return c.layout.HitTest(float64(p.X), float64(p.Y))
}

// plotFrac is where a point falls across the plot: 0 left, 1 right.
func (c *Chart) plotFrac(p fyne.Position) float64 {
	if c.layout == nil {
		return 0.5
	}
	return c.layout.Frac(float64(p.X))
}

// Tapped selects the event under the pointer, or clears the selection.
func (c *Chart) Tapped(ev *fyne.PointEvent) {
	if i, ok := c.hit(ev.Position); ok {
		c.SetSelected(i)
		if c.OnSelected != nil {
			c.OnSelected(i)
		}
		return
	}
	c.SetSelected(-1)
	if c.OnSelected != nil {
		c.OnSelected(-1)
	}
}

// Scrolled zooms around the pointer: up/away zooms in.
func (c *Chart) Scrolled(ev *fyne.ScrollEvent) {
	d := ev.Scrolled.DY
	if d == 0 {
		d = ev.Scrolled.DX
	}
	if d == 0 {
		return
	}
	factor := zoomStep
	if d < 0 {
		factor = 1 / zoomStep
	}
	c.zoomAt(factor, c.plotFrac(ev.Position))
}

// Dragged pans: the time under the pointer follows it.
func (c *Chart) Dragged(ev *fyne.DragEvent) {
	if c.layout == nil || ev.Dragged.DX == 0 {
		return
	}
	w := c.layout.Frac(float64(ev.Dragged.DX)) - c.layout.Frac(0)
	c.hover = -1
	c.PanBy(-w)
}

// DragEnd implements fyne.Draggable.
func (c *Chart) DragEnd() {}

// MouseIn implements desktop.Hoverable.
func (c *Chart) MouseIn(ev *desktop.MouseEvent) { c.MouseMoved(ev) }

// MouseMoved shows the tooltip of the mark under the pointer.
func (c *Chart) MouseMoved(ev *desktop.MouseEvent) {
	i, ok := c.hit(ev.Position)
	if !ok {
		i = -1
	}
	if i == c.hover && (i < 0 || c.hoverAt == ev.Position) {
		return
	}
	c.hover, c.hoverAt = i, ev.Position
	c.Refresh()
}

// MouseOut hides the tooltip.
func (c *Chart) MouseOut() {
	if c.hover >= 0 {
		c.hover = -1
		c.Refresh()
	}
}

// FocusGained implements fyne.Focusable.
func (c *Chart) FocusGained() { c.focused = true; c.Refresh() }

// FocusLost implements fyne.Focusable.
func (c *Chart) FocusLost() { c.focused = false; c.shift = false; c.Refresh() }

// KeyDown tracks Shift, which turns Left/Right into panning.
func (c *Chart) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		c.shift = true
	}
}

// KeyUp implements desktop.Keyable.
func (c *Chart) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		c.shift = false
	}
}

// TypedKey pans with Shift+Left/Right and passes other keys to OnKey.
func (c *Chart) TypedKey(ev *fyne.KeyEvent) {
	switch {
	case c.shift && ev.Name == fyne.KeyLeft:
		c.PanBy(-panStep)
	case c.shift && ev.Name == fyne.KeyRight:
		c.PanBy(panStep)
	case ev.Name == fyne.KeyHome:
		c.Fit()
	case c.OnKey != nil:
		c.OnKey(ev)
	}
}

// TypedRune zooms with + and -, fits with 0 or F.
func (c *Chart) TypedRune(r rune) {
	switch r {
	case '+', '=':
		c.ZoomBy(zoomStep)
	case '-', '_':
		c.ZoomBy(1 / zoomStep)
	case '0', 'f', 'F':
		c.Fit()
	}
}

// CreateRenderer implements fyne.Widget.
func (c *Chart) CreateRenderer() fyne.WidgetRenderer {
	r := &chartRenderer{c: c, img: canvas.NewImageFromImage(nil),
		focus:   canvas.NewRectangle(color.Transparent),
		tipBg:   canvas.NewRectangle(color.Transparent),
		tipText: widget.NewLabel(""),
		empty:   widget.NewLabelWithStyle("No article open", fyne.TextAlignCenter, fyne.TextStyle{Italic: true})}
	r.img.FillMode = canvas.ImageFillStretch
	r.img.ScaleMode = canvas.ImageScalePixels
	r.focus.StrokeWidth = 2
	r.tipBg.CornerRadius = 4
	r.tipBg.StrokeWidth = 1
	r.tip = container.NewStack(r.tipBg, r.tipText)
	r.tip.Hide()
	return r
}

type chartRenderer struct {
	c       *Chart
	img     *canvas.Image
	focus   *canvas.Rectangle
	tip     *fyne.Container
	tipBg   *canvas.Rectangle
	tipText *widget.Label
	empty   *widget.Label
	size    fyne.Size
}

func (r *chartRenderer) Layout(size fyne.Size) {
	if size != r.size {
		r.size = size
		r.redraw()
	}
	r.img.Resize(size)
	r.focus.Resize(size)
	r.empty.Resize(size)
	r.placeTip()
}

func (r *chartRenderer) MinSize() fyne.Size { return fyne.NewSize(320, 160) }

func (r *chartRenderer) Refresh() {
	r.redraw()
	r.placeTip()
	canvas.Refresh(r.c)
}

// redraw computes the layout for the current size and draws it.
func (r *chartRenderer) redraw() {
	c := r.c
	th := c.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.focus.StrokeColor = color.Transparent
	if c.focused {
		r.focus.StrokeColor = th.Color(theme.ColorNameFocus, v)
	}
	r.focus.Refresh()
	if c.tl == nil || r.size.Width < 1 || r.size.Height < 1 {
		c.layout = nil
		r.img.Image = nil
		r.img.Refresh()
		r.empty.Show()
		return
	}
	r.empty.Hide()
	c.scale = c.canvasScale()
	c.layout = render.Compute(c.tl, c.options(r.size, c.scale))
	img, err := render.Image(c.layout)
	if err != nil {
		img = image.NewRGBA(image.Rect(0, 0, 1, 1))
		r.empty.SetText("Cannot draw the chart: " + err.Error())
		r.empty.Show()
	}
	r.img.Image = img
	r.img.Refresh()
}

// placeTip shows the hovered event's label, date and phrase near the
// pointer.
func (r *chartRenderer) placeTip() {
	c := r.c
	if c.tl == nil || c.hover < 0 || c.hover >= len(c.tl.Events) {
		r.tip.Hide()
		return
	}
	e := c.tl.Events[c.hover]
	text := e.Label + "\n" + when(e) + " · " + string(e.Modality)
	if len(e.Mentions) > 0 {
		text += "\n“" + e.Mentions[0].Text + "”"
	}
	th := c.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.tipText.SetText(text)
	r.tipBg.FillColor = th.Color(theme.ColorNameOverlayBackground, v)
	r.tipBg.StrokeColor = th.Color(theme.ColorNameInputBorder, v)
	r.tipBg.Refresh()
	size := r.tip.MinSize()
	size.Width = min(size.Width, max(r.size.Width-8, 40))
	pos := c.hoverAt.Add(fyne.NewPos(14, 14))
	if pos.X+size.Width > r.size.Width {
		pos.X = max(r.size.Width-size.Width-4, 0)
	}
	if pos.Y+size.Height > r.size.Height {
		pos.Y = max(c.hoverAt.Y-size.Height-8, 0)
	}
	r.tip.Move(pos)
	r.tip.Resize(size)
	r.tip.Show()
}

func (r *chartRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.img, r.focus, r.empty, r.tip}
}

func (r *chartRenderer) Destroy() {}
