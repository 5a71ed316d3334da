package tui

import (
	"ajar/progress"
)

// snapshotLoadedMsg carries the learner's progress read at start-up.
// Sent by loadSnapshotMsg.apply; a saveResult that hands it to the screens.
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

// errMsg reports a failed read or profile change. Sent by the store Cmds
// other than applyCmd (whose failures are saveFailedMsg); handled by the
// root, which shows it in the status line and keeps the app running.
type errMsg struct {
	op  string
	err error
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

// chooseProfileMsg asks to switch to a learner. Sent by the picker;
// handled by the root, which loads that learner's progress.
type chooseProfileMsg struct{ profile progress.Profile }

// saveProfileMsg asks to store a new or edited learner; choose switches to
// it once saved. Sent by the picker; a saveRequest the root queues.
type saveProfileMsg struct {
	profile progress.Profile
	choose  bool
}

// deleteProfileMsg asks to delete a learner and all their progress. Sent by
// the picker after confirmation; a saveRequest the root queues.
type deleteProfileMsg struct{ id string }

// profilesLoadedMsg carries the learners after a change. Sent by
// saveProfileMsg and deleteProfileMsg; a saveResult.
type profilesLoadedMsg struct {
	list   []progress.Profile
	choose string // a profile id to switch to, or ""
}

// verifiedMsg carries the result of the progress file's integrity check,
// which runs while the course map appears. Sent by the Cmd of Init;
// a saveResult, which says so at once if the file is damaged.
type verifiedMsg struct{ err error }

// startCheckMsg asks to start a module's check. Sent by home; handled by
// the root.
type startCheckMsg struct{ moduleID string }

// openCheckResultMsg asks to show a module's recorded check result. Sent
// by home; handled by the root.
type openCheckResultMsg struct{ moduleID string }

// Error implements error, so main can report a failed final write.
func (e errMsg) Error() string { return e.op + ": " + e.err.Error() }

// openReflectMsg asks to show the reflection screen for a lesson. Sent by
// quiz (t on its result screen); handled by the root.
type openReflectMsg struct{ lessonID string }

// quizFinishedMsg reports that a full run of a lesson's quiz ended on its
// result screen. Sent by quiz; handled by the root, which opens the
// reflection screen when the lesson asks for one not yet written.
type quizFinishedMsg struct{ lessonID string }

// closeReflectMsg asks to leave the reflection screen for the one that
// opened it, usually the quiz's result. Sent by reflect; handled by the root.
type closeReflectMsg struct{}
