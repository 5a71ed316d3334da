package progress

import (
	"encoding/binary"
	"hash/fnv"
	"math"
	"time"
)

// This file turns a review's new memory state into a due date: learning and
// relearning steps, whole-day intervals and their ordering across ratings,
// interval fuzz, and the day count that both the memory model and the
// intervals use.

// step schedules a New, Learning or Relearning card through its steps
// (§1.13). The Hard delay is the step-0 formula rounded to whole minutes, as
// in ts-fsrs and go-fsrs; py-fsrs leaves it unrounded and uses the current
// step's delay past step 0.
func step(next Card, r Rating, now time.Time, steps []time.Duration, at int, first bool, iv intervals) Card {
	if first {
		at = 0
	}
	at = max(at, 0)
	if next.Phase == PhaseNew {
		next.Phase = PhaseLearning
	}
	switch {
	case len(steps) == 0:
	case r == Again:
		return delay(next, now, 0, steps[0], iv)
	case at >= len(steps):
		// The steps were shortened since the card entered them (py-fsrs).
	case r == Hard:
		d := steps[0] * 3 / 2
		if len(steps) > 1 {
			d = (steps[0] + steps[1]) / 2
		}
		return delay(next, now, at, d.Round(time.Minute), iv)
	case r == Good && at+1 < len(steps):
		return delay(next, now, at+1, steps[at+1], iv)
	}
	// Graduate: Good on the last step, Easy, or no steps at all.
	return scheduleDays(next, now, iv.days(next.Stability))
}

// delay keeps a card in its steps for d. A step of a day or more makes it a
// Review card due after d (ts-fsrs, go-fsrs); a non-positive step graduates.
func delay(next Card, now time.Time, at int, d time.Duration, iv intervals) Card {
	switch {
	case d <= 0:
		return scheduleDays(next, now, iv.days(next.Stability))
	case d >= 24*time.Hour:
		next.Phase, next.Step, next.Due = PhaseReview, 0, now.Add(d)
		return next
	}
	next.Step, next.Due = at, now.Add(d)
	return next
}

// scheduleDays makes next a Review card due days later. AddDate keeps the
// wall-clock time across daylight-saving changes.
func scheduleDays(next Card, now time.Time, days int) Card {
	next.Phase, next.Step = PhaseReview, 0
	next.Due = now.AddDate(0, 0, days)
	return next
}

// ElapsedDays counts the days from one review to a later time, in days that
// start at p.DayStart in to's location (§1.13: ts-fsrs and go-fsrs count
// calendar days, Anki rolls the day over at 04:00 local time). It is never
// negative: a clock that went backwards gives 0.
func (p Params) ElapsedDays(from, to time.Time) int {
	return int(max(studyDay(to, p.DayStart)-studyDay(from.In(to.Location()), p.DayStart), 0))
}

