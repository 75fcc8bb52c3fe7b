package app

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/dateline-app/dateline/timeline"
	"github.com/dateline-app/dateline/timeline/edit"
)

// Corrections in the window. The model is timeline/edit: an edit.Session
// per open article holds the extracted timeline, the corrections made by
// hand and their undo history, and saves every change at once to the
// sidecar ARTICLE.dateline.json beside the article (atomically; the
// article file is never written). The sample article and pasted text have
// no file: their corrections live in memory only, and the status bar says
// so. A sidecar that cannot be read is reported, the article opens with
// no corrections, and the unreadable file is kept as SIDECAR.bad at the
// first change (edit.Session does that), never overwritten.
//
// This file turns the Edit menu's commands into edit operations on the
// selected event and shows the corrected timeline in every view.

// Keyboard shortcuts of the corrections. Ctrl+Z reaches the window as
// fyne.ShortcutUndo and Ctrl+Y as fyne.ShortcutRedo; Ctrl+Shift+Z is a
// custom shortcut.
var (
	shortcutUndo    = &fyne.ShortcutUndo{}
	shortcutRedo    = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	shortcutRedoAlt = &fyne.ShortcutRedo{}
)

// modalities are the choices of the modality selector, in this order.
var modalities = []timeline.Modality{timeline.Happened, timeline.Expected, timeline.Possible, timeline.Reported, timeline.Denied}

// correctionMenuItems returns the Edit menu's correction commands.
func (u *UI) correctionMenuItems() []*fyne.MenuItem {
	undo := fyne.NewMenuItem("Undo", u.undoCorrection)
	undo.Shortcut = shortcutUndo
	undo.Disabled = true
	redo := fyne.NewMenuItem("Redo", u.redoCorrection)
	redo.Shortcut = shortcutRedo
	redo.Disabled = true
	u.undoItem, u.redoItem = undo, redo
	return []*fyne.MenuItem{
		undo, redo,
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Edit Event…", u.showEditEvent),
		fyne.NewMenuItem("Delete Event", u.deleteEvent),
		fyne.NewMenuItem("Add Event from Selection…", u.showAddEvent),
		fyne.NewMenuItem("Merge Event with…", u.showMerge),
		fyne.NewMenuItem("Split Event…", u.showSplit),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Corrections…", u.showCorrections),
		fyne.NewMenuItem("Revert to Extracted…", u.confirmRevert),
	}
}

// setupCorrectionKeys adds the undo and redo shortcuts to the window. A
// focused text field gets them first (it undoes its own typing).
func (u *UI) setupCorrectionKeys(c fyne.Canvas) {
	c.AddShortcut(shortcutUndo, func(fyne.Shortcut) { u.undoCorrection() })
	c.AddShortcut(shortcutRedo, func(fyne.Shortcut) { u.redoCorrection() })
	c.AddShortcut(shortcutRedoAlt, func(fyne.Shortcut) { u.redoCorrection() })
}

// openSession opens the edit session of a document: its sidecar's
// corrections applied to a fresh extraction. It runs off the UI goroutine
// (it extracts). The publication date the window holds for an article
// that has none of its own (asked for when it was opened) is set on the
// session when the sidecar does not hold one.
func openSession(doc *document) (*edit.Session, error) {
	s, err := edit.Open(doc.path, doc.data)
	if err != nil {
		return nil, err
	}
	if s.NeedsPublished() && doc.article.HasPublished {
		err = s.SetPublished(doc.article.Published)
	}
	return s, err
}

// savedPublished returns the publication date saved in the sidecar of the
// article at path, if any: an article with no date of its own then opens
// without asking again.
func savedPublished(path string) (time.Time, bool) {
	if path == "" {
		return time.Time{}, false
	}
	sc, err := edit.ReadSidecar(edit.SidecarPath(path))
	if err != nil {
		return time.Time{}, false
	}
	return sc.PublishedTime()
}

