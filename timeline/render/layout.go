// Package render lays a timeline out as geometry and paints it.
//
// Compute turns a timeline and a view into a Layout: plain rectangles,
// lines and strings in logical pixels, with no drawing library in sight.
// Draw paints a Layout on a Canvas; the PNG and SVG canvases wrap go-chart's
// Renderer (gochart.go, the only file that imports go-chart), so the chart
// library can be replaced without touching layout or GUI code. The window
// and every exported image come from this one path: the GUI shows
// Image(Compute(...)) and maps taps back through Layout.HitTest.
//
// A chart never scrolls: when more events overlap than there are lanes for
// their labels, the rest are drawn as marks only in thin rows under the
// lanes, and the chart says how many (Layout.Hidden); zooming in gives
// them room.
package render

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/dateline-app/dateline/timeline"
)

// Theme selects the chart's colours.
type Theme int

// Themes.
const (
	Light Theme = iota
	Dark
	Transparent // light colours on no background
)

// ParseTheme reads "light", "dark" or "transparent".
func ParseTheme(s string) (Theme, error) {
	switch strings.ToLower(s) {
	case "", "light":
		return Light, nil
	case "dark":
		return Dark, nil
	case "transparent":
		return Transparent, nil
	}
	return Light, fmt.Errorf("unknown theme %q (want light, dark or transparent)", s)
}

// View is the span of time shown, [From, To). The zero View fits the
// whole timeline.
type View struct{ From, To time.Time }

// IsZero reports whether the view is unset.
func (v View) IsZero() bool { return v.From.IsZero() || !v.To.After(v.From) }

// Span is the length of the view, saturated at about 292 years, the
// most a time.Duration holds; the view's arithmetic is on Seconds.
func (v View) Span() time.Duration { return v.To.Sub(v.From) }

// Seconds is the length of the view in seconds: an article may name 3000
// BC as well as next week.
func (v View) Seconds() float64 { return seconds(v.From, v.To) }

// seconds returns b - a in seconds, however far apart they are.
func seconds(a, b time.Time) float64 {
	return float64(b.Unix()-a.Unix()) + float64(b.Nanosecond()-a.Nanosecond())/1e9
}

// addSeconds returns t moved by s seconds, however far.
func addSeconds(t time.Time, s float64) time.Time {
	whole := math.Floor(s)
	return time.Unix(t.Unix()+int64(whole), int64(t.Nanosecond())+int64((s-whole)*1e9)).In(t.Location())
}

const (
	minSpan = 36 * 3600.0                // seconds: the most one can zoom in
	maxSpan = 20000 * 365.25 * 24 * 3600 // and out: twenty thousand years
)

// Zoom scales the view by factor (< 1 zooms in) keeping anchor at the same
// place on screen.
func (v View) Zoom(factor float64, anchor time.Time) View {
	span := math.Max(minSpan, math.Min(maxSpan, v.Seconds()*factor))
	frac := 0.5
	if v.Seconds() > 0 {
		frac = seconds(v.From, anchor) / v.Seconds()
	}
	from := addSeconds(anchor, -frac*span)
	return View{From: from, To: addSeconds(from, span)}
}

// Frac returns where t falls in the view: 0 at its start, 1 at its end.
func (v View) Frac(t time.Time) float64 { return seconds(v.From, t) / v.Seconds() }

// At returns the time at a fraction of the view (0 its start, 1 its end).
func (v View) At(frac float64) time.Time {
	return addSeconds(v.From, frac*v.Seconds())
}

// Reveal returns the view moved (not zoomed) as little as needed to show
// [from, to) with a margin; when the range is wider than the view, the
// view is centred on it.
func (v View) Reveal(from, to time.Time) View {
	span := v.Seconds()
	margin := span / 10
	switch width := seconds(from, to); {
	case width > span-2*margin:
		mid := addSeconds(from, width/2)
		return View{From: addSeconds(mid, -span/2), To: addSeconds(mid, span/2)}
	case from.Before(addSeconds(v.From, margin)):
		return v.Pan(seconds(addSeconds(v.From, margin), from) / span)
	case to.After(addSeconds(v.To, -margin)):
		return v.Pan(seconds(addSeconds(v.To, -margin), to) / span)
	}
	return v
}

