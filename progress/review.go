package progress

import "time"

// CardKind tells quiz-question cards from flashcards.
type CardKind string

// The kinds of review card.
const (
	KindQuestion  CardKind = "question"
	KindFlashcard CardKind = "flashcard"
)

// Valid reports whether k is one of the known kinds.
func (k CardKind) Valid() bool { return k == KindQuestion || k == KindFlashcard }

// CardRecord is one review card of a learner: what it is and its FSRS state.
// ID, Kind, LessonID and Created are fixed when the card is created; only
// Card changes afterwards.
type CardRecord struct {
	ID       string    `json:"id"` // the question or flashcard id
	Kind     CardKind  `json:"kind"`
	LessonID string    `json:"lesson_id"`
	Card     Card      `json:"card"` // FSRS memory state, Due included
	Created  time.Time `json:"created"`
}

// Review is one rating of a card as logged. Seq is the store-assigned
// monotonic log key; At is wall time (data, never a key: office PCs' clocks
// jump).
type Review struct {
	Seq      uint64    `json:"seq"`
	CardID   string    `json:"card_id"`
	Kind     CardKind  `json:"kind"`
	LessonID string    `json:"lesson_id"`
	Rating   Rating    `json:"rating"`
	At       time.Time `json:"at"`
	// Due is true when the card was due at the time (a scheduled review,
	// used for retention statistics).
	Due bool `json:"due"`
	// Before is the state before the review; nil means the card did not
	// exist (this review created it). The store sets it from the stored card
	// and ignores the caller's value, so undo always restores what was there.
	Before *Card `json:"before,omitempty"`
	After  Card  `json:"after"`
	// Answer, when set, is the quiz answer that produced this rating; it is
	// stored in the answer log too, and the logged copy carries its Seq.
	Answer *Answer `json:"answer,omitempty"`
	// PrevLast is the question's previous last answer (for undo); set by
	// the store.
	PrevLast *Answer `json:"prev_last,omitempty"`
	// SeedOnly: create the card only if it does not exist yet; if it exists,
	// store just the Answer (if any) and no review. Used by lesson quizzes,
	// whose answers seed cards but don't reschedule existing ones. It is an
	// instruction, not data, so it is never logged.
	SeedOnly bool `json:"-"`
}

// Settings are a learner's review preferences.
type Settings struct {
	NewPerDay     int  `json:"new_per_day"`     // new cards introduced per day (default 20)
	ReviewsPerDay int  `json:"reviews_per_day"` // reviews per day (default 200)
	HideStreak    bool `json:"hide_streak"`
}

// maxPerDay bounds both daily limits: nobody reviews more than this in a
// day, so a larger value is a bug (or a typo in a settings screen).
const maxPerDay = 10000

// DefaultSettings returns the settings of a learner who never saved any.
func DefaultSettings() Settings {
	return Settings{NewPerDay: 20, ReviewsPerDay: 200}
}

// clonePtr returns a pointer to a copy of *p, or nil.
func clonePtr[T any](p *T) *T {
	if p == nil {
		return nil
	}
	c := *p
	return &c
}

// cloneReview copies r's pointed-to values so the copy shares nothing with
// r. MemStore uses it on the way in and out, as BoltStore's JSON does.
func cloneReview(r Review) Review {
	r.Before = clonePtr(r.Before)
	r.Answer = clonePtr(r.Answer)
	r.PrevLast = clonePtr(r.PrevLast)
	return r
}
