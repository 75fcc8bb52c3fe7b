package edit

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline-app/dateline/timeline"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden makes one correction of every kind on a hand-built article
// and compares the sidecar written, and the corrected timeline, with
// testdata/*.golden.json (go test -run TestGolden -update rewrites them;
// review the diff by eye).
func TestGolden(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "hand.md")
	data := handText(6)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := open(path, data, func(a *timeline.Article) *timeline.Timeline {
		tl := handEvents(a, 2)
		tl.Article = a
		return tl
	})
	if err != nil {
		t.Fatal(err)
	}
	p := s.Article().Paragraphs[4]
	words := p.Start + strings.Index(s.Article().Body[p.Start:p.End], "Nothing else")
	for _, op := range []Op{
		SetLabel{Event: "e1", Label: "The first story"},
		SetDate{Event: "e2", Date: Date{Value: "2024-SU"}},
		SetModality{Event: "e3", Modality: timeline.Expected},
		Add{Span: timeline.Span{Start: words - 1, End: words + 22}, Date: Date{Value: "2024-W10"}, Label: "A quiet week", Modality: timeline.Reported},
		Merge{Events: []string{"e1", "e3"}},
		Split{Event: "e1", Mentions: []int{0}},
		Delete{Event: "e4"},
	} {
		if err := s.Apply(op); err != nil {
			t.Fatalf("Apply(%+v): %v", op, err)
		}
	}
	sidecar, err := os.ReadFile(s.SidecarPath())
	if err != nil {
		t.Fatal(err)
	}
	tl, err := s.Timeline().MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string][]byte{"sidecar.golden.json": sidecar, "corrected.golden.json": append(tl, '\n')} {
		golden := filepath.Join("testdata", name)
		if *update {
			if err := os.MkdirAll("testdata", 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -run TestGolden -update)", err)
		}
		if string(got) != string(want) {
			t.Errorf("%s differs:\n%s\nwant\n%s", name, got, want)
		}
	}
}
