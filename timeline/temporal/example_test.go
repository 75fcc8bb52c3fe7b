package temporal_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/dateline-app/dateline/timeline/temporal"
)

func ExampleTag() {
	text := "Putin will visit Pyongyang this summer, after the Kremlin said in May that the trip was being prepared."
	pub := time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, t := range temporal.Tag(text, temporal.Options{Published: pub}) {
		fmt.Printf("%q %s %s [%s, %s)\n", t.Text, t.Type, t.Value, t.Begin.Format(time.DateOnly), t.Finish.Format(time.DateOnly))
	}
	// Output:
	// "this summer" DATE 2024-SU [2024-06-01, 2024-09-01)
	// "May" DATE 2024-05 [2024-05-01, 2024-06-01)
}

func ExampleTag_why() {
	pub := time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, t := range temporal.Tag("Moscow used its veto in March.", temporal.Options{Published: pub}) {
		fmt.Println(t.Why)
	}
	// Output:
	// "March" -> March 2024: a month named without a year in a past-tense clause ("used"), so the last March on or before the publication date 2024-06-12
}

func ExampleTag_direction() {
	pub := time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, dir := range []temporal.Direction{temporal.Past, temporal.Future} {
		t := temporal.Tag("The summit is in March.", temporal.Options{Published: pub, Direction: dir})
		fmt.Println(t[0].Value)
	}
	// Output:
	// 2024-03
	// 2025-03
}

func ExampleTag_holiday() {
	pub := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	for _, t := range temporal.Tag("The talks may resume after Eid al-Fitr, and shoppers crowded markets ahead of Diwali.", temporal.Options{Published: pub}) {
		fmt.Printf("%q %s [%s, %s)\n", t.Text, t.Value, t.Begin.Format(time.DateOnly), t.Finish.Format(time.DateOnly))
	}
	// Output:
	// "Eid al-Fitr" 2024-04-10 [2024-04-10, 2024-04-11)
	// "Diwali" 2023-11-12 [2023-11-12, 2023-11-13)
}

func ExampleTimex_offset() {
	pub := time.Date(2024, 6, 12, 9, 30, 0, 0, time.UTC)
	for _, t := range temporal.Tag("The launch window opens in 15 minutes.", temporal.Options{Published: pub}) {
		fmt.Println(t.Text, t.Type, t.Value, t.Offset.At.Format(time.RFC3339))
	}
	// Output:
	// 15 minutes DURATION PT15M 2024-06-12T09:45:00Z
}

func ExampleStretches() {
	text := "The summit was held on March 18-19. Sanctions ran from 2014 to 2019, and the vote was moved from May to June."
	pub := time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)
	xs := temporal.Tag(text, temporal.Options{Published: pub})
	for _, t := range xs {
		fmt.Printf("%q %s\n", t.Text, t.Value)
	}
	for _, st := range temporal.Stretches(text, xs) {
		fmt.Printf("%q to %q: [%s, %s)\n", xs[st.From].Text, xs[st.To].Text, st.Begin.Format(time.DateOnly), st.Finish.Format(time.DateOnly))
	}
	// Output:
	// "March 18" 2024-03-18
	// "19" 2024-03-19
	// "2014" 2014
	// "2019" 2019
	// "May" 2024-05
	// "June" 2024-06
	// "March 18" to "19": [2024-03-18, 2024-03-20)
	// "2014" to "2019": [2014-01-01, 2020-01-01)
}

func ExampleClockEnds() {
	text := "A minute of silence fell at 8:15 a.m. Prime Minister Ishiba attended. Doors open at 9 a.m. Monday."
	for _, at := range []int{strings.Index(text, "a.m. Prime") + 3, strings.Index(text, "a.m. Monday") + 3} {
		fmt.Println(text[at-3:at+1], temporal.ClockEnds(text, at))
	}
	// Output:
	// a.m. true
	// a.m. false
}
