package timeline

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dateline-app/dateline/assets"
)

func TestLoadFrontMatter(t *testing.T) {
	june12 := time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		input string
		title string
		url   string
		date  time.Time
	}{
		{"yaml", "---\ntitle: Summit\nsource: Wire\nurl: https://example.com/a\npublished: 2024-06-12\n---\nBody text.\n",
			"Summit", "https://example.com/a", june12},
		{"yaml date key", "---\ntitle: Summit\ndate: 2024-06-12\n---\nBody text.\n", "Summit", "", june12},
		{"yaml date-time", "---\ntitle: Summit\npublished: 2024-06-12T09:30:00+03:00\n---\nBody text.\n", "Summit", "",
			time.Date(2024, 6, 12, 9, 30, 0, 0, time.FixedZone("", 3*3600))},
		{"yaml quoted", "---\ntitle: \"Summit: a day\"\npublished: \"2024-06-12\"\n---\nBody text.\n", "Summit: a day", "", june12},
		{"toml", "+++\ntitle = \"Summit\"\nurl = \"https://example.com/a\"\npublished = 2024-06-12\n+++\nBody text.\n",
			"Summit", "https://example.com/a", june12},
		{"toml string date", "+++\ntitle = \"Summit\"\npublished = \"2024-06-12\"\n+++\nBody text.\n", "Summit", "", june12},
		{"json", "{\n  \"title\": \"Summit\",\n  \"published\": \"2024-06-12\"\n}\n\nBody text.\n", "Summit", "", june12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Load("story.md", []byte(tt.input))
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if a.Title != tt.title || a.URL != tt.url {
				t.Errorf("title, url = %q, %q; want %q, %q", a.Title, a.URL, tt.title, tt.url)
			}
			if !a.HasPublished || !a.Published.Equal(tt.date) {
				t.Errorf("published = %v (has %v); want %v", a.Published, a.HasPublished, tt.date)
			}
			if got := strings.TrimSpace(a.Body); got != "Body text." {
				t.Errorf("body = %q; want %q", got, "Body text.")
			}
			if !strings.HasSuffix(tt.input, a.Body) || tt.input[a.BodyOffset:] != a.Body {
				t.Errorf("BodyOffset %d does not locate the body", a.BodyOffset)
			}
			if len(a.Paragraphs) != 1 || a.Paragraphs[0].N != 1 {
				t.Errorf("paragraphs = %+v; want one", a.Paragraphs)
			}
		})
	}
}

func TestLoadByteOrderMark(t *testing.T) {
	for _, input := range []string{"\ufeff---\ntitle: Summit\npublished: 2024-06-12\n---\nBody text.\n", "\ufeffBody text.\n"} {
		a, err := Load("story.md", []byte(input))
		if err != nil {
			t.Fatal(err)
		}
		if input[a.BodyOffset:] != a.Body || strings.TrimSpace(a.Body) != "Body text." {
			t.Errorf("Load(%q): BodyOffset %d does not locate the body %q in the input", input, a.BodyOffset, a.Body)
		}
	}
}

func TestLoadPlainText(t *testing.T) {
	a, err := Load("notes/story.txt", []byte("\nFirst paragraph.\nSecond paragraph, on Monday.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a.HasPublished {
		t.Errorf("HasPublished = true for text without front matter")
	}
	if a.Title != "story" {
		t.Errorf("Title = %q; want the file name %q", a.Title, "story")
	}
	if a.BodyOffset != 0 || len(a.Paragraphs) != 2 {
		t.Fatalf("BodyOffset = %d, %d paragraphs; want 0, 2", a.BodyOffset, len(a.Paragraphs))
	}
	if p := a.Paragraphs[1]; a.Body[p.Start:p.End] != "Second paragraph, on Monday." || p.N != 2 {
		t.Errorf("paragraph 2 = %d %q", p.N, a.Body[p.Start:p.End])
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, input string
		line        int
		mention     string
	}{
		{"yaml syntax", "---\ntitle: Summit\nsource: [unclosed\npublished: 2024-06-12\n---\nBody.\n", 3, "malformed front matter"},
		{"bad date", "---\ntitle: Summit\npublished: next Tuesday\n---\nBody.\n", 3, "published"},
		{"bad date key date", "---\ntitle: x\n\ndate: 2024-13-45\n---\nBody.\n", 4, "date"},
		{"toml syntax", "+++\ntitle = \"Summit\"\npublished = = 2024\n+++\nBody.\n", 3, "malformed front matter"},
		{"json without blank line", "{\n  \"title\": \"Summit\"\n}\nBody.\n", 1, "not closed"},
		{"unclosed", "---\ntitle: Summit\npublished: 2024-06-12\nBody.\n", 1, "front matter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load("story.md", []byte(tt.input))
			var le *Error
			if !errors.As(err, &le) {
				t.Fatalf("Load error = %v; want *Error", err)
			}
			if le.File != "story.md" || le.Line != tt.line || !strings.Contains(err.Error(), tt.mention) {
				t.Errorf("error = %q (line %d); want story.md, line %d, mentioning %q", err, le.Line, tt.line, tt.mention)
			}
			if !strings.HasPrefix(err.Error(), "story.md:") {
				t.Errorf("error %q does not start with the file name", err)
			}
		})
	}
}