// setSession makes s the open article's session and shows its timeline.
// A save error (the only error openSession returns with a session) is
// shown in the status bar; the timeline is shown all the same.
func (u *UI) setSession(doc *document, s *edit.Session, err error) {
	if s == nil {
		u.showError(err)
		return
	}
	u.session, u.sessionDoc = s, doc
	u.showCorrected(edit.Key{}, false)
	if err != nil {
		u.status.SetText(u.status.Text + " · " + err.Error())
	}
	if len(s.Warnings()) > 0 || len(s.Orphans()) > 0 {
		u.showCorrections()
	}
}

// republish re-resolves the open session at the window's publication
// date. It reports false when there is no session for the open document
// (a new one must be opened).
func (u *UI) republish() bool {
	s := u.session
	if s == nil || u.doc == nil || u.sessionDoc != u.doc {
		return false
	}
	keep, ok := u.selectedKey()
	if t := u.doc.article.Published; !s.Article().HasPublished || !s.Article().Published.Equal(t) {
		if err := s.SetPublished(t); err != nil {
			u.showError(err)
		}
	}
	u.showCorrected(keep, ok)
	return true
}

// showCorrected shows the session's timeline in every view, selects the
// event holding keep (if ok and it is still there) and tells the status
// bar where the corrections are kept.
func (u *UI) showCorrected(keep edit.Key, ok bool) {
	s, doc := u.session, u.sessionDoc
	tl := *s.Timeline()
	a := *tl.Article
	a.Path = doc.name // the sample and pasted text have no path
	tl.Article = &a
	doc.article = &a
	if a.HasPublished {
		if text := a.Published.Format("2006-01-02"); u.published.Text != text {
			u.published.OnChanged = nil
			u.published.SetText(text)
			u.published.OnChanged = u.publishedChanged
		}
	}
	u.setTimeline(&tl)
	if ok {
		if id, found := s.EventID(keep); found {
			for i, e := range tl.Events {
				if e.ID == id {
					u.Select(i)
				}
			}
		}
	}
	u.status.SetText(u.status.Text + " · " + u.correctionStatus())
	u.updateUndoItems()
}

// updateUndoItems enables Undo and Redo in the Edit menu when there is
// something to undo or redo.
func (u *UI) updateUndoItems() {
	s := u.session
	undo, redo := s != nil && s.CanUndo(), s != nil && s.CanRedo()
	if u.undoItem == nil || u.undoItem.Disabled == !undo && u.redoItem.Disabled == !redo {
		return
	}
	u.undoItem.Disabled, u.redoItem.Disabled = !undo, !redo
	if m := u.win.MainMenu(); m != nil {
		m.Refresh()
	}
}

