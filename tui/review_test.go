package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"ajar/progress"
)

// dueSnapshot has three cards due at testNow: a single question in review,
// a truefalse question in learning, and a flashcard-like new card is left
// out (the test course has no flashcards), plus one card not yet due.
func dueSnapshot() progress.Snapshot {
	day := 24 * time.Hour
	card := func(id, lesson string, phase progress.Phase, due time.Time) progress.CardRecord {
		return progress.CardRecord{ID: id, Kind: progress.KindQuestion, LessonID: lesson, Created: testNow.Add(-9 * day),
			Card: progress.Card{Phase: phase, Stability: 4, Difficulty: 5, Due: due, LastReview: due.Add(-4 * day), Reps: 3}}
	}
	s := progress.Snapshot{Settings: progress.DefaultSettings(), Cards: map[string]progress.CardRecord{}}
	s.Cards["l1-q1"] = card("l1-q1", "l1", progress.PhaseReview, testNow.Add(-day))
	s.Cards["l2-q1"] = card("l2-q1", "l2", progress.PhaseReview, testNow.Add(-2*day))
	s.Cards["l1-q3"] = card("l1-q3", "l1", progress.PhaseReview, testNow.Add(-3*day))
	s.Cards["l3-q1"] = card("l3-q1", "l3", progress.PhaseReview, testNow.Add(3*day))
	return s
}

func newTestReview(t *testing.T, w, h int) reviewModel {
	t.Helper()
	d, _ := newTestDeps(t)
	m := newReviewModel(d.Catalog, testTexts(), testStyles(d), d.Now, d.Params).setSize(w, h)
	return m.start(progress.NewLearner(dueSnapshot()))
}

func TestReviewQueueIsDueCardsInterleaved(t *testing.T) {
	m := newTestReview(t, 80, 24)
	// Most overdue first, alternating modules: l1-q3 (m1), then l2-q1
	// would be m1 too, so l1-q1 and l2-q1 keep their due order.
	if got := fmt.Sprint(m.queue); got != "[l1-q3 l2-q1 l1-q1]" {
		t.Fatalf("queue %s", got)
	}
	if m.q == nil || m.q.ID != "l1-q3" || m.phase != reviewAsking {
		t.Fatalf("first card %v", m.q)
	}
}

func TestReviewRightAnswerCanBeRatedEasy(t *testing.T) {
	d, _ := newTestDeps(t)
	m := newTestReview(t, 80, 24)
	card := m.cur.Card
	m, _ = press(m, "1") // l1-q3 is truefalse "Langit biru", true
	if m.phase != reviewFeedback || !m.ask.right {
		t.Fatalf("after answering: phase %v right %v", m.phase, m.ask.right)
	}
	if v := m.View(); !strings.Contains(v, "3 Baik") || !strings.Contains(v, "4 Mudah") || !strings.Contains(v, "enter=3") {
		t.Fatalf("rating choices not shown:\n%s", v)
	}
	m, msgs := press(m, "e")
	save, ok := findMsg[saveReviewMsg](msgs)
	if !ok {
		t.Fatalf("e did not rate: %v", msgs)
	}
	r := save.review
	want := d.Params.Review(card, progress.Easy, testNow, "l1-q3")
	if r.Rating != progress.Easy || r.CardID != "l1-q3" || !r.Due || r.After != want || r.Answer == nil || !r.Answer.Correct {
		t.Fatalf("saved %+v", r)
	}
	if m.q == nil || m.q.ID != "l2-q1" {
		t.Fatal("rating must move to the next card")
	}
}

func TestReviewWrongAnswerIsAgainAndComesBack(t *testing.T) {
	m := newTestReview(t, 80, 24)
	m, _ = press(m, "2") // wrong: "Salah"
	if _, msgs := press(m, "h"); len(msgs) != 0 {
		t.Fatal("Hard must not be offered after a wrong answer")
	}
	m, msgs := press(m, "enter")
	save, _ := findMsg[saveReviewMsg](msgs)
	if save.review.Rating != progress.Again || save.review.After.Phase != progress.PhaseRelearning {
		t.Fatalf("wrong answer saved %+v", save.review)
	}
	if m.queue[len(m.queue)-1] != "l1-q3" {
		t.Fatalf("a relearning card must come back this session: %v", m.queue)
	}
}

