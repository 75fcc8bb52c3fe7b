package timeline

import (
	"fmt"
	"strings"
	"testing"
)

func TestModalityAt(t *testing.T) {
	tests := []struct {
		name, sentence, word string
		want                 Modality
	}{
		{"plain past", "Troops crossed the border on Monday.", "crossed", Happened},
		{"present progressive", "Russia is using the missiles in Ukraine.", "using", Happened},
		{"will", "The council will vote on the plan in October.", "vote", Expected},
		{"expected to", "Putin is expected to visit North Korea.", "visit", Expected},
		{"set to", "The minister is set to resign next week.", "resign", Expected},
		{"plans to", "The team plans to fire the engine in August.", "fire", Expected},
		{"promised to", "Saddam promised to withdraw from the territory.", "withdraw", Expected},
		{"continued to is a fact", "She continued to teach until 2012.", "teach", Happened},
		{"could", "The visit could take place next week.", "visit", Possible},
		{"may", "The court may rule on the appeal in May.", "rule", Possible},
		{"as early as", "Regulators could open a review as early as next month.", "review", Possible},
		{"did not", "The coach did not attend the press conference.", "attend", Denied},
		{"never", "The two leaders never met in person.", "met", Denied},
		{"no meeting", "There was no meeting on Sunday.", "meeting", Denied},
		{"denied that", "Berg denied that the cabinet had met on Sunday.", "met", Denied},
		{"failed to", "The rocket failed to reach orbit in March.", "reach", Denied},
		{"reported complement", "Yonhap reported the delegation arrived on Tuesday.", "arrived", Reported},
		{"amid reports", "Shares rose amid reports the firm sold its unit.", "sold", Reported},
		{"closing attribution", "The quake killed 41 people, officials said.", "killed", Reported},
		{"according to", "The fire started at 3 a.m., according to the police.", "started", Reported},
		{"the saying itself", "The Kremlin told Russian media in May that the trip was prepared.", "told", Happened},
		{"report that says", "A Pentagon report published last month said Russia is using missiles.", "report", Happened},
		{"called for a conference", "Saudi Arabia called for an emergency conference.", "conference", Expected},
		{"may the month is not a modal", "The talks ended in May after two rounds.", "ended", Happened},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := strings.Index(tt.sentence, tt.word)
			if i < 0 {
				t.Fatalf("%q not in %q", tt.word, tt.sentence)
			}
			got, cue := ModalityAt(tt.sentence, Span{0, len(tt.sentence)}, Span{i, i + len(tt.word)})
			if got != tt.want {
				t.Errorf("ModalityAt(%q, %q) = %s (cue %q); want %s", tt.sentence, tt.word, got, cue, tt.want)
			}
		})
	}
}

// TestNegationBoundsDate: a negation before "before" or "until" and a
// date bounds the event, it does not deny it.
func TestNegationBoundsDate(t *testing.T) {
	tests := []struct {
		sentence string
		want     Modality
	}{
		{"The court is not expected to rule before March.", Expected},
		{"He did not return until May.", Happened},
		{"The court did not rule in March.", Denied},
	}
	for _, tt := range tests {
		a := loadTestArticle(t, "negation", []byte("---\npublished: 2024-06-12\n---\n\n"+tt.sentence+"\n"))
		tl := Extract(a)
		if len(tl.Events) != 1 {
			t.Fatalf("Extract(%q) has %d events; want 1", tt.sentence, len(tl.Events))
		}
		if got := tl.Events[0].Modality; got != tt.want {
			t.Errorf("modality of %q = %s; want %s", tt.sentence, got, tt.want)
		}
	}
}

// ExampleModalityAt shows the modality detector on single sentences.
func ExampleModalityAt() {
	for _, s := range []string{
		"Putin is expected to visit Pyongyang.",
		"The visit could take place next week.",
		"Officials denied that the meeting took place.",
		"The ministry said troops crossed the border.",
		"Troops crossed the border on Monday.",
	} {
		word := map[bool]string{true: "visit", false: ""}[strings.Contains(s, "visit")]
		switch {
		case strings.Contains(s, "meeting"):
			word = "took"
		case strings.Contains(s, "crossed"):
			word = "crossed"
		}
		i := strings.Index(s, word)
		m, cue := ModalityAt(s, Span{0, len(s)}, Span{i, i + len(word)})
		fmt.Printf("%-8s %-10q %s\n", m, cue, s)
	}
	// Output:
	// expected "expected" Putin is expected to visit Pyongyang.
	// possible "could"    The visit could take place next week.
	// denied   "denied"   Officials denied that the meeting took place.
	// reported "said"     The ministry said troops crossed the border.
	// happened ""         Troops crossed the border on Monday.
}
