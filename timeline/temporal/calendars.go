package temporal

import (
	"math"
	"time"
)

// The calendars holidays are counted in, each as a function from a year
// of its own reckoning to Gregorian dates. Civil dates are midnight UTC
// (see calendar.go).

// fromJD returns the civil date of the Julian Day number jd (a day
// starting at noon UT, as the calendar algorithms count).
func fromJD(jd int) time.Time { return date(1970, 1, 1).AddDate(0, 0, jd-2440588) }

// orthodoxEaster returns the Gregorian date of Easter Sunday by the
// Julian computus the Orthodox churches keep (Meeus' Julian algorithm),
// moved to the Gregorian calendar (13 days, 1900-2099).
func orthodoxEaster(y int) time.Time {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	return date(y, month, day).AddDate(0, 0, y/100-y/400-2)
}

// The Hebrew calendar, by its fixed arithmetic: a year starts at the
// molad (mean conjunction) of Tishrei, postponed by the four dehiyyot.
// Months are counted from Nisan as the Bible counts them.
const (
	nisan = iota + 1
	iyar
	sivan
	tammuz
	av
	elul
	tishrei
	heshvan
	kislev
	tevet
	shevat
	adar // Adar II in a leap year
	adarI
)

func hebrewLeap(y int) bool { return (7*y+1)%19 < 7 }

// hebrewElapsed is the number of days from the epoch to 1 Tishrei of
// Hebrew year y.
func hebrewElapsed(y int) int {
	months := (235*y - 234) / 19 // months elapsed before year y
	parts := 204 + 793*(months%1080)
	hours := 5 + 12*months + 793*(months/1080) + parts/1080
	day := 1 + 29*months + hours/24
	parts = 1080*(hours%24) + parts%1080
	// Dehiyyot: molad at or after noon; a common year's molad on Tuesday
	// at or after 9h 204p; the year after a leap year's on Monday at or
	// after 15h 589p; then never on Sunday, Wednesday or Friday.
	if parts >= 19440 || day%7 == 2 && parts >= 9924 && !hebrewLeap(y) || day%7 == 1 && parts >= 16789 && hebrewLeap(y-1) {
		day++
	}
	if w := day % 7; w == 0 || w == 3 || w == 5 {
		day++
	}
	return day
}

// hebrewEpochJD puts day 0 of hebrewElapsed on the Julian Day count: 1
// Tishrei AM 1 was Monday 7 October 3761 BCE (proleptic Julian), JD
// 347998 -- so that hebrewElapsed's day 1 is JD 347998.
const hebrewEpochJD = 347997

// hebrewMonthDays is the length of month m of Hebrew year y.
func hebrewMonthDays(y, m int) int {
	n := hebrewElapsed(y+1) - hebrewElapsed(y)
	switch m {
	case iyar, tammuz, elul, tevet, adar:
		return 29
	case adarI:
		if hebrewLeap(y) {
			return 30
		}
		return 0
	case heshvan:
		if n%10 == 5 {
			return 30
		}
		return 29
	case kislev:
		if n%10 == 3 {
			return 29
		}
		return 30
	}
	return 30
}

// hebrewDate returns the Gregorian date of day d of month m of Hebrew
// year y (the daytime of that day; it began at sundown the evening
// before).
func hebrewDate(y, m, d int) time.Time {
	jd := hebrewEpochJD + hebrewElapsed(y) + d - 1
	// Months from Tishrei to the month wanted, in the order of the year.
	order := []int{tishrei, heshvan, kislev, tevet, shevat, adarI, adar, nisan, iyar, sivan, tammuz, av, elul}
	for _, o := range order {
		if o == m {
			break
		}
		jd += hebrewMonthDays(y, o)
	}
	return fromJD(jd)
}

// The Islamic calendar. The tabular (arithmetic) calendar counts 30-year
// cycles with 11 leap years (the "civil" epoch, Friday 16 July 622
// Julian); the astronomical reckoning (islamicMonthStart) starts each
// month by the Umm al-Qura rule.

// islamicTabular returns the Gregorian date of day d of month m of
// Islamic year y in the tabular calendar.
func islamicTabular(y, m, d int) time.Time {
	jd := d + int(math.Ceil(29.5*float64(m-1))) + (y-1)*354 + (3+11*y)/30 + 1948439
	return fromJD(jd)
}

// Where the Islamic month is reckoned: Mecca, for the Saudi calendar,
// whose dates most of the Muslim world and news reports follow.
const (
	meccaLat, meccaLon, meccaZone = 21.42, 39.83, 3.0
)