func TestReviewUndoRestoresCard(t *testing.T) {
	m := newTestReview(t, 80, 24)
	before, _ := m.card("l1-q3")
	m, msgs := press(m, "1", "enter")
	req, _ := findMsg[requestMsg](msgs)
	if _, out := press(m, "u"); len(out) != 0 {
		t.Fatal("undo before the store confirmed the save must wait")
	}
	if v := m.View(); !strings.Contains(v, "1 penilaian menunggu disimpan") {
		t.Fatalf("an unsaved rating must be counted:\n%s", v)
	}
	m, _ = m.saveResult(saveResultMsg{tags: []saveTag{req.req.tag}})
	if v := m.View(); strings.Contains(v, "menunggu disimpan") {
		t.Fatalf("a saved rating is counted as waiting:\n%s", v)
	}
	m, msgs = press(m, "u")
	undo, ok := findMsg[requestMsg](msgs)
	if _, isUndo := findMsg[undoReviewMsg](msgs); !ok || !isUndo || !undo.req.once {
		t.Fatalf("u did not ask to undo, once: %v", msgs)
	}
	m, _ = m.saveResult(saveResultMsg{tags: []saveTag{undo.req.tag}})
	if got, _ := m.card("l1-q3"); m.q.ID != "l1-q3" || m.phase != reviewAsking || got != before || len(m.done) != 0 {
		t.Fatalf("undo left card %s phase %v", m.q.ID, m.phase)
	}
}

func TestReviewEscKeepsAnsweredRating(t *testing.T) {
	m := newTestReview(t, 80, 24)
	m, _ = press(m, "1")
	_, msgs := press(m, "esc")
	if _, ok := findMsg[saveReviewMsg](msgs); !ok {
		t.Fatal("leaving after answering must save the default rating")
	}
	if _, ok := findMsg[backMsg](msgs); !ok {
		t.Fatal("esc must go back")
	}
	m = newTestReview(t, 80, 24)
	if _, msgs = press(m, "esc"); len(msgs) != 1 {
		t.Fatalf("leaving before answering saves nothing: %v", msgs)
	}
}

func TestReviewSummary(t *testing.T) {
	m := newTestReview(t, 80, 24)
	m, _ = press(m, "1", "enter")                               // right
	m, _ = press(m, "2", "enter")                               // l2-q1 truefalse true: wrong
	m, _ = press(m, shownDigit(t, m.ask, "Jawaban A"), "enter") // l1-q1 single: A is right
	for m.phase != reviewDone {
		m, _ = press(m, "1", "enter") // the relearning card again
	}
	v := m.View()
	if !strings.Contains(v, "Diulas: 4 kartu · diingat: 3 (75%)") || !strings.Contains(v, "jatuh tempo dalam") {
		t.Fatalf("summary:\n%s", v)
	}
}

func TestReviewNothingDue(t *testing.T) {
	d, _ := newTestDeps(t)
	m := newReviewModel(d.Catalog, testTexts(), testStyles(d), d.Now, d.Params).setSize(80, 24)
	m = m.start(progress.NewLearner(progress.Snapshot{Settings: progress.DefaultSettings()}))
	if v := m.View(); m.phase != reviewDone || !strings.Contains(v, "Tidak ada kartu") {
		t.Fatalf("empty review:\n%s", v)
	}
}

func TestReviewView(t *testing.T) {
	for _, w := range []int{60, 80, 100} {
		t.Run(fmt.Sprintf("asking/%d", w), func(t *testing.T) {
			golden.RequireEqual(t, newTestReview(t, w, 24).View())
		})
		t.Run(fmt.Sprintf("feedback/%d", w), func(t *testing.T) {
			m, _ := press(newTestReview(t, w, 24), "1")
			golden.RequireEqual(t, m.View())
		})
	}
}

func TestReviewFlashcardRevealAndRate(t *testing.T) {
	d, _ := newTestDeps(t)
	s := progress.Snapshot{Settings: progress.DefaultSettings(), Cards: map[string]progress.CardRecord{}}
	s.Cards["l2-k1"] = progress.CardRecord{ID: "l2-k1", Kind: progress.KindFlashcard, LessonID: "l2", Created: testNow, Card: progress.Card{Due: testNow}}
	m := newReviewModel(d.Catalog, testTexts(), testStyles(d), d.Now, d.Params).setSize(80, 24).start(progress.NewLearner(s))
	if v := m.View(); m.fc == nil || !strings.Contains(v, "Apa disiplin kelima?") || strings.Contains(v, "Berpikir sistem") {
		t.Fatalf("flashcard front:\n%s", v)
	}
	m, _ = press(m, "space")
	if v := m.View(); !strings.Contains(v, "Berpikir sistem") || !strings.Contains(v, "3 Baik") {
		t.Fatalf("flashcard back:\n%s", v)
	}
	golden.RequireEqual(t, m.View())
	_, msgs := press(m, "3")
	save, ok := findMsg[saveReviewMsg](msgs)
	if !ok || save.review.Rating != progress.Good || save.review.Kind != progress.KindFlashcard || save.review.Answer != nil || save.review.Due {
		t.Fatalf("flashcard rating saved %+v", save.review)
	}
}

func TestQuizFinishSeedsFlashcards(t *testing.T) {
	m := newTestQuiz(t, "l2", 0, 80, 30)
	_, msgs := press(m, "1", "enter")
	done, ok := findMsg[completeLessonMsg](msgs)
	if !ok || len(done.result.NewCards) != 1 || done.result.NewCards[0].ID != "l2-k1" || done.result.NewCards[0].Kind != progress.KindFlashcard {
		t.Fatalf("finishing l2 must add its flashcard: %+v", done.result.NewCards)
	}
}
