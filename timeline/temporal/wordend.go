package temporal

import "regexp/syntax"

// endWords returns pattern with a word boundary (\b) after each greedy run
// of word characters ("[a-z]+") that can only be followed by a non-word
// character ("\s+", "[\s-]+", "½"). The pattern matches as before, and
// captures the same groups: where a run is followed by a non-word
// character, it ends at a word boundary anyway. What changes is the work of
// Go's backtracker: it no longer gives a letter back at a time ("two
// years," -> "two year", "two yea", ...) to try the rest of the pattern
// after each, which a letter can never start. pNum's runs made most of the
// steps of the duration pattern; the rules keep their plain patterns.
func endWords(pattern string) string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return pattern // regexp.MustCompile reports it
	}
	marked := false
	re = markWordEnds(re, follow{end: true}, &marked)
	if !marked {
		return pattern
	}
	return re.String()
}

// follow describes what may come after a part of a pattern: whether it may
// start with a word character, and whether it may be empty up to the end of
// the pattern (a match could then end inside a word).
type follow struct{ word, end bool }

// then returns what may follow a part of a pattern that is followed by re,
// itself followed by f.
func (f follow) then(re *syntax.Regexp) follow {
	word, empty := starts(re)
	return follow{word: word || empty && f.word, end: empty && f.end}
}

// starts reports whether re may start with a word character and whether it
// may match the empty string (both erring towards true).
func starts(re *syntax.Regexp) (word, empty bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return false, true
		}
		return isWordRune(re.Rune[0]) || re.Flags&syntax.FoldCase != 0, false
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for _, w := range wordRanges {
				if re.Rune[i] <= w[1] && w[0] <= re.Rune[i+1] {
					return true, false
				}
			}
		}
		return false, false
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return false, true
	case syntax.OpCapture:
		return starts(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		word, _ = starts(re.Sub[0])
		return word, true
	case syntax.OpPlus:
		return starts(re.Sub[0])
	case syntax.OpRepeat:
		word, empty = starts(re.Sub[0])
		return word, empty || re.Min == 0
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			w, e := starts(sub)
			word = word || w
			if !e {
				return word, false
			}
		}
		return word, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			w, e := starts(sub)
			word, empty = word || w, empty || e
		}
		return word, empty
	}
	return true, true // any character, or an op this pass does not know
}

// wordRanges are the characters of \b's words: [0-9A-Za-z_].
var wordRanges = [][2]rune{{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}}

func isWordRune(r rune) bool { return wordRange(r, r) }

// wordRange reports whether the characters lo to hi are all word
// characters.
func wordRange(lo, hi rune) bool {
	for _, w := range wordRanges {
		if w[0] <= lo && hi <= w[1] {
			return true
		}
	}
	return false
}

// markWordEnds adds the word boundaries to re, followed by f (see endWords).
func markWordEnds(re *syntax.Regexp, f follow, marked *bool) *syntax.Regexp {
	switch re.Op {
	case syntax.OpConcat:
		for i := len(re.Sub) - 1; i >= 0; i-- {
			re.Sub[i] = markWordEnds(re.Sub[i], f, marked)
			f = f.then(re.Sub[i])
		}
	case syntax.OpAlternate:
		for i, sub := range re.Sub {
			re.Sub[i] = markWordEnds(sub, f, marked)
		}
	case syntax.OpCapture, syntax.OpQuest:
		re.Sub[0] = markWordEnds(re.Sub[0], f, marked)
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		// Inside a loop, the next round may follow as well as f.
		word, _ := starts(re.Sub[0])
		re.Sub[0] = markWordEnds(re.Sub[0], follow{word: word || f.word, end: f.end}, marked)
	}
	if wordRun(re) && !f.word && !f.end {
		*marked = true
		return &syntax.Regexp{Op: syntax.OpConcat, Flags: re.Flags, Sub: []*syntax.Regexp{re, {Op: syntax.OpWordBoundary}}}
	}
	return re
}

// wordRun reports whether re is a greedy run of at least one word
// character: after it, the character before is a word character, and \b
// holds exactly where the next one is not.
func wordRun(re *syntax.Regexp) bool {
	if re.Flags&syntax.NonGreedy != 0 || !(re.Op == syntax.OpPlus || re.Op == syntax.OpRepeat && re.Min >= 1 && re.Max == -1) {
		return false
	}
	class := re.Sub[0]
	switch class.Op {
	case syntax.OpCharClass:
		for i := 0; i+1 < len(class.Rune); i += 2 {
			if !wordRange(class.Rune[i], class.Rune[i+1]) {
				return false
			}
		}
		return len(class.Rune) > 0
	case syntax.OpLiteral:
		return len(class.Rune) == 1 && isWordRune(class.Rune[0]) && class.Flags&syntax.FoldCase == 0
	}
	return false
}
