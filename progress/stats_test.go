package progress

import (
	"fmt"
	"testing"
	"time"
)

func TestComputeStats(t *testing.T) {
	day := 24 * time.Hour
	rev := func(at time.Time, r Rating, due bool) Review {
		return Review{CardID: "c", Rating: r, At: at, Due: due, Before: &Card{Phase: PhaseReview}}
	}
	log := []Review{
		rev(t0, Good, true),
		rev(t0.Add(-time.Hour), Again, true),
		rev(t0.Add(-day), Good, true),
		rev(t0.Add(-2*day), Hard, false),  // not due: not in retention
		rev(t0.Add(-4*day), Good, true),   // a gap on day -3 ends the streak
		rev(t0.Add(-40*day), Again, true), // outside 30 days
	}
	cards := map[string]CardRecord{
		"m1a": {ID: "m1a", LessonID: "m1", Card: Card{Phase: PhaseReview, Stability: 10, Difficulty: 5, LastReview: t0, Due: t0.Add(3 * day)}},
		"m1b": {ID: "m1b", LessonID: "m1", Card: Card{Phase: PhaseReview, Stability: 10, Difficulty: 5, LastReview: t0.Add(-10 * day), Due: t0.Add(-day)}},
		"m2a": {ID: "m2a", LessonID: "m2", Card: Card{Phase: PhaseLearning, Stability: 1, Difficulty: 5, LastReview: t0, Due: t0.Add(10 * time.Minute)}},
		"m2n": {ID: "m2n", LessonID: "m2"}, // new: neither mastery nor forecast
	}
	st := statsOf(cards, countDays(log), t0, byLesson)
	if st.RetentionDue != 4 || st.RetentionPassed != 3 {
		t.Errorf("retention %d/%d, want 3 of 4 due reviews", st.RetentionPassed, st.RetentionDue)
	}
	if st.Streak != 3 {
		t.Errorf("streak %d, want 3 (today, yesterday, the day before)", st.Streak)
	}
	if st.HeatmapStart.Weekday() != time.Monday || st.HeatmapStart.Hour() != 4 {
		t.Errorf("heatmap starts %v, want a Monday's study day, 04:00", st.HeatmapStart)
	}
	if st.TodayIndex != (HeatmapWeeks-1)*7 { // t0 is a Monday
		t.Errorf("today at cell %d", st.TodayIndex)
	}
	if st.Heatmap[st.TodayIndex] != 2 || st.Heatmap[st.TodayIndex-1] != 1 || st.Heatmap[st.TodayIndex-3] != 0 {
		t.Errorf("heatmap around today: %v", st.Heatmap[st.TodayIndex-4:st.TodayIndex+1])
	}
	if st.Today != (Counts{New: 1, Review: 1}) || st.Forecast[0] != 3 || st.Forecast[3] != 1 {
		t.Errorf("today %+v, forecast %v: want the overdue review and the new card now, the learning step later today and 1 in three days", st.Today, st.Forecast)
	}
	if len(st.Mastery) != 2 || st.Mastery[0] != (Mastery{Group: "m1", Total: 2, Studied: 2}) || st.Mastery[1].Studied != 1 {
		t.Fatalf("mastery %+v", st.Mastery)
	}
	if r, ok := st.Retention(); !ok || r != 0.75 {
		t.Errorf("Retention() = %v %v", r, ok)
	}
}

// statsOf is the statistics of a learner with these cards and day counts
// and the default settings.
func statsOf(cards map[string]CardRecord, days Days, now time.Time, group func(CardRecord) string) Stats {
	return NewLearner(Snapshot{Cards: cards, Days: days, Settings: DefaultSettings()}).Stats(now, group, nil)
}

func TestStatsStreakWaitsForToday(t *testing.T) {
	log := []Review{{CardID: "c", Rating: Good, At: t0.Add(-24 * time.Hour)}}
	if s := statsOf(nil, countDays(log), t0, nil); s.Streak != 1 {
		t.Fatalf("a review yesterday and none yet today is a streak of 1, got %d", s.Streak)
	}
	if s := statsOf(nil, nil, t0, nil); s.Streak != 0 {
		t.Fatalf("no reviews, streak %d", s.Streak)
	}
}

// BenchmarkStats200k computes the statistics over 200,000 review-log rows
// and 5,000 cards.
func BenchmarkStats200k(b *testing.B) {
	days := countDays(benchLog(200000))
	cards := make(map[string]CardRecord, 5000)
	for i := range 5000 {
		id := fmt.Sprint(i)
		cards[id] = rec(id, fmt.Sprintf("m%d", i%7), PhaseReview, t0.Add(time.Duration(i%400-100)*time.Hour))
	}
	l := NewLearner(Snapshot{Cards: cards, Days: days, Settings: DefaultSettings()})
	b.ResetTimer()
	for b.Loop() {
		if l.Stats(t0, byLesson, nil).RetentionDue == 0 {
			b.Fatal("no retention data")
		}
	}
}

// TestMasteryIsShareOfCourseCards: a module's mastery is the share of all
// its cards in the course that are mastered (scheduled in days with a
// stability of 21 days or more), so one lesson of five done, even well,
// reads 20 %, and cards learned today read 0 %.
func TestMasteryIsShareOfCourseCards(t *testing.T) {
	card := func(lesson string, ph Phase, s float64) CardRecord {
		return CardRecord{LessonID: lesson, Card: Card{Phase: ph, Stability: s, Difficulty: 5, LastReview: t0, Due: t0.Add(time.Duration(s) * 24 * time.Hour)}}
	}
	cards := map[string]CardRecord{
		"a1": card("M", PhaseReview, 40), "a2": card("M", PhaseReview, 21), // lesson 1, learned for good
		"b1": card("M", PhaseReview, 20.9),   // not yet
		"b2": card("M", PhaseRelearning, 30), // lapsed: relearning
		"b3": card("M", PhaseLearning, 2.3),  // answered right once today
		"c1": card("M", PhaseNew, 0),         // not studied
	}
	for id, c := range cards {
		c.ID = id
		cards[id] = c
	}
	st := NewLearner(Snapshot{Cards: cards}).Stats(t0, byLesson, map[string]int{"M": 10})
	if len(st.Mastery) != 1 || st.Mastery[0] != (Mastery{Group: "M", Total: 10, Studied: 5, Mastered: 2}) || st.Mastery[0].Share() != 0.2 {
		t.Fatalf("mastery %+v, want 2 of 10 cards", st.Mastery)
	}
	// Without the course's size, the studied cards are the whole: never
	// more than 100 %.
	if m := NewLearner(Snapshot{Cards: cards}).Stats(t0, byLesson, map[string]int{"M": 1}).Mastery[0]; m.Total != 5 {
		t.Fatalf("a size below the studied cards gives %+v", m)
	}
	if (Mastery{}).Share() != 0 {
		t.Fatal("an empty group has no mastery")
	}
}
