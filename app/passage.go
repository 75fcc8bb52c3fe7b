package app

import (
	"image/color"
	"math"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// phraseKind says how a run of article text is marked.
type phraseKind int

const (
	phrasePlain    phraseKind = iota // not a temporal expression
	phraseMention                    // a dated mention: tappable, underlined
	phraseSelected                   // a mention of the selected event: highlighted
	phraseVague                      // an undated mention: dotted underline, not on the axis
)

// passageMark marks a run of a passage's text, in byte offsets into Text.
type passageMark struct {
	start, end int
	kind       phraseKind
	event      int  // for mentions: the event index
	match      bool // a find match
}

// piece is a run of text drawn in one style: a word, or the part of a
// word inside or outside a mark. Lines break only between words.
type piece struct {
	start, end int // into Text
	word       int // index of the word it belongs to
	spaceAfter bool
	mark       passageMark // zero value: plain text
	width      float32
	pos        fyne.Position // set by wrap
}

// Passage is one paragraph of the article, word-wrapped, with its
// temporal expressions marked: tapping a marked phrase calls OnTapped
// with its event; dragging across words selects them (OnSelected gets the
// byte range). It follows fyne's widget/icon.go: state in the struct,
// setters that Refresh, an unexported renderer.
type Passage struct {
	widget.BaseWidget

	Text    string
	Dim     bool // page furniture: drawn in the disabled colour
	Heading bool

	// OnTapped is called with the event of a tapped mention.
	OnTapped func(event int)
	// OnSelected is called with the text range [start, end) a drag
	// selected, or (0, 0) when the selection is cleared.
	OnSelected func(start, end int)

	marks  []passageMark
	pieces []piece

	sel       [2]int // selected range in Text; empty when sel[0] == sel[1]
	dragFrom  int
	dragging  bool
	hoverMark bool

	laidWidth  float32 // width pieces were wrapped at
	laidHeight float32
	measuredAt float32 // text size the widths were measured with
}

// NewPassage returns a passage of plain text.
func NewPassage(text string) *Passage {
	p := &Passage{Text: text}
	p.ExtendBaseWidget(p)
	p.cut()
	return p
}

// SetMarks replaces the marks and redraws.
func (p *Passage) SetMarks(marks []passageMark) {
	p.marks = append(p.marks[:0], marks...)
	sort.Slice(p.marks, func(i, j int) bool { return p.marks[i].start < p.marks[j].start })
	p.cut()
	p.Refresh()
}

// Selection returns the selected range of Text ([0,0) for none).
func (p *Passage) Selection() (start, end int) { return p.sel[0], p.sel[1] }

// ClearSelection drops a dragged selection.
func (p *Passage) ClearSelection() {
	if p.sel != [2]int{} {
		p.sel = [2]int{}
		p.Refresh()
	}
}

// markAt returns the mark covering a byte offset, if any.
func (p *Passage) markAt(off int) passageMark {
	var m passageMark
	for _, mk := range p.marks {
		if mk.start <= off && off < mk.end {
			if mk.kind != phrasePlain {
				m.kind, m.event = mk.kind, mk.event
			}
			m.match = m.match || mk.match
		}
	}
	return m
}

// cut splits Text into pieces: words, further cut at mark edges.
func (p *Passage) cut() {
	p.pieces = p.pieces[:0]
	p.laidWidth, p.measuredAt = -1, 0
	cuts := map[int]bool{}
	for _, m := range p.marks {
		cuts[m.start], cuts[m.end] = true, true
	}
	word := 0
	for i := 0; i < len(p.Text); {
		if p.Text[i] == ' ' || p.Text[i] == '\t' || p.Text[i] == '\n' {
			i++
			continue
		}
		end := i
		for end < len(p.Text) && !strings.ContainsRune(" \t\n", rune(p.Text[end])) {
			end++
		}
		start := i
		for j := i + 1; j <= end; j++ {
			if j == end || cuts[j] {
				p.pieces = append(p.pieces, piece{start: start, end: j, word: word, mark: p.markAt(start)})
				start = j
			}
		}
		p.pieces[len(p.pieces)-1].spaceAfter = end < len(p.Text)
		word++
		i = end
	}
}

func (p *Passage) style() (float32, fyne.TextStyle) {
	th := p.Theme()
	if p.Heading {
		return th.Size(theme.SizeNameSubHeadingText), fyne.TextStyle{Bold: true}
	}
	return th.Size(theme.SizeNameText), fyne.TextStyle{}
}

func (p *Passage) pieceStyle(pc piece) fyne.TextStyle {
	_, st := p.style()
	if pc.mark.kind == phraseSelected {
		st.Bold = true
	}
	return st
}

// lineHeight is the height of one line of text.
func (p *Passage) lineHeight() float32 {
	size, st := p.style()
	return fyne.MeasureText("Mg", size, st).Height + p.Theme().Size(theme.SizeNameLineSpacing)
}

// wrap places the pieces in lines no wider than width and returns the
// height they take.
func (p *Passage) wrap(width float32) float32 {
	size, _ := p.style()
	if p.measuredAt != size {
		for i := range p.pieces {
			pc := &p.pieces[i]
			pc.width = fyne.MeasureText(p.Text[pc.start:pc.end], size, p.pieceStyle(*pc)).Width
		}
		p.measuredAt, p.laidWidth = size, -1
	}
	if width == p.laidWidth {
		return p.laidHeight
	}
	_, st := p.style()
	space := fyne.MeasureText(" ", size, st).Width
	lh := p.lineHeight()
	x, y := float32(0), float32(0)
	for i := 0; i < len(p.pieces); {
		j, w := i, float32(0) // the word's pieces are [i, j)
		for j < len(p.pieces) && p.pieces[j].word == p.pieces[i].word {
			w += p.pieces[j].width
			j++
		}
		if x > 0 && x+w > width {
			x, y = 0, y+lh
		}
		for k := i; k < j; k++ {
			// Whole units keep glyphs crisp (no sub-pixel offsets).
			p.pieces[k].pos = fyne.NewPos(float32(math.Round(float64(x))), y)
			x += p.pieces[k].width
		}
		if p.pieces[j-1].spaceAfter {
			x += space
		}
		i = j
	}
	p.laidWidth, p.laidHeight = width, y+lh
	if len(p.pieces) == 0 {
		p.laidHeight = lh
	}
	return p.laidHeight
}

// MinSize is the height of the text wrapped at the current width.
func (p *Passage) MinSize() fyne.Size {
	w := p.Size().Width
	if w <= 0 {
		w = 10000
	}
	return fyne.NewSize(80, p.wrap(w))
}

// Resize wraps the text at the new width.
func (p *Passage) Resize(s fyne.Size) {
	if s == p.Size() {
		return
	}
	old := p.laidHeight
	p.BaseWidget.Resize(s)
	if p.wrap(s.Width) != old {
		p.Refresh() // the height changed: the container lays out again
	}
}

// pieceAt returns the index of the piece under a point, or -1.
func (p *Passage) pieceAt(pos fyne.Position) int {
	lh := p.lineHeight()
	for i, pc := range p.pieces {
		if pos.Y >= pc.pos.Y && pos.Y < pc.pos.Y+lh && pos.X >= pc.pos.X && pos.X < pc.pos.X+pc.width {
			return i
		}
	}
	return -1
}

// offsetAt returns the nearest word edge to a point, for drag selection.
func (p *Passage) offsetAt(pos fyne.Position) int {
	lh := p.lineHeight()
	best := 0
	for _, pc := range p.pieces {
		if pos.Y < pc.pos.Y {
			break
		}
		if pos.Y >= pc.pos.Y+lh {
			best = pc.end
			continue
		}
		if pos.X < pc.pos.X+pc.width/2 {
			return pc.start
		}
		best = pc.end
	}
	return best
}

// Tapped selects the tapped mention's event.
func (p *Passage) Tapped(ev *fyne.PointEvent) {
	p.ClearSelection()
	i := p.pieceAt(ev.Position)
	if i < 0 {
		return
	}
	if m := p.pieces[i].mark; (m.kind == phraseMention || m.kind == phraseSelected) && p.OnTapped != nil {
		p.OnTapped(m.event)
	}
}

// Dragged selects words.
func (p *Passage) Dragged(ev *fyne.DragEvent) {
	at := p.offsetAt(ev.Position)
	if !p.dragging {
		p.dragging = true
		p.dragFrom = p.offsetAt(ev.Position.Subtract(ev.Dragged))
	}
	a, b := min(p.dragFrom, at), max(p.dragFrom, at)
	if p.sel != [2]int{a, b} {
		p.sel = [2]int{a, b}
		p.Refresh()
	}
}

// DragEnd reports the selection.
func (p *Passage) DragEnd() {
	p.dragging = false
	if p.OnSelected != nil {
		p.OnSelected(p.sel[0], p.sel[1])
	}
}

// Cursor is a pointer over tappable mentions.
func (p *Passage) Cursor() desktop.Cursor {
	if p.hoverMark {
		return desktop.PointerCursor
	}
	return desktop.TextCursor
}

// MouseIn implements desktop.Hoverable.
func (p *Passage) MouseIn(ev *desktop.MouseEvent) { p.MouseMoved(ev) }

// MouseMoved tracks whether the pointer is over a mention.
func (p *Passage) MouseMoved(ev *desktop.MouseEvent) {
	i := p.pieceAt(ev.Position)
	p.hoverMark = i >= 0 && (p.pieces[i].mark.kind == phraseMention || p.pieces[i].mark.kind == phraseSelected)
}

// MouseOut implements desktop.Hoverable.
func (p *Passage) MouseOut() { p.hoverMark = false }

// CreateRenderer implements fyne.Widget.
func (p *Passage) CreateRenderer() fyne.WidgetRenderer {
	r := &passageRenderer{p: p}
	r.Refresh()
	return r
}

type passageRenderer struct {
	p       *Passage
	texts   []*canvas.Text
	backs   []*canvas.Rectangle // one per piece (transparent when unmarked)
	lines   []*canvas.Rectangle // underlines, one per piece
	objects []fyne.CanvasObject
}

func (r *passageRenderer) MinSize() fyne.Size { return r.p.MinSize() }

func (r *passageRenderer) Layout(size fyne.Size) {
	p := r.p
	p.wrap(size.Width)
	lh := p.lineHeight()
	size0, _ := p.style()
	space := fyne.MeasureText(" ", size0, fyne.TextStyle{}).Width
	for i, pc := range p.pieces {
		if i >= len(r.texts) {
			break
		}
		r.texts[i].Move(pc.pos)
		r.texts[i].Resize(fyne.NewSize(pc.width, lh))
		w := pc.width
		// Cover the space to the next piece when it continues the mark
		// on the same line, so a phrase reads as one highlight.
		if i+1 < len(p.pieces) && pc.spaceAfter && p.pieces[i+1].pos.Y == pc.pos.Y &&
			p.pieces[i+1].mark == pc.mark && (pc.mark.kind != phrasePlain || pc.mark.match) {
			w += space
		}
		if r.selected(pc) && i+1 < len(p.pieces) && pc.spaceAfter && r.selected(p.pieces[i+1]) && p.pieces[i+1].pos.Y == pc.pos.Y {
			w = p.pieces[i+1].pos.X - pc.pos.X
		}
		r.backs[i].Move(pc.pos)
		r.backs[i].Resize(fyne.NewSize(w, lh))
		r.lines[i].Move(fyne.NewPos(pc.pos.X, pc.pos.Y+lh-3))
		r.lines[i].Resize(fyne.NewSize(w, 1.5))
	}
}

func (r *passageRenderer) selected(pc piece) bool {
	s := r.p.sel
	return s[0] < s[1] && pc.start >= s[0] && pc.end <= s[1]
}

func (r *passageRenderer) Refresh() {
	p := r.p
	th := p.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	size, _ := p.style()
	for len(r.texts) < len(p.pieces) {
		r.texts = append(r.texts, canvas.NewText("", color.Black))
		r.backs = append(r.backs, canvas.NewRectangle(color.Transparent))
		r.lines = append(r.lines, canvas.NewRectangle(color.Transparent))
	}
	r.texts, r.backs, r.lines = r.texts[:len(p.pieces)], r.backs[:len(p.pieces)], r.lines[:len(p.pieces)]
	fg := th.Color(theme.ColorNameForeground, v)
	if p.Dim {
		fg = th.Color(theme.ColorNameDisabled, v)
	}
	for i, pc := range p.pieces {
		t, bg, line := r.texts[i], r.backs[i], r.lines[i]
		t.Text = p.Text[pc.start:pc.end]
		t.TextSize = size
		t.TextStyle = p.pieceStyle(pc)
		t.Color = fg
		bg.FillColor, line.FillColor = color.Transparent, color.Transparent
		bg.CornerRadius = 2
		switch pc.mark.kind {
		case phraseMention:
			t.Color = th.Color(theme.ColorNameHyperlink, v)
			line.FillColor = withAlpha(th.Color(theme.ColorNameHyperlink, v), 0xaa)
		case phraseSelected:
			bg.FillColor = withAlpha(th.Color(theme.ColorNamePrimary, v), 0x66)
			line.FillColor = th.Color(theme.ColorNamePrimary, v)
		case phraseVague:
			line.FillColor = th.Color(theme.ColorNameDisabled, v)
		}
		if pc.mark.match {
			bg.FillColor = withAlpha(th.Color(theme.ColorNameWarning, v), 0x88)
		}
		if r.selected(pc) {
			bg.FillColor = th.Color(theme.ColorNameSelection, v)
		}
	}
	r.objects = r.objects[:0]
	for _, b := range r.backs {
		r.objects = append(r.objects, b)
	}
	for _, l := range r.lines {
		r.objects = append(r.objects, l)
	}
	for _, t := range r.texts {
		r.objects = append(r.objects, t)
	}
	r.Layout(p.Size())
	canvas.Refresh(p)
}

func (r *passageRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *passageRenderer) Destroy() {}

func withAlpha(c color.Color, a uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}
