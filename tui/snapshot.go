package tui

import (
	"maps"
	"slices"

	tea "github.com/charmbracelet/bubbletea"

	"ajar/progress"
)

// applyToSnapshot folds a saved-result message into the root's copy of the
// snapshot, following the store's rules, so screens stay current without
// reading the store again. Maps and slices are copied: snapshots are values
// that screens may hold.
func applyToSnapshot(s progress.Snapshot, msg tea.Msg) progress.Snapshot {
	s.Lessons = cloneMap(s.Lessons)
	s.LastAnswers = cloneMap(s.LastAnswers)
	s.Cards = cloneMap(s.Cards)
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
		for _, c := range msg.newCards {
			if _, ok := s.Cards[c.ID]; !ok {
				s.Cards[c.ID] = c
			}
		}
	case reviewSavedMsg:
		s = applyReview(s, msg.review)
	case reviewUndoneMsg:
		s = undoReview(s, msg.review)
	case settingsSavedMsg:
		s.Settings = msg.settings
	case checkSavedMsg:
		s.Checks = cloneMap(s.Checks)
		s.Checks[msg.result.ModuleID] = msg.result
	}
	return s
}

// applyReview adds a logged rating: the card's new state, the log entry and
// the answer. Seq 0 means only the answer was stored.
func applyReview(s progress.Snapshot, r progress.Review) progress.Snapshot {
	if r.Answer != nil {
		s.LastAnswers[r.Answer.QuestionID] = *r.Answer
		s.AnswerCount++
	}
	if r.Seq == 0 {
		return s
	}
	c, ok := s.Cards[r.CardID]
	if !ok {
		c = progress.CardRecord{ID: r.CardID, Kind: r.Kind, LessonID: r.LessonID, Created: r.At}
	}
	c.Card = r.After
	s.Cards[r.CardID] = c
	s.Reviews = append(slices.Clip(s.Reviews), r)
	return s
}

// undoReview reverts a logged rating the way the store did.
func undoReview(s progress.Snapshot, r progress.Review) progress.Snapshot {
	if i := slices.IndexFunc(s.Reviews, func(x progress.Review) bool { return x.Seq == r.Seq }); i >= 0 {
		s.Reviews = slices.Delete(slices.Clone(s.Reviews), i, i+1)
	}
	if r.Before == nil {
		delete(s.Cards, r.CardID)
	} else if c, ok := s.Cards[r.CardID]; ok {
		c.Card = *r.Before
		s.Cards[r.CardID] = c
	}
	if r.Answer != nil {
		s.AnswerCount--
		if r.PrevLast != nil {
			s.LastAnswers[r.Answer.QuestionID] = *r.PrevLast
		} else {
			delete(s.LastAnswers, r.Answer.QuestionID)
		}
	}
	return s
}

// cloneMap copies a map, making a nil one empty.
func cloneMap[K comparable, V any](m map[K]V) map[K]V {
	if m == nil {
		return map[K]V{}
	}
	return maps.Clone(m)
}
