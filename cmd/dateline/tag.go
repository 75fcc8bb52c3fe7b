package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/dateline-app/dateline/timeline"
	"github.com/dateline-app/dateline/timeline/export"
	"github.com/dateline-app/dateline/timeline/temporal"
)

const tagUsage = `usage: dateline tag [--published DATE|DATETIME] [--format json|timeml] FILE|-

Finds the temporal expressions of an article and prints them with their
TIMEX3 type, value and mod. Offsets are UTF-8 byte offsets into the input
exactly as read (front matter included). The publication date comes from
--published or, failing that, from the article's front matter.
`

// runTag implements "dateline tag". It returns the exit code: 0 ok, 2 usage
// error, 1 any other error.
func runTag(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("tag", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, tagUsage) }
	published := fs.String("published", "", "publication date (YYYY-MM-DD or YYYY-MM-DDThh:mm:ss[zone])")
	format := fs.String("format", "json", "output format: json or timeml")
	// Flags may come before or after the file name.
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return exitUsage
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(files) != 1 {
		fmt.Fprint(stderr, tagUsage)
		return exitUsage
	}
	if *format != "json" && *format != "timeml" {
		fmt.Fprintf(stderr, "dateline tag: --format %q: want json or timeml\n", *format)
		return exitUsage
	}
	var pub time.Time
	if *published != "" {
		t, err := timeline.ParseDate(*published)
		if err != nil {
			fmt.Fprintf(stderr, "dateline tag: --published: %v\n", err)
			return exitUsage
		}
		pub = t
	}

	name := files[0]
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(stdin)
		name = "<stdin>"
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		fmt.Fprintf(stderr, "dateline tag: %v\n", err)
		return exitError
	}
	a, err := timeline.Load(name, data)
	if err != nil {
		var le *timeline.Error
		if errors.As(err, &le) {
			fmt.Fprintf(stderr, "dateline tag: %v\n", err)
		} else {
			fmt.Fprintf(stderr, "dateline tag: %s: %v\n", name, err)
		}
		return exitError
	}
	if pub.IsZero() {
		if !a.HasPublished {
			fmt.Fprintf(stderr, "dateline tag: %s: no publication date: give --published or a published: key in the front matter\n", name)
			return exitError
		}
		pub = a.Published
	}
	timexes := temporal.Tag(a.Body, temporal.Options{Published: pub})
	if *format == "timeml" {
		err = export.TimeMLDoc(stdout, export.TimeMLInfo{DocID: name, Title: a.Title, DCT: pub}, a.Body, timexes)
	} else {
		err = writeTagJSON(stdout, timexes, a.BodyOffset)
	}
	if err != nil {
		fmt.Fprintf(stderr, "dateline tag: %s: %v\n", name, err)
		return exitError
	}
	return exitOK
}

type jsonTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod"`
}

func writeTagJSON(w io.Writer, timexes []temporal.Timex, offset int) error {
	out := struct {
		Timexes []jsonTimex `json:"timexes"`
	}{Timexes: []jsonTimex{}}
	for _, t := range timexes {
		out.Timexes = append(out.Timexes, jsonTimex{t.Start + offset, t.End + offset, t.Text, string(t.Type), t.Value, t.Mod})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
