package tui

import (
	"strings"
	"testing"

	"ajar/progress"
)

// TestReviewRatesQuestionWith1To4: after a question card, 1-4 rate it as
// a flashcard is rated, as Anki users expect: after a right answer every
// rating, 1 (Again) to fail a lucky guess; after a wrong answer only 1,
// since the card was not recalled. Enter keeps the default.
func TestReviewRatesQuestionWith1To4(t *testing.T) {
	for key, want := range map[string]progress.Rating{"1": progress.Again, "2": progress.Hard, "3": progress.Good, "4": progress.Easy, "enter": progress.Good} {
		m := newTestReview(t, 80, 24)
		m, _ = press(m, "1") // l1-q3 truefalse "Langit biru", true: right
		_, msgs := press(m, key)
		save, ok := findMsg[saveReviewMsg](msgs)
		if !ok || save.review.Rating != want || save.review.Answer == nil || !save.review.Answer.Correct {
			t.Errorf("right answer, %s: saved %+v (%v), want %v", key, save.review, ok, want)
		}
	}
	m := newTestReview(t, 80, 24)
	m, _ = press(m, "2") // wrong
	if v := m.View(); !strings.Contains(v, "1 Lagi 10 mnt · enter=1") || strings.Contains(v, "4 Mudah") {
		t.Fatalf("after a wrong answer only Again is offered:\n%s", v)
	}
	for _, k := range []string{"2", "3", "4"} {
		if _, msgs := press(m, k); len(msgs) != 0 {
			t.Fatalf("after a wrong answer %s must not rate: %v", k, msgs)
		}
	}
	_, msgs := press(m, "1")
	if save, ok := findMsg[saveReviewMsg](msgs); !ok || save.review.Rating != progress.Again {
		t.Fatalf("after a wrong answer 1 is Again: %+v", save.review)
	}
}

// TestReviewHelpSaysHowToRate: the help line, generated from the KeyMap,
// offers 1-4 after a right answer and only 1 after a wrong one.
func TestReviewHelpSaysHowToRate(t *testing.T) {
	d, _ := newTestDeps(t)
	m := startApp(t, d, 100, 24)
	m.learner = progress.NewLearner(dueSnapshot())
	m, _ = drive(t, m, startReviewMsg{}, keyMsg("1"))
	if v := m.View(); !strings.Contains(v, "1-4 nilai ingatan") {
		t.Fatalf("after a right answer the help must offer 1-4:\n%s", v)
	}
	m, _ = drive(t, m, keyMsg("3"), keyMsg("2")) // next card, wrong
	if v := m.View(); !strings.Contains(v, "1 ") || strings.Contains(v, "1-4 nilai ingatan") {
		t.Fatalf("after a wrong answer the help must offer only 1:\n%s", v)
	}
}
