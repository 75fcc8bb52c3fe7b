package render

import (
	"sync"

	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// Text is measured from the font's advance widths, without a canvas, so
// that layout stays pure geometry. Widths are cached per rune at a
// reference size and scaled linearly.

const refSize = 100.0 // font size at which advances are measured

var (
	fontOnce sync.Once
	theFont  *truetype.Font
	fontErr  error

	advMu    sync.RWMutex
	advances = map[rune]float64{}
	refFace  font.Face
)

// chartFont returns the font every label is drawn with, parsed once from
// the drawing adapter's font data (fontData, in gochart.go).
func chartFont() (*truetype.Font, error) {
	fontOnce.Do(func() {
		theFont, fontErr = truetype.Parse(fontData)
		if fontErr == nil {
			refFace = truetype.NewFace(theFont, &truetype.Options{Size: refSize, DPI: 72})
		}
	})
	return theFont, fontErr
}

// asciiAdvance holds the advances of ASCII runes, filled once: most
// labels are ASCII, and this keeps their measuring lock-free.
var (
	asciiOnce    sync.Once
	asciiAdvance [128]float64
)

func advance(r rune) float64 {
	if r < 128 {
		asciiOnce.Do(func() {
			for c := rune(0); c < 128; c++ {
				asciiAdvance[c] = slowAdvance(c)
			}
		})
		return asciiAdvance[r]
	}
	return slowAdvance(r)
}

func slowAdvance(r rune) float64 {
	advMu.RLock()
	w, ok := advances[r]
	advMu.RUnlock()
	if ok {
		return w
	}
	if _, err := chartFont(); err != nil {
		return refSize * 0.55
	}
	advMu.Lock()
	defer advMu.Unlock()
	a, ok := refFace.GlyphAdvance(r)
	if !ok {
		a, _ = refFace.GlyphAdvance('?')
	}
	w = float64(a) / float64(fixed.I(1))
	advances[r] = w
	return w
}

var ellipsisAdvance = sync.OnceValue(func() float64 { return advance('…') })

// textWidth returns the width of s in logical pixels at size.
func textWidth(s string, size float64) float64 {
	w := 0.0
	for _, r := range s {
		w += advance(r)
	}
	return w * size / refSize
}

// clipText shortens s with an ellipsis to fit width at size.
func clipText(s string, size, width float64) string {
	t, _ := fitText(s, size, width)
	return t
}

// fitText is clipText that also returns the width of what it returns,
// measuring each rune once.
func fitText(s string, size, width float64) (string, float64) {
	k := size / refSize
	ellipsis := ellipsisAdvance() * k
	limit := width - ellipsis // room left for the text before an ellipsis
	w, cut, cutW := 0.0, -1, 0.0
	for i, r := range s {
		a := advance(r) * k
		if cut < 0 && w+a > limit {
			cut, cutW = i, w
		}
		w += a
		if w > width {
			return s[:cut] + "…", cutW + ellipsis
		}
	}
	return s, w
}
