package temporal

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

var published = time.Date(2024, 6, 12, 9, 30, 0, 0, time.FixedZone("MSK", 3*3600))

// TestRuleExamples checks that every example of every rule is found by
// that rule (alone, or joined with another: "tonight" + "at 8"): the
// registry documents itself.
func TestRuleExamples(t *testing.T) {
	for _, r := range rules {
		if len(r.Examples) == 0 {
			t.Errorf("rule %q has no examples", r.Name)
		}
		for _, ex := range r.Examples {
			found := false
			for _, x := range Tag(ex, Options{Published: published}) {
				found = found || x.Rule == r.Name || strings.HasPrefix(x.Rule, r.Name+" + ") || strings.HasSuffix(x.Rule, " + "+r.Name)
			}
			if !found {
				t.Errorf("rule %q: example %q is not matched by it (got %v)", r.Name, ex, Tag(ex, Options{Published: published}))
			}
		}
	}
}

func TestResolve(t *testing.T) {
	pub := date(2024, 6, 12)
	tests := []struct {
		name string
		spec Spec
		ctx  Context
		want string
	}{
		{"month, past tense", Spec{Type: Date, Month: 3}, Context{Published: pub, Tense: TensePast, Cue: "used"}, "2024-03"},
		{"month, future tense", Spec{Type: Date, Month: 3}, Context{Published: pub, Tense: TenseFuture, Cue: "will"}, "2025-03"},
		{"month, no tense: nearest", Spec{Type: Date, Month: 8}, Context{Published: pub}, "2024-08"},
		{"month, Past policy beats tense", Spec{Type: Date, Month: 8}, Context{Published: pub, Direction: Past, Tense: TenseFuture}, "2023-08"},
		{"weekday, past", Spec{Type: Date, Weekday: 5}, Context{Published: pub, Tense: TensePast}, "2024-06-07"},
		{"weekday, future", Spec{Type: Date, Weekday: 5}, Context{Published: pub, Tense: TenseFuture}, "2024-06-14"},
		{"weekday, the publication day", Spec{Type: Date, Weekday: 3}, Context{Published: pub, Tense: TensePast}, "2024-06-12"},
		{"last weekday skips today", Spec{Type: Date, Weekday: 3, Shift: -1, Strict: true}, Context{Published: pub}, "2024-06-05"},
		{"this summer", Spec{Type: Date, Season: "SU", This: true}, Context{Published: pub}, "2024-SU"},
		{"last year", Spec{Type: Date, Grain: GrainYear, Anchor: Now, Shift: -1}, Context{Published: pub}, "2023"},
		{"next week", Spec{Type: Date, Grain: GrainWeek, Anchor: Now, Shift: 1}, Context{Published: pub}, "2024-W25"},
		{"two days later, story", Spec{Type: Date, Grain: GrainDay, Anchor: Story, Shift: 2}, Context{Published: pub, Anchor: date(2022, 3, 3), AnchorGrain: GrainDay}, "2022-03-05"},
		{"two days later, no story: publication", Spec{Type: Date, Grain: GrainDay, Anchor: Story, Shift: 2}, Context{Published: pub}, "2024-06-14"},
		{"a year earlier keeps the quarter", Spec{Type: Date, Grain: GrainYear, Anchor: Story, Shift: -1, KeepGrain: true}, Context{Published: pub, Anchor: date(2024, 1, 1), AnchorGrain: GrainQuarter}, "2023-Q1"},
		{"the quarter, past, nothing before", Spec{Type: Date, Grain: GrainQuarter, Anchor: Story}, Context{Published: pub, Tense: TensePast}, "2024-Q1"},
		{"no publication date", Spec{Type: Date, Month: 3}, Context{}, "XXXX-03"},
		{"duration", Spec{Type: Duration, Period: "P3Y"}, Context{Published: pub}, "P3Y"},
		{"vague", Spec{Type: Date, Ref: "PAST_REF"}, Context{Published: pub}, "PAST_REF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Resolve("x", tt.spec, tt.ctx)
			if got.Value != tt.want {
				t.Errorf("Resolve(%q) = %v; want %v (%s)", tt.name, got.Value, tt.want, got.Why)
			}
			if got.Why == "" {
				t.Errorf("Resolve(%q) has no Why", tt.name)
			}
		})
	}
}

