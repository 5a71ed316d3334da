package progress

import (
	"testing"
	"time"
)

// studyZones are the zones a study day is checked in: UTC (no daylight
// saving), and Western and Eastern Indonesian Time, where ajar's learners
// are (UTC+7 and UTC+9, neither with daylight saving).
var studyZones = []*time.Location{time.UTC, time.FixedZone("WIB", 7*3600), time.FixedZone("WIT", 9*3600)}

// TestStudyDayStartsAt4 pins the study day: it begins at 04:00 local time,
// as the scheduler's day does, in every zone.
func TestStudyDayStartsAt4(t *testing.T) {
	for _, loc := range studyZones {
		at := func(day, h, m int) time.Time { return time.Date(2026, 3, day, h, m, 0, 0, loc) }
		d2 := StudyDay(at(2, 12, 0))
		for _, c := range []struct {
			t    time.Time
			want int64
		}{
			{at(2, 4, 0), d2}, {at(2, 23, 59), d2}, {at(3, 2, 0), d2}, {at(3, 3, 59), d2},
			{at(3, 4, 0), d2 + 1}, {at(3, 4, 30), d2 + 1}, {at(2, 3, 59), d2 - 1},
		} {
			if got := StudyDay(c.t); got != c.want {
				t.Errorf("%s: StudyDay(%s) = %d, want %d", loc, c.t.Format("02 15:04"), got, c.want)
			}
		}
		// The day is the one the scheduler counts elapsed days in.
		p := DefaultParams()
		if e := p.ElapsedDays(at(2, 23, 0), at(3, 2, 0)); e != 0 {
			t.Errorf("%s: the scheduler counts 23:00 to 02:00 as %d days", loc, e)
		}
		if b := StudyDayBegins(d2+1, loc); !b.Equal(at(3, 4, 0)) {
			t.Errorf("%s: study day %d begins %v", loc, d2+1, b)
		}
	}
}

// twoNightReviews is a learner who introduced a card at 23:00 on 2 March
// and another at 02:00 on 3 March, both on the study day of 2 March, with
// a new card waiting and a review card due at 05:00 on 3 March.
func twoNightReviews(loc *time.Location) *Learner {
	at := func(day, h int) time.Time { return time.Date(2026, 3, day, h, 0, 0, 0, loc) }
	log := []Review{{CardID: "a", Rating: Good, At: at(2, 23)}, {CardID: "b", Rating: Good, At: at(3, 2)}}
	s := Snapshot{Settings: Settings{NewPerDay: 2, ReviewsPerDay: 10}, Days: countDays(log), Cards: map[string]CardRecord{
		"n": {ID: "n", Kind: KindFlashcard, LessonID: "L", Created: at(1, 9)},
		"r": {ID: "r", Kind: KindQuestion, LessonID: "L", Created: at(1, 9),
			Card: Card{Phase: PhaseReview, Stability: 3, Difficulty: 5, LastReview: at(1, 9), Due: at(3, 5)}},
	}}
	return NewLearner(s)
}

// TestAnswerAt2CountsForPreviousStudyDay: an answer at 02:00 counts on the
// study day before, for the daily caps, the streak, the calendar, the
// forecast and the count the course map shows; from 04:00 a new day starts.
func TestAnswerAt2CountsForPreviousStudyDay(t *testing.T) {
	for _, loc := range studyZones {
		l := twoNightReviews(loc)
		night := time.Date(2026, 3, 3, 3, 0, 0, 0, loc)
		if c := l.Counts(night); c != (Counts{}) {
			t.Errorf("%s at 03:00: counts %+v, want none (both new cards of the day used, the review due tomorrow)", loc, c)
		}
		st := l.Stats(night, nil, nil)
		if st.Heatmap[st.TodayIndex] != 2 || st.Streak != 1 {
			t.Errorf("%s at 03:00: today's reviews %d, streak %d; want 2 and 1", loc, st.Heatmap[st.TodayIndex], st.Streak)
		}
		if st.Forecast[0] != 0 || st.Forecast[1] != 1 {
			t.Errorf("%s at 03:00: forecast %v, want the 05:00 review tomorrow", loc, st.Forecast[:2])
		}

		morning := time.Date(2026, 3, 3, 4, 30, 0, 0, loc)
		if c := l.Counts(morning); c != (Counts{New: 1, Review: 1}) {
			t.Errorf("%s at 04:30: counts %+v, want the new card and the review due today", loc, c)
		}
		st = l.Stats(morning, nil, nil)
		if st.Heatmap[st.TodayIndex] != 0 || st.Heatmap[st.TodayIndex-1] != 2 || st.Streak != 1 {
			t.Errorf("%s at 04:30: today %d, yesterday %d, streak %d", loc, st.Heatmap[st.TodayIndex], st.Heatmap[st.TodayIndex-1], st.Streak)
		}
		if st.Today != (Counts{New: 1, Review: 1}) || st.Forecast[0] != 2 {
			t.Errorf("%s at 04:30: stats today %+v forecast %d, want what the review shows", loc, st.Today, st.Forecast[0])
		}
	}
}

// TestReviewCardIsDueFromItsStudyDay: a review card scheduled for a day is
// due from that study day's start, as in Anki, so the day's reviews can
// be done in one sitting; a learning step is due from its minute.
func TestReviewCardIsDueFromItsStudyDay(t *testing.T) {
	for _, loc := range studyZones {
		at := func(day, h int) time.Time { return time.Date(2026, 3, day, h, 0, 0, 0, loc) }
		review := Card{Phase: PhaseReview, Due: at(3, 15)}
		if review.IsDue(at(3, 3)) || !review.IsDue(at(3, 4)) || !review.IsDue(at(3, 14)) {
			t.Errorf("%s: a review due at 15:00 must be due from 04:00 that day", loc)
		}
		if from := review.ShownFrom(loc); !from.Equal(at(3, 4)) {
			t.Errorf("%s: the review is shown from %v, want 04:00", loc, from)
		}
		step := Card{Phase: PhaseLearning, Due: at(3, 15)}
		if step.IsDue(at(3, 14)) || !step.IsDue(at(3, 15)) {
			t.Errorf("%s: a learning step is due from its time", loc)
		}
		if (Card{}).IsDue(at(3, 15)) {
			t.Errorf("a new card is never due; the new-card cap brings it in")
		}
	}
}

// TestPlanComesBackOnItsStudyDay: a plan written at 20:00 comes back from
// 04:00 on the seventh study day after, not at 20:00.
func TestPlanComesBackOnItsStudyDay(t *testing.T) {
	for _, loc := range studyZones {
		plan := Reflection{LessonID: "l", At: time.Date(2026, 3, 2, 20, 0, 0, 0, loc), Actions: []PlanAction{{Text: "a"}}}
		if d := plan.RevisitDue(time.Date(2026, 3, 9, 3, 0, 0, 0, loc), []int{7, 30}); d != 0 {
			t.Errorf("%s: at 03:00 on day 7 the plan is due (%d): the study day has not begun", loc, d)
		}
		if d := plan.RevisitDue(time.Date(2026, 3, 9, 4, 30, 0, 0, loc), []int{7, 30}); d != 7 {
			t.Errorf("%s: at 04:30 on day 7 the plan is not due (%d)", loc, d)
		}
	}
}
