package app

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline-app/dateline/timeline"
	"github.com/dateline-app/dateline/timeline/render"
)

// selectedParagraphs returns the numbers of the paragraphs tinted as part
// of the selected event.
func selectedParagraphs(u *UI) []int {
	var out []int
	for _, pv := range u.article.paras {
		if u.article.touches(pv.p, u.article.selected) {
			out = append(out, pv.p.N)
		}
	}
	return out
}

func TestSelectMarksEverywhere(t *testing.T) {
	tests := []struct {
		name  string
		pick  func(u *UI)
		want  int
		words string // a phrase that must be highlighted
	}{
		{"list row", func(u *UI) { u.events.list.Select(1) }, 1, "in March"},
		{"marked phrase", func(u *UI) { findPhrase(t, u, "in the coming weeks").tap(t) }, 2, "in the coming weeks"},
		{"Select call", func(u *UI) { u.Select(0) }, 0, "last year"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, _ := newTestUI(t)
			u.setTimeline(testTimeline(t))
			tt.pick(u)
			if u.Selected() != tt.want {
				t.Fatalf("Selected() = %d; want %d", u.Selected(), tt.want)
			}
			if u.chart.Selected() != tt.want {
				t.Errorf("chart.Selected() = %d; want %d", u.chart.Selected(), tt.want)
			}
			if got := u.events.selectedEvent(); got != tt.want {
				t.Errorf("list selection = %d; want %d", got, tt.want)
			}
			e := u.tl.Events[tt.want]
			if !strings.Contains(richText(u.details.text), e.Label) || !strings.Contains(richText(u.details.text), e.Mentions[0].Why) {
				t.Errorf("details = %q; want the label %q and the resolution trace", richText(u.details.text), e.Label)
			}
			if p := findPhrase(t, u, tt.words); p.mark.kind != phraseSelected {
				t.Errorf("phrase %q kind = %d; want highlighted", tt.words, p.mark.kind)
			}
			if got := selectedParagraphs(u); len(got) != 1 || got[0] != e.Paragraphs[0] {
				t.Errorf("tinted paragraphs = %v; want %v", got, e.Paragraphs)
			}
			for _, m := range u.tl.Events {
				if m.ID == e.ID {
					continue
				}
				if p := findPhrase(t, u, m.Mentions[0].Text); p.mark.kind != phraseMention {
					t.Errorf("phrase %q of another event kind = %d; want a plain mention", m.Mentions[0].Text, p.mark.kind)
				}
			}
		})
	}
}

func TestArticleMarks(t *testing.T) {
	u, _ := newTestUI(t)
	u.setTimeline(testTimeline(t))
	if p := findPhrase(t, u, "recently"); p.mark.kind != phraseVague {
		t.Errorf("undated phrase kind %d; want vague", p.mark.kind)
	}
	findPhrase(t, u, "recently").tap(t)
	if u.Selected() != -1 {
		t.Errorf("tapping a vague phrase selected event %d", u.Selected())
	}
	last := u.article.paras[len(u.article.paras)-1]
	if !last.text.Dim || len(last.text.marks) != 0 {
		t.Errorf("page furniture: dim %v, %d marks; want dimmed with no marks", last.text.Dim, len(last.text.marks))
	}
	if got, want := last.text.Text, "A Message from Test Times: please support us monthly."; got != want {
		t.Errorf("furniture text = %q; want %q", got, want)
	}
	if !strings.Contains(richText(u.undated.text), "recently") {
		t.Errorf("undated list = %q; want the vague mention", richText(u.undated.text))
	}
	if u.undatedTab.Text != "Undated (1)" {
		t.Errorf("undated tab = %q", u.undatedTab.Text)
	}
}

