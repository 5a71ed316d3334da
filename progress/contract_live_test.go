package progress

import (
	"errors"
	"strings"
	"testing"
)

// testLiveContract: an answer given in a class's live session keeps its
// session everywhere an answer is kept (the log, the last answers, the
// review log), a later self-study answer does not inherit it, and undoing
// that answer gives the live one back, session and all.
func testLiveContract(t *testing.T, newStore func(t *testing.T) testStore) {
	const session = "2026-12-05T09:00"
	s := newStore(t)
	live := DefaultParams().QuizAnswer("l1", "q1", "B", true, at(1))
	live.Answer.Live = session
	if _, err := s.Apply(DefaultProfile, Write{Review: &live}); err != nil {
		t.Fatal(err)
	}
	if got := snapshot(t, s, DefaultProfile).LastAnswers["q1"].Live; got != session {
		t.Errorf("last answer's session = %q, want %q", got, session)
	}
	if log := answerLog(t, s, DefaultProfile); len(log) != 1 || log[0].Live != session {
		t.Errorf("answer log = %+v, want one answer of session %q", log, session)
	}
	if rs := reviewsOf(t, s, DefaultProfile); len(rs) != 1 || rs[0].Answer == nil || rs[0].Answer.Live != session {
		t.Errorf("review log = %+v, want the live answer", rs)
	}

	saveReviewOf(t, s, DefaultProfile, quizReview("q1", Again, testCard(1, 5), 5, "C"))
	if got := snapshot(t, s, DefaultProfile).LastAnswers["q1"]; got.Live != "" || got.Given != "C" {
		t.Errorf("a self-study answer after the live one = %+v, want no session", got)
	}
	if rs := reviewsOf(t, s, DefaultProfile); len(rs) != 2 || rs[1].PrevLast == nil || rs[1].PrevLast.Live != session {
		t.Errorf("the later review's previous answer = %+v, want the live one", rs[len(rs)-1].PrevLast)
	}
	if _, err := s.UndoReview(DefaultProfile); err != nil {
		t.Fatal(err)
	}
	if got := snapshot(t, s, DefaultProfile).LastAnswers["q1"]; got.Live != session || got.Given != "B" {
		t.Errorf("after undo the last answer = %+v, want the live one back", got)
	}

	long := DefaultParams().QuizAnswer("l1", "q2", "A", false, at(6))
	long.Answer.Live = strings.Repeat("x", maxIDLen+1)
	if _, err := s.Apply(DefaultProfile, Write{Review: &long}); !errors.Is(err, ErrInvalid) {
		t.Errorf("a session name longer than an id = %v, want ErrInvalid", err)
	}
}