// islamicMonthStart returns the first day of month m of Islamic year y by
// the Umm al-Qura rule of the Saudi calendar (in force since 1423 AH,
// 2002): on the evening of the 29th, when the conjunction comes before
// sunset at Mecca and the Moon sets after the Sun there, the new month
// starts the next day; otherwise the month runs 30 days. The tabular
// date locates the month; the conjunction before it and the first evening
// after it that passes both tests fix the day. Measured in docs/tagger.md
// against the published calendar and against other rules.
func islamicMonthStart(y, m int) time.Time {
	approx := islamicTabular(y, m, 1)
	nm := phaseAfter(jdeAt(approx, 0, 0)-5, 0) // the conjunction that opens the month
	day := localDate(nm, meccaZone)
	for {
		set := jdeAt(day, sunEvent(day, meccaLat, meccaLon, meccaZone, false), meccaZone)
		if set > nm && moonAltitude(set, meccaLat, meccaLon) > moonSetAltitude(set) {
			return day.AddDate(0, 0, 1)
		}
		day = day.AddDate(0, 0, 1)
	}
}

// islamicDate returns day d of month m of Islamic year y (Umm al-Qura).
func islamicDate(y, m, d int) time.Time { return islamicMonthStart(y, m).AddDate(0, 0, d-1) }

// islamicYearOf returns the Islamic year in which month m starts closest
// after 1 January of Gregorian year gy (the first candidate to try).
func islamicYearOf(gy, m int) int {
	return int(float64(gy-622)*33/32) + 1 - map[bool]int{true: 1}[m > 6]
}

// chineseNewYear returns the first day of the Chinese year that begins in
// Gregorian year y, by the rules of the current (1645) calendar, in Beijing
// time (UTC+8): month 11 is the month holding the winter solstice; when 13
// new moons separate two months 11, the first month after month 11 that
// holds no principal term (the Sun at a multiple of 30°) is intercalary;
// the new year is the second month after month 11, or the third when
// month 11 or 12 is followed by its leap month (as before 2034). chineseDay
// counts the months.
func chineseNewYear(y int) time.Time { return chineseDay(y, 1, 1) }

// chineseDay returns day d of month m (1 to 10, not a leap month) of the
// Chinese year that begins in Gregorian year y, in Beijing time, by the
// rules of chineseNewYear: of 13 months between two months 11, the first
// that holds no principal term is intercalary and repeats the number of
// the month before it.
func chineseDay(y, m, d int) time.Time {
	m11 := chineseMonth11(y - 1)
	next := chineseMonth11(y)
	var starts []float64 // new moons from month 11 (of y-1) to month 11 (of y)
	for nm := m11; localDate(nm, 8).Before(localDate(next, 8)); nm = phaseAfter(nm+1, 0) {
		starts = append(starts, nm)
	}
	leap := -1
	if len(starts) == 13 {
		for k := 1; k < len(starts); k++ {
			end := next
			if k+1 < len(starts) {
				end = starts[k+1]
			}
			term := localDate(sunAt(starts[k], mod360(30*float64(int(sunLongitude(starts[k])/30)+1))), 8)
			if !term.Before(localDate(end, 8)) {
				leap = k
				break
			}
		}
	}
	num := 11
	for k := 1; k < len(starts); k++ {
		if k == leap {
			continue
		}
		num = num%12 + 1
		if num == m {
			return localDate(starts[k], 8).AddDate(0, 0, d-1)
		}
	}
	return time.Time{}
}

// chineseMonth11 returns the new moon opening month 11 of Chinese year y:
// the last new moon whose Beijing date is on or before the day of the
// December solstice.
func chineseMonth11(y int) float64 {
	solstice := sunAt(jdeAt(date(y, 12, 10), 0, 0), 270)
	day := localDate(solstice, 8)
	nm := phaseAfter(solstice-31, 0)
	for {
		n := phaseAfter(nm+1, 0)
		if localDate(n, 8).After(day) {
			return nm
		}
		nm = n
	}
}

// The Hindu lunisolar calendar (amanta: a month runs from new moon to new
// moon), reckoned for Ujjain, the traditional meridian, in Indian Standard
// Time (UTC+5:30). A lunar month is named after the sidereal sign (Lahiri)
// the Sun is in at the new moon that opens it: Sun in Pisces opens
// Chaitra, in Aries Vaishakha, and so on; when two new moons fall in one
// sign, the first month is adhika (intercalary) and festivals skip it. A
// tithi is a twelfth part of the Moon's elongation from the Sun (1-15 the
// waxing half, 16-30 the waning half, 30 the new moon); a festival falls
// on the day whose observance time (sunrise, noon, evening, midnight)
// lies in its tithi.
const (
	ujjainLat, ujjainLon, istZone = 23.18, 75.78, 5.5
)

