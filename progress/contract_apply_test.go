package progress

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// More of the contract, run against both stores through testStoreContract:
// Apply's transactions and the effects the app folds into its state.

func testApplyContract(t *testing.T, newStore func(t *testing.T) testStore) {
	t.Run("GroupIsAllOrNothing", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		ok := quizReview("q1", Good, testCard(3, 1), 1, "B")
		fillProfile(t, s, DefaultProfile)
		before := stateOf(t, s, DefaultProfile)
		// The third write fails inside the transaction (nothing to undo
		// in ana's log): none of the three may be stored.
		_, err := s.Apply("ana", Write{Review: &ok}, Write{Position: &Position{LessonID: "l1", At: at(2)}}, Write{Undo: true}, Write{Undo: true})
		if !errors.Is(err, ErrNothingToUndo) {
			t.Fatalf("Apply with a failing write = %v, want ErrNothingToUndo", err)
		}
		assertEqual(t, "ana after a failed group", stateOf(t, s, "ana"), state{newSnapshot("ana"), []Answer{}, []Review{}})
		assertEqual(t, "default after a failed group", stateOf(t, s, DefaultProfile), before)
		// Validation fails before the transaction, naming the write.
		_, err = s.Apply("ana", Write{Position: &Position{At: at(1)}}, Write{})
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("an empty write = %v, want ErrInvalid", err)
		}
		if _, err := s.Apply("ana", Write{Position: &Position{}, Undo: true}); !errors.Is(err, ErrInvalid) {
			t.Errorf("a write doing two things = %v, want ErrInvalid", err)
		}
	})

	t.Run("Reflections", func(t *testing.T) {
		t.Parallel()
		testReflections(t, newStore(t))
	})

	t.Run("EffectsKeepTheAppEqualToTheStore", func(t *testing.T) {
		t.Parallel()
		testEffectsFold(t, newStore(t))
	})
}

// testEffectsFold applies random sequences of writes - answers, reviews
// (seeds and due ones), undos, lesson runs, positions, settings, checks -
// to two learners, alone and in groups, and folds every effect into a
// Learner loaded at the start, as the app does. After every step the
// folded state must equal a fresh load, and the day counts must equal
// those of the whole log.
func testEffectsFold(t *testing.T, s testStore) {
	rng := rand.New(rand.NewPCG(1, 2))
	learners := map[string]*Learner{}
	for _, p := range []string{"ana", "budi"} {
		learners[p] = NewLearner(snapshot(t, s, p))
	}
	clock := at(0)
	write := func() Write {
		clock = clock.Add(time.Duration(rng.IntN(36*60)) * time.Minute)
		q := fmt.Sprintf("q%d", rng.IntN(12))
		lesson := fmt.Sprintf("l%d", rng.IntN(4))
		switch k := rng.IntN(10); {
		case k < 4:
			r := Review{CardID: q, Kind: KindQuestion, LessonID: "l1", Rating: Rating(1 + rng.IntN(4)), At: clock,
				Due: rng.IntN(2) == 0, SeedOnly: rng.IntN(3) == 0,
				After:  Card{Stability: float64(1 + rng.IntN(50)), Difficulty: 5, Phase: Phase(rng.IntN(4)), Due: clock.Add(time.Duration(rng.IntN(200)) * time.Hour), LastReview: clock, Reps: 1},
				Answer: &Answer{LessonID: "l1", QuestionID: q, Given: "x", Correct: rng.IntN(2) == 0, At: clock}}
			if rng.IntN(4) == 0 {
				r.Answer = nil
			}
			return Write{Review: &r}
		case k < 6:
			return Write{Undo: true}
		case k == 6:
			return Write{Answer: &Answer{LessonID: "l1", QuestionID: q, Given: "y", At: clock}}
		case k == 7:
			return Write{Complete: &Result{LessonID: lesson, Correct: rng.IntN(3), Total: 2 + rng.IntN(2), At: clock,
				NewCards: []CardRecord{{ID: "f-" + lesson, Kind: KindFlashcard, LessonID: lesson}}}}
		case k == 8:
			if rng.IntN(2) == 0 {
				return Write{Open: &Opening{LessonID: lesson, At: clock}}
			}
			return Write{Position: &Position{LessonID: lesson, Screen: ScreenQuiz, Question: rng.IntN(5), At: clock}}
		}
		switch rng.IntN(3) {
		case 0:
			return Write{Settings: &Settings{NewPerDay: rng.IntN(30), ReviewsPerDay: 1 + rng.IntN(300)}}
		case 1:
			return Write{Reflection: &Reflection{LessonID: lesson, Text: fmt.Sprint("coba ", rng.IntN(9)), At: clock,
				Actions: []PlanAction{{Text: "rapat", Tie: "Model mental"}}, Revisited: []int{7}[:rng.IntN(2)]}}
		}
		return Write{Check: &CheckResult{ModuleID: fmt.Sprintf("m%d", rng.IntN(3)), Correct: 1, Total: 1, At: clock,
			Answers: []Answer{{LessonID: "l1", QuestionID: q, Given: "z", Correct: true, At: clock}}}}
	}
	applied := 0
	for step := range 400 {
		p := []string{"ana", "budi"}[rng.IntN(2)]
		ws := make([]Write, 1+rng.IntN(3))
		for i := range ws {
			ws[i] = write()
		}
		effects, err := s.Apply(p, ws...)
		switch {
		case errors.Is(err, ErrNothingToUndo), errors.Is(err, ErrCheckTaken), errors.Is(err, ErrInvalid):
			continue // refused whole; nothing to fold
		case err != nil:
			t.Fatalf("step %d: %v", step, err)
		case len(effects) != len(ws):
			t.Fatalf("step %d: %d effects for %d writes", step, len(effects), len(ws))
		}
		applied++
		for _, e := range effects {
			learners[p].Apply(e)
		}
		fresh := snapshot(t, s, p)
		assertEqual(t, fmt.Sprintf("step %d: %s folded", step, p), learners[p].Snapshot, fresh)
		if days := countDays(reviewsOf(t, s, p)); !equalDays(days, fresh.Days) {
			t.Fatalf("step %d: day counts %v, the log says %v", step, fresh.Days, days)
		}
		// The due index answers as the plain functions over the cards do.
		now := clock.Add(time.Duration(rng.IntN(96)) * time.Hour)
		l := learners[p]
		want := DueQueue(fresh.Cards, fresh.Days, now, fresh.Settings, byLesson)
		if got := l.DueQueue(now, byLesson); !slices.Equal(got, want) {
			t.Fatalf("step %d: index queue %v, want %v", step, got, want)
		}
		if n := l.Counts(now).Total(); n != len(want) {
			t.Fatalf("step %d: Counts %d cards, want %d", step, n, len(want))
		}
		// Profile switches: a learner loaded afresh indexes the same.
		if rng.IntN(10) == 0 {
			learners[p] = NewLearner(fresh)
		}
		// Keeping only some cards (those still in the course) gives the
		// queue of those cards alone.
		known := func(c CardRecord) bool { return c.ID < "q6" }
		kept := map[string]CardRecord{}
		for id, c := range fresh.Cards {
			if known(c) {
				kept[id] = c
			}
		}
		only := NewLearnerOf(fresh, known)
		if got, want := only.DueQueue(now, byLesson), DueQueue(kept, fresh.Days, now, fresh.Settings, byLesson); !slices.Equal(got, want) {
			t.Fatalf("step %d: queue of known cards %v, want %v", step, got, want)
		}
	}
	if applied < 200 {
		t.Errorf("only %d of 400 groups were stored: the sequence tests too little", applied)
	}
}