func TestResolveIsPure(t *testing.T) {
	s := Spec{Type: Date, Month: 3}
	c := Context{Published: date(2024, 6, 12), Tense: TensePast, Cue: "used"}
	a, b := Resolve("March", s, c), Resolve("March", s, c)
	if a != b {
		t.Errorf("Resolve(%q) = %v, then %v; want the same", "March", a, b)
	}
}

func TestTense(t *testing.T) {
	tests := []struct {
		sentence, expr string
		want           Tense
		cue            string
	}{
		{"Moscow used its veto in March.", "March", TensePast, "used"},
		{"Putin will visit Pyongyang this summer.", "this summer", TenseFuture, "will"},
		{"Putin is expected to visit in the coming weeks.", "the coming weeks", TenseFuture, "expected to"},
		{"The company plans to list its shares in May.", "May", TenseFuture, "plans to"},
		{"The visit could take place next week.", "next week", TenseFuture, "could"},
		{"The rights, which expire Nov. 21, can be exercised.", "Nov. 21", TenseFuture, "expire"},
		{"The rights can be exercised Nov. 21.", "Nov. 21", TenseFuture, "can"},
		{"He must be returned by Jan. 14.", "Jan. 14", TenseFuture, "by"},
		{"He must be returned on Jan. 14.", "Jan. 14", TenseFuture, "must"},
		{"In March, the council voted.", "March", TensePast, "voted"},
		{"Prices in March.", "March", TenseUnknown, ""},
		{"Officials did not plan to remove him on Thursday morning.", "Thursday morning", TenseFuture, "plan to"},
		{"The hearing was postponed until Tuesday.", "Tuesday", TenseFuture, "postponed until"},
		{"Directors authorized a split, payable Dec. 7 to stock of record Nov. 22.", "Dec. 7", TenseFuture, "payable"},
		{"They said they expected the deal to close by Dec. 15.", "Dec. 15", TenseFuture, "by"},
		{"The court gave him until mid-November to answer.", "mid-November", TenseFuture, "until"},
		{"By Tuesday, the crowd had left.", "Tuesday", TensePast, "had"},
		{"His lawyer could not be reached for comment Tuesday.", "Tuesday", TensePast, "could … be reached"},
		{"The vote could take place Tuesday.", "Tuesday", TenseFuture, "could"},
		{"Protesters planned a large demonstration on Saturday.", "Saturday", TenseFuture, "planned"},
		{"The season opens in August. The last one was his best.", "August", TenseFuture, "opens (a schedule told in the present)"},
		{"In January, a clinic bombing in Birmingham, Ala., killed an officer.", "January", TensePast, "killed"},
		{"Economists had expected 2.9%. The Fed cut rates late last year.", "late last year", TensePast, "cut"},
		{"The stock split would be paid on a still unspecified date in January.", "January", TenseFuture, "would"},
		{"He added that final guidelines to be published in early November will decide.", "early November", TenseFuture, "to be published"},
		{"The issue is expected to dominate a NATO summit set for Washington in April.", "April", TenseFuture, "set for"},
		{"Sales rose in Sept. The figures were released.", "Sept", TensePast, "rose"},
		{"The report lowered the odds, and traders now see the first cut in September.", "September", TenseFuture, "see"},
		{"Fans went to see the play in March.", "March", TensePast, "went"},
		{"The analysts did not foresee a rebound in May.", "May", TensePast, "did … foresee"},
		{"The Fund, which can take claims until 2090, made its 50,000th award in March.", "March", TensePast, "made"},
		{"Schools will remain shut on Friday.", "Friday", TenseFuture, "will"},
		{"Unions have called a national strike for Sept. 17.", "Sept. 17", TenseFuture, "have called … for"},
		{"Unions called a national strike for Sept. 17.", "Sept. 17", TensePast, "called"},
		{"Retail sales follow on Thursday.", "Thursday", TenseFuture, "follow (a schedule told in the present)"},
		{"Stocks fell as investors awaited the end of the meeting on Tuesday.", "Tuesday", TensePresent, "awaited"},
		{"Stocks closed higher, and the Bank of England announces its decision on Thursday.", "Thursday", TensePresent, "announces"},
		{"He has never held elected office and travels to Paris and London on Monday.", "Monday", TenseFuture, "travels (a schedule told in the present)"},
		{"The Commission wants the first tranche paid by the end of April.", "the end of April", TenseFuture, "wants"},
		{"England trained behind closed doors, five days before they open their World Cup in Arlington, Texas, on Wednesday.", "Wednesday", TenseFuture, "open (a schedule told in the present)"},
		{"Tickets sold out within 48 hours of going on sale in February.", "February", TensePast, "sold"},
		{"Options traders are pricing a move of about 12% by Friday.", "Friday", TenseFuture, "by"},
		{"A bill would end a partial shutdown that began at 12:01 a.m. Thursday.", "12:01 a.m. Thursday", TensePast, "began"},
		{"Organizers of the march, a protest that drew thousands in April, plan a rally Saturday morning.", "Saturday morning", TenseFuture, "plan"},
		{"The mayor unveiled a spending plan for fiscal 2027 on Thursday.", "Thursday", TensePast, "unveiled"},
		{"The acting president on Tuesday set June 3 as the date of a snap election.", "June 3", TenseFuture, "set … as the date"},
		{"The judge set Friday as the deadline for his repatriation.", "Friday", TensePast, "set"},
		{"The Senate left town until Tuesday.", "Tuesday", TenseFuture, "town until"},
		{"A bill would keep the government funded through Nov. 21.", "Nov. 21", TenseFuture, "would"},
		{"Long lines kept some polling stations open past the closing time on Wednesday.", "Wednesday", TensePast, "kept"},
		{"Media reports on Sunday said he had died.", "Sunday", TensePast, "said"},
		{"The decision follows a meeting on Tuesday.", "Tuesday", TenseUnknown, ""},
		{"Output grew 1.2%, beating forecasts, after a contraction in April, the agency said.", "April", TensePast, "grew"},
	}
	for _, tt := range tests {
		i := strings.Index(tt.sentence, tt.expr)
		got, cue := clauseTense(tt.sentence, lowerASCII(tt.sentence), i, i+len(tt.expr))
		if got != tt.want || cue != tt.cue {
			t.Errorf("clauseTense(%q, %q) = %v %q; want %v %q", tt.sentence, tt.expr, got, cue, tt.want, tt.cue)
		}
	}
}