// correctionStatus says how many corrections are in force, where they are
// kept, and what went wrong.
func (u *UI) correctionStatus() string {
	s := u.session
	var parts []string
	n := len(s.Corrections())
	switch {
	case s.SidecarPath() == "":
		parts = append(parts, fmt.Sprintf("%s · kept in memory only (no file)", plural(n, "correction")))
	case n == 0:
		parts = append(parts, "no corrections (they are saved in "+filepath.Base(s.SidecarPath())+")")
	default:
		parts = append(parts, fmt.Sprintf("%s saved in %s", plural(n, "correction"), filepath.Base(s.SidecarPath())))
	}
	if o := len(s.Orphans()); o > 0 {
		parts = append(parts, fmt.Sprintf("%s no longer %s (orphaned, kept)", plural(o, "correction"), verb(o, "applies", "apply")))
	}
	if s.NeedsPublished() {
		parts = append(parts, "no publication date: set one to date the events")
	}
	for _, w := range s.Warnings() {
		parts = append(parts, "⚠ "+w)
	}
	if err := s.SaveError(); err != nil {
		parts = append(parts, "⚠ "+err.Error())
	}
	return strings.Join(parts, " · ")
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func verb(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// selectedEvent returns the selected event, or nil.
func (u *UI) selectedEvent() *timeline.Event {
	if u.session == nil || u.tl == nil || u.selected < 0 || u.selected >= len(u.tl.Events) {
		return nil
	}
	return &u.tl.Events[u.selected]
}

// selectedKey returns the key of the selected event, to find it again
// after a change renumbers the events.
func (u *UI) selectedKey() (edit.Key, bool) {
	if e := u.selectedEvent(); e != nil {
		return edit.KeyOf(*e), true
	}
	return edit.Key{}, false
}

// needSelection returns the selected event, or nil after telling the
// status bar what to do.
func (u *UI) needSelection(what string) *timeline.Event {
	e := u.selectedEvent()
	if e == nil {
		u.status.SetText("Select an event first (tap it on the chart, in the list or in the article) to " + what + ".")
	}
	return e
}

// apply applies operations in order, each one an undoable correction, and
// shows the result with the event holding keep selected (when ok). Each
// operation is built only when its turn comes, so that it names its event
// by the ID it has after the earlier ones renumbered the events. The
// first operation refused stops the rest and is shown; a failed save is
// shown in the status bar.
func (u *UI) apply(keep edit.Key, ok bool, ops ...func() edit.Op) {
	err := u.session.ApplyAll(ops...) // one step: one undo takes it back
	u.showCorrected(keep, ok)
	if err != nil {
		var se *edit.SaveError
		if !errors.As(err, &se) {
			u.showError(err)
		}
	}
}

// undoCorrection undoes the last correction (Ctrl+Z).
func (u *UI) undoCorrection() {
	if u.session == nil {
		return
	}
	keep, ok := u.selectedKey()
	if !u.session.Undo() {
		u.status.SetText("Nothing to undo.")
		return
	}
	if u.session.NeedsPublished() {
		// That undid the date given to an article that has none of its
		// own: without one nothing can be shown, so keep it.
		u.session.Redo()
		u.showCorrected(keep, ok)
		u.status.SetText("Nothing to undo: the publication date stays (change it in the Published field).")
		return
	}
	u.showCorrected(keep, ok)
}

// redoCorrection redoes the last undone correction (Ctrl+Shift+Z).
func (u *UI) redoCorrection() {
	if u.session == nil {
		return
	}
	keep, ok := u.selectedKey()
	if !u.session.Redo() {
		u.status.SetText("Nothing to redo.")
		return
	}
	u.showCorrected(keep, ok)
}

// modalitySelect returns a selector of the modalities, set to m.
func modalitySelect(m timeline.Modality) *widget.Select {
	names := make([]string, len(modalities))
	for i, m := range modalities {
		names[i] = string(m)
	}
	sel := widget.NewSelect(names, nil)
	sel.SetSelected(string(m))
	return sel
}

// dateEntry returns a field for a TIMEX3 date value or range, checked as
// it is typed.
func dateEntry(value string, loc *time.Location) *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder("e.g. 2024-03 or 2024-06-17/2024-09-01")
	e.SetText(value)
	e.Validator = func(s string) error { _, err := edit.ParseValue(s, loc); return err }
	return e
}

// dateValue is the value shown for an event's date: its interval written
// as a TIMEX3 value (its own value may be a vague one such as FUTURE_REF).
func dateValue(e *timeline.Event) string {
	if e.Start.IsZero() || !e.End.After(e.Start) {
		return e.Value
	}
	return edit.FormatValue(e.Start, e.End)
}

// eventForm is the open Edit Event dialog's fields (tests fill them).
type eventForm struct {
	dialog   *dialog.FormDialog
	label    *widget.Entry
	date     *widget.Entry
	modality *widget.Select
}

// showEditEvent opens a form to correct the selected event's label, date
// or range and modality. Each field changed is one correction (and one
// step of Undo).
func (u *UI) showEditEvent() {
	e := u.needSelection("edit it")
	if e == nil {
		return
	}
	key, id := edit.KeyOf(*e), e.ID
	label := widget.NewEntry()
	label.SetText(e.Label)
	label.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("a label is needed")
		}
		return nil
	}
	loc := u.tl.Article.Published.Location()
	oldDate := dateValue(e)
	date := dateEntry(oldDate, loc)
	mod := modalitySelect(e.Modality)
	oldLabel, oldMod := e.Label, e.Modality
	items := []*widget.FormItem{
		{Text: "Label", Widget: label},
		{Text: "Date", Widget: date, HintText: "2024, 2024-06, 2024-06-12, 2024-W25, 2024-SU, 2024-Q3 or FROM/TO"},
		{Text: "Modality", Widget: mod},
	}
	f := &eventForm{label: label, date: date, modality: mod}
	f.dialog = dialog.NewForm("Edit event "+id, "Save", "Cancel", items, func(save bool) {
		u.form = nil
		if !save {
			return
		}
		var ops []func() edit.Op
		current := func() string { s, _ := u.session.EventID(key); return s }
		if l := strings.TrimSpace(label.Text); l != oldLabel {
			ops = append(ops, func() edit.Op { return edit.SetLabel{Event: current(), Label: l} })
		}
		if d := strings.TrimSpace(date.Text); d != oldDate {
			ops = append(ops, func() edit.Op { return edit.SetDate{Event: current(), Date: edit.Date{Value: d}} })
		}
		if m := timeline.Modality(mod.Selected); m != oldMod {
			ops = append(ops, func() edit.Op { return edit.SetModality{Event: current(), Modality: m} })
		}
		if len(ops) == 0 {
			return
		}
		u.apply(key, true, ops...)
	}, u.win)
	u.form = f
	f.dialog.Resize(fyne.NewSize(520, 300))
	f.dialog.Show()
}

