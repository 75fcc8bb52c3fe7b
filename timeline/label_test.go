package timeline

import "testing"

// TestLabels checks the label of the one event of a one-sentence article:
// headline tense, "X to" for what is expected, a noun phrase for an event
// noun, "<report>: <what it says>", the date and filler left out.
func TestLabels(t *testing.T) {
	tests := []struct {
		name, sentence, want string
	}{
		{"past to present", "The Kremlin told Russian media in May that the trip was being prepared.", "Kremlin tells Russian media the trip is being prepared"},
		{"fronted date before a long subject", "In January this year, British police officers who had been searching for him concluded he was dead.", "British police officers who had been searching for him concluded he…"},
		{"title dropped", "North Korean leader Kim Jong Un on Wednesday hailed ties with Russia.", "Kim Jong Un hails ties with Russia"},
		{"expected", "Putin is expected to visit North Korea in the coming weeks.", "Putin to visit North Korea"},
		{"light verb", "Kim made a rare overseas trip to Russia last year.", "Kim's trip to Russia"},
		{"possessive pronoun", "During his trip to Russia last year, Kim said ties were strong.", "Kim's trip to Russia"},
		{"report says", "A Pentagon report published last month said Russia is using missiles in Ukraine.", "Pentagon report: Russia uses missiles in Ukraine"},
		{"passive", "The summit was held in Geneva on Tuesday.", "Summit in Geneva"},
		{"denied", "The coach did not attend the press conference on Saturday.", "Coach did not attend the press conference"},
		{"relative clause", "Hale, who was arrested in October 2022, denied the charges.", "Hale arrested"},
		{"closing attribution cut", "The bridge will reopen in September, the council said.", "Bridge to reopen"},
		{"plural object of a past verb", "The central bank cut rates in December 2023.", "Central bank cuts rates"},
		{"negation bounding the date", "A decision is not expected before early next year.", "Decision expected"},
		{"name with of", "The Court of International Trade ruled in May that the tariffs were illegal.", "Court of International Trade rules"},
		{"relative that", "It was the latest chapter in a legal fight that began in April.", "Legal fight begins"},
		{"participle after its noun", "Troops deployed in March returned home.", "Troops deployed"},
		{"participle in commas", "The bridge, built in 1932, was closed to traffic.", "Bridge built"},
		{"common plural opening the sentence", "Troops crossed the border on Monday.", "Troops cross the border"},
		{"subject across a participle in commas", "The tariffs, announced with fanfare, took effect on Tuesday.", "Tariffs take effect"},
		{"participle in commas before an -s verb", "The decision, announced at 2 p.m. on Wednesday, leaves rates unchanged.", "Decision announced"},
		{"event noun after the verb's comma", "Prices fell, the agency said, down from a peak of 9.1% in June 2022.", "Peak of 9.1%"},
		{"fronted date before the subject", "Over the past year, unemployment has risen to 4.4%.", "Unemployment rises to 4.4%"},
		{"subject shared across but", "Powell said the labor market remained solid but had cooled since the summer.", "Labor market cools"},
		{"fronted participle", "Born in Chicago in 1934, Marsh began playing at 4.", "Marsh born in Chicago"},
		{"participle after an object", "Engineers spent weeks fixing a valve problem found during a test in the fall of 2024.", "Valve problem found during a test"},
		{"relative which after a comma", "The court could take the case in its next term, which begins in October 2026.", "Its next term begins"},
		{"relative clause without a closing comma", "The workers who walked out in May returned.", "Workers walk out"},
		{"participle phrase ending in a quotation", "The tariffs, announced in what the White House called \"Liberation Day,\" took effect on April 9.", "Tariffs take effect"},
		{"adverb before a participle in commas", "The bridge, first opened in 1932, was closed to traffic.", "Bridge opened"},
		{"name with particles", "Ursula von der Leyen visited Kyiv on Monday.", "Ursula von der Leyen visits Kyiv"},
		{"relative clause with a copula", "Hale, who was a senator in 2013, resigned.", "Hale is a senator"},
		{"filler adverb dropped", "Moscow used its veto in March to effectively end the monitoring.", "Moscow's veto to end the monitoring"},
		{"an -ing form's e restored", "Retailers are bracing for a short season this month.", "Retailers brace for a short season"},
		{"an -ed form's e restored", "Net income compared with a loss in the third quarter.", "Net income compares with a loss"},
		{"two dates of one verb across a subordinator", "Because Thanksgiving falls on Nov. 27, the season is short.", "Thanksgiving falls"},
		{"a noun after its determiner and a date", "Traders now bet on a December cut.", "Cut"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := loadTestArticle(t, tt.name, []byte("---\npublished: 2024-06-12\n---\n\n"+tt.sentence+"\n"))
			tl := Extract(a)
			if len(tl.Events) != 1 {
				t.Fatalf("Extract(%q) has %d events; want 1", tt.sentence, len(tl.Events))
			}
			if got := tl.Events[0].Label; got != tt.want {
				t.Errorf("label of %q = %q; want %q", tt.sentence, got, tt.want)
			}
		})
	}
}