func TestPassageWraps(t *testing.T) {
	test.NewTempApp(t)
	p := NewPassage("one two three four five six seven eight nine ten eleven twelve")
	p.SetMarks([]passageMark{{start: 4, end: 13, kind: phraseMention}}) // "two three"
	one := p.MinSize().Height
	p.Resize(fyne.NewSize(90, one))
	lines := map[float32]bool{}
	for _, pc := range p.pieces {
		lines[pc.pos.Y] = true
		if pc.pos.X+pc.width > 90 && pc.pos.X > 0 {
			t.Errorf("piece %q ends at %v, past the width 90", p.Text[pc.start:pc.end], pc.pos.X+pc.width)
		}
	}
	if len(lines) < 3 {
		t.Errorf("wrapped at width 90 into %d lines; want several", len(lines))
	}
	if got := p.MinSize().Height; got <= one {
		t.Errorf("MinSize height %v after wrapping; want more than one line (%v)", got, one)
	}
}

func TestKeyboardNavigation(t *testing.T) {
	tests := []struct {
		name string
		keys []fyne.KeyName
		want int
	}{
		{"right from none selects the first", []fyne.KeyName{fyne.KeyRight}, 0},
		{"left from none selects the last", []fyne.KeyName{fyne.KeyLeft}, 2},
		{"right right left", []fyne.KeyName{fyne.KeyRight, fyne.KeyRight, fyne.KeyLeft}, 0},
		{"right stops at the last", []fyne.KeyName{fyne.KeyRight, fyne.KeyRight, fyne.KeyRight, fyne.KeyRight}, 2},
		{"escape clears", []fyne.KeyName{fyne.KeyRight, fyne.KeyEscape}, -1},
	}
	for _, focus := range []string{"window", "chart"} {
		for _, tt := range tests {
			t.Run(focus+"/"+tt.name, func(t *testing.T) {
				u, w := newTestUI(t)
				u.setTimeline(testTimeline(t))
				if focus == "chart" {
					w.Canvas().Focus(u.chart)
				}
				for _, k := range tt.keys {
					ev := &fyne.KeyEvent{Name: k}
					if f := w.Canvas().Focused(); f != nil {
						f.TypedKey(ev)
					} else {
						w.Canvas().OnTypedKey()(ev)
					}
				}
				if u.Selected() != tt.want {
					t.Errorf("after %v: Selected() = %d; want %d", tt.keys, u.Selected(), tt.want)
				}
			})
		}
	}
}

func TestEnterOpensDetails(t *testing.T) {
	u, w := newTestUI(t)
	u.setTimeline(testTimeline(t))
	u.Select(1)
	w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("Enter opened no dialog")
	}
	if got := test.RenderObjectToMarkup(top); !strings.Contains(got, "Council veto") {
		t.Errorf("details dialog does not name the event:\n%s", got)
	}
}

func TestEventListSort(t *testing.T) {
	u, _ := newTestUI(t)
	u.setTimeline(testTimeline(t))
	u.Select(0)
	if got := u.events.order; got[0] != 0 || got[2] != 2 {
		t.Fatalf("oldest-first order = %v", got)
	}
	test.Tap(u.events.sortBtn)
	if got := u.events.order; got[0] != 2 || got[2] != 0 {
		t.Errorf("newest-first order = %v; want [2 1 0]", got)
	}
	if u.events.selectedEvent() != 0 || u.Selected() != 0 {
		t.Errorf("sorting lost the selection: list %d, ui %d", u.events.selectedEvent(), u.Selected())
	}
}

