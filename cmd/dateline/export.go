package main

import (
	"fmt"
	"io"
	"os"

	"github.com/dateline-app/dateline/timeline"
	"github.com/dateline-app/dateline/timeline/edit"
	"github.com/dateline-app/dateline/timeline/export"
	"github.com/dateline-app/dateline/timeline/render"
)

func runExport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("export", stderr)
	published, corrections := articleFlags(fs)
	out := fs.String("o", "", "output `FILE` (required)")
	format := fs.String("format", "", "output `FORMAT`: "+export.Names("|")+" (default: from the output's extension)")
	width := fs.Float64("width", 1600, "chart width in logical pixels")
	height := fs.Float64("height", 900, "chart height in logical pixels")
	scale := fs.Float64("scale", 1, "pixels per logical pixel, 1 to 4 (2 for high-DPI slides)")
	theme := fs.String("theme", "light", "chart colours: light, dark or transparent")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	path, err := oneFile(fs)
	if err != nil {
		return fail(stderr, err)
	}
	if *out == "" {
		return fail(stderr, fmt.Errorf("%w: -o OUT is required", errUsage))
	}
	f, ok := export.ForPath(*out)
	if *format != "" {
		var err error
		if f, err = export.Lookup(*format); err != nil {
			return fail(stderr, fmt.Errorf("%w: %v", errUsage, err))
		}
	} else if !ok {
		return fail(stderr, fmt.Errorf("%w: cannot tell the format from %q: pass --format %s", errUsage, *out, export.Names("|")))
	}
	if *scale < 1 || *scale > 4 {
		return fail(stderr, fmt.Errorf("%w: --scale %v is outside 1 to 4", errUsage, *scale))
	}
	if *width < 200 || *height < 120 || *width > 20000 || *height > 20000 {
		return fail(stderr, fmt.Errorf("%w: --width and --height must be within 200x120 to 20000x20000", errUsage))
	}
	th, err := render.ParseTheme(*theme)
	if err != nil {
		return fail(stderr, fmt.Errorf("%w: %v", errUsage, err))
	}
	if path != "-" && sameFile(path, *out) {
		return fail(stderr, fmt.Errorf("%s: refusing to overwrite the input article", *out))
	}
	tl, err := correctedTimeline(path, *published, *corrections, stdin, stderr)
	if err != nil {
		return fail(stderr, err)
	}
	opt := render.Options{Width: *width, Height: *height, Scale: *scale, Theme: th}
	if err := timeline.WriteFileAtomic(*out, func(w io.Writer) error { return f.Write(w, tl, opt) }); err != nil {
		return fail(stderr, fmt.Errorf("%s: %w", *out, err))
	}
	return exitOK
}

// correctedTimeline loads the article at path, extracts its timeline and
// applies the corrections saved beside it (as extract does), so that an
// export shows what the window showed.
func correctedTimeline(path, published, corrections string, stdin io.Reader, stderr io.Writer) (*timeline.Timeline, error) {
	sc, err := edit.ForExtract(corrections, path)
	if err != nil {
		return nil, err
	}
	if published == "" && sc != nil {
		published = sc.Published // the date set in the window, if any
	}
	a, data, err := loadArticle(path, published, stdin)
	if err != nil {
		return nil, err
	}
	tl := timeline.Extract(a)
	if sc == nil {
		return tl, nil
	}
	tl, warnings := sc.Apply(tl, data)
	for _, w := range warnings {
		fmt.Fprintln(stderr, "dateline: warning:", w)
	}
	return tl, nil
}

// sameFile reports whether a and b name the same existing file.
func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}
