package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-app/dateline/assets"
)

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExtractSample(t *testing.T) {
	path := writeTemp(t, "sample.md", string(assets.Sample))
	code, out, errs := runCLI(t, "", "extract", path)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var got struct {
		Article struct{ Title, Source, Published string }
		Events  []struct {
			Value, Start, End, Modality string
			Paragraphs                  []int
			Mentions                    []struct {
				Paragraph  int
				Start, End int
				Text       string
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if got.Article.Source != "The Moscow Times" || got.Article.Published != "2024-06-12" {
		t.Errorf("article = %+v", got.Article)
	}
	if len(got.Events) == 0 {
		t.Fatal("no events")
	}
	body := string(assets.Sample)
	body = body[strings.Index(body, "\n---\n")+5:]
	prev := ""
	for _, e := range got.Events {
		if e.Start < prev {
			t.Errorf("events not sorted by start: %s after %s", e.Start, prev)
		}
		prev = e.Start
		for _, m := range e.Mentions {
			if m.Paragraph > 11 {
				t.Errorf("mention %q in paragraph %d: from the donation appeal", m.Text, m.Paragraph)
			}
			if m.Start < 0 || m.End > len(body) || body[m.Start:m.End] != m.Text {
				t.Errorf("mention %q at [%d,%d) does not match the body", m.Text, m.Start, m.End)
			}
		}
	}
}

func TestExtractErrors(t *testing.T) {
	noDate := writeTemp(t, "nodate.txt", "The summit took place last year.\n")
	badFM := writeTemp(t, "bad.md", "---\ntitle: x\npublished: soon\n---\nText.\n")
	tests := []struct {
		name    string
		args    []string
		stdin   string
		code    int
		message string
	}{
		{"no file", []string{"extract"}, "", exitUsage, "exactly one FILE"},
		{"two files", []string{"extract", "a", "b"}, "", exitUsage, "exactly one FILE"},
		{"bad flag", []string{"extract", "--nope", "a"}, "", exitUsage, "nope"},
		{"missing file", []string{"extract", "/nonexistent/story.md"}, "", exitError, "/nonexistent/story.md"},
		{"no date", []string{"extract", noDate}, "", exitError, "nodate.txt: no publication date"},
		{"bad front matter date", []string{"extract", badFM}, "", exitError, "bad.md:3:"},
		{"bad --published", []string{"extract", "--published", "someday", noDate}, "", exitError, "--published"},
		{"stdin without date", []string{"extract", "-"}, "Text.", exitError, "<stdin>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runCLI(t, tt.stdin, tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.message) {
				t.Errorf("exit %d, stderr %q; want exit %d mentioning %q", code, errs, tt.code, tt.message)
			}
		})
	}
}

func TestExtractPublishedFlagAndStdin(t *testing.T) {
	code, out, errs := runCLI(t, "\nThe council met on Monday and voted in March.\n", "extract", "--published", "2024-06-12", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, `"published": "2024-06-12"`) {
		t.Errorf("output lacks the publication date:\n%s", out)
	}
}

func TestUsage(t *testing.T) {
	if code, _, errs := runCLI(t, "", "--bogus"); code != exitUsage || !strings.Contains(errs, "usage") {
		t.Errorf("exit %d, stderr %q; want usage error", code, errs)
	}
	if code, out, _ := runCLI(t, "", "help"); code != exitOK || !strings.Contains(out, "dateline extract") {
		t.Errorf("help: exit %d, %q", code, out)
	}
}
