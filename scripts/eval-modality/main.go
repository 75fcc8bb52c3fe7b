// Command eval-modality measures Dateline's modality detector
// (timeline.ModalityAt) on TimeML files such as the TBAQ corpus.
//
// Which events: every EVENT instance tied to a TIMEX3 other than the
// document creation time, either by a TLINK (in either direction) or by
// standing in the same sentence as a DATE or TIME expression.
//
// Gold modality, from the annotation, first match wins:
//
//	denied    polarity="NEG", or the target of a NEG_EVIDENTIAL or
//	          COUNTER_FACTIVE SLINK ("denied that", "failed to")
//	possible  a modality other than will/shall ("could", "may", "would"),
//	          or the target of a CONDITIONAL SLINK
//	expected  modality will/shall, tense FUTURE, or the target of a MODAL
//	          SLINK ("plans to", "expected to")
//	reported  the target of an EVIDENTIAL SLINK ("said [it happened]")
//	happened  everything else
//
// Files in which most instances are marked NEG are skipped: in them the
// polarity attribute is an annotation artefact (every event negated).
//
// Usage: go run ./scripts/eval-modality DIR... (prints accuracy and a
// confusion matrix; -v lists the errors).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/dateline-app/dateline/timeline"
)

var (
	verbose = flag.Bool("v", false, "list every error with its sentence")
	tagRE   = regexp.MustCompile(`<(/?)(EVENT|TIMEX3|SIGNAL)\b([^>]*)>`)
	attrRE  = regexp.MustCompile(`(\w+)="([^"]*)"`)
	instRE  = regexp.MustCompile(`<MAKEINSTANCE\b[^>]*>`)
	linkRE  = regexp.MustCompile(`<(TLINK|SLINK)\b[^>]*>`)
)

func attrs(s string) map[string]string {
	m := map[string]string{}
	for _, g := range attrRE.FindAllStringSubmatch(s, -1) {
		m[g[1]] = g[2]
	}
	return m
}

type span struct{ start, end int }

type doc struct {
	text    string
	events  map[string]span // eid -> span in text
	timexes map[string]span // tid -> span
	ttype   map[string]string
	dct     string
}

// parse strips the inline tags of <TEXT> and records where each event
// and time expression stands in the plain text.
func parse(src string) doc {
	d := doc{events: map[string]span{}, timexes: map[string]span{}, ttype: map[string]string{}}
	if m := regexp.MustCompile(`<DCT>\s*<TIMEX3\b([^>]*)>`).FindStringSubmatch(src); m != nil {
		d.dct = attrs(m[1])["tid"]
	}
	a := strings.Index(src, "<TEXT>")
	b := strings.Index(src, "</TEXT>")
	if a < 0 || b < a {
		return d
	}
	body := src[a+len("<TEXT>") : b]
	var out strings.Builder
	type open struct{ kind, id string }
	var stack []open
	starts := map[string]int{}
	last := 0
	for _, loc := range tagRE.FindAllStringSubmatchIndex(body, -1) {
		out.WriteString(body[last:loc[0]])
		last = loc[1]
		closing := body[loc[2]:loc[3]] == "/"
		kind := body[loc[4]:loc[5]]
		if !closing {
			at := attrs(body[loc[6]:loc[7]])
			id := at["eid"]
			if kind == "TIMEX3" {
				id = at["tid"]
				d.ttype[id] = at["type"]
			}
			stack = append(stack, open{kind, id})
			starts[kind+id] = out.Len()
			continue
		}
		if n := len(stack); n > 0 {
			o := stack[n-1]
			stack = stack[:n-1]
			sp := span{starts[o.kind+o.id], out.Len()}
			switch o.kind {
			case "EVENT":
				d.events[o.id] = sp
			case "TIMEX3":
				d.timexes[o.id] = sp
			}
		}
	}
	out.WriteString(body[last:])
	d.text = unescape(out.String())
	return d
}

// unescape undoes XML entities without moving offsets much: each entity
// becomes one character padded with spaces to its length.
func unescape(s string) string {
	for ent, r := range map[string]string{"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&apos;": "'"} {
		s = strings.ReplaceAll(s, ent, r+strings.Repeat(" ", len(ent)-1))
	}
	return s
}

// sentences splits plain text at ., ! or ? followed by white space and an
// upper-case letter or a quote, and at blank lines.
func sentences(text string) []span {
	var out []span
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		end := -1
		if (c == '.' || c == '!' || c == '?') && i+2 < len(text) && (text[i+1] == ' ' || text[i+1] == '\n') {
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\n') {
				j++
			}
			if j < len(text) && (text[j] >= 'A' && text[j] <= 'Z' || text[j] == '"' || text[j] == '`') {
				end = i + 1
			}
		}
		if c == '\n' && i+1 < len(text) && text[i+1] == '\n' {
			end = i
		}
		if end > start {
			out = append(out, span{start, end})
			start = end
		}
	}
	if start < len(text) {
		out = append(out, span{start, len(text)})
	}
	return out
}

type item struct {
	gold, got timeline.Modality
	cue       string
	sentence  string
	word      string
}

func gold(inst map[string]string, slinks map[string][]string) timeline.Modality {
	has := func(t string) bool {
		for _, r := range slinks[inst["eiid"]] {
			if r == t {
				return true
			}
		}
		return false
	}
	mod := strings.ToLower(inst["modality"])
	switch {
	case inst["polarity"] == "NEG" || has("NEG_EVIDENTIAL") || has("COUNTER_FACTIVE"):
		return timeline.Denied
	case mod != "" && mod != "none" && mod != "will" && mod != "shall" && mod != "'ll" || has("CONDITIONAL"):
		return timeline.Possible
	case mod == "will" || mod == "shall" || mod == "'ll" || inst["tense"] == "FUTURE" || has("MODAL"):
		return timeline.Expected
	case has("EVIDENTIAL"):
		return timeline.Reported
	}
	return timeline.Happened
}

