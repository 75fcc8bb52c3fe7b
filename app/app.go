// Package app is Dateline's window. It stays thin: it turns gestures into
// calls on the headless core (package timeline) and shows the results. The
// chart is drawn by timeline/render, the same code that writes the PNG
// export. The whole UI is built by one call, Create.
package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline-app/dateline/timeline"
	"github.com/dateline-app/dateline/timeline/edit"
)

// document is the article open in the window.
type document struct {
	path    string // file on disk; "" for the sample or pasted text
	name    string // as shown and named in messages
	article *timeline.Article
	data    []byte // the article as read (corrections keep its checksum)
}

// UI is the main window's state and widgets. All its methods run on the
// UI goroutine; extraction runs off it and posts back with fyne.Do.
type UI struct {
	app fyne.App
	win fyne.Window

	doc      *document // nil while the window is empty
	tl       *timeline.Timeline
	selected int // index into tl.Events, -1 for none

	chart      *Chart
	article    *articleView
	events     *eventList
	details    *detailsView
	undated    *undatedView
	tabs       *container.AppTabs
	undatedTab *container.TabItem
	title      *widget.Label
	published  *widget.Entry
	status     *widget.Label
	find       *findBar

	datePrompt *dialog.FormDialog // the open "publication date?" prompt, if any

	// Corrections (correct.go): the open article's edit session, the
	// document it belongs to, and the open correction dialog, if any.
	session    *edit.Session
	sessionDoc *document
	form       *eventForm
	choice     *choiceForm
	undoItem   *fyne.MenuItem
	redoItem   *fyne.MenuItem

	gen  int            // extraction generation: stale results are dropped
	busy sync.WaitGroup // background work in flight (tests wait on it)
	// inline runs background work on the calling goroutine. Fyne's test
	// driver runs fyne.Do callbacks on the calling goroutine, so tests that
	// keep using the UI while work is in flight set it to stay race-free.
	inline bool
}

// Create builds the whole UI into w: chart, article, event list, details,
// menus and keyboard shortcuts. The window starts empty; call Open or
// OpenData.
func Create(a fyne.App, w fyne.Window) *UI {
	u := &UI{app: a, win: w, selected: -1}
	u.chart = NewChart()
	u.chart.OnSelected = u.Select
	u.chart.OnKey = u.typedKey
	u.article = newArticleView(u.Select)
	u.events = newEventList(u.Select)
	u.details = newDetailsView()
	u.undated = newUndatedView()
	u.find = newFindBar(u.article)
	u.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	u.title.Truncation = fyne.TextTruncateEllipsis
	u.status = widget.NewLabel("Open an article (Ctrl+O), drop a file here or paste text (Ctrl+V).")
	u.status.Truncation = fyne.TextTruncateEllipsis
	u.published = widget.NewEntry()
	u.published.SetPlaceHolder("YYYY-MM-DD")
	u.published.Validator = func(s string) error { _, err := timeline.ParseDate(s); return err }
	u.published.OnChanged = u.publishedChanged
	u.published.Disable()

	u.undatedTab = container.NewTabItem("Undated", u.undated.scroll)
	u.tabs = container.NewAppTabs(container.NewTabItem("Events", u.events.obj), u.undatedTab)

	toolbar := container.NewHBox(
		widget.NewButtonWithIcon("", theme.FolderOpenIcon(), u.showOpen),
		widget.NewButtonWithIcon("", theme.DocumentSaveIcon(), u.showExport),
		widget.NewSeparator(),
		widget.NewButtonWithIcon("", theme.ZoomOutIcon(), func() { u.chart.ZoomBy(1 / zoomStep) }),
		widget.NewButtonWithIcon("", theme.ZoomInIcon(), func() { u.chart.ZoomBy(zoomStep) }),
		widget.NewButtonWithIcon("Fit", theme.ZoomFitIcon(), u.chart.Fit),
		widget.NewSeparator(),
		widget.NewLabel("Published"),
		container.NewGridWrap(fyne.NewSize(130, u.published.MinSize().Height), u.published),
	)
	top := container.NewBorder(nil, nil, toolbar, nil, u.title)
	articlePane := container.NewBorder(u.find.obj, nil, nil, nil, u.article.scroll)
	right := container.NewVSplit(u.tabs, u.details.scroll)
	right.SetOffset(0.55)
	lower := container.NewHSplit(articlePane, right)
	lower.SetOffset(0.58)
	main := container.NewVSplit(u.chart, lower)
	main.SetOffset(0.4)
	w.SetContent(container.NewBorder(top, u.status, nil, nil, main))

	u.setupMenus()
	u.setupKeys()
	w.SetOnDropped(u.dropped)
	a.Settings().AddListener(func(fyne.Settings) { u.chart.SetDark(u.isDark()) })
	u.chart.SetDark(u.isDark())
	return u
}

func (u *UI) isDark() bool {
	return u.app.Settings().ThemeVariant() == theme.VariantDark
}

// Open reads an article from a file. Errors are shown in a dialog naming
// the file (and the line, for bad front matter).
func (u *UI) Open(path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		u.showError(openError(path, err))
		return
	}
	u.openData(path, path, data)
}

// OpenData opens an article that is not a file on disk (the embedded
// sample, pasted text) under a name used in the title and messages.
func (u *UI) OpenData(name string, data []byte) {
	u.openData("", name, data)
}

