package edit

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/dateline-app/dateline/timeline"
)

// state is one point of the edit history. Its corrections slice is only
// ever appended to by the next state, so states share it safely.
type state struct {
	corrections []Correction
	published   time.Time // publication date override; zero: the article's own
}

// Session is an article open for correction: its extracted timeline, the
// corrections made to it, their undo history and their sidecar file.
//
// Every change (Apply, Undo, Redo, Revert, SetPublished) is saved to the
// sidecar before the call returns, so a crash loses nothing already
// applied. Each change makes a new Timeline; one returned earlier is
// never modified, and callers must not modify it either.
//
// A Session is not safe for concurrent use: the GUI calls it from its UI
// goroutine only. OnChange functions run on the goroutine that made the
// change, after it was saved.
type Session struct {
	path    string // article file; "" for text with no file (nothing is saved)
	sum     string
	article *timeline.Article

	base    *timeline.Timeline // extraction at basePub, before corrections
	basePub time.Time
	cur     *timeline.Timeline
	orphans []Orphan

	history []state
	pos     int

	warnings []string
	badSide  bool // the sidecar could not be read: set it aside before the first save
	saveErr  error
	onChange []func()

	extract func(*timeline.Article) *timeline.Timeline // timeline.Extract
	// write is timeline.WriteFileAtomic; tests replace it to fail or crash.
	write func(path string, fn func(io.Writer) error) error
}

// Open loads the article read from articlePath (data is the file's
// content; the file itself is never written) and the corrections saved
// beside it in SidecarPath(articlePath), and applies them. An empty
// articlePath opens text that has no file: nothing is saved.
//
// Only an unreadable article is an error. A sidecar that cannot be read
// is reported in Warnings, the session starts with no corrections, and
// the unreadable file is renamed to SIDECAR.bad (not overwritten) at the
// first save. An article edited since the corrections were saved is
// reported in Warnings too; corrections whose words are gone are listed by
// Orphans.
func Open(articlePath string, data []byte) (*Session, error) {
	return open(articlePath, data, timeline.Extract)
}

// open is Open with the extraction given (tests use hand-built timelines).
func open(articlePath string, data []byte, extract func(*timeline.Article) *timeline.Timeline) (*Session, error) {
	a, err := timeline.Load(articlePath, data)
	if err != nil {
		return nil, err
	}
	s := &Session{path: articlePath, sum: Checksum(data), article: a, extract: extract, write: timeline.WriteFileAtomic}
	st := state{}
	if articlePath != "" {
		sc, err := ReadSidecar(SidecarPath(articlePath))
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			s.badSide = true
			s.warnings = append(s.warnings, fmt.Sprintf("%v; starting with no corrections (the file will be kept as %s.bad)",
				err, filepath.Base(SidecarPath(articlePath))))
		default:
			st.corrections = sc.Corrections
			st.published, _ = sc.PublishedTime()
			if sc.SHA256 != s.sum {
				s.warnings = append(s.warnings, fmt.Sprintf("%s changed since its corrections were saved; they are matched to it by their words",
					filepath.Base(articlePath)))
			}
		}
	}
	s.history = []state{st}
	s.recompute()
	return s, nil
}

// Article returns the article as loaded, with the publication date in
// force (the override, if one was set).
func (s *Session) Article() *timeline.Article { return s.cur.Article }

// Timeline returns the corrected timeline. Without a publication date it
// has no events (see NeedsPublished).
func (s *Session) Timeline() *timeline.Timeline { return s.cur }

// NeedsPublished reports whether the article has no publication date, in
// its front matter or set by SetPublished: nothing can be dated until one
// is set.
func (s *Session) NeedsPublished() bool { return !s.cur.Article.HasPublished }

// Corrections returns the corrections in force, oldest first (the
// slice is shared: do not modify it).
func (s *Session) Corrections() []Correction { return s.history[s.pos].corrections }

// Orphans returns the corrections that could not be applied to the
// current extraction. They stay in the sidecar.
func (s *Session) Orphans() []Orphan { return s.orphans }

// Warnings returns what Open found amiss: an unreadable sidecar, an
// article edited since its corrections were saved.
func (s *Session) Warnings() []string { return s.warnings }

// SaveError returns the error of the last save, or nil when the sidecar
// holds every change. A change whose save failed stays applied; the next
// change saves it again.
func (s *Session) SaveError() error { return s.saveErr }

// SidecarPath returns the file the corrections are saved in ("" when
// nothing is saved).
func (s *Session) SidecarPath() string {
	if s.path == "" {
		return ""
	}
	return SidecarPath(s.path)
}

// OnChange registers f to be called after every change to the timeline.
func (s *Session) OnChange(f func()) { s.onChange = append(s.onChange, f) }

// Key returns the key of the event with the given ID in the current
// timeline: keep it to find the same event after a change renumbers the
// events.
func (s *Session) Key(id string) (Key, bool) {
	k, _, err := eventKey(s.cur, id)
	return k, err == nil
}

// EventID returns the current ID of the event holding the mention k.
func (s *Session) EventID(k Key) (string, bool) {
	if i := findEvent(s.cur, k); i >= 0 {
		return s.cur.Events[i].ID, true
	}
	return "", false
}

