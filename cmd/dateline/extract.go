package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/dateline-app/dateline/timeline"
	"github.com/dateline-app/dateline/timeline/edit"
	"github.com/dateline-app/dateline/timeline/export"
)

// errUsage marks an error in the command line rather than in the input.
var errUsage = errors.New("usage")

// newFlagSet returns a flag set for a sub-command that reports errors on
// stderr and does not exit.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("dateline "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// loadArticle reads FILE (or standard input for "-") and applies a
// --published override; an article with no publication date is an error.
// It returns the bytes read too (for the sidecar's checksum).
func loadArticle(path, published string, stdin io.Reader) (*timeline.Article, []byte, error) {
	var data []byte
	var err error
	name := path
	if path == "-" {
		name = "<stdin>"
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, nil, err
	}
	a, err := timeline.Load(name, data)
	if err != nil {
		return nil, nil, err
	}
	if published != "" {
		t, err := timeline.ParseDate(published)
		if err != nil {
			return nil, nil, fmt.Errorf("--published: %w", err)
		}
		a.Published, a.HasPublished = t, true
	}
	if !a.HasPublished {
		return nil, nil, fmt.Errorf("%s: no publication date: add `published: YYYY-MM-DD` to its front matter or pass --published", name)
	}
	return a, data, nil
}

// oneFile checks that exactly one input was named.
func oneFile(fs *flag.FlagSet) (string, error) {
	if fs.NArg() != 1 {
		return "", fmt.Errorf("%w: want exactly one FILE (or - for standard input), got %d", errUsage, fs.NArg())
	}
	return fs.Arg(0), nil
}

// articleFlags adds the flags of every command that reads an article as
// the window shows it: the publication date and the corrections.
func articleFlags(fs *flag.FlagSet) (published, corrections *string) {
	published = fs.String("published", "", "publication `DATE` (YYYY-MM-DD or a date-time), overriding the front matter")
	corrections = fs.String("corrections", "auto", "corrections to apply: `auto` (FILE"+edit.SidecarSuffix+" if it exists), none, or a sidecar FILE")
	return published, corrections
}

func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("extract", stderr)
	published, corrections := articleFlags(fs)
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	path, err := oneFile(fs)
	if err != nil {
		return fail(stderr, err)
	}
	tl, err := correctedTimeline(path, *published, *corrections, stdin, stderr)
	if err != nil {
		return fail(stderr, err)
	}
	if err := export.JSON(stdout, tl); err != nil {
		return fail(stderr, err)
	}
	return exitOK
}

// fail prints an error and returns its exit code.
func fail(stderr io.Writer, err error) int {
	fmt.Fprintln(stderr, "dateline:", err)
	if errors.Is(err, errUsage) {
		return exitUsage
	}
	return exitError
}
