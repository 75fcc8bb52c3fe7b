package temporal

import (
	"os"
	"strings"
	"testing"
	"time"
)

// BenchmarkTag measures tagging throughput (MB/s) on news-like text: the
// testdata article repeated to about 1 MB.
func BenchmarkTag(b *testing.B) {
	data, err := os.ReadFile("testdata/news.txt")
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
