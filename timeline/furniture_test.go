package timeline

import (
	"strings"
	"testing"
)

// TestFurnitureLines checks the line cues on paragraphs of our own making,
// each set among ordinary article paragraphs: furniture must be found,
// and news sentences that share its first words must not be.
func TestFurnitureLines(t *testing.T) {
	tests := []struct {
		name string
		line string
		want bool
	}{
		{"read more link", "Read more: Flood defences tested as river peaks", true},
		{"related stories", "Related stories", true},
		{"related as a sentence", "Related charges were filed against two aides in 2019.", false},
		{"byline", "By Anna Kowalski and Peter Brandt", true},
		{"byline with title", "By Maria Lindqvist, Political Correspondent", true},
		{"by plus date clause", "By Monday, the water had receded from most streets.", false},
		{"reporting credit", "Reporting by Jan Novak; editing by Sara Ito", true},
		{"photo credit", "Photo: Rescue workers at the site. Credit: Agency/J. Doe", true},
		{"picture agency", "Firefighters at the scene on Tuesday. AFP via Getty Images", true},
		{"photo as a word", "Photo finish: the race was decided by a hundredth of a second.", false},
		{"cookie notice", "We use cookies to personalise content. Accept all cookies", true},
		{"copyright", "© 2025 The Daily Example. All rights reserved.", true},
		{"newsletter sign-up", "Sign up for our morning briefing, delivered every weekday.", true},
		{"subscribers as news", "Subscribers to the streaming service fell by 5% in the quarter.", false},
		{"share line", "Share this article", true},
		{"reading time", "6 min read", true},
		{"updated stamp", "Updated 3 hours ago", true},
		{"advertisement", "Advertisement", true},
		{"follow us", "Follow us on social media for live updates", true},
		{"originally published", "This article was originally published on 3 March 2024.", true},
		{"listen", "Listen to this article", true},
		{"ordinary news", "The council voted on Tuesday to close the bridge for repairs.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "---\npublished: 2025-03-12\n---\n\nThe storm reached the coast on Monday night.\n\n" + tt.line +
				"\n\nOfficials said the roads would reopen on Friday.\n\nThe harbour stayed closed all week.\n"
			a, err := Load("furniture.md", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			p := a.Paragraphs[1]
			if got := p.Furniture; got != tt.want {
				t.Errorf("Furniture(%q) = %v; want %v", tt.line, got, tt.want)
			}
			for _, q := range []int{0, 2, 3} {
				if a.Paragraphs[q].Furniture {
					t.Errorf("paragraph %d (%q) marked as furniture", q+1, a.Body[a.Paragraphs[q].Start:a.Paragraphs[q].End])
				}
			}
		})
	}
}

// TestFurnitureBlocks checks the trailing-block rule: an appeal after the
// article is furniture to its end; quoted "you" and "we" in the article's
// second half are not an appeal.
func TestFurnitureBlocks(t *testing.T) {
	article := []string{
		"The mill closed in March 1998, and 1,200 people lost their jobs.",
		"A college opened in the empty buildings in 2015.",
		"The town now has more residents than before the closure.",
		"The council will vote on a housing plan in October.",
	}
	tests := []struct {
		name     string
		tail     []string
		wantFrom int // first furniture paragraph (1-based), 0 for none
	}{
		{"donation appeal", []string{
			"A message from the editors:",
			"We rely on readers like you. If you value our work, please make a contribution today.",
			"Support us from just $3 a month. Thank you.",
		}, 5},
		{"newsletter box", []string{
			"Before you go",
			"Get our newsletter in your inbox every Monday. Sign up here.",
		}, 5},
		{"quotes are not an appeal", []string{
			"\"We need you to come back,\" the mayor told former residents. \"Our town is your town.\"",
			"Many did. The school roll has doubled since 2016.",
		}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "---\npublished: 2024-09-28\n---\n\n" + strings.Join(append(append([]string{}, article...), tt.tail...), "\n\n") + "\n"
			a, err := Load("blocks.md", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range a.Paragraphs {
				want := tt.wantFrom > 0 && p.N >= tt.wantFrom
				if p.Furniture != want {
					t.Errorf("paragraph %d %q: Furniture = %v; want %v", p.N, a.Body[p.Start:p.End], p.Furniture, want)
				}
			}
		})
	}
}
