package plain

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"ajar/lessons"
	"ajar/progress"
)

// menu shows the course map and runs what the learner picks, until q or
// the end of the input.
func (s *session) menu() error {
	for {
		all := s.showMenu()
		resume, from, canResume := s.resumable()
		prompt := s.t.menuPrompt
		if canResume {
			prompt = s.t.menuPromptResume
		}
		in, err := s.ask(prompt, func(in string) string {
			if isReviewKey(in) || canResume && isResumeKey(in) {
				return ""
			}
			if _, ok := number(in, len(all)); !ok {
				return fmt.Sprintf(s.t.badChoice, in)
			}
			return ""
		})
		if err != nil {
			return err
		}
		switch {
		case isQuit(in):
			return errQuit
		case isReviewKey(in):
			err = s.review()
		case canResume && isResumeKey(in):
			err = s.resume(resume, from)
		default:
			n, _ := number(in, len(all))
			err = s.lesson(all[n-1])
		}
		if err != nil && !errors.Is(err, errBack) {
			return err
		}
	}
}

// isResumeKey reports whether in continues where the learner stopped: l
// (lanjutkan) or c (continue), in either language.
func isResumeKey(in string) bool { return strings.EqualFold(in, "l") || strings.EqualFold(in, "c") }

// resumable is the lesson the learner stopped in and, when they stopped
// in its quiz, the question to go on from: the place every answer saves,
// the same the tutor's "Lanjutkan" opens.
func (s *session) resumable() (l *lessons.Lesson, from int, ok bool) {
	pos := s.learner.Position
	if l = s.cfg.Catalog.Lesson(pos.LessonID); l == nil {
		return nil, 0, false
	}
	if pos.Screen == progress.ScreenQuiz && pos.Question > 0 && pos.Question < len(l.Questions) {
		from = pos.Question
	}
	return l, from, true
}

// resume goes on where the learner stopped: at the question of the quiz
// they left, the answers before it counted as given, or else at the
// lesson's start.
func (s *session) resume(l *lessons.Lesson, from int) error {
	if from == 0 {
		return s.lesson(l)
	}
	right := 0
	for _, q := range l.Questions[:from] {
		if a, ok := s.learner.LastAnswers[q.ID]; ok && a.Correct {
			right++
		}
	}
	s.blank()
	s.paraf(s.t.lesson, l.Title)
	return s.quizFrom(l, from, right)
}

// isReviewKey reports whether in opens the daily review: u (ulasan) or r
// (review), in either language.
func isReviewKey(in string) bool { return strings.EqualFold(in, "u") || strings.EqualFold(in, "r") }

// showMenu prints the course map: each module, its lessons numbered
// through the whole course with their state, the review and quit. It
// returns the lessons by number, from 1.
func (s *session) showMenu() []*lessons.Lesson {
	s.blank()
	s.say(s.cfg.Catalog.Title)
	for _, p := range s.cfg.Profiles {
		if p.ID == s.profile && !p.Unnamed() {
			s.sayf(s.t.learner, s.learnerName(p))
		}
	}
	all := s.cfg.Catalog.Lessons()
	done := 0
	for _, l := range all {
		if s.learner.Lessons[l.ID].Completed() {
			done++
		}
	}
	s.sayf(s.t.lessonsDone, done, len(all))
	s.say(s.t.menuTitle)
	if len(all) == 0 {
		s.say(s.t.noLessons)
	}
	n := 0
	for _, mod := range s.cfg.Catalog.Modules {
		s.sayf(s.t.module, mod.Number, mod.Title)
		for _, l := range mod.Lessons {
			n++
			s.sayf("%d) %s (%s, %s)", n, l.Title, fmt.Sprintf(s.t.minutes, l.Minutes), s.status(s.learner.Lessons[l.ID]))
		}
	}
	if l, from, ok := s.resumable(); ok {
		if from > 0 {
			s.sayf(s.t.resumeQuiz, l.Title, from+1, len(l.Questions))
		} else {
			s.sayf(s.t.resumeLesson, l.Title)
		}
	}
	if due := s.learner.Counts(s.cfg.Now()).Total(); due > 0 {
		s.sayf(s.t.review, due)
	} else {
		s.say(s.t.reviewNone)
	}
	s.say(s.t.quit)
	return all
}

// status says how far the learner is with a lesson.
func (s *session) status(r progress.LessonRecord) string {
	switch {
	case r.Completed():
		return s.t.done + ", " + fmt.Sprintf(s.t.bestScore, r.BestCorrect, r.BestTotal)
	case !r.OpenedAt.IsZero():
		return s.t.opened
	}
	return s.t.notOpened
}

// number parses a choice from 1 to n.
func number(in string, n int) (int, bool) {
	d, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(in), ")"))
	return d, err == nil && d >= 1 && d <= n
}
