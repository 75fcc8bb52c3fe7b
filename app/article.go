package app

import (
	"image/color"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"github.com/dateline-app/dateline/timeline"
)

// mark is a temporal expression in the article body and the event it
// belongs to (-1 for an undated mention).
type mark struct {
	start, end int
	event      int
}

// articleView shows the article paragraph by paragraph: every temporal
// expression is marked (tap it to select its event), the selected event's
// words are highlighted, page furniture is dimmed and find matches are
// tinted.
type articleView struct {
	scroll *container.Scroll
	box    *fyne.Container
	paras  []*paraView

	article  *timeline.Article
	marks    []mark
	selected int
	matches  []timeline.Span
	onSelect func(event int)
}

// paraView is one paragraph: its number, its text and a background that
// is tinted when the paragraph belongs to the selected event.
type paraView struct {
	p    timeline.Paragraph
	off  int // body offset of text.Text[0]
	bg   *canvas.Rectangle
	text *Passage
	obj  fyne.CanvasObject
}

func newArticleView(onSelect func(int)) *articleView {
	v := &articleView{box: container.NewVBox(), selected: -1, onSelect: onSelect}
	v.scroll = container.NewVScroll(v.box)
	return v
}

// marksOf lists the phrases a timeline marks in its article, in text
// order: each event's mentions, and the undated ones (event -1).
func marksOf(tl *timeline.Timeline) []mark {
	var marks []mark
	if tl == nil {
		return nil
	}
	for i, e := range tl.Events {
		for _, m := range e.Mentions {
			marks = append(marks, mark{m.Start, m.End, i})
		}
	}
	for _, m := range tl.Undated {
		marks = append(marks, mark{m.Start, m.End, -1})
	}
	sort.Slice(marks, func(i, j int) bool { return marks[i].start < marks[j].start })
	return marks
}

// SetTimeline shows an article and marks the mentions of a timeline.
func (v *articleView) SetTimeline(a *timeline.Article, tl *timeline.Timeline) {
	v.article, v.selected, v.marks = a, -1, marksOf(tl)
	v.matches = nil
	v.paras = v.paras[:0]
	v.box.Objects = nil
	if a != nil {
		for _, p := range a.Paragraphs {
			off := p.Start
			if p.Heading {
				text := a.Body[p.Start:p.End]
				off += len(text) - len(strings.TrimLeft(text, "# "))
			}
			pv := &paraView{p: p, off: off, bg: canvas.NewRectangle(color.Transparent), text: NewPassage(a.Body[off:p.End])}
			pv.text.Dim, pv.text.Heading = p.Furniture, p.Heading
			pv.text.OnTapped = v.onSelect
			pv.bg.CornerRadius = 4
			num := canvas.NewText(strconv.Itoa(p.N), theme.Color(theme.ColorNameDisabled))
			num.TextSize = theme.CaptionTextSize()
			num.Alignment = fyne.TextAlignTrailing
			gutter := container.NewGridWrap(fyne.NewSize(22, num.MinSize().Height), num)
			body := container.NewBorder(nil, nil, container.NewVBox(gutter), nil, container.NewPadded(pv.text))
			pv.obj = container.NewStack(pv.bg, body)
			v.paras = append(v.paras, pv)
			v.box.Objects = append(v.box.Objects, pv.obj)
			v.render(pv)
		}
	}
	v.box.Refresh()
	v.scroll.ScrollToTop()
}

// Select highlights an event's words and tints its paragraphs; -1 clears.
func (v *articleView) Select(event int) {
	old := v.selected
	v.selected = event
	for _, pv := range v.paras {
		if v.touches(pv.p, old) || v.touches(pv.p, event) {
			v.render(pv)
		}
	}
}

// touches reports whether an event has a mention in a paragraph.
func (v *articleView) touches(p timeline.Paragraph, event int) bool {
	if event < 0 {
		return false
	}
	for _, m := range v.marks {
		if m.event == event && m.start >= p.Start && m.start < p.End {
			return true
		}
	}
	return false
}

// ScrollTo brings paragraph n (1-based) to the top of the view.
func (v *articleView) ScrollTo(n int) {
	for _, pv := range v.paras {
		if pv.p.N == n {
			v.scroll.ScrollToOffset(fyne.NewPos(0, pv.obj.Position().Y))
			return
		}
	}
}

// Find tints every case-insensitive occurrence of q and returns the
// paragraph numbers of the matches, in reading order (one per match).
func (v *articleView) Find(q string) []int {
	v.matches = nil
	var where []int
	if v.article != nil && strings.TrimSpace(q) != "" {
		re := regexp.MustCompile(`(?i)` + regexp.QuoteMeta(q))
		for _, loc := range re.FindAllStringIndex(v.article.Body, -1) {
			for _, pv := range v.paras {
				if loc[0] >= pv.off && loc[1] <= pv.p.End {
					v.matches = append(v.matches, timeline.Span{Start: loc[0], End: loc[1]})
					where = append(where, pv.p.N)
				}
			}
		}
	}
	for _, pv := range v.paras {
		v.render(pv)
	}
	return where
}

// render sets one paragraph's marks and tint.
func (v *articleView) render(pv *paraView) {
	var marks []passageMark
	if !pv.p.Furniture {
		for _, m := range v.marks {
			if m.end <= pv.off || m.start >= pv.p.End {
				continue
			}
			pm := passageMark{start: max(m.start, pv.off) - pv.off, end: min(m.end, pv.p.End) - pv.off, event: m.event}
			switch {
			case m.event < 0:
				pm.kind = phraseVague
			case m.event == v.selected:
				pm.kind = phraseSelected
			default:
				pm.kind = phraseMention
			}
			marks = append(marks, pm)
		}
	}
	for _, m := range v.matches {
		if m.End > pv.off && m.Start < pv.p.End {
			marks = append(marks, passageMark{start: max(m.Start, pv.off) - pv.off, end: min(m.End, pv.p.End) - pv.off, match: true})
		}
	}
	pv.text.SetMarks(marks)
	if v.touches(pv.p, v.selected) {
		pv.bg.FillColor = withAlpha(theme.Color(theme.ColorNamePrimary), 0x22)
	} else {
		pv.bg.FillColor = color.Transparent
	}
	pv.bg.Refresh()
}
