package progress

import (
	"math"
	"testing"
)

// sm2Interval is SM-2 as srs-benchmark runs it (models/sm2.py, fsrs.md
// §3.2): the interval in days after the given ratings, oldest first. It is
// test-only code, the baseline of the replay benchmark.
//
// Anki ratings 1..4 become SM-2 grades q = 2..5, so only Again fails. A fail
// restarts the repetitions at 1 day; passes go 1, 6, then ×EF. EF changes on
// every grade, fails included, and never drops below 1.3. Intervals are
// rounded (Python's round, half to even, after adding 0.01) and kept within
// [1, maxInterval].
func sm2Interval(ratings []Rating, maxInterval float64) float64 {
	ivl, ef, reps := 0.0, 2.5, 0
	for _, r := range ratings {
		q := float64(r) + 1
		switch {
		case q <= 2:
			ivl, reps = 1, 0
		case reps == 0:
			ivl, reps = 1, 1
		case reps == 1:
			ivl, reps = 6, 2
		default:
			ivl, reps = ivl*ef, reps+1
		}
		ef = max(1.3, ef+(0.1-(5-q)*(0.08+(5-q)*0.02)))
		ivl = min(max(1, math.RoundToEven(ivl+0.01)), maxInterval)
	}
	return ivl
}

// sm2Recall is srs-benchmark's prediction for SM-2: an exponential curve
// that is 0.9 at the scheduled interval, evaluated t days after the review.
func sm2Recall(t, interval float64) float64 { return math.Pow(0.9, t/interval) }

func TestSM2(t *testing.T) {
	for _, c := range []struct {
		name    string
		ratings []Rating
		want    float64
	}{
		{"first pass", []Rating{Good}, 1},
		{"second pass", []Rating{Good, Good}, 6},
		{"third pass ×2.5", []Rating{Good, Good, Good}, 15},
		{"fourth pass rounds 37.5 up", []Rating{Good, Good, Good, Good}, 38},
		{"Easy raises EF to 2.6, then 2.7", []Rating{Easy, Easy, Easy}, 16},   // 6 × 2.7 = 16.2
		{"Hard passes and lowers EF to 2.22", []Rating{Hard, Hard, Hard}, 13}, // 6 × 2.22 = 13.32
		{"a fail restarts at 1 day", []Rating{Good, Good, Good, Again}, 1},
		{"after a fail, 1 then 6 again", []Rating{Good, Good, Good, Again, Good, Good}, 6},
		// Four fails (-0.32 each) take EF from 2.5 to its floor 1.3; 6 × 1.3 = 7.8.
		{"EF floor", []Rating{Again, Again, Again, Again, Good, Good, Good}, 8},
	} {
		if got := sm2Interval(c.ratings, 36500); got != c.want {
			t.Errorf("%s: sm2%v = %v, want %v", c.name, c.ratings, got, c.want)
		}
	}
	if got := sm2Interval([]Rating{Good, Good, Good, Good, Good, Good, Good, Good, Good, Good, Good, Good}, 100); got != 100 {
		t.Errorf("maximum interval: %v, want 100", got)
	}
	if got := sm2Recall(6, 6); math.Abs(got-0.9) > 1e-12 {
		t.Errorf("recall at the interval = %v, want 0.9", got)
	}
}
