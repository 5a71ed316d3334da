package progress

import (
	"errors"
	"math"
	"testing"
	"time"
)

// The scoring and validation parts of testStoreContract, run against both
// stores through it.

// testCompleteLesson checks attempts, first completion and best/last scores.
func testCompleteLesson(t *testing.T, newStore func(t *testing.T) testStore) {
	res := func(correct, total, min int) Result {
		return Result{LessonID: "l1", Correct: correct, Total: total, At: at(min)}
	}
	cases := []struct {
		name   string
		opened bool // OpenLesson at(0) first
		runs   []Result
		want   LessonRecord
	}{
		{"first run sets everything", true, []Result{res(3, 5, 10)},
			LessonRecord{OpenedAt: at(0), CompletedAt: at(10), Attempts: 1, BestCorrect: 3, BestTotal: 5, LastCorrect: 3, LastTotal: 5}},
		{"unopened lesson gets OpenedAt from the result", false, []Result{res(2, 4, 10)},
			LessonRecord{OpenedAt: at(10), CompletedAt: at(10), Attempts: 1, BestCorrect: 2, BestTotal: 4, LastCorrect: 2, LastTotal: 4}},
		{"higher score replaces best; CompletedAt stays first", true, []Result{res(2, 5, 10), res(4, 5, 11)},
			LessonRecord{OpenedAt: at(0), CompletedAt: at(10), Attempts: 2, BestCorrect: 4, BestTotal: 5, LastCorrect: 4, LastTotal: 5}},
		{"lower score keeps best, updates last", true, []Result{res(4, 5, 10), res(1, 5, 11)},
			LessonRecord{OpenedAt: at(0), CompletedAt: at(10), Attempts: 2, BestCorrect: 4, BestTotal: 5, LastCorrect: 1, LastTotal: 5}},
		{"tie keeps the earlier best", true, []Result{res(2, 4, 10), res(1, 2, 11)},
			LessonRecord{OpenedAt: at(0), CompletedAt: at(10), Attempts: 2, BestCorrect: 2, BestTotal: 4, LastCorrect: 1, LastTotal: 2}},
		{"higher fraction wins over more correct answers", true, []Result{res(3, 6, 10), res(2, 3, 11)},
			LessonRecord{OpenedAt: at(0), CompletedAt: at(10), Attempts: 2, BestCorrect: 2, BestTotal: 3, LastCorrect: 2, LastTotal: 3}},
		{"first run is best even when zero", true, []Result{res(0, 5, 10)},
			LessonRecord{OpenedAt: at(0), CompletedAt: at(10), Attempts: 1, BestCorrect: 0, BestTotal: 5, LastCorrect: 0, LastTotal: 5}},
		{"0/0 counts as zero: tie with 0/3 keeps 0/0", true, []Result{res(0, 0, 10), res(0, 3, 11)},
			LessonRecord{OpenedAt: at(0), CompletedAt: at(10), Attempts: 2, BestCorrect: 0, BestTotal: 0, LastCorrect: 0, LastTotal: 3}},
		{"0/0 is beaten by any positive score", true, []Result{res(0, 0, 10), res(0, 3, 11), res(1, 3, 12)},
			LessonRecord{OpenedAt: at(0), CompletedAt: at(10), Attempts: 3, BestCorrect: 1, BestTotal: 3, LastCorrect: 1, LastTotal: 3}},
		{"0/0 does not beat 0/4", true, []Result{res(0, 4, 10), res(0, 0, 11)},
			LessonRecord{OpenedAt: at(0), CompletedAt: at(10), Attempts: 2, BestCorrect: 0, BestTotal: 4, LastCorrect: 0, LastTotal: 0}},
		{"perfect after perfect keeps the earlier", true, []Result{res(5, 5, 10), res(2, 2, 11)},
			LessonRecord{OpenedAt: at(0), CompletedAt: at(10), Attempts: 2, BestCorrect: 5, BestTotal: 5, LastCorrect: 2, LastTotal: 2}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := newStore(t)
			if tc.opened {
				mustNil(t, s.OpenLesson(DefaultProfile, "l1", at(0)))
			}
			var got LessonRecord
			for _, r := range tc.runs {
				var err error
				if got, err = s.CompleteLesson(DefaultProfile, r); err != nil {
					t.Fatal(err)
				}
			}
			want := tc.want
			want.LessonID = "l1"
			assertEqual(t, "returned record", got, want)
			assertEqual(t, "stored record", snapshot(t, s, DefaultProfile).Lessons["l1"], want)
			if !got.Completed() {
				t.Error("Completed() = false after CompleteLesson")
			}
		})
	}
}

// testValidation checks that bad input is refused with ErrInvalid and that
// nothing is written.
func testValidation(t *testing.T, newStore func(t *testing.T) testStore) {
	s := newStore(t)
	long := string(make([]byte, maxIDLen+1))
	okAnswer := Answer{LessonID: "l1", QuestionID: "q1"}
	okResult := Result{LessonID: "l1", Correct: 1, Total: 2, At: at(0)}
	calls := map[string]func() error{
		"Snapshot empty profile":       func() error { _, err := s.Snapshot(""); return err },
		"OpenLesson empty profile":     func() error { return s.OpenLesson("", "l1", at(0)) },
		"OpenLesson empty lesson":      func() error { return s.OpenLesson(DefaultProfile, "", at(0)) },
		"OpenLesson too long lesson":   func() error { return s.OpenLesson(DefaultProfile, long, at(0)) },
		"OpenLesson zero time":         func() error { return s.OpenLesson(DefaultProfile, "l1", time.Time{}) },
		"SavePosition empty profile":   func() error { return s.SavePosition("", Position{}) },
		"SavePosition NaN scroll":      func() error { return s.SavePosition(DefaultProfile, Position{Scroll: math.NaN()}) },
		"SavePosition scroll above 1":  func() error { return s.SavePosition(DefaultProfile, Position{Scroll: 1.5}) },
		"SavePosition negative scroll": func() error { return s.SavePosition(DefaultProfile, Position{Scroll: -0.1}) },
		"SavePosition negative quiz":   func() error { return s.SavePosition(DefaultProfile, Position{Question: -1}) },
		"SaveAnswer empty profile":     func() error { _, err := s.SaveAnswer("", okAnswer); return err },
		"SaveAnswer empty lesson": func() error {
			_, err := s.SaveAnswer(DefaultProfile, Answer{QuestionID: "q1"})
			return err
		},
		"SaveAnswer empty question": func() error {
			_, err := s.SaveAnswer(DefaultProfile, Answer{LessonID: "l1"})
			return err
		},
		"CompleteLesson empty profile": func() error { _, err := s.CompleteLesson("", okResult); return err },
	}
	for name, mod := range map[string]func(*Result){
		"empty lesson":        func(r *Result) { r.LessonID = "" },
		"negative total":      func(r *Result) { r.Total, r.Correct = -1, 0 },
		"negative correct":    func(r *Result) { r.Correct = -1 },
		"correct above total": func(r *Result) { r.Correct = 3 },
		"zero time":           func(r *Result) { r.At = time.Time{} },
	} {
		r := okResult
		mod(&r)
		calls["CompleteLesson "+name] = func() error { _, err := s.CompleteLesson(DefaultProfile, r); return err }
	}
	for name, call := range calls {
		if err := call(); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: err = %v, want ErrInvalid", name, err)
		}
	}
	assertEqual(t, "snapshot after refused writes", snapshot(t, s, DefaultProfile), newSnapshot(DefaultProfile))
}
