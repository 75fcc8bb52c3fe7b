package temporal

import (
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// BenchmarkTag measures tagging throughput (MB/s) on news-like text:
// testdata/article.txt (a news report with the usual density of dates,
// about one every 300 bytes) repeated to about 1 MB.
func BenchmarkTag(b *testing.B) { benchmarkTag(b, "testdata/article.txt") }

// BenchmarkTagDense does the same on testdata/news.txt, written to exercise
// the rules: a date every 50 bytes or so, six times the usual density.
func BenchmarkTagDense(b *testing.B) { benchmarkTag(b, "testdata/news.txt") }

// BenchmarkTagNews measures it on real news: the text of the 256
// TimeBank and AQUAINT documents of the shared development corpus (530
// KB of 1990s wire and newspaper reports, a date every 290 bytes), twice
// over. The corpus is not part of the project: the benchmark looks for it
// in $DATELINE_SHARED or ../shared beside the project, and is skipped
// without it.
func BenchmarkTagNews(b *testing.B) {
	shared := os.Getenv("DATELINE_SHARED")
	if shared == "" {
		shared = "../../../shared"
	}
	var docs []string
	filepath.WalkDir(filepath.Join(shared, "corpus", "tbaq"), func(path string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".tml") {
			if data, err := os.ReadFile(path); err == nil {
				docs = append(docs, timeMLText(string(data)))
			}
		}
		return nil
	})
	if len(docs) == 0 {
		b.Skip("no TimeML documents under " + shared + "/corpus/tbaq")
	}
	benchmarkText(b, strings.Join(docs, "\n\n"))
}

// timeMLText returns the text of a TimeML document's TEXT element, its
// tags taken out.
func timeMLText(doc string) string {
	_, doc, _ = strings.Cut(doc, "<TEXT>")
	doc, _, _ = strings.Cut(doc, "</TEXT>")
	var out strings.Builder
	for {
		i := strings.IndexByte(doc, '<')
		if i < 0 {
			break
		}
		out.WriteString(doc[:i])
		j := strings.IndexByte(doc[i:], '>')
		if j < 0 {
			break
		}
		doc = doc[i+j+1:]
	}
	out.WriteString(doc)
	return html.UnescapeString(out.String())
}

func benchmarkTag(b *testing.B, name string) {
	data, err := os.ReadFile(name)
	if err != nil {
		b.Fatal(err)
	}
	benchmarkText(b, string(data))
}

// benchmarkText tags data repeated to about 1 MB.
func benchmarkText(b *testing.B, data string) {
	text := strings.Repeat(data+"\n", 1<<20/len(data)+1)
	opt := Options{Published: time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Tag(text, opt)
	}
	b.ReportMetric(float64(len(text)), "text-bytes") // (read by bench/instructions.sh)
}

// TestTagWorkIsLinear tags the dense test text and every rule's Examples
// (so that each rule's own tests run) repeated 8 and 128 times and
// compares the bytes allocated (deterministic, unlike a clock): sixteen
// times the text may cost about sixteen times the memory (18.6 times
// here: slices grow by doubling), not 256. A rule
// that lower-cased the whole rest of the text at every match made tagging
// quadratic, and this is how it shows (27 times): twice it was a test
// that only a few forms run ("for two quarters").
func TestTagWorkIsLinear(t *testing.T) {
	data, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	examples := []string{"Profit fell for two quarters", "the rate rose by a quarter of a point"}
	for _, r := range rules {
		examples = append(examples, r.Examples...)
	}
	for _, ex := range examples {
		data = append(data, " It was "+ex+"."...)
	}
	opt := Options{Published: time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)}
	alloc := func(n int) float64 {
		text := strings.Repeat(string(data)+"\n", n)
		return testing.AllocsPerRun(1, func() { Tag(text, opt) }) // warms up too
	}
	bytes := func(n int) uint64 {
		text := strings.Repeat(string(data)+"\n", n)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		Tag(text, opt)
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	Tag(string(data), opt) // the rules' lazy set-up allocates on the first call
	small, large := bytes(8), bytes(128)
	if ratio := float64(large) / float64(small); ratio > 22 {
		t.Errorf("tagging 16 times the text allocated %.1f times the bytes (%d vs %d): work grows faster than the text", ratio, large, small)
	}
	if ratio := alloc(128) / alloc(8); ratio > 24 {
		t.Errorf("tagging 16 times the text made %.1f times the allocations", ratio)
	}
}
