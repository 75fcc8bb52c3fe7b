package main

import (
	"encoding/json"
	"strings"
	"testing"
)

type tagOutput struct {
	Timexes []struct {
		Start, End        int
		Text, Type, Value string
		Mod               string
	}
}

func runTagTest(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return runCLI(t, stdin, append([]string{"tag"}, args...)...)
}

// checkOffsets decodes the JSON output and checks every offset against
// the input exactly as written.
func checkOffsets(t *testing.T, data, stdout string) tagOutput {
	t.Helper()
	var got tagOutput
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout)
	}
	for _, x := range got.Timexes {
		if x.Start < 0 || x.End > len(data) || data[x.Start:x.End] != x.Text {
			t.Errorf("offsets [%d,%d) do not point at %q in the input", x.Start, x.End, x.Text)
		}
	}
	return got
}

func TestTagPlainText(t *testing.T) {
	data := "\n\nMoscow used its veto in March. Putin will visit this summer.\n"
	path := writeTemp(t, "a.txt", data)
	code, stdout, stderr := runTagTest(t, "", "--published", "2024-06-12", path)
	if code != exitOK {
		t.Fatalf("runTag = %d (%s); want %d", code, stderr, exitOK)
	}
	got := checkOffsets(t, data, stdout)
	var values []string
	for _, x := range got.Timexes {
		values = append(values, x.Text+"="+x.Value)
	}
	if want := "March=2024-03 this summer=2024-SU"; strings.Join(values, " ") != want {
		t.Errorf("runTag found %v; want %s", values, want)
	}
}

func TestTagFrontMatterOffsets(t *testing.T) {
	data := "---\ntitle: Talks\npublished: 2024-06-12\n---\nThe talks resumed last month and will end next week.\n"
	path := writeTemp(t, "b.md", data)
	code, stdout, stderr := runTagTest(t, "", path) // the date comes from the front matter
	if code != exitOK {
		t.Fatalf("runTag = %d (%s); want %d", code, stderr, exitOK)
	}
	got := checkOffsets(t, data, stdout)
	if len(got.Timexes) != 2 || got.Timexes[0].Value != "2024-05" || got.Timexes[1].Value != "2024-W25" {
		t.Errorf("runTag = %+v; want last month 2024-05 and next week 2024-W25", got.Timexes)
	}
}

func TestTagStdinAndFlagsAfterFile(t *testing.T) {
	data := "Kim on Wednesday hailed the ties, as early as next week."
	code, stdout, stderr := runTagTest(t, data, "-", "--published", "2024-06-12T09:30:00+03:00")
	if code != exitOK {
		t.Fatalf("runTag = %d (%s); want %d", code, stderr, exitOK)
	}
	got := checkOffsets(t, data, stdout)
	if len(got.Timexes) != 2 || got.Timexes[1].Mod != "ON_OR_AFTER" {
		t.Errorf("runTag = %+v; want Wednesday and next week with mod ON_OR_AFTER", got.Timexes)
	}
}

func TestTagTimeML(t *testing.T) {
	data := "Sales fell in May & June 2024."
	code, stdout, stderr := runTagTest(t, data, "--format", "timeml", "--published", "2024-06-12", "-")
	if code != exitOK {
		t.Fatalf("runTag = %d (%s); want %d", code, stderr, exitOK)
	}
	for _, want := range []string{
		`functionInDocument="CREATION_TIME">2024-06-12</TIMEX3></DCT>`,
		`<TEXT>Sales fell in <TIMEX3 tid="t1" type="DATE" value="2024-05">May</TIMEX3> &amp; <TIMEX3 tid="t2" type="DATE" value="2024-06">June 2024</TIMEX3>.</TEXT>`,
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("TimeML output lacks %s:\n%s", want, stdout)
		}
	}
}

func TestTagErrors(t *testing.T) {
	undated := writeTemp(t, "undated.txt", "It happened last year.")
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no file", nil, exitUsage, "usage"},
		{"two files", []string{"a", "b"}, exitUsage, "usage"},
		{"bad format", []string{"--format", "xml", "-"}, exitUsage, "xml"},
		{"bad date", []string{"--published", "yesterday", "-"}, exitUsage, "yesterday"},
		{"unknown flag", []string{"--bogus", "-"}, exitUsage, "bogus"},
		{"missing file", []string{"--published", "2024-06-12", "/nonexistent/x.txt"}, exitError, "/nonexistent/x.txt"},
		{"no publication date", []string{undated}, exitError, undated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runTagTest(t, "", tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("runTag(%q) = %d, stderr %q; want %d and %q", tt.args, code, stderr, tt.code, tt.stderr)
			}
		})
	}
}
