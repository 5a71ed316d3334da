package progress

import (
	"errors"
	"sync"
	"testing"
	"time"
)

// The review-card part of testStoreContract: cards, the review log, undo and
// settings, run against both stores.

// testCard is an FSRS state with the given stability, reviewed at at(min).
func testCard(stability float64, min int) Card {
	return Card{Stability: stability, Difficulty: 5, Phase: PhaseReview,
		Due: at(min).Add(72 * time.Hour), LastReview: at(min), Reps: 1}
}

// quizReview is a review of question q of lesson l1 with its quiz answer.
func quizReview(q string, rating Rating, after Card, min int, given string) Review {
	return Review{CardID: q, Kind: KindQuestion, LessonID: "l1", Rating: rating, At: at(min), After: after,
		Answer: &Answer{LessonID: "l1", QuestionID: q, Given: given, Correct: rating > Again, At: at(min)}}
}

// flashReview is a review of flashcard f of lesson l1.
func flashReview(f string, rating Rating, after Card, min int) Review {
	return Review{CardID: f, Kind: KindFlashcard, LessonID: "l1", Rating: rating, At: at(min), After: after, Due: true}
}

func saveReviewOf(t *testing.T, s testStore, profile string, r Review) Review {
	t.Helper()
	got, err := s.SaveReview(profile, r)
	if err != nil {
		t.Fatalf("SaveReview(%q, %+v): %v", profile, r, err)
	}
	return got
}

func undoReviewOf(t *testing.T, s testStore, profile string) Review {
	t.Helper()
	got, err := s.UndoReview(profile)
	if err != nil {
		t.Fatalf("UndoReview(%q): %v", profile, err)
	}
	return got
}

// state is everything a review may change: the snapshot and the logs.
type state struct {
	snap    Snapshot
	log     []Answer
	reviews []Review
}

func stateOf(t *testing.T, s testStore, profile string) state {
	t.Helper()
	return state{snapshot(t, s, profile), answerLog(t, s, profile), reviewsOf(t, s, profile)}
}

// reviewsOf reads a profile's whole review log, never nil.
func reviewsOf(t *testing.T, s testStore, profile string) []Review {
	t.Helper()
	log := []Review{}
	if err := s.ReviewLog(profile, func(r Review) error { log = append(log, r); return nil }); err != nil {
		t.Fatalf("ReviewLog(%q): %v", profile, err)
	}
	return log
}

// withSeq returns a copy of a with Seq set.
func withSeq(a Answer, seq uint64) *Answer { a.Seq = seq; return &a }

