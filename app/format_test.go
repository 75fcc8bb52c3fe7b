package app

import (
	"testing"
	"time"

	"github.com/dateline-app/dateline/timeline"
)

func TestWhen(t *testing.T) {
	at := func(y int, m time.Month, d, h, mi int) time.Time { return time.Date(y, m, d, h, mi, 0, 0, time.UTC) }
	tests := []struct {
		name        string
		start, end  time.Time
		when, short string
	}{
		{"day", day(2024, 6, 12), day(2024, 6, 13), "12 June 2024", "2024-06-12"},
		{"month", day(2024, 3, 1), day(2024, 4, 1), "March 2024", "2024-03"},
		{"year", day(2023, 1, 1), day(2024, 1, 1), "2023", "2023"},
		{"range", day(2024, 6, 17), day(2024, 9, 1), "17 June – 31 August 2024", "2024-06-17 …"},
		{"within a day", at(2025, 1, 21, 4, 17), at(2025, 1, 21, 4, 18), "21 January 2025", "2025-01-21"},
	}
	for _, tt := range tests {
		e := timeline.Event{Start: tt.start, End: tt.end}
		if got := when(e); got != tt.when {
			t.Errorf("%s: when = %q; want %q", tt.name, got, tt.when)
		}
		if got := shortWhen(e); got != tt.short {
			t.Errorf("%s: shortWhen = %q; want %q", tt.name, got, tt.short)
		}
	}
}
