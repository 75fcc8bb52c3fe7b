package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-app/dateline/assets"
	"github.com/dateline-app/dateline/timeline/edit"
)

func TestExportFormats(t *testing.T) {
	in := writeTemp(t, "sample.md", string(assets.Sample))
	dir := t.TempDir()
	t.Run("png at scale", func(t *testing.T) {
		out := filepath.Join(dir, "chart.png")
		code, _, errs := runCLI(t, "", "export", "-o", out, "--width", "960", "--height", "540", "--scale", "2", in)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, errs)
		}
		f, err := os.Open(out)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		img, err := png.Decode(f)
		if err != nil {
			t.Fatalf("PNG does not decode: %v", err)
		}
		if s := img.Bounds().Size(); s.X != 1920 || s.Y != 1080 {
			t.Errorf("image is %v; want 1920x1080", s)
		}
	})
	t.Run("svg", func(t *testing.T) {
		out := filepath.Join(dir, "chart.svg")
		if code, _, errs := runCLI(t, "", "export", "-o", out, "--theme", "dark", in); code != exitOK {
			t.Fatalf("exit %d: %s", code, errs)
		}
		b, _ := os.ReadFile(out)
		if err := xml.Unmarshal(b, new(struct{})); err != nil || !bytes.Contains(b, []byte("<svg")) {
			t.Errorf("not an SVG document: %v", err)
		}
	})
	for _, tc := range []struct{ format, file, has string }{
		{"", "events.csv", "id,start,end,value"},
		{"", "article.tml", "<TIMEX3"},
		{"timelinejs", "story.json", `"start_date"`},
	} {
		t.Run("data "+tc.file, func(t *testing.T) {
			out := filepath.Join(dir, tc.file)
			args := []string{"export", "-o", out, in}
			if tc.format != "" {
				args = append([]string{"export", "--format", tc.format}, args[1:]...)
			}
			if code, _, errs := runCLI(t, "", args...); code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			if b, _ := os.ReadFile(out); !bytes.Contains(b, []byte(tc.has)) {
				t.Errorf("%s lacks %q:\n%.300s", tc.file, tc.has, b)
			}
		})
	}
	t.Run("json by format flag", func(t *testing.T) {
		out := filepath.Join(dir, "timeline.data")
		if code, _, errs := runCLI(t, "", "export", "--format", "json", "-o", out, in); code != exitOK {
			t.Fatalf("exit %d: %s", code, errs)
		}
		_, want, _ := runCLI(t, "", "extract", in)
		got, _ := os.ReadFile(out)
		if string(got) != want {
			t.Errorf("export --format json differs from extract")
		}
		var v map[string]any
		if err := json.Unmarshal(got, &v); err != nil {
			t.Error(err)
		}
	})
}

func TestExportErrors(t *testing.T) {
	in := writeTemp(t, "story.md", string(assets.Sample))
	out := filepath.Join(t.TempDir(), "x.png")
	tests := []struct {
		name    string
		args    []string
		code    int
		message string
	}{
		{"no output", []string{"export", in}, exitUsage, "-o OUT is required"},
		{"unknown extension", []string{"export", "-o", "chart.gif", in}, exitUsage, "cannot tell the format"},
		{"unknown format", []string{"export", "--format", "bmp", "-o", out, in}, exitUsage, "unknown format"},
		{"scale too big", []string{"export", "--scale", "5", "-o", out, in}, exitUsage, "outside 1 to 4"},
		{"bad theme", []string{"export", "--theme", "pink", "-o", out, in}, exitUsage, "unknown theme"},
		{"overwrite input", []string{"export", "--format", "json", "-o", in, in}, exitError, "refusing to overwrite"},
		{"missing input", []string{"export", "-o", out, "/nonexistent/a.md"}, exitError, "/nonexistent/a.md"},
		{"unwritable output", []string{"export", "-o", "/nonexistent/dir/x.png", in}, exitError, "/nonexistent/dir/x.png"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runCLI(t, "", tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.message) {
				t.Errorf("exit %d, stderr %q; want exit %d mentioning %q", code, errs, tt.code, tt.message)
			}
		})
	}
	if b, _ := os.ReadFile(in); !bytes.Equal(b, assets.Sample) {
		t.Errorf("the input article was modified")
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a failed export left %s behind", out)
	}
}

// TestExportCorrections: an export shows the timeline as corrected in the
// window (the sidecar beside the article), like extract, unless told not to.
func TestExportCorrections(t *testing.T) {
	path, corrected := correctedArticle(t, edit.SetLabel{Event: "e1", Label: "A label set by hand"}, edit.Delete{Event: "e2"})
	_, plain, _ := runCLI(t, "", "extract", "--corrections", "none", path)
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"default is auto", nil, corrected},
		{"none", []string{"--corrections", "none"}, plain},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-")+".json")
			args := append(append([]string{"export", "-o", out}, tt.args...), path)
			if code, _, errs := runCLI(t, "", args...); code != exitOK || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			if got, _ := os.ReadFile(out); string(got) != tt.want {
				t.Errorf("dateline %s wrote\n%.400s\nwant\n%.400s", strings.Join(args, " "), got, tt.want)
			}
		})
	}
	t.Run("chart shows the corrected label", func(t *testing.T) {
		out := filepath.Join(dir, "chart.svg")
		if code, _, errs := runCLI(t, "", "export", "-o", out, path); code != exitOK {
			t.Fatalf("exit %d, stderr %q", code, errs)
		}
		if b, _ := os.ReadFile(out); !bytes.Contains(b, []byte("A label set by hand")) {
			t.Errorf("the SVG lacks the corrected label")
		}
	})
}

func TestExportFromStdin(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "chart.png")
	if code, _, errs := runCLI(t, string(assets.Sample), "export", "-o", out, "--width", "1920", "--height", "1080", "--scale", "2", "-"); code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil || cfg.Width != 3840 || cfg.Height != 2160 {
		t.Errorf("PNG %dx%d (%v); want 3840x2160", cfg.Width, cfg.Height, err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the export left %d files in its directory; want only the chart", len(entries))
	}
}
