package temporal

import (
	"math"
	"time"
)

// Low-precision positions of the Sun and the Moon, enough to date new
// moons, solstices, lunar days (tithi) and the Sun's entry into a sidereal
// sign to within a few minutes between about 1900 and 2100. The series
// are the leading terms of Meeus, Astronomical Algorithms (2nd ed.),
// chapters 25 (the Sun) and 47 (the Moon); the code and the choice of
// terms are ours. Times are Julian Days in Terrestrial Time (jde); ut and
// tt convert from and to time.Time (UTC) with a rough Delta T.

const j2000 = 2451545.0

// jdOf returns the Julian Day of a UTC time.
func jdOf(t time.Time) float64 {
	return 2440587.5 + float64(t.Unix())/86400
}

// timeOf returns the UTC time of a Julian Day.
func timeOf(jd float64) time.Time {
	sec := (jd - 2440587.5) * 86400
	return time.Unix(int64(math.Floor(sec)), 0).UTC()
}

// deltaT is TT - UT in days: a linear fit to the observed values (29 s in
// 1950, 64 s in 2005, 69 s in 2020); minutes of error far from 2000 do
// not move a date.
func deltaT(jd float64) float64 {
	y := 2000 + (jd-j2000)/365.25
	s := 64.7 + 0.33*(y-2005)
	if y < 2005 {
		s = 64.7 - 0.64*(2005-y)
	}
	return s / 86400
}

func rad(d float64) float64 { return d * math.Pi / 180 }

// mod360 reduces an angle to [0, 360).
func mod360(x float64) float64 {
	x = math.Mod(x, 360)
	if x < 0 {
		x += 360
	}
	return x
}

// sunLongitude is the Sun's apparent geocentric longitude (degrees,
// tropical, of date) at jde (Meeus ch. 25, low accuracy: about 0.01°).
func sunLongitude(jde float64) float64 {
	t := (jde - j2000) / 36525
	l0 := 280.46646 + 36000.76983*t + 0.0003032*t*t
	m := rad(357.52911 + 35999.05029*t - 0.0001537*t*t)
	c := (1.914602-0.004817*t-0.000014*t*t)*math.Sin(m) + (0.019993-0.000101*t)*math.Sin(2*m) + 0.000289*math.Sin(3*m)
	omega := rad(125.04 - 1934.136*t)
	return mod360(l0 + c - 0.00569 - 0.00478*math.Sin(omega))
}

// moonTerms are the periodic terms of the Moon's longitude: multiples of
// D, M, M', F and the amplitude in millionths of a degree.
var moonTerms = [][5]float64{
	{0, 0, 1, 0, 6288774}, {2, 0, -1, 0, 1274027}, {2, 0, 0, 0, 658314},
	{0, 0, 2, 0, 213618}, {0, 1, 0, 0, -185116}, {0, 0, 0, 2, -114332},
	{2, 0, -2, 0, 58793}, {2, -1, -1, 0, 57066}, {2, 0, 1, 0, 53322},
	{2, -1, 0, 0, 45758}, {0, 1, -1, 0, -40923}, {1, 0, 0, 0, -34720},
	{0, 1, 1, 0, -30383}, {2, 0, 0, -2, 15327}, {0, 0, 1, 2, -12528},
	{0, 0, 1, -2, 10980}, {4, 0, -1, 0, 10675}, {0, 0, 3, 0, 10034},
	{4, 0, -2, 0, 8548}, {2, 1, -1, 0, -7888}, {2, 1, 0, 0, -6766},
	{1, 0, -1, 0, -5163}, {1, 1, 0, 0, 4987}, {2, -1, 1, 0, 4036},
	{2, 0, 2, 0, 3994}, {4, 0, 0, 0, 3861}, {2, 0, -3, 0, 3665},
	{0, 1, -2, 0, -2689}, {2, 0, -1, 2, -2602}, {2, -1, -2, 0, 2390},
	{1, 0, 1, 0, -2348}, {2, -2, 0, 0, 2236}, {0, 1, 2, 0, -2120},
	{0, 2, 0, 0, -2069}, {2, -2, -1, 0, 2048}, {2, 0, 1, -2, -1773},
	{2, 0, 0, 2, -1595}, {4, -1, -1, 0, 1215}, {0, 0, 2, 2, -1110},
	{3, 0, -1, 0, -892}, {2, 1, 1, 0, -810}, {4, -1, -2, 0, 759},
	{0, 2, -1, 0, -713}, {2, 2, -1, 0, -700}, {2, 1, -2, 0, 691},
	{2, -1, 0, -2, 596}, {4, 0, 1, 0, 549}, {0, 0, 4, 0, 537},
	{4, -1, 0, 0, 520}, {1, 0, -2, 0, -487},
}

