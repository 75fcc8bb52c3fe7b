package temporal

import (
	"math"
	"testing"
	"time"
)

// Dates known independently of this code (church, Jewish, Saudi, Chinese
// and Indian calendars as published for those years).

func TestEaster(t *testing.T) {
	for _, c := range []struct {
		y                   int
		western, orthodoxEq string
	}{
		{2000, "2000-04-23", "2000-04-30"},
		{2019, "2019-04-21", "2019-04-28"},
		{2021, "2021-04-04", "2021-05-02"},
		{2023, "2023-04-09", "2023-04-16"},
		{2024, "2024-03-31", "2024-05-05"},
		{2025, "2025-04-20", "2025-04-20"},
	} {
		m, d := easter(c.y)
		if got := date(c.y, m, d).Format(time.DateOnly); got != c.western {
			t.Errorf("easter(%d) = %s; want %s", c.y, got, c.western)
		}
		if got := orthodoxEaster(c.y).Format(time.DateOnly); got != c.orthodoxEq {
			t.Errorf("orthodoxEaster(%d) = %s; want %s", c.y, got, c.orthodoxEq)
		}
	}
}

func TestHebrewDate(t *testing.T) {
	for _, c := range []struct {
		y, m, d int
		want    string
	}{
		{5784, tishrei, 1, "2023-09-16"},  // Rosh Hashanah
		{5785, tishrei, 1, "2024-10-03"},  // began at sundown 2 October
		{5786, tishrei, 1, "2025-09-23"},  // began at sundown 22 September
		{5785, tishrei, 10, "2024-10-12"}, // Yom Kippur
		{5784, nisan, 15, "2024-04-23"},   // Passover
		{5784, adar, 14, "2024-03-24"},    // Purim, in Adar II of a leap year
		{5785, kislev, 25, "2024-12-26"},  // Hanukkah
		{5779, tishrei, 1, "2018-09-10"},
	} {
		if got := hebrewDate(c.y, c.m, c.d).Format(time.DateOnly); got != c.want {
			t.Errorf("hebrewDate(%d, %d, %d) = %s; want %s", c.y, c.m, c.d, got, c.want)
		}
	}
}

// The Islamic month starts against the Umm al-Qura calendar as published
// (Ramadan, Shawwal, Dhu al-Hijjah of 1436-1446 AH, 2015-2025), and the
// months of those years where the moonset test decides: the conjunction
// came before sunset at Mecca but the Moon set first.
func TestIslamicDate(t *testing.T) {
	for _, c := range []struct {
		y                          int
		ramadan, shawwal, dhuHijja string
	}{
		{1436, "2015-06-18", "2015-07-17", "2015-09-14"},
		{1437, "2016-06-06", "2016-07-06", "2016-09-02"},
		{1438, "2017-05-27", "2017-06-25", "2017-08-23"},
		{1439, "2018-05-16", "2018-06-15", "2018-08-12"},
		{1440, "2019-05-06", "2019-06-04", "2019-08-02"},
		{1441, "2020-04-24", "2020-05-24", "2020-07-22"},
		{1442, "2021-04-13", "2021-05-13", "2021-07-11"},
		{1443, "2022-04-02", "2022-05-02", "2022-06-30"},
		{1444, "2023-03-23", "2023-04-21", "2023-06-19"},
		{1445, "2024-03-11", "2024-04-10", "2024-06-07"},
		{1446, "2025-03-01", "2025-03-30", "2025-05-28"},
	} {
		for i, want := range []string{c.ramadan, c.shawwal, c.dhuHijja} {
			m := []int{9, 10, 12}[i]
			if got := islamicMonthStart(c.y, m).Format(time.DateOnly); got != want {
				t.Errorf("islamicMonthStart(%d, %d) = %s; want %s", c.y, m, got, want)
			}
		}
	}
	for _, c := range []struct {
		y, m, d int
		want    string
	}{
		{1436, 11, 1, "2015-08-16"},
		{1437, 10, 1, "2016-07-06"},
		{1444, 11, 1, "2023-05-21"},
		{1445, 7, 27, "2024-02-08"}, // Isra and Mi'raj
		{1446, 8, 1, "2025-01-31"},
		{1445, 12, 10, "2024-06-16"}, // Eid al-Adha
	} {
		if got := islamicDate(c.y, c.m, c.d).Format(time.DateOnly); got != c.want {
			t.Errorf("islamicDate(%d, %d, %d) = %s; want %s", c.y, c.m, c.d, got, c.want)
		}
	}
}

// Meeus, Astronomical Algorithms, example 47.a: 12 April 1992, 0h TD.
func TestMoonPosition(t *testing.T) {
	jde := 2448724.5
	if b := moonLatitude(jde); math.Abs(b-(-3.229126)) > 0.005 {
		t.Errorf("moonLatitude = %.6f; want -3.229126", b)
	}
	if d := moonDistance(jde); math.Abs(d-368409.7) > 50 {
		t.Errorf("moonDistance = %.1f; want 368409.7", d)
	}
}

func TestChineseNewYear(t *testing.T) {
	for y, want := range map[int]string{2020: "2020-01-25", 2021: "2021-02-12", 2023: "2023-01-22",
		2024: "2024-02-10", 2025: "2025-01-29", 2013: "2013-02-10", 2014: "2014-01-31",
		2033: "2033-01-31", 2034: "2034-02-19", // leap month 11 in late 2033
		2015: "2015-02-19", 2026: "2026-02-17", 2037: "2037-02-15"} {
		if got := chineseNewYear(y).Format(time.DateOnly); got != want {
			t.Errorf("chineseNewYear(%d) = %s; want %s", y, got, want)
		}
	}
}

// Lunar phases against published times (UTC), within five minutes.
func TestPhases(t *testing.T) {
	for _, c := range []struct {
		from  string
		angle float64
		want  string
	}{
		{"2024-01-01", 0, "2024-01-11T11:57"},
		{"2019-10-20", 0, "2019-10-28T03:38"},
		{"2024-03-20", 180, "2024-03-25T07:00"},
		{"2000-01-01", 0, "2000-01-06T18:14"},
	} {
		from, _ := time.Parse(time.DateOnly, c.from)
		want, _ := time.Parse("2006-01-02T15:04", c.want)
		jd := phaseAfter(jdOf(from), c.angle)
		if got := timeOf(jd - deltaT(jd)); got.Sub(want).Abs() > 5*time.Minute {
			t.Errorf("phaseAfter(%s, %v) = %s; want %s", c.from, c.angle, got.Format(time.DateTime), c.want)
		}
	}
}
