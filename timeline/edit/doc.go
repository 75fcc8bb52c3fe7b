// Package edit is the corrections model of Dateline: the changes a reader
// makes by hand to an extracted timeline (an event's label, date, range or
// modality; deleting, adding, merging and splitting events; the
// publication date), with undo and redo, saved as they are made to a
// sidecar file beside the article (story.md -> story.md.dateline.json).
//
// Corrections name events by the byte spans and words of their mentions
// in the article body (Key), never by IDs such as "e3", so they survive a
// new extraction: when the publication date changes, the tagger improves
// or the article is edited, they are applied again to what is extracted.
// A correction whose words are no longer an event is kept and reported
// (Orphan), never dropped silently.
//
// The package is headless: the GUI drives a Session, and `dateline
// extract` applies the same sidecar (ForExtract, Sidecar.Apply), so the
// command line prints what the window shows. The article file is never
// written.
package edit