// Apply applies an operation, records it for Undo, clears Redo and saves.
// An operation that does not fit the current timeline (an unknown event,
// a date that ends before it starts, ...) is an error and changes
// nothing. A failed save is returned as a *SaveError; the change stays
// applied.
func (s *Session) Apply(op Op) error {
	if s.NeedsPublished() {
		return errors.New("the article has no publication date: set one first")
	}
	c, err := op.correction(s.cur)
	if err != nil {
		return err
	}
	next := clone(s.cur)
	if reason := applyOne(next, c); reason != "" {
		return errors.New(reason)
	}
	sortEvents(next.Events)
	st := s.history[s.pos]
	// Appending is safe: the states after pos, which may share the
	// slice's backing array, are being discarded.
	s.push(state{corrections: append(st.corrections, c), published: st.published})
	s.cur = next
	return s.changed()
}

// ApplyAll applies several operations as one step: a single Undo takes
// them all back ("Edit event" changing label, date and modality at once).
// Each operation is made only when the one before has been applied, since
// event IDs renumber as dates change. It stops at the first operation
// that does not fit, keeping those applied before it; a failed save does
// not stop it and is returned at the end.
func (s *Session) ApplyAll(ops ...func() Op) error {
	start := s.pos
	var saveErr error
	for _, op := range ops {
		err := s.Apply(op())
		var se *SaveError
		if errors.As(err, &se) {
			saveErr = err
			continue
		}
		if err != nil {
			s.squash(start)
			return err
		}
	}
	s.squash(start)
	return saveErr
}

// squash makes the states pushed since history position start one step.
func (s *Session) squash(start int) {
	if s.pos > start+1 {
		s.history = append(s.history[:start+1], s.history[s.pos])
		s.pos = start + 1
	}
}

// SetPublished sets the publication date and re-resolves every date:
// the article is extracted again and the corrections applied anew. It can
// be undone like any correction.
func (s *Session) SetPublished(t time.Time) error {
	if t.IsZero() {
		return errors.New("no publication date given")
	}
	st := s.history[s.pos]
	s.push(state{corrections: st.corrections, published: t})
	s.recompute()
	return s.changed()
}

// Revert discards every correction, back to the extracted timeline (a
// publication date set by hand is kept). The sidecar is saved with an
// empty list, and Undo brings the corrections back.
func (s *Session) Revert() error {
	st := s.history[s.pos]
	if len(st.corrections) == 0 {
		return nil
	}
	s.push(state{published: st.published})
	s.recompute()
	return s.changed()
}

// DropOrphans removes the corrections that no longer apply (Orphans) from
// the sidecar, after the reader has seen them. Corrections applied only
// in part are kept. It can be undone.
func (s *Session) DropOrphans() error {
	st := s.history[s.pos]
	drop := map[int]bool{}
	for _, o := range s.orphans {
		if !o.Partial {
			drop[o.Index] = true
		}
	}
	if len(drop) == 0 {
		return nil
	}
	var kept []Correction
	for i, c := range st.corrections {
		if !drop[i] {
			kept = append(kept, c)
		}
	}
	s.push(state{corrections: kept, published: st.published})
	s.recompute()
	return s.changed()
}

// CanUndo reports whether there is a change to undo.
func (s *Session) CanUndo() bool { return s.pos > 0 }

// CanRedo reports whether there is an undone change to redo.
func (s *Session) CanRedo() bool { return s.pos < len(s.history)-1 }

// Undo undoes the last change and saves; it reports false when there was
// none. A failed save is reported by SaveError.
func (s *Session) Undo() bool {
	if !s.CanUndo() {
		return false
	}
	s.pos--
	s.recompute()
	s.changed()
	return true
}

// Redo redoes the last undone change and saves; it reports false when
// there was none.
func (s *Session) Redo() bool {
	if !s.CanRedo() {
		return false
	}
	s.pos++
	s.recompute()
	s.changed()
	return true
}

func (s *Session) push(st state) {
	s.history = append(s.history[:s.pos+1], st)
	s.pos++
}

// recompute rebuilds the current timeline from the extraction at the
// publication date in force (extracting again only when it changed) and
// the corrections.
func (s *Session) recompute() {
	st := s.history[s.pos]
	a := *s.article
	if !st.published.IsZero() {
		a.Published, a.HasPublished = st.published, true
	}
	if !a.HasPublished {
		s.base, s.cur, s.orphans = nil, &timeline.Timeline{Article: &a}, nil
		return
	}
	if s.base == nil || !s.basePub.Equal(a.Published) || s.base.Article.Published.Location() != a.Published.Location() {
		s.base, s.basePub = s.extract(&a), a.Published
	}
	s.cur, s.orphans = Apply(s.base, st.corrections)
}

// SaveError is a failure to write the sidecar.
type SaveError struct {
	Path string
	Err  error
}

func (e *SaveError) Error() string { return fmt.Sprintf("saving corrections to %s: %v", e.Path, e.Err) }
func (e *SaveError) Unwrap() error { return e.Err }

// changed saves and tells the OnChange functions.
func (s *Session) changed() error {
	s.saveErr = s.save()
	for _, f := range s.onChange {
		f()
	}
	return s.saveErr
}

func (s *Session) save() error {
	if s.path == "" {
		return nil
	}
	path := SidecarPath(s.path)
	if s.badSide {
		if err := os.Rename(path, path+".bad"); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return &SaveError{path, err}
		}
		s.badSide = false
	}
	st := s.history[s.pos]
	sc := &Sidecar{Schema: SchemaVersion, Article: filepath.Base(s.path), SHA256: s.sum,
		Corrections: st.corrections}
	if sc.Corrections == nil {
		sc.Corrections = []Correction{}
	}
	if !st.published.IsZero() {
		sc.Published = st.published.Format(time.RFC3339)
	}
	if err := s.write(path, sc.encode); err != nil {
		return &SaveError{path, err}
	}
	return nil
}
