package temporal

import (
	"strconv"
	"strings"
	"time"
)

// Days of the same name kept by different nations. The holiday table
// holds "Independence Day" as the United States' (4 July). News from
// another nation that keeps one means its own: "Independence Day" in a
// story datelined NEW DELHI is 15 August, and so is "India's Independence
// Day" anywhere. nationalDay finds the nation from the word before the
// name (its owner, "India's", "Mexican") or, failing one, from the
// story's dateline, and gives that nation's day when the table below
// holds it; otherwise the name keeps its table entry (and its own check,
// which leaves another nation's day undated).

// nationalDays are the nations' days, by the name of the day in the
// holiday table and the nation.
var nationalDays = func() map[string]*holiday {
	type day struct {
		nation, country string
		month, day      int
	}
	independence := []day{
		{"india", "India", 8, 15}, {"pakistan", "Pakistan", 8, 14}, {"bangladesh", "Bangladesh", 3, 26},
		{"sri lanka", "Sri Lanka", 2, 4}, {"indonesia", "Indonesia", 8, 17}, {"philippines", "the Philippines", 6, 12},
		{"malaysia", "Malaysia", 8, 31}, {"mexico", "Mexico", 9, 16}, {"brazil", "Brazil", 9, 7},
		{"argentina", "Argentina", 7, 9}, {"chile", "Chile", 9, 18}, {"colombia", "Colombia", 7, 20},
		{"peru", "Peru", 7, 28}, {"venezuela", "Venezuela", 7, 5}, {"nigeria", "Nigeria", 10, 1},
		{"ghana", "Ghana", 3, 6}, {"kenya", "Kenya", 12, 12}, {"tanzania", "Tanzania", 12, 9},
		{"uganda", "Uganda", 10, 9}, {"zimbabwe", "Zimbabwe", 4, 18}, {"algeria", "Algeria", 7, 5},
		{"morocco", "Morocco", 11, 18}, {"ukraine", "Ukraine", 8, 24}, {"poland", "Poland", 11, 11},
		{"finland", "Finland", 12, 6}, {"jamaica", "Jamaica", 8, 6}, {"south sudan", "South Sudan", 7, 9},
	}
	m := map[string]*holiday{}
	for _, d := range independence {
		m["Independence Day|"+d.nation] = &holiday{
			name:  "Independence Day",
			names: []string{"independence day (" + d.nation + ")"},
			how:   formatDayMonth(d.day, d.month) + " (" + d.country + ")",
			on:    fixedDay(d.month, d.day),
		}
	}
	// Israel's falls by the Hebrew calendar, under its own name.
	m["Independence Day|israel"] = holidayByName("Yom HaAtzmaut")
	// Days of names that many nations share (the table's nationalOnly).
	fixed := []struct {
		name, nation, country string
		month, day            int
	}{
		{"National Day", "china", "China", 10, 1}, {"National Day", "uae", "the UAE", 12, 2},
		{"National Day", "singapore", "Singapore", 8, 9}, {"National Day", "saudi arabia", "Saudi Arabia", 9, 23},
		{"National Day", "qatar", "Qatar", 12, 18}, {"National Day", "kuwait", "Kuwait", 2, 25},
		{"Liberation Day", "korea", "South Korea", 8, 15}, {"Liberation Day", "netherlands", "the Netherlands", 5, 5},
		{"Liberation Day", "italy", "Italy", 4, 25}, {"Armed Forces Day", "korea", "South Korea", 10, 1},
		{"Democracy Day", "nigeria", "Nigeria", 6, 12}, {"Martyrs' Day", "uganda", "Uganda", 6, 3},
		{"Republic Day", "india", "India", 1, 26}, {"Republic Day", "turkey", "Turkey", 10, 29},
		{"Labour Day", "nigeria", "Nigeria", 5, 1}, {"Labour Day", "kenya", "Kenya", 5, 1},
		{"Labour Day", "south africa", "South Africa", 5, 1}, {"Labour Day", "singapore", "Singapore", 5, 1},
		{"Labour Day", "philippines", "the Philippines", 5, 1}, {"Labour Day", "india", "India", 5, 1},
	}
	for _, d := range fixed {
		m[d.name+"|"+d.nation] = &holiday{
			name:  d.name,
			names: []string{strings.ToLower(d.name) + " (" + d.nation + ")"},
			how:   formatDayMonth(d.day, d.month) + " (" + d.country + ")",
			on:    fixedDay(d.month, d.day),
		}
	}
	// and those that fall on a weekday of a month
	m["Family Day|canada"] = &holiday{name: "Family Day", names: []string{"family day (canada)"}, how: "the third Monday of February (Canada)", on: nthWeekdayDay(2, 1, 3)}
	m["Labour Day|canada"] = &holiday{name: "Labour Day", names: []string{"labour day (canada)"}, how: "the first Monday of September (Canada)", on: nthWeekdayDay(9, 1, 1)}
	m["Labour Day|new zealand"] = &holiday{name: "Labour Day", names: []string{"labour day (new zealand)"}, how: "the fourth Monday of October (New Zealand)", on: nthWeekdayDay(10, 1, 4)}
	return m
}()