// deleteEvent removes the selected event (Undo brings it back).
func (u *UI) deleteEvent() {
	e := u.needSelection("delete it")
	if e == nil {
		return
	}
	id := e.ID
	u.apply(edit.Key{}, false, func() edit.Op { return edit.Delete{Event: id} })
}

// articleSelection returns the words selected in the article: dragged
// across in a paragraph, or else the find bar's current match. The span
// is in body bytes.
func (u *UI) articleSelection() (timeline.Span, bool) {
	for _, pv := range u.article.paras {
		if s, e := pv.text.Selection(); e > s {
			return trimSpan(u.article.article.Body, timeline.Span{Start: pv.off + s, End: pv.off + e})
		}
	}
	if f := u.find; len(f.hits) > 0 && f.cur < len(u.article.matches) {
		return trimSpan(u.article.article.Body, u.article.matches[f.cur])
	}
	return timeline.Span{}, false
}

// trimSpan drops the spaces at either end of a span of body (a drag
// selection ends where the next word starts); it reports false when no
// words are left.
func trimSpan(body string, sp timeline.Span) (timeline.Span, bool) {
	text := body[sp.Start:sp.End]
	sp.Start += len(text) - len(strings.TrimLeftFunc(text, unicode.IsSpace))
	sp.End -= len(text) - len(strings.TrimRightFunc(text, unicode.IsSpace))
	return sp, sp.End > sp.Start
}

// showAddEvent opens a form to add an event from the selected words.
func (u *UI) showAddEvent() {
	if u.session == nil {
		return
	}
	span, ok := u.articleSelection()
	if !ok {
		u.status.SetText("Select the words of the event first: drag across them in the article, or find them (Ctrl+F).")
		return
	}
	body := u.tl.Article.Body
	words := widget.NewLabel("“" + clip(body[span.Start:span.End], 240) + "”")
	words.Wrapping = fyne.TextWrapWord
	label := widget.NewEntry()
	label.SetPlaceHolder("the selected words")
	date := dateEntry("", u.tl.Article.Published.Location())
	mod := modalitySelect(timeline.Happened)
	items := []*widget.FormItem{
		{Text: "Words", Widget: words},
		{Text: "Label", Widget: label},
		{Text: "Date", Widget: date, HintText: "2024, 2024-06, 2024-06-12, 2024-W25, 2024-SU, 2024-Q3 or FROM/TO"},
		{Text: "Modality", Widget: mod},
	}
	f := &eventForm{label: label, date: date, modality: mod}
	f.dialog = dialog.NewForm("Add event", "Add", "Cancel", items, func(add bool) {
		u.form = nil
		if !add {
			return
		}
		op := edit.Add{Span: span, Date: edit.Date{Value: strings.TrimSpace(date.Text)}, Label: label.Text,
			Modality: timeline.Modality(mod.Selected)}
		key := edit.Key{Start: span.Start, End: span.End, Text: body[span.Start:span.End]}
		u.apply(key, true, func() edit.Op { return op })
	}, u.win)
	u.form = f
	f.dialog.Resize(fyne.NewSize(520, 340))
	f.dialog.Show()
}

