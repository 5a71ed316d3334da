package progress

import (
	"fmt"
	"time"
)

// Write is one thing a learner did that must be stored. Exactly one field
// is set. Store.Apply commits a list of writes in one transaction, in
// order, so the answer to a question, its card and the learner's new place
// land together or not at all, and writes that queued up while the disk was
// busy cost one commit instead of one each (group commit).
type Write struct {
	// Open records that a lesson was opened (see Opening).
	Open *Opening
	// Position stores where the learner is now.
	Position *Position
	// Answer appends a quiz answer that rates no card.
	Answer *Answer
	// Review stores one rating: the card's new state, the review log entry
	// and its answer, if any (see Review and Store.Apply).
	Review *Review
	// Complete records a finished quiz run and creates the lesson's new
	// cards (see Result).
	Complete *Result
	// Undo reverts the most recent review (see UndoReview's rules on
	// BoltStore).
	Undo bool
	// Settings stores the learner's review settings.
	Settings *Settings
	// Check records a scored module check; the first result per module is
	// final (ErrCheckTaken).
	Check *CheckResult
	// Reflection stores what the learner wrote after a lesson, replacing
	// what was there for that lesson.
	Reflection *Reflection
}

// Opening is a lesson opened at a moment. It makes the lesson the current
// position (reader, top) unless the position already points into it, and
// sets the lesson's OpenedAt the first time.
type Opening struct {
	LessonID string
	At       time.Time
}

// Effect is what one Write changed, as the store computed it: the records
// as they are now. The app folds it into the Snapshot it holds with
// Snapshot.Apply, so the store's rules live in one place and the app's
// state stays equal to a fresh load. An Effect touches O(1) records,
// whatever the size of the file.
type Effect struct {
	// Lesson is the lesson record after an Open or a Complete.
	Lesson *LessonRecord
	// Position is the new position.
	Position *Position
	// Last is a question's last answer now; ClearLast names a question
	// that has no last answer any more (an undone first answer).
	Last      *Answer
	ClearLast string
	// Answers is the change in the number of logged answers (+1, 0 or -1).
	Answers int
	// Cards are cards created or changed; Removed is a card deleted (the
	// undo of the review that created it).
	Cards   []CardRecord
	Removed string
	// Review is the review as logged (Seq set), or as removed when Undone.
	// A lesson quiz's answer to a question that has a card already logs no
	// review: Review then has Seq 0 (see SeedOnly).
	Review *Review
	Undone bool
	// Day is the day count a logged or undone review changed, as it is now.
	Day *DayUpdate
	// Settings are the new review settings.
	Settings *Settings
	// Check is the recorded module check.
	Check *CheckResult
	// Reflection is the stored reflection.
	Reflection *Reflection
}

// DayUpdate is one day's counts after a write.
type DayUpdate struct {
	Day   int64
	Count DayCount
}

// learnerState is one profile's progress as seen from inside a single
// transaction; BoltStore and MemStore each implement it over their own
// storage, and applyWrite holds the rules both follow.
type learnerState interface {
	reviewState
	checkState
	lesson(id string) (LessonRecord, error)
	putLesson(rec LessonRecord) error
	position() (Position, error)
	putPosition(pos Position) error
	putSettings(s Settings) error
	day(d int64) (DayCount, error)
	putDay(d int64, c DayCount) error
	putReflection(r Reflection) error
}

// prepareWrite validates one write before any transaction, returning it
// with store-set fields cleared and times made storable.
func prepareWrite(profile string, w Write) (Write, error) {
	set := 0
	var err error
	if w.Open != nil {
		set++
		o := *w.Open
		o.At, err = prepareOpen(profile, o.LessonID, o.At)
		w.Open = &o
	}
	if w.Position != nil && err == nil {
		set++
		var p Position
		p, err = preparePosition(profile, *w.Position)
		w.Position = &p
	}
	if w.Answer != nil && err == nil {
		set++
		var a Answer
		a, err = prepareAnswer(profile, *w.Answer)
		w.Answer = &a
	}
	if w.Review != nil && err == nil {
		set++
		var r Review
		r, err = prepareReview(profile, *w.Review)
		w.Review = &r
	}
	if w.Complete != nil && err == nil {
		set++
		var r Result
		r, err = prepareResult(profile, *w.Complete)
		w.Complete = &r
	}
	if w.Undo && err == nil {
		set++
		err = checkID("profile", profile)
	}
	if w.Settings != nil && err == nil {
		set++
		var s Settings
		s, err = prepareSettings(profile, *w.Settings)
		w.Settings = &s
	}
	if w.Check != nil && err == nil {
		set++
		var c CheckResult
		c, err = prepareCheck(profile, *w.Check)
		w.Check = &c
	}
	if w.Reflection != nil && err == nil {
		set++
		var r Reflection
		r, err = prepareReflection(profile, *w.Reflection)
		w.Reflection = &r
	}
	switch {
	case err != nil:
		return w, err
	case set != 1:
		return w, fmt.Errorf("%w: a write must do exactly one thing, this one does %d", ErrInvalid, set)
	}
	return w, nil
}

