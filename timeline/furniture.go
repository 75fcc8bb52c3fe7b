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
	lineCues = []*regexp.Regexp{
		// A link line: "Read more: ...", "Related stories", but not the
		// sentence "Related charges were filed in 2019."
		regexp.MustCompile(`(?i)^(read more|related( stories| articles| coverage| content)?|see also|more from|recommended|most read|watch|listen)(\s*[:|›»]\s*.{0,100}|[^.!?]{0,80})$`),
		regexp.MustCompile(`(?i)^(advertisement|sponsored( content)?|share this( article| story)?|follow us\b.*)$`),
		regexp.MustCompile(`(?i)^(photo|image|picture|video|credit|illustration)s?( credit)?\s*[:/|]`),
		regexp.MustCompile(`(?i)\b(getty images|afp via getty|ap photo|reuters/|shutterstock)\b.{0,40}$`),
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
		regexp.MustCompile(`(?i)(©|\(c\)|copyright)\s*\d{4}|all rights reserved`),
		regexp.MustCompile(`(?i)\b(we use cookies|accept (all )?cookies|cookie (policy|settings))\b`),
		regexp.MustCompile(`(?i)^(sign up|subscribe)\b.{0,120}$`),
	}
	blockCues = []*regexp.Regexp{
		regexp.MustCompile(`(?i)^an? (message|note|word|appeal|request) (from|to)\b`),
		regexp.MustCompile(`(?i)^dear (readers?|subscribers?|friends|supporters)\b`),
		regexp.MustCompile(`(?i)^(support|subscribe to|donate to|sign up for|get|join)\b.{0,60}\b(newsletter|journalism|us|membership|updates)\b`),
		regexp.MustCompile(`(?i)\b(newsletter|support (our|independent) journalism|make a (donation|contribution)|become a (member|subscriber|supporter))\b`),
		regexp.MustCompile(`(?i)^(before you go|one more thing|thank you for reading)\b`),
	}
	appealWords = regexp.MustCompile(`(?i)\b(support(ing)? us|donat\w*|contribut\w*|subscri\w*|sign up|newsletter|remind me later|thank you|your (help|support|inbox|email)|we need|privacy policy|unsubscribe|paywall|membership|click here|inbox)\b`)
	readerVoice = regexp.MustCompile(`(?i)\b(you|your|we|our|us)\b`)
)

func matchAny(res []*regexp.Regexp, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// appealLike reports whether a paragraph reads like part of an appeal.
func appealLike(s string) bool {
	if appealWords.MatchString(s) || matchAny(blockCues, s) {
		return true
	}
	words := len(strings.Fields(s))
	voice := len(readerVoice.FindAllStringIndex(s, -1))
	return words > 0 && (voice*12 >= words || words <= 4 && voice > 0)
}

// markFurniture sets Paragraph.Furniture.
func markFurniture(body string, paras []Paragraph) {
	text := func(i int) string { return strings.TrimSpace(body[paras[i].Start:paras[i].End]) }
	for i := range paras {
		if matchAny(lineCues, text(i)) {
			paras[i].Furniture = true
		}
	}
	for i := len(paras) / 2; i < len(paras); i++ {
		if !matchAny(blockCues, text(i)) {
			continue
		}
		like := 0
		for j := i; j < len(paras); j++ {
			if appealLike(text(j)) {
				like++
			}
		}
		if like*10 >= (len(paras)-i)*6 {
			for j := i; j < len(paras); j++ {
				paras[j].Furniture = true
			}
			return
		}
	}
}
