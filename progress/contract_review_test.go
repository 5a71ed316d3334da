package progress

import (
	"errors"
	"math"
	"testing"
	"time"
)

// More of the review-card contract, run against both stores through
// testReviewContract.

// testNewCards checks that CompleteLesson creates a lesson's flashcards
// once and never touches existing ones.
func testNewCards(t *testing.T, newStore func(t *testing.T) testStore) {
	s := newStore(t)
	fresh := func(id string) CardRecord {
		return CardRecord{ID: id, Kind: KindFlashcard, LessonID: "l1"}
	}
	stamped := fresh("f2")
	stamped.Created = at(3)
	cards := []CardRecord{fresh("f1"), stamped, {ID: "f1", Kind: KindFlashcard, LessonID: "other"}}
	if _, err := s.CompleteLesson(DefaultProfile, Result{LessonID: "l1", Correct: 1, Total: 1, At: at(10), NewCards: cards}); err != nil {
		t.Fatal(err)
	}
	if !cards[0].Created.IsZero() {
		t.Error("CompleteLesson wrote into the caller's NewCards")
	}
	// A zero Created becomes the result's time; of two cards with one ID
	// the first wins.
	f1 := fresh("f1")
	f1.Created = at(10)
	want := map[string]CardRecord{"f1": f1, "f2": stamped}
	assertEqual(t, "cards", snapshot(t, s, DefaultProfile).Cards, want)

	// Review f1, then complete the lesson again: the reviewed state stays.
	saveReviewOf(t, s, DefaultProfile, flashReview("f1", Good, testCard(3, 11), 11))
	f1.Card = testCard(3, 11)
	want["f1"] = f1
	again := []CardRecord{fresh("f1"), fresh("f2"), fresh("f3")}
	if _, err := s.CompleteLesson(DefaultProfile, Result{LessonID: "l1", Correct: 1, Total: 1, At: at(20), NewCards: again}); err != nil {
		t.Fatal(err)
	}
	f3 := fresh("f3")
	f3.Created = at(20)
	want["f3"] = f3
	snap := snapshot(t, s, DefaultProfile)
	assertEqual(t, "cards after a second run", snap.Cards, want)
	if n := len(reviewsOf(t, s, DefaultProfile)); snap.Lessons["l1"].Attempts != 2 || n != 1 {
		t.Errorf("attempts %d, %d reviews; want 2 and 1", snap.Lessons["l1"].Attempts, n)
	}
}

// testSettings checks the defaults and a round trip.
func testSettings(t *testing.T, newStore func(t *testing.T) testStore) {
	s := newStore(t)
	assertEqual(t, "default", snapshot(t, s, DefaultProfile).Settings, DefaultSettings())
	if d := DefaultSettings(); d.NewPerDay != 20 || d.ReviewsPerDay != 200 || d.HideStreak {
		t.Errorf("DefaultSettings() = %+v", d)
	}
	for _, set := range []Settings{
		{NewPerDay: 0, ReviewsPerDay: 1, HideStreak: true},
		{NewPerDay: maxPerDay, ReviewsPerDay: maxPerDay},
		{NewPerDay: 5, ReviewsPerDay: 50},
	} {
		mustNil(t, s.SaveSettings(DefaultProfile, set))
		assertEqual(t, "saved", snapshot(t, s, DefaultProfile).Settings, set)
	}
	assertEqual(t, "other profile", snapshot(t, s, "ana").Settings, DefaultSettings())
}

