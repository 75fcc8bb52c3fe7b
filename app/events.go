package app

import (
	"fmt"
	"image/color"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline-app/dateline/timeline"
)

// eventList lists a timeline's events, sorted by date (oldest or newest
// first). Rows map to event indices through order.
type eventList struct {
	list     *widget.List
	sortBtn  *widget.Button
	obj      fyne.CanvasObject
	tl       *timeline.Timeline
	order    []int // row -> event index
	selRow   int   // selected row, -1 for none
	newest   bool  // newest first
	quiet    bool  // selecting programmatically: do not call onSelect
	onSelect func(event int)
}

func newEventList(onSelect func(int)) *eventList {
	l := &eventList{onSelect: onSelect, selRow: -1}
	l.list = widget.NewList(
		func() int { return len(l.order) },
		func() fyne.CanvasObject {
			dot := canvas.NewCircle(color.Transparent)
			date := widget.NewLabelWithStyle("2024-06-12 …", fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
			label := widget.NewLabel("")
			label.Truncation = fyne.TextTruncateEllipsis
			dotBox := container.NewCenter(container.NewGridWrap(fyne.NewSquareSize(10), dot))
			return container.NewBorder(nil, nil, container.NewHBox(dotBox, date), nil, label)
		},
		func(row widget.ListItemID, o fyne.CanvasObject) {
			if row >= len(l.order) {
				return
			}
			e := l.tl.Events[l.order[row]]
			c := o.(*fyne.Container)
			label := c.Objects[0].(*widget.Label)
			left := c.Objects[1].(*fyne.Container)
			dot := left.Objects[0].(*fyne.Container).Objects[0].(*fyne.Container).Objects[0].(*canvas.Circle)
			date := left.Objects[1].(*widget.Label)
			label.SetText(e.Label)
			date.SetText(shortWhen(e))
			dot.FillColor = modalityColor(e.Modality)
			dot.StrokeWidth = 0
			if e.Modality != timeline.Happened {
				dot.FillColor = color.Transparent
				dot.StrokeColor = modalityColor(e.Modality)
				dot.StrokeWidth = 2
			}
			dot.Refresh()
		})
	l.list.OnSelected = func(row widget.ListItemID) {
		if row >= len(l.order) {
			return
		}
		l.selRow = row
		if !l.quiet {
			l.onSelect(l.order[row])
		}
	}
	l.sortBtn = widget.NewButtonWithIcon("Oldest first", theme.MenuDropDownIcon(), l.toggleSort)
	l.sortBtn.Importance = widget.LowImportance
	l.obj = container.NewBorder(container.NewHBox(l.sortBtn), nil, nil, nil, l.list)
	return l
}

// SetTimeline lists a timeline's events.
func (l *eventList) SetTimeline(tl *timeline.Timeline) {
	l.tl = tl
	l.sortRows()
	l.Select(-1)
	l.list.Refresh()
}

func (l *eventList) sortRows() {
	l.order = l.order[:0]
	if l.tl == nil {
		return
	}
	for i := range l.tl.Events {
		l.order = append(l.order, i)
	}
	ev := l.tl.Events
	sort.SliceStable(l.order, func(a, b int) bool {
		x, y := ev[l.order[a]], ev[l.order[b]]
		if l.newest {
			x, y = y, x
		}
		if !x.Start.Equal(y.Start) {
			return x.Start.Before(y.Start)
		}
		return x.End.Before(y.End)
	})
}

func (l *eventList) toggleSort() {
	sel := l.selectedEvent()
	l.newest = !l.newest
	l.sortBtn.SetText(map[bool]string{false: "Oldest first", true: "Newest first"}[l.newest])
	l.sortRows()
	l.list.Refresh()
	l.Select(sel)
}

func (l *eventList) selectedEvent() int {
	if l.selRow >= 0 && l.selRow < len(l.order) {
		return l.order[l.selRow]
	}
	return -1
}

// Select shows an event as selected without calling back; -1 clears.
func (l *eventList) Select(event int) {
	l.quiet = true
	defer func() { l.quiet = false }()
	l.selRow = -1
	for row, i := range l.order {
		if i == event {
			l.selRow = row
			l.list.Select(row)
			l.list.ScrollTo(row)
			return
		}
	}
	l.list.UnselectAll()
}

// modalityColor is the colour of a modality in the list; it follows the
// chart's convention (filled for what happened, hollow for the rest).
func modalityColor(m timeline.Modality) color.Color {
	switch m {
	case timeline.Happened:
		return theme.Color(theme.ColorNamePrimary)
	case timeline.Expected, timeline.Possible:
		return theme.Color(theme.ColorNameWarning)
	case timeline.Reported:
		return theme.Color(theme.ColorNameSuccess)
	case timeline.Denied:
		return theme.Color(theme.ColorNameError)
	}
	return theme.Color(theme.ColorNameDisabled)
}

// detailsView shows one event: its label, its range, its modality and
// each mention with its sentence and how its date was worked out.
type detailsView struct {
	text   *widget.RichText
	scroll *container.Scroll
}

func newDetailsView() *detailsView {
	d := &detailsView{text: widget.NewRichText()}
	d.text.Wrapping = fyne.TextWrapWord
	d.scroll = container.NewVScroll(d.text)
	d.Show(nil, nil)
	return d
}

// Show displays an event, or a hint when e is nil.
func (d *detailsView) Show(a *timeline.Article, e *timeline.Event) {
	d.text.Segments = eventDetails(a, e)
	d.text.Refresh()
	d.scroll.ScrollToTop()
}

// eventDetails builds the rich text describing an event.
func eventDetails(a *timeline.Article, e *timeline.Event) []widget.RichTextSegment {
	if e == nil {
		return []widget.RichTextSegment{&widget.TextSegment{Style: widget.RichTextStyleParagraph,
			Text: "Select an event on the chart, in the list or in the text (Left/Right step through them) to see where its date comes from."}}
	}
	bold := widget.RichTextStyleStrong
	bold.Inline = true
	par := widget.RichTextStyleParagraph
	quote := widget.RichTextStyleBlockquote
	field := func(name, value string) []widget.RichTextSegment {
		return []widget.RichTextSegment{&widget.TextSegment{Text: name + ": ", Style: bold},
			&widget.TextSegment{Text: value, Style: par}}
	}
	segs := []widget.RichTextSegment{&widget.TextSegment{Text: e.Label, Style: widget.RichTextStyleSubHeading}}
	rangeText := when(*e)
	if e.SoftStart {
		rangeText = "from " + rangeText + " at the earliest"
	}
	if e.SoftEnd {
		rangeText += " (at the latest)"
	}
	segs = append(segs, field("When", fmt.Sprintf("%s  [%s, grain %s]", rangeText, e.Value, e.Grain))...)
	segs = append(segs, field("Modality", describeModality(e.Modality))...)
	segs = append(segs, field("Paragraphs", paragraphList(e.Paragraphs))...)
	if e.Why != "" { // a date fused from several clues, or a correction made by hand
		segs = append(segs, field("Dated", e.Why)...)
	}
	for i, m := range e.Mentions {
		segs = append(segs, &widget.TextSegment{Text: fmt.Sprintf("Mention %d, ¶ %d: ", i+1, m.Paragraph), Style: bold},
			&widget.TextSegment{Text: "“" + m.Text + "” → " + m.Value, Style: par})
		if s := sentenceOf(a, m); s != "" {
			segs = append(segs, &widget.TextSegment{Text: s, Style: quote})
		}
		if m.Why != "" {
			segs = append(segs, &widget.TextSegment{Text: "Why: ", Style: bold}, &widget.TextSegment{Text: m.Why, Style: par})
		}
	}
	return segs
}

// undatedView lists the mentions that are not placed on the axis, each
// with its sentence and the reason.
type undatedView struct {
	text   *widget.RichText
	scroll *container.Scroll
}

func newUndatedView() *undatedView {
	u := &undatedView{text: widget.NewRichText()}
	u.text.Wrapping = fyne.TextWrapWord
	u.scroll = container.NewVScroll(u.text)
	return u
}

// SetTimeline lists a timeline's undated mentions.
func (u *undatedView) SetTimeline(tl *timeline.Timeline) {
	u.text.Segments = undatedSegments(tl)
	u.text.Refresh()
}

func undatedSegments(tl *timeline.Timeline) []widget.RichTextSegment {
	if tl == nil || len(tl.Undated) == 0 {
		return []widget.RichTextSegment{&widget.TextSegment{Style: widget.RichTextStyleParagraph,
			Text: "No vague or unplaceable time words in this article."}}
	}
	bold := widget.RichTextStyleStrong
	bold.Inline = true
	segs := []widget.RichTextSegment{&widget.TextSegment{Style: widget.RichTextStyleParagraph,
		Text: "These time words are too vague to place on the axis:"}}
	for _, m := range tl.Undated {
		segs = append(segs, &widget.TextSegment{Text: fmt.Sprintf("¶ %d  “%s” ", m.Paragraph, m.Text), Style: bold},
			&widget.TextSegment{Text: m.Value, Style: widget.RichTextStyleParagraph})
		if s := sentenceOf(tl.Article, m); s != "" {
			segs = append(segs, &widget.TextSegment{Text: s, Style: widget.RichTextStyleBlockquote})
		}
		if m.Why != "" {
			segs = append(segs, &widget.TextSegment{Text: m.Why, Style: widget.RichTextStyleParagraph})
		}
	}
	return segs
}
