package temporal

import (
	"regexp/syntax"
	"unicode/utf8"
)

// The rules' patterns run on Go's regexp backtracker, which takes each
// branch of an alternation in turn: at "two years" the duration pattern
// tried its twenty hedges ("about", "around", "more than", ...) and its
// twenty units, one character each, and a quarter of Tag's time went
// there. backtracker is the same backtracker, instruction for instruction
// on the same compiled program, with one addition: at an alternation, a
// branch that cannot start with the character at hand is not taken. It
// explores the live paths in the same order as Go's, so it finds the same
// match with the same groups (TestBacktracker compares the two on every
// rule, at every word of the test texts).
//
// Why pruning cannot change the match: a branch is skipped only when the
// next character is not among those it may consume first and it cannot
// reach the end of the pattern without consuming one. Every state it leads
// to at the same position is then as dead (its first characters are among
// the branch's), and no state at a later position can be reached. Go's
// backtracker would visit those dead states, fail, and mark them visited;
// marking or not marking a state no path can finish from changes nothing
// else.

// byteSet is a set of bytes.
type byteSet [4]uint64

func (s *byteSet) has(c byte) bool { return s[c>>6]&(1<<(c&63)) != 0 }
func (s *byteSet) add(c byte)      { s[c>>6] |= 1 << (c & 63) }

func (s *byteSet) addRange(lo, hi int) {
	for c := lo; c <= hi; c++ {
		s.add(byte(c))
	}
}

// firstSet is what a path from an instruction may consume first: one of
// bytes, or nothing at all (empty: it may reach the end of the pattern
// without consuming).
type firstSet struct {
	bytes byteSet
	empty bool
}

// may reports whether a path with these first characters may go on at
// in[pos:].
func (f *firstSet) may(in string, pos int) bool {
	return f.empty || pos < len(in) && f.bytes.has(in[pos])
}

// union adds g to f and reports whether f grew.
func (f *firstSet) union(g *firstSet) bool {
	grew := false
	for i := range f.bytes {
		if n := f.bytes[i] | g.bytes[i]; n != f.bytes[i] {
			f.bytes[i], grew = n, true
		}
	}
	if g.empty && !f.empty {
		f.empty, grew = true, true
	}
	return grew
}

// pattern is a rule's compiled program with the first characters of each
// instruction.
type pattern struct {
	prog  *syntax.Prog
	first []firstSet
	code  []btInst // prog.Inst and first side by side, as find reads them
	ncap  int      // offsets a match reports: two per group and two for the whole
}

// btInst is an instruction of a pattern as find reads it: its operation,
// its successors and the first characters of the paths from it, in one
// array rather than two, which spares find's loop registers it lacks.
type btInst struct {
	first    firstSet
	op       syntax.InstOp
	out, arg uint32
	inst     *syntax.Inst // the instruction itself, for characters beyond ASCII and empty-width tests
}

// newPattern prepares prog (compiled as package regexp compiles it) for
// backtracker; ngroups is the number of capture groups.
func newPattern(prog *syntax.Prog, ngroups int) *pattern {
	p := &pattern{prog: prog, first: make([]firstSet, len(prog.Inst)), ncap: 2 * (ngroups + 1)}
	// The least fixed point: sets only grow, and a loop that consumes
	// nothing adds nothing.
	for grew := true; grew; {
		grew = false
		for pc := range prog.Inst {
			in := &prog.Inst[pc]
			switch in.Op {
			case syntax.InstAlt, syntax.InstAltMatch:
				g1 := p.union(pc, int(in.Out))
				g2 := p.union(pc, int(in.Arg))
				grew = grew || g1 || g2
			case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
				grew = p.union(pc, int(in.Out)) || grew
			case syntax.InstMatch:
				if !p.first[pc].empty {
					p.first[pc].empty, grew = true, true
				}
			case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
				var s firstSet
				runeFirstBytes(in, &s.bytes)
				grew = p.first[pc].union(&s) || grew
			}
		}
	}
	p.code = make([]btInst, len(prog.Inst))
	for pc := range prog.Inst {
		in := &prog.Inst[pc]
		p.code[pc] = btInst{first: p.first[pc], op: in.Op, out: in.Out, arg: in.Arg, inst: in}
	}
	return p
}

func (p *pattern) union(pc, from int) bool {
	if pc == from {
		return false
	}
	g := p.first[from]
	return p.first[pc].union(&g)
}