// formatDayMonth writes "15 August".
func formatDayMonth(d, m int) string {
	return strconv.Itoa(d) + " " + time.Month(m).String()
}

// holidayByName finds a holiday of the table by its name.
func holidayByName(name string) *holiday {
	for i := range holidayTable {
		if holidayTable[i].name == name {
			return &holidayTable[i]
		}
	}
	panic("temporal: no holiday " + name)
}

// nationWords name a nation, as a noun or an adjective, lower case.
var nationWords = map[string]string{
	"india": "india", "indian": "india", "pakistan": "pakistan", "pakistani": "pakistan",
	"bangladesh": "bangladesh", "bangladeshi": "bangladesh", "lanka": "sri lanka", "lankan": "sri lanka",
	"indonesia": "indonesia", "indonesian": "indonesia", "philippines": "philippines", "philippine": "philippines", "filipino": "philippines",
	"malaysia": "malaysia", "malaysian": "malaysia", "mexico": "mexico", "mexican": "mexico",
	"brazil": "brazil", "brazilian": "brazil", "argentina": "argentina", "argentine": "argentina", "argentinian": "argentina",
	"chile": "chile", "chilean": "chile", "colombia": "colombia", "colombian": "colombia", "peru": "peru", "peruvian": "peru",
	"venezuela": "venezuela", "venezuelan": "venezuela", "nigeria": "nigeria", "nigerian": "nigeria",
	"ghana": "ghana", "ghanaian": "ghana", "kenya": "kenya", "kenyan": "kenya", "tanzania": "tanzania", "tanzanian": "tanzania",
	"uganda": "uganda", "ugandan": "uganda", "zimbabwe": "zimbabwe", "zimbabwean": "zimbabwe",
	"algeria": "algeria", "algerian": "algeria", "morocco": "morocco", "moroccan": "morocco",
	"ukraine": "ukraine", "ukrainian": "ukraine", "poland": "poland", "polish": "poland",
	"finland": "finland", "finnish": "finland", "jamaica": "jamaica", "jamaican": "jamaica",
	"israel": "israel", "israeli": "israel", "sudan": "south sudan",
	"china": "china", "chinese": "china", "uae": "uae", "emirati": "uae", "emirates": "uae",
	"singapore": "singapore", "singaporean": "singapore", "saudi": "saudi arabia", "arabia": "saudi arabia",
	"qatar": "qatar", "qatari": "qatar", "kuwait": "kuwait", "kuwaiti": "kuwait", "korea": "korea", "korean": "korea",
	"netherlands": "netherlands", "dutch": "netherlands", "italy": "italy", "italian": "italy",
	"turkey": "turkey", "turkish": "turkey", "türkiye": "turkey", "canada": "canada", "canadian": "canada",
	"zealand": "new zealand", "africa": "south africa",
}