func TestDirectionOption(t *testing.T) {
	// Present tense: ByTense takes the nearest March (three months back).
	text := "The summit is in March."
	for dir, want := range map[Direction]string{ByTense: "2024-03", Past: "2024-03", Future: "2025-03"} {
		got := Tag(text, Options{Published: published, Direction: dir})
		if len(got) != 1 || got[0].Value != want {
			t.Errorf("Tag(%q, Direction %d) = %v; want %s", text, dir, got, want)
		}
	}
}

// TestWhyNamesTheTenseWord checks that when the tense decided the value,
// the Why sentence quotes the word that decided it.
func TestWhyNamesTheTenseWord(t *testing.T) {
	got := Tag("Moscow used its UN Security Council veto in March.", Options{Published: published})
	if len(got) != 1 {
		t.Fatalf("Tag found %v; want one expression", got)
	}
	why := got[0].Why
	for _, want := range []string{`"March"`, "March 2024", `"used"`, "past-tense", "2024-06-12"} {
		if !strings.Contains(why, want) {
			t.Errorf("Why = %q; want it to contain %q", why, want)
		}
	}
}

// TestArticle tags a short article of our own and checks every value,
// the narrative anchor and the furniture-like appeal alike.
func TestArticle(t *testing.T) {
	text := `Harbour talks collapse

The port union said on Monday that talks with the city had collapsed after a meeting that lasted nearly ten hours. The union last struck in 2019, and two years later it signed a deal that expires at the end of the year.
Mayor Lina Ostrowski will meet union leaders next Tuesday and hopes to settle before the summer. "We have been here before," she said, recalling the strike of last autumn.
Support our newsroom monthly.`
	want := []struct{ text, value string }{
		{"Monday", "2024-06-10"},
		{"nearly ten hours", "PT10H"},
		{"2019", "2019"},
		{"two years later", "2021"},
		{"the end of the year", "2024"},
		{"next Tuesday", "2024-06-18"},
		{"the summer", "2024-SU"},
		{"last autumn", "2023-FA"},
		{"monthly", "P1M"},
	}
	got := Tag(text, Options{Published: published})
	if len(got) != len(want) {
		t.Fatalf("Tag found %d expressions %v; want %d", len(got), got, len(want))
	}
	for i, w := range want {
		if got[i].Text != w.text || got[i].Value != w.value {
			t.Errorf("expression %d: Resolve(%q) = %v; want %q = %v", i, got[i].Text, got[i].Value, w.text, w.value)
		}
	}
}

