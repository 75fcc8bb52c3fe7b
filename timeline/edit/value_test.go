package edit

import (
	"testing"
	"time"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestParseValue(t *testing.T) {
	tests := []struct {
		name, value string
		start, end  time.Time
		grain       string
	}{
		{"year", "2023", day(2023, 1, 1), day(2024, 1, 1), "year"},
		{"month", "2024-03", day(2024, 3, 1), day(2024, 4, 1), "month"},
		{"December", "2024-12", day(2024, 12, 1), day(2025, 1, 1), "month"},
		{"day", "2024-06-12", day(2024, 6, 12), day(2024, 6, 13), "day"},
		{"leap day", "2024-02-29", day(2024, 2, 29), day(2024, 3, 1), "day"},
		{"ISO week", "2024-W25", day(2024, 6, 17), day(2024, 6, 24), "week"},
		{"ISO week 1 starting in December", "2025-W01", day(2024, 12, 30), day(2025, 1, 6), "week"},
		{"summer", "2024-SU", day(2024, 6, 1), day(2024, 9, 1), "season"},
		{"winter runs into the next year", "2024-WI", day(2024, 12, 1), day(2025, 3, 1), "season"},
		{"quarter", "2024-Q3", day(2024, 7, 1), day(2024, 10, 1), "quarter"},
		{"half", "2024-H2", day(2024, 7, 1), day(2025, 1, 1), "half"},
		{"decade", "202", day(2020, 1, 1), day(2030, 1, 1), "decade"},
		{"century", "19", day(1900, 1, 1), day(2000, 1, 1), "century"},
		{"range of months", "2024-06/2024-08", day(2024, 6, 1), day(2024, 9, 1), "month"},
		{"range of days", "2024-06-12/2024-06-20", day(2024, 6, 12), day(2024, 6, 21), "day"},
		{"spaces", " 2024 ", day(2024, 1, 1), day(2025, 1, 1), "year"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ParseValue(tt.value, time.UTC)
			if err != nil {
				t.Fatalf("ParseValue(%q): %v", tt.value, err)
			}
			if !d.Start.Equal(tt.start) || !d.End.Equal(tt.end) || d.Grain != tt.grain {
				t.Errorf("ParseValue(%q) = [%s, %s) %s; want [%s, %s) %s", tt.value,
					d.Start.Format(time.DateOnly), d.End.Format(time.DateOnly), d.Grain,
					tt.start.Format(time.DateOnly), tt.end.Format(time.DateOnly), tt.grain)
			}
		})
	}
}

func TestParseValueErrors(t *testing.T) {
	for _, v := range []string{"", "PAST_REF", "2024-13", "2024-02-30", "2024-W54", "2024-Q5", "2024-H3",
		"2024-XX", "June 2024", "2024-08/2024-06", "2024/"} {
		if d, err := ParseValue(v, time.UTC); err == nil {
			t.Errorf("ParseValue(%q) = %+v; want an error", v, d)
		}
	}
}

func TestFormatValue(t *testing.T) {
	tests := []struct {
		name       string
		start, end time.Time
		want       string
	}{
		{"day", day(2024, 6, 12), day(2024, 6, 13), "2024-06-12"},
		{"month", day(2024, 6, 1), day(2024, 7, 1), "2024-06"},
		{"year", day(2024, 1, 1), day(2025, 1, 1), "2024"},
		{"days", day(2024, 6, 17), day(2024, 9, 1), "2024-06-17/2024-08-31"},
		{"times", time.Date(2024, 6, 12, 9, 30, 0, 0, time.UTC), time.Date(2024, 6, 12, 10, 0, 0, 0, time.UTC), "2024-06-12T09:30/2024-06-12T10:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FormatValue(tt.start, tt.end); got != tt.want {
				t.Errorf("FormatValue(%s, %s) = %q; want %q", tt.start, tt.end, got, tt.want)
			}
			if p, err := ParseValue(tt.want, time.UTC); err == nil && (!p.Start.Equal(tt.start) || !p.End.Equal(tt.end)) {
				t.Errorf("ParseValue(FormatValue) = [%s, %s); want [%s, %s)", p.Start, p.End, tt.start, tt.end)
			}
		})
	}
}
