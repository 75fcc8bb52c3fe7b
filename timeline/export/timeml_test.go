package export

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dateline-app/dateline/timeline"
	"github.com/dateline-app/dateline/timeline/temporal"
)

// timexAttrs are the attributes of a parsed TIMEX3.
type timexAttrs struct{ tid, typ, value, mod, quant, text string }

// parseTimeML parses a TimeML document with encoding/xml and returns its
// DCT value, the character data of TEXT and its TIMEX3 elements.
func parseTimeML(data []byte) (dct, text string, timexes []timexAttrs, err error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	var path []string
	var cur *timexAttrs
	var b strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", "", nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			path = append(path, tok.Name.Local)
			if tok.Name.Local == "TIMEX3" {
				cur = &timexAttrs{}
				for _, a := range tok.Attr {
					switch a.Name.Local {
					case "tid":
						cur.tid = a.Value
					case "type":
						cur.typ = a.Value
					case "value":
						cur.value = a.Value
					case "mod":
						cur.mod = a.Value
					case "quant":
						cur.quant = a.Value
					}
				}
			}
		case xml.EndElement:
			if tok.Name.Local == "TIMEX3" {
				if len(path) >= 2 && path[len(path)-2] == "DCT" {
					dct = cur.value
				} else {
					timexes = append(timexes, *cur)
				}
				cur = nil
			}
			path = path[:len(path)-1]
		case xml.CharData:
			if cur != nil {
				cur.text += string(tok)
			}
			for _, p := range path {
				if p == "TEXT" {
					b.Write(tok)
					break
				}
			}
		}
	}
	if len(path) != 0 {
		return "", "", nil, fmt.Errorf("unclosed elements %v", path)
	}
	return dct, b.String(), timexes, nil
}

// TestTimeMLParses checks, on real articles, that the document parses,
// that TEXT holds the body unchanged and that the TIMEX3 elements are the
// tagger's expressions, in order, with its values (what `dateline tag`
// prints).
func TestTimeMLParses(t *testing.T) {
	for name, tl := range articles(t) {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := TimeML(&buf, tl); err != nil {
				t.Fatal(err)
			}
			dct, text, got, err := parseTimeML(buf.Bytes())
			if err != nil {
				t.Fatalf("encoding/xml: %v\n%s", err, buf.Bytes())
			}
			a := tl.Article
			if want := a.Published.Format(time.DateOnly); dct != want {
				t.Errorf("DCT %q; want %q", dct, want)
			}
			if text != a.Body {
				t.Errorf("TEXT is not the body:\n got %q\nwant %q", text, a.Body)
			}
			want := temporal.Tag(a.Body, temporal.Options{Published: a.Published})
			if len(got) != len(want) {
				t.Fatalf("%d TIMEX3; the tagger finds %d", len(got), len(want))
			}
			for i, w := range want {
				g := got[i]
				wa := timexAttrs{fmt.Sprintf("t%d", i+1), string(w.Type), w.Value, w.Mod, w.Quant, w.Text}
				if g != wa {
					t.Errorf("TIMEX3 %d = %+v; the tagger says %+v", i+1, g, wa)
				}
			}
		})
	}
}

func TestTimeMLGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := TimeML(&buf, handmade(t)); err != nil {
		t.Fatal(err)
	}
	golden(t, "handmade.golden.xml", buf.Bytes())
}

// TestTimeMLDocText checks that text XML cannot carry as it is still
// makes a document that parses, with the text intact where XML allows.
func TestTimeMLDocText(t *testing.T) {
	tests := []struct {
		name, body, want string // want: TEXT after parsing
	}{
		{"markup characters", `a < b && c > "d" 'e' ]]> <TIMEX3>`, `a < b && c > "d" 'e' ]]> <TIMEX3>`},
		{"CR LF line ends", "one\r\ntwo\rthree\n", "one\r\ntwo\rthree\n"},
		{"control characters", "bell\a and nul\x00 and tab\t", "bell\uFFFD and nul\uFFFD and tab\t"},
		{"invalid UTF-8", "caf\xe9 ok", "caf\uFFFD ok"},
		{"non-BMP and non-Latin", "日付 2024 😀 تاريخ", "日付 2024 😀 تاريخ"},
		{"noncharacter", "x\uFFFEy", "x\uFFFDy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			info := TimeMLInfo{DocID: "odd <&> \"doc\"", Title: "T & <t>", DCT: day("2024-06-12")}
			_, n := utf8.DecodeRuneInString(tt.body)
			x := temporal.Timex{Start: 0, End: n, Text: tt.body[:n], Type: temporal.Date, Value: `a"b<`, Mod: "&"}
			if err := TimeMLDoc(&buf, info, tt.body, []temporal.Timex{x}); err != nil {
				t.Fatal(err)
			}
			_, text, xs, err := parseTimeML(buf.Bytes())
			if err != nil {
				t.Fatalf("encoding/xml: %v\n%q", err, buf.Bytes())
			}
			if text != tt.want {
				t.Errorf("TEXT = %q; want %q", text, tt.want)
			}
			if len(xs) != 1 || xs[0].value != `a"b<` || xs[0].mod != "&" {
				t.Errorf("TIMEX3 = %+v; want value a\"b< and mod &", xs)
			}
		})
	}
}

func TestTimeMLErrors(t *testing.T) {
	nodate, err := timeline.Load("nodate.md", []byte("Last year was fine.\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		run  func(io.Writer) error
		want string
	}{
		{"no article", func(w io.Writer) error { return TimeML(w, &timeline.Timeline{}) }, "no article"},
		{"no publication date", func(w io.Writer) error { return TimeML(w, &timeline.Timeline{Article: nodate}) }, "nodate.md: no publication date"},
		{"overlapping expressions", func(w io.Writer) error {
			xs := []temporal.Timex{{Start: 0, End: 5, Text: "Last "}, {Start: 3, End: 9, Text: "t year"}}
			return TimeMLDoc(w, TimeMLInfo{DCT: day("2024-06-12")}, "Last year", xs)
		}, "overlaps"},
		{"outside the text", func(w io.Writer) error {
			xs := []temporal.Timex{{Start: 5, End: 20, Text: "year"}}
			return TimeMLDoc(w, TimeMLInfo{DCT: day("2024-06-12")}, "Last year", xs)
		}, "outside"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := tt.run(&buf)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v; want one containing %q", err, tt.want)
			}
		})
	}
}

// TestTimeMLAnchoredDuration checks that a duration counted from the
// publication date is anchored on the DCT (t0), as TimeBank does.
func TestTimeMLAnchoredDuration(t *testing.T) {
	body := "Prices rose over the last two weeks and will settle in the next three days."
	xs := temporal.Tag(body, temporal.Options{Published: day("2024-06-12")})
	var buf bytes.Buffer
	if err := TimeMLDoc(&buf, TimeMLInfo{DocID: "d", DCT: day("2024-06-12")}, body, xs); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`value="P2W" endPoint="t0">the last two weeks<`, `value="P3D" beginPoint="t0">the next three days<`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("TimeMLDoc(%q) = %s; want it to hold %s", body, buf.String(), want)
		}
	}
}