func (u *UI) openData(path, name string, data []byte) {
	a, err := timeline.Load(name, data)
	if err != nil {
		u.showError(err)
		return
	}
	doc := &document{path: path, name: name, article: a, data: data}
	if t, ok := savedPublished(path); ok && !a.HasPublished {
		a.Published, a.HasPublished = t, true
	}
	if a.HasPublished {
		u.setDocument(doc)
		return
	}
	u.askPublished(name, func(t time.Time) {
		a.Published, a.HasPublished = t, true
		u.setDocument(doc)
	})
}

// openError names the file in an error from reading it.
func openError(path string, err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("cannot open %s: %v", path, pe.Err)
	}
	return fmt.Errorf("cannot open %s: %v", path, err)
}

func (u *UI) showError(err error) {
	u.status.SetText(err.Error())
	dialog.ShowError(err, u.win)
}

// setDocument shows a loaded article and extracts its timeline.
func (u *UI) setDocument(doc *document) {
	u.doc = doc
	a := doc.article
	title := a.Title
	if a.Source != "" {
		title += " — " + a.Source
	}
	u.title.SetText(title)
	u.win.SetTitle("Dateline — " + filepath.Base(doc.name))
	u.published.Enable()
	u.published.OnChanged = nil
	u.published.SetText(a.Published.Format("2006-01-02"))
	u.published.OnChanged = u.publishedChanged
	if doc.path != "" {
		u.addRecent(doc.path)
	}
	u.extract()
}

// publishedChanged re-extracts the timeline as soon as the publication
// date field holds a valid date different from the current one.
func (u *UI) publishedChanged(s string) {
	if u.doc == nil {
		return
	}
	t, err := timeline.ParseDate(s)
	if err != nil || t.Equal(u.doc.article.Published) {
		return
	}
	u.SetPublished(t)
}

// SetPublished changes the open article's publication date (the anchor of
// every relative date) and extracts everything again.
func (u *UI) SetPublished(t time.Time) {
	if u.doc == nil {
		return
	}
	a := *u.doc.article
	a.Published, a.HasPublished = t, true
	u.doc.article = &a
	if s := t.Format("2006-01-02"); u.published.Text != s {
		u.published.OnChanged = nil
		u.published.SetText(s)
		u.published.OnChanged = u.publishedChanged
	}
	u.extract()
}

// extract opens the article's edit session (which runs timeline.Extract
// and applies the corrections saved beside it) off the UI goroutine and
// shows the result unless a newer extraction has started meanwhile. A new
// publication date for the open session re-resolves it in place.
func (u *UI) extract() {
	u.gen++
	if u.republish() {
		return
	}
	gen, doc := u.gen, u.doc
	u.status.SetText("Reading " + u.doc.name + "…")
	var s *edit.Session
	var err error
	u.background(func() { s, err = openSession(doc) }, func() {
		if gen == u.gen {
			u.setSession(doc, s, err)
		}
	})
}

// background runs work off the UI goroutine, then done on it.
func (u *UI) background(work, done func()) {
	if u.inline {
		work()
		done()
		return
	}
	u.busy.Add(1)
	go func() {
		defer u.busy.Done()
		work()
		fyne.Do(done)
	}()
}

// setTimeline shows a timeline in every view.
func (u *UI) setTimeline(tl *timeline.Timeline) {
	u.tl = tl
	u.selected = -1
	u.chart.SetTimeline(tl)
	if !u.article.remark(tl) { // same text (correct.go): only the marks change
		u.article.SetTimeline(tl.Article, tl)
	}
	u.events.SetTimeline(tl)
	u.undated.SetTimeline(tl)
	u.undatedTab.Text = fmt.Sprintf("Undated (%d)", len(tl.Undated))
	u.tabs.Refresh()
	u.details.Show(tl.Article, nil)
	u.find.refind()
	u.status.SetText(fmt.Sprintf("%s · published %s · %d events · %d undated",
		tl.Article.Path, tl.Article.Published.Format("2006-01-02"), len(tl.Events), len(tl.Undated)))
}

// Select makes event i the selected one everywhere: chart, list, details
// and article (scrolled to its first paragraph, its words marked). -1
// clears the selection.
func (u *UI) Select(i int) {
	if u.tl == nil || i >= len(u.tl.Events) {
		return
	}
	if i < 0 {
		i = -1
	}
	u.selected = i
	u.chart.SetSelected(i)
	u.events.Select(i)
	u.article.Select(i)
	if i < 0 {
		u.details.Show(u.tl.Article, nil)
		return
	}
	e := &u.tl.Events[i]
	u.details.Show(u.tl.Article, e)
	if len(e.Paragraphs) > 0 {
		first := e.Paragraphs[0]
		for _, p := range e.Paragraphs {
			first = min(first, p)
		}
		u.article.ScrollTo(first)
	}
}

// Selected returns the selected event's index, or -1.
func (u *UI) Selected() int { return u.selected }

// step selects the next (+1) or previous (-1) event in time order.
func (u *UI) step(d int) {
	if u.tl == nil || len(u.tl.Events) == 0 {
		return
	}
	switch {
	case u.selected < 0 && d > 0:
		u.Select(0)
	case u.selected < 0:
		u.Select(len(u.tl.Events) - 1)
	default:
		u.Select(min(max(u.selected+d, 0), len(u.tl.Events)-1))
	}
}

// showDetails opens the selected event's details in a dialog (Enter).
func (u *UI) showDetails() {
	if u.tl == nil || u.selected < 0 {
		return
	}
	text := widget.NewRichText(eventDetails(u.tl.Article, &u.tl.Events[u.selected])...)
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(560, 360))
	dialog.ShowCustom("Event details", "Close", scroll, u.win)
}
