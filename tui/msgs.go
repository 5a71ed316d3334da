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

// lessonCompletedMsg reports a stored quiz run with the updated record.
// Sent by completeLessonCmd; handled by the root, which forwards it to home.
type lessonCompletedMsg struct{ record progress.LessonRecord }

// errMsg reports a failed operation. Sent by every store Cmd; handled by the
// root, which shows it in the status line and keeps the app running. For a
// failed write, retry is the write itself, kept and run again later.
type errMsg struct {
	op    string
	err   error
	retry tea.Cmd
}

// openGlossaryMsg asks to show the course glossary. Sent by home and
// reader; handled by the root, which remembers the screen to return to.
type openGlossaryMsg struct{}

// closeGlossaryMsg asks to leave the glossary for the screen it was opened
// from. Sent by the glossary reader; handled by the root.
type closeGlossaryMsg struct{}
