package progress

import (
	"sort"
	"time"
)

// Spans of the statistics screen.
const (
	HeatmapWeeks  = 16 // weeks of the review calendar
	ForecastDays  = 14 // days of the due forecast
	RetentionDays = 30 // days of the retention figure
	maxStreakDays = 100 * 366
)

// Stats is what the statistics screen shows, computed purely from a
// learner's cards and day counts at a moment. Days are study days (see
// StudyDay).
type Stats struct {
	// RetentionDue counts due reviews in the last RetentionDays days and
	// RetentionPassed those answered right (Hard, Good or Easy).
	RetentionDue, RetentionPassed int
	// Mastery is each group's share of mastered cards (see Mastery), for
	// the groups with a studied card, in the order groups are first met in
	// sorted card ids.
	Mastery []Mastery
	// Heatmap counts reviews per day, week by week from the Monday
	// HeatmapWeeks-1 weeks before this week; HeatmapStart is that Monday
	// and TodayIndex today's cell. Later cells stay 0.
	Heatmap      [HeatmapWeeks * 7]int
	HeatmapStart time.Time
	TodayIndex   int
	// Today is what the daily review shows now, as on the course map;
	// Later counts the learning steps due later today (see Learner.Later).
	Today Counts
	Later int
	// Forecast counts cards falling due per day from today. Day 0 is
	// today's work as the review will show it: Today, and the learning
	// steps due later today; later days count every card due then.
	Forecast [ForecastDays]int
	// Streak is the number of consecutive days with a review, ending today,
	// or yesterday when today has none yet (the streak is not broken until
	// the day is over).
	Streak int
}

// MasteredStability is the memory stability, in days, from which a card
// counts as mastered: 21 days, the interval from which Anki calls a card
// mature (at ajar's 90 % desired retention FSRS's interval equals the
// stability).
const MasteredStability = 21.0

// Mastered reports whether c counts as mastered: it is scheduled in days
// (not new, not in learning or relearning steps) with a stability of at
// least MasteredStability. Stability only grows through right answers
// spread over days and weeks, and a lapse sends the card back to
// relearning, so a card answered right once today, whose recall
// probability is still 100 %, is not mastered yet; and unlike recall
// probability, mastery does not fade from one day to the next while the
// memory is there.
func (c Card) Mastered() bool {
	return c.Phase == PhaseReview && c.Stability >= MasteredStability
}

// Mastery is one group's (module's) mastery: the share of all its cards in
// the course (its lessons' questions and flashcards, studied or not) that
// are mastered, so one lesson of five done well can never read 100 %.
type Mastery struct {
	Group    string
	Total    int // the group's cards in the course
	Studied  int // of them, cards rated at least once
	Mastered int // of them, cards that are Mastered
}

// Share is the mastered share of the group's cards, 0..1.
func (m Mastery) Share() float64 {
	if m.Total == 0 {
		return 0
	}
	return float64(m.Mastered) / float64(m.Total)
}

// Retention is the share of due reviews answered right, and false when
// there were none.
func (s Stats) Retention() (float64, bool) {
	if s.RetentionDue == 0 {
		return 0, false
	}
	return float64(s.RetentionPassed) / float64(s.RetentionDue), true
}

// Stats derives the statistics at now from the learner's cards (those
// its due index keeps, see NewLearnerOf) and day counts. group maps a card
// to its group (module) and sizes gives each group's number of cards in
// the course, for mastery (a group missing from sizes counts its studied
// cards). It reads each card and each day once, so it costs the same after
// one year of reviews as after five.
func (l *Learner) Stats(now time.Time, group func(CardRecord) string, sizes map[string]int) Stats {
	st := Stats{Today: l.Counts(now)}
	st.Later, _ = l.Later(now)
	st.Forecast[0] = st.Today.Total() + st.Later
	days := l.Days
	today := StudyDay(now)
	weekday := (today + 3) % 7 // day 0 (1 Jan 1970) was a Thursday; Monday = 0
	if weekday < 0 {
		weekday += 7
	}
	start := today - weekday - 7*(HeatmapWeeks-1)
	st.HeatmapStart = StudyDayBegins(start, now.Location())
	st.TodayIndex = int(today - start)

	for d, c := range days {
		if d >= start && d <= today {
			st.Heatmap[d-start] += c.Reviews()
		}
		if d > today-RetentionDays && d <= today {
			st.RetentionDue += c.Due
			st.RetentionPassed += c.DuePassed
		}
	}
	// The streak counts back from today (or yesterday, while today has no
	// review yet) over days with a review.
	for back := int64(0); back < maxStreakDays; back++ {
		if days[today-back].Reviews() > 0 {
			st.Streak++
		} else if back > 0 {
			break
		}
	}

	// One pass over the cards: the forecast's later days and mastery.
	// Groups are listed in the order of their smallest card id, so the
	// result does not depend on the map's order without sorting every
	// card id.
	groups := map[string]*Mastery{}
	first := map[string]string{}
	for id, c := range l.Cards {
		if c.Card.Phase == PhaseNew || l.keep != nil && !l.keep(c) {
			continue
		}
		if dueDay := StudyDay(c.Card.Due.In(now.Location())) - today; dueDay > 0 && dueDay < ForecastDays {
			st.Forecast[dueDay]++
		}
		g := ""
		if group != nil {
			g = group(c)
		}
		m := groups[g]
		if m == nil {
			m = &Mastery{Group: g}
			groups[g], first[g] = m, id
		}
		first[g] = min(first[g], id)
		m.Studied++
		if c.Card.Mastered() {
			m.Mastered++
		}
	}
	for g, m := range groups {
		m.Total = max(sizes[g], m.Studied)
		st.Mastery = append(st.Mastery, *m)
	}
	sort.Slice(st.Mastery, func(i, j int) bool { return first[st.Mastery[i].Group] < first[st.Mastery[j].Group] })
	return st
}
