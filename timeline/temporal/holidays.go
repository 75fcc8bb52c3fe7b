package temporal

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Holidays as data: each entry lists the ways news writes its name and a
// function that computes its date in a Gregorian year, from the calendar
// it belongs to (calendars.go, astro.go). Nothing here is a table of
// dates: Easter comes from the computus, Rosh Hashanah from the molad,
// Ramadan from the new moon, Diwali from the Sun and the Moon.
//
// Conventions, for holidays whose day begins at sundown:
//   - Jewish holidays take the date of the evening they begin (erev), as
//     Jewish calendars and news announcements give them ("Yom Kippur
//     begins at sundown on 18 September 2018"); the interval runs from
//     that evening's date through the last full day.
//   - Islamic days are the day itself: Ramadan runs from its first fast
//     to Eid al-Fitr, and Laylat al-Qadr is dated by the day of 27
//     Ramadan (its night is the one before), as the Duckling corpus and
//     most Muslim calendars list them.
//   - Hindu festivals are the civil day in India (IST) on which their
//     lunar day (tithi) is observed; see calendars.go.

// holiday is one named holiday.
type holiday struct {
	name  string   // as the Why text writes it
	names []string // how news writes it, lower case
	how   string   // how the date is computed, for the Why text
	// on returns the first day of the holiday in Gregorian year y and how
	// many days it lasts; false when it does not fall in y.
	on func(y int) (time.Time, int, bool)
	// at and minutes, when minutes > 0: a clock time and a length within
	// the day (Earth Hour, 20:30 for an hour).
	at, minutes int
	// capital: only written with a capital letter, or before a year
	// ("Lent", but "he lent money").
	capital bool
	// own: the day is one nation's, and other nations or causes keep days
	// of the same name on other dates ("India's Independence Day",
	// "Holocaust Remembrance Day"). A capitalised word just before the
	// name must then be one of these (lower case), or the day is another's
	// and is left undated. A possessive counts as its owner ("America's").
	own []string
	// rivals: with own nil, the capitalised words that make the day
	// another nation's ("Canadian Thanksgiving").
	rivals []string
	// nationalOnly: a name many nations give to different days ("National
	// Day", "Liberation Day"): dated only as the day of the nation that
	// owns it or that the story's dateline names (nationalDays), and not
	// read as a date otherwise.
	nationalOnly bool
}

// Words that name the nations whose days the table holds.
var (
	ownUS = []string{"u", "s", "us", "usa", "american", "america", "national", "federal",
		// the states, by the last word of their names (not "Mexico")
		"alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
		"florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
		"louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
		"missouri", "montana", "nebraska", "nevada", "hampshire", "jersey", "york", "carolina", "dakota",
		"ohio", "oklahoma", "oregon", "pennsylvania", "island", "tennessee", "texas", "utah", "vermont",
		"virginia", "washington", "wisconsin", "wyoming", "columbia"}
	ownCommonwealth = append([]string{"british", "britain", "uk", "canadian", "canada", "australian", "australia"}, ownUS...)
)

// Day computers, one per kind of calendar rule.

func fixedDay(m, d int) func(int) (time.Time, int, bool) {
	return func(y int) (time.Time, int, bool) { return date(y, m, d), 1, true }
}

func nthWeekdayDay(m, wd, n int) func(int) (time.Time, int, bool) {
	return func(y int) (time.Time, int, bool) { return nthWeekday(y, m, wd, n), 1, true }
}

// plusDays shifts another holiday's day by n days.
func plusDays(on func(int) (time.Time, int, bool), n int) func(int) (time.Time, int, bool) {
	return func(y int) (time.Time, int, bool) {
		d, _, ok := on(y)
		return d.AddDate(0, 0, n), 1, ok
	}
}

// weekdayObserved moves a fixed date off the weekend, US style: a Saturday
// to the Friday before, a Sunday to the Monday after.
func weekdayObserved(m, d int) func(int) (time.Time, int, bool) {
	return func(y int) (time.Time, int, bool) {
		t := date(y, m, d)
		switch isoWeekday(t) {
		case 6:
			t = t.AddDate(0, 0, -1)
		case 7:
			t = t.AddDate(0, 0, 1)
		}
		return t, 1, true
	}
}

// kingsDay is Koningsdag: 27 April, or the 26th when the 27th is a Sunday.
func kingsDay(y int) (time.Time, int, bool) {
	t := date(y, 4, 27)
	if isoWeekday(t) == 7 {
		t = t.AddDate(0, 0, -1)
	}
	return t, 1, true
}

// earthHour is the last Saturday of March, kept off Easter weekend.
func earthHour(y int) (time.Time, int, bool) {
	d := nthWeekday(y, 3, 6, -1)
	if m, e := easter(y); date(y, m, e).AddDate(0, 0, -1).Equal(d) {
		d = d.AddDate(0, 0, -7)
	}
	return d, 1, true
}

// fromEaster counts n days from Western Easter, lasting days days.
func fromEaster(n, days int) func(int) (time.Time, int, bool) {
	return func(y int) (time.Time, int, bool) {
		m, d := easter(y)
		return date(y, m, d).AddDate(0, 0, n), days, true
	}
}

// fromOrthodoxEaster counts n days from Orthodox Easter.
func fromOrthodoxEaster(n, days int) func(int) (time.Time, int, bool) {
	return func(y int) (time.Time, int, bool) { return orthodoxEaster(y).AddDate(0, 0, n), days, true }
}

// hebrewHoliday is day d of Hebrew month m, dated by its evening (erev):
// the interval runs from that evening through span-1 full days. move, if
// set, postpones or advances the day by the weekday it falls on (in ISO
// numbering).
func hebrewHoliday(m, d, span int, move func(wd int) int) func(int) (time.Time, int, bool) {
	return func(y int) (time.Time, int, bool) {
		for hy := y + 3760; hy <= y+3761; hy++ {
			day := hebrewDate(hy, m, d)
			if move != nil {
				day = day.AddDate(0, 0, move(isoWeekday(day)))
			}
			eve := day.AddDate(0, 0, -1)
			if eve.Year() == y {
				return eve, span, true
			}
		}
		return time.Time{}, 0, false
	}
}

// islamicHoliday is day d of Islamic month m (astronomical reckoning),
// lasting days days; eve dates it by the evening it begins.
func islamicHoliday(m, d, days int, eve bool) func(int) (time.Time, int, bool) {
	return func(y int) (time.Time, int, bool) {
		iy := islamicYearOf(y, m)
		for k := iy - 1; k <= iy+1; k++ {
			day := islamicDate(k, m, d)
			if eve {
				day = day.AddDate(0, 0, -1)
			}
			if day.Year() == y {
				return day, days, true
			}
		}
		return time.Time{}, 0, false
	}
}

// ramadan runs from 1 Ramadan to the eve of Eid al-Fitr.
func ramadan(y int) (time.Time, int, bool) {
	iy := islamicYearOf(y, 9)
	for k := iy - 1; k <= iy+1; k++ {
		first := islamicMonthStart(k, 9)
		if first.Year() == y {
			eid := islamicMonthStart(k, 10)
			return first, int(eid.Sub(first).Hours() / 24), true
		}
	}
	return time.Time{}, 0, false
}

