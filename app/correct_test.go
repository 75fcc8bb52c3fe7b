package app

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline-app/dateline/assets"
	"github.com/dateline-app/dateline/timeline"
	"github.com/dateline-app/dateline/timeline/edit"
)

// openStory writes testArticle to a temporary story.md and opens it in a
// new window; it returns the window's UI and the article's path.
func openStory(t *testing.T) (*UI, fyne.Window, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "story.md")
	if err := os.WriteFile(path, []byte(testArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	u, w := newTestUI(t)
	u.Open(path)
	if u.session == nil || u.tl == nil {
		t.Fatalf("Open(%s): no session; status %q", path, u.status.Text)
	}
	if len(u.tl.Events) < 3 {
		t.Fatalf("Open(%s): %d events, want the 3 the test article dates", path, len(u.tl.Events))
	}
	return u, w, path
}

// eventOf returns the index of the event that has a mention with the given
// words, or -1.
func eventOf(u *UI, words string) int {
	for i, e := range u.tl.Events {
		for _, m := range e.Mentions {
			if m.Text == words {
				return i
			}
		}
	}
	return -1
}

// selectWords selects the event that has a mention with the given words.
func selectWords(t *testing.T, u *UI, words string) *timeline.Event {
	t.Helper()
	i := eventOf(u, words)
	if i < 0 {
		t.Fatalf("no event has the words %q", words)
	}
	u.Select(i)
	return &u.tl.Events[i]
}

// tapButton taps the button with the given text in the top dialog.
func tapButton(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog open to tap %q in", text)
	}
	var found *widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Button:
			if o.Text == text && found == nil {
				found = o
			}
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(o).Objects() {
				walk(c)
			}
		}
	}
	walk(top)
	if found == nil {
		t.Fatalf("the dialog has no button %q", text)
	}
	if found.Disabled() {
		t.Fatalf("button %q is disabled", text)
	}
	test.Tap(found)
}

// shortcut sends a keyboard shortcut to the window.
func shortcut(w fyne.Window, s fyne.Shortcut) {
	w.Canvas().(fyne.Shortcutable).TypedShortcut(s)
}

// sidecar reads the corrections saved beside path.
func sidecar(t *testing.T, path string) []edit.Correction {
	t.Helper()
	sc, err := edit.ReadSidecar(edit.SidecarPath(path))
	if err != nil {
		t.Fatal(err)
	}
	return sc.Corrections
}

func TestEditEventForm(t *testing.T) {
	tests := []struct {
		name        string
		label, date string // "" leaves the field as it is
		modality    timeline.Modality
		want        func(e timeline.Event) bool
		corrections int
	}{
		{"label", "Veto of the council", "", "", func(e timeline.Event) bool { return e.Label == "Veto of the council" }, 1},
		{"month", "", "2024-02", "", func(e timeline.Event) bool {
			return e.Start.Equal(day(2024, 2, 1)) && e.End.Equal(day(2024, 3, 1))
		}, 1},
		{"range", "", "2024-03-04/2024-03-20", "", func(e timeline.Event) bool {
			return e.Start.Equal(day(2024, 3, 4)) && e.End.Equal(day(2024, 3, 21))
		}, 1},
		{"modality", "", "", timeline.Denied, func(e timeline.Event) bool { return e.Modality == timeline.Denied }, 1},
		{"all three", "Council veto, again", "2023-SU", timeline.Expected, func(e timeline.Event) bool {
			return e.Label == "Council veto, again" && e.Start.Equal(day(2023, 6, 1)) && e.Modality == timeline.Expected
		}, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			u, w, path := openStory(t)
			key := edit.KeyOf(*selectWords(t, u, "March"))
			u.showEditEvent()
			if u.form == nil {
				t.Fatal("Edit Event… opened no form")
			}
			if tc.label != "" {
				u.form.label.SetText(tc.label)
			}
			if tc.date != "" {
				u.form.date.SetText(tc.date)
			}
			if tc.modality != "" {
				u.form.modality.SetSelected(string(tc.modality))
			}
			tapButton(t, w, "Save")

			if u.selected < 0 || edit.KeyOf(u.tl.Events[u.selected]) != key {
				t.Fatalf("after the edit the selection is %d; want the edited event kept selected", u.selected)
			}
			if e := u.tl.Events[u.selected]; !tc.want(e) {
				t.Errorf("edited event = %+v", e)
			}
			if got := len(sidecar(t, path)); got != tc.corrections {
				t.Errorf("sidecar holds %d corrections; want %d", got, tc.corrections)
			}
			if !strings.Contains(u.status.Text, "saved in story.md.dateline.json") {
				t.Errorf("status %q does not say where the corrections are saved", u.status.Text)
			}
		})
	}
}

