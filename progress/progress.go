// Package progress keeps each learner's progress: which lessons were opened
// and completed, where the learner stopped, every quiz answer, the review
// cards with their log of ratings, review settings and check-mode results.
// One store holds several learners (profiles), since staff share a PC;
// each learner, and each file, has an id unique across every PC, so
// reports from many PCs never mix people (learnerid.go, fileinfo.go).
//
// Progress lives behind the narrow Store interface with two implementations,
// a bbolt file (BoltStore) and an in-memory map (MemStore), which share one
// contract test suite. IDs of lessons and questions are plain strings: this
// package never imports the content model (lessons), the interface (tui)
// or the embedded course (content), and no module but bbolt (.ci/imports),
// so the rules that keep a learner's progress stand on their own.
package progress

import (
	"errors"
	"time"
)

// DefaultProfile names the file's first learner: the one a new file
// starts with, before anyone is named. It is not an id (every learner has
// a unique id, see NewProfileID): every method resolves it to the first
// learner's id, as it resolves the ids learners had before unique ids.
const DefaultProfile = "default"

// Sentinel errors returned by stores.
var (
	// ErrLocked means another ajar process holds the progress file.
	ErrLocked = errors.New("progress file is locked by another process")
	// ErrCorrupt means the progress file is damaged or not an ajar file.
	ErrCorrupt = errors.New("progress file is damaged")
	// ErrNewerSchema means the file was written by a newer ajar.
	ErrNewerSchema = errors.New("progress file was written by a newer ajar")
	// ErrOlderSchema means a read-only open found a file of an older ajar,
	// which only a read-write open upgrades.
	ErrOlderSchema = errors.New("progress file was written by an older ajar")
	// ErrNotAFile is returned when the progress file's path names a folder
	// (or a device): a wrong --db, not a damaged file, so nothing is
	// offered to restore or set aside.
	ErrNotAFile = errors.New("progress file path is not a regular file")
	// ErrClosed means the store was used after Close.
	ErrClosed = errors.New("progress store is closed")
	// ErrInvalid means a caller passed data a store refuses to save, such as
	// an empty ID or a score with more correct answers than questions. It is
	// a programming error, not a problem with the file.
	ErrInvalid = errors.New("invalid progress data")
	// ErrNothingToUndo means UndoReview found no review in the log.
	ErrNothingToUndo = errors.New("no review to undo")
	// ErrNotFound means the named record, such as a profile to delete,
	// does not exist.
	ErrNotFound = errors.New("not found")
	// ErrCheckTaken means SaveCheck found a result for that module already:
	// a check is scored once, and the first result is final.
	ErrCheckTaken = errors.New("check already taken")
)

// Screen names the place inside a lesson where a learner can stop.
type Screen string

// The screens a position can point at.
const (
	ScreenReader Screen = "reader"
	ScreenQuiz   Screen = "quiz"
)

// Position is where the learner last was, so "Lanjutkan" can return there.
type Position struct {
	LessonID string `json:"lesson_id"`
	Screen   Screen `json:"screen"`
	// Scroll is the reader's scroll fraction, 0..1, independent of width.
	Scroll float64 `json:"scroll"`
	// Question is the 0-based index of the current quiz question.
	Question int       `json:"question"`
	At       time.Time `json:"at"`
}

// LessonRecord is what is known about one lesson for one learner.
type LessonRecord struct {
	LessonID    string    `json:"lesson_id"`
	OpenedAt    time.Time `json:"opened_at"`              // first opening
	CompletedAt time.Time `json:"completed_at,omitempty"` // first completed quiz; zero if never
	// Attempts counts completed quiz runs.
	Attempts int `json:"attempts"`
	// BestCorrect/BestTotal is the best completed quiz score.
	BestCorrect int `json:"best_correct"`
	BestTotal   int `json:"best_total"`
	// LastCorrect/LastTotal is the most recent completed quiz score.
	LastCorrect int `json:"last_correct"`
	LastTotal   int `json:"last_total"`
}

// Completed reports whether the learner finished the lesson's quiz once.
func (r LessonRecord) Completed() bool { return !r.CompletedAt.IsZero() }

// LessonStatus is how far a learner got in a lesson. The course map marks
// it and a report lists it; both take it from LessonRecord.Status, so they
// cannot disagree about a lesson. The values are the words a report
// writes.
type LessonStatus string

// A lesson's statuses, from the least to the most progress.
const (
	LessonNew       LessonStatus = "new"       // never opened
	LessonOpened    LessonStatus = "opened"    // opened, its quiz never completed
	LessonCompleted LessonStatus = "completed" // its quiz completed at least once
)

