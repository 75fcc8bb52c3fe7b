package app

import (
	"testing"

	"github.com/dateline-app/dateline/timeline"
)

func TestExportScope(t *testing.T) {
	tl := &timeline.Timeline{Events: []timeline.Event{{ID: "e1", Label: "one"}, {ID: "e2", Label: "two"}}}
	tests := []struct {
		name     string
		selected int
		only     bool
		want     []string
	}{
		{"all", 1, false, []string{"e1", "e2"}},
		{"selected", 1, true, []string{"e2"}},
		{"selected but none", -1, true, []string{"e1", "e2"}},
	}
	for _, tt := range tests {
		got := scoped(tl, tt.selected, tt.only)
		var ids []string
		for _, e := range got.Events {
			ids = append(ids, e.ID)
		}
		if len(ids) != len(tt.want) || ids[0] != tt.want[0] {
			t.Errorf("%s: scoped events %v; want %v", tt.name, ids, tt.want)
		}
	}
	if len(tl.Events) != 2 {
		t.Errorf("scoped changed the timeline it was given")
	}
}