// TestItSkipsPlurals: "it" refers to the nearest earlier subject that is
// not plural ("Engineers" cannot be "it").
func TestItSkipsPlurals(t *testing.T) {
	src := "---\npublished: 2026-03-14\n---\n\nThe mission, first planned for 2024, has slipped several times. Engineers spent months fixing a valve.\n\nIf it launches next week, the lander would land soon after.\n"
	tl := Extract(loadTestArticle(t, "it", []byte(src)))
	for _, e := range tl.Events {
		if e.Value == "2026-W12" {
			if e.Label != "Mission launches" {
				t.Errorf("label of the launch = %q; want %q", e.Label, "Mission launches")
			}
			return
		}
	}
	t.Errorf("no event for next week in %+v", tl.Events)
}

// TestSheIsNoPlace: "she" refers to a person the article names, never to a
// place named after "in", nor to a capitalised first word ("Between").
func TestSheIsNoPlace(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"Leaders met in Brussels in March. Between 2019 and 2021 prices rose. She was in office in 2003.", "She is in office"},
		{"Marta Kos arrived in Brussels in March. Kos spoke to reporters. She was in office in 2003.", "Kos is in office"},
	} {
		tl := Extract(loadTestArticle(t, "she", []byte("---\npublished: 2024-06-12\n---\n\n"+c.src+"\n")))
		var got string
		for _, e := range tl.Events {
			if e.Value == "2003" {
				got = e.Label
			}
		}
		if got != c.want {
			t.Errorf("%q: label of 2003 = %q; want %q", c.src, got, c.want)
		}
	}
}

// TestOtherDateLeftOut: the label of one date of a clause leaves out
// another date placed by "in", "from", "to" ("postponed the vote from
// February to April": neither label names the other month).
func TestOtherDateLeftOut(t *testing.T) {
	src := "---\npublished: 2025-03-01\n---\n\nThe board postponed the vote from February to April.\n"
	tl := Extract(loadTestArticle(t, "moved", []byte(src)))
	if len(tl.Events) != 2 {
		t.Fatalf("%d events, want 2: %+v", len(tl.Events), tl.Events)
	}
	for _, e := range tl.Events {
		if e.Label != "Board postpones the vote" {
			t.Errorf("label of %s = %q; want %q", e.Value, e.Label, "Board postpones the vote")
		}
	}
}

// TestVerbAfterDatedAside: the verb after an aside that holds another
// date labels the date after it ("The museum, renovated in 2019, reopens
// on Saturday": not "Museum renovated").
func TestVerbAfterDatedAside(t *testing.T) {
	src := "---\npublished: 2025-08-06\n---\n\nThe museum, renovated in 2019, reopens on Saturday after repairs.\n"
	tl := Extract(loadTestArticle(t, "aside", []byte(src)))
	want := map[string]string{"2019": "Museum renovated", "2025-08-09": "Museum reopens after repairs"}
	if len(tl.Events) != len(want) {
		t.Fatalf("%d events, want %d: %+v", len(tl.Events), len(want), tl.Events)
	}
	for _, e := range tl.Events {
		if e.Label != want[e.Value] {
			t.Errorf("label of %s = %q; want %q", e.Value, e.Label, want[e.Value])
		}
	}
}

// TestNoEmptyLabel: a clause with no verb of its own ("and the one before
// that in 1999") still gets the words that lead into it; an event drawn
// with no label cannot be told from the others.
func TestNoEmptyLabel(t *testing.T) {
	a, err := Load("storm.md", []byte("---\npublished: 2026-11-24\n---\nThe last storm of this size hit in 2011, and the one before that in 1999.\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range Extract(a).Events {
		got[e.Value] = e.Label
	}
	if got["1999"] != "The one before that" || got["2011"] == "" {
		t.Errorf("labels %q; want 1999 labelled \"The one before that\" and 2011 labelled", got)
	}
}
