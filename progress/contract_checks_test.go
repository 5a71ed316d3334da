package progress

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// The check-mode part of testStoreContract, run against both stores.

// checkOf is a valid check of module m: total answers to questions of
// lesson m-l1, the first correct ones right, started at at(min) and
// finished a minute later.
func checkOf(m string, correct, total, min int) CheckResult {
	r := CheckResult{ModuleID: m, Correct: correct, Total: total, Started: at(min), At: at(min + 1)}
	for i := range total {
		r.Answers = append(r.Answers, Answer{LessonID: m + "-l1", QuestionID: m + "-q" + string(rune('a'+i)),
			Given: "B", Correct: i < correct, At: at(min)})
	}
	return r
}

func testCheckContract(t *testing.T, newStore func(t *testing.T) testStore) {
	t.Run("FirstResultIsFinal", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		first := checkOf("m1", 2, 3, 0)
		mustNil(t, s.SaveCheck(DefaultProfile, first))
		for _, again := range []CheckResult{checkOf("m1", 3, 3, 10), first} {
			err := s.SaveCheck(DefaultProfile, again)
			if !errors.Is(err, ErrCheckTaken) || !strings.HasPrefix(err.Error(), "progress: save check: ") {
				t.Errorf("second check of m1 = %v, want ErrCheckTaken", err)
			}
		}
		second := checkOf("m2", 0, 1, 20)
		second.Started = time.Time{} // unknown
		mustNil(t, s.SaveCheck(DefaultProfile, second))
		snap := snapshot(t, s, DefaultProfile)
		assertEqual(t, "checks", snap.Checks, map[string]CheckResult{"m1": first, "m2": second})

		// Check answers are a record of their own: not practice answers.
		if snap.AnswerCount != 0 || len(snap.LastAnswers) != 0 || len(answerLog(t, s, DefaultProfile)) != 0 {
			t.Errorf("check answers leaked into practice: count %d, last %+v", snap.AnswerCount, snap.LastAnswers)
		}
		// The same module is another learner's to check.
		mustNil(t, s.SaveCheck("ani", checkOf("m1", 0, 3, 30)))
		assertEqual(t, "default's m1 after ani's", snapshot(t, s, DefaultProfile).Checks["m1"], first)
	})

	t.Run("AnswerSeqIsCleared", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		saveAnswer(t, s, DefaultProfile, Answer{LessonID: "l1", QuestionID: "q1"})
		r := checkOf("m1", 1, 2, 0)
		r.Answers[0].Seq, r.Answers[1].Seq = 7, 1
		mustNil(t, s.SaveCheck(DefaultProfile, r))
		if r.Answers[0].Seq != 7 {
			t.Error("SaveCheck wrote into the caller's answers")
		}
		for i, a := range snapshot(t, s, DefaultProfile).Checks["m1"].Answers {
			if a.Seq != 0 {
				t.Errorf("answer %d stored with Seq %d, want 0", i, a.Seq)
			}
		}
		if n := saveAnswer(t, s, DefaultProfile, Answer{LessonID: "l1", QuestionID: "q1"}).Seq; n != 2 {
			t.Errorf("practice Seq after a check = %d, want 2", n)
		}
	})

	t.Run("CopiesDoNotAlias", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		r := checkOf("m1", 1, 2, 0)
		mustNil(t, s.SaveCheck(DefaultProfile, r))
		want := checkOf("m1", 1, 2, 0)
		r.Answers[0].Given = "changed by the caller"
		got := snapshot(t, s, DefaultProfile).Checks["m1"]
		got.Answers[1].Given = "changed in a snapshot"
		assertEqual(t, "stored check", snapshot(t, s, DefaultProfile).Checks["m1"], want)
	})

	t.Run("TimesKeepTheirInstant", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		wib := time.FixedZone("WIB", 7*60*60)
		when := time.Date(2025, 3, 1, 16, 30, 0, 123456789, wib)
		r := checkOf("m1", 1, 1, 0)
		r.Started, r.At, r.Answers[0].At = when, when.Add(time.Minute), when
		mustNil(t, s.SaveCheck(DefaultProfile, r))
		got := snapshot(t, s, DefaultProfile).Checks["m1"]
		if !got.Started.Equal(when) || !got.At.Equal(when.Add(time.Minute)) || !got.Answers[0].At.Equal(when) {
			t.Errorf("times changed: %+v", got)
		}
	})

	t.Run("Validation", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		bad := map[string]func(r *CheckResult){
			"empty module":         func(r *CheckResult) { r.ModuleID = "" },
			"zero total":           func(r *CheckResult) { r.Total, r.Correct, r.Answers = 0, 0, nil },
			"negative correct":     func(r *CheckResult) { r.Correct = -1 },
			"correct above total":  func(r *CheckResult) { r.Correct = 4 },
			"zero time":            func(r *CheckResult) { r.At = time.Time{} },
			"started after finish": func(r *CheckResult) { r.Started = r.At.Add(time.Second) },
			"answer missing":       func(r *CheckResult) { r.Answers = r.Answers[:2] },
			"answer too many":      func(r *CheckResult) { r.Answers = append(r.Answers, r.Answers[0]) },
			"answer no lesson":     func(r *CheckResult) { r.Answers[1].LessonID = "" },
			"answer no question":   func(r *CheckResult) { r.Answers[2].QuestionID = "" },
			"answer year 10000":    func(r *CheckResult) { r.Answers[0].At = at(0).AddDate(8000, 0, 0) },
			"finished year 10000": func(r *CheckResult) {
				r.At = at(0).AddDate(8000, 0, 0)
			},
		}
		for name, mod := range bad {
			r := checkOf("m1", 2, 3, 0)
			mod(&r)
			if err := s.SaveCheck(DefaultProfile, r); !errors.Is(err, ErrInvalid) {
				t.Errorf("%s: SaveCheck = %v, want ErrInvalid", name, err)
			}
		}
		if err := s.SaveCheck("", checkOf("m1", 2, 3, 0)); !errors.Is(err, ErrInvalid) {
			t.Errorf("empty profile: SaveCheck = %v, want ErrInvalid", err)
		}
		assertEqual(t, "snapshot after refused checks", snapshot(t, s, DefaultProfile), newSnapshot(DefaultProfile))
		assertEqual(t, "profiles after refused checks", profilesOf(t, s), []Profile{})
		// A refused check does not use up the module.
		mustNil(t, s.SaveCheck(DefaultProfile, checkOf("m1", 2, 3, 0)))
	})
}
