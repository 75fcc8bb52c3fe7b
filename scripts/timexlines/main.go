// Command timexlines is an evaluation helper, not part of the product: it
// tags isolated expressions, one JSON case per input line
// ({"id", "text", "ref", "kind"}), each against its own reference time, and
// prints one prediction per line ({"id", "value"}) in the form
// score_expr.py reads. It exists because running "dateline tag" once per
// expression would measure process start-up, not the tagger.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/dateline-app/dateline/timeline/temporal"
)

type testCase struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	Ref  string `json:"ref"`
	Kind string `json:"kind"`
}

type prediction struct {
	ID    string  `json:"id"`
	Value *string `json:"value"`
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	enc := json.NewEncoder(os.Stdout)
	for in.Scan() {
		var c testCase
		if err := json.Unmarshal(in.Bytes(), &c); err != nil {
			fmt.Fprintln(os.Stderr, "timexlines:", err)
			os.Exit(1)
		}
		ref, err := time.Parse(time.RFC3339, c.Ref)
		if err != nil {
			fmt.Fprintln(os.Stderr, "timexlines:", c.ID, err)
			os.Exit(1)
		}
		p := prediction{ID: c.ID}
		if t, ok := widest(temporal.Tag(c.Text, temporal.Options{Published: ref})); ok {
			v := t.Value
			if c.Kind == "interval" && t.Placeable() {
				v = t.Begin.Format(layout(t)) + "/" + t.Finish.Format(layout(t))
			}
			p.Value = &v
		}
		enc.Encode(p)
	}
}

// widest picks the longest expression found: the one that stands for the
// whole case.
func widest(ts []temporal.Timex) (temporal.Timex, bool) {
	var best temporal.Timex
	for _, t := range ts {
		if t.End-t.Start > best.End-best.Start {
			best = t
		}
	}
	return best, len(ts) > 0
}

func layout(t temporal.Timex) string {
	if t.Grain == temporal.GrainTime || t.Grain == temporal.GrainPartOfDay {
		return "2006-01-02T15"
	}
	return "2006-01-02"
}
