package progress

import (
	"fmt"
	"math"
	"time"
)

// The review rules, like those in rules.go, are shared by BoltStore and
// MemStore. Validation is split from the update: the prepare functions run
// before any transaction, and saveReview, undoReview and addNewCards run
// inside one over a reviewState, which each store implements with its own
// storage. The decisions (what Before and PrevLast are, when the last answer
// is restored) are therefore made in one place only.

// checkTime rejects times JSON cannot encode: time.MarshalJSON refuses
// years outside 0..9999, so BoltStore would fail where MemStore succeeds.
func checkTime(what string, t time.Time) error {
	if y := t.Year(); y < 0 || y > 9999 {
		return fmt.Errorf("%w: %s year %d is outside 0..9999", ErrInvalid, what, y)
	}
	return nil
}

// prepareCard validates an FSRS state for storage and drops its monotonic
// clock readings. The store never checks the maths, only that the values
// can be stored and read back as given.
func prepareCard(c Card) (Card, error) {
	// NaN and ±Inf cannot be encoded as JSON; negative values are never
	// produced by the scheduler and would only poison later reviews.
	for _, f := range []struct {
		name string
		v    float64
	}{{"stability", c.Stability}, {"difficulty", c.Difficulty}} {
		if math.IsNaN(f.v) || math.IsInf(f.v, 0) || f.v < 0 {
			return c, fmt.Errorf("%w: card %s %v", ErrInvalid, f.name, f.v)
		}
	}
	// MarshalText is the phase's own check of what can be stored.
	if _, err := c.Phase.MarshalText(); err != nil {
		return c, err
	}
	if c.Reps < 0 || c.Lapses < 0 || c.Step < 0 {
		return c, fmt.Errorf("%w: negative count in card (reps %d, lapses %d, step %d)", ErrInvalid, c.Reps, c.Lapses, c.Step)
	}
	if err := checkTime("card due", c.Due); err != nil {
		return c, err
	}
	if err := checkTime("card last review", c.LastReview); err != nil {
		return c, err
	}
	c.Due = plainTime(c.Due)
	c.LastReview = plainTime(c.LastReview)
	return c, nil
}

// prepareCardRecord validates a card record before it is created.
func prepareCardRecord(c CardRecord) (CardRecord, error) {
	if err := checkID("card ID", c.ID); err != nil {
		return c, err
	}
	if err := checkID("lesson ID", c.LessonID); err != nil {
		return c, err
	}
	if !c.Kind.Valid() {
		return c, fmt.Errorf("%w: card kind %q", ErrInvalid, c.Kind)
	}
	if err := checkTime("card created", c.Created); err != nil {
		return c, err
	}
	var err error
	if c.Card, err = prepareCard(c.Card); err != nil {
		return c, err
	}
	c.Created = plainTime(c.Created)
	return c, nil
}

// prepareReview validates a review and clears what only the store sets:
// Seq, Before, PrevLast and the answer's Seq. The answer is copied, so the
// caller's Answer is never written to.
func prepareReview(profile string, r Review) (Review, error) {
	if err := checkID("profile", profile); err != nil {
		return r, err
	}
	if err := checkID("card ID", r.CardID); err != nil {
		return r, err
	}
	if err := checkID("lesson ID", r.LessonID); err != nil {
		return r, err
	}
	switch {
	case !r.Kind.Valid():
		return r, fmt.Errorf("%w: card kind %q", ErrInvalid, r.Kind)
	case !r.Rating.Valid():
		return r, fmt.Errorf("%w: rating %d is not 1..4", ErrInvalid, r.Rating)
	case r.At.IsZero():
		return r, fmt.Errorf("%w: zero time", ErrInvalid)
	}
	if err := checkTime("review", r.At); err != nil {
		return r, err
	}
	var err error
	if r.After, err = prepareCard(r.After); err != nil {
		return r, err
	}
	if r.Answer != nil {
		a, err := prepareAnswer(profile, *r.Answer)
		if err != nil {
			return r, err
		}
		// The answer is logged under its question and restored by undo
		// under the card's ID: they must be the same thing.
		if a.QuestionID != r.CardID || a.LessonID != r.LessonID {
			return r, fmt.Errorf("%w: answer to %s/%s in a review of %s/%s",
				ErrInvalid, a.LessonID, a.QuestionID, r.LessonID, r.CardID)
		}
		if err := checkTime("answer", a.At); err != nil {
			return r, err
		}
		r.Answer = &a
	}
	r.Seq = 0
	r.Before, r.PrevLast = nil, nil
	r.At = plainTime(r.At)
	return r, nil
}

// prepareSettings validates review settings.
func prepareSettings(profile string, s Settings) (Settings, error) {
	if err := checkID("profile", profile); err != nil {
		return s, err
	}
	switch {
	case s.NewPerDay < 0 || s.NewPerDay > maxPerDay:
		return s, fmt.Errorf("%w: %d new cards per day is not within 0..%d", ErrInvalid, s.NewPerDay, maxPerDay)
	case s.ReviewsPerDay < 1 || s.ReviewsPerDay > maxPerDay:
		// Zero reviews a day would hide every due card for good.
		return s, fmt.Errorf("%w: %d reviews per day is not within 1..%d", ErrInvalid, s.ReviewsPerDay, maxPerDay)
	}
	return s, nil
}

