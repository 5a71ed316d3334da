package tui

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"ajar/progress"
)

// counters reads the review's new · learning · review counters off the
// screen.
func counters(t *testing.T, view string) progress.Counts {
	t.Helper()
	g := regexp.MustCompile(`baru (\d+) · belajar (\d+) · ulang (\d+)`).FindStringSubmatch(view)
	if g == nil {
		t.Fatalf("no counters on the review screen:\n%s", view)
	}
	n := func(s string) int { i, _ := strconv.Atoi(s); return i }
	return progress.Counts{New: n(g[1]), Learning: n(g[2]), Review: n(g[3])}
}

// TestReviewCountersGoDown: the review counts cards as Anki does, new ·
// learning · review, and a card answered wrong moves from review to
// learning when it comes back instead of growing a total (1/3, 2/4, 3/5).
func TestReviewCountersGoDown(t *testing.T) {
	m := newTestReview(t, 80, 24)
	if c := counters(t, m.View()); c != (progress.Counts{Review: 3}) {
		t.Fatalf("at the start %+v, want 3 reviews", c)
	}
	m, _ = press(m, "2", "enter") // l1-q3 wrong: relearning, comes back
	if c := counters(t, m.View()); c != (progress.Counts{Learning: 1, Review: 2}) {
		t.Fatalf("after a wrong answer %+v, want it moved to learning", c)
	}
	last := 3
	for i := 0; m.phase != reviewDone; i++ {
		if i > 20 {
			t.Fatal("the session does not end")
		}
		total := counters(t, m.View()).Total()
		if total > last {
			t.Fatalf("the counters grew from %d to %d", last, total)
		}
		last = total
		m, _ = press(m, append(m.rightKeys(t), "enter")...)
	}
}

// rightKeys answer the current question right (see rightKeys).
func (m reviewModel) rightKeys(t *testing.T) []string {
	t.Helper()
	keys, _ := rightKeys(t, m.ask)
	return keys
}

// sessionDeps is a learner with two reviews due now, a new flashcard, and
// a question in its last learning step due ten minutes from now, which
// the review will not show before then.
func sessionDeps(t *testing.T) (Deps, *time.Time) {
	t.Helper()
	d, store := newTestDeps(t)
	now := testNow
	d.Now = func() time.Time { return now }
	past := testNow.Add(-72 * time.Hour)
	save := func(id, lesson string, after progress.Card) {
		r := progress.Review{CardID: id, Kind: progress.KindQuestion, LessonID: lesson, Rating: progress.Good, At: past, After: after}
		if _, err := store.SaveReview(progress.DefaultProfile, r); err != nil {
			t.Fatal(err)
		}
	}
	review := progress.Card{Phase: progress.PhaseReview, Stability: 3, Difficulty: 5, Due: testNow.Add(-time.Hour), LastReview: past, Reps: 1}
	save("l1-q3", "l1", review)
	save("l2-q1", "l2", review)
	save("l1-q1", "l1", progress.Card{Phase: progress.PhaseLearning, Step: 1, Stability: 2, Difficulty: 5, Due: testNow.Add(10 * time.Minute), LastReview: testNow, Reps: 1})
	res := progress.Result{LessonID: "l2", Correct: 1, Total: 1, At: past,
		NewCards: []progress.CardRecord{{ID: "l2-k1", Kind: progress.KindFlashcard, LessonID: "l2"}}}
	if _, err := store.Apply(progress.DefaultProfile, progress.Write{Complete: &res}); err != nil {
		t.Fatal(err)
	}
	return d, &now
}

// finishReview answers every card of the review right (flashcards Good)
// and goes back to the course map.
func finishReview(t *testing.T, m Model) Model {
	t.Helper()
	for i := 0; m.review.phase != reviewDone; i++ {
		if i > 20 {
			t.Fatal("the session does not end")
		}
		if m.review.fc != nil {
			m, _ = drive(t, m, keyMsg("space"), keyMsg("3"))
			continue
		}
		for _, k := range append(m.review.rightKeys(t), "enter") {
			m, _ = drive(t, m, keyMsg(k))
		}
	}
	if v := m.View(); !strings.Contains(v, "Ulasan selesai") {
		t.Fatalf("the review did not end:\n%s", v)
	}
	m, _ = drive(t, m, keyMsg("esc"))
	return m
}

// TestHomeAfterReviewAgreesWithNextReview: right after "Ulasan selesai"
// the course map and the statistics count what a new review would show:
// nothing now, and the learning step due in ten minutes said as such; at
// that time, one card, and the review shows it.
func TestHomeAfterReviewAgreesWithNextReview(t *testing.T) {
	d, now := sessionDeps(t)
	m := startApp(t, d, 80, 24)
	if v := m.View(); !strings.Contains(v, "Ulasan hari ini: 3 kartu") {
		t.Fatalf("the course map must count the two reviews and the new card:\n%s", v)
	}
	m, _ = drive(t, m, keyMsg("enter"))
	if c := counters(t, m.View()); c != (progress.Counts{New: 1, Review: 2}) {
		t.Fatalf("the review starts with %+v, the course map said 3", c)
	}
	*now = now.Add(2 * time.Minute)
	m = finishReview(t, m)
	v := m.View()
	if !strings.Contains(v, "Ulasan hari ini: 1 kartu lagi dalam 8 mnt") {
		t.Fatalf("after the review the course map must say the step due later:\n%s", v)
	}
	if m.home.rows[m.home.cursor].kind == rowLater || m.home.rows[m.home.move(-1, 1)].kind == rowLater {
		t.Fatal("nothing is due: the row must not be one to open an empty review")
	}
	m, _ = drive(t, m, keyMsg("s"))
	if v := m.View(); !strings.Contains(v, "Hari ini 0 (+1 nanti)") {
		t.Fatalf("the statistics' today must be the review's:\n%s", v)
	}
	m, _ = drive(t, m, keyMsg("esc"))

	*now = now.Add(9 * time.Minute)
	m, _ = drive(t, m, refreshMsg{})
	if v := m.View(); !strings.Contains(v, "Ulasan hari ini: 1 kartu") || strings.Contains(v, "lagi dalam") {
		t.Fatalf("once the step is due the course map must count it:\n%s", v)
	}
	m, _ = drive(t, m, keyMsg("s"))
	if v := m.View(); !strings.Contains(v, "Hari ini 1, total") {
		t.Fatalf("the statistics' today must be the review's:\n%s", v)
	}
	m, _ = drive(t, m, keyMsg("esc"), startReviewMsg{})
	if c := counters(t, m.View()); c != (progress.Counts{Learning: 1}) {
		t.Fatalf("the review shows %+v, the course map said 1", c)
	}
}
