package temporal

import (
	"os"
	"strings"
	"testing"
	"time"
)

// Hindu festivals against the dates Indian almanacs (panchang) published
// for those years. The model (Sun and Moon to about 0.01°, Lahiri
// ayanamsa, tithi at a fixed observance time at Ujjain) can be a day off
// when a tithi changes within minutes of the observance time.
func TestHinduFestivals(t *testing.T) {
	for _, c := range []struct {
		name, want string
	}{
		{"diwali", "2019-10-27"}, {"diwali", "2022-10-24"}, {"diwali", "2023-11-12"}, {"diwali", "2024-10-31"},
		{"holi", "2023-03-08"}, {"holi", "2024-03-25"}, {"holi", "2025-03-14"},
		{"makarsankranti", "2023-01-15"}, {"makarsankranti", "2024-01-15"}, {"makarsankranti", "2025-01-14"},
		{"rakshabandhan", "2024-08-19"}, {"krishnajanmashtami", "2024-08-26"}, {"ganeshchaturthi", "2024-09-07"},
		{"dussehra", "2024-10-12"}, {"mahashivaratri", "2024-03-08"}, {"vaisakhi", "2024-04-13"},
		{"ugadi", "2024-04-09"}, {"navaratri", "2024-10-03"},
		{"gurunanakjayanti", "2024-11-15"}, {"gurunanakjayanti", "2023-11-27"}, {"hanumanjayanti", "2024-04-23"},
		{"akshayatritiya", "2024-05-10"}, {"gurupurnima", "2024-07-21"}, {"govardhanpuja", "2024-11-02"},
		{"bhaidooj", "2024-11-03"}, {"chhath", "2024-11-07"}, {"dhanteras", "2024-10-29"}, {"karvachauth", "2024-10-20"},
		{"ganeshchaturthi", "2023-09-19"}, {"rakshabandhan", "2023-08-30"}, {"rakshabandhan", "2022-08-11"},
		{"mahashivaratri", "2025-02-26"}, {"mahashivaratri", "2023-02-18"}, {"navaratri", "2023-10-15"},
		{"dussehra", "2023-10-24"}, {"ugadi", "2025-03-30"}, {"ugadi", "2023-03-22"}, {"ramanavami", "2024-04-17"},
		{"ramanavami", "2023-03-30"}, {"vasantpanchami", "2024-02-14"}, {"vasantpanchami", "2025-02-02"},
		{"nagpanchami", "2024-08-09"}, {"holikadahan", "2024-03-24"}, {"holi", "2022-03-18"},
		{"diwali", "2025-10-20"}, {"ganeshchaturthi", "2025-08-27"}, {"onam", "2019-09-11"}, {"onam", "2022-09-08"},
		{"onam", "2023-08-29"},
		// Known misses, left out: Dussehra 2022 (5 October; the afternoon
		// rule gives the 4th, when the tenth began at 14:20), Janmashtami
		// 2025 (16 August; midnight gives the 15th: almanacs also weigh
		// the Rohini asterism), Onam 2024 (see onam).
	} {
		y := c.want[:4]
		yy := 0
		for _, r := range y {
			yy = yy*10 + int(r-'0')
		}
		h := holidayByKey[c.name]
		if h == nil {
			t.Fatalf("no holiday %q", c.name)
		}
		got, _, why, ok := holidayIn(h, yy)
		if !ok || got.Format(time.DateOnly) != c.want {
			t.Errorf("%s %d = %s; want %s (%s)", h.name, yy, got.Format(time.DateOnly), c.want, why)
		}
	}
}

// Every written name of every holiday is found, whole, before a year, and
// resolves to a day computed for that year.
func TestEveryHolidayName(t *testing.T) {
	pub := date(2024, 6, 12)
	for _, h := range holidayTable {
		for _, n := range h.names {
			text := n + " 2019"
			if h.nationalOnly {
				// no date of its own: the nation's, from its owner or the dateline
				if got := Tag(text, Options{Published: pub}); len(got) != 1 || got[0].Text != "2019" {
					t.Errorf("Tag(%q) = %v; want only the year (%s has no date without a nation)", text, got, h.name)
				}
				for nation, d := range nationalDays {
					if strings.HasPrefix(nation, h.name+"|") && (d.on == nil || d.how == "") {
						t.Errorf("nationalDays[%q] has no date", nation)
					}
				}
				continue
			}
			got := Tag(text, Options{Published: pub})
			if len(got) != 1 || got[0].Text != text {
				var found []string
				for _, g := range got {
					found = append(found, g.Text)
				}
				t.Errorf("Tag(%q) found %q; want the whole text (%s)", text, found, h.name)
				continue
			}
			if got[0].Begin.Year() != 2019 || got[0].Why == "" {
				t.Errorf("Resolve(%q) = %s; want a day in 2019 (%s)", text, got[0].Value, got[0].Why)
			}
		}
	}
}