func TestEditEventRejectsBadDate(t *testing.T) {
	u, w, _ := openStory(t)
	selectWords(t, u, "March")
	u.showEditEvent()
	u.form.date.SetText("next-ish March")
	top := w.Canvas().Overlays().Top()
	u.form.dialog.Submit() // does nothing while a field is invalid
	if w.Canvas().Overlays().Top() != top || len(u.session.Corrections()) != 0 {
		t.Errorf("a form with an invalid date was submitted: %d corrections", len(u.session.Corrections()))
	}
}

func TestDeleteUndoRedoShortcuts(t *testing.T) {
	u, w, path := openStory(t)
	n := len(u.tl.Events)
	selectWords(t, u, "last year")
	u.deleteEvent()
	if len(u.tl.Events) != n-1 || eventOf(u, "last year") >= 0 {
		t.Fatalf("after Delete: %d events, want %d without the summit", len(u.tl.Events), n-1)
	}
	steps := []struct {
		name   string
		key    fyne.Shortcut
		events int
		saved  int
	}{
		{"Ctrl+Z undoes", shortcutUndo, n, 0},
		{"Ctrl+Z again does nothing", shortcutUndo, n, 0},
		{"Ctrl+Shift+Z redoes", shortcutRedo, n - 1, 1},
		{"Ctrl+Shift+Z again does nothing", shortcutRedo, n - 1, 1},
		{"Ctrl+Z once more", shortcutUndo, n, 0},
		{"Ctrl+Y redoes too", shortcutRedoAlt, n - 1, 1},
	}
	for _, s := range steps {
		shortcut(w, s.key)
		if len(u.tl.Events) != s.events {
			t.Errorf("%s: %d events; want %d", s.name, len(u.tl.Events), s.events)
		}
		if got := len(sidecar(t, path)); got != s.saved {
			t.Errorf("%s: sidecar holds %d corrections; want %d", s.name, got, s.saved)
		}
	}
}

func TestUndoKeepsSelection(t *testing.T) {
	u, w, _ := openStory(t)
	key := edit.KeyOf(*selectWords(t, u, "March"))
	u.showEditEvent()
	u.form.label.SetText("Renamed")
	tapButton(t, w, "Save")
	shortcut(w, shortcutUndo)
	if u.selected < 0 || edit.KeyOf(u.tl.Events[u.selected]) != key {
		t.Fatalf("after Undo the selection is %d; want the same event", u.selected)
	}
	if got := u.tl.Events[u.selected].Label; got == "Renamed" {
		t.Errorf("after Undo the label is still %q", got)
	}
}

func TestEditMenu(t *testing.T) {
	u, w, _ := openStory(t)
	menu := w.MainMenu().Items[1]
	items := map[string]*fyne.MenuItem{}
	for _, it := range menu.Items {
		items[it.Label] = it
	}
	for _, want := range []string{"Undo", "Redo", "Edit Event…", "Delete Event", "Add Event from Selection…",
		"Merge Event with…", "Split Event…", "Corrections…", "Revert to Extracted…", "Find in Article…"} {
		if items[want] == nil {
			t.Errorf("the Edit menu has no %q", want)
		}
	}
	if s := items["Undo"].Shortcut; s == nil || s.ShortcutName() != (&fyne.ShortcutUndo{}).ShortcutName() {
		t.Errorf("Undo shows shortcut %v; want Ctrl+Z", s)
	}
	if !items["Undo"].Disabled || !items["Redo"].Disabled {
		t.Error("Undo or Redo is enabled with nothing to undo or redo")
	}
	n := len(u.tl.Events)
	selectWords(t, u, "March")
	items["Delete Event"].Action()
	if items["Undo"].Disabled || !items["Redo"].Disabled {
		t.Error("after a deletion: want Undo enabled, Redo disabled")
	}
	items["Undo"].Action()
	if !items["Undo"].Disabled || items["Redo"].Disabled {
		t.Error("after Undo: want Undo disabled, Redo enabled")
	}
	if len(u.tl.Events) != n {
		t.Errorf("Delete then Undo from the menu: %d events; want %d", len(u.tl.Events), n)
	}
	items["Redo"].Action()
	if len(u.tl.Events) != n-1 {
		t.Errorf("Redo from the menu: %d events; want %d", len(u.tl.Events), n-1)
	}
}

