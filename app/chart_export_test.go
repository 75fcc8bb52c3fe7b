package app

import (
	"bytes"
	"image"
	"image/draw"
	"image/png"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/dateline-app/dateline/timeline/export"
	"github.com/dateline-app/dateline/timeline/render"
)

// TestChartMatchesExport checks principle 3 (one drawing path): the chart
// as the window shows it, captured from the canvas, equals pixel for pixel
// the PNG that the export writes at the same size with the same options.
func TestChartMatchesExport(t *testing.T) {
	test.NewTempApp(t)
	c := NewChart()
	c.SetTimeline(testTimeline(t))
	c.SetSelected(1)
	w := test.NewTempWindow(t, c)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(720, 300))
	size := c.Size()
	shot := w.Canvas().Capture()

	opt := c.options(size, 1)
	png1, err := export.Lookup("png")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := png1.Write(&buf, c.tl, opt); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if img.Bounds().Dx() != int(size.Width) || img.Bounds().Dy() != int(size.Height) {
		t.Fatalf("export is %v; the chart is %v", img.Bounds().Size(), size)
	}
	pos := c.Position()
	got := image.NewRGBA(img.Bounds())
	draw.Draw(got, got.Bounds(), shot, image.Pt(int(pos.X), int(pos.Y)), draw.Src)
	want := image.NewRGBA(img.Bounds())
	draw.Draw(want, want.Bounds(), img, image.Point{}, draw.Src)
	diff := 0
	for i := range got.Pix {
		if got.Pix[i] != want.Pix[i] {
			diff++
		}
	}
	if diff > 0 {
		t.Errorf("the window's chart and the exported PNG differ in %d of %d bytes", diff, len(got.Pix))
	}
	if opt.Theme != render.Light && opt.Theme != render.Dark {
		t.Errorf("the chart uses theme %v", opt.Theme)
	}
}