// datelineCities are the cities that datelines name, of the nations of
// nationalDays, upper case as datelines write them.
var datelineCities = map[string]string{
	"NEW DELHI": "india", "DELHI": "india", "MUMBAI": "india", "KOLKATA": "india", "CHENNAI": "india",
	"BENGALURU": "india", "BANGALORE": "india", "HYDERABAD": "india", "AHMEDABAD": "india", "LUCKNOW": "india", "SRINAGAR": "india",
	"ISLAMABAD": "pakistan", "KARACHI": "pakistan", "LAHORE": "pakistan", "PESHAWAR": "pakistan", "QUETTA": "pakistan", "RAWALPINDI": "pakistan",
	"DHAKA": "bangladesh", "COLOMBO": "sri lanka", "JAKARTA": "indonesia", "SURABAYA": "indonesia",
	"MANILA": "philippines", "CEBU": "philippines", "DAVAO": "philippines", "KUALA LUMPUR": "malaysia",
	"MEXICO CITY": "mexico", "GUADALAJARA": "mexico", "MONTERREY": "mexico", "TIJUANA": "mexico",
	"BRASILIA": "brazil", "SAO PAULO": "brazil", "RIO DE JANEIRO": "brazil", "BUENOS AIRES": "argentina",
	"BOGOTA": "colombia", "LIMA": "peru", "CARACAS": "venezuela", "LAGOS": "nigeria", "ABUJA": "nigeria", "KANO": "nigeria",
	"ACCRA": "ghana", "NAIROBI": "kenya", "MOMBASA": "kenya", "DAR ES SALAAM": "tanzania", "DODOMA": "tanzania",
	"KAMPALA": "uganda", "HARARE": "zimbabwe", "ALGIERS": "algeria", "RABAT": "morocco", "CASABLANCA": "morocco",
	"KYIV": "ukraine", "KIEV": "ukraine", "KHARKIV": "ukraine", "ODESA": "ukraine", "LVIV": "ukraine",
	"WARSAW": "poland", "KRAKOW": "poland", "HELSINKI": "finland", "JERUSALEM": "israel", "TEL AVIV": "israel", "JUBA": "south sudan",
	"BEIJING": "china", "SHANGHAI": "china", "SHENZHEN": "china", "GUANGZHOU": "china", "SEOUL": "korea", "BUSAN": "korea",
	"DUBAI": "uae", "ABU DHABI": "uae", "SINGAPORE": "singapore", "RIYADH": "saudi arabia", "JEDDAH": "saudi arabia",
	"DOHA": "qatar", "KUWAIT CITY": "kuwait", "AMSTERDAM": "netherlands", "THE HAGUE": "netherlands", "ROME": "italy", "MILAN": "italy",
	"ANKARA": "turkey", "ISTANBUL": "turkey", "OTTAWA": "canada", "TORONTO": "canada", "MONTREAL": "canada", "VANCOUVER": "canada",
	"CALGARY": "canada", "EDMONTON": "canada", "AUCKLAND": "new zealand", "WELLINGTON": "new zealand", "CHRISTCHURCH": "new zealand",
	"JOHANNESBURG": "south africa", "CAPE TOWN": "south africa", "PRETORIA": "south africa",
}

// nationalDay returns the day named h that the nation of the words at m
// keeps, or nil: the owner's ("India's Independence Day", "the Mexican
// Independence Day"), or the dateline's when no capitalised word owns it.
func nationalDay(h *holiday, m *match) *holiday {
	prev, start := m.ownerWord()
	if !start && isUpper(prev) && !strings.HasSuffix(strings.TrimRight(m.text[:m.start], " "), ",") { // (not "on Thursday, National Day")
		if n := nationWords[norm(prev)]; n != "" {
			return nationalDays[h.name+"|"+n]
		}
		return nil
	}
	if n := datelineCities[dateline(m.text)]; n != "" {
		return nationalDays[h.name+"|"+n]
	}
	return nil
}

// dateline returns the place that opens a story in capitals, before a
// comma, a bracket, a colon or a dash ("NEW DELHI:", "JAKARTA –",
// "MEXICO CITY (AP) —"), or "".
func dateline(text string) string {
	text = strings.TrimLeft(text, " \t\r\n")
	i := 0
	for i < len(text) && i < 32 && (isUpper(text[i:]) || text[i] == ' ' || text[i] == '.' || text[i] == '-' && isUpper(text[i+1:])) {
		i++
	}
	place := strings.TrimRight(text[:i], " .")
	if place == "" || i == len(text) {
		return ""
	}
	switch text[i] {
	case ',', '(', ':', '-', 0xe2: // (0xe2 opens an em or en dash)
		return place
	}
	return ""
}