func TestFind(t *testing.T) {
	u, w := newTestUI(t)
	u.setTimeline(testTimeline(t))
	u.find.Open(w.Canvas())
	test.Type(u.find.entry, "VETO")
	if len(u.find.hits) != 1 || u.find.hits[0] != 2 {
		t.Fatalf("find hits = %v; want one in paragraph 2", u.find.hits)
	}
	if got := u.find.count.Text; got != "1 of 1" {
		t.Errorf("count = %q", got)
	}
	u.find.Close()
	if len(u.article.matches) != 0 {
		t.Error("closing the find bar kept the matches")
	}
}

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestOpen(t *testing.T) {
	u, w := newTestUI(t)
	u.inline = false // extract off the UI goroutine, as the app does
	p := writeFile(t, "a.md", testArticle)
	u.Open(p)
	u.busy.Wait()
	if u.tl == nil || u.doc.path != p {
		t.Fatalf("Open(%q) showed no timeline", p)
	}
	if got := u.title.Text; got != "A test article — Test Times" {
		t.Errorf("title = %q", got)
	}
	if u.published.Text != "2024-06-12" {
		t.Errorf("published field = %q", u.published.Text)
	}
	if len(u.article.paras) != len(u.tl.Article.Paragraphs) {
		t.Errorf("article view has %d paragraphs; want %d", len(u.article.paras), len(u.tl.Article.Paragraphs))
	}
	if got := u.recentFiles(); len(got) != 1 || got[0] != p {
		t.Errorf("recent files = %v; want [%s]", got, p)
	}
	if w.Canvas().Overlays().Top() != nil {
		t.Error("opening a good file showed a dialog")
	}
}

func TestOpenErrors(t *testing.T) {
	tests := []struct {
		name string
		path func(t *testing.T) string
		want []string // words the message must hold
	}{
		{"missing file", func(t *testing.T) string { return filepath.Join(t.TempDir(), "gone.md") }, []string{"gone.md", "no such file"}},
		{"bad front matter", func(t *testing.T) string {
			return writeFile(t, "bad.md", "---\ntitle: x\npublished: [1, 2\n---\n\nText.\n")
		}, []string{"bad.md:", "front matter"}},
		{"bad date", func(t *testing.T) string {
			return writeFile(t, "date.md", "---\ntitle: x\npublished: someday\n---\n\nText.\n")
		}, []string{"date.md:3", "published"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u, w := newTestUI(t)
			u.Open(tt.path(t))
			top := w.Canvas().Overlays().Top()
			if top == nil {
				t.Fatal("no error dialog")
			}
			markup := test.RenderObjectToMarkup(top)
			for _, word := range tt.want {
				if !strings.Contains(u.status.Text, word) || !strings.Contains(markup, word) {
					t.Errorf("message %q (dialog shown: %v) does not hold %q", u.status.Text, strings.Contains(markup, u.status.Text), word)
				}
			}
			if u.tl != nil {
				t.Error("a timeline is shown after a failed open")
			}
		})
	}
}

func TestMissingDatePrompt(t *testing.T) {
	u, _ := newTestUI(t)
	u.Open(writeFile(t, "nodate.txt", "The talks collapsed last year.\n"))
	if u.datePrompt == nil {
		t.Fatal("no publication-date prompt for an undated article")
	}
	if u.tl != nil {
		t.Fatal("extracted before the date was given")
	}
	entry := focusedEntry(t, u)
	test.Type(entry, "2020-02-29")
	u.datePrompt.Submit()
	u.busy.Wait()
	if u.tl == nil {
		t.Fatal("no timeline after the date was given")
	}
	if got := u.tl.Article.Published.Format("2006-01-02"); got != "2020-02-29" {
		t.Errorf("published = %s; want 2020-02-29", got)
	}
}

func focusedEntry(t *testing.T, u *UI) *widget.Entry {
	t.Helper()
	e, ok := u.win.Canvas().Focused().(*widget.Entry)
	if !ok {
		t.Fatalf("focus is on %T; want the date entry", u.win.Canvas().Focused())
	}
	return e
}

func TestChangePublishedReextracts(t *testing.T) {
	u, _ := newTestUI(t)
	u.OpenData("a.md", []byte(testArticle))
	u.busy.Wait()
	first := u.tl
	u.published.SetText("2030-01-0") // not yet a date: nothing happens
	u.busy.Wait()
	if u.tl != first {
		t.Fatal("an incomplete date re-extracted")
	}
	u.published.SetText("2030-01-02")
	u.busy.Wait()
	if u.tl == first {
		t.Fatal("changing the date did not re-extract")
	}
	if got := u.tl.Article.Published; !got.Equal(day(2030, 1, 2)) {
		t.Errorf("published = %v", got)
	}
	if first.Article.Published.Equal(u.tl.Article.Published) {
		t.Error("the earlier timeline's article was changed in place")
	}
}

