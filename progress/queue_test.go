package progress

import (
	"fmt"
	"testing"
	"time"
)

// wib is Western Indonesian Time, where most learners are.
var wib = time.FixedZone("WIB", 7*3600)

// t0 is a Monday, 09:00 WIB.
var t0 = time.Date(2026, 3, 2, 9, 0, 0, 0, wib)

func rec(id, lesson string, phase Phase, due time.Time) CardRecord {
	return CardRecord{ID: id, Kind: KindQuestion, LessonID: lesson, Created: t0.Add(-48 * time.Hour),
		Card: Card{Phase: phase, Due: due, Stability: 3, Difficulty: 5, LastReview: due.Add(-72 * time.Hour), Reps: 2}}
}

func byLesson(c CardRecord) string { return c.LessonID }

func TestDueQueueOrderAndCaps(t *testing.T) {
	cards := map[string]CardRecord{
		"a1": rec("a1", "A", PhaseReview, t0.Add(-3*time.Hour)),
		"a2": rec("a2", "A", PhaseReview, t0.Add(-2*time.Hour)),
		"a3": rec("a3", "A", PhaseReview, t0.Add(-1*time.Hour)),
		"b1": rec("b1", "B", PhaseReview, t0.Add(-90*time.Minute)),
		"s1": rec("s1", "A", PhaseLearning, t0.Add(-time.Minute)),
		"f1": rec("f1", "B", PhaseReview, t0.Add(time.Hour)), // not due yet
		"n1": {ID: "n1", Kind: KindFlashcard, LessonID: "B", Created: t0.Add(-time.Hour)},
		"n2": {ID: "n2", Kind: KindFlashcard, LessonID: "B", Created: t0.Add(-30 * time.Minute)},
	}
	s := Settings{NewPerDay: 1, ReviewsPerDay: 3}
	got := fmt.Sprint(DueQueue(cards, nil, t0, s, byLesson))
	// Steps first; reviews by due date, interleaved A, B, A; one new card
	// spread into them; a3 is over the review cap, n2 over the new cap.
	if want := "[s1 a1 b1 n1 a2]"; got != want {
		t.Fatalf("queue = %s, want %s", got, want)
	}
}

func TestDueQueueCountsTodaysWork(t *testing.T) {
	cards := map[string]CardRecord{
		"a1": rec("a1", "A", PhaseReview, t0.Add(-3*time.Hour)),
		"a2": rec("a2", "A", PhaseReview, t0.Add(-2*time.Hour)),
		"n1": {ID: "n1", Kind: KindFlashcard, LessonID: "B", Created: t0},
	}
	before := Card{Phase: PhaseReview}
	log := []Review{
		{CardID: "x", Rating: Good, At: t0.Add(-time.Hour), Before: &before},      // review today
		{CardID: "y", Rating: Good, At: t0.Add(-time.Hour)},                       // new today
		{CardID: "z", Rating: Good, At: t0.Add(-24 * time.Hour), Before: &before}, // yesterday: free
		{CardID: "w", Rating: Good, At: t0.Add(48 * time.Hour), Before: &before},  // clock jumped back: counts
	}
	got := fmt.Sprint(DueQueue(cards, countDays(log), t0, Settings{NewPerDay: 1, ReviewsPerDay: 3}, byLesson))
	if want := "[a1]"; got != want {
		t.Fatalf("queue = %s, want %s (two reviews and the one new card already done today)", got, want)
	}
}

func TestDueQueueEmpty(t *testing.T) {
	if q := DueQueue(nil, nil, t0, DefaultSettings(), nil); len(q) != 0 {
		t.Fatalf("queue of nothing = %v", q)
	}
}

func TestSpreadAndInterleave(t *testing.T) {
	mk := func(ids ...string) []queued {
		var out []queued
		for _, id := range ids {
			out = append(out, queued{id: id})
		}
		return out
	}
	ids := func(cs []queued) string {
		s := ""
		for _, c := range cs {
			s += c.id + " "
		}
		return s
	}
	if got := ids(interleave(mk("a1", "a2", "a3", "b1", "c1", "c2"), func(e queued) string { return e.id[:1] })); got != "a1 b1 c1 a2 c2 a3 " {
		t.Errorf("interleave = %q", got)
	}
	if got := ids(spread(mk("a1", "a2", "a3", "a4"), mk("n1", "n2"))); got != "a1 n1 a2 a3 n2 a4 " {
		t.Errorf("spread = %q", got)
	}
}

func TestStudyDayUsesLocalTime(t *testing.T) {
	late := time.Date(2026, 3, 1, 23, 30, 0, 0, wib) // 16:30 UTC on 1 March
	early := time.Date(2026, 3, 2, 4, 30, 0, 0, wib) // 21:30 UTC on 1 March
	if StudyDay(early)-StudyDay(late) != 1 {
		t.Fatal("04:30 WIB must be the next study day after 23:30 WIB")
	}
	if StudyDay(time.Unix(4*3600-1, 0).UTC()) != -1 {
		t.Fatal("the second before 04:00 UTC on 1 January 1970 is day -1")
	}
}

// BenchmarkDueQueue20k builds the due queue over 20,000 cards with a year
// of review log, as the daily review does when it opens.
func BenchmarkDueQueue20k(b *testing.B) {
	cards := make(map[string]CardRecord, 20000)
	for i := range 20000 {
		id := fmt.Sprintf("m%d-l%d-q%d", i%7, i%36, i)
		phase := []Phase{PhaseNew, PhaseLearning, PhaseReview, PhaseReview, PhaseRelearning}[i%5]
		cards[id] = rec(id, fmt.Sprintf("m%d", i%7), phase, t0.Add(time.Duration(i%200-100)*time.Hour))
	}
	days := countDays(benchLog(20000))
	s := DefaultSettings()
	b.ResetTimer()
	for b.Loop() {
		if len(DueQueue(cards, days, t0, s, byLesson)) == 0 {
			b.Fatal("empty queue")
		}
	}
}

// benchLog makes n reviews spread over the year before t0.
func benchLog(n int) []Review {
	log := make([]Review, n)
	before := Card{Phase: PhaseReview}
	for i := range log {
		log[i] = Review{Seq: uint64(i + 1), CardID: fmt.Sprint(i % 5000), Rating: Rating(1 + i%4),
			At: t0.Add(-time.Duration(n-i) * 365 * 24 * time.Hour / time.Duration(n)), Due: i%3 != 0, Before: &before}
	}
	return log
}

func TestFirstKMatchesFullSort(t *testing.T) {
	by := func(e queued) int64 { return e.due }
	for _, n := range []int{0, 5, 50, 1000} {
		var es []queued
		for i := range n {
			es = append(es, queued{id: fmt.Sprint(i), due: int64((i * 7919) % 97)})
		}
		full := append([]queued(nil), es...)
		sortQueued(full, by)
		for _, k := range []int{0, 1, 3, 20, 2000} {
			got := firstK(append([]queued(nil), es...), k, by)
			want := full[:min(k, n)]
			if fmt.Sprint(got) != fmt.Sprint(want) && !(len(got) == 0 && len(want) == 0) {
				t.Fatalf("firstK(n=%d, k=%d) = %v, want %v", n, k, got, want)
			}
		}
	}
}
