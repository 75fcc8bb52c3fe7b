package main

import (
	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/dateline-app/dateline/app"
	"github.com/dateline-app/dateline/assets"
)

// appID is the application ID; it must equal the ID in FyneApp.toml
// (preferences and the desktop entry are stored under it).
const appID = "io.github.dateline_app.dateline"

// runGUI opens the window on path, or on the embedded sample article when
// path is empty, and returns when the window is closed.
func runGUI(path string) int {
	a := fyneapp.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	w := a.NewWindow("Dateline")
	w.Resize(fyne.NewSize(1280, 820))
	ui := app.Create(a, w)
	if path == "" {
		ui.OpenData(assets.SampleName, assets.Sample)
	} else {
		ui.Open(path)
	}
	w.ShowAndRun()
	return exitOK
}