// lastFridayOfRamadan is Jumu'atul-Wida.
func lastFridayOfRamadan(y int) (time.Time, int, bool) {
	iy := islamicYearOf(y, 9)
	for k := iy - 1; k <= iy+1; k++ {
		eid := islamicMonthStart(k, 10)
		back := (isoWeekday(eid) - 5 + 7) % 7
		if back == 0 {
			back = 7
		}
		fri := eid.AddDate(0, 0, -back)
		if fri.Year() == y {
			return fri, 1, true
		}
	}
	return time.Time{}, 0, false
}

func lunarNewYear(y int) (time.Time, int, bool) { return chineseNewYear(y), 1, true }

// chinese is a festival on day d of month m of the Chinese calendar.
func chinese(m, d int) func(int) (time.Time, int, bool) {
	return func(y int) (time.Time, int, bool) {
		t := chineseDay(y, m, d)
		return t, 1, !t.IsZero()
	}
}

// sunDay is the civil day, in a zone offset east of UTC by zone hours,
// on which the Sun first reaches tropical longitude lon from the first
// of month: Qingming, the solar term Pure Brightness (15°, in Beijing
// time), and Japan's equinox days (0° in March, 180° in September, in
// Japan time).
func sunDay(month int, lon, zone float64) func(int) (time.Time, int, bool) {
	return func(y int) (time.Time, int, bool) {
		return localDate(sunAt(jdeAt(date(y, month, 1), 0, 0), lon), zone), 1, true
	}
}

// hindu is a festival on tithi of amanta month, observed at o; plus
// shifts the day (Holi is the day after Holika Dahan), days is its length.
func hindu(month, tithi int, o observance, plus, days int) func(int) (time.Time, int, bool) {
	return func(y int) (time.Time, int, bool) {
		d, ok := hinduFestival(y, month, tithi, o)
		return d.AddDate(0, 0, plus), days, ok
	}
}

// navaratri runs from the first of bright Ashvin to Dussehra.
func navaratri(y int) (time.Time, int, bool) {
	first, ok1 := hinduFestival(y, ashvin, 1, atSunrise)
	last, ok2 := hinduFestival(y, ashvin, 10, atAfternoon)
	return first, int(last.Sub(first).Hours() / 24), ok1 && ok2
}

// solar is a day counted from a sankranti (the Sun's entry into the
// sidereal sign at lon); see sankranti for afterSunset.
func solar(lon float64, afterSunset bool, plus int) func(int) (time.Time, int, bool) {
	return func(y int) (time.Time, int, bool) { return sankranti(y, lon, afterSunset).AddDate(0, 0, plus), 1, true }
}

// holi is the bonfire evening (Holika Dahan) plus days.
func holi(plus int) func(int) (time.Time, int, bool) {
	return func(y int) (time.Time, int, bool) {
		d, ok := holikaDahan(y)
		return d.AddDate(0, 0, plus), 1, ok
	}
}

// onam is the first day in the solar month Chingam (Sun in sidereal Leo)
// on which the Moon is in the 22nd asterism (nakshatra), Shravana
// (Thiruvonam), six nazhika (2h24m) after sunrise at Kochi, the Kerala
// almanacs' rule. (In 2024 Kerala kept the second Thiruvonam of Chingam,
// 15 September; this takes the first, 19 August.)
func onam(y int) (time.Time, int, bool) {
	start := localDate(siderealSunAt(jdeAt(date(y, 1, 1), 0, 0), 120), istZone)
	for i := 0; i < 32; i++ {
		d := start.AddDate(0, 0, i)
		jd := jdeAt(d, sunEvent(d, 9.97, 76.28, istZone, true)+2.4, istZone)
		if int(mod360(moonLongitude(jd)-ayanamsa(jd))/(360.0/27)) == 21 {
			return d, 1, true
		}
	}
	return time.Time{}, 0, false
}

// bengaliDay is day n of Boishakh: the month starts the day after the
// Sun enters sidereal Aries (in IST).
func bengaliDay(n int) func(int) (time.Time, int, bool) {
	return func(y int) (time.Time, int, bool) {
		d := localDate(siderealSunAt(jdeAt(date(y, 1, 1), 0, 0), 0), istZone)
		return d.AddDate(0, 0, n), 1, true
	}
}

// parsiNewYear is Navroz of the Shahenshahi calendar kept by India's
// Parsis: 365-day years counted from the accession of Yazdegerd III (16
// June 632, Julian; JD 1952063) plus the one month the Shahenshahi
// reckoning intercalated, so that it falls a day earlier every four years.
func parsiNewYear(y int) (time.Time, int, bool) {
	const epoch = 1952063 + 30
	jan1 := int(jdOf(date(y, 1, 1)) + 0.5)
	n := (jan1 - epoch + 364) / 365
	d := fromJD(epoch + 365*n)
	return d, 1, d.Year() == y
}

// Weekday-moving rules of the Israeli calendar.
func yomHaatzmautMove(wd int) int {
	switch wd {
	case 5: // Friday: to Thursday
		return -1
	case 6: // Saturday: to Thursday
		return -2
	case 1: // Monday: to Tuesday (so that Memorial Day does not follow the Sabbath)
		return 1
	}
	return 0
}

func yomHashoahMove(wd int) int {
	switch wd {
	case 5:
		return -1
	case 7:
		return 1
	}
	return 0
}

func sabbathToSunday(wd int) int {
	if wd == 6 {
		return 1
	}
	return 0
}

