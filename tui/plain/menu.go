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
		in, err := s.ask(s.t.menuPrompt, func(in string) string {
			if isReviewKey(in) {
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
		default:
			n, _ := number(in, len(all))
			err = s.lesson(all[n-1])
		}
		if err != nil && !errors.Is(err, errBack) {
			return err
		}
	}
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