// Amanta lunar months, numbered from Chaitra.
const (
	chaitra = iota
	vaishakha
	jyeshtha
	ashadha
	shravana
	bhadrapada
	ashvin
	kartika
	margashirsha
	pausha
	magha
	phalguna
)

// observance is the time of day at which a festival's tithi is tested.
type observance int

const (
	atSunrise   observance = iota // udaya: most festivals
	atNoon                        // madhyahna: Rama Navami, Ganesh Chaturthi
	atAfternoon                   // aparahna: Dussehra, Bhai Dooj
	atEvening                     // pradosha, after sunset: Diwali, Holika Dahan
	atMidnight                    // nishita: Janmashtami, Maha Shivaratri
)

// observanceTime is the local clock time (hours) of an observance on day d.
func observanceTime(d time.Time, o observance) float64 {
	rise := sunEvent(d, ujjainLat, ujjainLon, istZone, true)
	set := sunEvent(d, ujjainLat, ujjainLon, istZone, false)
	switch o {
	case atNoon:
		return (rise + set) / 2
	case atAfternoon:
		return rise + (set-rise)*0.7
	case atEvening: // the end of pradosha, 2h24m after sunset: a tithi that has begun by then counts
		return set + 2.4
	case atMidnight:
		return (set + rise + 24) / 2
	}
	return rise + 0.05
}

// tithiAt is the tithi (1..30) running at jde.
func tithiAt(jde float64) int { return int(elongation(jde)/12) + 1 }

// lunarMonth names the amanta month opened by the new moon at jde, and
// says whether it is adhika.
func lunarMonth(nm float64) (month int, adhika bool) {
	sign := int(siderealSun(nm) / 30)
	next := int(siderealSun(phaseAfter(nm+1, 0)) / 30)
	return (sign + 1) % 12, sign == next
}

// hinduFestival returns the day in Gregorian year y on which tithi falls
// in the (nija) amanta month: the first day whose observance time lies in
// the tithi, or, when the tithi begins and ends between two observance
// times (a kshaya tithi), the day it begins on.
func hinduFestival(y, month, tithi int, o observance) (time.Time, bool) {
	from := jdeAt(date(y-1, 11, 1), 0, 0)
	for from < jdeAt(date(y+1, 1, 1), 0, 0) {
		nm := phaseAfter(from, 0)
		from = nm + 1
		if m, adhika := lunarMonth(nm); m != month || adhika {
			continue
		}
		first := localDate(nm, istZone).AddDate(0, 0, -1)
		for i := 0; i < 33; i++ {
			d := first.AddDate(0, 0, i)
			jd := jdeAt(d, observanceTime(d, o), istZone)
			n := tithiAt(jd)
			if jd < nm {
				n -= 30
			}
			if n == tithi || n == tithi+1 {
				if n == tithi+1 { // kshaya: the tithi ran between two observance times
					d = d.AddDate(0, 0, -1)
				}
				if d.Year() == y {
					return d, true
				}
				break
			}
		}
	}
	return time.Time{}, false
}

// sankranti returns the day in Gregorian year y on which the Sun enters
// the sidereal sign starting at lon (270: Capricorn, 0: Aries): the day
// of the entry in IST, or, with afterSunset, the next day when the entry
// comes after sunset (the rule for Makar Sankranti and Pongal; Vaisakhi
// keeps the day of the entry).
func sankranti(y int, lon float64, afterSunset bool) time.Time {
	jd := siderealSunAt(jdeAt(date(y, 1, 1), 0, 0), lon)
	d := localDate(jd, istZone)
	if afterSunset && jd > jdeAt(d, sunEvent(d, ujjainLat, ujjainLon, istZone, false), istZone) {
		d = d.AddDate(0, 0, 1)
	}
	return d
}

// holikaDahan is the evening the Holi bonfire is lit: the first evening
// the full moon of Phalguna (tithi 15) has begun by the end of pradosha.
// The fire waits out Bhadra (the first half of that tithi); when Bhadra
// lasts past midnight and the full moon still runs three quarters of the
// next day (three prahars after sunrise), it moves to the next evening.
func holikaDahan(y int) (time.Time, bool) {
	d, ok := hinduFestival(y, phalguna, 15, atEvening)
	if !ok {
		return d, false
	}
	start := phaseAfter(jdeAt(d, 0, istZone)-2, 168)
	end := phaseAfter(start, 180)
	next := d.AddDate(0, 0, 1)
	rise := sunEvent(next, ujjainLat, ujjainLon, istZone, true)
	set := sunEvent(next, ujjainLat, ujjainLon, istZone, false)
	if (start+end)/2 > jdeAt(d, 24, istZone) && end > jdeAt(next, rise+0.75*(set-rise), istZone) {
		d = next
	}
	return d, true
}