func TestNothingSelected(t *testing.T) {
	u, w, _ := openStory(t)
	for name, action := range map[string]func(){
		"edit": u.showEditEvent, "delete": u.deleteEvent, "merge": u.showMerge, "split": u.showSplit,
	} {
		u.Select(-1)
		action()
		if w.Canvas().Overlays().Top() != nil {
			t.Errorf("%s with no event selected opened a dialog", name)
		}
		if !strings.Contains(u.status.Text, "Select an event first") {
			t.Errorf("%s with no event selected: status %q", name, u.status.Text)
		}
	}
}

// dragWords drags across the words of phrase in the article view.
func dragWords(t *testing.T, u *UI, phrase string) {
	t.Helper()
	for _, pv := range u.article.paras {
		i := strings.Index(pv.text.Text, phrase)
		if i < 0 {
			continue
		}
		var from, to fyne.Position
		for _, pc := range pv.text.pieces {
			if pc.start == i {
				from = pc.pos.Add(fyne.NewPos(1, 4))
			}
			if pc.end == i+len(phrase) {
				to = pc.pos.Add(fyne.NewPos(pc.width-1, 4))
			}
		}
		// What test.Drag delivers, without needing the paragraph in view.
		pv.text.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: to}, Dragged: fyne.NewDelta(to.X-from.X, to.Y-from.Y)})
		pv.text.DragEnd()
		if s, e := pv.text.Selection(); strings.TrimSpace(pv.text.Text[s:e]) != phrase {
			t.Fatalf("dragging across %q selected %q", phrase, pv.text.Text[s:e])
		}
		return
	}
	t.Fatalf("no paragraph holds %q", phrase)
}

func TestAddEventFromSelection(t *testing.T) {
	tests := []struct {
		name string
		pick func(t *testing.T, u *UI)
	}{
		{"dragged", func(t *testing.T, u *UI) { dragWords(t, u, "talks happened") }},
		{"found", func(t *testing.T, u *UI) { u.find.Open(nil); u.find.entry.SetText("talks happened") }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			u, w, path := openStory(t)
			n := len(u.tl.Events)
			tc.pick(t, u)
			u.showAddEvent()
			if u.form == nil {
				t.Fatalf("Add Event opened no form; status %q", u.status.Text)
			}
			u.form.date.SetText("2024-06-05")
			u.form.label.SetText("Talks")
			u.form.modality.SetSelected(string(timeline.Reported))
			tapButton(t, w, "Add")
			if len(u.tl.Events) != n+1 {
				t.Fatalf("after Add: %d events; want %d", len(u.tl.Events), n+1)
			}
			e := u.selectedEvent()
			if e == nil || e.Label != "Talks" || e.Mentions[0].Text != "talks happened" || !e.Start.Equal(day(2024, 6, 5)) ||
				e.Modality != timeline.Reported || e.Mentions[0].Paragraph != 3 {
				t.Fatalf("the added event (selected) = %+v", e)
			}
			if c := sidecar(t, path); len(c) != 1 || c[0].Op != edit.OpAdd {
				t.Errorf("sidecar = %+v; want one add", c)
			}
		})
	}
}

func TestAddEventNeedsSelection(t *testing.T) {
	u, w, _ := openStory(t)
	u.showAddEvent()
	if w.Canvas().Overlays().Top() != nil || !strings.Contains(u.status.Text, "Select the words") {
		t.Errorf("Add Event with no words selected: status %q", u.status.Text)
	}
}

