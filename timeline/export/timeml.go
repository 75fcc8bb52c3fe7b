package export

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dateline-app/dateline/timeline"
	"github.com/dateline-app/dateline/timeline/temporal"
)

// TimeML writes the article as a TimeML document: its DCT (the
// publication date), its title, and its body with a TIMEX3 element
// (tid, type, value, mod, quant) around every temporal expression. The
// expressions are the tagger's over the whole body, exactly what
// `dateline tag` finds, page furniture included; the text between them is
// the body unchanged. The article must have a publication date.
func TimeML(w io.Writer, tl *timeline.Timeline) error {
	a := tl.Article
	if a == nil {
		return errors.New("timeml: the timeline has no article")
	}
	if !a.HasPublished {
		return fmt.Errorf("timeml: %s: no publication date, so no DCT", a.Path)
	}
	xs := temporal.Tag(a.Body, temporal.Options{Published: a.Published})
	return TimeMLDoc(w, TimeMLInfo{DocID: a.Path, Title: a.Title, DCT: a.Published}, a.Body, xs)
}

// TimeMLInfo is the document-level part of a TimeML file.
type TimeMLInfo struct {
	DocID string    // the DOCID element, e.g. the file name
	Title string    // the TITLE element; left out when empty
	DCT   time.Time // document creation time: the publication date
}

// TimeMLDoc writes body as a TimeML document with a TIMEX3 element around
// each of xs, which must be sorted, non-overlapping offsets into body (as
// temporal.Tag returns them). The DCT is TIMEX3 t0; the expressions are
// t1, t2, ... in order. Characters XML cannot hold (control characters,
// invalid UTF-8) are written as U+FFFD.
func TimeMLDoc(w io.Writer, info TimeMLInfo, body string, xs []temporal.Timex) error {
	var b strings.Builder
	dct := info.DCT.Format(time.DateOnly)
	b.WriteString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n")
	fmt.Fprintf(&b, "<DOCID>%s</DOCID>\n", xmlText(info.DocID))
	fmt.Fprintf(&b, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"%s\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">%s</TIMEX3></DCT>\n", dct, dct)
	if info.Title != "" {
		fmt.Fprintf(&b, "<TITLE>%s</TITLE>\n", xmlText(info.Title))
	}
	b.WriteString("<TEXT>")
	at := 0
	for i, x := range xs {
		if x.Start < at || x.End < x.Start || x.End > len(body) {
			return fmt.Errorf("timeml: expression %d %q at [%d,%d) overlaps the one before or lies outside the text", i+1, x.Text, x.Start, x.End)
		}
		b.WriteString(xmlText(body[at:x.Start]))
		fmt.Fprintf(&b, `<TIMEX3 tid="t%d" type="%s" value="%s"`, i+1, xmlAttr(string(x.Type)), xmlAttr(x.Value))
		if x.Mod != "" {
			fmt.Fprintf(&b, ` mod="%s"`, xmlAttr(x.Mod))
		}
		if x.Quant != "" {
			fmt.Fprintf(&b, ` quant="%s"`, xmlAttr(x.Quant))
		}
		if x.Freq != "" {
			fmt.Fprintf(&b, ` freq="%s"`, xmlAttr(x.Freq))
		}
		if x.Offset != nil && x.Type == temporal.Duration {
			// "the next two weeks", "in 15 minutes" begin at the document
			// time; "the last five years" end there.
			if x.Offset.Back {
				b.WriteString(` endPoint="t0"`)
			} else {
				b.WriteString(` beginPoint="t0"`)
			}
		}
		fmt.Fprintf(&b, ">%s</TIMEX3>", xmlText(body[x.Start:x.End]))
		at = x.End
	}
	b.WriteString(xmlText(body[at:]))
	b.WriteString("</TEXT>\n</TimeML>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// xmlText escapes s for XML character data, keeping line breaks as they
// are; a carriage return is written as a reference so that it survives
// parsing.
func xmlText(s string) string { return xmlEscape(s, false) }

// xmlAttr escapes s for an attribute value in double quotes.
func xmlAttr(s string) string { return xmlEscape(s, true) }

func xmlEscape(s string, attr bool) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"' && attr:
			b.WriteString("&quot;")
		case r == '\r':
			b.WriteString("&#xD;") // a parser would turn a literal CR LF into LF
		case r == utf8.RuneError && n == 1, !xmlChar(r):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// xmlChar reports whether XML 1.0 allows r in a document.
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}