// prepareWrites validates a list of writes; the error names the write.
func prepareWrites(profile string, ws []Write) ([]Write, error) {
	if err := checkID("profile", profile); err != nil {
		return nil, err
	}
	out := make([]Write, len(ws))
	for i, w := range ws {
		var err error
		if out[i], err = prepareWrite(profile, w); err != nil {
			if len(ws) > 1 {
				err = fmt.Errorf("write %d of %d: %w", i+1, len(ws), err)
			}
			return nil, err
		}
	}
	return out, nil
}

// applyWrite carries out one prepared write and reports its effect.
func applyWrite(st learnerState, w Write) (Effect, error) {
	switch {
	case w.Open != nil:
		return applyOpen(st, *w.Open)
	case w.Position != nil:
		return Effect{Position: w.Position}, st.putPosition(*w.Position)
	case w.Answer != nil:
		a, err := st.appendAnswer(*w.Answer)
		if err != nil {
			return Effect{}, err
		}
		return Effect{Last: &a, Answers: 1}, st.putLastAnswer(a)
	case w.Review != nil:
		return applyReview(st, *w.Review)
	case w.Complete != nil:
		return applyComplete(st, *w.Complete)
	case w.Undo:
		return applyUndo(st)
	case w.Settings != nil:
		return Effect{Settings: w.Settings}, st.putSettings(*w.Settings)
	case w.Check != nil:
		c := cloneCheck(*w.Check)
		return Effect{Check: &c}, saveCheck(st, *w.Check)
	case w.Reflection != nil:
		r := cloneReflection(*w.Reflection)
		return Effect{Reflection: &r}, st.putReflection(*w.Reflection)
	}
	return Effect{}, fmt.Errorf("%w: empty write", ErrInvalid)
}

// applyWrites carries out prepared writes in order; the first failure
// stops them (the caller rolls the transaction back).
func applyWrites(st learnerState, ws []Write) ([]Effect, error) {
	effects := make([]Effect, 0, len(ws))
	for i, w := range ws {
		e, err := applyWrite(st, w)
		if err != nil {
			if len(ws) > 1 {
				err = fmt.Errorf("write %d of %d: %w", i+1, len(ws), err)
			}
			return nil, err
		}
		effects = append(effects, e)
	}
	return effects, nil
}

func applyOpen(st learnerState, o Opening) (Effect, error) {
	rec, err := st.lesson(o.LessonID)
	if err != nil {
		return Effect{}, err
	}
	rec = openedRecord(rec, o.LessonID, o.At)
	if err := st.putLesson(rec); err != nil {
		return Effect{}, err
	}
	pos, err := st.position()
	if err != nil {
		return Effect{}, err
	}
	pos = openedPosition(pos, o.LessonID, o.At)
	return Effect{Lesson: &rec, Position: &pos}, st.putPosition(pos)
}

func applyComplete(st learnerState, r Result) (Effect, error) {
	rec, err := st.lesson(r.LessonID)
	if err != nil {
		return Effect{}, err
	}
	rec = completedRecord(rec, r)
	if err := st.putLesson(rec); err != nil {
		return Effect{}, err
	}
	created, err := addNewCards(st, r.NewCards)
	return Effect{Lesson: &rec, Cards: created}, err
}

func applyReview(st learnerState, r Review) (Effect, error) {
	saved, rec, err := saveReview(st, r)
	if err != nil {
		return Effect{}, err
	}
	e := Effect{Review: &saved}
	if saved.Answer != nil {
		a := *saved.Answer
		e.Last, e.Answers = &a, 1
	}
	if saved.Seq == 0 {
		return e, nil // SeedOnly on an existing card: only the answer
	}
	e.Cards = []CardRecord{rec}
	e.Day, err = countDay(st, saved, +1)
	return e, err
}

func applyUndo(st learnerState) (Effect, error) {
	r, day, rec, last, err := undoReview(st)
	if err != nil {
		return Effect{}, err
	}
	e := Effect{Review: &r, Undone: true}
	if r.Before == nil {
		e.Removed = r.CardID
	} else {
		e.Cards = []CardRecord{rec}
	}
	if r.Answer != nil {
		e.Answers = -1
		switch {
		case last.kept:
		case last.restored != nil:
			e.Last = last.restored
		default:
			e.ClearLast = r.Answer.QuestionID
		}
	}
	c, err := st.day(day)
	if err != nil {
		return e, err
	}
	c = c.add(r, -1)
	if c.New < 0 || c.Old < 0 || c.Due < 0 || c.DuePassed < 0 {
		return e, corruptf("day %d counts fewer reviews than the log holds", day)
	}
	e.Day = &DayUpdate{Day: day, Count: c}
	return e, st.putDay(day, c)
}

// countDay adds a logged review to its day's counts.
func countDay(st learnerState, r Review, sign int) (*DayUpdate, error) {
	day := StudyDay(r.At)
	c, err := st.day(day)
	if err != nil {
		return nil, err
	}
	c = c.add(r, sign)
	return &DayUpdate{Day: day, Count: c}, st.putDay(day, c)
}
