package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// findBar finds words in the article (Ctrl+F): every match is tinted,
// Enter moves to the next one.
type findBar struct {
	entry   *widget.Entry
	count   *widget.Label
	obj     *fyne.Container
	article *articleView
	hits    []int // paragraph of each match
	cur     int
}

func newFindBar(a *articleView) *findBar {
	f := &findBar{entry: widget.NewEntry(), count: widget.NewLabel(""), article: a}
	f.entry.SetPlaceHolder("Find in the article")
	f.entry.OnChanged = func(string) { f.refind(); f.show(0) }
	f.entry.OnSubmitted = func(string) { f.show(f.cur + 1) }
	closeBtn := widget.NewButtonWithIcon("", theme.CancelIcon(), f.Close)
	closeBtn.Importance = widget.LowImportance
	f.obj = container.NewBorder(nil, nil, nil, container.NewHBox(f.count, closeBtn), f.entry)
	f.obj.Hide()
	return f
}

// Open shows the bar and focuses its field.
func (f *findBar) Open(c fyne.Canvas) {
	f.obj.Show()
	if c != nil {
		c.Focus(f.entry)
	}
}

// Close hides the bar and clears the matches.
func (f *findBar) Close() {
	f.obj.Hide()
	f.entry.SetText("")
}

// refind searches again (after typing, or when the article changed).
func (f *findBar) refind() {
	if f.entry.Text == "" && len(f.hits) == 0 {
		return // nothing searched and nothing marked: no paragraph to redraw
	}
	f.hits = f.article.Find(f.entry.Text)
	f.cur = 0
	f.count.SetText("")
	if f.entry.Text != "" {
		f.count.SetText(fmt.Sprintf("%d found", len(f.hits)))
	}
}

// show scrolls to match i (wrapping around).
func (f *findBar) show(i int) {
	if len(f.hits) == 0 {
		return
	}
	f.cur = i % len(f.hits)
	f.count.SetText(fmt.Sprintf("%d of %d", f.cur+1, len(f.hits)))
	f.article.ScrollTo(f.hits[f.cur])
}