func TestMergeThenSplit(t *testing.T) {
	u, w, path := openStory(t)
	n := len(u.tl.Events)
	selectWords(t, u, "last year")
	other := u.tl.Events[eventOf(u, "March")]
	u.showMerge()
	u.choice.pick.SetSelected(eventChoice(other))
	tapButton(t, w, "Merge")
	if len(u.tl.Events) != n-1 {
		t.Fatalf("after Merge: %d events; want %d", len(u.tl.Events), n-1)
	}
	merged := u.selectedEvent()
	if merged == nil || len(merged.Mentions) != 2 || eventOf(u, "March") != eventOf(u, "last year") {
		t.Fatalf("after Merge the selected event is %+v; want the summit holding both mentions", merged)
	}

	u.showSplit()
	if len(u.choice.checks) != 2 {
		t.Fatalf("Split offers %d mentions; want 2", len(u.choice.checks))
	}
	for i, m := range merged.Mentions {
		u.choice.checks[i].SetChecked(m.Text == "March")
	}
	tapButton(t, w, "Split")
	if len(u.tl.Events) != n || eventOf(u, "March") == eventOf(u, "last year") {
		t.Fatalf("after Split: %d events, March in %d and last year in %d; want them apart", len(u.tl.Events),
			eventOf(u, "March"), eventOf(u, "last year"))
	}
	if c := sidecar(t, path); len(c) != 2 || c[0].Op != edit.OpMerge || c[1].Op != edit.OpSplit {
		t.Errorf("sidecar = %+v; want merge then split", c)
	}
}

func TestSplitOneMention(t *testing.T) {
	u, w, _ := openStory(t)
	selectWords(t, u, "March")
	u.showSplit()
	if w.Canvas().Overlays().Top() != nil || !strings.Contains(u.status.Text, "nothing to split") {
		t.Errorf("Split of a one-mention event: status %q", u.status.Text)
	}
}

func TestRevertToExtracted(t *testing.T) {
	u, w, path := openStory(t)
	extracted := labels(u.tl)
	selectWords(t, u, "March")
	u.deleteEvent()
	selectWords(t, u, "last year")
	u.showEditEvent()
	u.form.label.SetText("A renamed summit")
	tapButton(t, w, "Save")

	u.confirmRevert()
	tapButton(t, w, "Yes")
	if got := labels(u.tl); got != extracted {
		t.Errorf("after Revert the labels are %q; want the extracted %q", got, extracted)
	}
	if c := sidecar(t, path); len(c) != 0 {
		t.Errorf("after Revert the sidecar holds %d corrections", len(c))
	}
	shortcut(w, shortcutUndo)
	if c := len(u.session.Corrections()); c != 2 {
		t.Errorf("Undo after Revert: %d corrections; want both back", c)
	}
	u.revert()
	u.confirmRevert() // nothing left to revert: no dialog
	if w.Canvas().Overlays().Top() != nil {
		t.Error("Revert with no corrections asked for confirmation")
	}
}

func labels(tl *timeline.Timeline) string {
	var s []string
	for _, e := range tl.Events {
		s = append(s, e.Label)
	}
	return strings.Join(s, " | ")
}

func TestReopenRestoresCorrections(t *testing.T) {
	u, w, path := openStory(t)
	before, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	selectWords(t, u, "March")
	u.showEditEvent()
	u.form.label.SetText("Veto")
	u.form.date.SetText("2024-03-18")
	tapButton(t, w, "Save")
	selectWords(t, u, "last year")
	u.deleteEvent()
	u.SetPublished(day(2024, 7, 1))
	want := labels(u.tl)

	again, _ := newTestUI(t)
	again.Open(path)
	if got := labels(again.tl); got != want {
		t.Errorf("reopened: labels %q; want %q", got, want)
	}
	if got := again.published.Text; got != "2024-07-01" {
		t.Errorf("reopened: publication date %q; want the one set, 2024-07-01", got)
	}
	i := eventOf(again, "March")
	if i < 0 || !again.tl.Events[i].Start.Equal(day(2024, 3, 18)) {
		t.Errorf("reopened: the veto's date was not restored")
	}
	if n := len(again.session.Corrections()); n != 3 {
		t.Errorf("reopened: %d corrections; want 3 (label, date, delete)", n)
	}

	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	after, _ := os.Stat(path)
	if !bytes.Equal(data, []byte(testArticle)) || !after.ModTime().Equal(before.ModTime()) {
		t.Error("the article file was written")
	}
}

