package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"ajar/progress"
)

// snapshotLoadedMsg carries the learner's progress read at start-up.
// Sent by loadSnapshotCmd; handled by the root, which hands it to home.
type snapshotLoadedMsg struct{ snap progress.Snapshot }

// openLessonMsg asks to open a lesson in the reader; resume restores the
// saved place (reader scroll or quiz question). Sent by home and quiz
// ("next lesson"); handled by the root.
type openLessonMsg struct {
	lessonID string
	resume   bool
	pos      progress.Position // the saved place, used when resume is set
	prior    map[string]bool   // earlier results by question ID, for a resumed quiz
}

// startQuizMsg asks to start the quiz of a lesson at question index start.
// Sent by reader; handled by the root.
type startQuizMsg struct {
	lessonID string
	start    int
}

// backMsg asks to return to the home screen. Sent by reader and quiz;
// handled by the root.
type backMsg struct{}

// lessonRenderedMsg carries a lesson rendered for one width. Sent by
// renderLessonCmd; handled by reader, which drops it if id or width is stale.
type lessonRenderedMsg struct {
	lessonID string
	width    int
	text     string
	err      error
}

// savePositionMsg asks to store where the learner is. Sent by reader and
// quiz; turned into savePositionCmd by the root.
type savePositionMsg struct{ pos progress.Position }

// saveAnswerMsg asks to store one quiz answer. Sent by quiz; turned into
// saveAnswerCmd by the root.
type saveAnswerMsg struct{ answer progress.Answer }

// completeLessonMsg asks to record a finished quiz run. Sent by quiz;
// turned into completeLessonCmd by the root.
type completeLessonMsg struct{ result progress.Result }

// lessonOpenedMsg reports that the opening of a lesson was stored.
// Sent by openLessonCmd; handled by the root (pending count).
type lessonOpenedMsg struct {
	lessonID string
	at       time.Time
}

// positionSavedMsg reports a stored position. Sent by savePositionCmd;
// handled by the root, which forwards it to home.
type positionSavedMsg struct{ pos progress.Position }

// answerSavedMsg reports a stored answer. Sent by saveAnswerCmd; handled by
// the root, which forwards it to home.
type answerSavedMsg struct{ answer progress.Answer }

// lessonCompletedMsg reports a stored quiz run with the updated record and
// the flashcards it introduced. Sent by completeLessonCmd; handled by the
// root, which updates its snapshot.
type lessonCompletedMsg struct {
	record   progress.LessonRecord
	newCards []progress.CardRecord
}

// errMsg reports a failed operation. Sent by every store Cmd; handled by the
// root, which shows it in the status line and keeps the app running. For a
// failed write, retry is the write itself, kept and run again later.
type errMsg struct {
	op    string
	err   error
	write bool    // it came from the save queue, which must move on
	retry tea.Cmd // the failed write, to run again; nil if not to repeat
}

// openGlossaryMsg asks to show the course glossary. Sent by home and
// reader; handled by the root, which remembers the screen to return to.
type openGlossaryMsg struct{}

// closeGlossaryMsg asks to leave the glossary for the screen it was opened
// from. Sent by the glossary reader; handled by the root.
type closeGlossaryMsg struct{}

// startReviewMsg asks to start the daily review. Sent by home; handled by
// the root, which builds the queue from its snapshot.
type startReviewMsg struct{}

// openStatsMsg asks to show the statistics. Sent by home; handled by the
// root.
type openStatsMsg struct{}

// saveReviewMsg asks to store one rating (and its quiz answer, if any).
// Sent by quiz and review; turned into saveReviewCmd by the root.
type saveReviewMsg struct{ review progress.Review }

// reviewSavedMsg reports a stored rating as logged (Seq set; Seq 0 when a
// lesson quiz answered a question that already had a card). Sent by
// saveReviewCmd; handled by the root, which updates its snapshot.
type reviewSavedMsg struct{ review progress.Review }

// undoReviewMsg asks to revert the most recent rating. Sent by review;
// turned into undoReviewCmd by the root.
type undoReviewMsg struct{}

// reviewUndoneMsg reports the reverted rating. Sent by undoReviewCmd;
// handled by the root (snapshot) and forwarded to review.
type reviewUndoneMsg struct{ review progress.Review }

// saveSettingsMsg asks to store the learner's review settings. Sent by the
// statistics screen; turned into saveSettingsCmd by the root.
type saveSettingsMsg struct{ settings progress.Settings }

// settingsSavedMsg reports stored settings. Sent by saveSettingsCmd;
// handled by the root.
type settingsSavedMsg struct{ settings progress.Settings }

// chooseProfileMsg asks to switch to a learner. Sent by the picker;
// handled by the root, which loads that learner's progress.
type chooseProfileMsg struct{ profile progress.Profile }

// saveProfileMsg asks to store a new or edited learner; choose switches to
// it once saved. Sent by the picker; turned into saveProfileCmd by the root.
type saveProfileMsg struct {
	profile progress.Profile
	choose  bool
}

// deleteProfileMsg asks to delete a learner and all their progress. Sent by
// the picker after confirmation; turned into deleteProfileCmd by the root.
type deleteProfileMsg struct{ id string }

// profilesLoadedMsg carries the learners after a change. Sent by
// saveProfileCmd and deleteProfileCmd; handled by the root.
type profilesLoadedMsg struct {
	list   []progress.Profile
	choose string // a profile id to switch to, or ""
}

// startCheckMsg asks to start a module's check. Sent by home; handled by
// the root.
type startCheckMsg struct{ moduleID string }

// saveCheckMsg asks to record a finished check. Sent by check; turned into
// saveCheckCmd by the root.
type saveCheckMsg struct{ result progress.CheckResult }

// checkSavedMsg reports a recorded check. Sent by saveCheckCmd; handled by
// the root, which updates its snapshot.
type checkSavedMsg struct{ result progress.CheckResult }

// Error implements error, so main can report a failed final write.
func (e errMsg) Error() string { return e.op + ": " + e.err.Error() }
