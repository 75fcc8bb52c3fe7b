package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of the body, with its byte span.
type token struct {
	Start, End int
	Text       string
	Lower      string // lower case, curly apostrophes made straight
}

func (t token) isWord() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// capitalised reports whether the token starts with an upper-case letter.
func (t token) capitalised() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// tokenize splits s[start:end] into words and punctuation marks. A word
// keeps inner apostrophes, hyphens and dots ("Putin's", "comrades-in-arms",
// "U.S."); "n't" is split off its verb so negation is one token.
func tokenize(s string, start, end int) []token {
	var out []token
	add := func(a, b int) {
		text := s[a:b]
		out = append(out, token{Start: a, End: b, Text: text, Lower: lowerWord(text)})
	}
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case wordRune(r):
			j := i + n
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if wordRune(r2) {
					j += n2
					continue
				}
				if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.' || r2 == ',' && unicode.IsDigit(r) {
					if r3, _ := utf8.DecodeRuneInString(s[j+n2:]); j+n2 < end && wordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
			w := lowerWord(s[i:j])
			if strings.HasSuffix(w, "n't") && len(w) > 3 {
				k := j - len("n't")
				if strings.HasSuffix(s[i:j], "n’t") {
					k = j - len("n’t")
				}
				add(i, k)
				add(k, j)
			} else {
				add(i, j)
			}
			i = j
		default:
			add(i, i+n)
			i += n
		}
	}
	return out
}

// lowerWord returns a word in lower case with curly apostrophes made
// straight, without allocating for a word that is already so.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		}
	}
	return w
}

// Clause boundaries. A clause starts after a boundary; the boundary word is
// kept as the clause's marker, which tells how the clause hangs on the rest
// ("after", "that", "saying").
var (
	subordinators = set("after", "before", "when", "while", "whereas", "although", "though",
		"because", "since", "until", "unless", "amid", "amidst", "whether", "if", "once")
	relatives    = set("who", "which", "whom", "whose", "where")
	coordinators = set("and", "but", "or", "yet", "so")
	timeNouns    = set("day", "week", "month", "year", "time", "morning", "afternoon", "evening", "night", "moment", "period", "season", "summer", "winter", "spring", "autumn", "decade", "era")
	// frontingPreps open an adverbial that a comma closes off from the
	// main clause when it comes first ("During his trip ..., Kim said").
	frontingPreps = set("during", "after", "before", "following", "since", "until", "throughout", "amid", "ahead", "despite", "when", "while", "as", "once", "if", "unless", "although", "though", "because")
)

// clause is a run of tokens of one sentence: the unit an event is read from.
type clause struct {
	toks   []token // the clause's tokens, marker excluded
	marker string  // lower-case word that opened it ("after", "that", ","), "" for a main clause
	prev   []token // the sentence's tokens before the clause (the governing context)
	sent   []token // all tokens of the sentence
	// head is the noun phrase a relative clause hangs on ("Hale" in
	// "Hale, who was arrested in 2022, ..."): who "who" is.
	head []token
}

// relativeSpans finds the comma-enclosed relative clauses and appositives
// that carry one ("Hale, who was arrested ..., had denied"): [from, to]
// token indexes, both commas included.
func relativeSpans(toks []token) [][2]int {
	var out [][2]int
	for i, t := range toks {
		if !relatives[t.Lower] {
			continue
		}
		c := -1
		for k := i - 1; k >= 0 && k >= i-5; k-- {
			if toks[k].Lower == "," {
				c = k
				break
			}
		}
		if c < 0 {
			continue
		}
		for e := i + 1; e < len(toks); e++ {
			if toks[e].Lower == "," || toks[e].Lower == ";" || toks[e].Lower == "—" {
				if toks[e].Lower == "," {
					out = append(out, [2]int{c, e})
				}
				break
			}
		}
	}
	return out
}

