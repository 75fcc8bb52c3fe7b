package temporal

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// corpusCase is one line of testdata/corpus.txt.
type corpusCase struct {
	line      int
	text      string
	value     string
	keys      map[string]string
	published time.Time
	direction Direction
}

func readCorpus(t *testing.T) []corpusCase {
	t.Helper()
	f, err := os.Open("testdata/corpus.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []corpusCase
	pub := time.Time{}
	dir := ByTense
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "@published "):
			v := strings.TrimPrefix(line, "@published ")
			if pub, err = time.Parse(time.RFC3339, v); err != nil {
				pub, err = time.Parse(time.DateOnly, v) // a date: midnight
			}
			if err != nil {
				t.Fatalf("corpus.txt:%d: %v", n, err)
			}
			continue
		case strings.HasPrefix(line, "@direction "):
			dir = map[string]Direction{"bytense": ByTense, "past": Past, "future": Future}[strings.TrimPrefix(line, "@direction ")]
			continue
		}
		text, rest, ok := strings.Cut(line, " => ")
		if !ok {
			t.Fatalf("corpus.txt:%d: no \" => \" in %q", n, line)
		}
		fields := strings.Split(rest, "|")
		c := corpusCase{line: n, text: text, value: strings.TrimSpace(fields[0]), keys: map[string]string{}, published: pub, direction: dir}
		for _, kv := range fields[1:] {
			k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
			if !ok {
				t.Fatalf("corpus.txt:%d: bad key %q", n, kv)
			}
			c.keys[k] = v
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	if t.Hour() != 0 || t.Minute() != 0 {
		return t.Format("2006-01-02T15:04")
	}
	return t.Format(time.DateOnly)
}

// TestCorpus runs every line of testdata/corpus.txt.
func TestCorpus(t *testing.T) {
	cases := readCorpus(t)
	if len(cases) < 100 {
		t.Fatalf("corpus.txt has %d cases; it should have over 100", len(cases))
	}
	for _, c := range cases {
		got := Tag(c.text, Options{Published: c.published, Direction: c.direction})
		where := fmt.Sprintf("corpus.txt:%d", c.line)
		if c.value == "none" {
			if len(got) > 0 {
				t.Errorf("%s: Resolve(%q) = %s %q (rule %q); want none", where, c.text, got[0].Value, got[0].Text, got[0].Rule)
			}
			continue
		}
		extent := c.text
		if v, ok := c.keys["text"]; ok {
			extent = v
		}
		_, named := c.keys["text"]
		for named && len(got) > 0 && got[0].Text != extent {
			got = got[1:] // the expression named by text= (narrative lines have several)
		}
		if len(got) == 0 || !named && len(got) != 1 || got[0].Text != extent {
			var found []string
			for _, g := range got {
				found = append(found, fmt.Sprintf("%q=%s", g.Text, g.Value))
			}
			t.Errorf("%s: Tag(%q) found %v; want one expression %q", where, c.text, found, extent)
			continue
		}
		g := got[0]
		check := func(what, have, want string) {
			if have != want {
				t.Errorf("%s: Resolve(%q) %s = %s; want %s (%s)", where, extent, what, have, want, g.Why)
			}
		}
		check("value", g.Value, c.value)
		for k, want := range c.keys {
			switch k {
			case "type":
				check(k, string(g.Type), want)
			case "grain":
				check(k, g.Grain.String(), want)
			case "mod":
				check(k, g.Mod, want)
			case "begin":
				check(k, stamp(g.Begin), want)
			case "finish":
				check(k, stamp(g.Finish), want)
			case "at": // the instant an offset from publication leads to
				at := "-"
				if g.Offset != nil {
					at = g.Offset.At.Format("2006-01-02T15:04:05")
				}
				check(k, at, want)
			case "span":
				check(k, fmt.Sprint(g.Offset != nil && g.Offset.Span), want)
			case "signal":
				check(k, g.Signal, want)
			case "houronly":
				check(k, fmt.Sprint(g.HourOnly), want)
			case "text":
			default:
				t.Errorf("%s: unknown key %q", where, k)
			}
		}
		if g.Rule == "" || g.Why == "" {
			t.Errorf("%s: Resolve(%q) has Rule %q and Why %q; want both", where, extent, g.Rule, g.Why)
		}
	}
}
