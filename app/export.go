package app

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline-app/dateline/timeline"
	"github.com/dateline-app/dateline/timeline/export"
	"github.com/dateline-app/dateline/timeline/render"
)

// exportOptions are the choices of the Export dialog.
type exportOptions struct {
	Format        string  // a name from export.Formats
	Width, Height float64 // chart size in logical pixels
	Scale         float64 // 1-4
	Theme         string  // light, dark, transparent
	SelectedOnly  bool    // export only the selected event
}

// The choices of the dialog's Events row.
const (
	scopeAll      = "All events"
	scopeSelected = "Selected event only"
)

// scoped returns the timeline to export: tl itself, or a copy holding only
// event sel when only is set and an event is selected.
func scoped(tl *timeline.Timeline, sel int, only bool) *timeline.Timeline {
	if !only || sel < 0 || sel >= len(tl.Events) {
		return tl
	}
	c := *tl
	c.Events = []timeline.Event{tl.Events[sel]}
	return &c
}

// exportFormats are the formats the dialog offers: every format of the
// command line, from the same registry.
func exportFormats() []string {
	names := make([]string, len(export.Formats))
	for i, f := range export.Formats {
		names[i] = f.Name
	}
	return names
}

// exportFile writes a timeline in a format through the same functions as
// `dateline export` (export.Formats), atomically (temp file + rename). The
// chart formats show the given view.
func exportFile(path string, tl *timeline.Timeline, o exportOptions, view render.View) error {
	f, err := export.Lookup(o.Format)
	if err != nil {
		return err
	}
	th, err := render.ParseTheme(o.Theme)
	if err != nil {
		return err
	}
	opt := render.Options{Width: o.Width, Height: o.Height, Scale: o.Scale, Theme: th, View: view}
	if err := timeline.WriteFileAtomic(path, func(w io.Writer) error { return f.Write(w, tl, opt) }); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}

// extFor is the file extension of a format.
func extFor(format string) string {
	if f, err := export.Lookup(format); err == nil {
		return f.Ext
	}
	return "." + format
}

// exportPath suggests a file name for an export: beside the article, named
// after it.
func (u *UI) exportPath(format string) string {
	base := "timeline"
	dir := ""
	if u.doc != nil {
		base = strings.TrimSuffix(filepath.Base(u.doc.name), filepath.Ext(u.doc.name))
		if u.doc.path != "" {
			dir = filepath.Dir(u.doc.path)
		}
	}
	if dir == "" {
		if home, err := os.UserHomeDir(); err == nil {
			dir = home
		}
	}
	return filepath.Join(dir, base+".timeline"+extFor(format))
}

// showExport opens the Export dialog: format, size, scale and theme, and
// the file to write. It asks before replacing an existing file.
func (u *UI) showExport() {
	if u.tl == nil {
		u.status.SetText("Nothing to export: open an article first.")
		return
	}
	format := widget.NewSelect(exportFormats(), nil)
	width, height := widget.NewEntry(), widget.NewEntry()
	width.SetText("1200")
	height.SetText("500")
	positive := func(s string) error {
		if n, err := strconv.Atoi(strings.TrimSpace(s)); err != nil || n < 100 || n > 10000 {
			return errors.New("a whole number of pixels from 100 to 10000")
		}
		return nil
	}
	width.Validator, height.Validator = positive, positive
	scale := widget.NewSelect([]string{"1", "2", "3", "4"}, nil)
	scale.SetSelected("1")
	themeSel := widget.NewSelect([]string{"light", "dark", "transparent"}, nil)
	themeSel.SetSelected(map[bool]string{false: "light", true: "dark"}[u.isDark()])
	path := widget.NewEntry()
	path.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("name the file to write")
		}
		if st, err := os.Stat(filepath.Dir(s)); err != nil || !st.IsDir() {
			return fmt.Errorf("folder %s does not exist", filepath.Dir(s))
		}
		return nil
	}
	format.OnChanged = func(f string) {
		p := path.Text
		if p == "" {
			p = u.exportPath(f)
		} else {
			p = strings.TrimSuffix(p, filepath.Ext(p)) + extFor(f)
		}
		path.SetText(p)
		if ff, _ := export.Lookup(f); ff.Chart {
			width.Enable()
			height.Enable()
			scale.Enable()
			themeSel.Enable()
		} else {
			width.Disable()
			height.Disable()
			scale.Disable()
			themeSel.Disable()
		}
	}
	format.SetSelected("png")
	browse := widget.NewButton("Folder…", func() {
		d := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
			if err == nil && l != nil {
				path.SetText(filepath.Join(l.Path(), filepath.Base(path.Text)))
			}
		}, u.win)
		if l, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(path.Text))); err == nil {
			d.SetLocation(l)
		}
		d.Show()
	})
	scope := widget.NewRadioGroup([]string{scopeAll, scopeSelected}, nil)
	scope.Horizontal = true
	scope.SetSelected(scopeAll)
	if u.selected < 0 {
		scope.Disable()
	}
	items := []*widget.FormItem{
		{Text: "Format", Widget: format},
		{Text: "Events", Widget: scope},
		{Text: "Width", Widget: width, HintText: "pixels at scale 1"},
		{Text: "Height", Widget: height},
		{Text: "Scale", Widget: scale, HintText: "2 for high-DPI screens and print"},
		{Text: "Theme", Widget: themeSel},
		{Text: "File", Widget: container.NewBorder(nil, nil, nil, browse, path)},
	}
	d := dialog.NewForm("Export", "Export", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		o := exportOptions{Format: format.Selected, Theme: themeSel.Selected, SelectedOnly: scope.Selected == scopeSelected}
		o.Width, _ = strconv.ParseFloat(strings.TrimSpace(width.Text), 64)
		o.Height, _ = strconv.ParseFloat(strings.TrimSpace(height.Text), 64)
		o.Scale, _ = strconv.ParseFloat(scale.Selected, 64)
		u.confirmExport(strings.TrimSpace(path.Text), o)
	}, u.win)
	d.Resize(fyne.NewSize(560, 420))
	d.Show()
}

// confirmExport writes an export, asking first if the file exists.
func (u *UI) confirmExport(path string, o exportOptions) {
	tl, view := scoped(u.tl, u.selected, o.SelectedOnly), u.chart.View()
	if o.SelectedOnly {
		view = render.View{} // fit the one event
	}
	write := func() {
		if err := exportFile(path, tl, o, view); err != nil {
			u.showError(err)
			return
		}
		u.status.SetText("Exported " + path)
	}
	if _, err := os.Stat(path); err == nil {
		dialog.ShowConfirm("Replace file?", filepath.Base(path)+" already exists. Replace it?", func(ok bool) {
			if ok {
				write()
			}
		}, u.win)
		return
	}
	write()
}