// moonArgs are the fundamental arguments of the Moon's series at jde, in
// radians but for lp (degrees): the mean longitude L', the elongation D,
// the Sun's anomaly M, the Moon's anomaly M', the argument of latitude F,
// and e, the factor of terms in M for the shrinking eccentricity of the
// Earth's orbit.
func moonArgs(jde float64) (t, lp, d, m, mp, f, e float64) {
	t = (jde - j2000) / 36525
	lp = 218.3164477 + 481267.88123421*t - 0.0015786*t*t + t*t*t/538841
	d = rad(297.8501921 + 445267.1114034*t - 0.0018819*t*t + t*t*t/545868)
	m = rad(357.5291092 + 35999.0502909*t - 0.0001536*t*t)
	mp = rad(134.9633964 + 477198.8675055*t + 0.0087414*t*t + t*t*t/69699)
	f = rad(93.2720950 + 483202.0175233*t - 0.0036539*t*t)
	e = 1 - 0.002516*t - 0.0000074*t*t
	return
}

// moonSum adds up periodic terms at the arguments d, m, mp, f, with sines
// or (cos true) cosines.
func moonSum(terms [][5]float64, d, m, mp, f, e float64, cos bool) float64 {
	sum := 0.0
	for _, k := range terms {
		x := k[0]*d + k[1]*m + k[2]*mp + k[3]*f
		a := k[4] * math.Sin(x)
		if cos {
			a = k[4] * math.Cos(x)
		}
		switch math.Abs(k[1]) {
		case 1:
			a *= e
		case 2:
			a *= e * e
		}
		sum += a
	}
	return sum
}

// moonLongitude is the Moon's apparent geocentric longitude (degrees,
// tropical, of date) at jde (Meeus ch. 47, the 50 largest terms: about
// 0.01°, a minute of time in a lunar phase).
func moonLongitude(jde float64) float64 {
	t, lp, d, m, mp, f, e := moonArgs(jde)
	sum := moonSum(moonTerms, d, m, mp, f, e, false)
	a1 := rad(119.75 + 131.849*t)
	a2 := rad(53.09 + 479264.290*t)
	sum += 3958*math.Sin(a1) + 1962*math.Sin(rad(lp)-f) + 318*math.Sin(a2)
	omega := rad(125.04 - 1934.136*t)
	return mod360(lp + sum/1e6 - 0.00478*math.Sin(omega))
}

// moonLatTerms are the periodic terms of the Moon's latitude, as
// moonTerms (Meeus table 47.B, the 30 largest: about 0.005°).
var moonLatTerms = [][5]float64{
	{0, 0, 0, 1, 5128122}, {0, 0, 1, 1, 280602}, {0, 0, 1, -1, 277693},
	{2, 0, 0, -1, 173237}, {2, 0, -1, 1, 55413}, {2, 0, -1, -1, 46271},
	{2, 0, 0, 1, 32573}, {0, 0, 2, 1, 17198}, {2, 0, 1, -1, 9266},
	{0, 0, 2, -1, 8822}, {2, -1, 0, -1, 8216}, {2, 0, -2, -1, 4324},
	{2, 0, 1, 1, 4200}, {2, 1, 0, -1, -3359}, {2, -1, -1, 1, 2463},
	{2, -1, 0, 1, 2211}, {2, -1, -1, -1, 2065}, {0, 1, -1, -1, -1870},
	{4, 0, -1, -1, 1828}, {0, 1, 0, 1, -1794}, {0, 0, 0, 3, -1749},
	{0, 1, -1, 1, -1565}, {1, 0, 0, 1, -1491}, {0, 1, 1, 1, -1475},
	{0, 1, 1, -1, -1410}, {0, 1, 0, -1, -1344}, {1, 0, 0, -1, -1335},
	{0, 0, 3, 1, 1107}, {4, 0, 0, -1, 1021}, {4, 0, -1, 1, 833},
}

