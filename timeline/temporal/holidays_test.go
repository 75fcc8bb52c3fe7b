package temporal

import (
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
