package progress

import (
	"testing"
	"time"
)

// TestBuilders pins what the write builders every front end shares
// produce, so the tutor and the plain mode cannot store an answer, a run
// or a rating differently.
func TestBuilders(t *testing.T) {
	p := DefaultParams()
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)

	r := p.QuizAnswer("l1", "q1", "A", true, now)
	if r.Rating != Good || !r.SeedOnly || r.Kind != KindQuestion || r.CardID != "q1" || r.Answer == nil || !r.Answer.Correct {
		t.Errorf("right answer: %+v", r)
	}
	if r.After != p.Review(Card{}, Good, now, "q1") {
		t.Errorf("right answer's card = %+v", r.After)
	}
	if w := p.QuizAnswer("l1", "q1", "B", false, now); w.Rating != Again || w.Answer.Given != "B" {
		t.Errorf("wrong answer: %+v", w)
	}

	res := QuizResult("l1", 2, 3, []string{"k1"}, now)
	if res.Correct != 2 || res.Total != 3 || len(res.NewCards) != 1 || res.NewCards[0].Kind != KindFlashcard ||
		!res.NewCards[0].Card.Due.Equal(now) || res.NewCards[0].LessonID != "l1" {
		t.Errorf("result: %+v", res)
	}

	due := CardRecord{ID: "q1", Kind: KindQuestion, LessonID: "l1",
		Card: Card{Phase: PhaseReview, Due: now.Add(-time.Hour), Stability: 3, Difficulty: 5, LastReview: now.AddDate(0, 0, -3), Reps: 2}}
	rv := p.Rate(due, Hard, now, nil)
	if !rv.Due || rv.Rating != Hard || rv.After != p.Review(due.Card, Hard, now, "q1") || rv.Answer != nil {
		t.Errorf("rating: %+v", rv)
	}
	if fresh := p.Rate(CardRecord{ID: "k1", Kind: KindFlashcard}, Good, now, nil); fresh.Due {
		t.Error("a new card's first rating counted as a scheduled review")
	}
}