// eventChoice names an event in a list of choices.
func eventChoice(e timeline.Event) string {
	return fmt.Sprintf("%s · %s · %s", e.ID, shortWhen(e), e.Label)
}

// choiceForm is the open Merge or Split dialog's fields (tests fill them).
type choiceForm struct {
	dialog *dialog.FormDialog
	pick   *widget.Select  // merge: the other event
	checks []*widget.Check // split: the mentions that move
}

// showMerge asks for another event and merges it into the selected one,
// which keeps its label, date and modality.
func (u *UI) showMerge() {
	e := u.needSelection("merge it with another")
	if e == nil {
		return
	}
	if len(u.tl.Events) < 2 {
		u.status.SetText("There is no other event to merge with.")
		return
	}
	key, id := edit.KeyOf(*e), e.ID
	var names []string
	ids := map[string]string{}
	for _, o := range u.tl.Events {
		if o.ID != id {
			names = append(names, eventChoice(o))
			ids[eventChoice(o)] = o.ID
		}
	}
	pick := widget.NewSelect(names, nil)
	note := widget.NewLabel(fmt.Sprintf("%q keeps its label, date and modality and takes the other event's words.", e.Label))
	note.Wrapping = fyne.TextWrapWord
	f := &choiceForm{pick: pick}
	f.dialog = dialog.NewForm("Merge "+id+" with…", "Merge", "Cancel",
		[]*widget.FormItem{{Widget: note}, {Text: "Event", Widget: pick}}, func(merge bool) {
			u.choice = nil
			if !merge || pick.Selected == "" {
				return
			}
			other := ids[pick.Selected]
			u.apply(key, true, func() edit.Op { return edit.Merge{Events: []string{id, other}} })
		}, u.win)
	u.choice = f
	f.dialog.Resize(fyne.NewSize(560, 260))
	f.dialog.Show()
}

// showSplit asks which of the selected event's mentions move to a new
// event.
func (u *UI) showSplit() {
	e := u.needSelection("split it")
	if e == nil {
		return
	}
	if len(e.Mentions) < 2 {
		u.status.SetText(fmt.Sprintf("%s has one mention: there is nothing to split.", e.ID))
		return
	}
	key, id := edit.KeyOf(*e), e.ID
	f := &choiceForm{}
	box := container.NewVBox(widget.NewLabel("Tick the words that are a different event:"))
	for _, m := range e.Mentions {
		c := widget.NewCheck(fmt.Sprintf("%q, ¶ %d: %s", m.Text, m.Paragraph, clip(sentenceOf(u.tl.Article, m), 60)), nil)
		f.checks = append(f.checks, c)
		box.Add(c)
	}
	f.dialog = dialog.NewForm("Split "+id, "Split", "Cancel", []*widget.FormItem{{Widget: box}}, func(split bool) {
		u.choice = nil
		if !split {
			return
		}
		var move []int
		for i, c := range f.checks {
			if c.Checked {
				move = append(move, i)
			}
		}
		u.apply(key, true, func() edit.Op { return edit.Split{Event: id, Mentions: move} })
	}, u.win)
	u.choice = f
	f.dialog.Resize(fyne.NewSize(640, 120+40*float32(len(e.Mentions))))
	f.dialog.Show()
}

// confirmRevert asks before discarding every correction (Undo brings
// them back).
func (u *UI) confirmRevert() {
	if u.session == nil {
		return
	}
	n := len(u.session.Corrections())
	if n == 0 {
		u.status.SetText("There are no corrections to revert.")
		return
	}
	d := dialog.NewConfirm("Revert to extracted",
		fmt.Sprintf("Discard %s and show the timeline as extracted? Undo brings them back.", plural(n, "correction")),
		func(ok bool) {
			if ok {
				u.revert()
			}
		}, u.win)
	d.Show()
}

// revert discards every correction.
func (u *UI) revert() {
	keep, ok := u.selectedKey()
	err := u.session.Revert()
	u.showCorrected(keep, ok)
	var se *edit.SaveError
	if err != nil && !errors.As(err, &se) {
		u.showError(err)
	}
}