// testReviewValidation checks that bad reviews, cards and settings are
// refused with ErrInvalid and that nothing is written.
func testReviewValidation(t *testing.T, newStore func(t *testing.T) testStore) {
	s := newStore(t)
	// One existing question card, so a kind mismatch can be tried.
	saveReviewOf(t, s, DefaultProfile, quizReview("q1", Good, testCard(3, 1), 1, "B"))
	before := stateOf(t, s, DefaultProfile)

	long := string(make([]byte, maxIDLen+1))
	reviews := map[string]func(*Review){
		"empty card":          func(r *Review) { r.CardID = "" },
		"too long card":       func(r *Review) { r.CardID = long },
		"empty lesson":        func(r *Review) { r.LessonID = "" },
		"unknown kind":        func(r *Review) { r.Kind = "quiz" },
		"rating 0":            func(r *Review) { r.Rating = 0 },
		"rating 5":            func(r *Review) { r.Rating = 5 },
		"zero time":           func(r *Review) { r.At = time.Time{} },
		"year 10000":          func(r *Review) { r.At = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) },
		"NaN stability":       func(r *Review) { r.After.Stability = math.NaN() },
		"infinite difficulty": func(r *Review) { r.After.Difficulty = math.Inf(1) },
		"negative stability":  func(r *Review) { r.After.Stability = -1 },
		"negative reps":       func(r *Review) { r.After.Reps = -1 },
		"unknown phase":       func(r *Review) { r.After.Phase = Phase(9) },
		"due year -1":         func(r *Review) { r.After.Due = time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC) },
		"answer to another question": func(r *Review) {
			r.Answer.QuestionID = "q2"
		},
		"answer from another lesson": func(r *Review) { r.Answer.LessonID = "l2" },
		"kind of an existing card":   func(r *Review) { r.Kind = KindFlashcard; r.Answer = nil },
	}
	calls := map[string]func() error{
		"SaveReview empty profile": func() error {
			_, err := s.SaveReview("", quizReview("q2", Good, testCard(3, 1), 1, "B"))
			return err
		},
		"UndoReview empty profile":   func() error { _, err := s.UndoReview(""); return err },
		"SaveSettings empty profile": func() error { return s.SaveSettings("", DefaultSettings()) },
	}
	for name, mod := range reviews {
		r := quizReview("q1", Good, testCard(5, 2), 2, "A")
		r.SeedOnly = name == "kind of an existing card" // refused even when only seeding
		mod(&r)
		calls["SaveReview "+name] = func() error { _, err := s.SaveReview(DefaultProfile, r); return err }
	}
	for name, set := range map[string]Settings{
		"negative new per day":   {NewPerDay: -1, ReviewsPerDay: 10},
		"absurd new per day":     {NewPerDay: maxPerDay + 1, ReviewsPerDay: 10},
		"zero reviews per day":   {NewPerDay: 1, ReviewsPerDay: 0},
		"absurd reviews per day": {NewPerDay: 1, ReviewsPerDay: maxPerDay + 1},
	} {
		calls["SaveSettings "+name] = func() error { return s.SaveSettings(DefaultProfile, set) }
	}
	for name, c := range map[string]CardRecord{
		"empty ID":     {Kind: KindFlashcard, LessonID: "l1"},
		"empty lesson": {ID: "f1", Kind: KindFlashcard},
		"no kind":      {ID: "f1", LessonID: "l1"},
		"NaN card":     {ID: "f1", Kind: KindFlashcard, LessonID: "l1", Card: Card{Difficulty: math.NaN()}},
	} {
		// The first card is valid: nothing may be written before the bad one.
		r := Result{LessonID: "l1", At: at(5), NewCards: []CardRecord{{ID: "ok", Kind: KindFlashcard, LessonID: "l1"}, c}}
		calls["CompleteLesson new card "+name] = func() error { _, err := s.CompleteLesson(DefaultProfile, r); return err }
	}
	for name, call := range calls {
		if err := call(); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: err = %v, want ErrInvalid", name, err)
		}
	}
	assertEqual(t, "state after refused writes", stateOf(t, s, DefaultProfile), before)
}

// testReviewProfiles checks that cards, logs, sequences, undo and settings
// belong to one profile.
func testReviewProfiles(t *testing.T, newStore func(t *testing.T) testStore) {
	s := newStore(t)
	for i, p := range []string{"ana", "budi"} {
		r := saveReviewOf(t, s, p, quizReview("q-"+p, Good, testCard(float64(i+1), i), i, p))
		if r.Seq != 1 || r.Answer.Seq != 1 {
			t.Errorf("%s: first review Seq %d, answer Seq %d; want 1 and 1 (sequences are per profile)", p, r.Seq, r.Answer.Seq)
		}
		mustNil(t, s.SaveSettings(p, Settings{NewPerDay: i, ReviewsPerDay: 10}))
	}
	for i, p := range []string{"ana", "budi"} {
		snap := snapshot(t, s, p)
		n := len(reviewsOf(t, s, p))
		if _, ok := snap.Cards["q-"+p]; !ok || len(snap.Cards) != 1 || n != 1 {
			t.Errorf("%s: cards %+v, %d reviews", p, snap.Cards, n)
		}
		if snap.Settings.NewPerDay != i {
			t.Errorf("%s: settings %+v", p, snap.Settings)
		}
	}
	undoReviewOf(t, s, "ana")
	if _, err := s.UndoReview("ana"); !errors.Is(err, ErrNothingToUndo) {
		t.Errorf("second undo of ana = %v, want ErrNothingToUndo", err)
	}
	if _, err := s.UndoReview("nobody"); !errors.Is(err, ErrNothingToUndo) {
		t.Errorf("undo of an unknown profile = %v, want ErrNothingToUndo", err)
	}
	if snap, n := snapshot(t, s, "budi"), len(reviewsOf(t, s, "budi")); n != 1 || len(snap.Cards) != 1 {
		t.Errorf("budi after undoing ana: %d reviews, %d cards", n, len(snap.Cards))
	}
	assertEqual(t, "default profile", snapshot(t, s, DefaultProfile), newSnapshot(DefaultProfile))
}
