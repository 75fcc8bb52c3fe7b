package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-app/dateline/assets"
	"github.com/dateline-app/dateline/timeline/edit"
	"github.com/dateline-app/dateline/timeline/export"
)

// correctedArticle writes the sample article to a temporary directory and
// corrects it through an edit.Session, as the window does; it returns the
// article's path and the JSON the session's timeline prints as.
func correctedArticle(t *testing.T, ops ...edit.Op) (path, want string) {
	t.Helper()
	path = writeTemp(t, "story.md", string(assets.Sample))
	s, err := edit.Open(path, assets.Sample)
	if err != nil {
		t.Fatal(err)
	}
	for _, op := range ops {
		if err := s.Apply(op); err != nil {
			t.Fatalf("Apply(%#v): %v", op, err)
		}
	}
	var buf bytes.Buffer
	if err := export.JSON(&buf, s.Timeline()); err != nil {
		t.Fatal(err)
	}
	return path, buf.String()
}

func TestExtractCorrections(t *testing.T) {
	ops := []edit.Op{edit.SetLabel{Event: "e1", Label: "A label set by hand"}, edit.Delete{Event: "e2"}}
	path, corrected := correctedArticle(t, ops...)
	_, plain, _ := runCLI(t, "", "extract", "--corrections", "none", path)
	if plain == corrected {
		t.Fatal("the corrections changed nothing")
	}
	moved := filepath.Join(t.TempDir(), "elsewhere.json")
	data, err := os.ReadFile(edit.SidecarPath(path))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(moved, data, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"default is auto", []string{"extract", path}, corrected},
		{"auto", []string{"extract", "--corrections", "auto", path}, corrected},
		{"none", []string{"extract", "--corrections", "none", path}, plain},
		{"a sidecar named", []string{"extract", "--corrections", moved, path}, corrected},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCLI(t, "", tt.args...)
			if code != exitOK || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			if out != tt.want {
				t.Errorf("dateline %s printed\n%s\nwant\n%s", strings.Join(tt.args, " "), out, tt.want)
			}
		})
	}
}

func TestExtractCorrectionsPublished(t *testing.T) {
	// An article with no date in its front matter: the date set in the
	// window is saved in the sidecar and used by extract.
	body := "Officials said on Friday that the bridge would reopen next month.\n"
	path := writeTemp(t, "nodate.md", body)
	if code, _, _ := runCLI(t, "", "extract", path); code != exitError {
		t.Fatalf("extract without a date: exit %d, want %d", code, exitError)
	}
	s, err := edit.Open(path, []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetPublished(time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "", "extract", path)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.Contains(out, `"published": "2024-06-12"`) || !strings.Contains(out, `"2024-07"`) {
		t.Errorf("extract did not use the sidecar's publication date:\n%s", out)
	}
}

func TestExtractCorrectionsWarnings(t *testing.T) {
	path, _ := correctedArticle(t, edit.SetLabel{Event: "e1", Label: "Renamed"})
	// Edit the article so that the corrected words are gone.
	changed := strings.Replace(string(assets.Sample), "last year", "in 2023", -1)
	if err := os.WriteFile(path, []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI(t, "", "extract", path)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{"the article changed", "correction 1 (label)"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr %q lacks %q", errs, want)
		}
	}
}

func TestExtractCorrectionsErrors(t *testing.T) {
	path := writeTemp(t, "story.md", string(assets.Sample))
	bad := writeTemp(t, "bad.json", "{\n  \"schema\": 1,\n  \"corrections\": [x]\n}\n")
	tests := []struct {
		name, mode, want string
	}{
		{"missing file", filepath.Join(t.TempDir(), "none.json"), "no such file"},
		{"malformed", bad, "bad.json:3: malformed corrections"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runCLI(t, "", "extract", "--corrections", tt.mode, path)
			if code != exitError || !strings.Contains(errs, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, errs, exitError, tt.want)
			}
		})
	}
}
