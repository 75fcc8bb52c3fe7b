package edit

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-app/dateline/assets"
	"github.com/dateline-app/dateline/timeline"
)

// openSample writes the sample article to a temporary directory and opens it.
func openSample(t *testing.T) (path string, s *Session) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "story.md")
	if err := os.WriteFile(path, assets.Sample, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, reopen(t, path)
}

func reopen(t testing.TB, path string) *Session {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func jsonOf(t testing.TB, tl *timeline.Timeline) string {
	t.Helper()
	b, err := tl.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func mustApply(t *testing.T, s *Session, op Op) {
	t.Helper()
	if err := s.Apply(op); err != nil {
		t.Fatalf("Apply(%+v): %v", op, err)
	}
}

// TestUndoRedo runs sequences of changes, undos and redos and checks,
// after each step, the timeline against the one seen at that point of
// the history.
func TestUndoRedo(t *testing.T) {
	label := func(l string) func(*testing.T, *Session) {
		return func(t *testing.T, s *Session) { mustApply(t, s, SetLabel{Event: "e1", Label: l}) }
	}
	del := func(t *testing.T, s *Session) { mustApply(t, s, Delete{Event: "e2"}) }
	merge := func(t *testing.T, s *Session) { mustApply(t, s, Merge{Events: []string{"e1", "e2"}}) }
	pub := func(t *testing.T, s *Session) {
		if err := s.SetPublished(time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
	}
	revert := func(t *testing.T, s *Session) {
		if err := s.Revert(); err != nil {
			t.Fatal(err)
		}
	}
	type step struct {
		do    func(*testing.T, *Session) // nil: undo (back) or redo (!back)
		back  bool
		ok    bool // what Undo or Redo returns
		state int  // index of the state the timeline must then show
	}
	change := func(f func(*testing.T, *Session), state int) step { return step{do: f, ok: true, state: state} }
	undo := func(ok bool, state int) step { return step{back: true, ok: ok, state: state} }
	redo := func(ok bool, state int) step { return step{ok: ok, state: state} }
	tests := []struct {
		name  string
		steps []step
	}{
		{"nothing to undo or redo", []step{undo(false, 0), redo(false, 0)}},
		{"change, undo, redo", []step{change(label("A"), 1), undo(true, 0), redo(true, 1), redo(false, 1)}},
		{"undo all, redo all", []step{change(label("A"), 1), change(del, 2), change(merge, 3),
			undo(true, 2), undo(true, 1), undo(true, 0), undo(false, 0), redo(true, 1), redo(true, 2), redo(true, 3)}},
		{"a new change clears redo", []step{change(label("A"), 1), change(label("B"), 2), undo(true, 1),
			change(del, 3), redo(false, 3), undo(true, 1), undo(true, 0)}},
		{"revert can be undone", []step{change(label("A"), 1), change(del, 2), change(revert, 0),
			undo(true, 2), redo(true, 0)}},
		{"publication date can be undone", []step{change(label("A"), 1), change(pub, 2), undo(true, 1), redo(true, 2)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, s := openSample(t)
			changes := 0
			s.OnChange(func() { changes++ })
			seen := map[int]string{0: jsonOf(t, s.Timeline())}
			wantChanges := 0
			for i, st := range tt.steps {
				switch {
				case st.do != nil:
					st.do(t, s)
				case st.back:
					if got := s.Undo(); got != st.ok {
						t.Fatalf("step %d: Undo() = %v; want %v", i, got, st.ok)
					}
				default:
					if got := s.Redo(); got != st.ok {
						t.Fatalf("step %d: Redo() = %v; want %v", i, got, st.ok)
					}
				}
				if st.ok {
					wantChanges++
				}
				got := jsonOf(t, s.Timeline())
				if want, ok := seen[st.state]; !ok {
					seen[st.state] = got
				} else if got != want {
					t.Fatalf("step %d: timeline is not that of state %d:\n%s\nwant\n%s", i, st.state, got, want)
				}
				checkConsistent(t, s.Timeline())
				// What is saved is what is shown.
				if again := jsonOf(t, reopen(t, path).Timeline()); again != got {
					t.Fatalf("step %d: reopened timeline differs:\n%s\nwant\n%s", i, again, got)
				}
			}
			if changes != wantChanges {
				t.Errorf("OnChange called %d times; want %d", changes, wantChanges)
			}
		})
	}
}

// TestPersistence makes one correction of every kind, reopens the
// article and checks that every one is restored.
func TestPersistence(t *testing.T) {
	path, s := openSample(t)
	tl := s.Timeline()
	if len(tl.Events) < 4 {
		t.Fatalf("the sample has %d events; the test needs 4", len(tl.Events))
	}
	p := tl.Article.Paragraphs[len(tl.Article.Paragraphs)-1]
	if p.Furniture || p.Heading {
		p = tl.Article.Paragraphs[1]
	}
	mustApply(t, s, SetLabel{Event: "e1", Label: "Renamed by hand"})
	mustApply(t, s, SetModality{Event: "e1", Modality: timeline.Possible})
	mustApply(t, s, SetDate{Event: "e2", Date: Date{Value: "2024-Q1"}})
	mustApply(t, s, Add{Span: timeline.Span{Start: p.Start, End: p.Start + 12}, Date: Date{Value: "2024-06-20"}, Label: "Added"})
	mustApply(t, s, Merge{Events: []string{"e3", "e4"}})
	last := s.Timeline().Events[len(s.Timeline().Events)-1]
	if len(last.Mentions) > 1 {
		mustApply(t, s, Split{Event: last.ID, Mentions: []int{0}})
	}
	mustApply(t, s, Delete{Event: "e1"})
	if err := s.SetPublished(time.Date(2024, 6, 13, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	want := jsonOf(t, s.Timeline())
	r := reopen(t, path)
	if got := jsonOf(t, r.Timeline()); got != want {
		t.Errorf("reopened:\n%s\nwant\n%s", got, want)
	}
	if len(r.Corrections()) != len(s.Corrections()) || len(r.Orphans()) != 0 || len(r.Warnings()) != 0 {
		t.Errorf("reopened with %d corrections (want %d), orphans %v, warnings %v",
			len(r.Corrections()), len(s.Corrections()), r.Orphans(), r.Warnings())
	}
	if r.Article().Published.Format(time.DateOnly) != "2024-06-13" {
		t.Errorf("publication date = %s", r.Article().Published)
	}
	if r.CanUndo() {
		t.Error("the undo history is not saved; a reopened article starts a new one")
	}
}

// TestSetPublishedReResolves moves the publication date a year on: the
// relative dates move with it and a correction made before still applies.
func TestSetPublishedReResolves(t *testing.T) {
	_, s := openSample(t)
	before := s.Timeline()
	e := before.Events[0]
	k := KeyOf(e)
	mustApply(t, s, SetLabel{Event: e.ID, Label: "Still corrected"})
	if err := s.SetPublished(s.Article().Published.AddDate(1, 0, 0)); err != nil {
		t.Fatal(err)
	}
	id, ok := s.EventID(k)
	if !ok {
		t.Fatalf("event %s lost after the new publication date", k)
	}
	k2, _ := s.Key(id)
	var moved timeline.Event
	for _, x := range s.Timeline().Events {
		if x.ID == id {
			moved = x
		}
	}
	if moved.Label != "Still corrected" || k2 != k {
		t.Errorf("event %s = %q, key %s", id, moved.Label, k2)
	}
	shifted := 0
	for _, x := range before.Events {
		for _, y := range s.Timeline().Events {
			if KeyOf(x) == KeyOf(y) && y.Start.Equal(x.Start.AddDate(1, 0, 0)) {
				shifted++
			}
		}
	}
	if shifted == 0 {
		t.Errorf("no event moved a year on with the publication date")
	}
}

// TestArticleNeverWritten checks the article's bytes and time stamp
// after every kind of change.
func TestArticleNeverWritten(t *testing.T) {
	path, s := openSample(t)
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
	mustApply(t, s, SetLabel{Event: "e1", Label: "x"})
	mustApply(t, s, Delete{Event: "e2"})
	s.Undo()
	s.Redo()
	s.Revert()
	s.SetPublished(time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC))
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, assets.Sample) || !fi.ModTime().Equal(old) {
		t.Errorf("article written: same bytes %v, mtime %s (was %s)", bytes.Equal(data, assets.Sample), fi.ModTime(), old)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, " ") != "story.md story.md.dateline.json" {
		t.Errorf("directory holds %v; want the article and its sidecar only", names)
	}
}

// TestSaveFailure injects a writer that fails half-way: the previous
// sidecar is left whole, the change stays applied and the next save
// writes it.
func TestSaveFailure(t *testing.T) {
	path, s := openSample(t)
	mustApply(t, s, SetLabel{Event: "e1", Label: "Saved"})
	before, err := os.ReadFile(SidecarPath(path))
	if err != nil {
		t.Fatal(err)
	}
	s.write = func(p string, fn func(io.Writer) error) error {
		return timeline.WriteFileAtomic(p, func(w io.Writer) error {
			var buf bytes.Buffer
			fn(&buf)
			w.Write(buf.Bytes()[:buf.Len()/2])
			return errors.New("disk full")
		})
	}
	err = s.Apply(SetLabel{Event: "e1", Label: "Not saved"})
	var se *SaveError
	if !errors.As(err, &se) || s.SaveError() == nil {
		t.Fatalf("Apply = %v; want a *SaveError", err)
	}
	after, _ := os.ReadFile(SidecarPath(path))
	if !bytes.Equal(after, before) {
		t.Errorf("sidecar changed by a failed save:\n%s", after)
	}
	if s.Timeline().Events[0].Label != "Not saved" {
		t.Errorf("the change was undone by the failed save")
	}
	s.write = timeline.WriteFileAtomic
	mustApply(t, s, SetModality{Event: "e1", Modality: timeline.Denied})
	if e := reopen(t, path).Timeline().Events[0]; e.Label != "Not saved" || e.Modality != timeline.Denied {
		t.Errorf("after the next save: %q %q", e.Label, e.Modality)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 2 {
		t.Errorf("%d files left in the directory; want 2", len(entries))
	}
}

// TestCrashBeforeRename kills a process between writing the temporary
// file and renaming it: the sidecar on disk must be the previous one,
// whole.
func TestCrashBeforeRename(t *testing.T) {
	if path := os.Getenv("DATELINE_EDIT_CRASH"); path != "" {
		s := reopen(t, path)
		s.write = func(p string, fn func(io.Writer) error) error {
			return timeline.WriteFileAtomic(p, func(w io.Writer) error {
				fn(w)
				w.(*os.File).Sync()
				os.Exit(7) // the crash: the temporary file is written, not renamed
				return nil
			})
		}
		s.Apply(SetLabel{Event: "e1", Label: "Lost in the crash"})
		t.Fatal("not reached")
	}
	path, s := openSample(t)
	mustApply(t, s, SetLabel{Event: "e1", Label: "Saved before the crash"})
	before, _ := os.ReadFile(SidecarPath(path))
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashBeforeRename$")
	cmd.Env = append(os.Environ(), "DATELINE_EDIT_CRASH="+path)
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 7 {
		t.Fatalf("child: %v\n%s", err, out)
	}
	after, _ := os.ReadFile(SidecarPath(path))
	if !bytes.Equal(after, before) {
		t.Errorf("sidecar after the crash:\n%s\nwant\n%s", after, before)
	}
	if e := reopen(t, path).Timeline().Events[0]; e.Label != "Saved before the crash" {
		t.Errorf("reopened after the crash: e1 = %q", e.Label)
	}
}

func TestOpenWarnings(t *testing.T) {
	tests := []struct {
		name    string
		sidecar string // content; the article is the sample
		article string // "" for the sample
		warning string
		kept    bool // the bad sidecar is set aside as .bad at the first save
	}{
		{"malformed", "{\n  \"schema\": 1,\n  \"corrections\": [\n    {\"op\": \"label\", \"target\": 3}\n  ]\n}\n", "", "story.md.dateline.json:4: malformed", true},
		{"newer schema", "{\n  \"schema\": 99,\n  \"sha256\": \"\",\n  \"corrections\": []\n}\n", "", "story.md.dateline.json:2: schema version 99", true},
		{"unknown op", "{\"schema\": 1, \"sha256\": \"\", \"corrections\": [{\"op\": \"paint\", \"target\": {\"start\": 1, \"end\": 2}}]}", "", `unknown op "paint"`, true},
		{"empty", "", "", "empty corrections file", true},
		{"article changed", `{"schema": 1, "sha256": "0000", "corrections": []}`, "", "story.md changed since its corrections were saved", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "story.md")
			os.WriteFile(path, assets.Sample, 0o644)
			os.WriteFile(SidecarPath(path), []byte(tt.sidecar), 0o644)
			s := reopen(t, path)
			if w := strings.Join(s.Warnings(), "\n"); !strings.Contains(w, tt.warning) {
				t.Fatalf("warnings %q lack %q", w, tt.warning)
			}
			mustApply(t, s, Delete{Event: "e1"})
			bad, err := os.ReadFile(SidecarPath(path) + ".bad")
			if tt.kept && (err != nil || string(bad) != tt.sidecar) {
				t.Errorf("the unreadable sidecar was not kept as .bad: %v %q", err, bad)
			}
			if !tt.kept && err == nil {
				t.Errorf("a readable sidecar was set aside")
			}
			if r := reopen(t, path); len(r.Warnings()) != 0 || len(r.Corrections()) != 1 {
				t.Errorf("after the first save: warnings %v, %d corrections", r.Warnings(), len(r.Corrections()))
			}
		})
	}
}

func TestNoPublicationDate(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "nodate.md")
	data := []byte("The mayor said on Friday that the bridge would reopen next month.\n")
	os.WriteFile(path, data, 0o644)
	s := reopen(t, path)
	if !s.NeedsPublished() || len(s.Timeline().Events) != 0 {
		t.Fatalf("NeedsPublished = %v with %d events", s.NeedsPublished(), len(s.Timeline().Events))
	}
	if err := s.Apply(Delete{Event: "e1"}); err == nil {
		t.Error("Apply with no publication date: no error")
	}
	if err := s.SetPublished(time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if s.NeedsPublished() || len(s.Timeline().Events) == 0 {
		t.Fatalf("after SetPublished: NeedsPublished = %v with %d events", s.NeedsPublished(), len(s.Timeline().Events))
	}
	if r := reopen(t, path); r.NeedsPublished() || jsonOf(t, r.Timeline()) != jsonOf(t, s.Timeline()) {
		t.Error("the publication date was not restored")
	}
	s.Undo()
	if !s.NeedsPublished() {
		t.Error("Undo of SetPublished kept the date")
	}
}

func TestNoFile(t *testing.T) {
	s, err := Open("", assets.Sample)
	if err != nil {
		t.Fatal(err)
	}
	mustApply(t, s, Delete{Event: "e1"})
	if s.SidecarPath() != "" || s.SaveError() != nil || !s.CanUndo() {
		t.Errorf("SidecarPath %q, SaveError %v, CanUndo %v", s.SidecarPath(), s.SaveError(), s.CanUndo())
	}
}

// TestRandomSessions drives sessions with random operations, undos,
// redos, reverts and publication dates: no panic, a consistent timeline
// after every step, and what is saved always reopens as what is shown.
func TestRandomSessions(t *testing.T) {
	seeds := 30
	if testing.Short() {
		seeds = 5
	}
	mods := []timeline.Modality{timeline.Happened, timeline.Expected, timeline.Possible, timeline.Reported, timeline.Denied}
	for seed := range seeds {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(seed), 1))
			path, s := openSample(t)
			body := s.Article().Body
			for step := range 40 {
				tl := s.Timeline()
				n := len(tl.Events)
				id := func() string { return fmt.Sprintf("e%d", 1+r.IntN(max(n, 1)+1)) } // sometimes unknown
				var err error
				switch k := r.IntN(12); k {
				case 0:
					err = s.Apply(SetLabel{Event: id(), Label: fmt.Sprint("label ", step)})
				case 1:
					start := time.Date(2020+r.IntN(6), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
					err = s.Apply(SetDate{Event: id(), Date: Date{Start: start, End: start.AddDate(0, 0, r.IntN(90)-5)}})
				case 2:
					err = s.Apply(SetModality{Event: id(), Modality: mods[r.IntN(len(mods))]})
				case 3:
					err = s.Apply(Delete{Event: id()})
				case 4:
					a := r.IntN(len(body))
					err = s.Apply(Add{Span: timeline.Span{Start: a, End: a + r.IntN(30)}, Date: Date{Value: fmt.Sprint(2015 + r.IntN(15))}})
				case 5:
					err = s.Apply(Merge{Events: []string{id(), id(), id()}[:2+r.IntN(2)]})
				case 6:
					err = s.Apply(Split{Event: id(), Mentions: []int{r.IntN(3), r.IntN(3)}})
				case 7, 8:
					s.Undo()
				case 9:
					s.Redo()
				case 10:
					err = s.Revert()
				case 11:
					err = s.SetPublished(time.Date(2023+r.IntN(3), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC))
				}
				var se *SaveError
				if errors.As(err, &se) {
					t.Fatalf("step %d: %v", step, err)
				}
				checkConsistent(t, s.Timeline())
				if step%8 == 7 {
					if got, want := jsonOf(t, reopen(t, path).Timeline()), jsonOf(t, s.Timeline()); got != want {
						t.Fatalf("step %d: reopened\n%s\nwant\n%s", step, got, want)
					}
				}
			}
		})
	}
}

