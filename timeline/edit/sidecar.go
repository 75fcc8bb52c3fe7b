package edit

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"

	"github.com/dateline-app/dateline/timeline"
)

// SchemaVersion is the version of the sidecar format written by this
// package. A sidecar of a newer version is refused rather than misread.
const SchemaVersion = 1

// SidecarSuffix is appended to an article's file name to name the file
// holding its corrections: story.md -> story.md.dateline.json. The whole
// name is kept (not story.dateline.json) so that story.md and story.txt
// side by side never share a sidecar.
const SidecarSuffix = ".dateline.json"

// SidecarPath returns the path of the sidecar of the article at path.
func SidecarPath(articlePath string) string { return articlePath + SidecarSuffix }

// Sidecar is the content of a corrections file:
//
//	{
//	  "schema": 1,
//	  "article": "story.md",
//	  "sha256": "<checksum of the article file's bytes when saved>",
//	  "published": "2024-06-12T00:00:00Z",   // override, or absent
//	  "corrections": [ {"op": "label", "target": {"start": 294, "end": 303, "text": "last year"}, "label": "..."}, ... ]
//	}
type Sidecar struct {
	Schema      int          `json:"schema"`
	Article     string       `json:"article,omitempty"` // base name, for a reader
	SHA256      string       `json:"sha256"`
	Published   string       `json:"published,omitempty"` // RFC 3339; empty: the article's own date
	Corrections []Correction `json:"corrections"`

	path string
}

// Checksum returns the hex sha256 of an article file's bytes.
func Checksum(data []byte) string {
	s := sha256.Sum256(data)
	return hex.EncodeToString(s[:])
}

// ReadSidecar reads a sidecar. A missing file is reported with an error
// satisfying errors.Is(err, fs.ErrNotExist); a malformed one with a
// *timeline.Error naming the file and line.
func ReadSidecar(path string) (*Sidecar, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return parseSidecar(path, data)
}

func parseSidecar(path string, data []byte) (*Sidecar, error) {
	sc := &Sidecar{path: path}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(sc); err != nil {
		return nil, jsonError(path, data, err)
	}
	if sc.Schema < 1 || sc.Schema > SchemaVersion {
		return nil, &timeline.Error{File: path, Line: keyLine(data, "schema"),
			Msg: fmt.Sprintf("schema version %d: this Dateline reads versions 1 to %d", sc.Schema, SchemaVersion)}
	}
	if sc.Published != "" {
		if _, err := timeline.ParseDate(sc.Published); err != nil {
			return nil, &timeline.Error{File: path, Line: keyLine(data, "published"), Msg: err.Error()}
		}
	}
	for i, c := range sc.Corrections {
		if err := c.check(); err != nil {
			return nil, &timeline.Error{File: path, Line: nthLine(data, `"op"`, i), Msg: fmt.Sprintf("correction %d: %v", i+1, err)}
		}
	}
	return sc, nil
}

// check rejects a correction that could not have been written by a Session.
func (c Correction) check() error {
	switch c.Op {
	case OpLabel, OpDelete, OpModality, OpMerge, OpSplit, OpDate, OpAdd:
	default:
		return fmt.Errorf("unknown op %q", c.Op)
	}
	if c.Target.Start < 0 || c.Target.End <= c.Target.Start {
		return fmt.Errorf("target %d-%d is not a span", c.Target.Start, c.Target.End)
	}
	if (c.Op == OpDate || c.Op == OpAdd) && (c.Date == nil || !c.Date.End.After(c.Date.Start)) {
		return fmt.Errorf("%s needs a date with start before end", c.Op)
	}
	if c.Op == OpModality && !validModality(c.Modality) || c.Op == OpAdd && !validModality(c.Modality) {
		return fmt.Errorf("%q is not a modality", c.Modality)
	}
	return nil
}

// jsonError locates a JSON decoding error at its line.
func jsonError(path string, data []byte, err error) error {
	off := -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = int(se.Offset)
	case errors.As(err, &te):
		off = int(te.Offset)
	case errors.Is(err, io.EOF):
		return &timeline.Error{File: path, Line: 1, Msg: "empty corrections file"}
	}
	line := 0
	if off >= 0 {
		line = 1 + bytes.Count(data[:min(off, len(data))], []byte("\n"))
	}
	return &timeline.Error{File: path, Line: line, Msg: "malformed corrections: " + err.Error()}
}

func keyLine(data []byte, key string) int { return nthLine(data, `"`+key+`"`, 0) }

// nthLine returns the 1-based line of the n-th (0-based) occurrence of s.
func nthLine(data []byte, s string, n int) int {
	off := 0
	for ; n >= 0; n-- {
		i := bytes.Index(data[off:], []byte(s))
		if i < 0 {
			return 0
		}
		off += i + len(s)
	}
	return 1 + bytes.Count(data[:off], []byte("\n"))
}

// encode writes the sidecar as indented JSON.
func (sc *Sidecar) encode(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sc)
}

// PublishedTime returns the publication date override, if any.
func (sc *Sidecar) PublishedTime() (time.Time, bool) {
	if sc == nil || sc.Published == "" {
		return time.Time{}, false
	}
	t, err := timeline.ParseDate(sc.Published)
	return t, err == nil
}

// ForExtract finds the corrections that `dateline extract` applies to the
// article at articlePath. mode is "auto" (the article's sidecar if it
// exists; never for standard input, "-"), "none", or the path of a
// sidecar, which must exist. It returns nil when there is none to apply.
func ForExtract(mode, articlePath string) (*Sidecar, error) {
	path := mode
	switch mode {
	case "none", "":
		return nil, nil
	case "auto":
		if articlePath == "-" {
			return nil, nil
		}
		path = SidecarPath(articlePath)
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
	}
	return ReadSidecar(path)
}

// Apply applies the sidecar's corrections to tl (extracted from the
// article loaded from data; data may be nil when unknown) and returns
// the corrected timeline with warnings for a reader: the article changed
// since the corrections were saved, corrections left orphaned.
func (sc *Sidecar) Apply(tl *timeline.Timeline, data []byte) (*timeline.Timeline, []string) {
	var warn []string
	if data != nil && sc.SHA256 != "" && Checksum(data) != sc.SHA256 {
		warn = append(warn, fmt.Sprintf("%s: the article changed since these corrections were saved; they are matched by their words", sc.path))
	}
	out, orphans := Apply(tl, sc.Corrections)
	for _, o := range orphans {
		warn = append(warn, fmt.Sprintf("%s: correction %d (%s): %s", sc.path, o.Index+1, o.Correction.Op, o.Reason))
	}
	return out, warn
}
