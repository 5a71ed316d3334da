package progress

import (
	"fmt"
	"math"
	"math/bits"
	"time"
)

// The rules in this file are shared by BoltStore and MemStore so that both
// implementations validate and update records in exactly the same way; the
// stores only differ in where the results are kept.

// maxIDLen bounds profile, lesson and question IDs. bbolt refuses keys over
// 32 KiB; a much smaller shared limit keeps MemStore from accepting IDs that
// BoltStore would reject.
const maxIDLen = 1024

// opError prefixes err with the package and the operation name.
func opError(op string, err error) error {
	return fmt.Errorf("progress: %s: %w", op, err)
}

// checkID rejects IDs that cannot be keys.
func checkID(kind, id string) error {
	switch {
	case id == "":
		return fmt.Errorf("%w: empty %s", ErrInvalid, kind)
	case len(id) > maxIDLen:
		return fmt.Errorf("%w: %s is longer than %d bytes", ErrInvalid, kind, maxIDLen)
	}
	return nil
}

// checkLive validates an answer's live session: none, or a name no
// longer than an id.
func checkLive(session string) error {
	if session == "" {
		return nil
	}
	return checkID("live session", session)
}

// plainTime drops the monotonic clock reading, which JSON cannot store, so
// MemStore hands back the same values BoltStore does.
func plainTime(t time.Time) time.Time { return t.Round(0) }

// prepareOpen validates OpenLesson's arguments.
func prepareOpen(profile, lessonID string, at time.Time) (time.Time, error) {
	if err := checkID("profile", profile); err != nil {
		return at, err
	}
	if err := checkID("lesson ID", lessonID); err != nil {
		return at, err
	}
	// A zero time would make the "first time only" rules fire again later.
	if at.IsZero() {
		return at, fmt.Errorf("%w: zero time", ErrInvalid)
	}
	return plainTime(at), nil
}

// preparePosition validates a position before it replaces the stored one.
// An empty LessonID is allowed: the zero Position means "nowhere yet".
func preparePosition(profile string, pos Position) (Position, error) {
	if err := checkID("profile", profile); err != nil {
		return pos, err
	}
	// NaN and ±Inf cannot be encoded as JSON; out-of-range fractions would
	// scroll the reader past its content on resume.
	if math.IsNaN(pos.Scroll) || pos.Scroll < 0 || pos.Scroll > 1 {
		return pos, fmt.Errorf("%w: scroll %v is not within 0..1", ErrInvalid, pos.Scroll)
	}
	if pos.Question < 0 {
		return pos, fmt.Errorf("%w: negative question index %d", ErrInvalid, pos.Question)
	}
	pos.At = plainTime(pos.At)
	return pos, nil
}

// prepareAnswer validates an answer and clears any caller-set Seq, which
// only the store assigns.
func prepareAnswer(profile string, a Answer) (Answer, error) {
	if err := checkID("profile", profile); err != nil {
		return a, err
	}
	if err := checkID("lesson ID", a.LessonID); err != nil {
		return a, err
	}
	if err := checkID("question ID", a.QuestionID); err != nil {
		return a, err
	}
	if err := checkLive(a.Live); err != nil {
		return a, err
	}
	a.Seq = 0
	a.At = plainTime(a.At)
	return a, nil
}

// prepareResult validates a finished quiz run.
func prepareResult(profile string, r Result) (Result, error) {
	if err := checkID("profile", profile); err != nil {
		return r, err
	}
	if err := checkID("lesson ID", r.LessonID); err != nil {
		return r, err
	}
	switch {
	case r.Total < 0:
		return r, fmt.Errorf("%w: negative total %d", ErrInvalid, r.Total)
	case r.Correct < 0:
		return r, fmt.Errorf("%w: negative correct count %d", ErrInvalid, r.Correct)
	case r.Correct > r.Total:
		return r, fmt.Errorf("%w: %d correct out of %d", ErrInvalid, r.Correct, r.Total)
	case r.At.IsZero():
		// CompletedAt must be set, or Completed() would deny a counted attempt.
		return r, fmt.Errorf("%w: zero time", ErrInvalid)
	}
	r.At = plainTime(r.At)
	if len(r.NewCards) == 0 {
		r.NewCards = nil
		return r, nil
	}
	// A copy, so defaulting Created does not write into the caller's slice
	// and MemStore keeps nothing the caller can still change.
	cards := make([]CardRecord, len(r.NewCards))
	for i, c := range r.NewCards {
		if c.Created.IsZero() {
			c.Created = r.At
		}
		var err error
		if cards[i], err = prepareCardRecord(c); err != nil {
			return r, fmt.Errorf("new card %d: %w", i, err)
		}
	}
	r.NewCards = cards
	return r, nil
}

// openedRecord applies OpenLesson to a lesson record: OpenedAt is set only
// the first time.
func openedRecord(rec LessonRecord, lessonID string, at time.Time) LessonRecord {
	rec.LessonID = lessonID
	if rec.OpenedAt.IsZero() {
		rec.OpenedAt = at
	}
	return rec
}

// openedPosition applies OpenLesson to the position: opening another lesson
// starts at the top of its reader; reopening the current lesson resumes
// where the learner was and only refreshes the time.
func openedPosition(pos Position, lessonID string, at time.Time) Position {
	if pos.LessonID != lessonID {
		return Position{LessonID: lessonID, Screen: ScreenReader, At: at}
	}
	pos.At = at
	return pos
}

// completedRecord applies CompleteLesson to a lesson record.
func completedRecord(rec LessonRecord, r Result) LessonRecord {
	rec.LessonID = r.LessonID
	if rec.OpenedAt.IsZero() {
		rec.OpenedAt = r.At
	}
	if rec.CompletedAt.IsZero() {
		rec.CompletedAt = r.At
	}
	// The first run is the best so far whatever its score; later runs must
	// beat it strictly, so a tie keeps the earlier run.
	if rec.Attempts == 0 || betterScore(r.Correct, r.Total, rec.BestCorrect, rec.BestTotal) {
		rec.BestCorrect, rec.BestTotal = r.Correct, r.Total
	}
	rec.Attempts++
	rec.LastCorrect, rec.LastTotal = r.Correct, r.Total
	return rec
}

// betterScore reports whether c1/t1 > c2/t2, where 0/0 counts as 0. It
// compares cross products in 128 bits, so it is exact for any non-negative
// ints (validation guarantees non-negative values).
func betterScore(c1, t1, c2, t2 int) bool {
	if t1 == 0 {
		return false // 0 is never higher than a non-negative fraction
	}
	if t2 == 0 {
		return c1 > 0
	}
	hi1, lo1 := bits.Mul64(uint64(c1), uint64(t2))
	hi2, lo2 := bits.Mul64(uint64(c2), uint64(t1))
	return hi1 > hi2 || (hi1 == hi2 && lo1 > lo2)
}

// newSnapshot returns an empty snapshot with non-nil maps and slices and
// the default settings.
func newSnapshot(profile string) Snapshot {
	return Snapshot{
		Profile:     profile,
		Lessons:     map[string]LessonRecord{},
		LastAnswers: map[string]Answer{},
		Cards:       map[string]CardRecord{},
		Days:        Days{},
		Settings:    DefaultSettings(),
		Checks:      map[string]CheckResult{},
		Reflections: map[string]Reflection{},
	}
}