// runeFirstBytes adds to s the first byte of every character the
// instruction consumes (every byte that starts a multi-byte character, for
// a class beyond ASCII). Its ASCII bytes are exactly the ASCII characters
// the instruction matches, which find relies on.
func runeFirstBytes(in *syntax.Inst, s *byteSet) {
	nonASCII := func() { s.addRange(0xC0, 0xFF) }
	switch in.Op {
	case syntax.InstRuneAny:
		s.addRange(0, 0xFF)
		return
	case syntax.InstRuneAnyNotNL:
		s.addRange(0, 0xFF)
		s[0] &^= 1 << '\n'
		return
	}
	fold := syntax.Flags(in.Arg)&syntax.FoldCase != 0
	addRune := func(lo, hi rune) {
		if lo < utf8.RuneSelf {
			for c := lo; c <= min(hi, utf8.RuneSelf-1); c++ {
				s.add(byte(c))
				if fold && 'a' <= c && c <= 'z' {
					s.add(byte(c - 'a' + 'A'))
				}
				if fold && 'A' <= c && c <= 'Z' {
					s.add(byte(c - 'A' + 'a'))
				}
			}
		}
		if hi >= utf8.RuneSelf || fold {
			nonASCII() // (a letter folds to a few characters beyond ASCII: K, ſ)
		}
	}
	if len(in.Rune) == 1 {
		addRune(in.Rune[0], in.Rune[0])
		return
	}
	for i := 0; i+1 < len(in.Rune); i += 2 {
		addRune(in.Rune[i], in.Rune[i+1])
	}
}

// btJob is a step put off: an instruction to try at a position, or (arg)
// the second branch of an alternation, or a group's offset to restore.
type btJob struct {
	pc  uint32
	arg bool
	pos int
}

// backtracker holds the working memory of matches, reused from one to the
// next (one per Tag call).
type backtracker struct {
	jobs    []btJob
	visited []uint32
	cap     []int
	end     int
	locs    []int // the offsets of the matches found at the current trigger
	hits    []hit // matchAt's matches at the current trigger, longest first
}

// hit is a rule's match at a trigger: the offsets find returned.
type hit struct {
	r   *rule
	loc []int
}

const endOfText rune = -1

// maxBacktrackProg bounds the programs backtracker runs, as Go's regexp
// bounds those its backtracker runs (regexp/backtrack.go): a longer one
// (the holiday names) is left to regexp, and to its NFA.
const maxBacktrackProg = 500