// Pan moves the view by a fraction of its span (positive: later).
func (v View) Pan(fraction float64) View {
	d := fraction * v.Seconds()
	return View{From: addSeconds(v.From, d), To: addSeconds(v.To, d)}
}

// PanBy moves the view by d (positive: later).
func (v View) PanBy(d time.Duration) View {
	return View{From: v.From.Add(d), To: v.To.Add(d)}
}

// FitView returns the view that shows every event and the publication
// date, with a margin on both sides.
func FitView(tl *timeline.Timeline) View {
	var from, to time.Time
	widen := func(a, b time.Time) {
		if from.IsZero() || a.Before(from) {
			from = a
		}
		if to.IsZero() || b.After(to) {
			to = b
		}
	}
	if tl != nil {
		for _, e := range tl.Events {
			widen(e.Start, e.End)
		}
		if tl.Article != nil && tl.Article.HasPublished {
			p := tl.Article.Published
			widen(p, p.Add(24*time.Hour))
		}
	}
	if from.IsZero() {
		now := time.Now().UTC().Truncate(24 * time.Hour)
		from, to = now.AddDate(0, -1, 0), now.AddDate(0, 1, 0)
	}
	const month = 30 * 24 * 3600.0
	span := seconds(from, to)
	if span < month {
		mid := addSeconds(from, span/2)
		from, to = addSeconds(mid, -month/2), addSeconds(mid, month/2)
		span = month
	}
	pad := span / 20
	return View{From: addSeconds(from, -pad), To: addSeconds(to, pad)}
}

// Options configure a layout.
type Options struct {
	Width, Height float64 // logical pixels
	Scale         float64 // device pixels per logical pixel (1 to 4); 0 means 1
	Theme         Theme
	View          View   // zero: fit the whole timeline
	Selected      string // ID of the selected event, if any
	NoTitle       bool   // leave out the title block (the window shows it elsewhere)
}

// Rect is an axis-aligned rectangle in logical pixels.
type Rect struct{ X, Y, W, H float64 }

// Contains reports whether (x, y) lies inside r.
func (r Rect) Contains(x, y float64) bool {
	return x >= r.X && x <= r.X+r.W && y >= r.Y && y <= r.Y+r.H
}

// Overlaps reports whether r and s share any interior point.
func (r Rect) Overlaps(s Rect) bool {
	return r.X < s.X+s.W && s.X < r.X+r.W && r.Y < s.Y+s.H && s.Y < r.Y+r.H
}

// Kind is the shape of a mark.
type Kind int

// Mark kinds: a point for a day (or finer), a bar for a range.
const (
	Point Kind = iota
	Bar
)

// Mark is one event drawn on the chart.
type Mark struct {
	Event    int // index into Timeline.Events
	Kind     Kind
	Box      Rect // the point or bar
	Label    Rect // the label's box; zero W when the label is left out
	Text     string
	Lane     int
	Modality timeline.Modality
	// ClipStart, ClipEnd: the range runs on beyond the view on that side.
	ClipStart, ClipEnd bool
	SoftStart, SoftEnd bool
	Selected           bool
}

// Tick is one labelled position on the time axis.
type Tick struct {
	X     float64
	Label string
}

// Layout is a timeline laid out for one size and view.
type Layout struct {
	Opt      Options
	View     View
	Plot     Rect // where marks go
	AxisY    float64
	Ticks    []Tick
	Unit     string // what the ticks count: "millennium", "century", "decade", "year", "quarter", "month", "week", "day"
	PubX     float64
	PubLabel string
	HasPub   bool
	Title    string
	Subtitle string
	Legend   []LegendItem
	Marks    []Mark
	Hidden   int // events in view whose labels did not fit (drawn as marks only)
	Empty    string

	// ContentHeight is the height the chart needs, in logical pixels. It
	// is always Opt.Height: when more lanes are needed than fit, the chart
	// collapses rather than scrolls. Events without room for a label are
	// drawn as marks only, in thin rows under the labelled lanes (counted in
	// Hidden, and said on the chart), and zooming in gives them room. A
	// window never has to scroll a chart, and an export is always the size
	// asked for.
	ContentHeight float64
}