// TestOrphansAfterEdit edits the article under its corrections: the one
// whose words are gone is reported on reopening, kept in the sidecar, and
// dropped only when asked (which can be undone).
func TestOrphansAfterEdit(t *testing.T) {
	path, s := openSample(t)
	e1, e2 := s.Timeline().Events[0], s.Timeline().Events[1]
	mustApply(t, s, SetLabel{Event: e1.ID, Label: "Orphan to be"})
	mustApply(t, s, SetLabel{Event: e2.ID, Label: "Survivor"})
	// Replace every mention of e1 with words the tagger finds no date in,
	// and insert a paragraph at the top so that every offset moves.
	edited := string(assets.Sample)
	for _, m := range e1.Mentions {
		edited = strings.ReplaceAll(edited, m.Text, "at one point")
	}
	i := strings.Index(edited, "\n---\n") + 5
	edited = edited[:i] + "An editor's note was added here.\n\n" + edited[i:]
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	r := reopen(t, path)
	if len(r.Warnings()) != 1 || !strings.Contains(r.Warnings()[0], "changed since") {
		t.Errorf("warnings = %q", r.Warnings())
	}
	if o := r.Orphans(); len(o) != 1 || o[0].Index != 0 || o[0].Partial {
		t.Fatalf("orphans = %+v; want the first correction", o)
	}
	if _, ok := r.EventID(KeyOf(e2)); !ok {
		t.Fatalf("%s not found after the edit", KeyOf(e2))
	}
	survived := false
	for _, e := range r.Timeline().Events {
		survived = survived || e.Label == "Survivor"
	}
	if !survived {
		t.Error("the correction of the event whose words moved was lost")
	}
	mustApply(t, r, SetModality{Event: "e1", Modality: timeline.Possible})
	if got := len(reopen(t, path).Corrections()); got != 3 {
		t.Errorf("sidecar holds %d corrections; want 3, the orphan kept", got)
	}
	if err := r.DropOrphans(); err != nil {
		t.Fatal(err)
	}
	if len(r.Orphans()) != 0 || len(reopen(t, path).Corrections()) != 2 {
		t.Errorf("after DropOrphans: %d orphans, %d corrections saved", len(r.Orphans()), len(reopen(t, path).Corrections()))
	}
	r.Undo()
	if len(r.Orphans()) != 1 || len(reopen(t, path).Corrections()) != 3 {
		t.Errorf("after Undo: %d orphans, %d corrections saved", len(r.Orphans()), len(reopen(t, path).Corrections()))
	}
}
