package temporal

import (
	"os"
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

func benchmarkTag(b *testing.B, name string) {
	data, err := os.ReadFile(name)
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(data)+"\n", 1<<20/len(data)+1)
	opt := Options{Published: time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Tag(text, opt)
	}
}