// LegendItem is one modality swatch of the legend.
type LegendItem struct {
	Modality timeline.Modality
	Swatch   Rect
	Text     string
}

// Geometry in logical pixels.
const (
	margin     = 16.0
	titleH     = 46.0
	legendH    = 8.0 // the legend's row when there is no title block
	axisH      = 34.0
	laneH      = 32.0 // a mark (10) over its label (14) with gaps
	markH      = 10.0
	labelSize  = 12.5 // font size of labels
	tickSize   = 11.5
	titleSize  = 16.0
	subSize    = 11.5
	labelMax   = 300.0 // longest label before ellipsis
	labelGap   = 10.0  // between items in a lane
	compactH   = 6.0   // height of a mark-only row
	compactMax = 6     // mark-only rows under the labelled lanes
)

// X maps a time to an x coordinate.
func (l *Layout) X(t time.Time) float64 {
	return l.Plot.X + l.Plot.W*seconds(l.View.From, t)/l.View.Seconds()
}

// Frac maps an x coordinate to a fraction of the plot's width (0 at its
// left edge, 1 at its right).
func (l *Layout) Frac(x float64) float64 { return (x - l.Plot.X) / l.Plot.W }

// Time maps an x coordinate to a time.
func (l *Layout) Time(x float64) time.Time {
	return addSeconds(l.View.From, (x-l.Plot.X)/l.Plot.W*l.View.Seconds())
}

// HitTest returns the event under (x, y), if any: a mark or its label.
func (l *Layout) HitTest(x, y float64) (int, bool) {
	const slop = 3
	for i := len(l.Marks) - 1; i >= 0; i-- {
		m := l.Marks[i]
		b := Rect{m.Box.X - slop, m.Box.Y - slop, m.Box.W + 2*slop, m.Box.H + 2*slop}
		if b.Contains(x, y) || m.Label.W > 0 && m.Label.Contains(x, y) {
			return m.Event, true
		}
	}
	return -1, false
}

// MarkOf returns the mark of event i, if it is in view.
func (l *Layout) MarkOf(i int) (Mark, bool) {
	for _, m := range l.Marks {
		if m.Event == i {
			return m, true
		}
	}
	return Mark{}, false
}

// MarkRect returns the box of event i's mark, or an empty Rect when the
// event is out of view.
func (l *Layout) MarkRect(i int) Rect {
	m, _ := l.MarkOf(i)
	return m.Box
}

// Compute lays out tl for the given options.
func Compute(tl *timeline.Timeline, o Options) *Layout {
	if o.Scale <= 0 {
		o.Scale = 1
	}
	if o.Width < 200 {
		o.Width = 200
	}
	if o.Height < 120 {
		o.Height = 120
	}
	l := &Layout{Opt: o, View: o.View, ContentHeight: o.Height}
	if l.View.IsZero() {
		l.View = FitView(tl)
	}
	top := margin
	if o.NoTitle {
		top += legendH // the legend still needs a row
	} else {
		l.title(tl)
		top += titleH
	}
	l.Plot = Rect{X: margin, Y: top + 14, W: o.Width - 2*margin, H: o.Height - top - 14 - axisH - margin/2}
	l.AxisY = l.Plot.Y + l.Plot.H
	l.ticks()
	if tl != nil && tl.Article != nil && tl.Article.HasPublished {
		p := tl.Article.Published
		day := time.Date(p.Year(), p.Month(), p.Day(), 12, 0, 0, 0, time.UTC)
		l.PubX = l.X(day)
		l.HasPub = l.PubX >= l.Plot.X && l.PubX <= l.Plot.X+l.Plot.W
		l.PubLabel = "published " + p.Format("2 Jan 2006")
	}
	if tl == nil || len(tl.Events) == 0 {
		l.Empty = "No dated events found"
		return l
	}
	l.legend(tl)
	l.place(tl)
	return l
}

