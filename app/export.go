package app

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"image/png"
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
	"github.com/dateline-app/dateline/timeline/render"
)

// exportOptions are the choices of the Export dialog.
type exportOptions struct {
	Format        string // an extension of exportFormats
	Width, Height int    // chart size in pixels at scale 1
	Scale         int    // 1-4
	Theme         string // light, dark, transparent
}

// exportFormats are the formats the dialog offers, in menu order.
var exportFormats = []string{"png", "json"}

var exportThemes = map[string]render.Theme{"light": render.Light, "dark": render.Dark}

// writeExport writes a timeline in a format.
func writeExport(w io.Writer, tl *timeline.Timeline, o exportOptions, view render.View) error {
	switch o.Format {
	case "png":
		th, ok := exportThemes[o.Theme]
		if !ok {
			return fmt.Errorf("theme %q is not available for PNG", o.Theme)
		}
		l := render.Compute(tl, render.Options{Width: o.Width, Height: o.Height, Scale: float64(o.Scale),
			Theme: th, View: view, Selected: -1})
		img, err := render.Image(l)
		if err != nil {
			return err
		}
		return png.Encode(w, img)
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(tl)
	}
	return fmt.Errorf("unknown export format %q", o.Format)
}

// writeFileAtomic writes data to path through a temporary file in the
// same directory and a rename, so a reader never sees half a file and a
// failed write leaves the old file as it was.
func writeFileAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}

// exportFile renders and writes an export atomically.
func exportFile(path string, tl *timeline.Timeline, o exportOptions, view render.View) error {
	var buf bytes.Buffer
	if err := writeExport(&buf, tl, o, view); err != nil {
		return err
	}
	return writeFileAtomic(path, buf.Bytes())
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
	return filepath.Join(dir, base+".timeline."+format)
}

// showExport opens the Export dialog: format, size, scale and theme, and
// the file to write. It asks before replacing an existing file.
func (u *UI) showExport() {
	if u.tl == nil {
		u.status.SetText("Nothing to export: open an article first.")
		return
	}
	format := widget.NewSelect(exportFormats, nil)
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
	themeSel := widget.NewSelect([]string{"light", "dark"}, nil)
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
			p = strings.TrimSuffix(p, filepath.Ext(p)) + "." + f
		}
		path.SetText(p)
		if f == "png" {
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
	items := []*widget.FormItem{
		{Text: "Format", Widget: format},
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
		o := exportOptions{Format: format.Selected, Theme: themeSel.Selected}
		o.Width, _ = strconv.Atoi(strings.TrimSpace(width.Text))
		o.Height, _ = strconv.Atoi(strings.TrimSpace(height.Text))
		o.Scale, _ = strconv.Atoi(scale.Selected)
		u.confirmExport(strings.TrimSpace(path.Text), o)
	}, u.win)
	d.Resize(fyne.NewSize(560, 420))
	d.Show()
}

// confirmExport writes an export, asking first if the file exists.
func (u *UI) confirmExport(path string, o exportOptions) {
	tl, view := u.tl, u.chart.View()
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
