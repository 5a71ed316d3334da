package progress

import (
	"errors"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"
)

// Both implementations satisfy Store.
var (
	_ Store = (*BoltStore)(nil)
	_ Store = (*MemStore)(nil)
)

// testStore is Store with the one-write shorthands and log readers that
// both implementations have outside the interface; the contract suite
// uses them to state its cases briefly.
type testStore interface {
	Store
	OpenLesson(profile, lessonID string, at time.Time) error
	SavePosition(profile string, pos Position) error
	SaveAnswer(profile string, a Answer) (Answer, error)
	CompleteLesson(profile string, r Result) (LessonRecord, error)
	SaveReview(profile string, r Review) (Review, error)
	UndoReview(profile string) (Review, error)
	SaveSettings(profile string, s Settings) error
	SaveCheck(profile string, r CheckResult) error
	AnswerLog(profile string) ([]Answer, error)
	ReviewLog(profile string, fn func(Review) error) error
}

var (
	_ testStore = (*BoltStore)(nil)
	_ testStore = (*MemStore)(nil)
)

func TestMemStoreContract(t *testing.T) {
	testStoreContract(t, func(t *testing.T) testStore {
		s := NewMemStore()
		t.Cleanup(func() { closeQuietly(t, s) })
		return s
	})
}

func TestBoltStoreContract(t *testing.T) {
	testStoreContract(t, func(t *testing.T) testStore {
		return openTestBolt(t, filepath.Join(t.TempDir(), "progress.db"))
	})
}

// openTestBolt opens a BoltStore that is closed when the test ends.
func openTestBolt(t *testing.T, path string) *BoltStore {
	t.Helper()
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { closeQuietly(t, s) })
	return s
}

// closeQuietly closes s, tolerating a test that closed it already.
func closeQuietly(t *testing.T, s testStore) {
	if err := s.Close(); err != nil && !errors.Is(err, ErrClosed) {
		t.Errorf("Close: %v", err)
	}
}

// at returns a fixed UTC time, min minutes after the tests' epoch.
func at(min int) time.Time { return time.Date(2025, 3, 1, 9, min, 0, 0, time.UTC) }

func mustNil(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func snapshot(t *testing.T, s testStore, profile string) Snapshot {
	t.Helper()
	snap, err := s.Snapshot(profile)
	if err != nil {
		t.Fatalf("Snapshot(%q): %v", profile, err)
	}
	return snap
}

func saveAnswer(t *testing.T, s testStore, profile string, a Answer) Answer {
	t.Helper()
	got, err := s.SaveAnswer(profile, a)
	if err != nil {
		t.Fatalf("SaveAnswer(%q, %+v): %v", profile, a, err)
	}
	return got
}

func answerLog(t *testing.T, s testStore, profile string) []Answer {
	t.Helper()
	log, err := s.AnswerLog(profile)
	if err != nil {
		t.Fatalf("AnswerLog(%q): %v", profile, err)
	}
	return log
}

func assertEqual[T any](t *testing.T, what string, got, want T) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s:\n got %+v\nwant %+v", what, got, want)
	}
}