func TestParagraphsAndSentences(t *testing.T) {
	body := "# Heading\n\nA hard-wrapped paragraph that goes on\nto a second line. Mr. Smith said so.\n\n" +
		"A long pasted paragraph on one line that is well over one hundred characters long, as web pages give them to readers.\n" +
		"Another such paragraph directly after it, again longer than the hundred characters that hard-wrapped prose keeps.\n"
	paras := splitParagraphs(body)
	var got []string
	for _, p := range paras {
		got = append(got, body[p.Start:p.End])
	}
	if len(paras) != 4 {
		t.Fatalf("got %d paragraphs %q; want 4", len(paras), got)
	}
	if !paras[0].Heading || paras[1].Heading {
		t.Errorf("Heading flags = %v, %v; want true, false", paras[0].Heading, paras[1].Heading)
	}
	if s := paras[1].Sentences; len(s) != 2 || body[s[1].Start:s[1].End] != "Mr. Smith said so." {
		t.Errorf("sentences of paragraph 2 = %v", s)
	}
}

func TestSentenceEndsAfterClock(t *testing.T) {
	body := "Silence fell at 8:15 a.m. Prime Minister Ishiba attended. Doors open at 9 a.m. Monday for visitors."
	var got []string
	for _, s := range splitSentences(body, 0, len(body)) {
		got = append(got, body[s.Start:s.End])
	}
	want := []string{"Silence fell at 8:15 a.m.", "Prime Minister Ishiba attended.", "Doors open at 9 a.m. Monday for visitors."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences = %q; want %q", got, want)
	}
}

func TestSampleFurniture(t *testing.T) {
	a, err := Load(assets.SampleName, assets.Sample)
	if err != nil {
		t.Fatal(err)
	}
	if a.Source != "The Moscow Times" || a.Published.Format("2006-01-02") != "2024-06-12" {
		t.Errorf("source, published = %q, %v", a.Source, a.Published)
	}
	first := 0
	for _, p := range a.Paragraphs {
		if p.Furniture && first == 0 {
			first = p.N
		}
		if first != 0 && !p.Furniture {
			t.Errorf("paragraph %d after the appeal is not furniture", p.N)
		}
	}
	if first != 12 {
		t.Errorf("furniture starts at paragraph %d; want 12 (the appeal after eleven article paragraphs)", first)
	}
}

func TestFurnitureIsGeneral(t *testing.T) {
	article := []string{
		"The council voted on Tuesday to close the bridge for repairs.",
		"Work will start in March and last until the autumn, officials said.",
		"Residents have complained about the detour for years.",
		"The mayor said the cost would be shared with the state.",
	}
	tests := []struct {
		name     string
		trailing []string
		want     int // paragraphs of furniture at the end
	}{
		{"none", nil, 0},
		{"newsletter", []string{"Sign up for our morning newsletter", "Get the day's news in your inbox every morning. You can unsubscribe at any time."}, 2},
		{"appeal", []string{"Before you go", "Our journalism depends on readers like you. Please consider a contribution today.", "Thank you."}, 3},
		{"cookie", []string{"We use cookies to improve your experience. Accept all cookies?"}, 1},
		{"credit", []string{"Photo: Jane Doe / Reuters"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := strings.Join(append(append([]string{}, article...), tt.trailing...), "\n")
			a, err := Load("x.txt", []byte(body))
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, p := range a.Paragraphs {
				if p.Furniture {
					n++
					if p.N <= len(article) {
						t.Errorf("article paragraph %d marked as furniture", p.N)
					}
				}
			}
			if n != tt.want {
				t.Errorf("%d furniture paragraphs; want %d", n, tt.want)
			}
		})
	}
}