// remark shows a new timeline of the article already shown (after a
// correction, or a new publication date) by re-marking the paragraphs
// whose marks changed, instead of building every paragraph again: the
// scroll position stays, and a long article is re-marked quickly. It
// reports false when tl is of another article text.
func (v *articleView) remark(tl *timeline.Timeline) bool {
	a := tl.Article
	if v.article == nil || a == nil || v.article.Body != a.Body || len(v.paras) != len(a.Paragraphs) {
		return false
	}
	old, oldSel := v.marks, v.selected
	v.article, v.selected, v.marks = a, -1, marksOf(tl)
	in := func(ms []mark, p timeline.Paragraph) []mark {
		lo := sort.Search(len(ms), func(i int) bool { return ms[i].start >= p.Start })
		hi := sort.Search(len(ms), func(i int) bool { return ms[i].start >= p.End })
		return ms[lo:hi]
	}
	for _, pv := range v.paras {
		was := in(old, pv.p)
		if !slices.Equal(was, in(v.marks, pv.p)) || slices.ContainsFunc(was, func(m mark) bool { return oldSel >= 0 && m.event == oldSel }) {
			v.render(pv)
		}
	}
	return true
}

// clip shortens s to at most n runes, ending it with an ellipsis.
func clip(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= n {
		return string(r)
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// describeCorrection says in a line what a correction does.
func describeCorrection(c edit.Correction) string {
	words := func(k edit.Key) string { return "“" + k.Text + "”" }
	switch c.Op {
	case edit.OpLabel:
		return fmt.Sprintf("label of %s: %s", words(c.Target), c.Label)
	case edit.OpDate:
		return fmt.Sprintf("date of %s: %s", words(c.Target), c.Date.Value)
	case edit.OpModality:
		return fmt.Sprintf("modality of %s: %s", words(c.Target), c.Modality)
	case edit.OpDelete:
		return "deleted " + words(c.Target)
	case edit.OpAdd:
		return fmt.Sprintf("added %s, dated %s", words(c.Target), c.Date.Value)
	case edit.OpMerge:
		var with []string
		for _, k := range c.With {
			with = append(with, words(k))
		}
		return fmt.Sprintf("merged %s into %s", strings.Join(with, ", "), words(c.Target))
	case edit.OpSplit:
		var move []string
		for _, k := range c.Move {
			move = append(move, words(k))
		}
		return fmt.Sprintf("split %s from %s", strings.Join(move, ", "), words(c.Target))
	}
	return c.Op + " " + words(c.Target)
}

// correctionsText lists the corrections in force, oldest first, each
// orphan with the reason it no longer applies, and what Open found amiss.
func correctionsText(s *edit.Session) string {
	var b strings.Builder
	for _, w := range s.Warnings() {
		fmt.Fprintf(&b, "⚠ %s\n\n", w)
	}
	orphans := map[int]edit.Orphan{}
	for _, o := range s.Orphans() {
		orphans[o.Index] = o
	}
	cs := s.Corrections()
	if len(cs) == 0 {
		b.WriteString("No corrections: the timeline is as extracted.\n")
	}
	for i, c := range cs {
		fmt.Fprintf(&b, "%d. %s\n", i+1, describeCorrection(c))
		if o, ok := orphans[i]; ok {
			how := "no longer applies"
			if o.Partial {
				how = "applies only in part"
			}
			fmt.Fprintf(&b, "    ⚠ %s: %s (kept)\n", how, o.Reason)
		}
	}
	switch p := s.SidecarPath(); p {
	case "":
		b.WriteString("\nThis article has no file: its corrections are kept in memory only.")
	default:
		fmt.Fprintf(&b, "\nSaved in %s", p)
	}
	return b.String()
}

// showCorrections lists the corrections made to the open article
// (Edit > Corrections…), and opens by itself when the article's
// corrections could not all be read or applied.
func (u *UI) showCorrections() {
	if u.session == nil {
		return
	}
	text := widget.NewLabel(correctionsText(u.session))
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(560, 280))
	dialog.ShowCustom("Corrections", "Close", scroll, u.win)
}