func TestReopenChangedArticleWarns(t *testing.T) {
	u, _, path := openStory(t)
	selectWords(t, u, "March")
	u.deleteEvent()
	if err := os.WriteFile(path, []byte(strings.Replace(testArticle, "Leaders met", "Leaders gathered", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	again, _ := newTestUI(t)
	again.Open(path)
	if !strings.Contains(again.status.Text, "story.md changed since its corrections were saved") {
		t.Errorf("status %q does not warn that the article changed", again.status.Text)
	}
	if eventOf(again, "March") >= 0 {
		t.Error("the deletion was not applied to the changed article")
	}
}

func TestMalformedSidecar(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "story.md")
	bad := []byte("{\n  \"schema\": 1,\n  \"corrections\": [oops]\n}\n")
	if err := os.WriteFile(path, []byte(testArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(edit.SidecarPath(path), bad, 0o644); err != nil {
		t.Fatal(err)
	}
	u, w := newTestUI(t)
	u.Open(path)
	if u.tl == nil || len(u.tl.Events) < 3 {
		t.Fatal("the article did not open with its extracted events")
	}
	if !strings.Contains(u.status.Text, "story.md.dateline.json") || !strings.Contains(u.status.Text, "dateline.json:3:") {
		t.Errorf("status %q does not name the sidecar and the line", u.status.Text)
	}
	if w.Canvas().Overlays().Top() == nil {
		t.Error("no dialog told of the unreadable sidecar")
	}
	if got, _ := os.ReadFile(edit.SidecarPath(path)); !bytes.Equal(got, bad) {
		t.Error("opening overwrote the unreadable sidecar")
	}
	selectWords(t, u, "March")
	u.deleteEvent()
	if got, _ := os.ReadFile(edit.SidecarPath(path) + ".bad"); !bytes.Equal(got, bad) {
		t.Error("the unreadable sidecar was not kept as .bad at the first change")
	}
	if len(sidecar(t, path)) != 1 {
		t.Error("the change was not saved")
	}
}

func TestSampleCorrectionsInMemory(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	u, _ := newTestUI(t)
	u.OpenData(assets.SampleName, assets.Sample)
	if u.session == nil || len(u.tl.Events) == 0 {
		t.Fatal("the sample opened with no events")
	}
	if !strings.Contains(u.status.Text, "kept in memory only") {
		t.Errorf("status %q does not say the corrections are not saved", u.status.Text)
	}
	u.Select(0)
	u.deleteEvent()
	if len(u.session.Corrections()) != 1 {
		t.Error("the deletion was not applied")
	}
	if files, _ := os.ReadDir(dir); len(files) != 0 {
		t.Errorf("correcting the sample wrote %d files", len(files))
	}
	if u.tl.Article.Path != assets.SampleName {
		t.Errorf("the sample's timeline is named %q; want %q", u.tl.Article.Path, assets.SampleName)
	}
}

func TestPublishedDateKeepsCorrections(t *testing.T) {
	u, w, _ := openStory(t)
	selectWords(t, u, "last year")
	u.showEditEvent()
	u.form.label.SetText("The summit")
	tapButton(t, w, "Save")
	u.published.SetText("2025-06-12")
	i := eventOf(u, "last year")
	if i < 0 || u.tl.Events[i].Label != "The summit" {
		t.Fatal("the label correction was lost when the publication date changed")
	}
	if !u.tl.Events[i].Start.Equal(day(2024, 1, 1)) {
		t.Errorf("\"last year\" starts %v after the date moved to 2025; want 2024", u.tl.Events[i].Start)
	}
	if u.selected != i {
		t.Errorf("selection %d after the date changed; want %d", u.selected, i)
	}
	shortcut(w, shortcutUndo)
	if u.published.Text != "2024-06-12" {
		t.Errorf("Undo of the publication date shows %q", u.published.Text)
	}
}

func TestNoDateArticleAskedOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nodate.md")
	if err := os.WriteFile(path, []byte("Leaders met at a summit last year.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	u, _ := newTestUI(t)
	u.Open(path)
	if u.datePrompt == nil {
		t.Fatal("no publication date prompt")
	}
	u.datePrompt.Submit() // invalid while empty: stays open
	test.Type(u.win.Canvas().Focused().(*widget.Entry), "2024-06-12")
	u.datePrompt.Submit()
	if u.tl == nil || len(u.tl.Events) == 0 {
		t.Fatal("the article was not dated")
	}
	shortcut(u.win, shortcutUndo)
	if len(u.tl.Events) == 0 || u.published.Text != "2024-06-12" || !strings.Contains(u.status.Text, "Nothing to undo") {
		t.Errorf("Undo took away the only publication date: %d events, date %q, status %q",
			len(u.tl.Events), u.published.Text, u.status.Text)
	}
	again, _ := newTestUI(t)
	again.Open(path)
	if again.datePrompt != nil {
		t.Error("reopening asked for the publication date again")
	}
	if again.published.Text != "2024-06-12" {
		t.Errorf("reopened with date %q", again.published.Text)
	}
}

// TestWindowMatchesCommandLine checks that `dateline extract` (which
// applies the sidecar through edit.ForExtract and Sidecar.Apply) sees the
// timeline the window shows after corrections.
func TestWindowMatchesCommandLine(t *testing.T) {
	u, w, path := openStory(t)
	selectWords(t, u, "March")
	u.showEditEvent()
	u.form.label.SetText("Veto")
	u.form.modality.SetSelected(string(timeline.Happened))
	tapButton(t, w, "Save")
	u.find.Open(nil)
	u.find.entry.SetText("talks")
	u.showAddEvent()
	u.form.date.SetText("2024-W22")
	tapButton(t, w, "Add")
	u.published.SetText("2024-08-01")

	sc, err := edit.ForExtract("auto", path)
	if err != nil || sc == nil {
		t.Fatalf("ForExtract: %v, %v", sc, err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := timeline.Load(path, data)
	if err != nil {
		t.Fatal(err)
	}
	pub, ok := sc.PublishedTime()
	if !ok {
		t.Fatal("the sidecar holds no publication date")
	}
	a.Published, a.HasPublished = pub, true
	cli, warnings := sc.Apply(timeline.Extract(a), data)
	if len(warnings) > 0 {
		t.Errorf("command line warnings: %q", warnings)
	}
	want, _ := json.MarshalIndent(cli, "", " ")
	got, _ := json.MarshalIndent(u.tl, "", " ")
	if !bytes.Equal(got, want) {
		t.Errorf("window timeline:\n%s\ncommand line timeline:\n%s", got, want)
	}
}

func TestDetailsSayDateSetByHand(t *testing.T) {
	u, w, _ := openStory(t)
	selectWords(t, u, "March")
	u.showEditEvent()
	u.form.date.SetText("2024-03-18")
	tapButton(t, w, "Save")
	if got := richText(u.details.text); !strings.Contains(got, "Dated: date set by hand to 2024-03-18") {
		t.Errorf("details after a date correction:\n%s\nwant them to say the date was set by hand", got)
	}
}

func TestCorrectionRemarksArticle(t *testing.T) {
	u, _, _ := openStory(t)
	before := u.article.paras[0].text // widgets kept, not built again
	selectWords(t, u, "last year")
	u.deleteEvent()
	for _, pv := range u.article.paras {
		for _, m := range pv.text.marks {
			if pv.text.Text[m.start:m.end] == "last year" {
				t.Error("the deleted event's words are still marked")
			}
		}
	}
	if u.article.paras[0].text != before {
		t.Error("the article was built again; want only its marks changed")
	}
	// The marks carry the renumbered events: tapping one selects it.
	findPhrase(t, u, "March").tap(t)
	if u.selected < 0 || u.tl.Events[u.selected].Mentions[0].Text != "March" {
		t.Errorf("tapping \"March\" after a deletion selected %d", u.selected)
	}
}

func TestCorrectionsListsOrphans(t *testing.T) {
	u, w, path := openStory(t)
	selectWords(t, u, "March")
	u.showEditEvent()
	u.form.label.SetText("Veto")
	tapButton(t, w, "Save")
	selectWords(t, u, "last year")
	u.deleteEvent()
	// The article is edited: the veto's words are gone.
	if err := os.WriteFile(path, []byte(strings.Replace(testArticle, "came in March", "came at last", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	again, w2 := newTestUI(t)
	again.Open(path)
	if w2.Canvas().Overlays().Top() == nil {
		t.Fatal("no dialog told of the orphaned correction")
	}
	got := correctionsText(again.session)
	for _, want := range []string{
		"story.md changed since its corrections were saved",
		"1. label of “March”: Veto\n    ⚠ no longer applies",
		"2. deleted “last year”\n",
		"Saved in " + edit.SidecarPath(path),
	} {
		if !strings.Contains(got, want) {
			t.Errorf("Corrections… reads:\n%s\nwant it to contain %q", got, want)
		}
	}
	if !strings.Contains(again.status.Text, "1 correction no longer applies (orphaned, kept)") {
		t.Errorf("status %q does not count the orphan", again.status.Text)
	}
	if n := len(sidecar(t, path)); n != 2 {
		t.Errorf("the sidecar holds %d corrections; want both kept", n)
	}
}
