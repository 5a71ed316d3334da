package progress

import "time"

// DayCount is what one study day's reviews add up to (see StudyDay). The store
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

// Days are a learner's day counts by study day (see StudyDay). Reviews
// logged before study days began at 04:00 were counted on their calendar
// day: a review between midnight and 04:00 of that time stays one day
// later in the calendar and the streak, and its undo still subtracts from
// the day it was counted on (the log keeps it).
type Days map[int64]DayCount

// StudyDayStart is when a study day begins after local midnight: 04:00,
// Anki's default, so a session that runs past midnight stays one day. The
// scheduler counts elapsed days in the same days (DefaultParams.DayStart).
const StudyDayStart = 4 * time.Hour

// StudyDay is the study day t falls on, numbered in days since 1 January
// 1970, in t's own zone: a time before 04:00 belongs to the day before.
// It is the one definition of "today" for the daily caps, the day counts
// (and so the calendar, the retention figure and the streak), the
// forecast, when a review card falls due and the count on the course map.
// Depending on nothing but t, the day a review was counted on can be
// recomputed from the log. In a zone with daylight saving the day starts
// an hour early or late on the days the clock changes (as the scheduler's
// day does); Indonesia's zones have none.
func StudyDay(t time.Time) int64 { return studyDay(t, StudyDayStart) }

// studyDay is StudyDay for a day that starts at start after midnight; the
// scheduler passes its Params.DayStart.
func studyDay(t time.Time, start time.Duration) int64 { return int64(dayNumber(t.Add(-start))) }

// StudyDayBegins is the moment study day d begins in loc: 04:00 local time
// on its date.
func StudyDayBegins(d int64, loc *time.Location) time.Time {
	y, m, day := time.Unix(d*86400, 0).UTC().Date()
	return time.Date(y, m, day, 0, 0, 0, 0, loc).Add(StudyDayStart)
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
		d := StudyDay(r.At)
		days[d] = days[d].add(r, +1)
	}
	return days
}