func (l *Layout) title(tl *timeline.Timeline) {
	if tl == nil || tl.Article == nil {
		l.Title = "Timeline"
		return
	}
	a := tl.Article
	l.Title = clipText(a.Title, titleSize, l.Opt.Width-2*margin-330)
	var parts []string
	if a.Source != "" {
		parts = append(parts, a.Source)
	}
	if a.HasPublished {
		parts = append(parts, "published "+a.Published.Format("2 January 2006"))
	}
	parts = append(parts, plural(len(tl.Events), "dated event", "dated events"))
	if n := len(tl.Undated); n > 0 {
		// (vague ones, "recently", and periods a change is compared with)
		parts = append(parts, plural(n, "mention not placed", "mentions not placed"))
	}
	l.Subtitle = clipText(strings.Join(parts, " · "), subSize, l.Opt.Width-2*margin-330)
}

// plural writes a count with its noun: "1 dated event", "6 dated events".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

var legendOrder = []timeline.Modality{timeline.Happened, timeline.Expected, timeline.Possible, timeline.Reported, timeline.Denied}

func (l *Layout) legend(tl *timeline.Timeline) {
	x := l.Opt.Width - margin
	y := margin + 4.0
	if l.Opt.NoTitle {
		y = margin - 6
	}
	for i := len(legendOrder) - 1; i >= 0; i-- {
		m := legendOrder[i]
		w := textWidth(string(m), subSize)
		x -= w
		l.Legend = append(l.Legend, LegendItem{Modality: m, Text: string(m), Swatch: Rect{x - 22, y, 16, markH}})
		x -= 22 + 12
	}
}

// item is an event waiting for a lane.
type item struct {
	ev           int
	x0, x1       float64 // extent of mark and label together
	mark         Rect
	label        Rect
	text         string
	clip0, clip1 bool
}

// place assigns events in view to lanes: each lane is a row in which
// marks and labels never overlap. Items are taken in order of their left
// edge and each goes to the lowest free lane (two heaps: O(n log n)).
// Items that find no labelled lane go to a few compact rows as marks only.
func (l *Layout) place(tl *timeline.Timeline) {
	left, right := l.Plot.X, l.Plot.X+l.Plot.W
	items := make([]item, 0, len(tl.Events))
	for i := range tl.Events {
		e := &tl.Events[i]
		if !e.End.After(l.View.From) || !e.Start.Before(l.View.To) {
			continue
		}
		x0, x1 := l.X(e.Start), l.X(e.End)
		it := item{ev: i}
		if x0 < left {
			x0, it.clip0 = left, true
		}
		if x1 > right {
			x1, it.clip1 = right, true
		}
		if x1-x0 < markH {
			c := (x0 + x1) / 2
			x0, x1 = c-markH/2, c+markH/2
		}
		it.mark = Rect{X: x0, W: x1 - x0, H: markH}
		var w float64
		it.text, w = fitText(e.Label, labelSize, math.Min(l.Plot.W, math.Max(labelMax, x1-x0)))
		lx := math.Max(left, math.Min(x0, right-w))
		it.label = Rect{X: lx, W: w, H: 15}
		it.x0, it.x1 = math.Min(x0, lx), math.Max(x1, lx+w)
		items = append(items, it)
	}
	// events come sorted by start, so this is nearly sorted already; sort
	// pointers, not the items themselves
	order := make([]*item, len(items))
	for i := range items {
		order[i] = &items[i]
	}
	slices.SortFunc(order, func(a, b *item) int { return cmp.Or(cmp.Compare(a.x0, b.x0), cmp.Compare(a.ev, b.ev)) })

	lanes := int(math.Floor((l.Plot.H - 8) / laneH))
	compactRows := 0
	if lanes > 2 && !allFit(order, lanes) {
		// keep room for a few mark-only rows when the labelled lanes fill
		compactRows = min(compactMax, lanes/4)
	}
	labelled := newLanes(max(lanes-compactRows, 1))
	compact := newLanes(max(compactRows*int(laneH/(compactH+2)), 1))
	l.Marks = make([]Mark, 0, len(order))
	for _, it := range order {
		e := &tl.Events[it.ev]
		m := Mark{Event: it.ev, Kind: Bar, Modality: e.Modality, ClipStart: it.clip0, ClipEnd: it.clip1,
			SoftStart: e.SoftStart, SoftEnd: e.SoftEnd, Selected: e.ID != "" && e.ID == l.Opt.Selected}
		if grainIsPoint(e) {
			m.Kind = Point
		}
		if lane, ok := labelled.take(it.x0, it.x1+labelGap); ok {
			m.Lane = lane
			m.Box = it.mark
			m.Label = it.label
			m.Text = it.text
		} else {
			lane, ok := compact.take(it.mark.X, it.mark.X+it.mark.W+3)
			if !ok {
				lane = compact.n - 1
			}
			l.Hidden++
			m.Lane = -1 - lane
			m.Box = it.mark
			m.Box.H = compactH
			m.Box.Y = l.Plot.Y + 8 + float64(labelled.n)*laneH + float64(lane)*(compactH+2)
		}
		l.Marks = append(l.Marks, m)
	}
	// A few lanes in a tall chart spread out (up to 1.75 times apart)
	// rather than crowd its top.
	step := laneH
	if l.Hidden == 0 && labelled.used > 0 {
		step = math.Max(laneH, math.Min(1.75*laneH, (l.Plot.H-8)/float64(labelled.used)))
	}
	for i := range l.Marks {
		if m := &l.Marks[i]; m.Lane >= 0 {
			m.Box.Y = l.Plot.Y + 8 + float64(m.Lane)*step
			m.Label.Y = m.Box.Y + markH + 3
		}
	}
}