// holidayTable is the registry of holidays.
var holidayTable = []holiday{
	// Gregorian, fixed.
	{name: "Christmas", names: []string{"christmas", "christmas day", "xmas", "xmas day"}, how: "25 December", on: fixedDay(12, 25)},
	{name: "Christmas Eve", names: []string{"christmas eve", "xmas eve"}, how: "24 December", on: fixedDay(12, 24)},
	{name: "Boxing Day", names: []string{"boxing day"}, how: "26 December", on: fixedDay(12, 26)},
	{name: "New Year's Day", names: []string{"new year's day", "new years day", "new year day"}, how: "1 January", on: fixedDay(1, 1)},
	{name: "New Year's Eve", names: []string{"new year's eve", "new years eve"}, how: "31 December", on: fixedDay(12, 31)},
	{name: "Halloween", names: []string{"halloween", "hallowe'en"}, how: "31 October", on: fixedDay(10, 31)},
	{name: "Valentine's Day", names: []string{"valentine's day", "valentines day", "valentine day", "st. valentine's day", "saint valentine's day"}, how: "14 February", on: fixedDay(2, 14)},
	{name: "Independence Day", names: []string{"independence day", "fourth of july"}, how: "4 July (US)", on: fixedDay(7, 4), own: ownUS},
	{name: "Veterans Day", names: []string{"veterans day", "veterans' day", "veteran's day", "armistice day", "remembrance day"}, how: "11 November", on: fixedDay(11, 11), own: ownCommonwealth},
	{name: "St Patrick's Day", names: []string{"st. patrick's day", "st patrick's day", "saint patrick's day", "st. paddy's day", "st paddy's day", "saint paddy's day", "st. patty's day", "st patty's day"}, how: "17 March", on: fixedDay(3, 17)},
	{name: "Epiphany", names: []string{"epiphany"}, how: "6 January", on: fixedDay(1, 6), capital: true},
	{name: "World Vegan Day", names: []string{"world vegan day"}, how: "1 November", on: fixedDay(11, 1)},
	{name: "World AIDS Day", names: []string{"world aids day"}, how: "1 December (the WHO's)", on: fixedDay(12, 1)},
	{name: "Earth Day", names: []string{"earth day"}, how: "22 April", on: fixedDay(4, 22)},
	{name: "Juneteenth", names: []string{"juneteenth"}, how: "19 June", on: fixedDay(6, 19)},
	{name: "Bastille Day", names: []string{"bastille day"}, how: "14 July", on: fixedDay(7, 14)},
	{name: "Canada Day", names: []string{"canada day"}, how: "1 July", on: fixedDay(7, 1)},
	{name: "Australia Day", names: []string{"australia day"}, how: "26 January", on: fixedDay(1, 26)},
	{name: "International Women's Day", names: []string{"international women's day"}, how: "8 March", on: fixedDay(3, 8)},
	{name: "Anzac Day", names: []string{"anzac day"}, how: "25 April (Australia, New Zealand)", on: fixedDay(4, 25)},
	{name: "Guy Fawkes Night", names: []string{"guy fawkes night", "guy fawkes day", "bonfire night"}, how: "5 November", on: fixedDay(11, 5)},
	{name: "Cinco de Mayo", names: []string{"cinco de mayo"}, how: "5 May", on: fixedDay(5, 5)},
	{name: "April Fools' Day", names: []string{"april fools' day", "april fool's day", "april fools day"}, how: "1 April", on: fixedDay(4, 1)},
	// The UN's day (27 January, from 2006). Bare "Holocaust (Remembrance)
	// Day" is left out: Israeli and Jewish news mean Yom HaShoah (27
	// Nisan), European and UN news 27 January, and the text alone does not
	// say which; "Holocaust Memorial Day" is Britain's 27 January but also
	// written for Yom HaShoah.
	{name: "International Holocaust Remembrance Day", names: []string{"international holocaust remembrance day"}, how: "27 January (the UN's, from 2006)", on: fixedDay(1, 27)},
	{name: "Boss's Day", names: []string{"boss's day", "bosses' day", "bosses day", "boss day"}, how: "16 October, or the nearest weekday (US)", on: weekdayObserved(10, 16)},
	{name: "King's Day", names: []string{"king's day", "kings day", "koningsdag"}, how: "27 April, or the 26th when the 27th is a Sunday", on: kingsDay, capital: true},
	{name: "Singles' Day", names: []string{"singles' day", "singles day", "singles’ day", "double 11", "double eleven"}, how: "11 November (China's shopping festival)", on: fixedDay(11, 11), capital: true},
	{name: "Eid Al Etihad", names: []string{"eid al etihad", "eid al-etihad", "uae national day"}, how: "2 December (the UAE's National Day)", on: fixedDay(12, 2), capital: true},
	{name: "Hangul Day", names: []string{"hangul day", "hangeul day", "hangul proclamation day"}, how: "9 October (South Korea)", on: fixedDay(10, 9), capital: true},
	// Japan's national holidays whose names are Japan's alone (not
	// "Children's Day", "National Foundation Day" or "Emperor's Birthday",
	// which other nations keep on other dates).
	{name: "Culture Day", names: []string{"culture day", "bunka no hi"}, how: "3 November (Japan)", on: fixedDay(11, 3), capital: true},
	{name: "Showa Day", names: []string{"showa day"}, how: "29 April (Japan)", on: fixedDay(4, 29), capital: true},
	{name: "Constitution Memorial Day", names: []string{"constitution memorial day"}, how: "3 May (Japan)", on: fixedDay(5, 3), capital: true},
	{name: "Greenery Day", names: []string{"greenery day"}, how: "4 May (Japan)", on: fixedDay(5, 4), capital: true},
	{name: "Mountain Day", names: []string{"mountain day", "yama no hi"}, how: "11 August (Japan)", on: fixedDay(8, 11), capital: true},
	{name: "Labour Thanksgiving Day", names: []string{"labour thanksgiving day", "labor thanksgiving day"}, how: "23 November (Japan)", on: fixedDay(11, 23), capital: true},
	{name: "Nowruz", names: []string{"nowruz", "norouz", "nowrouz", "novruz"}, how: "the day of the March equinox, or the next when it comes after noon in Tehran (UTC+3:30)", on: sunDay(3, 0, 3.5+12)},
	{name: "Vernal Equinox Day", names: []string{"vernal equinox day", "spring equinox day"}, how: "the day of the March equinox in Japan time", on: sunDay(3, 0, 9), capital: true},
	{name: "Autumnal Equinox Day", names: []string{"autumnal equinox day", "autumn equinox day"}, how: "the day of the September equinox in Japan time", on: sunDay(9, 180, 9), capital: true},

	// Gregorian, by weekday.
	{name: "Thanksgiving", names: []string{"thanksgiving", "thanksgiving day"}, how: "the fourth Thursday of November (US)", on: nthWeekdayDay(11, 4, 4), rivals: []string{"canadian", "canada", "liberian", "liberia"}},
	{name: "Thanksgiving (Canada)", names: []string{"canadian thanksgiving", "thanksgiving monday"}, how: "the second Monday of October (Canada)", on: nthWeekdayDay(10, 1, 2)},
	{name: "Black Friday", names: []string{"black friday"}, how: "the day after US Thanksgiving", on: plusDays(nthWeekdayDay(11, 4, 4), 1)},
	{name: "Cyber Monday", names: []string{"cyber monday"}, how: "the Monday after US Thanksgiving", on: plusDays(nthWeekdayDay(11, 4, 4), 4)},
	{name: "Small Business Saturday", names: []string{"small business saturday"}, how: "the Saturday after US Thanksgiving", on: plusDays(nthWeekdayDay(11, 4, 4), 2)},
	{name: "Giving Tuesday", names: []string{"giving tuesday", "givingtuesday"}, how: "the Tuesday after US Thanksgiving", on: plusDays(nthWeekdayDay(11, 4, 4), 5)},
	// Days of one name kept by many nations on different dates (see
	// nationalDays): dated by their owner or the dateline.
	{name: "National Day", names: []string{"national day"}, capital: true, nationalOnly: true},
	{name: "Liberation Day", names: []string{"liberation day"}, capital: true, nationalOnly: true},
	{name: "Armed Forces Day", names: []string{"armed forces day"}, capital: true, nationalOnly: true},
	{name: "Democracy Day", names: []string{"democracy day"}, capital: true, nationalOnly: true},
	{name: "Martyrs' Day", names: []string{"martyrs' day", "martyrs day", "martyr's day"}, capital: true, nationalOnly: true},
	{name: "Republic Day", names: []string{"republic day"}, capital: true, nationalOnly: true},
	{name: "Family Day", names: []string{"family day"}, capital: true, nationalOnly: true},
	{name: "Labour Day", names: []string{"labour day"}, capital: true, nationalOnly: true},
	// One nation's days under names of their own.
	{name: "Mashujaa Day", names: []string{"mashujaa day"}, how: "20 October (Kenya)", on: fixedDay(10, 20)},
	{name: "Jamhuri Day", names: []string{"jamhuri day"}, how: "12 December (Kenya)", on: fixedDay(12, 12)},
	{name: "Madaraka Day", names: []string{"madaraka day"}, how: "1 June (Kenya)", on: fixedDay(6, 1)},
	{name: "May Day", names: []string{"may day"}, how: "1 May", on: fixedDay(5, 1), capital: true},
	{name: "Melbourne Cup Day", names: []string{"melbourne cup day", "cup day"}, how: "the first Tuesday of November (Victoria)", on: nthWeekdayDay(11, 2, 1), capital: true},
	{name: "Labor Day", names: []string{"labor day"}, how: "the first Monday of September (US)", on: nthWeekdayDay(9, 1, 1), own: ownUS},
	{name: "Coming of Age Day", names: []string{"coming of age day", "coming-of-age day", "seijin no hi"}, how: "the second Monday of January (Japan)", on: nthWeekdayDay(1, 1, 2), capital: true},
	{name: "Marine Day", names: []string{"marine day", "ocean day", "umi no hi"}, how: "the third Monday of July (Japan)", on: nthWeekdayDay(7, 1, 3), capital: true},
	{name: "Respect for the Aged Day", names: []string{"respect for the aged day", "keiro no hi"}, how: "the third Monday of September (Japan)", on: nthWeekdayDay(9, 1, 3), capital: true},
	{name: "Election Day", names: []string{"election day"}, how: "the Tuesday after the first Monday of November (US)", on: plusDays(nthWeekdayDay(11, 1, 1), 1), capital: true, own: ownUS},
	{name: "Memorial Day", names: []string{"memorial day"}, how: "the last Monday of May (US)", on: nthWeekdayDay(5, 1, -1), own: ownUS},
	{name: "Martin Luther King Day", names: []string{"martin luther king day", "martin luther king jr. day", "martin luther king jr day",
		"martin luther king's day", "martin luther kings day", "martin luther king jr.'s day", "mlk day", "mlk jr. day", "mlk jr day",
		"civil rights day"}, how: "the third Monday of January", on: nthWeekdayDay(1, 1, 3)},
	{name: "Presidents' Day", names: []string{"presidents' day", "presidents day", "president's day", "washington's birthday"}, how: "the third Monday of February", on: nthWeekdayDay(2, 1, 3), own: ownUS},
	{name: "Columbus Day", names: []string{"columbus day", "indigenous peoples' day", "indigenous peoples day"}, how: "the second Monday of October", on: nthWeekdayDay(10, 1, 2), own: ownUS},
	{name: "Remembrance Sunday", names: []string{"remembrance sunday"}, how: "the second Sunday of November (UK and Commonwealth)", on: nthWeekdayDay(11, 7, 2)},
	{name: "Mother's Day", names: []string{"mother's day", "mothers day", "mothers' day"}, how: "the second Sunday of May (US)", on: nthWeekdayDay(5, 7, 2), own: ownUS},
	{name: "Father's Day", names: []string{"father's day", "fathers day", "fathers' day"}, how: "the third Sunday of June", on: nthWeekdayDay(6, 7, 3)},
	{name: "Earth Hour", names: []string{"earth hour"}, how: "the last Saturday of March, or the one before when that is Holy Saturday; 20:30 to 21:30 local time", on: earthHour, at: 20*60 + 30, minutes: 60},

	// Western Easter and the days counted from it.
	{name: "Easter", names: []string{"easter", "easter sunday", "easter day"}, how: "Easter Sunday by the Gregorian computus", on: fromEaster(0, 1)},
	{name: "Easter Monday", names: []string{"easter monday", "easter mon"}, how: "the day after Easter", on: fromEaster(1, 1)},
	{name: "Holy Saturday", names: []string{"holy saturday", "easter saturday"}, how: "the day before Easter", on: fromEaster(-1, 1)},
	{name: "Good Friday", names: []string{"good friday"}, how: "two days before Easter", on: fromEaster(-2, 1)},
	{name: "Maundy Thursday", names: []string{"maundy thursday", "holy thursday", "covenant thursday"}, how: "three days before Easter", on: fromEaster(-3, 1)},
	{name: "Palm Sunday", names: []string{"palm sunday", "branch sunday"}, how: "a week before Easter", on: fromEaster(-7, 1)},
	{name: "Ash Wednesday", names: []string{"ash wednesday"}, how: "46 days before Easter", on: fromEaster(-46, 1)},
	{name: "Shrove Tuesday", names: []string{"shrove tuesday", "mardi gras", "pancake day", "pancake tuesday", "fat tuesday"}, how: "47 days before Easter", on: fromEaster(-47, 1)},
	{name: "Lent", names: []string{"lent"}, how: "Ash Wednesday to Holy Saturday (46 days before Easter)", on: fromEaster(-46, 46), capital: true},
	{name: "Ascension Day", names: []string{"ascension day", "ascension thursday", "feast of the ascension"}, how: "39 days after Easter", on: fromEaster(39, 1)},
	{name: "Pentecost", names: []string{"pentecost", "whit sunday", "whitsunday", "white sunday", "pentecost sunday", "whitsun", "whitsuntide"}, how: "49 days after Easter", on: fromEaster(49, 1)},
	{name: "Whit Monday", names: []string{"whit monday", "pentecost monday"}, how: "50 days after Easter", on: fromEaster(50, 1)},
	{name: "Trinity Sunday", names: []string{"trinity sunday"}, how: "56 days after Easter", on: fromEaster(56, 1)},

	// Orthodox Easter (Julian computus) and its days.
	{name: "Orthodox Easter", names: []string{"orthodox easter", "orthodox easter sunday", "orthodox pascha"}, how: "Easter by the Julian computus", on: fromOrthodoxEaster(0, 1)},
	{name: "Orthodox Good Friday", names: []string{"orthodox good friday", "orthodox great friday"}, how: "two days before Orthodox Easter", on: fromOrthodoxEaster(-2, 1)},
	{name: "Orthodox Palm Sunday", names: []string{"orthodox palm sunday"}, how: "a week before Orthodox Easter", on: fromOrthodoxEaster(-7, 1)},
	{name: "Lazarus Saturday", names: []string{"lazarus saturday"}, how: "eight days before Orthodox Easter", on: fromOrthodoxEaster(-8, 1)},
	{name: "Clean Monday", names: []string{"clean monday", "orthodox shrove monday", "ash monday"}, how: "48 days before Orthodox Easter", on: fromOrthodoxEaster(-48, 1)},
	{name: "Great Lent", names: []string{"great lent", "great fast"}, how: "the 40 days from Clean Monday (48 days before Orthodox Easter)", on: fromOrthodoxEaster(-48, 40)},
	{name: "Orthodox Pentecost", names: []string{"orthodox pentecost"}, how: "49 days after Orthodox Easter", on: fromOrthodoxEaster(49, 1)},

	// Hebrew calendar.
	{name: "Rosh Hashanah", names: []string{"rosh hashanah", "rosh hashana", "rosh hashanna", "rosh hashannah", "rosh ha-shanah", "jewish new year"}, how: "1-2 Tishrei", on: hebrewHoliday(tishrei, 1, 3, nil)},
	{name: "Yom Kippur", names: []string{"yom kippur", "day of atonement"}, how: "10 Tishrei", on: hebrewHoliday(tishrei, 10, 2, nil)},
	{name: "Sukkot", names: []string{"sukkot", "succot", "sukkos", "succos", "feast of tabernacles", "feast of booths", "feast of the ingathering"}, how: "15-22 Tishrei", on: hebrewHoliday(tishrei, 15, 9, nil)},
	{name: "Shemini Atzeret", names: []string{"shemini atzeret", "shemini atzeres"}, how: "22 Tishrei", on: hebrewHoliday(tishrei, 22, 2, nil)},
	{name: "Simchat Torah", names: []string{"simchat torah", "simchas torah", "simhat torah"}, how: "23 Tishrei (outside Israel)", on: hebrewHoliday(tishrei, 23, 2, nil)},
	{name: "Hanukkah", names: []string{"hanukkah", "chanukah", "hanukah", "chanukkah", "hannukah", "hannukkah", "hanukka", "channukah"}, how: "eight nights from 25 Kislev", on: hebrewHoliday(kislev, 25, 8, nil)},
	{name: "Tu BiShvat", names: []string{"tu bishvat", "tu b'shvat", "tu bishevat", "tu b'shevat"}, how: "15 Shevat", on: hebrewHoliday(shevat, 15, 2, nil)},
	{name: "Purim", names: []string{"purim"}, how: "14 Adar (Adar II in a leap year)", on: hebrewHoliday(adar, 14, 2, nil)},
	{name: "Shushan Purim", names: []string{"shushan purim"}, how: "15 Adar (Adar II in a leap year)", on: hebrewHoliday(adar, 15, 2, nil)},
	{name: "Passover", names: []string{"passover", "pesach", "pesah"}, how: "15-22 Nisan (eight days outside Israel)", on: hebrewHoliday(nisan, 15, 9, nil)},
	{name: "Yom HaShoah", names: []string{"yom hashoah", "yom ha'shoah", "yom hashoa"}, how: "27 Nisan, moved off Friday and Sunday", on: hebrewHoliday(nisan, 27, 2, yomHashoahMove)},
	{name: "Yom HaAtzmaut", names: []string{"yom haatzmaut", "yom ha'atzmaut", "yom ha-atzmaut"}, how: "5 Iyar, moved off Friday, Saturday and Monday", on: hebrewHoliday(iyar, 5, 2, yomHaatzmautMove)},
	{name: "Lag BaOmer", names: []string{"lag baomer", "lag b'omer", "lag ba'omer", "lag laomer"}, how: "18 Iyar", on: hebrewHoliday(iyar, 18, 2, nil)},
	{name: "Shavuot", names: []string{"shavuot", "shavuos", "shavuoth"}, how: "6-7 Sivan (outside Israel)", on: hebrewHoliday(sivan, 6, 3, nil)},
	{name: "Tisha B'Av", names: []string{"tisha b'av", "tisha bav", "tisha b'ab", "tishah b'av"}, how: "9 Av, postponed from the Sabbath", on: hebrewHoliday(av, 9, 2, sabbathToSunday)},

	// Islamic calendar (months begin by the Umm al-Qura rule: conjunction
	// before sunset and moonset after sunset at Mecca; see calendars.go).
	{name: "Ramadan", names: []string{"ramadan", "ramadhan", "ramazan", "ramzan"}, how: "the month of Ramadan, from its first day to the eve of Eid al-Fitr", on: ramadan},
	{name: "Eid al-Fitr", names: []string{"eid al-fitr", "eid al fitr", "eid ul-fitr", "eid ul fitr", "eid-ul-fitr", "eid el-fitr", "id al-fitr", "id ul-fitr", "eid-el-fitr", "eid el fitr", "eid-al-fitr", "hari raya puasa", "hari raya aidilfitri"}, how: "1 Shawwal", on: islamicHoliday(10, 1, 1, false)},
	{name: "Eid al-Adha", names: []string{"eid al-adha", "eid al adha", "eid ul-adha", "eid ul adha", "eid-ul-adha", "eid el-adha", "id al-adha", "id ul-adha", "bakr id", "bakr-id", "bakrid", "bakri eid", "sacrifice feast", "feast of the sacrifice", "kurban bayram",
		"eid-el-kabir", "eid el-kabir", "eid el kabir", "eid-el-kebir", "eid al-kabir", "eid-ul-azha", "eid ul-azha", "eid ul azha", "eid-al-adha", "eid-el-adha", "hari raya haji", "hari raya aidiladha"}, how: "10 Dhu al-Hijjah", on: islamicHoliday(12, 10, 1, false)},
	{name: "Arafat Day", names: []string{"arafat day", "day of arafat", "day of arafah", "arafah day", "yawm arafat", "yawm arafah"}, how: "9 Dhu al-Hijjah", on: islamicHoliday(12, 9, 1, false)},
	{name: "Islamic New Year", names: []string{"islamic new year", "hijri new year", "muslim new year", "amun jadid"}, how: "1 Muharram", on: islamicHoliday(1, 1, 1, false)},
	{name: "Ashura", names: []string{"ashura", "ashoura", "day of ashura"}, how: "10 Muharram", on: islamicHoliday(1, 10, 1, false)},
	{name: "Mawlid", names: []string{"mawlid", "mawlid al-nabi", "mawlid an-nabi", "mawlid al-nabawi", "milad un nabi", "milad-un-nabi", "eid milad un nabi"}, how: "12 Rabi' al-Awwal", on: islamicHoliday(3, 12, 1, false)},
	{name: "Isra and Mi'raj", names: []string{"isra and mi'raj", "isra' and mi'raj", "isra and miraj", "isra mi'raj", "isra miraj", "al-isra wal-miraj",
		"lailat al-miraj", "lailat al miraj", "laylat al-miraj", "laylat al miraj", "shab-e-meraj", "shab e meraj", "shab-e-miraj", "shab e miraj"}, how: "27 Rajab", on: islamicHoliday(7, 27, 1, false)},
	// Its English names also name other things ("a night journey"; Elijah
	// was a prophet taken up to heaven): only with capitals, or before a
	// year. "Ascension to heaven" is left out: Christ's (Ascension Day),
	// Mary's, Elijah's as much as Muhammad's.
	{name: "Isra and Mi'raj", names: []string{"night journey", "prophet's ascension"}, how: "27 Rajab", on: islamicHoliday(7, 27, 1, false), capital: true},
	{name: "Laylat al-Qadr", names: []string{"laylat al-qadr", "laylat al qadr", "laylat al-kadr", "laylat al kadr", "lailat al-qadr", "lailat al qadr", "night of power", "night of destiny", "night of decree", "night of measures"}, how: "27 Ramadan (its night is the one before)", on: islamicHoliday(9, 27, 1, false)},
	{name: "Jumu'atul-Wida", names: []string{"jumu'atul-wida", "jumu'atul wida", "jumuatul wida", "jamat ul-vida", "jamat ul vida", "jumat-ul-vida", "alvida jumma"}, how: "the last Friday of Ramadan", on: lastFridayOfRamadan},

	// Chinese calendar.
	{name: "Chinese New Year", names: []string{"chinese new year", "chinese new year's day", "chinese new years", "chinese lunar new year", "chinese lunar new year's day", "lunar new year", "lunar new year's day"}, how: "the second new moon after the winter solstice in Beijing time (the third after a leap month 11 or 12)", on: lunarNewYear},
	{name: "Qingming Festival", names: []string{"qingming festival", "qingming", "tomb-sweeping day", "tomb sweeping day", "ching ming festival"}, how: "the day the Sun reaches 15° of ecliptic longitude, in Beijing time", on: sunDay(4, 15, 8)},
	{name: "Dragon Boat Festival", names: []string{"dragon boat festival", "duanwu festival", "tuen ng festival"}, how: "the 5th day of the 5th Chinese month, in Beijing time", on: chinese(5, 5)},
	{name: "Mid-Autumn Festival", names: []string{"mid-autumn festival", "moon festival", "mooncake festival", "zhongqiu festival"}, how: "the 15th day of the 8th Chinese month, in Beijing time", on: chinese(8, 15)},
	{name: "Chuseok", names: []string{"chuseok", "hangawi"}, how: "the 15th day of the 8th lunar month (reckoned in Beijing time; Seoul's differs once in decades)", on: chinese(8, 15)},

	// Hindu and Sikh calendar (amanta months, tithi at Ujjain in IST).
	{name: "Diwali", names: []string{"diwali", "deepavali", "divali", "lakshmi puja", "laxmi puja"}, how: "the new moon (amavasya) ending Ashvin, in the evening", on: hindu(ashvin, 30, atEvening, 0, 1)},
	{name: "Dhanteras", names: []string{"dhanteras", "dhanatrayodashi", "dhantrayodashi"}, how: "the 13th of the waning Ashvin moon, in the evening", on: hindu(ashvin, 28, atEvening, 0, 1)},
	{name: "Naraka Chaturdashi", names: []string{"naraka chaturdashi", "narak chaturdashi", "kali chaudas", "choti diwali", "chhoti diwali"}, how: "the 14th of the waning Ashvin moon, at night", on: hindu(ashvin, 29, atMidnight, 0, 1)},
	{name: "Bhai Dooj", names: []string{"bhai dooj", "bhai duj", "bhau beej", "bhai tika"}, how: "the 2nd of the waxing Kartika moon, in the afternoon", on: hindu(kartika, 2, atAfternoon, 0, 1)},
	{name: "Chhath", names: []string{"chhath", "chhath puja", "dala puja", "surya shashthi"}, how: "the 6th of the waxing Kartika moon", on: hindu(kartika, 6, atSunrise, 0, 1)},
	{name: "Navaratri", names: []string{"navaratri", "navratri", "durga puja"}, how: "the waxing Ashvin moon from its 1st to Dussehra", on: navaratri},
	{name: "Maha Saptami", names: []string{"maha saptami"}, how: "the 7th of the waxing Ashvin moon", on: hindu(ashvin, 7, atSunrise, 0, 1)},
	{name: "Dussehra", names: []string{"dussehra", "dasara", "dussera", "vijayadashami", "vijaya dashami"}, how: "the 10th of the waxing Ashvin moon, in the afternoon", on: hindu(ashvin, 10, atAfternoon, 0, 1)},
	{name: "Karva Chauth", names: []string{"karva chauth", "karwa chauth"}, how: "the 4th of the waning Ashvin moon (Kartika, as the north counts), at moonrise", on: hindu(ashvin, 19, atEvening, 0, 1)},
	{name: "Valmiki Jayanti", names: []string{"valmiki jayanti", "maharishi valmiki jayanti", "pargat diwas"}, how: "the full moon of Ashvin", on: hindu(ashvin, 15, atSunrise, 0, 1)},
	{name: "Holika Dahan", names: []string{"holika dahan", "chhoti holi", "choti holi", "kamudu pyre"}, how: "the full moon of Phalguna, in the evening, after Bhadra", on: holi(0)},
	{name: "Holi", names: []string{"holi", "dhulandi", "phagwah", "rangwali holi"}, how: "the day after the full moon of Phalguna is burned (Holika Dahan)", on: holi(1)},
	{name: "Maha Shivaratri", names: []string{"maha shivaratri", "mahashivratri", "maha shivratri", "shivaratri"}, how: "the 14th of the waning Magha moon, at midnight", on: hindu(magha, 29, atMidnight, 0, 1)},
	{name: "Vasant Panchami", names: []string{"vasant panchami", "basant panchami", "saraswati puja"}, how: "the 5th of the waxing Magha moon", on: hindu(magha, 5, atSunrise, 0, 1)},
	{name: "Guru Ravidas Jayanti", names: []string{"guru ravidas jayanti", "guru ravidass jayanti", "guru ravidas birthday", "guru ravidass birthday"}, how: "the full moon of Magha", on: hindu(magha, 15, atSunrise, 0, 1)},
	{name: "Guru Gobind Singh Jayanti", names: []string{"guru gobind singh jayanti", "guru govind singh jayanti", "guru gobind singh birthday", "guru gobind singh's birthday"}, how: "the 7th of the waxing Pausha moon", on: hindu(pausha, 7, atSunrise, 0, 1)},
	{name: "Ugadi", names: []string{"ugadi", "yugadi", "gudi padwa", "samvatsaradi", "chaitra sukladi", "chaitra sukhladi"}, how: "the 1st of the waxing Chaitra moon", on: hindu(chaitra, 1, atSunrise, 0, 1)},
	{name: "Rama Navami", names: []string{"rama navami", "ram navami"}, how: "the 9th of the waxing Chaitra moon, at noon", on: hindu(chaitra, 9, atNoon, 0, 1)},
	{name: "Mahavir Jayanti", names: []string{"mahavir jayanti", "mahaveer jayanti", "mahavir janma kalyanak", "mahaveer janma kalyanak"}, how: "the 13th of the waxing Chaitra moon", on: hindu(chaitra, 13, atSunrise, 0, 1)},
	{name: "Buddha Purnima", names: []string{"buddha purnima", "buddha jayanti", "vesak", "wesak", "vaisakha", "buddha day"}, how: "the full moon of Vaishakha", on: hindu(vaishakha, 15, atSunrise, 0, 1)},
	{name: "Ratha Yatra", names: []string{"ratha yatra", "rath yatra", "ratha-yatra"}, how: "the 2nd of the waxing Ashadha moon", on: hindu(ashadha, 2, atSunrise, 0, 1)},
	{name: "Raksha Bandhan", names: []string{"raksha bandhan", "rakhi"}, how: "the full moon of Shravana, in the afternoon", on: hindu(shravana, 15, atAfternoon, 0, 1)},
	{name: "Krishna Janmashtami", names: []string{"krishna janmashtami", "janmashtami", "gokulashtami", "krishnashtami"}, how: "the 8th of the waning Shravana moon (Bhadrapada, as the north counts), at midnight", on: hindu(shravana, 23, atMidnight, 0, 1)},
	{name: "Ganesh Chaturthi", names: []string{"ganesh chaturthi", "vinayaka chaturthi", "ganesha chaturthi"}, how: "the 4th of the waxing Bhadrapada moon, at noon", on: hindu(bhadrapada, 4, atNoon, 0, 1)},
	{name: "Anant Chaturdashi", names: []string{"anant chaturdashi", "ananta chaturdashi", "anant chaudas"}, how: "the 14th of the waxing Bhadrapada moon", on: hindu(bhadrapada, 14, atSunrise, 0, 1)},
	{name: "Guru Nanak Jayanti", names: []string{"guru nanak jayanti", "guru nanak's birthday", "guru nanak gurpurab", "gurpurab"}, how: "the full moon of Kartika", on: hindu(kartika, 15, atSunrise, 0, 1)},
	{name: "Govardhan Puja", names: []string{"govardhan puja", "annakut"}, how: "the 1st of the waxing Kartika moon", on: hindu(kartika, 1, atSunrise, 0, 1)},
	{name: "Hanuman Jayanti", names: []string{"hanuman jayanti"}, how: "the full moon of Chaitra", on: hindu(chaitra, 15, atSunrise, 0, 1)},
	{name: "Akshaya Tritiya", names: []string{"akshaya tritiya", "akha teej"}, how: "the 3rd of the waxing Vaishakha moon", on: hindu(vaishakha, 3, atSunrise, 0, 1)},
	{name: "Guru Purnima", names: []string{"guru purnima"}, how: "the full moon of Ashadha", on: hindu(ashadha, 15, atSunrise, 0, 1)},
	{name: "Nag Panchami", names: []string{"nag panchami", "naga panchami"}, how: "the 5th of the waxing Shravana moon", on: hindu(shravana, 5, atSunrise, 0, 1)},
	{name: "Makar Sankranti", names: []string{"makar sankranti", "makara sankranti", "makara sankranthi", "pongal", "thai pongal", "maghi", "uttarayan"}, how: "the Sun's entry into sidereal Capricorn (Lahiri), in IST, the next day if after sunset", on: solar(270, true, 0)},
	{name: "Bhogi", names: []string{"bhogi", "boghi", "bogi pandigai", "bhogi pandigai"}, how: "the day before Makar Sankranti", on: solar(270, true, -1)},
	{name: "Mattu Pongal", names: []string{"mattu pongal", "maattu pongal"}, how: "the day after Makar Sankranti", on: solar(270, true, 1)},
	{name: "Kaanum Pongal", names: []string{"kaanum pongal", "kanum pongal", "kanni pongal"}, how: "two days after Makar Sankranti", on: solar(270, true, 2)},
	{name: "Dayananda Saraswati Jayanti", names: []string{"dayananda saraswati jayanti", "saraswati jayanti", "dayanand jayanti"}, how: "the 10th of the waning Magha moon (Phalguna, as the north counts)", on: hindu(magha, 25, atSunrise, 0, 1)},
	{name: "Onam", names: []string{"onam", "thiru onam", "thiruvonam", "thiruonam"}, how: "the day of the Moon in the Shravana (Thiruvonam) asterism at sunrise, in the solar month Chingam (Sun in sidereal Leo)", on: onam},
	{name: "Rabindra Jayanti", names: []string{"rabindra jayanti", "rabindranath jayanti", "rabindranath tagore jayanti", "pochishe boishakh"}, how: "25 Boishakh of the Bengali solar calendar (Boishakh starts the day after the Sun enters sidereal Aries)", on: bengaliDay(25)},
	{name: "Parsi New Year", names: []string{"parsi new year", "jamshedi navroz", "navroz", "nowruz parsi"}, how: "1 Farvardin of the Shahenshahi calendar (365-day years from 16 June 632 Julian, one month behind the Qadimi)", on: parsiNewYear},
	{name: "Vaisakhi", names: []string{"vaisakhi", "baisakhi", "vasakhi", "vaishakhi", "mesha sankranti"}, how: "the Sun's entry into sidereal Aries (Lahiri), in IST", on: solar(0, false, 0)},
}