func evalFile(path string) (items []item, skipped bool, err error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, false, err
	}
	src := string(raw)
	d := parse(src)
	insts := map[string]map[string]string{} // eiid -> attrs
	var order []string
	neg := 0
	for _, s := range instRE.FindAllString(src, -1) {
		at := attrs(s)
		insts[at["eiid"]] = at
		order = append(order, at["eiid"])
		if at["polarity"] == "NEG" {
			neg++
		}
	}
	if len(insts) > 0 && neg*2 > len(insts) {
		return nil, true, nil
	}
	slinks := map[string][]string{}
	tied := map[string]bool{}
	for _, s := range linkRE.FindAllString(src, -1) {
		at := attrs(s)
		if strings.HasPrefix(s, "<SLINK") {
			slinks[at["subordinatedEventInstance"]] = append(slinks[at["subordinatedEventInstance"]], at["relType"])
			continue
		}
		for _, pair := range [][2]string{{at["eventInstanceID"], at["relatedToTime"]}, {at["relatedToEventInstance"], at["timeID"]}} {
			if pair[0] != "" && pair[1] != "" && pair[1] != d.dct {
				tied[pair[0]] = true
			}
		}
	}
	sents := sentences(d.text)
	sentOf := func(off int) (span, bool) {
		i := sort.Search(len(sents), func(i int) bool { return sents[i].end > off })
		if i < len(sents) && sents[i].start <= off {
			return sents[i], true
		}
		return span{}, false
	}
	timexIn := map[span]bool{}
	for tid, sp := range d.timexes {
		if tid == d.dct || d.ttype[tid] != "DATE" && d.ttype[tid] != "TIME" {
			continue
		}
		if s, ok := sentOf(sp.start); ok {
			timexIn[s] = true
		}
	}
	seen := map[string]bool{}
	for _, eiid := range order {
		inst := insts[eiid]
		eid := inst["eventID"]
		sp, ok := d.events[eid]
		if !ok || seen[eid] {
			continue
		}
		s, ok := sentOf(sp.start)
		if !ok || !tied[eiid] && !timexIn[s] {
			continue
		}
		seen[eid] = true
		got, cue := timeline.ModalityAt(d.text, timeline.Span{Start: s.start, End: s.end}, timeline.Span{Start: sp.start, End: sp.end})
		items = append(items, item{gold: gold(inst, slinks), got: got, cue: cue,
			sentence: strings.Join(strings.Fields(d.text[s.start:s.end]), " "), word: d.text[sp.start:sp.end]})
	}
	return items, false, nil
}

func main() {
	flag.Parse()
	var files []string
	for _, dir := range flag.Args() {
		filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
			if err == nil && !e.IsDir() && strings.HasSuffix(p, ".tml") {
				files = append(files, p)
			}
			return nil
		})
	}
	if len(files) == 0 {
		fmt.Fprintln(os.Stderr, "eval-modality: no .tml files under", flag.Args())
		os.Exit(2)
	}
	sort.Strings(files)
	mods := []timeline.Modality{timeline.Happened, timeline.Expected, timeline.Possible, timeline.Reported, timeline.Denied}
	conf := map[[2]timeline.Modality]int{}
	total, right, skipped := 0, 0, 0
	for _, f := range files {
		items, skip, err := evalFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "eval-modality:", err)
			os.Exit(1)
		}
		if skip {
			skipped++
			continue
		}
		for _, it := range items {
			total++
			conf[[2]timeline.Modality{it.gold, it.got}]++
			if it.gold == it.got {
				right++
			} else if *verbose {
				fmt.Printf("%s: gold %s, got %s (%q) — %q in: %s\n", filepath.Base(f), it.gold, it.got, it.cue, it.word, it.sentence)
			}
		}
	}
	fmt.Printf("files: %d (%d skipped: polarity artefact)\n", len(files), skipped)
	fmt.Printf("events tied to a TIMEX3: %d\n", total)
	if total == 0 {
		return
	}
	fmt.Printf("accuracy: %.1f%% (%d/%d)\n", 100*float64(right)/float64(total), right, total)
	base := 0
	for _, g := range mods {
		base += conf[[2]timeline.Modality{g, timeline.Happened}]
	}
	happened := 0
	for _, p := range mods {
		happened += conf[[2]timeline.Modality{timeline.Happened, p}]
	}
	fmt.Printf("baseline (all happened): %.1f%%\n\n", 100*float64(happened)/float64(total))
	fmt.Printf("%-10s", "gold\\got")
	for _, p := range mods {
		fmt.Printf("%10s", p)
	}
	fmt.Printf("%10s%10s%10s\n", "recall", "precision", "n")
	for _, g := range mods {
		fmt.Printf("%-10s", g)
		row, col := 0, 0
		for _, p := range mods {
			fmt.Printf("%10d", conf[[2]timeline.Modality{g, p}])
			row += conf[[2]timeline.Modality{g, p}]
			col += conf[[2]timeline.Modality{p, g}]
		}
		rec, prec := 0.0, 0.0
		if row > 0 {
			rec = float64(conf[[2]timeline.Modality{g, g}]) / float64(row)
		}
		if col > 0 {
			prec = float64(conf[[2]timeline.Modality{g, g}]) / float64(col)
		}
		fmt.Printf("%9.1f%%%9.1f%%%10d\n", 100*rec, 100*prec, row)
	}
	_ = base
}