func testReviewContract(t *testing.T, newStore func(t *testing.T) testStore) {
	t.Run("SeedCreatesCardReviewAndAnswer", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		in := quizReview("q1", Good, testCard(3, 1), 1, "B")
		in.SeedOnly = true
		in.Seq, in.PrevLast = 9, &Answer{Seq: 7}
		in.Before = &Card{Stability: 99} // ignored: the card does not exist
		got := saveReviewOf(t, s, DefaultProfile, in)
		want := quizReview("q1", Good, testCard(3, 1), 1, "B")
		want.Seq, want.Answer.Seq = 1, 1
		assertEqual(t, "returned review", got, want)
		if in.Answer.Seq != 0 {
			t.Error("SaveReview wrote into the caller's Answer")
		}
		snap := snapshot(t, s, DefaultProfile)
		assertEqual(t, "cards", snap.Cards, map[string]CardRecord{
			"q1": {ID: "q1", Kind: KindQuestion, LessonID: "l1", Card: testCard(3, 1), Created: at(1)},
		})
		assertEqual(t, "reviews", reviewsOf(t, s, DefaultProfile), []Review{want})
		assertEqual(t, "last answers", snap.LastAnswers, map[string]Answer{"q1": *want.Answer})
		assertEqual(t, "answer log", answerLog(t, s, DefaultProfile), []Answer{*want.Answer})
		if snap.AnswerCount != 1 {
			t.Errorf("AnswerCount = %d, want 1", snap.AnswerCount)
		}
	})

	t.Run("SeedOnlyOnExistingCardStoresOnlyTheAnswer", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		first := saveReviewOf(t, s, DefaultProfile, quizReview("q1", Good, testCard(3, 1), 1, "B"))
		before := stateOf(t, s, DefaultProfile)

		seed := quizReview("q1", Again, testCard(0.2, 5), 5, "C")
		seed.SeedOnly = true
		got := saveReviewOf(t, s, DefaultProfile, seed)
		want := quizReview("q1", Again, testCard(3, 1), 5, "C") // After: the card as it stays
		want.Answer.Seq = 2
		want.Before, want.PrevLast = &first.After, first.Answer
		assertEqual(t, "returned review", got, want)

		after := stateOf(t, s, DefaultProfile)
		assertEqual(t, "cards", after.snap.Cards, before.snap.Cards)
		assertEqual(t, "reviews", after.reviews, before.reviews)
		assertEqual(t, "last answer", after.snap.LastAnswers["q1"], *got.Answer)
		assertEqual(t, "answer log", after.log, append(before.log, *got.Answer))
		if after.snap.AnswerCount != 2 {
			t.Errorf("AnswerCount = %d, want 2", after.snap.AnswerCount)
		}

		// Without an answer, a seed of an existing card stores nothing.
		bare := flashReview("q1", Easy, testCard(50, 6), 6)
		bare.Kind, bare.SeedOnly = KindQuestion, true
		if got := saveReviewOf(t, s, DefaultProfile, bare); got.Seq != 0 || got.Answer != nil {
			t.Errorf("bare seed = %+v, want Seq 0 and no answer", got)
		}
		assertEqual(t, "state after a bare seed", stateOf(t, s, DefaultProfile), after)
		// It is not a review, so undo takes back the review before it.
		assertEqual(t, "undone", undoReviewOf(t, s, DefaultProfile), first)
	})

	t.Run("ReviewUpdatesCard", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		first := saveReviewOf(t, s, DefaultProfile, quizReview("q1", Good, testCard(3, 1), 1, "B"))
		in := quizReview("q1", Hard, testCard(8, 9), 9, "A")
		in.Due = true
		in.Before = &Card{Stability: 42} // ignored: the store knows better
		got := saveReviewOf(t, s, DefaultProfile, in)
		want := in
		want.Seq, want.Answer = 2, withSeq(*in.Answer, 2)
		want.Before, want.PrevLast = &first.After, first.Answer
		assertEqual(t, "returned review", got, want)
		snap := snapshot(t, s, DefaultProfile)
		// Only the state changes; Created stays the first review's time.
		assertEqual(t, "card", snap.Cards["q1"],
			CardRecord{ID: "q1", Kind: KindQuestion, LessonID: "l1", Card: testCard(8, 9), Created: at(1)})
		assertEqual(t, "reviews", reviewsOf(t, s, DefaultProfile), []Review{first, want})
		assertEqual(t, "last answer", snap.LastAnswers["q1"], *want.Answer)
	})

	t.Run("UndoRestoresEverything", func(t *testing.T) {
		t.Parallel()
		cases := []struct {
			name  string
			setup []Review
			undo  Review
		}{
			{"review that created the card", nil,
				quizReview("q1", Good, testCard(3, 1), 1, "B")},
			{"seed that created the card", nil,
				func() Review { r := quizReview("q1", Good, testCard(3, 1), 1, "B"); r.SeedOnly = true; return r }()},
			{"review of an existing card, previous answer restored",
				[]Review{quizReview("q1", Good, testCard(3, 1), 1, "B"), quizReview("q2", Again, testCard(1, 2), 2, "A")},
				quizReview("q1", Again, testCard(0.5, 9), 9, "D")},
			{"flashcard review without an answer",
				[]Review{flashReview("f1", Good, testCard(3, 1), 1)},
				flashReview("f1", Easy, testCard(20, 5), 5)},
			{"new flashcard", []Review{quizReview("q1", Good, testCard(3, 1), 1, "B")},
				flashReview("f1", Hard, testCard(1, 2), 2)},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				s := newStore(t)
				mustNil(t, s.OpenLesson(DefaultProfile, "l1", at(0)))
				saveAnswer(t, s, DefaultProfile, Answer{LessonID: "l1", QuestionID: "q9", At: at(0)})
				for _, r := range tc.setup {
					saveReviewOf(t, s, DefaultProfile, r)
				}
				before := stateOf(t, s, DefaultProfile)
				saved := saveReviewOf(t, s, DefaultProfile, tc.undo)
				assertEqual(t, "undone review", undoReviewOf(t, s, DefaultProfile), saved)
				assertEqual(t, "state after undo", stateOf(t, s, DefaultProfile), before)
			})
		}
	})

	t.Run("UndoKeepsALaterAnswer", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		saved := saveReviewOf(t, s, DefaultProfile, quizReview("q1", Good, testCard(3, 1), 1, "B"))
		later := saveAnswer(t, s, DefaultProfile, Answer{LessonID: "l1", QuestionID: "q1", Given: "C", At: at(2)})
		assertEqual(t, "undone", undoReviewOf(t, s, DefaultProfile), saved)
		snap := snapshot(t, s, DefaultProfile)
		assertEqual(t, "last answers", snap.LastAnswers, map[string]Answer{"q1": later})
		assertEqual(t, "answer log", answerLog(t, s, DefaultProfile), []Answer{later})
		if n := len(reviewsOf(t, s, DefaultProfile)); len(snap.Cards) != 0 || n != 0 || snap.AnswerCount != 1 {
			t.Errorf("after undo: %d cards, %d reviews, AnswerCount %d; want 0, 0, 1",
				len(snap.Cards), n, snap.AnswerCount)
		}
	})

	t.Run("UndoTwiceThenNothing", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		if _, err := s.UndoReview(DefaultProfile); !errors.Is(err, ErrNothingToUndo) {
			t.Fatalf("UndoReview of an empty log = %v, want ErrNothingToUndo", err)
		}
		empty := stateOf(t, s, DefaultProfile)
		r1 := saveReviewOf(t, s, DefaultProfile, quizReview("q1", Good, testCard(3, 1), 1, "B"))
		mid := stateOf(t, s, DefaultProfile)
		r2 := saveReviewOf(t, s, DefaultProfile, quizReview("q1", Easy, testCard(9, 4), 4, "A"))
		assertEqual(t, "first undo", undoReviewOf(t, s, DefaultProfile), r2)
		assertEqual(t, "state after first undo", stateOf(t, s, DefaultProfile), mid)
		assertEqual(t, "second undo", undoReviewOf(t, s, DefaultProfile), r1)
		assertEqual(t, "state after second undo", stateOf(t, s, DefaultProfile), empty)
		if _, err := s.UndoReview(DefaultProfile); !errors.Is(err, ErrNothingToUndo) {
			t.Errorf("third UndoReview = %v, want ErrNothingToUndo", err)
		}
		// Seqs are never handed out twice, even after an undo.
		r3 := saveReviewOf(t, s, DefaultProfile, quizReview("q1", Good, testCard(3, 5), 5, "B"))
		if r3.Seq != 3 || r3.Answer.Seq != 3 {
			t.Errorf("after undo: review Seq %d, answer Seq %d; want 3 and 3", r3.Seq, r3.Answer.Seq)
		}
		if a := saveAnswer(t, s, DefaultProfile, Answer{LessonID: "l1", QuestionID: "q2"}); a.Seq != 4 {
			t.Errorf("SaveAnswer after undo: Seq %d, want 4", a.Seq)
		}
		if n := snapshot(t, s, DefaultProfile).AnswerCount; n != 2 {
			t.Errorf("AnswerCount = %d, want 2", n)
		}
	})

	t.Run("CompleteLessonCreatesNewCardsOnce", func(t *testing.T) { t.Parallel(); testNewCards(t, newStore) })
	t.Run("Settings", func(t *testing.T) { t.Parallel(); testSettings(t, newStore) })
	t.Run("Validation", func(t *testing.T) { t.Parallel(); testReviewValidation(t, newStore) })
	t.Run("ProfilesAreIsolated", func(t *testing.T) { t.Parallel(); testReviewProfiles(t, newStore) })

	t.Run("CopiesDoNotAlias", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		saveReviewOf(t, s, DefaultProfile, quizReview("q1", Good, testCard(3, 1), 1, "B"))
		got := saveReviewOf(t, s, DefaultProfile, quizReview("q1", Good, testCard(9, 4), 4, "A"))
		before := stateOf(t, s, DefaultProfile)
		got.Before.Stability, got.Answer.Given, got.PrevLast.Given = -1, "x", "x"
		mutated := stateOf(t, s, DefaultProfile)
		mutated.reviews[1].Before.Stability, mutated.reviews[1].Answer.Given = -1, "x"
		mutated.snap.Cards["q1"] = CardRecord{}
		assertEqual(t, "state after mutating copies", stateOf(t, s, DefaultProfile), before)
		undone := undoReviewOf(t, s, DefaultProfile)
		undone.PrevLast.Given = "x"
		assertEqual(t, "last answer after undo", snapshot(t, s, DefaultProfile).LastAnswers["q1"].Given, "B")
	})

	t.Run("TimesKeepTheirInstant", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		wib := time.FixedZone("WIB", 7*60*60)
		when := time.Date(2025, 3, 1, 16, 30, 0, 123456789, wib)
		c := Card{Stability: 1, Difficulty: 5, Phase: PhaseLearning, Due: when.Add(10 * time.Minute), LastReview: when}
		saved := saveReviewOf(t, s, DefaultProfile, flashReview("f1", Good, c, 0))
		rec := snapshot(t, s, DefaultProfile).Cards["f1"]
		logged := reviewsOf(t, s, DefaultProfile)[0].After
		for name, pair := range map[string][2]time.Time{
			"Due":               {rec.Card.Due, c.Due},
			"LastReview":        {rec.Card.LastReview, when},
			"logged LastReview": {logged.LastReview, when},
			"returned Due":      {saved.After.Due, c.Due},
		} {
			if !pair[0].Equal(pair[1]) {
				t.Errorf("%s = %v, want %v", name, pair[0], pair[1])
			}
		}
	})

	t.Run("ConcurrentSaveReview", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		const workers, each = 8, 15
		seqs := make(chan uint64, workers*each)
		var wg sync.WaitGroup
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				q := string(rune('a' + w))
				for i := range each {
					r, err := s.SaveReview(DefaultProfile, quizReview(q, Good, testCard(float64(i+1), i), i, "B"))
					if err != nil {
						t.Error(err)
						return
					}
					seqs <- r.Seq
				}
			}()
		}
		wg.Wait()
		close(seqs)
		uniqueSeqs(t, seqs, workers*each)
		snap := snapshot(t, s, DefaultProfile)
		log := reviewsOf(t, s, DefaultProfile)
		if len(log) != workers*each || len(snap.Cards) != workers || snap.AnswerCount != workers*each {
			t.Fatalf("%d reviews, %d cards, AnswerCount %d", len(log), len(snap.Cards), snap.AnswerCount)
		}
		for i, r := range log {
			if r.Seq != uint64(i+1) {
				t.Fatalf("Reviews[%d].Seq = %d: log is not in Seq order", i, r.Seq)
			}
		}
		for range workers * each {
			undoReviewOf(t, s, DefaultProfile)
		}
		assertEqual(t, "after undoing everything", snapshot(t, s, DefaultProfile), newSnapshot(DefaultProfile))
	})
}