// allFit reports whether every item finds a labelled lane among n.
func allFit(order []*item, n int) bool {
	ls := newLanes(n)
	for _, it := range order {
		if _, ok := ls.take(it.x0, it.x1+labelGap); !ok {
			return false
		}
	}
	return true
}

// grainIsPoint reports whether an event is drawn as a point: a day or a
// time of day.
func grainIsPoint(e *timeline.Event) bool {
	return e.End.Sub(e.Start) <= 24*time.Hour
}

// lanes hands out rows for intervals taken in order of their start.
type lanes struct {
	n    int
	busy heap[laneEnd] // lanes in use, by the end of their last interval
	free heap[int]     // lanes free at the current position, lowest first
	used int           // lanes opened so far
}

type laneEnd struct {
	end  float64
	lane int
}

func newLanes(n int) *lanes {
	return &lanes{n: n,
		busy: heap[laneEnd]{less: func(a, b laneEnd) bool { return a.end < b.end }},
		free: heap[int]{less: func(a, b int) bool { return a < b }},
	}
}

// take returns the lowest lane free at x0 and marks it busy until x1.
func (ls *lanes) take(x0, x1 float64) (int, bool) {
	for len(ls.busy.a) > 0 && ls.busy.a[0].end <= x0 {
		ls.free.push(ls.busy.pop().lane)
	}
	var lane int
	switch {
	case len(ls.free.a) > 0:
		lane = ls.free.pop()
	case ls.used < ls.n:
		lane = ls.used
		ls.used++
	default:
		return 0, false
	}
	ls.busy.push(laneEnd{x1, lane})
	return lane, true
}

// heap is a binary min-heap ordered by less.
type heap[T any] struct {
	a    []T
	less func(x, y T) bool
}

func (h *heap[T]) push(v T) {
	h.a = append(h.a, v)
	for i := len(h.a) - 1; i > 0; {
		p := (i - 1) / 2
		if !h.less(h.a[i], h.a[p]) {
			break
		}
		h.a[p], h.a[i] = h.a[i], h.a[p]
		i = p
	}
}

func (h *heap[T]) pop() T {
	top := h.a[0]
	n := len(h.a) - 1
	h.a[0] = h.a[n]
	h.a = h.a[:n]
	for i := 0; ; {
		c := 2*i + 1
		if c >= n {
			break
		}
		if c+1 < n && h.less(h.a[c+1], h.a[c]) {
			c++
		}
		if !h.less(h.a[c], h.a[i]) {
			break
		}
		h.a[i], h.a[c] = h.a[c], h.a[i]
		i = c
	}
	return top
}
