package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/dateline-app/dateline/timeline"
)

// CSVHeader is the first row CSV writes.
var CSVHeader = []string{"id", "start", "end", "value", "grain", "label", "modality",
	"soft_start", "soft_end", "paragraphs", "evidence", "why"}

// CSV writes one row per event under CSVHeader: the interval [start, end)
// as YYYY-MM-DD (end exclusive, as in `dateline extract`; a clock time as
// YYYY-MM-DDThh:mm), the TIMEX3
// value and grain, the label, the modality, whether a bound is only a
// limit, the paragraph numbers ("2;8"), the evidence — each mention on its
// own line as ¶N “sentence” — how its date was worked out — and how a
// date fused from several clues was worked out. The output reads back with
// encoding/csv.
func CSV(w io.Writer, tl *timeline.Timeline) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, e := range tl.Events {
		ev := make([]string, len(e.Mentions))
		for i, m := range e.Mentions {
			ev[i] = evidence(tl, e, m)
		}
		row := []string{e.ID, dateString(e.Start), dateString(e.End), e.Value, e.Grain, e.Label,
			string(e.Modality), strconv.FormatBool(e.SoftStart), strconv.FormatBool(e.SoftEnd),
			paragraphs(e.Paragraphs), strings.Join(ev, "\n"), e.Why}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
