package progress

import "time"

// shorthands are the one-write methods BoltStore and MemStore share: each
// is Apply with a single Write, named for what it does, with the effect
// turned into the value callers want. Both stores embed it, so the two
// cannot drift apart.
type shorthands struct {
	// apply is the store's Apply, with errors prefixed by op.
	apply func(op, profile string, ws []Write) ([]Effect, error)
}

// one applies a single write.
func (s shorthands) one(op, profile string, w Write) (Effect, error) {
	es, err := s.apply(op, profile, []Write{w})
	if err != nil {
		return Effect{}, err
	}
	return es[0], nil
}

// OpenLesson records that a lesson was opened at the given time and makes
// it the current position (reader, top) unless the position already points
// into that lesson.
func (s shorthands) OpenLesson(profile, lessonID string, at time.Time) error {
	_, err := s.one("open lesson", profile, Write{Open: &Opening{LessonID: lessonID, At: at}})
	return err
}

// SavePosition stores where the learner is now.
func (s shorthands) SavePosition(profile string, pos Position) error {
	_, err := s.one("save position", profile, Write{Position: &pos})
	return err
}

// SaveAnswer appends one quiz answer and returns it with its Seq.
func (s shorthands) SaveAnswer(profile string, a Answer) (Answer, error) {
	e, err := s.one("save answer", profile, Write{Answer: &a})
	if err != nil {
		return Answer{}, err
	}
	return *e.Last, nil
}

// CompleteLesson records a finished quiz run and updates attempts and
// scores; r.NewCards are created if absent (see Result).
func (s shorthands) CompleteLesson(profile string, r Result) (LessonRecord, error) {
	e, err := s.one("complete lesson", profile, Write{Complete: &r})
	if err != nil {
		return LessonRecord{}, err
	}
	return *e.Lesson, nil
}

// SaveReview stores one rating in one transaction: the card's new state,
// the review log entry and, when r.Answer is set, the answer (log + last
// answer). With r.SeedOnly and an existing card only the answer is stored
// and the returned Review has Seq 0, with Before and After both the card's
// unchanged state. Returns the review as logged (Seq, Before, PrevLast and
// Answer.Seq set; SeedOnly false).
func (s shorthands) SaveReview(profile string, r Review) (Review, error) {
	e, err := s.one("save review", profile, Write{Review: &r})
	if err != nil {
		return Review{}, err
	}
	return cloneReview(*e.Review), nil
}

// UndoReview reverts the most recent review in one transaction: the log
// entry is removed, the card goes back to Before (deleted when Before is
// nil), the day count drops it, and its answer, if any, is removed from
// the answer log with the question's last answer restored to PrevLast
// (deleted when nil) - unless a later answer to that question, saved
// without a review, is the last answer now; it stays. Returns the removed
// review; wraps ErrNothingToUndo when the log is empty.
func (s shorthands) UndoReview(profile string) (Review, error) {
	e, err := s.one("undo review", profile, Write{Undo: true})
	if err != nil {
		return Review{}, err
	}
	return cloneReview(*e.Review), nil
}

// SaveSettings stores the learner's review settings.
func (s shorthands) SaveSettings(profile string, set Settings) error {
	_, err := s.one("save settings", profile, Write{Settings: &set})
	return err
}

// SaveCheck records a learner's scored check of one module. The first
// result per module is final: another wraps ErrCheckTaken. Check answers
// stay out of the practice answer log and last answers.
func (s shorthands) SaveCheck(profile string, r CheckResult) error {
	_, err := s.one("save check", profile, Write{Check: &r})
	return err
}