// moonDistTerms are the periodic terms of the Moon's distance from the
// Earth's centre, in metres, as moonTerms (Meeus table 47.A, the terms
// above 10 km).
var moonDistTerms = [][5]float64{
	{0, 0, 1, 0, -20905355}, {2, 0, -1, 0, -3699111}, {2, 0, 0, 0, -2955968},
	{0, 0, 2, 0, -569925}, {0, 1, 0, 0, 48888}, {2, 0, -2, 0, 246158},
	{2, -1, -1, 0, -152138}, {2, 0, 1, 0, -170733}, {2, -1, 0, 0, -204586},
	{0, 1, -1, 0, -129620}, {1, 0, 0, 0, 108743}, {0, 1, 1, 0, 104755},
	{2, 0, 0, -2, 10321}, {0, 0, 1, -2, 79661}, {4, 0, -1, 0, -34782},
	{0, 0, 3, 0, -23210}, {4, 0, -2, 0, -21636}, {2, 1, -1, 0, 24208},
	{2, 1, 0, 0, 30824}, {1, 1, 0, 0, -16675}, {2, -1, 1, 0, -12831},
	{2, 0, 2, 0, -10445}, {4, 0, 0, 0, -11650}, {2, 0, -3, 0, 14403},
	{2, -1, -2, 0, 10056},
}

// moonLatitude is the Moon's geocentric ecliptic latitude (degrees) at jde.
func moonLatitude(jde float64) float64 {
	t, lp, d, m, mp, f, e := moonArgs(jde)
	sum := moonSum(moonLatTerms, d, m, mp, f, e, false)
	l := rad(lp)
	a1 := rad(119.75 + 131.849*t)
	a3 := rad(313.45 + 481266.484*t)
	sum += -2235*math.Sin(l) + 382*math.Sin(a3) + 175*math.Sin(a1-f) + 175*math.Sin(a1+f) + 127*math.Sin(l-mp) - 115*math.Sin(l+mp)
	return sum / 1e6
}

// moonDistance is the distance (km) between the centres of the Earth and
// the Moon at jde.
func moonDistance(jde float64) float64 {
	_, _, d, m, mp, f, e := moonArgs(jde)
	return 385000.56 + moonSum(moonDistTerms, d, m, mp, f, e, true)/1000
}

// elongation is the Moon's longitude minus the Sun's, in [0, 360).
func elongation(jde float64) float64 { return mod360(moonLongitude(jde) - sunLongitude(jde)) }

// synodic is the mean length of a lunation in days.
const synodic = 29.530588853

// phaseAfter returns the first jde after from at which the elongation is
// angle (0: new moon, 180: full moon, 12k: the end of the kth tithi).
func phaseAfter(from, angle float64) float64 {
	jd := longitudeAt(elongation, synodic, 1e-6, from, angle)
	if jd <= from { // landed on the previous one
		return phaseAfter(from+1, angle)
	}
	return jd
}

// sunAt returns the first jde after from at which the Sun's tropical
// longitude is lon.
func sunAt(from, lon float64) float64 { return longitudeAt(sunLongitude, 365.2422, 1e-7, from, lon) }

// longitudeAt returns the first jde after from at which the angle
// long(jde), which turns once in period days, is lon: a first guess from
// the mean motion, then Newton's steps on the mean motion until the error
// is below tol degrees. The Sun's longitudes and the Moon's elongation
// (phaseAfter) are found by it.
func longitudeAt(long func(float64) float64, period, tol, from, lon float64) float64 {
	jd := from + mod360(lon-long(from))/360*period
	for i := 0; i < 8; i++ {
		diff := mod360(lon-long(jd)+180) - 180
		jd += diff / 360 * period
		if math.Abs(diff) < tol {
			break
		}
	}
	return jd
}

// ayanamsa is the Lahiri (Chitrapaksha) ayanamsa at jde, in degrees:
// 23°51'11" at J2000, growing with general precession (50.29" a year).
func ayanamsa(jde float64) float64 {
	return 23.853056 + 1.39697*(jde-j2000)/36525
}

