package export

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/dateline-app/dateline/timeline"
	"github.com/dateline-app/dateline/timeline/render"
)

// Format is one way to write a timeline. The chart formats use the render
// options; the data formats ignore them.
type Format struct {
	Name  string // as given to --format
	Ext   string // the usual file extension, with its dot
	Chart bool   // a picture of the chart (the render options apply)
	Write func(w io.Writer, tl *timeline.Timeline, o render.Options) error
}

// Formats lists every format, in the order the GUI offers them. The
// command line and the window's export dialog both write through it.
var Formats = []Format{
	{"png", ".png", true, func(w io.Writer, tl *timeline.Timeline, o render.Options) error {
		return render.WritePNG(w, render.Compute(tl, o))
	}},
	{"svg", ".svg", true, func(w io.Writer, tl *timeline.Timeline, o render.Options) error {
		return render.WriteSVG(w, render.Compute(tl, o))
	}},
	{"json", ".json", false, func(w io.Writer, tl *timeline.Timeline, _ render.Options) error { return JSON(w, tl) }},
	{"timelinejs", ".json", false, func(w io.Writer, tl *timeline.Timeline, _ render.Options) error { return TimelineJS(w, tl) }},
	{"csv", ".csv", false, func(w io.Writer, tl *timeline.Timeline, _ render.Options) error { return CSV(w, tl) }},
	{"timeml", ".tml", false, func(w io.Writer, tl *timeline.Timeline, _ render.Options) error { return TimeML(w, tl) }},
}

// Names returns the format names joined by sep.
func Names(sep string) string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = f.Name
	}
	return strings.Join(names, sep)
}

// Lookup finds a format by name.
func Lookup(name string) (Format, error) {
	for _, f := range Formats {
		if strings.EqualFold(f.Name, name) {
			return f, nil
		}
	}
	return Format{}, fmt.Errorf("unknown format %q (want %s)", name, Names(", "))
}

// ForPath finds the format a file name asks for by its extension (.json
// is the extract schema, not TimelineJS).
func ForPath(path string) (Format, bool) {
	ext := strings.ToLower(filepath.Ext(path))
	for _, f := range Formats {
		if f.Ext == ext {
			return f, true
		}
	}
	return Format{}, false
}

// JSON writes the timeline in the schema of `dateline extract`.
func JSON(w io.Writer, tl *timeline.Timeline) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(tl)
}
