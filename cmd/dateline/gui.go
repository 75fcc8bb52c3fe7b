package main

import (
	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/dateline-app/dateline/app"
	"github.com/dateline-app/dateline/assets"
)

// runGUI opens the window on path, or on the embedded sample article when
// path is empty, and returns when the window is closed. The application ID
// comes from FyneApp.toml (through assets.AppID): preferences such as the
// recent files are stored under it.
func runGUI(path string) int {
	a := fyneapp.NewWithID(assets.AppID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	w, _ := openWindow(a, path)
	w.ShowAndRun()
	return exitOK
}

// openWindow builds the main window and opens path in it (the sample
// article when path is empty). A file that cannot be opened is reported
// in a dialog naming it; the window stays open.
func openWindow(a fyne.App, path string) (fyne.Window, *app.UI) {
	w := a.NewWindow(assets.AppName)
	w.Resize(fyne.NewSize(1280, 820))
	ui := app.Create(a, w)
	if path == "" {
		ui.OpenData(assets.SampleName, assets.Sample)
	} else {
		ui.Open(path)
	}
	return w, ui
}
