package temporal

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"
)

// probeLine is one expectation of testdata/modern.txt.
type probeLine struct {
	line         int
	kind         byte // '=' an expression, '!' a trap, '?' no judgement
	extent       string
	value        string
	keys         map[string]string
	begin, limit int // byte offsets of the extent in the passage
}

// probePassage is one passage of testdata/modern.txt with its expectations.
type probePassage struct {
	line      int
	text      string
	published time.Time
	want      []*probeLine
}

func readProbe(t *testing.T, path string) []*probePassage {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []*probePassage
	var pub time.Time
	var cur *probePassage
	seen := map[string]int{} // occurrences of an extent named so far in cur
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "@published "):
			if pub, err = time.Parse(time.DateOnly, strings.TrimPrefix(line, "@published ")); err != nil {
				t.Fatalf("%s:%d: %v", path, n, err)
			}
			continue
		case strings.HasPrefix(line, "> "):
			cur = &probePassage{line: n, text: strings.TrimPrefix(line, "> "), published: pub}
			out = append(out, cur)
			seen = map[string]int{}
			continue
		}
		if cur == nil {
			t.Fatalf("%s:%d: an expectation before any passage", path, n)
		}
		p := &probeLine{line: n, kind: '=', keys: map[string]string{}}
		fields := strings.Split(line, "|")
		head := strings.TrimSpace(fields[0])
		if head[0] == '!' || head[0] == '?' {
			p.kind, p.extent = head[0], strings.TrimSpace(head[1:])
		} else {
			ext, val, ok := strings.Cut(head, " => ")
			if !ok {
				t.Fatalf("%s:%d: no \" => \" in %q", path, n, line)
			}
			p.extent, p.value = strings.TrimSpace(ext), strings.TrimSpace(val)
		}
		for _, kv := range fields[1:] {
			k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
			if !ok {
				t.Fatalf("%s:%d: bad key %q", path, n, kv)
			}
			p.keys[k] = v
		}
		from := 0
		for i := 0; i <= seen[p.extent]; i++ {
			at := wordIndex(cur.text[from:], p.extent)
			if at < 0 {
				t.Fatalf("%s:%d: %q is not in the passage of line %d", path, n, p.extent, cur.line)
			}
			p.begin, p.limit = from+at, from+at+len(p.extent)
			from = p.limit
		}
		seen[p.extent]++
		cur.want = append(cur.want, p)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// wordIndex is strings.Index for whole words: "now" is not found in
// "snow", nor "May" in "Mayor".
func wordIndex(s, sub string) int {
	for from := 0; ; {
		at := strings.Index(s[from:], sub)
		if at < 0 {
			return -1
		}
		at += from
		end := at + len(sub)
		if (at == 0 || !isAlnum(s[at-1]) || !isAlnum(sub[0])) && (end == len(s) || !isAlnum(s[end]) || !isAlnum(sub[len(sub)-1])) {
			return at
		}
		from = at + 1
	}
}

// TestModernProbe tags the passages of testdata/modern.txt, recent news
// (2024-2026) annotated by hand, and checks every expression they name and
// that nothing else is found. Expectations marked open= are known misses:
// logged, not failed.
func TestModernProbe(t *testing.T) {
	passages := readProbe(t, "testdata/modern.txt")
	var right, total, open int
	for _, ps := range passages {
		got := Tag(ps.text, Options{Published: ps.published})
		used := make([]bool, len(got))
		fail := func(p *probeLine, format string, args ...any) {
			args = append([]any{p.line}, args...)
			if reason, ok := p.keys["open"]; ok {
				open++
				t.Logf("modern.txt:%d: open (%s): "+format, append([]any{p.line, reason}, args[1:]...)...)
				return
			}
			t.Errorf("modern.txt:%d: "+format, args...)
		}
		for _, p := range ps.want {
			var hit []int
			for i, g := range got {
				if g.Start < p.limit && p.begin < g.End {
					hit = append(hit, i)
					used[i] = true
				}
			}
			switch p.kind {
			case '?':
				continue
			case '!':
				total++
				if len(hit) > 0 {
					g := got[hit[0]]
					fail(p, "trap %q: found %q = %s (rule %q)", p.extent, g.Text, g.Value, g.Rule)
					continue
				}
				if reason, ok := p.keys["open"]; ok {
					t.Errorf("modern.txt:%d: trap %q passes: remove open=%s", p.line, p.extent, reason)
				}
				right++
				continue
			}
			total++
			if len(hit) != 1 || got[hit[0]].Start != p.begin || got[hit[0]].End != p.limit {
				var found []string
				for _, i := range hit {
					found = append(found, got[i].Text+" = "+got[i].Value)
				}
				fail(p, "%q => %s: found %q", p.extent, p.value, found)
				continue
			}
			g := got[hit[0]]
			ok := g.Value == p.value
			for k, v := range p.keys {
				switch k {
				case "type":
					ok = ok && string(g.Type) == v
				case "mod":
					ok = ok && g.Mod == v
				}
			}
			if !ok {
				fail(p, "%q => %s %s %s: got %s %s %s (rule %q: %s)", p.extent, p.value, p.keys["type"], p.keys["mod"], g.Value, g.Type, g.Mod, g.Rule, g.Why)
				continue
			}
			if reason, ok := p.keys["open"]; ok {
				t.Errorf("modern.txt:%d: %q passes: remove open=%s", p.line, p.extent, reason)
			}
			right++
		}
		for i, g := range got {
			if !used[i] {
				t.Errorf("modern.txt:%d: spurious %q = %s (rule %q)", ps.line, g.Text, g.Value, g.Rule)
			}
		}
	}
	t.Logf("modern.txt: %d of %d expectations met, %d open", right, total, open)
}
