// Package timeline is Dateline's headless core: it loads an article, finds
// its dated events and serialises the result. It never imports Fyne, so
// everything the GUI shows can be computed and printed from the command line.
package timeline

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/adrg/frontmatter"
)

// Span is a half-open byte range [Start, End) into an article's Body.
type Span struct{ Start, End int }

// Paragraph is one paragraph of the article body.
type Paragraph struct {
	N          int // 1-based number in reading order
	Start, End int // byte offsets into Body
	Sentences  []Span
	Heading    bool // a Markdown heading line
	Furniture  bool // page furniture (appeal, newsletter box, credits): not article text
}

// Article is a loaded article: metadata from front matter and the body split
// into paragraphs and sentences. The file it came from is never written.
type Article struct {
	Path         string // as given to Load (for messages)
	Title        string
	Source       string
	URL          string
	Published    time.Time // publication date (the anchor of relative dates)
	HasPublished bool
	Body         string // the text after the front matter
	BodyOffset   int    // byte offset of Body in the data as given (a byte-order mark counts)
	BodyLine     int    // 1-based line of the loaded data on which Body starts
	Paragraphs   []Paragraph
}

// Error is a problem with an input file, located at a line.
type Error struct {
	File string
	Line int // 1-based; 0 when unknown
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Load parses an article: optional YAML (---), TOML (+++) or JSON ({...})
// front matter, then a Markdown or plain-text body. name is used in error
// messages only.
func Load(name string, data []byte) (*Article, error) {
	if name == "" {
		name = "<stdin>"
	}
	bom := len(data)
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	bom -= len(data)
	a := &Article{Path: name, BodyLine: 1, BodyOffset: bom}
	meta := map[string]any{}
	body := data
	head := 0 // length of the front matter in data
	if hasFrontMatter(data) {
		rest, err := frontmatter.Parse(bytes.NewReader(data), &meta)
		if err != nil {
			return nil, frontMatterError(name, data, err)
		}
		if len(rest) == len(data) {
			return nil, &Error{File: name, Line: 1 + bytes.Count(data[:bytes.IndexAny(data, "-+{")], []byte("\n")),
				Msg: "front matter is not closed (a JSON object must be followed by an empty line)"}
		}
		if !bytes.HasSuffix(data, rest) {
			return nil, &Error{File: name, Msg: "front matter: cannot locate the body"}
		}
		body = rest
		head = len(data) - len(rest)
		a.BodyOffset += head
		a.BodyLine = 1 + bytes.Count(data[:head], []byte("\n"))
	}
	if err := a.setMeta(name, data[:head], meta); err != nil {
		return nil, err
	}
	a.Body = string(body)
	a.Paragraphs = splitParagraphs(a.Body)
	markFurniture(a.Body, a.Paragraphs)
	return a, nil
}

// hasFrontMatter reports whether the first non-blank line is a front-matter
// delimiter: ---, +++ or a lone {.
func hasFrontMatter(data []byte) bool {
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			i = len(data)
		}
		switch strings.TrimSpace(string(data[:i])) {
		case "":
			data = data[min(i+1, len(data)):]
			continue
		case "---", "+++", "{":
			return true
		}
		return false
	}
	return false
}

var lineNum = regexp.MustCompile(`(?i)line (\d+)`)

// frontMatterError turns a parser error into one naming the file and the
// line of the whole file (the parsers count from the first line after the
// opening delimiter).
func frontMatterError(name string, data []byte, err error) error {
	msg := err.Error()
	line := 0
	if m := lineNum.FindStringSubmatch(msg); m != nil {
		fmt.Sscan(m[1], &line)
		if !bytes.HasPrefix(bytes.TrimLeft(data, " \t"), []byte("{")) {
			line++ // the opening --- or +++ line
		}
	}
	if line == 0 {
		line = 1
	}
	if errors.Is(err, frontmatter.ErrNotFound) {
		msg = "front matter is not closed"
	}
	return &Error{File: name, Line: line, Msg: "malformed front matter: " + msg}
}

func (a *Article) setMeta(name string, head []byte, meta map[string]any) error {
	str := func(keys ...string) string {
		for _, k := range keys {
			if v, ok := meta[k]; ok && v != nil {
				return strings.TrimSpace(fmt.Sprint(v))
			}
		}
		return ""
	}
	a.Title = str("title")
	a.Source = str("source", "publisher", "site")
	a.URL = str("url", "link")
	for _, key := range []string{"published", "date"} {
		v, ok := meta[key]
		if !ok || v == nil {
			continue
		}
		t, err := parseDateValue(v)
		if err != nil {
			return &Error{File: name, Line: keyLine(head, key), Msg: fmt.Sprintf("%s: %v", key, err)}
		}
		a.Published, a.HasPublished = t, true
		break
	}
	if a.Title == "" && name != "<stdin>" {
		a.Title = strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	}
	return nil
}

// keyLine finds the 1-based line of a front-matter key.
func keyLine(head []byte, key string) int {
	re := regexp.MustCompile(`(?m)^[ \t]*"?` + regexp.QuoteMeta(key) + `"?[ \t]*[:=]`)
	if loc := re.FindIndex(head); loc != nil {
		return 1 + bytes.Count(head[:loc[0]], []byte("\n"))
	}
	return 1
}

// dateLayouts are the forms accepted for a publication date.
var dateLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05",
	"2006-01-02 15:04", "2006-01-02 15:04:05 -0700 MST", "2006-01-02", "January 2, 2006",
	"Jan 2, 2006", "2 January 2006", "02 January 2006",
}

func parseDateValue(v any) (time.Time, error) {
	if t, ok := v.(time.Time); ok {
		return t, nil
	}
	return ParseDate(fmt.Sprint(v))
}

// ParseDate parses a publication date given as a date (2024-06-12) or a
// date-time (2024-06-12T09:30:00+03:00), as on the command line.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD or YYYY-MM-DDThh:mm:ss)", s)
}