// equalDays compares day counts, an empty map equal to nil.
func equalDays(a, b Days) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// testReflections stores, replaces and refuses reflections, keeps them per
// learner and deletes them with the learner.
func testReflections(t *testing.T, s testStore) {
	ana := uid("ana")
	r := Reflection{LessonID: "l1", Text: "  Saya akan menanyakan asumsi di rapat Senin.  ", At: at(5),
		Actions: []PlanAction{{Text: "Menulis kolom kiri", Tie: "Model mental"}}}
	es, err := s.Apply(ana, Write{Reflection: &r})
	mustNil(t, err)
	want := r
	want.Text = "Saya akan menanyakan asumsi di rapat Senin."
	assertEqual(t, "effect", *es[0].Reflection, want)
	assertEqual(t, "stored", snapshot(t, s, ana).Reflections, map[string]Reflection{"l1": want})
	if len(snapshot(t, s, uid("budi")).Reflections) != 0 {
		t.Error("a reflection is visible to another learner")
	}
	// Writing again replaces it; a revisit is recorded the same way.
	want.Revisited = []int{7}
	mustNil(t, applyOne(s, ana, Write{Reflection: &want}))
	assertEqual(t, "replaced", snapshot(t, s, ana).Reflections["l1"], want)
	for name, bad := range map[string]Reflection{
		"control":   {LessonID: "l1", Text: "a\x1b]0;x\x07", At: at(1)},
		"long":      {LessonID: "l1", Text: strings.Repeat("a", maxReflectionRunes+1), At: at(1)},
		"no time":   {LessonID: "l1", Text: "a"},
		"no lesson": {Text: "a", At: at(1)},
		"actions":   {LessonID: "l1", At: at(1), Actions: make([]PlanAction, maxActions+1)},
	} {
		if err := applyOne(s, ana, Write{Reflection: &bad}); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: %v, want ErrInvalid", name, err)
		}
	}
	assertEqual(t, "after refusals", snapshot(t, s, ana).Reflections["l1"], want)
	mustNil(t, s.SaveProfile(Profile{ID: ana, Name: "Ana", Created: at(0)}))
	mustNil(t, s.DeleteProfile(ana))
	if n := len(snapshot(t, s, ana).Reflections); n != 0 {
		t.Errorf("%d reflections left after the learner was deleted", n)
	}
}

// applyOne applies one write, returning only the error.
func applyOne(s testStore, profile string, w Write) error {
	_, err := s.Apply(profile, w)
	return err
}

func TestRevisitDue(t *testing.T) {
	days := []int{7, 30}
	plan := Reflection{LessonID: "l", At: at(0), Actions: []PlanAction{{Text: "a"}}}
	for _, tt := range []struct {
		after     time.Duration
		revisited []int
		want      int
	}{
		{6 * 24 * time.Hour, nil, 0},
		{7 * 24 * time.Hour, nil, 7},
		{40 * 24 * time.Hour, nil, 7},
		{40 * 24 * time.Hour, []int{7}, 30},
		{20 * 24 * time.Hour, []int{7}, 0},
		{40 * 24 * time.Hour, []int{7, 30}, 0},
	} {
		plan.Revisited = tt.revisited
		if got := plan.RevisitDue(at(0).Add(tt.after), days); got != tt.want {
			t.Errorf("after %v, revisited %v: %d, want %d", tt.after, tt.revisited, got, tt.want)
		}
	}
	if (Reflection{At: at(0), Text: "x"}).RevisitDue(at(0).Add(40*24*time.Hour), days) != 0 {
		t.Error("a reflection without a plan is never revisited")
	}
}