// dayNumber numbers t's calendar date in t's own location. Going through a
// UTC midnight makes every date exactly 86400 s long, whatever the zone's
// daylight-saving rules.
func dayNumber(t time.Time) int {
	y, m, d := t.Date()
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// intervals computes the day intervals of one review: the card before the
// review, whether it was new, the elapsed days and the review's fuzz factor.
type intervals struct {
	p     Params
	c     Card
	first bool
	t     int
	u     float64
}

// days rounds I(r, S) half away from zero (Go's math.Round, as ts-fsrs and
// go-fsrs; py-fsrs rounds half to even), clamps it to [1, maximum] and then
// fuzzes it (§1.4, §1.12).
func (iv intervals) days(s float64) int {
	f := math.Round(iv.p.interval(s)) // iv.p is already sane
	maxDays := iv.p.MaximumInterval
	d := maxDays
	switch {
	case !(f >= 1): // also NaN
		d = 1
	case f < float64(maxDays):
		d = int(f)
	}
	// Like the references, fuzz whole-day intervals of 3 days or more only:
	// shorter ones would move by a large fraction of themselves.
	if !iv.p.Fuzz || d < 3 {
		return d
	}
	// When the new interval is longer than the gap just reviewed, fuzz may
	// not shorten it to that gap or less (ts-fsrs, go-fsrs).
	minimum := 1
	if d > iv.t {
		minimum = iv.t + 1
	}
	lo, hi := fuzzBounds(float64(d), minimum, maxDays)
	return pickFuzz(lo, hi, iv.u)
}

// passing returns the intervals of Hard, Good and Easy for a Review card,
// indexed by rating. Each is computed from its own stability and then
// ordered as ts-fsrs's basic scheduler, go-fsrs and Anki do (py-fsrs does not
// order): Hard no later than Good, Good after Hard, Easy after Good (§1.13).
func (iv intervals) passing() [5]int {
	var d [5]int
	for g := Hard; g <= Easy; g++ {
		s, _ := iv.p.memory(iv.c.Stability, iv.c.Difficulty, iv.first, iv.t, g)
		d[g] = iv.days(s)
	}
	d[Hard] = min(d[Hard], d[Good])
	d[Good] = max(d[Good], d[Hard]+1)
	d[Easy] = max(d[Easy], d[Good]+1)
	for g := Hard; g <= Easy; g++ {
		d[g] = min(d[g], iv.p.MaximumInterval)
	}
	return d
}

// longTerm returns the intervals of all four ratings in long-term-only
// mode, ordered Again < Hard < Good < Easy as in ts-fsrs's and go-fsrs's
// long-term schedulers (§1.13, golden vector V11).
func (iv intervals) longTerm() [5]int {
	var d [5]int
	for g := Again; g <= Easy; g++ {
		s, _ := iv.p.memory(iv.c.Stability, iv.c.Difficulty, iv.first, iv.t, g)
		d[g] = iv.days(s)
	}
	d[Again] = min(d[Again], d[Hard])
	d[Hard] = max(d[Hard], d[Again]+1)
	d[Good] = max(d[Good], d[Hard]+1)
	d[Easy] = max(d[Easy], d[Good]+1)
	for g := Again; g <= Easy; g++ {
		d[g] = min(d[g], iv.p.MaximumInterval)
	}
	return d
}

// fuzzFactor is a number in [0, 1) fixed by the card and its review count,
// so a review replayed with the same inputs gets the same interval while
// cards reviewed together spread out. The references seed a PRNG from the
// review (ts-fsrs: FNV-1a then mulberry32; Anki: per card); here FNV-1a
// hashes the ID and count and a splitmix64 finaliser mixes the result,
// because FNV alone leaves the top bits nearly equal for IDs that differ in
// their last character.
func fuzzFactor(cardID string, reps int) float64 {
	h := fnv.New64a()
	h.Write([]byte(cardID))
	var b [9]byte // a 0 separator, then the count
	binary.LittleEndian.PutUint64(b[1:], uint64(reps))
	h.Write(b[:])
	x := h.Sum64()
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return float64(x>>11) / (1 << 53)
}

// fuzzBounds is the range of days an interval may be fuzzed to, kept within
// [minimum, maximum] (§1.12, Anki's constrained fuzz bounds, golden vector
// V14). With minimum = elapsed+1 and maximum = the maximum interval it gives
// the same range as the FSRS schedulers for every whole-day interval ≥ 3.
func fuzzBounds(ivl float64, minimum, maximum int) (lo, hi int) {
	minimum = min(minimum, maximum)
	ivl = min(max(ivl, float64(minimum)), float64(maximum))
	delta := 0.0
	if ivl >= 2.5 {
		// 1 day, plus 15 % of the part between 2.5 and 7 days, 10 % of the
		// part between 7 and 20, and 5 % of the part beyond 20.
		delta = 1 + 0.15*(min(ivl, 7)-2.5) + 0.10*max(min(ivl, 20)-7, 0) + 0.05*max(ivl-20, 0)
	}
	lo = min(max(int(math.Round(ivl-delta)), minimum), maximum)
	hi = min(max(int(math.Round(ivl+delta)), minimum), maximum)
	// A range squeezed to one day by the limits is widened to two when the
	// limits allow, so fuzz still spreads cards.
	if hi == lo && hi > 2 && hi < maximum {
		hi = lo + 1
	}
	return lo, hi
}

// pickFuzz maps u in [0, 1) uniformly onto the days lo..hi (floor, as
// ts-fsrs, go-fsrs and Anki; py-fsrs rounds and can return hi+1).
func pickFuzz(lo, hi int, u float64) int {
	return int(math.Floor(float64(lo) + u*float64(hi-lo+1)))
}