// testStoreContract is the one behaviour suite every Store must pass.
func testStoreContract(t *testing.T, newStore func(t *testing.T) testStore) {
	t.Run("EmptySnapshot", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		for _, profile := range []string{DefaultProfile, "nobody"} {
			snap := snapshot(t, s, profile)
			if snap.Lessons == nil || snap.LastAnswers == nil || snap.Cards == nil || snap.Days == nil {
				t.Errorf("%s: nil maps in %+v", profile, snap)
			}
			assertEqual(t, profile, snap, newSnapshot(profile))
			if log := answerLog(t, s, profile); log == nil || len(log) != 0 {
				t.Errorf("%s: AnswerLog = %#v, want empty non-nil", profile, log)
			}
		}
	})

	t.Run("OpenLessonKeepsFirstOpenedAt", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		mustNil(t, s.OpenLesson(DefaultProfile, "l1", at(0)))
		mustNil(t, s.OpenLesson(DefaultProfile, "l1", at(5)))
		mustNil(t, s.OpenLesson(DefaultProfile, "l2", at(6)))
		mustNil(t, s.OpenLesson(DefaultProfile, "l1", at(7)))
		assertEqual(t, "lessons", snapshot(t, s, DefaultProfile).Lessons, map[string]LessonRecord{
			"l1": {LessonID: "l1", OpenedAt: at(0)},
			"l2": {LessonID: "l2", OpenedAt: at(6)},
		})
	})

	t.Run("PositionResumeRule", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		inQuiz := Position{LessonID: "l1", Screen: ScreenQuiz, Scroll: 0.5, Question: 2, At: at(1)}
		steps := []struct {
			name string
			do   func() error
			want Position
		}{
			{"open new lesson starts at the top", func() error { return s.OpenLesson(DefaultProfile, "l1", at(0)) },
				Position{LessonID: "l1", Screen: ScreenReader, At: at(0)}},
			{"save replaces", func() error { return s.SavePosition(DefaultProfile, inQuiz) },
				inQuiz},
			{"reopen same lesson resumes", func() error { return s.OpenLesson(DefaultProfile, "l1", at(2)) },
				Position{LessonID: "l1", Screen: ScreenQuiz, Scroll: 0.5, Question: 2, At: at(2)}},
			{"other lesson starts at the top", func() error { return s.OpenLesson(DefaultProfile, "l2", at(3)) },
				Position{LessonID: "l2", Screen: ScreenReader, At: at(3)}},
			{"back to first lesson starts at the top", func() error { return s.OpenLesson(DefaultProfile, "l1", at(4)) },
				Position{LessonID: "l1", Screen: ScreenReader, At: at(4)}},
		}
		for _, st := range steps {
			mustNil(t, st.do())
			assertEqual(t, st.name, snapshot(t, s, DefaultProfile).Position, st.want)
		}
	})

	t.Run("SavePositionReplaces", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		mustNil(t, s.SavePosition(DefaultProfile, Position{LessonID: "l1", Screen: ScreenQuiz, Scroll: 1, Question: 3, At: at(1)}))
		next := Position{LessonID: "l2", Screen: ScreenReader, Scroll: 0.25, At: at(2)}
		mustNil(t, s.SavePosition(DefaultProfile, next))
		assertEqual(t, "position", snapshot(t, s, DefaultProfile).Position, next)
		// The zero position is allowed: it means "nowhere".
		mustNil(t, s.SavePosition(DefaultProfile, Position{}))
		assertEqual(t, "zero position", snapshot(t, s, DefaultProfile).Position, Position{})
	})

	t.Run("SaveAnswerAssignsMonotonicSeq", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		var want []Answer
		for i, q := range []string{"q1", "q2", "q1"} {
			in := Answer{Seq: 42, LessonID: "l1", QuestionID: q, Given: "B", Correct: i%2 == 0, At: at(i)}
			got := saveAnswer(t, s, DefaultProfile, in)
			in.Seq = uint64(i + 1)
			assertEqual(t, "returned answer", got, in)
			want = append(want, in)
			// Other writes in between must not disturb the sequence.
			mustNil(t, s.OpenLesson(DefaultProfile, "l1", at(i)))
		}
		assertEqual(t, "log", answerLog(t, s, DefaultProfile), want)
		if n := snapshot(t, s, DefaultProfile).AnswerCount; n != 3 {
			t.Errorf("AnswerCount = %d, want 3", n)
		}
	})

	t.Run("LastAnswerPerQuestionWins", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		saveAnswer(t, s, DefaultProfile, Answer{LessonID: "l1", QuestionID: "q1", Given: "A", At: at(0)})
		q2 := saveAnswer(t, s, DefaultProfile, Answer{LessonID: "l1", QuestionID: "q2", Given: "3.10", Correct: true, At: at(1)})
		q1 := saveAnswer(t, s, DefaultProfile, Answer{LessonID: "l1", QuestionID: "q1", Given: "B, C", Correct: true, At: at(2)})
		snap := snapshot(t, s, DefaultProfile)
		assertEqual(t, "last answers", snap.LastAnswers, map[string]Answer{"q1": q1, "q2": q2})
		if snap.AnswerCount != 3 {
			t.Errorf("AnswerCount = %d, want 3", snap.AnswerCount)
		}
	})

	t.Run("CompleteLessonScores", func(t *testing.T) { t.Parallel(); testCompleteLesson(t, newStore) })
	t.Run("Validation", func(t *testing.T) { t.Parallel(); testValidation(t, newStore) })
	t.Run("Reviews", func(t *testing.T) { t.Parallel(); testReviewContract(t, newStore) })
	t.Run("Apply", func(t *testing.T) { t.Parallel(); testApplyContract(t, newStore) })
	t.Run("Profiles", func(t *testing.T) { t.Parallel(); testProfileContract(t, newStore) })
	t.Run("Checks", func(t *testing.T) { t.Parallel(); testCheckContract(t, newStore) })
	t.Run("LiveAnswers", func(t *testing.T) { t.Parallel(); testLiveContract(t, newStore) })

	t.Run("ProfilesAreIsolated", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		for i, p := range []string{"ana", "budi"} {
			lesson := "lesson-" + p
			mustNil(t, s.OpenLesson(p, lesson, at(i)))
			a := saveAnswer(t, s, p, Answer{LessonID: lesson, QuestionID: "q-" + p, At: at(i)})
			if a.Seq != 1 {
				t.Errorf("%s: first Seq = %d, want 1 (sequences are per profile)", p, a.Seq)
			}
			if _, err := s.CompleteLesson(p, Result{LessonID: lesson, Correct: i, Total: 2, At: at(i)}); err != nil {
				t.Fatal(err)
			}
		}
		for i, p := range []string{"ana", "budi"} {
			lesson := "lesson-" + p
			snap := snapshot(t, s, p)
			if len(snap.Lessons) != 1 || snap.Lessons[lesson].BestCorrect != i {
				t.Errorf("%s: lessons = %+v", p, snap.Lessons)
			}
			if _, ok := snap.LastAnswers["q-"+p]; !ok || len(snap.LastAnswers) != 1 || snap.AnswerCount != 1 {
				t.Errorf("%s: answers = %+v (count %d)", p, snap.LastAnswers, snap.AnswerCount)
			}
			if snap.Position.LessonID != lesson {
				t.Errorf("%s: position = %+v", p, snap.Position)
			}
		}
		assertEqual(t, "default profile", snapshot(t, s, DefaultProfile), newSnapshot(DefaultProfile))
	})

	t.Run("CopiesDoNotAlias", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		mustNil(t, s.OpenLesson(DefaultProfile, "l1", at(0)))
		saveAnswer(t, s, DefaultProfile, Answer{LessonID: "l1", QuestionID: "q1", At: at(0)})
		before := snapshot(t, s, DefaultProfile)
		mutated := snapshot(t, s, DefaultProfile)
		mutated.Lessons["l1"] = LessonRecord{LessonID: "changed"}
		mutated.Lessons["l9"] = LessonRecord{}
		delete(mutated.LastAnswers, "q1")
		log := answerLog(t, s, DefaultProfile)
		log[0].Given = "changed"
		assertEqual(t, "snapshot after mutating a copy", snapshot(t, s, DefaultProfile), before)
		if got := answerLog(t, s, DefaultProfile)[0].Given; got != "" {
			t.Errorf("log changed through a copy: Given = %q", got)
		}
	})

	t.Run("TimesKeepTheirInstant", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		wib := time.FixedZone("WIB", 7*60*60)
		when := time.Date(2025, 3, 1, 16, 30, 0, 123456789, wib)
		mustNil(t, s.OpenLesson(DefaultProfile, "l1", when))
		a := saveAnswer(t, s, DefaultProfile, Answer{LessonID: "l1", QuestionID: "q1", At: when})
		snap := snapshot(t, s, DefaultProfile)
		for name, got := range map[string]time.Time{
			"OpenedAt": snap.Lessons["l1"].OpenedAt, "Position.At": snap.Position.At,
			"returned answer": a.At, "stored answer": snap.LastAnswers["q1"].At,
		} {
			if !got.Equal(when) {
				t.Errorf("%s = %v, want %v", name, got, when)
			}
		}
	})

	t.Run("ClosedStoreReturnsErrClosed", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		mustNil(t, s.Close())
		calls := map[string]func() error{
			"Snapshot":     func() error { _, err := s.Snapshot(DefaultProfile); return err },
			"OpenLesson":   func() error { return s.OpenLesson(DefaultProfile, "l1", at(0)) },
			"SavePosition": func() error { return s.SavePosition(DefaultProfile, Position{}) },
			"SaveAnswer": func() error {
				_, err := s.SaveAnswer(DefaultProfile, Answer{LessonID: "l", QuestionID: "q"})
				return err
			},
			"CompleteLesson": func() error { _, err := s.CompleteLesson(DefaultProfile, Result{LessonID: "l", At: at(0)}); return err },
			"AnswerLog":      func() error { _, err := s.AnswerLog(DefaultProfile); return err },
			"ReviewLog":      func() error { return s.ReviewLog(DefaultProfile, func(Review) error { return nil }) },
			"Apply":          func() error { _, err := s.Apply(DefaultProfile, Write{Undo: true}); return err },
			"SaveReview": func() error {
				_, err := s.SaveReview(DefaultProfile, flashReview("f1", Good, Card{}, 0))
				return err
			},
			"UndoReview":    func() error { _, err := s.UndoReview(DefaultProfile); return err },
			"SaveSettings":  func() error { return s.SaveSettings(DefaultProfile, DefaultSettings()) },
			"Profiles":      func() error { _, err := s.Profiles(); return err },
			"SaveProfile":   func() error { return s.SaveProfile(Profile{ID: "ani", Name: "Ani", Created: at(0)}) },
			"DeleteProfile": func() error { return s.DeleteProfile(DefaultProfile) },
			"SaveCheck":     func() error { return s.SaveCheck(DefaultProfile, checkOf("m1", 1, 1, 0)) },
			"Close":         s.Close,
		}
		for name, call := range calls {
			if err := call(); !errors.Is(err, ErrClosed) {
				t.Errorf("%s after Close: %v, want ErrClosed", name, err)
			}
		}
	})

	t.Run("ConcurrentSaveAnswer", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		const workers, each = 8, 20
		seqs := make(chan uint64, workers*each)
		var wg sync.WaitGroup
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range each {
					a, err := s.SaveAnswer(DefaultProfile, Answer{LessonID: "l1", QuestionID: string(rune('a' + w)), At: at(i)})
					if err != nil {
						t.Error(err)
						return
					}
					seqs <- a.Seq
				}
			}()
		}
		wg.Wait()
		close(seqs)
		seen := uniqueSeqs(t, seqs, workers*each)
		snap := snapshot(t, s, DefaultProfile)
		if len(seen) != workers*each || snap.AnswerCount != workers*each || len(snap.LastAnswers) != workers {
			t.Errorf("got %d seqs, AnswerCount %d, %d last answers", len(seen), snap.AnswerCount, len(snap.LastAnswers))
		}
		for i, a := range answerLog(t, s, DefaultProfile) {
			if a.Seq != uint64(i+1) {
				t.Fatalf("log[%d].Seq = %d: log is not in Seq order", i, a.Seq)
			}
		}
	})

	t.Run("CloseWhileWriting", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		const workers = 8
		started := make(chan struct{}, workers)
		var wg sync.WaitGroup
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; ; i++ {
					_, err := s.SaveAnswer(DefaultProfile, Answer{LessonID: "l1", QuestionID: "q", At: at(w)})
					if errors.Is(err, ErrClosed) {
						return
					}
					if err != nil {
						t.Errorf("SaveAnswer while closing: %v", err)
						return
					}
					if i == 0 {
						started <- struct{}{}
					}
				}
			}()
		}
		done := make(chan struct{})
		go func() { wg.Wait(); close(done) }()
		select {
		case <-started: // close while at least one writer is running
		case <-done: // every writer failed already; t.Errorf said why
		}
		mustNil(t, s.Close())
		<-done
	})
}

// uniqueSeqs drains seqs and fails the test when a sequence number repeats
// or falls outside 1..n, as concurrent saves must never allow.
func uniqueSeqs(t *testing.T, seqs <-chan uint64, n int) map[uint64]bool {
	t.Helper()
	seen := map[uint64]bool{}
	for seq := range seqs {
		if seen[seq] || seq < 1 || seq > uint64(n) {
			t.Errorf("Seq %d duplicated or out of 1..%d", seq, n)
		}
		seen[seq] = true
	}
	return seen
}