// Festivals of the Chinese calendar against the dates published by Hong
// Kong's and Seoul's public-holiday lists (2020 and 2033 have leap
// months, in 2020 before the 5th month, in 2033 after the 8th).
func TestChineseFestivals(t *testing.T) {
	for _, tt := range []struct {
		name string
		want []string
	}{
		{"mid-autumn festival", []string{"2017-10-04", "2020-10-01", "2023-09-29", "2024-09-17", "2025-10-06", "2026-09-25", "2033-09-08"}},
		{"chuseok", []string{"2017-10-04", "2020-10-01", "2023-09-29", "2024-09-17", "2025-10-06", "2026-09-25", "2033-09-08"}},
		{"dragon boat festival", []string{"2017-05-30", "2020-06-25", "2023-06-22", "2024-06-10", "2025-05-31", "2026-06-19", "2033-06-01"}},
		{"qingming", []string{"2017-04-04", "2020-04-04", "2023-04-05", "2024-04-04", "2025-04-04", "2026-04-05", "2033-04-04"}},
	} {
		h := holidayByKey[holidayKey(tt.name)]
		for _, want := range tt.want {
			w, _ := time.Parse(time.DateOnly, want)
			if got, _, ok := h.on(w.Year()); !ok || !got.Equal(w) {
				t.Errorf("%s %d = %s; want %s", h.name, w.Year(), got.Format(time.DateOnly), want)
			}
		}
	}
}

// Jewish holidays by the evening they begin (see holidays.go), with the
// Israeli moves off the Sabbath's neighbours, against published calendars.
func TestJewishHolidays(t *testing.T) {
	for _, c := range []struct {
		key  string
		year int
		eve  string
	}{
		{"yomhaatzmaut", 2024, "2024-05-13"}, // 5 Iyar on a Monday: to Tuesday
		{"yomhaatzmaut", 2025, "2025-04-30"}, // on a Saturday: to Thursday
		{"yomhaatzmaut", 2018, "2018-04-18"}, // on a Friday: to Thursday
		{"yomhashoah", 2024, "2024-05-05"},   // 27 Nisan on a Sunday: to Monday
		{"yomhashoah", 2025, "2025-04-23"},   // on a Friday: to Thursday
		{"tishabav", 2025, "2025-08-02"},
		{"tishabav", 2018, "2018-07-21"}, // 9 Av on the Sabbath: to Sunday
		{"lagbaomer", 2025, "2025-05-15"},
		{"tubishvat", 2025, "2025-02-12"},
		{"purim", 2025, "2025-03-13"},
		{"shavuot", 2025, "2025-06-01"},
		{"sukkot", 2024, "2024-10-16"},
		{"simchattorah", 2024, "2024-10-24"},
		{"hanukkah", 2025, "2025-12-14"},
		{"passover", 2025, "2025-04-12"},
	} {
		got, _, why, ok := holidayIn(holidayByKey[c.key], c.year)
		if !ok || got.Format(time.DateOnly) != c.eve {
			t.Errorf("%s %d begins at sundown on %s; want %s (%s)", c.key, c.year, got.Format(time.DateOnly), c.eve, why)
		}
	}
}

// TestGuards checks that the rules' Guards pass every window whose match
// the rule takes (the pattern matches up to a word's end and Extract
// accepts it, as in matchAt): over the spec, every rule's Examples and
// each holiday name written in the ways pHoliday allows, at every word of
// the text.
func TestGuards(t *testing.T) {
	spec, err := os.ReadFile("testdata/corpus.txt")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.Write(spec)
	for _, r := range rules {
		for _, ex := range r.Examples {
			b.WriteString("\nIt was " + ex + ".")
		}
	}
	for _, h := range holidayTable {
		for _, n := range h.names {
			ws := holidayWords(n)
			for _, sep := range []string{" ", "-", "’", ". ", ""} {
				b.WriteString("\nlast " + strings.Join(ws, sep) + " 2019, three days after " + strings.ToUpper(strings.Join(ws, sep)))
			}
		}
	}
	text := b.String()
	lower := lowerASCII(text)
	checked := 0
	for _, r := range rules {
		if r.Guard == nil {
			continue
		}
		for i := range len(lower) {
			if i > 0 && isLowerAlnum(lower[i-1]) || !isLowerAlnum(lower[i]) {
				continue
			}
			w := lower[i:min(len(lower), i+maxSpan)]
			loc := r.re.FindStringSubmatchIndex(w)
			if loc == nil || loc[1] == 0 || !boundary(text, i+loc[1]) {
				continue
			}
			m := &match{text: text, start: i, end: i + loc[1], names: r.re.SubexpNames(), loc: loc}
			if _, ok := r.Extract(m); !ok {
				continue
			}
			checked++
			if !r.Guard(w) {
				t.Errorf("rule %q takes %q, which its Guard rejects", r.Name, text[i:i+loc[1]])
			}
		}
	}
	if checked < 2000 {
		t.Errorf("only %d matches checked", checked)
	}
}