// holidayKey folds a written name to the letters and digits it is made of,
// so that "Boss's Day", "boss’s day" and "bosss day" meet.
func holidayKey(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			b.WriteByte(c)
		}
	}
	return b.String()
}

// holidayWords splits a name into its words (letters only).
func holidayWords(name string) []string {
	return strings.FieldsFunc(name, func(r rune) bool { return !('a' <= r && r <= 'z' || '0' <= r && r <= '9') })
}

// holidayByKey finds a holiday by holidayKey of its written name.
var holidayByKey = indexHolidays()

// pHoliday is the alternation of every written name, longest first: words
// may be joined by spaces, hyphens, dots or apostrophes, or run together.
var pHoliday = holidayPattern()

func indexHolidays() map[string]*holiday {
	index := map[string]*holiday{}
	for i := range holidayTable {
		h := &holidayTable[i]
		for _, n := range h.names {
			k := holidayKey(n)
			if o, dup := index[k]; dup && o != h {
				panic("temporal: holiday name " + n + " is both " + o.name + " and " + h.name)
			}
			index[k] = h
		}
	}
	for _, h := range nationalDays { // (by key only: their names are not in pHoliday)
		index[holidayKey(h.names[0])] = h
	}
	return index
}

func holidayPattern() string {
	var names []string
	for _, h := range holidayTable {
		names = append(names, h.names...)
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	for i, n := range names {
		names[i] = strings.Join(holidayWords(n), `[\s.'’-]*`)
	}
	return "(?P<hol>" + strings.Join(names, "|") + ")"
}

// commonHolidayWords are words that open a holiday's name but are common
// in news on their own: they wake the holiday rule only when a strong
// trigger (a unit, a weekday, a year, another holiday word) follows.
var commonHolidayWords = map[string]bool{
	"new": true, "good": true, "holy": true, "black": true, "great": true, "clean": true, "st": true,
	"saint": true, "day": true, "night": true, "feast": true, "the": true, "king": true, "kings": true,
	"boss": true, "bosses": true, "national": true, "world": true, "earth": true, "international": true,
	"independence": true, "veterans": true, "veteran": true, "memorial": true, "labor": true, "civil": true,
	"martin": true, "palm": true, "branch": true, "ash": true, "fat": true, "white": true, "trinity": true,
	"orthodox": true, "chinese": true, "lunar": true, "jewish": true, "islamic": true, "muslim": true,
	"id": true, "lag": true, "tu": true, "pancake": true, "cyber": true, "mother": true, "mothers": true,
	"father": true, "fathers": true, "all": true, "april": true, "canada": true, "australia": true,
	"boxing": true, "guy": true, "bonfire": true, "monday": true,
	"sacrifice": true, "prophet": true, "thai": true, "kali": true, "spring": true, "fourth": true, "remembrance": true,
	"women": true, "washington": true, "president": true, "presidents": true, "columbus": true,
	"indigenous": true, "armistice": true, "al": true,
	"year": true, "years": true, "eve": true, "sunday": true,
	"tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "and": true,
	"birthday": true, "puja": true, "hour": true, "festival": true, "rights": true, "luther": true,
	// Words common in news on their own (or as names): they must not wake
	// the rules of the words around them.
	"july": true, "power": true, "measures": true, "destiny": true, "decree": true, "fools": true,
	"fool": true, "mon": true, "peoples": true, "raj": true, "wal": true, "atul": true, "singh": true,
	"yatra": true, "tagore": true, "torah": true, "patrick": true, "paddy": true,
	"patty": true, "fast": true, "nag": true, "naga": true, "omer": true, "dahan": true, "bhau": true,
}

// genericHolidayWords never stand for a holiday's name in rule Needs:
// they are everywhere in news, and weekdays would wake the holiday rule at
// every "next Friday".
var genericHolidayWords = map[string]bool{
	"day": true, "night": true, "feast": true, "of": true, "the": true, "and": true, "year": true,
	"years": true, "new": true, "hour": true, "birthday": true, "singh": true, "rights": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// holidayTriggers returns the first words of holiday names (the rule's
// triggers), the distinctive words a match needs nearby (the name's
// uncommon words, or its first word when all are common: "Black Friday"),
// and the uncommon words, which are strong triggers ("Kippur" wakes
// "Yom").
func holidayTriggers() (first, needs, strong []string) {
	seen := map[string]bool{}
	add := func(list *[]string, tag, w string) {
		if !seen[tag+w] {
			seen[tag+w] = true
			*list = append(*list, w)
		}
	}
	for _, h := range holidayTable {
		for _, n := range h.names {
			ws := holidayWords(n)
			add(&first, "f", ws[0])
			distinct := false
			for _, w := range ws {
				if len(w) > 2 && !commonHolidayWords[w] {
					distinct = true
					add(&needs, "n", w)
					add(&strong, "s", w)
				}
			}
			if !distinct {
				// The last word that is not generic ("july" in "fourth of
				// july", "friday" in "black friday", "power" in "night of
				// power"), so that the first word, the trigger, does not
				// satisfy the rule's Needs on its own; "boxing day" keeps
				// "boxing".
				w := ws[0]
				for _, x := range ws[1:] {
					if !genericHolidayWords[x] && len(x) > 2 {
						w = x
					}
				}
				add(&needs, "n", w)
			}
		}
	}
	return first, needs, strong
}

// holidayIn computes holiday h in Gregorian year y: its first day (with
// Earth Hour's clock time), its end, and a sentence on how it was found.
func holidayIn(h *holiday, y int) (start, end time.Time, why string, ok bool) {
	k := holidayYear{h, y}
	if v, hit := holidayDays.Load(k); hit {
		d := v.(holidayAnswer)
		return d.start, d.end, d.why, d.ok
	}
	start, end, why, ok = computeHoliday(h, y)
	if holidayDaysKept.Add(1) <= maxHolidayDays {
		holidayDays.Store(k, holidayAnswer{start, end, why, ok})
	}
	return start, end, why, ok
}

// holidayDays remembers holidayIn's answers: a festival of the Moon takes
// some thousand sines to place, and a text names the same few again and
// again. It keeps at most maxHolidayDays answers (a few megabytes), then
// computes the rest each time.
var (
	holidayDays     sync.Map // holidayYear -> holidayAnswer
	holidayDaysKept atomic.Int64
)

const maxHolidayDays = 20000

type holidayYear struct {
	h *holiday
	y int
}

type holidayAnswer struct {
	start, end time.Time
	why        string
	ok         bool
}

func computeHoliday(h *holiday, y int) (start, end time.Time, why string, ok bool) {
	start, days, ok := h.on(y)
	if !ok {
		return time.Time{}, time.Time{}, fmt.Sprintf("%s does not fall in %d", h.name, y), false
	}
	end = start.AddDate(0, 0, max(days, 1))
	if h.minutes > 0 {
		start = start.Add(time.Duration(h.at) * time.Minute)
		end = start.Add(time.Duration(h.minutes) * time.Minute)
	}
	when := start.Format("2 January 2006")
	if days > 1 {
		when += " to " + end.AddDate(0, 0, -1).Format("2 January 2006")
	}
	return start, end, fmt.Sprintf("%s %d: %s, computed: %s", h.name, y, h.how, when), true
}

// holidayPrefixes holds holidayKey of every written name (holidayFull)
// and of each run of its first words (holidayPart): what the text read so
// far may be when a name is still to come.
var holidayPrefixes = func() map[string]uint8 {
	p := map[string]uint8{}
	for _, h := range holidayTable {
		for _, n := range h.names {
			ws := holidayWords(n)
			key := ""
			for _, w := range ws {
				key += w
				p[key] |= holidayPart
			}
			p[key] |= holidayFull
		}
	}
	return p
}()

const (
	holidayPart uint8 = 1 << iota
	holidayFull
)

// holidayNameAt reports whether a holiday's written name opens s (lower
// case), its words joined as pHoliday joins them: by spaces, dots,
// hyphens and apostrophes, or run together. It is the test pHoliday makes,
// without the regexp engine, which runs an alternation of some five
// hundred names slowly.
func holidayNameAt(s string) bool {
	var key [64]byte
	n := 0
	i := 0
	for i < len(s) {
		j := i
		for j < len(s) && (isLowerAlnum(s[j])) {
			j++
		}
		if j == i || n+j-i > len(key) {
			return false
		}
		n += copy(key[n:], s[i:j])
		f := holidayPrefixes[string(key[:n])]
		if f&holidayFull != 0 {
			return true
		}
		if f == 0 {
			return false
		}
		i = j
		for i < len(s) {
			switch {
			case isSpaceByte(s[i]) || s[i] == '.' || s[i] == '\'' || s[i] == '-':
				i++
				continue
			case strings.HasPrefix(s[i:], "’"):
				i += len("’")
				continue
			}
			break
		}
	}
	return false
}

// holidayOpens is the Guard of the holiday rule: a name opens the window,
// or follows its "this", "last", "next", "every" or "each".
func holidayOpens(w string) bool {
	if holidayNameAt(w) {
		return true
	}
	for _, rel := range [...]string{"this", "last", "next", "every", "each"} {
		if strings.HasPrefix(w, rel) && len(w) > len(rel) && isSpaceByte(w[len(rel)]) {
			return holidayNameAt(strings.TrimLeft(w[len(rel):], " \t\n\r\v\f"))
		}
	}
	return false
}

// holidayWithin is the Guard of the rule of days before and after a
// holiday: a name opens one of the window's words.
func holidayWithin(w string) bool {
	for i := 0; i < len(w); i++ {
		if isLowerAlnum(w[i]) && (i == 0 || !isLowerAlnum(w[i-1])) && holidayNameAt(w[i:]) {
			return true
		}
	}
	return false
}
