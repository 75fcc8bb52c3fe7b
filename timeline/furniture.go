package timeline

import (
	"regexp"
	"strings"
)

// Page furniture is text a reader pastes along with an article that is not
// the article: donation appeals, newsletter boxes, cookie notices, "Read
// more" links, photo credits, bylines. It makes no events.
//
// Two kinds of cue are looked for. A line cue marks one paragraph wherever
// it stands (a credit, a "Read more" link). A block cue opens a trailing
// block (an appeal's header, "Dear readers"): from the first block cue in
// the second half of the article, if most paragraphs to the end read as an
// appeal (appeal words, or addressing the reader as "you" in the voice of
// "we"), everything to the end is furniture.
var (
	copyrightLine = regexp.MustCompile(`(?i)(©|\(c\)|copyright)\s*\d{4}|all rights reserved`)
	cookieNotice  = regexp.MustCompile(`(?i)\b(we use cookies|accept (all )?cookies|cookie (policy|settings))\b`)
	supportBlock  = regexp.MustCompile(`(?i)\b(newsletter|support (our|independent) journalism|make a (donation|contribution)|become a (member|subscriber|supporter))\b`)
	pictureAgency = regexp.MustCompile(`(?i)\b(getty images|afp via getty|ap photo|reuters/|shutterstock)\b.{0,40}$`)
	lineCues      = []*regexp.Regexp{
		// A link line: "Read more: ...", "Related stories", but not the
		// sentence "Related charges were filed in 2019."
		regexp.MustCompile(`(?i)^(read more|related( stories| articles| coverage| content)?|see also|more from|recommended|most read|watch|listen)(\s*[:|›»]\s*.{0,100}|[^.!?]{0,80})$`),
		regexp.MustCompile(`(?i)^(advertisement|sponsored( content)?|share this( article| story)?|follow us\b.*)$`),
		regexp.MustCompile(`(?i)^(photo|image|picture|video|credit|illustration)s?( credit)?\s*[:/|]`),
		pictureAgency,
		// A byline: "By Maria Lindqvist, Political Correspondent", not
		// "By Monday, the water had receded."
		regexp.MustCompile(`^By [A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3}( and [A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3})?(\s*[,|–-]\s*[^.!?]{0,50})?$`),
		regexp.MustCompile(`(?i)^(additional )?(reporting|editing|writing|research) by\b.{0,120}$`),
		regexp.MustCompile(`(?i)^(share|tweet|email|print|save)( this( article| story)?| on \w+)?$`),
		regexp.MustCompile(`(?i)^\d+\s*(min|minute)s?( read)?$`),
		regexp.MustCompile(`(?i)^(updated|published|last updated|posted)\b[^.]{0,40}\b(ago|\d{4}|gmt|utc|bst|cet|et|pt)\.?$`),
		regexp.MustCompile(`(?i)^image (caption|source|copyright)\b`),
		regexp.MustCompile(`(?i)^(\d+ )?comments?( \(\d+\))?$`),
		regexp.MustCompile(`(?i)^(click here|download (our|the) app|already a (subscriber|member)|log in|listen to (this )?(article|story))\b.{0,120}$`),
		regexp.MustCompile(`(?i)^this (article|story) (was|has been|first) (originally |first )?(published|appeared|updated)\b`),
		copyrightLine,
		cookieNotice,
		regexp.MustCompile(`(?i)^(sign up|subscribe)\b.{0,120}$`),
	}
	blockCues = []*regexp.Regexp{
		regexp.MustCompile(`(?i)^an? (message|note|word|appeal|request) (from|to)\b`),
		regexp.MustCompile(`(?i)^dear (readers?|subscribers?|friends|supporters)\b`),
		regexp.MustCompile(`(?i)^(support|subscribe to|donate to|sign up for|get|join)\b.{0,60}\b(newsletter|journalism|us|membership|updates)\b`),
		supportBlock,
		regexp.MustCompile(`(?i)^(before you go|one more thing|thank you for reading)\b`),
	}
	appealWords = regexp.MustCompile(`(?i)\b(support(ing)? us|donat\w*|contribut\w*|subscri\w*|sign up|newsletter|remind me later|thank you|your (help|support|inbox|email)|we need|privacy policy|unsubscribe|paywall|membership|click here|inbox)\b`)
)

// maxLineCue is the longest paragraph, in bytes, a line cue can mark.
const maxLineCue = 300

// hints are literal, lower-case words at least one of which a text must
// hold for a regexp that is not anchored at the start to match: a cheap
// test that spares running it on most paragraphs.
var hints = map[*regexp.Regexp][]string{}

func init() {
	for _, c := range []struct {
		re    *regexp.Regexp
		words []string
	}{
		{pictureAgency, []string{"getty", "ap photo", "reuters/", "shutterstock"}},
		{copyrightLine, []string{"©", "(c)", "copyright", "rights reserved"}},
		{cookieNotice, []string{"cookie"}},
		{supportBlock, []string{"newsletter", "journalism", "donation", "contribution", "member", "subscriber", "supporter"}},
		{appealWords, []string{"support", "donat", "contribut", "subscri", "sign up", "newsletter", "remind me", "thank you",
			"your ", "we need", "privacy", "paywall", "membership", "click here", "inbox"}},
	} {
		hints[c.re] = c.words
	}
}

// matchRe runs re on s (lower is s in lower case) if its hints allow.
func matchRe(re *regexp.Regexp, s, lower string) bool {
	if hs, ok := hints[re]; ok {
		found := false
		for _, h := range hs {
			if strings.Contains(lower, h) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return re.MatchString(s)
}

func matchAny(res []*regexp.Regexp, s string) bool {
	lower := strings.ToLower(s)
	for _, re := range res {
		if matchRe(re, s, lower) {
			return true
		}
	}
	return false
}

// readerWords address the reader or speak for the publication.
var readerWords = set("you", "your", "we", "our", "us")

// appealLike reports whether a paragraph reads like part of an appeal.
func appealLike(s string) bool {
	if matchRe(appealWords, s, strings.ToLower(s)) || matchAny(blockCues, s) {
		return true
	}
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !wordRune(r) && r != '\'' })
	voice := 0
	for _, w := range words {
		if readerWords[w] {
			voice++
		}
	}
	return len(words) > 0 && (voice*12 >= len(words) || len(words) <= 4 && voice > 0)
}

// markFurniture sets Paragraph.Furniture. Each paragraph is tested once
// against the cues, so the cost grows linearly with the article.
func markFurniture(body string, paras []Paragraph) {
	text := func(i int) string { return strings.TrimSpace(body[paras[i].Start:paras[i].End]) }
	for i := range paras {
		// A line cue marks a short line (a credit, a link); a long
		// paragraph is furniture only as part of a block.
		if t := text(i); len(t) <= maxLineCue && matchAny(lineCues, t) {
			paras[i].Furniture = true
		}
	}
	// like[i] counts appeal-like paragraphs from i to the end.
	like := make([]int, len(paras)+1)
	for i := len(paras) - 1; i >= len(paras)/2; i-- {
		like[i] = like[i+1]
		if appealLike(text(i)) {
			like[i]++
		}
	}
	for i := len(paras) / 2; i < len(paras); i++ {
		if !matchAny(blockCues, text(i)) {
			continue
		}
		if like[i]*10 >= (len(paras)-i)*6 {
			for j := i; j < len(paras); j++ {
				paras[j].Furniture = true
			}
			return
		}
	}
}
