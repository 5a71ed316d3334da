package progress

import "time"

// DayCount is what one local calendar day's reviews add up to. The store
// keeps it up to date in the transaction that logs or undoes a review, so
// the daily caps, the calendar, the retention figure and the streak are
// read from a few hundred small records instead of the whole review log.
type DayCount struct {
	// New counts reviews that introduced a card (its first rating), Old
	// every other review.
	New, Old int
	// Due counts scheduled reviews (the card was due), DuePassed those of
	// them answered right (Hard, Good or Easy).
	Due, DuePassed int
}

// Reviews is the day's number of reviews.
func (c DayCount) Reviews() int { return c.New + c.Old }

// Days are a learner's day counts by local day number (days since 1 January
// 1970 in the zone of each review's own time, see DayOf).
type Days map[int64]DayCount

// DayOf is the local day a review at t counts on: its calendar day in t's
// own zone. It depends on nothing but t, so the day a review was counted on
// can be recomputed from the log (a migration) and undo subtracts it from
// the same day, whatever the zone is later.
func DayOf(t time.Time) int64 {
	_, off := t.Zone()
	return localDay(t, off)
}

// add applies one review (sign +1) or its undo (sign -1).
func (c DayCount) add(r Review, sign int) DayCount {
	if r.firstReview() {
		c.New += sign
	} else {
		c.Old += sign
	}
	if r.Due {
		c.Due += sign
		if r.Rating != Again {
			c.DuePassed += sign
		}
	}
	return c
}

// since sums the counts of day and every later day: a review dated in the
// future (a clock that jumped back) counts as today's.
func (d Days) since(day int64) DayCount {
	var sum DayCount
	for k, c := range d {
		if k >= day {
			sum.New += c.New
			sum.Old += c.Old
			sum.Due += c.Due
			sum.DuePassed += c.DuePassed
		}
	}
	return sum
}

// clone copies the map, never returning nil.
func (d Days) clone() Days {
	c := make(Days, len(d))
	for k, v := range d {
		c[k] = v
	}
	return c
}

// countDays computes the day counts of a review log from scratch: what the
// store keeps up to date review by review, so tests and a schema upgrade
// can derive the same.
func countDays(log []Review) Days {
	days := Days{}
	for _, r := range log {
		d := DayOf(r.At)
		days[d] = days[d].add(r, +1)
	}
	return days
}
