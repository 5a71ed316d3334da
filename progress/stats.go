package progress

import (
	"math"
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
	// Mastery is the mean current recall probability of each group's
	// studied cards, in the order groups are first met in sorted card ids.
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

// Mastery is one group's (module's) mean recall probability.
type Mastery struct {
	Group string
	Cards int     // studied cards (new cards are not yet memories)
	Mean  float64 // 0..1
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
// its due index keeps, see NewLearnerOf) and day counts. It reads each
// card and each day once, so it costs the same after one year of reviews
// as after five.
func (l *Learner) Stats(p Params, now time.Time, group func(CardRecord) string) Stats {
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

	// Groups are listed in the order of their smallest card id, and their
	// recall summed in fixed point, so the result does not depend on the
	// map's order without sorting every card id.
	type sum struct {
		first string
		cards int
		total int64 // recall probabilities in units of 1e-12
	}
	groups := map[string]*sum{}
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
		s := groups[g]
		if s == nil {
			s = &sum{first: id}
			groups[g] = s
		}
		if id < s.first {
			s.first = id
		}
		s.cards++
		s.total += int64(math.Round(p.Retrievability(c.Card, now) * 1e12))
	}
	for g, s := range groups {
		st.Mastery = append(st.Mastery, Mastery{Group: g, Cards: s.cards, Mean: float64(s.total) / 1e12 / float64(s.cards)})
	}
	sort.Slice(st.Mastery, func(i, j int) bool { return groups[st.Mastery[i].Group].first < groups[st.Mastery[j].Group].first })
	return st
}
