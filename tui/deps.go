package tui

import (
	"time"

	"github.com/charmbracelet/lipgloss"

	"ajar/lessons"
	"ajar/progress"
)

// Deps is everything the TUI needs from outside, built once by main.
type Deps struct {
	// Catalog is the loaded course.
	Catalog *lessons.Catalog
	// Title is shown at the top of the course map.
	Title string
	// Problems are the content problems found while loading (file:line:
	// message, in the interface language), listed under the course so a
	// trainer sees why a module of theirs is missing.
	Problems []string
	// Store keeps progress; only Cmds in cmds.go call it.
	Store progress.Store
	// Profile is the learner whose progress is shown first; "" starts with
	// the picker ("Siapa yang belajar?").
	Profile string
	// Profiles are the learners stored in the progress file.
	Profiles []progress.Profile
	// Now is the clock, injected so tests are deterministic.
	Now func() time.Time
	// Lang is the interface language.
	Lang Lang
	// Markdown is the resolved glamour style.
	Markdown MarkdownStyle
	// Renderer carries the lipgloss colour profile for the interface.
	Renderer *lipgloss.Renderer
	// Params are the FSRS-6 scheduler's parameters.
	Params progress.Params
	// ASCII keeps every screen to code page 437, for old consoles (see
	// Model.forConsole); the statistics' bars and calendar go further, to
	// plain ASCII.
	ASCII bool
	// Preload, when set, returns the first learner's progress, read while
	// main parsed the course; it stands in for the first Snapshot call.
	Preload func() (progress.Snapshot, error)
	// Verify waits for the store's check of the progress file and returns
	// what it found (see progress.BoltStore.Verify); nil for a store that
	// needs none.
	Verify func() error
	// RetryDelay is the first pause before a failed write is tried again
	// (then 2×, 4×, up to 10×); zero means one second.
	RetryDelay time.Duration
	// NoRefresh stops the course map from counting again what is due as
	// time passes (see refresh.go); tests, whose clock stands still, send
	// refreshMsg themselves.
	NoRefresh bool
	// Locked is a classroom session: only this learner. No learner
	// picker, no adding, renaming or deleting learners; q quits the
	// session (closes the SSH connection), never another learner's data.
	Locked bool
	// OnLiveAnswer, when set, is called with each live answer once it is
	// committed (from a Cmd, never the UI loop).
	OnLiveAnswer func(LiveAnswer)
	// OnStatus, when set, is called when the learner's status changes
	// (lesson opened or left, lesson completed, check taken), from a Cmd.
	OnStatus func(LearnerStatus)
}