// Status is the lesson's status. Completing sets OpenedAt too, but a
// record without it (written by hand) is still completed, as the course
// map and the report have always counted it.
func (r LessonRecord) Status() LessonStatus {
	switch {
	case r.Completed():
		return LessonCompleted
	case !r.OpenedAt.IsZero():
		return LessonOpened
	}
	return LessonNew
}

// Answer is one quiz answer as given by the learner.
type Answer struct {
	// Seq is the store-assigned, monotonic sequence number (0 before saving).
	Seq        uint64 `json:"seq"`
	LessonID   string `json:"lesson_id"`
	QuestionID string `json:"question_id"`
	// Given is a readable rendering of the answer, e.g. "B, C" or "3.10".
	Given   string    `json:"given"`
	Correct bool      `json:"correct"`
	At      time.Time `json:"at"`
	// Live names the live session of a class (ajar serve) the answer was
	// given in, "" for self-study; reports group live answers by it.
	Live string `json:"live_session,omitempty"`
}

// Result is a completed quiz run of one lesson.
type Result struct {
	LessonID string    `json:"lesson_id"`
	Correct  int       `json:"correct"`
	Total    int       `json:"total"`
	At       time.Time `json:"at"`
	// NewCards are the lesson's flashcards, created in the same transaction
	// if absent; existing cards are left untouched, and of two cards with
	// one ID the first wins. A zero Created becomes At.
	NewCards []CardRecord `json:"new_cards,omitempty"`
}

// Snapshot is everything the app needs of one learner. Reading it costs
// the same whatever the length of the review log: the log is never read,
// its day counts (Days) are kept up to date as reviews are saved.
type Snapshot struct {
	// Profile is the profile argument Snapshot was called with: an id, an
	// alias or DefaultProfile.
	Profile string
	Lessons map[string]LessonRecord
	// LastAnswers is the most recent answer per question ID.
	LastAnswers map[string]Answer
	// AnswerCount is the number of answers in the answer log: every answer
	// saved, less those removed by an undo.
	AnswerCount int
	// Position is the last place; zero if the learner never opened a lesson.
	Position Position
	// Cards are the learner's review cards by card ID.
	Cards map[string]CardRecord
	// Days are the review log's counts per local day (see DayCount).
	Days Days
	// Settings are the review settings, DefaultSettings() if never saved.
	Settings Settings
	// Checks are the learner's check-mode results by module ID.
	Checks map[string]CheckResult
	// Reflections are what the learner wrote after lessons, by lesson ID.
	Reflections map[string]Reflection
}

// Store persists progress. Every method is one transaction: it either
// happens completely or not at all. Implementations are safe for concurrent
// use. A profile argument is a learner's unique id, an alias (the id they
// had before unique ids) or DefaultProfile; see ResolveProfile. BoltStore and MemStore also offer one-write shorthands (OpenLesson,
// SaveReview, ...) and read the full logs (AnswerLog, ReviewLog), which
// only reports and tests need.
type Store interface {
	// Snapshot reads one profile's progress (see Snapshot).
	Snapshot(profile string) (Snapshot, error)
	// Apply commits the writes in one transaction, in order, and returns
	// the effect of each. If one fails, none is stored; the error names
	// the failing write when there are several. See Write for each kind.
	Apply(profile string, ws ...Write) ([]Effect, error)
	// Profiles lists every learner sorted by Name, case-insensitively. The
	// first learner, never named but with progress, is listed with their
	// id and DefaultProfile as the name (see Profile.Unnamed).
	Profiles() ([]Profile, error)
	// SaveProfile creates a learner (new ID, which must be a unique id from
	// NewProfileID) or edits one (existing ID or alias); see Profile for
	// the rules. Names are unique, ignoring case and spacing.
	SaveProfile(p Profile) error
	// DeleteProfile removes a learner, all their progress and their
	// alias; an unknown ID wraps ErrNotFound. Deleting the first learner
	// makes DefaultProfile name a new, empty one.
	DeleteProfile(id string) error
	// ResolveProfile returns the unique id of the learner ref names: an
	// alias gives the id it stands for, DefaultProfile the first learner's
	// id; anything else is returned as it is. The app holds the resolved
	// id, so it can compare it with the ids Profiles lists.
	ResolveProfile(ref string) (string, error)
	// File returns the identity of the progress file (see FileInfo).
	File() (FileInfo, error)
	// Close releases the store; later calls return ErrClosed.
	Close() error
}
