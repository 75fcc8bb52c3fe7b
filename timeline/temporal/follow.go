package temporal

import "regexp/syntax"

// mustContain returns the longest piece of literal text that every match
// of the pattern re holds ("weekend" in "<n> weekends"), or "" when it has
// none: matchAt skips a rule whose window lacks it, without running the
// backtracker. The test loses no match, since a match lies in the window.
// Only the parts every match goes through are searched: not the
// alternatives, nor what is optional.
func mustContain(re *syntax.Regexp) string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase == 0 {
			return string(re.Rune)
		}
	case syntax.OpCapture, syntax.OpPlus:
		return mustContain(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return mustContain(re.Sub[0])
		}
	case syntax.OpConcat:
		longest := ""
		for _, sub := range re.Sub {
			if lit := mustContain(sub); len(lit) > len(longest) {
				longest = lit
			}
		}
		return longest
	}
	return ""
}

// charSet is a set of ASCII characters.
type charSet [2]uint64

func (s *charSet) add(c byte)      { s[c/64] |= 1 << (c % 64) }
func (s *charSet) has(c byte) bool { return s[c/64]&(1<<(c%64)) != 0 }

func fullCharSet() charSet { return charSet{^uint64(0), ^uint64(0)} }

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// nextChars returns the ASCII characters that may come, in a match of prog
// that starts with the word w, right after w or after the spaces that
// follow it; all of them when the match may end there, none when no match
// can start with w. It is computed once per rule and trigger word, by running
// the compiled pattern's automaton over w and then over any spaces; matchAt
// skips a rule whose pattern could not go on with the character it sees
// there ("the strikes began" for the rule of "the end of <month>"), without
// running the backtracker.
func nextChars(prog *syntax.Prog, w string) charSet {
	states := closure(prog, []uint32{uint32(prog.Start)})
	for i := 0; i < len(w); i++ {
		if matches(prog, states) {
			return fullCharSet() // the match may end inside w: let the pattern decide
		}
		states = step(prog, states, []rune{rune(w[i])})
		if len(states) == 0 {
			return charSet{}
		}
	}
	// Then any number of spaces: the set of states reachable over them.
	seen := map[uint32]bool{}
	for _, pc := range states {
		seen[pc] = true
	}
	for todo := states; len(todo) > 0; {
		var more []uint32
		for _, pc := range step(prog, todo, spaces) {
			if !seen[pc] {
				seen[pc] = true
				more = append(more, pc)
				states = append(states, pc)
			}
		}
		todo = more
	}
	if matches(prog, states) {
		return fullCharSet()
	}
	var next charSet
	for _, pc := range states {
		inst := &prog.Inst[pc]
		switch {
		case inst.Op == syntax.InstRune1 || inst.Op == syntax.InstRune && len(inst.Rune) > 1 && syntax.Flags(inst.Arg)&syntax.FoldCase == 0:
			for j := 0; j+1 < len(inst.Rune); j += 2 { // ranges
				for c := inst.Rune[j]; c <= min(inst.Rune[j+1], 127); c++ {
					next.add(byte(c))
				}
			}
			if inst.Op == syntax.InstRune1 && inst.Rune[0] < 128 {
				next.add(byte(inst.Rune[0]))
			}
		case inst.Op == syntax.InstRune:
			for c := rune(0); c < 128; c++ {
				if inst.MatchRune(c) {
					next.add(byte(c))
				}
			}
		case inst.Op == syntax.InstRuneAny || inst.Op == syntax.InstRuneAnyNotNL:
			return fullCharSet()
		}
	}
	return next
}

// closure returns the states pcs lead to without reading a character
// (empty-width assertions are taken as met).
func closure(prog *syntax.Prog, pcs []uint32) []uint32 {
	seen := make([]bool, len(prog.Inst))
	var out []uint32
	var visit func(pc uint32)
	visit = func(pc uint32) {
		if seen[pc] {
			return
		}
		seen[pc] = true
		inst := &prog.Inst[pc]
		switch inst.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			visit(inst.Out)
			visit(inst.Arg)
		case syntax.InstCapture, syntax.InstEmptyWidth, syntax.InstNop:
			visit(inst.Out)
		default:
			out = append(out, pc)
		}
	}
	for _, pc := range pcs {
		visit(pc)
	}
	return out
}

// spaces are the characters isSpaceByte accepts.
var spaces = []rune{' ', '\t', '\n', '\r', '\f', '\v'}

// step returns the states reached from states by reading one of the
// characters rs.
func step(prog *syntax.Prog, states []uint32, rs []rune) []uint32 {
	var next []uint32
	for _, pc := range states {
		inst := &prog.Inst[pc]
		switch inst.Op {
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			for _, r := range rs {
				if inst.MatchRune(r) {
					next = append(next, inst.Out)
					break
				}
			}
		}
	}
	return closure(prog, next)
}

func matches(prog *syntax.Prog, states []uint32) bool {
	for _, pc := range states {
		if prog.Inst[pc].Op == syntax.InstMatch {
			return true
		}
	}
	return false
}