// checkInvariants is what every Tag result must satisfy.
func checkInvariants(t *testing.T, text string, got []Timex) {
	t.Helper()
	end := 0
	for _, x := range got {
		if x.Start < end || x.Start >= x.End || x.End > len(text) {
			t.Fatalf("Tag(%q): bad offsets [%d,%d) after %d", text, x.Start, x.End, end)
		}
		if x.Text != text[x.Start:x.End] {
			t.Fatalf("Tag(%q): Text %q != text[%d:%d] %q", text, x.Text, x.Start, x.End, text[x.Start:x.End])
		}
		if x.Value == "" || x.Type == "" || x.Rule == "" || x.Why == "" {
			t.Fatalf("Tag(%q): incomplete %+v", text, x)
		}
		end = x.End
	}
}

func TestInvariantsOnTestdata(t *testing.T) {
	for _, text := range []string{"", "March", "’80s", "\xff\xfeMay 2024", "on 2/15 at 3 p.m.", strings.Repeat("the ", 50) + "year"} {
		checkInvariants(t, text, Tag(text, Options{Published: published}))
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"Putin will visit Pyongyang this summer, as early as next week.",
		"On 6/12/2024 at 10:30 a.m., two years ago, the 1990s, Q3 2023.",
		"the ’80s and the '90s", "Sept. 30", "a two-and-a-half-year term",
		"2024-06-12T09:30", "every other Friday", "1998 people, $2000",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := Tag(text, Options{Published: published})
		checkInvariants(t, text, got)
		if !utf8.ValidString(text) {
			return
		}
		for _, x := range got {
			if !utf8.ValidString(x.Text) {
				t.Fatalf("Tag(%q): expression %q cuts a character", text, x.Text)
			}
		}
	})
}

// TestTagConcurrent tags from several goroutines at once, as the window
// and the command line may: the lazily built tables (entry.follows) must
// give every caller the same answer (run with -race to check the memory
// model too).
func TestTagConcurrent(t *testing.T) {
	text := "The talks resumed on Tuesday and will end next week, officials said in March. The 2026 Oscars will be held on March 15."
	opt := Options{Published: time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)}
	want := fmt.Sprint(Tag(text, opt))
	var wg sync.WaitGroup
	got := make([]string, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = fmt.Sprint(Tag(text, opt))
		}()
	}
	wg.Wait()
	for i, g := range got {
		if g != want {
			t.Errorf("goroutine %d tagged differently:\n%s\nwant\n%s", i, g, want)
		}
	}
}

// TestRangeTraps checks that a figure after a date is taken for the end of
// a range only where it can be one: not a count ("3 others", "12
// people"), a measure ("5 percent") or a month that does not exist.
func TestRangeTraps(t *testing.T) {
	opt := Options{Published: time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)}
	for text, want := range map[string]string{
		"On May 2 and 3 others were hurt":   "May 2",
		"rates rose on June 3 to 5 percent": "June 3",
		"On Dec. 7 - 12 people died":        "Dec. 7",
		"On March 5, 10 people were killed": "March 5",
		"the 2024-13 data":                  "2024",
		"He won 6-4 on March 3":             "March 3",
		"Sales rose 12-15% on Jan. 3-4":     "Jan. 3|4",
		"the 2024-25 season":                "2024|25",
		"They won 3-1 p.m. kickoff":         "1 p.m.",
	} {
		if g := tagged(text, opt, false); g != want {
			t.Errorf("%q: found %q, want %q", text, g, want)
		}
	}
}

