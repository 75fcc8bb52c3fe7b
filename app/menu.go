package app

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline-app/dateline/assets"
	"github.com/dateline-app/dateline/timeline"
)

const (
	recentKey = "recent" // preference: recently opened files, newest first
	maxRecent = 8
)

// Keyboard shortcuts shown in the menus.
var (
	shortcutOpen   = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutExport = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutFind   = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutQuit   = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
)

// setupMenus builds the main menu. Open Recent is rebuilt whenever the
// list of recent files changes.
func (u *UI) setupMenus() {
	open := fyne.NewMenuItem("Open…", u.showOpen)
	open.Shortcut = shortcutOpen
	recent := fyne.NewMenuItem("Open Recent", nil)
	recent.ChildMenu = u.recentMenu()
	paste := fyne.NewMenuItem("New Article from Clipboard", u.pasteArticle)
	sample := fyne.NewMenuItem("Open Sample Article", func() { u.OpenData(assets.SampleName, assets.Sample) })
	export := fyne.NewMenuItem("Export…", u.showExport)
	export.Shortcut = shortcutExport
	quit := fyne.NewMenuItem("Quit", u.app.Quit)
	quit.IsQuit = true
	quit.Shortcut = shortcutQuit
	file := fyne.NewMenu("File", open, recent, paste, sample, fyne.NewMenuItemSeparator(), export,
		fyne.NewMenuItemSeparator(), quit)

	find := fyne.NewMenuItem("Find in Article…", func() { u.find.Open(u.win.Canvas()) })
	find.Shortcut = shortcutFind
	date := fyne.NewMenuItem("Publication Date…", u.editPublished)
	edit := fyne.NewMenu("Edit", append(u.correctionMenuItems(), fyne.NewMenuItemSeparator(), find, date)...)

	view := fyne.NewMenu("View",
		fyne.NewMenuItem("Zoom In (+)", func() { u.chart.ZoomBy(zoomStep) }),
		fyne.NewMenuItem("Zoom Out (-)", func() { u.chart.ZoomBy(1 / zoomStep) }),
		fyne.NewMenuItem("Fit All (0 or F)", u.chart.Fit),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Next Event (Right)", func() { u.step(1) }),
		fyne.NewMenuItem("Previous Event (Left)", func() { u.step(-1) }),
		fyne.NewMenuItem("Event Details… (Enter)", u.showDetails),
		fyne.NewMenuItem("Clear Selection (Escape)", func() { u.Select(-1) }),
	)
	u.win.SetMainMenu(fyne.NewMainMenu(file, edit, view))
}

// setupKeys wires the keys that work wherever the focus is (shortcuts)
// and those that work when no text field has the focus.
func (u *UI) setupKeys() {
	c := u.win.Canvas()
	c.AddShortcut(shortcutOpen, func(fyne.Shortcut) { u.showOpen() })
	c.AddShortcut(shortcutExport, func(fyne.Shortcut) { u.showExport() })
	c.AddShortcut(shortcutFind, func(fyne.Shortcut) { u.find.Open(c) })
	c.AddShortcut(&fyne.ShortcutPaste{}, func(fyne.Shortcut) { u.pasteArticle() })
	u.setupCorrectionKeys(c)
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) { u.typedKey(ev) })
	c.SetOnTypedRune(func(r rune) { u.chart.TypedRune(r) })
}

// typedKey handles the navigation keys: Left/Right step through the
// events, Enter opens the details, Escape clears the selection (and the
// find bar). It reports whether it used the key.
func (u *UI) typedKey(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyLeft, fyne.KeyUp:
		u.step(-1)
	case fyne.KeyRight, fyne.KeyDown:
		u.step(1)
	case fyne.KeyReturn, fyne.KeyEnter:
		u.showDetails()
	case fyne.KeyEscape:
		u.find.Close()
		u.Select(-1)
	default:
		return false
	}
	return true
}

// showOpen asks for a file to open.
func (u *UI) showOpen() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if r == nil {
			return
		}
		defer r.Close()
		u.openURI(r.URI(), r)
	}, u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".md", ".markdown", ".txt", ".text"}))
	d.Resize(fyne.NewSize(800, 560))
	d.Show()
}

// openURI opens an article from a URI (file dialog, drag and drop).
func (u *UI) openURI(uri fyne.URI, r io.Reader) {
	if uri.Scheme() == "file" {
		u.Open(uri.Path())
		return
	}
	data, err := io.ReadAll(r)
	if err != nil {
		u.showError(openError(uri.String(), err))
		return
	}
	u.OpenData(uri.Name(), data)
}

// dropped opens the first file dropped on the window.
func (u *UI) dropped(_ fyne.Position, uris []fyne.URI) {
	for _, uri := range uris {
		if uri.Scheme() == "file" {
			u.Open(uri.Path())
			return
		}
	}
}

// pasteArticle makes a new article from the clipboard text and asks for
// its publication date (unless it carries front matter with one).
func (u *UI) pasteArticle() {
	text := strings.TrimSpace(u.app.Clipboard().Content())
	if text == "" {
		u.status.SetText("The clipboard holds no text to read as an article.")
		return
	}
	u.OpenData("Pasted article", []byte(text))
}

// askPublished asks for the publication date of an article that has none;
// done runs once a valid date is given.
func (u *UI) askPublished(name string, done func(time.Time)) {
	entry := widget.NewEntry()
	entry.SetPlaceHolder("YYYY-MM-DD")
	entry.Validator = func(s string) error { _, err := timeline.ParseDate(s); return err }
	note := widget.NewLabel(fmt.Sprintf("%s has no publication date.\nRelative dates (\"last year\", \"on Friday\") are worked out from it.", name))
	note.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{
		{Widget: note},
		{Text: "Published", Widget: entry, HintText: "The day the article was published, e.g. 2024-06-12"},
	}
	u.datePrompt = dialog.NewForm("Publication date", "Open", "Cancel", items, func(ok bool) {
		u.datePrompt = nil
		if !ok {
			u.status.SetText(name + " was not opened: it needs a publication date.")
			return
		}
		t, err := timeline.ParseDate(entry.Text)
		if err != nil {
			u.showError(err)
			return
		}
		done(t)
	}, u.win)
	u.datePrompt.Resize(fyne.NewSize(460, 240))
	u.datePrompt.Show()
	u.win.Canvas().Focus(entry)
}

// editPublished asks for a new publication date for the open article.
func (u *UI) editPublished() {
	if u.doc == nil {
		return
	}
	u.win.Canvas().Focus(u.published)
}

// recentFiles returns the recently opened files, newest first.
func (u *UI) recentFiles() []string {
	return u.app.Preferences().StringList(recentKey)
}

// addRecent puts a file at the top of Open Recent.
func (u *UI) addRecent(path string) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	list := slices.DeleteFunc(slices.Clone(u.recentFiles()), func(s string) bool { return s == path })
	list = append([]string{path}, list...)
	if len(list) > maxRecent {
		list = list[:maxRecent]
	}
	u.app.Preferences().SetStringList(recentKey, list)
	if m := u.win.MainMenu(); m != nil {
		m.Items[0].Items[1].ChildMenu = u.recentMenu()
		m.Refresh()
	}
}

func (u *UI) recentMenu() *fyne.Menu {
	var items []*fyne.MenuItem
	for _, p := range u.recentFiles() {
		items = append(items, fyne.NewMenuItem(p, func() { u.Open(p) }))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem("No recent files", nil)
		none.Disabled = true
		items = append(items, none)
	}
	return fyne.NewMenu("Open Recent", items...)
}
