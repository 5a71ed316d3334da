package tui

import (
	"maps"

	tea "github.com/charmbracelet/bubbletea"

	"ajar/progress"
)

// applyToSnapshot folds a saved-result message into the home screen's copy
// of the snapshot, following the store's rules, so home stays current
// without reading the store again. Maps are copied: snapshots are values.
func applyToSnapshot(s progress.Snapshot, msg tea.Msg) progress.Snapshot {
	s.Lessons = maps.Clone(s.Lessons)
	s.LastAnswers = maps.Clone(s.LastAnswers)
	if s.Lessons == nil {
		s.Lessons = map[string]progress.LessonRecord{}
	}
	if s.LastAnswers == nil {
		s.LastAnswers = map[string]progress.Answer{}
	}
	switch msg := msg.(type) {
	case lessonOpenedMsg:
		rec := s.Lessons[msg.lessonID]
		rec.LessonID = msg.lessonID
		if rec.OpenedAt.IsZero() {
			rec.OpenedAt = msg.at
		}
		s.Lessons[msg.lessonID] = rec
		if s.Position.LessonID != msg.lessonID {
			s.Position = progress.Position{LessonID: msg.lessonID, Screen: progress.ScreenReader, At: msg.at}
		}
	case positionSavedMsg:
		s.Position = msg.pos
	case answerSavedMsg:
		s.LastAnswers[msg.answer.QuestionID] = msg.answer
		s.AnswerCount++
	case lessonCompletedMsg:
		s.Lessons[msg.record.LessonID] = msg.record
	}
	return s
}