// find matches p at the start of s and returns the offsets of the match
// and its groups (as regexp.FindStringSubmatchIndex: -1 for a group that
// took no part), appended to dst; nil when there is no match. The steps
// are those of Go's backtracker (regexp/backtrack.go), with the pruning
// at alternations.
func (b *backtracker) find(p *pattern, s string, dst []int) []int {
	code := p.code
	if !code[p.prog.Start].first.may(s, 0) {
		return nil
	}
	b.end = len(s)
	n := (len(code)*(len(s)+1) + 31) / 32
	if cap(b.visited) < n {
		b.visited = make([]uint32, n)
	} else {
		b.visited = b.visited[:n]
		clear(b.visited)
	}
	if cap(b.cap) < p.ncap {
		b.cap = make([]int, p.ncap)
	}
	b.cap = b.cap[:p.ncap]
	for i := range b.cap {
		b.cap[i] = -1
	}
	b.cap[0] = 0
	b.jobs = b.jobs[:0]
	b.push(code, uint32(p.prog.Start), 0, false)
	for len(b.jobs) > 0 {
		l := len(b.jobs) - 1
		pc, pos, arg := b.jobs[l].pc, b.jobs[l].pos, b.jobs[l].arg
		b.jobs = b.jobs[:l]
		goto Skip
	CheckAndLoop:
		if !b.shouldVisit(pc, pos) {
			continue
		}
	Skip:
		switch in := &code[pc]; in.op {
		case syntax.InstFail:
			continue
		case syntax.InstAlt:
			if arg {
				arg = false
				pc = in.arg
				goto CheckAndLoop
			}
			// (first.may for each branch, the character read once)
			var out, alt bool
			if o, a := &code[in.out].first, &code[in.arg].first; pos < len(s) {
				c := s[pos]
				out, alt = o.empty || o.bytes.has(c), a.empty || a.bytes.has(c)
			} else {
				out, alt = o.empty, a.empty
			}
			switch {
			case out && alt:
				b.push(code, pc, pos, true)
				pc = in.out
			case out:
				pc = in.out
			case alt:
				pc = in.arg
			default:
				continue
			}
			goto CheckAndLoop
		case syntax.InstAltMatch:
			switch code[in.out].op {
			case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
				b.push(code, in.arg, pos, false)
				pc = in.arg
				pos = b.end
				goto CheckAndLoop
			}
			b.push(code, in.out, b.end, false)
			pc = in.out
			goto CheckAndLoop
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			if pos < len(s) && s[pos] < utf8.RuneSelf {
				// An ASCII character: the instruction's first characters
				// are the ASCII characters it matches.
				if !in.first.bytes.has(s[pos]) {
					continue
				}
				pos++
				pc = in.out
				goto CheckAndLoop
			}
			r, width := endOfText, 0
			if pos < len(s) {
				r, width = utf8.DecodeRuneInString(s[pos:])
			}
			switch in.op {
			case syntax.InstRune:
				if !in.inst.MatchRune(r) {
					continue
				}
			case syntax.InstRune1:
				if r != in.inst.Rune[0] {
					continue
				}
			case syntax.InstRuneAnyNotNL:
				if r == '\n' || r == endOfText {
					continue
				}
			case syntax.InstRuneAny:
				if r == endOfText {
					continue
				}
			}
			pos += width
			pc = in.out
			goto CheckAndLoop
		case syntax.InstCapture:
			if arg {
				b.cap[in.arg] = pos
				continue
			}
			if in.arg < uint32(len(b.cap)) {
				b.push(code, pc, b.cap[in.arg], true) // come back to restore it
				b.cap[in.arg] = pos
			}
			pc = in.out
			goto CheckAndLoop
		case syntax.InstEmptyWidth:
			before, after := endOfText, endOfText
			if pos > 0 {
				if before = rune(s[pos-1]); before >= utf8.RuneSelf {
					before, _ = utf8.DecodeLastRuneInString(s[:pos])
				}
			}
			if pos < len(s) {
				if after = rune(s[pos]); after >= utf8.RuneSelf {
					after, _ = utf8.DecodeRuneInString(s[pos:])
				}
			}
			if !in.inst.MatchEmptyWidth(before, after) {
				continue
			}
			pc = in.out
			goto CheckAndLoop
		case syntax.InstNop:
			pc = in.out
			goto CheckAndLoop
		case syntax.InstMatch:
			b.cap[1] = pos
			return append(dst, b.cap...)
		default:
			panic("backtracker: unexpected instruction")
		}
	}
	return nil
}

// shouldVisit marks (pc, pos) visited and reports whether it was not.
func (b *backtracker) shouldVisit(pc uint32, pos int) bool {
	n := uint(int(pc)*(b.end+1) + pos)
	w, bit := b.visited[n/32], uint32(1)<<(n&31)
	if w&bit != 0 {
		return false
	}
	b.visited[n/32] = w | bit
	return true
}

// push puts off trying pc at pos (arg: the second branch of an
// alternation, or a group's offset to restore).
func (b *backtracker) push(code []btInst, pc uint32, pos int, arg bool) {
	if code[pc].op != syntax.InstFail && (arg || b.shouldVisit(pc, pos)) {
		b.jobs = append(b.jobs, btJob{pc: pc, arg: arg, pos: pos})
	}
}

// find returns the offsets of r's match at the start of window (as
// regexp.FindStringSubmatchIndex), or nil. They stay valid until b.reset.
func (r *rule) find(window string, b *backtracker) []int {
	r.patOnce.Do(func() {
		// (the holiday names are longer: they have Guards, and run rarely)
		if prog := r.syntaxProg(); len(prog.Inst) <= maxBacktrackProg {
			r.pat = newPattern(prog, r.re.NumSubexp())
		}
	})
	if r.pat == nil {
		return r.re.FindStringSubmatchIndex(window)
	}
	n := len(b.locs)
	locs := b.find(r.pat, window, b.locs)
	if locs == nil {
		return nil
	}
	b.locs = locs
	return locs[n:len(locs):len(locs)]
}

// reset forgets the offsets find returned.
func (b *backtracker) reset() { b.locs = b.locs[:0] }