// siderealSun is the Sun's sidereal (nirayana) longitude at jde.
func siderealSun(jde float64) float64 { return mod360(sunLongitude(jde) - ayanamsa(jde)) }

// siderealSunAt returns the first jde after from at which the Sun's
// sidereal longitude is lon (a sankranti when lon is a multiple of 30).
func siderealSunAt(from, lon float64) float64 {
	return longitudeAt(siderealSun, 365.2564, 1e-7, from, lon)
}

// localDate is the civil date, in a zone offset east of UTC by hours, of
// the instant jde.
func localDate(jde, hours float64) time.Time {
	return civil(timeOf(jde - deltaT(jde) + hours/24))
}

// jdeAt is the jde of the local clock time hours (may exceed 24) on the
// civil date d, in a zone offset east of UTC by zone hours.
func jdeAt(d time.Time, hours, zone float64) float64 {
	jd := jdOf(d) + (hours-zone)/24
	return jd + deltaT(jd)
}

// sunEvent returns the local clock time (hours) of sunrise (rise true) or
// sunset on civil date d at latitude lat and east longitude lon, in a zone
// offset by zone hours: the Sun's upper limb on the horizon with standard
// refraction (-0.833°), from its declination and the equation of time at
// local noon. Good to a minute or two.
func sunEvent(d time.Time, lat, lon, zone float64, rise bool) float64 {
	noon := 12 - lon/15 + zone // local clock time of mean noon
	jde := jdeAt(d, noon, zone)
	t := (jde - j2000) / 36525
	ra, dec := equatorial(jde, sunLongitude(jde), 0)
	l0 := rad(mod360(280.46646 + 36000.76983*t))
	eot := math.Remainder(l0-0.0057183*math.Pi/180-ra, 2*math.Pi) * 12 / math.Pi // hours
	cosH := (math.Sin(rad(-0.833)) - math.Sin(rad(lat))*math.Sin(dec)) / (math.Cos(rad(lat)) * math.Cos(dec))
	h := math.Acos(math.Max(-1, math.Min(1, cosH))) * 12 / math.Pi
	if rise {
		return noon - eot - h
	}
	return noon - eot + h
}

// equatorial converts ecliptic longitude lambda and latitude beta
// (degrees, of date) at jde to right ascension and declination (radians),
// with the mean obliquity of the ecliptic.
func equatorial(jde, lambda, beta float64) (ra, dec float64) {
	t := (jde - j2000) / 36525
	eps := rad(23.4393 - 0.013*t)
	l, b := rad(lambda), rad(beta)
	ra = math.Atan2(math.Sin(l)*math.Cos(eps)-math.Tan(b)*math.Sin(eps), math.Cos(l))
	dec = math.Asin(math.Sin(b)*math.Cos(eps) + math.Cos(b)*math.Sin(eps)*math.Sin(l))
	return ra, dec
}

// altitude returns the geocentric altitude (degrees) at jde, seen from
// latitude lat and east longitude lon, of a body at ecliptic longitude
// lambda and latitude beta (degrees, of date; nutation is left out, a few
// arcseconds).
func altitude(jde, lambda, beta, lat, lon float64) float64 {
	t := (jde - j2000) / 36525
	ra, dec := equatorial(jde, lambda, beta)
	gmst := 280.46061837 + 360.98564736629*(jde-deltaT(jde)-j2000) + 0.000387933*t*t // sidereal time at Greenwich
	h := rad(gmst+lon) - ra
	phi := rad(lat)
	return math.Asin(math.Sin(phi)*math.Sin(dec)+math.Cos(phi)*math.Cos(dec)*math.Cos(h)) * 180 / math.Pi
}

// moonAltitude is the Moon's geocentric altitude (degrees) at jde.
func moonAltitude(jde, lat, lon float64) float64 {
	return altitude(jde, moonLongitude(jde), moonLatitude(jde), lat, lon)
}

// moonSetAltitude is the geocentric altitude of the Moon's centre when its
// upper limb touches the horizon (Meeus ch. 15: 0.7275 of the horizontal
// parallax, less 34' of refraction), about +0.13°: the Moon has set when
// it is below.
func moonSetAltitude(jde float64) float64 {
	parallax := math.Asin(6378.14/moonDistance(jde)) * 180 / math.Pi
	return 0.7275*parallax - 0.5667
}
