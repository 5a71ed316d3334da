package plain

import (
	"errors"
	"strings"

	"ajar/lessons"
	"ajar/progress"
)

// lesson opens a lesson: it is recorded as opened, its text is read page
// by page, and its quiz follows. q leaves for the menu at any prompt.
func (s *session) lesson(l *lessons.Lesson) error {
	if err := s.apply(progress.Write{Open: &progress.Opening{LessonID: l.ID, At: s.cfg.Now()}}); err != nil {
		return err
	}
	s.blank()
	s.paraf(s.t.lesson, l.Title)
	if mod := s.cfg.Catalog.ModuleOf(l.ID); mod != nil {
		s.sayf(s.t.module, mod.Number, mod.Title)
	}
	if l.Objective != "" {
		s.paraf(s.t.objective, l.Objective)
	}
	if err := s.read(l); err != nil {
		return err
	}
	if len(l.Questions) == 0 {
		s.say(s.t.noQuiz)
		_, err := s.ask(s.t.back, accept)
		return err
	}
	return s.quiz(l)
}

// accept takes any line: a prompt that only waits for Enter.
func accept(string) string { return "" }

// read prints the lesson's text, a page of about PageLines lines at a
// time, breaking only between blocks, so a paragraph is never split.
func (s *session) read(l *lessons.Lesson) error {
	bs := blocks(lessons.SafeMarkdown(l.Body), s.cfg.Width)
	used := 0
	for _, b := range bs {
		n := strings.Count(b, "\n") + 1
		if used > 0 && used+n > s.cfg.PageLines {
			s.blank()
			in, err := s.ask(s.t.readOn, accept)
			if err != nil {
				return err
			}
			if isQuit(in) {
				return errBack
			}
			used = 0
		}
		s.blank()
		s.say(b)
		used += n + 1
	}
	if len(l.Questions) == 0 {
		return nil
	}
	s.blank()
	in, err := s.ask(s.t.readEnd, accept)
	if err != nil {
		return err
	}
	if isQuit(in) {
		return errBack
	}
	return nil
}

// quiz runs a full round of the lesson's quiz: each answer is graded,
// saved with the learner's place and explained before the next question;
// the finished run is recorded with the score, and the lesson's
// flashcards join the reviews. These are the writes the tutor's quiz
// makes, built by the same progress functions.
func (s *session) quiz(l *lessons.Lesson) error { return s.quizFrom(l, 0, 0) }

// quizFrom runs the quiz from question from on, with right answers given
// before it (a quiz resumed where the learner left it).
func (s *session) quizFrom(l *lessons.Lesson, from, right int) error {
	seed := l.ID + "#1" // the tutor's first round (tui.quizSeed): the same shuffles
	for i := from; i < len(l.Questions); i++ {
		q := &l.Questions[i]
		s.blank()
		s.sayf(s.t.question, i+1, len(l.Questions))
		a, err := s.answer(q, seed)
		if err != nil {
			// Leaving mid-quiz keeps the place, so the tutor's "Lanjutkan"
			// comes back to this question.
			if errors.Is(err, errBack) || errors.Is(err, errQuit) {
				pos := progress.Position{LessonID: l.ID, Screen: progress.ScreenQuiz, Question: i, At: s.cfg.Now()}
				if serr := s.apply(progress.Write{Position: &pos}); serr != nil {
					return serr
				}
			}
			return err
		}
		now := s.cfg.Now()
		r := s.cfg.Params.QuizAnswer(l.ID, q.ID, q.Describe(a.resp), a.right, now)
		pos := progress.Position{LessonID: l.ID, Screen: progress.ScreenQuiz, Question: i + 1, At: now}
		if err := s.apply(progress.Write{Review: &r}, progress.Write{Position: &pos}); err != nil {
			return err
		}
		if a.right {
			right++
		}
		s.feedback(a)
		if i < len(l.Questions)-1 {
			in, err := s.ask(s.t.onward, accept)
			if err != nil {
				return err
			}
			if isQuit(in) {
				return errBack
			}
		}
	}
	if err := s.finish(l, right); err != nil {
		return err
	}
	_, err := s.ask(s.t.back, accept)
	return err
}

// finish records the completed run, moves the place on to the next
// lesson, and shows the score.
func (s *session) finish(l *lessons.Lesson, right int) error {
	now := s.cfg.Now()
	var cards []string
	for _, f := range l.Flashcards {
		cards = append(cards, f.ID)
	}
	total := len(l.Questions)
	res := progress.QuizResult(l.ID, right, total, cards, now)
	pos := progress.Position{LessonID: l.ID, Screen: progress.ScreenQuiz, Question: total, At: now}
	if next := s.cfg.Catalog.Next(l.ID); next != nil {
		pos = progress.Position{LessonID: next.ID, Screen: progress.ScreenReader, At: now}
	}
	if err := s.apply(progress.Write{Complete: &res}, progress.Write{Position: &pos}); err != nil {
		return err
	}
	s.blank()
	s.say(s.t.quizResult)
	s.sayf(s.t.score, right, total, right*100/total)
	if right == total {
		s.say(s.t.allRight)
	} else {
		s.sayf(s.t.wrongLeft, total-right)
	}
	return nil
}
