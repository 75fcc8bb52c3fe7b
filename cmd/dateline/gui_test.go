package main

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/dateline-app/dateline/assets"
)

func TestOpenWindow(t *testing.T) {
	tests := []struct {
		name      string
		path      func(t *testing.T) string
		title     string // the window title must hold this
		errorWith string // a dialog must show this ("" for none)
	}{
		{"sample when no file", func(*testing.T) string { return "" }, assets.SampleName, ""},
		{"missing file", func(t *testing.T) string { return filepath.Join(t.TempDir(), "nowhere.md") }, assets.AppName, "nowhere.md"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			w, ui := openWindow(a, tt.path(t))
			defer w.Close()
			ui.Wait()
			if !strings.Contains(w.Title(), tt.title) {
				t.Errorf("title = %q; want it to hold %q", w.Title(), tt.title)
			}
			top := w.Canvas().Overlays().Top()
			switch {
			case tt.errorWith == "" && top != nil:
				t.Errorf("unexpected dialog:\n%s", test.RenderObjectToMarkup(top))
			case tt.errorWith != "" && top == nil:
				t.Errorf("no dialog naming %s", tt.errorWith)
			case tt.errorWith != "" && !strings.Contains(test.RenderObjectToMarkup(top), tt.errorWith):
				t.Errorf("dialog does not name %s:\n%s", tt.errorWith, test.RenderObjectToMarkup(top))
			}
		})
	}
}