// clauseOf returns the clause of the sentence that holds the span [a, b).
// A comma-enclosed relative clause is a clause of its own; the clause
// around it is read with it cut out.
func clauseOf(body string, sent Span, a, b int) clause {
	all := tokenize(body, sent.Start, sent.End)
	for _, rs := range relativeSpans(all) {
		c, e := rs[0], rs[1]
		if all[c].End <= a && b <= all[e].Start {
			// The date is inside: the relative clause alone.
			i := c + 1
			for i < e && !relatives[all[i].Lower] {
				i++
			}
			head := all[:c]
			for k := len(head) - 1; k >= 0; k-- {
				if _, ok := boundaryAt(head, k, -1); ok {
					head = head[k+1:]
					break
				}
			}
			return clause{toks: all[i+1 : e], marker: all[i].Lower, prev: all[:i+1], sent: all, head: head}
		}
	}
	toks := all
	for _, rs := range relativeSpans(all) {
		if all[rs[0]].Start < a && rs[1] < len(all) {
			cut := append([]token{}, toks[:0]...)
			for _, t := range toks {
				if t.Start < all[rs[0]].Start || t.Start > all[rs[1]].Start {
					cut = append(cut, t)
				}
			}
			toks = cut
		}
	}
	lo, hi := 0, len(toks)
	marker := ""
	for i := range toks {
		if toks[i].Start >= a {
			break
		}
		if m, ok := boundaryAt(toks, i, a); ok {
			lo, marker = i+1, m
		}
	}
	for i := lo; i < len(toks); i++ {
		if toks[i].Start < b {
			continue
		}
		if _, ok := boundaryAt(toks, i, a); ok {
			hi = i
			break
		}
	}
	// Skip the words that only open the clause (", and", "that").
	for lo < hi && (toks[lo].Lower == "," || coordinators[toks[lo].Lower] && toks[lo].End <= a) {
		if marker == "" || marker == "," {
			marker = toks[lo].Lower
		}
		lo++
	}
	cl := clause{toks: toks[lo:hi], marker: marker, prev: toks[:lo], sent: all}
	// "a legal fight that began in April": "that" right before the verb,
	// after a noun, is a relative pronoun and the subject ("said that",
	// "the fact that the war began" are not).
	relativeThat := marker == "that" && lo >= 2 && lo < hi && verbLemma[toks[lo].Lower] != "" &&
		toks[lo-2].isWord() && (verbLemma[toks[lo-2].Lower] == "" || verbLemma[toks[lo-2].Lower] == toks[lo-2].Lower) && !pronouns[toks[lo-2].Lower]
	if (relatives[marker] || relativeThat) && lo >= 2 {
		// "the workers who walked out": the noun phrase before "who"
		// (and before its comma: "its next term, which begins").
		end := lo - 1
		if end > 0 && toks[end-1].Lower == "," {
			end--
		}
		k := end - 1
		for k > 0 && toks[k-1].isWord() && !prepositions[toks[k-1].Lower] && verbLemma[toks[k-1].Lower] == "" {
			k--
		}
		cl.head = toks[k:end]
	}
	return cl
}

// boundaryAt reports whether token i opens a new clause; timexStart is the
// offset of the temporal expression being read, which a boundary word
// directly before it does not split off ("after March", "since 2019").
func boundaryAt(toks []token, i, timexStart int) (string, bool) {
	t := toks[i]
	next := func(k int) string {
		if i+k < len(toks) {
			return toks[i+k].Lower
		}
		return ""
	}
	switch t.Lower {
	case ";", ":", "—", "–", "(", ")":
		return t.Lower, true
	case ",":
		n := next(1)
		switch {
		case coordinators[n] && n != "so", subordinators[n], relatives[n],
			n == "with" || n == "as" || n == "according" || n == "including",
			strings.HasSuffix(n, "ing") && len(n) > 5 && !timeNouns[n]:
			return ",", true
		}
		// A fronted adverbial closed by a comma: "During his trip ..., Kim said".
		if i > 0 && frontingPreps[toks[0].Lower] && !hasBoundaryBefore(toks, i) {
			return ",", true
		}
		// A quotation closed by a comma, then the attribution.
		if i > 0 && (toks[i-1].Lower == "\"" || toks[i-1].Lower == "”") || n == "\"" || n == "”" {
			return ",", true
		}
		return "", false
	case "that":
		n := next(1)
		if i+1 < len(toks) && toks[i+1].Start == timexStart || isDateWord(n) {
			return "", false // "that November"
		}
		if timeNouns[n] || n == "," || n == "." || n == "" || n == "is" || n == "was" || n == "'s" {
			return "", false
		}
		if i > 0 && (toks[i-1].Lower == "so" || toks[i-1].Lower == "now") {
			return "", false
		}
		return "that", true
	}
	if subordinators[t.Lower] || relatives[t.Lower] {
		if i+1 < len(toks) && toks[i+1].Start == timexStart {
			return "", false // a preposition before the date itself
		}
		if t.Lower == "since" || t.Lower == "until" || t.Lower == "after" || t.Lower == "before" {
			if i+1 < len(toks) && (isNumber(toks[i+1].Lower) || monthNames[toks[i+1].Lower]) {
				return "", false
			}
			// A preposition before a noun phrase ("before a committee"),
			// not a clause ("after the Kremlin told ..."): no verb follows.
			if !verbFollows(toks, i+1) {
				return "", false
			}
		}
		return t.Lower, true
	}
	if t.Lower == "but" {
		return "but", true
	}
	return "", false
}

// verbFollows reports whether a verb form comes within a few words after
// token i, before any punctuation.
func verbFollows(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+8; k++ {
		w := toks[k].Lower
		if !toks[k].isWord() {
			return false
		}
		if irregularVerbs[w] != "" || modals[w] || strings.HasSuffix(w, "ed") && k > i ||
			verbLemma[w] != "" && verbLemma[w] != w && !strings.HasSuffix(w, "ing") && k > i {
			return true
		}
	}
	return false
}

func hasBoundaryBefore(toks []token, i int) bool {
	for k := 0; k < i; k++ {
		if toks[k].Lower == "," || toks[k].Lower == ";" {
			return true
		}
	}
	return false
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