func TestPasteArticle(t *testing.T) {
	u, _ := newTestUI(t)
	u.app.Clipboard().SetContent("Officials said the deal was signed last week.")
	u.pasteArticle()
	if u.datePrompt == nil {
		t.Fatal("pasted text without a date did not ask for one")
	}
	test.Type(focusedEntry(t, u), "2024-01-10")
	u.datePrompt.Submit()
	u.busy.Wait()
	if u.tl == nil || !strings.Contains(u.tl.Article.Body, "deal was signed") {
		t.Fatal("the pasted article was not opened")
	}
	if u.doc.path != "" {
		t.Errorf("pasted article has a path %q", u.doc.path)
	}
}

func TestOpenDataSetsTimeline(t *testing.T) {
	u, _ := newTestUI(t)
	u.OpenData("a.md", []byte(testArticle))
	u.busy.Wait()
	want := timeline.Extract(u.doc.article)
	if len(u.tl.Events) != len(want.Events) || len(u.tl.Undated) != len(want.Undated) {
		t.Errorf("shown %d events, %d undated; Extract gives %d, %d",
			len(u.tl.Events), len(u.tl.Undated), len(want.Events), len(want.Undated))
	}
	if got := u.events.list.Length(); got != len(want.Events) {
		t.Errorf("list has %d rows; want %d", got, len(want.Events))
	}
}

func TestDropOpensFile(t *testing.T) {
	u, _ := newTestUI(t)
	u.inline = false
	p := writeFile(t, "dropped.md", testArticle)
	u.dropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(p)})
	u.busy.Wait()
	if u.doc == nil || u.doc.path != p {
		t.Fatalf("dropping %s did not open it", p)
	}
}

func TestRecentMenu(t *testing.T) {
	u, w := newTestUI(t)
	var paths []string
	for i := range maxRecent + 2 {
		p := writeFile(t, fmt.Sprintf("a%d.md", i), testArticle)
		paths = append(paths, p)
		u.Open(p)
		u.busy.Wait()
	}
	u.Open(paths[3]) // reopening moves it to the top
	u.busy.Wait()
	got := u.recentFiles()
	if len(got) != maxRecent || got[0] != paths[3] || got[1] != paths[len(paths)-1] {
		t.Fatalf("recent = %v", got)
	}
	items := w.MainMenu().Items[0].Items[1].ChildMenu.Items
	if len(items) != maxRecent || items[0].Label != paths[3] {
		t.Errorf("Open Recent menu has %d items, first %q", len(items), items[0].Label)
	}
	items[2].Action()
	u.busy.Wait()
	if u.doc.path != got[2] {
		t.Errorf("Open Recent item opened %s; want %s", u.doc.path, got[2])
	}
}

func TestExportJSONAtomic(t *testing.T) {
	tl := testTimeline(t)
	dir := t.TempDir()
	p := filepath.Join(dir, "out.json")
	if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := exportFile(p, tl, exportOptions{Format: "json"}, render.View{}); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Events []struct{ Label string }
	}
	if err := json.Unmarshal(data, &got); err != nil || len(got.Events) != 3 || got.Events[1].Label != "Council veto" {
		t.Errorf("exported JSON = %s (%v)", data, err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("export left %d files in the folder; want only the export", len(entries))
	}
	if err := exportFile(filepath.Join(dir, "missing", "x.json"), tl, exportOptions{Format: "json"}, render.View{}); err == nil || !strings.Contains(err.Error(), "x.json") {
		t.Errorf("writing into a missing folder: err = %v; want one naming the file", err)
	}
}
