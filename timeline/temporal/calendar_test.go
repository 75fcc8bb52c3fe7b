package temporal

import (
	"math/rand"
	"testing"
	"time"
)

// TestFormatDate compares formatDate with time.Format on its layouts
// (and one it leaves to time.Format), over years from before 0 to after
// 9999, every month, weekday and hour.
func TestFormatDate(t *testing.T) {
	layouts := []string{"2006-01", "2006-01-02", "2006-01-02T15", "2006-01-02T15:04", "January 2006",
		"2 January 2006", "Monday 2 January 2006", "15:04 on Monday 2 January 2006", "15:00 on Monday 2 January 2006", "2 January"}
	r := rand.New(rand.NewSource(2))
	years := []int{-1, 0, 1, 9, 10, 99, 100, 999, 1000, 1998, 2024, 9999, 10000}
	for range 300 {
		years = append(years, r.Intn(3000))
	}
	for _, y := range years {
		tm := time.Date(y, time.Month(1+r.Intn(12)), 1+r.Intn(31), r.Intn(24), r.Intn(60), 0, 0, time.UTC)
		for _, l := range layouts {
			if got, want := formatDate(tm, l), tm.Format(l); got != want {
				t.Errorf("formatDate(%v, %q) = %q, want %q", tm, l, got, want)
			}
		}
	}
}