// reviewState is one profile's cards, answers and review log as seen from
// inside a single transaction. Getters report absence with ok = false.
// Appending assigns the next sequence number of that log; sequences only
// grow, so a Seq removed by undo is never handed out again.
type reviewState interface {
	card(id string) (c CardRecord, ok bool, err error)
	putCard(c CardRecord) error
	deleteCard(id string) error
	lastAnswer(questionID string) (a Answer, ok bool, err error)
	putLastAnswer(a Answer) error
	deleteLastAnswer(questionID string) error
	// appendAnswer stores a in the answer log with the next Seq.
	appendAnswer(a Answer) (Answer, error)
	// removeAnswer deletes one answer from the log; it is damage if the
	// log has no answer seq.
	removeAnswer(seq uint64) error
	// appendReview stores r in the review log with the next Seq, with the
	// day it counts on.
	appendReview(r Review, day int64) (Review, error)
	// lastReview returns the review with the highest Seq and its day.
	lastReview() (r Review, day int64, ok bool, err error)
	removeReview(seq uint64) error
}

// saveReview applies a prepared review (see Store.Apply): it returns the
// review as logged and the card as it is now.
func saveReview(st reviewState, r Review) (Review, CardRecord, error) {
	old, exists, err := st.card(r.CardID)
	if err != nil {
		return r, old, err
	}
	// Question and flashcard IDs share one namespace in the content, so a
	// kind mismatch means the caller confused two cards.
	if exists && old.Kind != r.Kind {
		return r, old, fmt.Errorf("%w: card %q is a %s, not a %s", ErrInvalid, r.CardID, old.Kind, r.Kind)
	}
	if exists {
		r.Before = clonePtr(&old.Card)
	}
	if r.Answer != nil {
		prev, ok, err := st.lastAnswer(r.Answer.QuestionID)
		if err != nil {
			return r, old, err
		}
		if ok {
			r.PrevLast = &prev
		}
		a, err := st.appendAnswer(*r.Answer)
		if err != nil {
			return r, old, err
		}
		if err := st.putLastAnswer(a); err != nil {
			return r, old, err
		}
		r.Answer = &a
	}
	seedOnly := r.SeedOnly
	r.SeedOnly = false // an instruction, never logged or returned
	if exists && seedOnly {
		// Nothing changes: After reports the card's state as it stays.
		r.After = old.Card
		return r, old, nil
	}
	rec := old
	if !exists {
		rec = CardRecord{ID: r.CardID, Kind: r.Kind, LessonID: r.LessonID, Created: r.At}
	}
	rec.Card = r.After
	if err := st.putCard(rec); err != nil {
		return r, rec, err
	}
	r, err = st.appendReview(r, StudyDay(r.At))
	return r, rec, err
}

// lastAfterUndo is what undoing a review did to its question's last
// answer: kept (a later answer is the last one), restored to the previous
// one, or neither (cleared).
type lastAfterUndo struct {
	kept     bool
	restored *Answer
}

// undoReview reverts the last review (see Store.Apply). It returns the
// removed review, the day it was counted on, the card as it is now (unless
// it was deleted) and what became of the last answer. Everything that can
// fail on damaged data is checked before the first write, so MemStore,
// which has no rollback, never stops halfway.
func undoReview(st reviewState) (Review, int64, CardRecord, lastAfterUndo, error) {
	var last lastAfterUndo
	r, day, ok, err := st.lastReview()
	if err != nil {
		return r, day, CardRecord{}, last, err
	}
	if !ok {
		return r, day, CardRecord{}, last, ErrNothingToUndo
	}
	rec, ok, err := st.card(r.CardID)
	switch {
	case err != nil:
		return r, day, rec, last, err
	case !ok && r.Before != nil:
		return r, day, rec, last, corruptf("card %q of review %d is missing", r.CardID, r.Seq)
	}
	if r.Answer != nil {
		// Fails, writing nothing, when the answer is not in the log.
		if err := st.removeAnswer(r.Answer.Seq); err != nil {
			return r, day, rec, last, err
		}
	}
	if err := st.removeReview(r.Seq); err != nil {
		return r, day, rec, last, err
	}
	if r.Before == nil {
		err = st.deleteCard(r.CardID)
	} else {
		rec.Card = *r.Before
		err = st.putCard(rec)
	}
	if err != nil || r.Answer == nil {
		return r, day, rec, last, err
	}
	cur, ok, err := st.lastAnswer(r.Answer.QuestionID)
	if err != nil || !ok || cur.Seq != r.Answer.Seq {
		// A later answer saved without a review (a plain Answer write, or
		// SeedOnly on an existing card) is the last answer now and stays so.
		last.kept = ok
		return r, day, rec, last, err
	}
	if r.PrevLast == nil {
		return r, day, rec, last, st.deleteLastAnswer(r.Answer.QuestionID)
	}
	last.restored = clonePtr(r.PrevLast)
	return r, day, rec, last, st.putLastAnswer(*r.PrevLast)
}

// addNewCards creates the prepared cards that do not exist yet and returns
// them.
func addNewCards(st reviewState, cards []CardRecord) ([]CardRecord, error) {
	var created []CardRecord
	for _, c := range cards {
		_, exists, err := st.card(c.ID)
		switch {
		case err != nil:
			return created, err
		case !exists:
			if err := st.putCard(c); err != nil {
				return created, err
			}
			created = append(created, c)
		}
	}
	return created, nil
}
