package export

import (
	"io"
	"testing"

	"github.com/dateline-app/dateline/assets"
	"github.com/dateline-app/dateline/timeline"
)

// BenchmarkExport measures each writer on the sample article's timeline
// (extraction is done once, outside the timing; TimeML includes tagging).
func BenchmarkExport(b *testing.B) {
	a, err := timeline.Load(assets.SampleName, assets.Sample)
	if err != nil {
		b.Fatal(err)
	}
	tl := timeline.Extract(a)
	for _, w := range []struct {
		name  string
		write func(io.Writer, *timeline.Timeline) error
	}{{"TimelineJS", TimelineJS}, {"CSV", CSV}, {"TimeML", TimeML}} {
		b.Run(w.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := w.write(io.Discard, tl); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
