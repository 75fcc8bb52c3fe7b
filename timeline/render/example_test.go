package render_test

import (
	"bytes"
	"fmt"
	"image/png"
	"time"

	"github.com/dateline-app/dateline/timeline"
	"github.com/dateline-app/dateline/timeline/render"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// A small timeline: a summit that happened on one day, and a visit
// expected some time in the summer.
func example() *timeline.Timeline {
	return &timeline.Timeline{
		Article: &timeline.Article{Title: "Example", Published: date(2024, 6, 12), HasPublished: true},
		Events: []timeline.Event{
			{ID: "e1", Label: "Summit", Start: date(2024, 3, 5), End: date(2024, 3, 6), Grain: "day", Modality: timeline.Happened},
			{ID: "e2", Label: "Visit", Start: date(2024, 6, 1), End: date(2024, 9, 1), Grain: "season", Modality: timeline.Expected},
		},
	}
}

func ExampleCompute() {
	l := render.Compute(example(), render.Options{Width: 800, Height: 300})
	fmt.Println("ticks count:", l.Unit)
	for _, m := range l.Marks {
		kind := map[render.Kind]string{render.Point: "point", render.Bar: "bar"}[m.Kind]
		fmt.Printf("%s: a %s, %s, in lane %d\n", m.Text, kind, m.Modality, m.Lane)
	}
	// Output:
	// ticks count: month
	// Summit: a point, happened, in lane 0
	// Visit: a bar, expected, in lane 0
}

func ExampleLayout_HitTest() {
	l := render.Compute(example(), render.Options{Width: 800, Height: 300})
	r := l.MarkRect(1) // the visit's bar
	i, ok := l.HitTest(r.X+r.W/2, r.Y+r.H/2)
	fmt.Println(i, ok)
	_, ok = l.HitTest(0, 0) // the corner holds no event
	fmt.Println(ok)
	// Output:
	// 1 true
	// false
}

func ExampleView_Zoom() {
	v := render.View{From: date(2024, 1, 1), To: date(2025, 1, 1)}
	// zoom in twice around 1 April: it stays where it was on screen (2024
	// has 366 days: the half is 183)
	z := v.Zoom(0.5, date(2024, 4, 1))
	fmt.Println(z.From.Format(time.DateOnly), "..", z.To.Format(time.DateOnly))
	// then pan a quarter of the view later
	p := z.Pan(0.25)
	fmt.Println(p.From.Format(time.DateOnly), "..", p.To.Format(time.DateOnly))
	// Output:
	// 2024-02-15 .. 2024-08-16
	// 2024-04-01 .. 2024-10-01
}

func ExampleWritePNG() {
	l := render.Compute(example(), render.Options{Width: 960, Height: 540, Scale: 2, Theme: render.Dark})
	var b bytes.Buffer
	if err := render.WritePNG(&b, l); err != nil {
		fmt.Println(err)
		return
	}
	img, err := png.Decode(&b)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(img.Bounds().Size()) // Width*Scale x Height*Scale
	// Output:
	// (1920,1080)
}
