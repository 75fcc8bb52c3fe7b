package timeline

import (
	"testing"
)

func mention(text, value, mod, begin, finish string) Mention {
	return Mention{Text: text, Value: value, Mod: mod, Begin: day(begin), Finish: day(finish)}
}

func TestFuse(t *testing.T) {
	summer := mention("this summer", "2024-SU", "", "2024-06-01", "2024-09-01")
	coming := mention("in the coming weeks", "FUTURE_REF", "", "2024-06-12", "2024-07-03")
	earliest := mention("as early as next week", "2024-W25", "ON_OR_AFTER", "2024-06-17", "2024-06-24")
	march := mention("in March", "2024-03", "", "2024-03-01", "2024-04-01")
	nextWeek := mention("as early as next week", "2025-W17", "ON_OR_AFTER", "2025-04-21", "2025-04-28")
	byEnd := mention("the end of the month", "2025-04", "ON_OR_BEFORE", "2025-04-21", "2025-05-01")
	tests := []struct {
		name           string
		ms             []Mention
		lo, hi         string
		softLo, softHi bool
		ok             bool
	}{
		{"one clue", []Mention{summer}, "2024-06-01", "2024-09-01", false, false, true},
		{"earliest bound alone is soft at the end", []Mention{earliest}, "2024-06-17", "2024-06-24", false, true, true},
		{"a vague future keeps only its start", []Mention{coming}, "2024-06-12", "2024-07-03", false, true, true},
		{"visit: summer, coming weeks, as early as next week", []Mention{summer, coming, earliest}, "2024-06-17", "2024-09-01", false, false, true},
		{"order does not matter", []Mention{earliest, summer, coming}, "2024-06-17", "2024-09-01", false, false, true},
		{"earliest and latest bounds", []Mention{nextWeek, byEnd}, "2025-04-21", "2025-05-01", false, false, true},
		{"latest bound alone is soft at the start", []Mention{byEnd}, "2025-04-21", "2025-05-01", true, false, true},
		{"disjoint clues do not fuse", []Mention{summer, march}, "2024-06-01", "2024-04-01", false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var f fusion
			for _, m := range tt.ms {
				f = f.with(m)
			}
			lo, hi, softLo, softHi, ok := f.result()
			if ok != tt.ok {
				t.Fatalf("fusion of %s: ok = %v; want %v", tt.name, ok, tt.ok)
			}
			if !ok {
				return
			}
			if !lo.Equal(day(tt.lo)) || !hi.Equal(day(tt.hi)) || softLo != tt.softLo || softHi != tt.softHi {
				t.Errorf("fusion of %s = %s..%s soft %v/%v; want %s..%s soft %v/%v", tt.name, dateString(lo), dateString(hi),
					softLo, softHi, tt.lo, tt.hi, tt.softLo, tt.softHi)
			}
		})
	}
}

// TestMerge checks merging on whole short articles: one event told twice
// is one event; different actions on one date stay apart.
func TestMerge(t *testing.T) {
	tests := []struct {
		name   string
		body   string
		events int
	}{
		{"trip told twice", "Kim made a rare trip to Russia last year.\n\nDuring his trip to Russia last year, Kim met Putin.", 1},
		{"will visit and the visit", "Putin will visit Hanoi this summer.\n\nThe visit could take place as early as next week.", 1},
		{"two actions in one month", "The Kremlin told reporters in May that talks were planned.\n\nA Pentagon report published last month said troops had moved.", 2},
		{"same word, different actors", "Kim visited Moscow last year.\n\nXi visited Moscow last year.", 2},
		{"same actor, different dates", "Kim visited Moscow in March.\n\nKim visited Moscow again in May.", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := loadTestArticle(t, tt.name, []byte("---\npublished: 2024-06-12\n---\n\n"+tt.body+"\n"))
			tl := Extract(a)
			if len(tl.Events) != tt.events {
				for _, e := range tl.Events {
					t.Logf("%s %s..%s %q %v", e.ID, dateString(e.Start), dateString(e.End), e.Label, e.Paragraphs)
				}
				t.Errorf("Extract(%q) has %d events; want %d", tt.name, len(tl.Events), tt.events)
			}
		})
	}
}