// TestStoryAnchors checks which day a bare clock time or a narrative
// expression takes when the story has named others before it.
func TestStoryAnchors(t *testing.T) {
	opt := Options{Published: time.Date(2025, 8, 14, 0, 0, 0, 0, time.UTC)} // a Thursday
	for text, want := range map[string]string{
		// "today" names the publication day, whatever day the story is on
		"He arrived on Tuesday. Lunch is at 1 p.m. today.": "Tuesday=2025-08-12|1 p.m. today=2025-08-14T13:00",
		// a month, week or year named since gives a clock time no day: the last day named does
		"Trump will meet Putin on Friday. The summit, announced last week, is set to begin at 11 a.m.":          "Friday=2025-08-15|last week=2025-W32|11 a.m.=2025-08-15T11:00",
		"The menorah will be lit on Sunday evening. The ceremony, held every year since 1979, starts at 4 p.m.": "Sunday evening=2025-08-17TEV|every year=P1Y|1979=1979|4 p.m.=2025-08-17T16:00",
		"Filipinos voted on Monday. Duterte was flown to The Hague in March. Polls closed at 7pm PHT.":          "Monday=2025-08-11|March=2025-03|7pm PHT=2025-08-11T19:00",
		// a month named since the lead's day does not hand a clock time to a day of an "after" clause
		"Oil rose on Thursday after OPEC+ agreed on Tuesday to pause output in the first quarter of 2026. Brent was up 94 cents by 1130 GMT.": "Thursday=2025-08-14|Tuesday=2025-08-12|the first quarter of 2026=2026-Q1|1130 GMT=2025-08-14T11:30",
		// the weekdays after a span of days ahead in its sentence are its days; not in a clause in the past
		"The fair comes to town Aug. 22-24, with gates open at noon on Saturday and Sunday.": "Aug. 22=2025-08-22|24=2025-08-24|noon on Saturday=2025-08-23T12:00|Sunday=2025-08-24",
		"Tickets for the race, from Aug. 22 to 24, sold out on Friday.":                      "Aug. 22=2025-08-22|24=2025-08-24|Friday=2025-08-08",
		// a day and month in a past clause after its month was named "last" keeps the tense's year
		"A fire destroyed 31 homes last September. Prosecutors say he set the blaze on Sept. 6.": "last September=2024-09|Sept. 6=2024-09-06",
		// a clock time right after a date is on that date, whatever day the story leads with
		"The fest, canceled Tuesday, has been moved to Sept. 6 from 1 to 5 p.m.": "Tuesday=2025-08-12|Sept. 6=2025-09-06|1=2025-09-06T13:00|5 p.m.=2025-09-06T17:00",
		// a holiday before a noun of trade is no day the story moves to
		"The airline cut its loss on Thursday, helped by strong Easter bookings. Its shares were up 6% at 0915 GMT.": "Thursday=2025-08-14|Easter=2025-04-20|0915 GMT=2025-08-14T09:15",
		// a weekday followed by its date in brackets is that date
		"Polls close at 11am on Wednesday (Sept 3), and the count starts on Friday (Sept 5).": "11am on Wednesday=2025-09-03T11:00|Sept 3=2025-09-03|Friday=2025-09-05|Sept 5=2025-09-05",
		// a day named after a time and its conversion in brackets is the day of both
		"The plane crashed at 13:38 local time (08:08 GMT) on Tuesday.": "13:38 local time=2025-08-12T13:38|08:08 GMT=2025-08-12T08:08|Tuesday=2025-08-12",
		// the year of an event the sentence names, for both ends of a range
		"Next year's summit will be held in Evian from 14 to 16 June.":      "Next year=2026|14=2026-06-14|16 June=2026-06-16",
		"UEFA said that the 2027 final will be played on May 30.":           "2027=2027|May 30=2027-05-30",
		"Trump, who lost the 2020 election, faces a trial set for March 4.": "2020=2020|March 4=2026-03-04",
		// a bare clock time after a day of telling is on the day of the event told
		"A flight turned back on Wednesday night, the airline said on Thursday. It landed at 9:52 p.m.": "Wednesday night=2025-08-13TNI|Thursday=2025-08-14|9:52 p.m.=2025-08-13T21:52",
		"The party will go ahead tomorrow night, organisers said this afternoon. Gates open at 7pm.":    "tomorrow night=2025-08-15TNI|this afternoon=2025-08-14TAF|7pm=2025-08-15T19:00",
		// the hours of the polls are on the day of the vote last named, however far ahead
		"Labour braces for losses in the local elections on Sept. 4. A poll published on Monday put Reform ahead. Polls will be open from 7am to 10pm.": "Sept. 4=2025-09-04|Monday=2025-08-11|7am=2025-09-04T07:00|10pm=2025-09-04T22:00",
		// a figure compared "from a year earlier" is compared with its own period, not the last day named
		"Employers added 151,000 jobs in July, the department said Friday. Earnings rose 4% from a year earlier.": "July=2025-07|Friday=2025-08-08|a year earlier=2024-07",
		// a night told in the past: its hours are on its day, even long before publication
		"On November 13, 2015, the first bomb went off at 9:40pm outside the stadium.": "November 13, 2015=2015-11-13|9:40pm=2015-11-13T21:40",
		"Council tax bills rose 5% from a year earlier in April.":                      "a year earlier=2024-04|April=2025-04",
		// a day counted from the anchor moves the story on to it
		"Katrina made landfall on Aug. 29, 2005. By the next morning, the city was under water. Brown resigned on Sept. 12.": "Aug. 29, 2005=2005-08-29|the next morning=2005-08-30TMO|Sept. 12=2005-09-12",
		// a chronology's day and month keep the year of a dated day two sentences back, or of a year with its own clause
		"The air war opened on Jan. 17, 1991. Jets flew sorties. The ground offensive began on Feb. 24.": "Jan. 17, 1991=1991-01-17|Feb. 24=1991-02-24",
		"The deadline was missed, last in 2023, when the budget was signed on Aug. 3.":                   "2023=2023|Aug. 3=2023-08-03",
		// days counted from the last day named, past a year named since
		"The bomb exploded on Aug. 6, 1945. Many had died by the end of that year. Nagasaki was bombed three days later.": "Aug. 6, 1945=1945-08-06|the end of that year=1945|three days later=1945-08-09",
		// the hours of the polls, past a place that opens their sentence
		"Voters in seven states go to the polls Tuesday. In California, polls are open from 7 a.m. to 8 p.m.": "Tuesday=2025-08-19|7 a.m.=2025-08-19T07:00|8 p.m.=2025-08-19T20:00",
		// a date in the subject after ", and" takes the verb that follows it
		"Officials will publish projections next Wednesday, and the minutes of their July meeting showed a split.": "next Wednesday=2025-08-20|July=2025-07",
		// a clock time of what will be is not on a day gone by named in an earlier sentence
		"Shares closed at $40 on Monday. The company will discuss the deal with analysts at 8:30 a.m. ET.": "Monday=2025-08-11|8:30 a.m. ET=2025-08-14T08:30",
		// the small hours of the lead day, not of a night named since
		"Police arrested a man early Thursday in a shooting on Saturday night. He was taken into custody about 3 a.m.": "early Thursday=2025-08-14|Saturday night=2025-08-09TNI|about 3 a.m.=2025-08-14T03:00",
		// "a year ago" of an event is counted from publication; of a figure, from its period
		"Hiring slowed in July. A year ago, employers were adding 200,000 jobs.": "July=2025-07|A year ago=2024",
		"Profit rose in the second quarter, from $6.1 million a year ago.":       "the second quarter=2025-Q2|a year ago=2024-Q2",
		// a clock time before a day counted from the story is one time on it
		"They met on Tuesday and signed at 9 a.m. the next day.": "Tuesday=2025-08-12|9 a.m. the next day=2025-08-13T09:00",
		// the small hours after a night told are the next day's
		"Sinner beat Ruud on Tuesday night in a match that ended at 1:12 a.m.": "Tuesday night=2025-08-12TNI|1:12 a.m.=2025-08-13T01:12",
		"The vote closed on Monday at 11 p.m., and results came at 3 a.m.":     "Monday at 11 p.m.=2025-08-11T23:00|3 a.m.=2025-08-12T03:00",
		"The rally began on Monday morning, and police arrived at 2 a.m.":      "Monday morning=2025-08-11TMO|2 a.m.=2025-08-11T02:00",
		// days and weeks count from the last day named, not from a season named since
		"England play Japan on Saturday. The autumn series ends a week later.": "Saturday=2025-08-16|The autumn=2025-FA|a week later=2025-W34",
		"In March the firm cut jobs. A week later it hired again.":             "March=2025-03|A week later=2025-03",
		// a date that opens the subject of a clause after ", and" takes the tense of that clause's verb
		"England have not won there since 2012, and Saturday's match is sold out.":                "2012=2012|Saturday=2025-08-16",
		"He resigned, and the March vote will go ahead.":                                          "March=2026-03",
		"The next decision is due on Dec. 16, and minutes of the October meeting showed a split.": "Dec. 16=2025-12-16|October=2024-10",
		// a hyphenated pair of months names both
		"Spending rose 12% in April-July.": "April=2025-04|July=2025-07",
		// a weekday joined to a weekday ahead is the first one after it
		"City offices will be closed Wednesday and Thursday.": "Wednesday=2025-08-20|Thursday=2025-08-21",
		// "an hour later" after a clock time is the time it leads to
		"The decision is due at 2 p.m. EST, followed by a news conference half an hour later.": "2 p.m. EST=2025-08-14T14:00|half an hour later=2025-08-14T14:30",
		"Polls closed at 1pm local time (0600 GMT), and results came two hours later.":         "1pm local time=2025-08-14T13:00|0600 GMT=2025-08-14T06:00|two hours later=2025-08-14T15:00",
		"At 9 a.m. he left, and he ran for two hours later in the day.":                        "9 a.m.=2025-08-14T09:00|two hours=PT2H",
		// a weekday in the possessive before a holiday that falls on it is its day
		"The board meets Tuesday, after Monday's Labor Day holiday.": "Tuesday=2025-08-19|Monday=2025-09-01|Labor Day=2025-09-01",
		// a bare clock time of a past clause in the hours of a part of the
		// day named before is on that day, not on a later day named since
		"A boy was shot on Tuesday night, and police were searching Wednesday for two teens. The shooting happened at about 8:40 p.m.": "Tuesday night=2025-08-12TNI|Wednesday=2025-08-13|about 8:40 p.m.=2025-08-12T20:40",
		// a conversion in brackets across midnight is on the next or the day before
		"The quake struck at 6:12 a.m. (2112 GMT) on Thursday. Trading opens at 9 a.m. (0100 GMT).": "6:12 a.m.=2025-08-14T06:12|2112 GMT=2025-08-13T21:12|Thursday=2025-08-14|9 a.m.=2025-08-14T09:00|0100 GMT=2025-08-14T01:00",
		// a time that ends a sentence is not joined to the weekday that opens the next
		"Trains will end service at 9 p.m. On Friday, trains will run until 1 a.m. Saturday.": "9 p.m.=2025-08-14T21:00|Friday=2025-08-15|1 a.m. Saturday=2025-08-16T01:00",
		// a bare hour after a p.m. time of its sentence is past noon
		"Kickoff is at 7 p.m., and the band plays at 7:30. The train left at 9:15.": "7 p.m.=2025-08-14T19:00|7:30=2025-08-14T19:30|9:15=2025-08-14T09:15",
		// the month that opens a range is in the year of the one that ends it
		"The program ran from March to November last year.":                           "March=2024-03|November last year=2024-11",
		"Fall officially begins at 1:19 p.m. Monday. Fall is a risk for the elderly.": "Fall=2025-FA|1:19 p.m. Monday=2025-08-18T13:19",
		// the past of a clause of its own after ", and" does not date the
		// date before it (here with no tense, so the nearest days);
		// the break a return follows is the nearest one
		"Five megacaps report results between Tuesday and Thursday, and the index has gained 15% this year.": "Tuesday=2025-08-12|Thursday=2025-08-14|this year=2025",
		"MPs return to Westminster on Monday after the summer recess.":                                       "Monday=2025-08-18|the summer=2025-SU",
		// a day and month near a dated day far ahead in its sentence is in
		// that day's year, unless a clause of its own stands between
		"The first round is on Oct. 4, 2026, with a runoff on Oct. 25.":                          "Oct. 4, 2026=2026-10-04|Oct. 25=2026-10-25",
		"A hearing is set for Jan. 9, 2027, and his co-defendant will be sentenced on Sept. 15.": "Jan. 9, 2027=2027-01-09|Sept. 15=2025-09-15",
		// "the next day" counts from the last day named, not from a year
		// or a week named since as an aside
		"The river crested late Sunday, its highest since 1997, and began to fall the next day.":       "late Sunday=2025-08-10|1997=1997|the next day=2025-08-11",
		"A gas station was robbed on Tuesday, the second this week. Police arrested him the next day.": "Tuesday=2025-08-12|this week=2025-W33|the next day=2025-08-13",
		// ... across a sentence that names no day, and hedged
		"The decision is due at 2:30 p.m. The rate has been on hold since 2023. The governor speaks about an hour later.": "2:30 p.m.=2025-08-14T14:30|2023=2023|about an hour later=2025-08-14T15:30",
		"It struck at 9 p.m. Monday. It was the worst in years. On Tuesday, it hit again two hours later.":                "9 p.m. Monday=2025-08-11T21:00|years=PXY|Tuesday=2025-08-12|two hours=PT2H",
		"He turned himself in 48 hours later.": "48 hours=PT48H",
		// a clock time of what is or was takes the day the story leads with,
		// the publication day, rather than a day named since in another
		// sentence, ahead, in the possessive or in a clause of "after"
		"Stocks slipped on Thursday. The jobs report comes out on Friday. The S&P 500 was down 0.4% at 10 a.m. ET.":            "Thursday=2025-08-14|Friday=2025-08-15|10 a.m. ET=2025-08-14T10:00",
		"Stocks fell on Thursday after Trump unveiled tariffs late Wednesday, with the S&P 500 down 4.8% at 4 p.m. ET.":        "Thursday=2025-08-14|late Wednesday=2025-08-13|4 p.m. ET=2025-08-14T16:00",
		"Yields rose on Thursday after Tuesday's weak sale. The 10-year yield was 4.26% by 1:30 p.m. ET.":                      "Thursday=2025-08-14|Tuesday=2025-08-12|10-year=P10Y|1:30 p.m. ET=2025-08-14T13:30",
		"A quake struck at 11 a.m. on Thursday. In Hawaii, waves arrived on Wednesday, and the warning ended after 10:30 p.m.": "11 a.m. on Thursday=2025-08-14T11:00|Wednesday=2025-08-13|10:30 p.m.=2025-08-13T22:30",
		// ... or, when the story leads with a day before publication, rather
		// than the publication day where no day near it was named since
		"The S&P 500 fell on Wednesday after the firm said profit for the quarter ended June 30 rose. It closed at 4 p.m.": "Wednesday=2025-08-13|the quarter=2025-Q2|June 30=2025-06-30|4 p.m.=2025-08-13T16:00",
		// the bare first day of a range before "<day> <month> next year"
		"The festival runs from 15 to 24 March next year.": "15=2026-03-15|24 March next year=2026-03-24",
		// the weekday that opens a span is the last one before the day named outright that ends it
		"Millions will travel between Wednesday and next Monday.": "Wednesday=2025-08-13|next Monday=2025-08-18",
		// a sentence may end with "a.m."
		"Tickets go on sale Friday at 10 a.m. Last year's festival drew 20,000.": "Friday at 10 a.m.=2025-08-15T10:00|Last year=2024",
		// a weekday the story named with its date is that day
		"Pilgrims gather from Saturday, Aug. 23, and the main rite falls on Saturday.":            "Saturday, Aug. 23=2025-08-23|Saturday=2025-08-23",
		"Hale, whose pictures of the 1968 Democratic convention made him famous, died on Aug. 3.": "1968=1968|Aug. 3=2025-08-03",
		// a chronology told in the past runs on in the year of its dated day
		"The US bombed Hiroshima on Aug. 6, 1945. Japan announced its surrender on Aug. 15.": "Aug. 6, 1945=1945-08-06|Aug. 15=1945-08-15",
		"Smith, born on March 3, 1950, died on March 20 at home.":                            "March 3, 1950=1950-03-03|March 20=2025-03-20",
		"The deal was signed on Jan. 7, 2015. A decade on, it still holds.":                  "Jan. 7, 2015=2015-01-07|A decade on=2025",
		"He spent two years on probation.":                                                   "two years=P2Y",
		// narrative months, seasons and times of a chronology
		"Murray lost the final in July 2012. He won it the following July.":                                  "July 2012=2012-07|the following July=2013-07",
		"In 2019 he moved to Lyon; that summer he married.":                                                  "2019=2019|that summer=2019-SU",
		"Saigon fell on 30 April 1975. At 7:53 that morning, the last helicopter left.":                      "30 April 1975=1975-04-30|7:53 that morning=1975-04-30T07:53",
		"Survivors met in 1955; that summer they founded a league. The following July it had 1,000 members.": "1955=1955|that summer=1955-SU|The following July=1956-07",
		"The bomb fell on Aug. 6, 1945. The museum opened in 1955. Eighty years on, the city remembers.":     "Aug. 6, 1945=1945-08-06|1955=1955|Eighty years on=2025",
		// a past clause does not take a day ahead
		"Trump will meet Putin on Friday. He said last week that talks began at 11 a.m.": "Friday=2025-08-15|last week=2025-W32|11 a.m.=2025-08-14T11:00",
	} {
		if g := tagged(text, opt, true); g != want {
			t.Errorf("%q:\n found %q\n want  %q", text, g, want)
		}
	}
}

// tagged lists what Tag finds in text, "|" between expressions, each as
// its words (and "=value" with values).
func tagged(text string, opt Options, values bool) string {
	var got []string
	for _, x := range Tag(text, opt) {
		if values {
			got = append(got, x.Text+"="+x.Value)
		} else {
			got = append(got, x.Text)
		}
	}
	return strings.Join(got, "|")
}
