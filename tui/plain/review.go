package plain

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"ajar/lessons"
	"ajar/progress"
)

// review runs the daily review: the cards due now, in the queue the tutor
// builds (progress.Learner.DueQueue, interleaved by module), one at a
// time. A question card is answered as in a quiz; a flashcard's front is
// shown, then its back. Each rating is scheduled by FSRS through
// progress.Params.Rate and saved before the next card. A card back in its
// learning steps comes again at the end of the session, as in the tutor.
func (s *session) review() error {
	queue := s.learner.DueQueue(s.cfg.Now(), moduleGroup(s.cfg.Catalog))
	s.blank()
	s.say(s.t.reviewTitle)
	reviewed, recalled, shown := 0, 0, 0
	for pos := 0; pos < len(queue); pos++ {
		rec, ok := s.learner.Cards[queue[pos]]
		if !ok {
			continue
		}
		var q *lessons.Question
		var fc *lessons.Flashcard
		if rec.Kind == progress.KindFlashcard {
			fc, _ = s.cfg.Catalog.Flashcard(rec.ID)
		} else {
			q, _ = s.cfg.Catalog.Question(rec.ID)
		}
		if q == nil && fc == nil {
			continue // its content left the course
		}
		shown++
		s.blank()
		s.sayf(s.t.reviewCard, pos+1, len(queue))
		rating, answer, err := s.card(rec, q, fc, shown)
		if err != nil {
			return err
		}
		now := s.cfg.Now()
		if answer != nil {
			answer.At = now
		}
		rv := s.cfg.Params.Rate(rec, rating, now, answer)
		if err := s.apply(progress.Write{Review: &rv}); err != nil {
			return err
		}
		reviewed++
		if rating != progress.Again {
			recalled++
		}
		if ph := rv.After.Phase; ph == progress.PhaseLearning || ph == progress.PhaseRelearning {
			queue = append(queue, rec.ID)
		}
	}
	s.summary(reviewed, recalled)
	_, err := s.ask(s.t.back, accept)
	return err
}

// card shows one card and returns the learner's rating, and for a
// question the answer to log with it. Leaving after answering a question
// keeps the answer, rated as Enter would have rated it, as the tutor does;
// leaving before rates nothing.
func (s *session) card(rec progress.CardRecord, q *lessons.Question, fc *lessons.Flashcard, shown int) (progress.Rating, *progress.Answer, error) {
	if fc != nil {
		s.say(s.t.flashcard)
		s.para(fc.Front)
		in, err := s.ask(s.t.reveal, accept)
		if err != nil {
			return 0, nil, err
		}
		if isQuit(in) {
			return 0, nil, errBack
		}
		s.paraf(s.t.backSide, fc.Back)
		r, err := s.rate(true)
		return r, nil, err
	}
	a, err := s.answer(q, rec.ID+strconv.Itoa(shown))
	if err != nil {
		return 0, nil, err
	}
	s.feedback(a)
	answer := &progress.Answer{LessonID: rec.LessonID, QuestionID: q.ID, Given: q.Describe(a.resp), Correct: a.right}
	r, err := s.rate(a.right)
	if errors.Is(err, errBack) || errors.Is(err, errQuit) {
		answer.At = s.cfg.Now()
		rv := s.cfg.Params.Rate(rec, r, answer.At, answer)
		if serr := s.apply(progress.Write{Review: &rv}); serr != nil {
			return 0, nil, serr
		}
	}
	return r, answer, err
}

// rate asks how well the card was recalled: 1-4, Enter for Good. After a
// wrong answer only Again rates: the card was not recalled, and a pass
// would schedule it days away and contradict the answer stored as wrong.
// On leaving (errBack, errQuit) it returns the default rating with the
// error.
func (s *session) rate(recalled bool) (progress.Rating, error) {
	def, prompt := progress.Good, s.t.rateRight
	if !recalled {
		def, prompt = progress.Again, s.t.rateWrong
	}
	in, err := s.ask(prompt, func(in string) string {
		switch {
		case in == "":
			return ""
		case !recalled && in != "1":
			return s.t.rateOnlyAgain
		}
		if _, ok := number(in, 4); !ok {
			return s.t.rateBad
		}
		return ""
	})
	switch {
	case err != nil:
		return def, err
	case isQuit(in):
		return def, errBack
	case in == "":
		return def, nil
	}
	d, _ := number(in, 4)
	return progress.Rating(d), nil
}

// summary closes the session: how many cards, how many recalled, and when
// the next one falls due.
func (s *session) summary(reviewed, recalled int) {
	s.blank()
	if reviewed == 0 {
		s.para(s.t.nothingDue)
	} else {
		s.say(s.t.reviewDone)
		s.sayf(s.t.reviewCounts, reviewed, recalled, recalled*100/reviewed)
	}
	now := s.cfg.Now()
	if next := s.learner.NextDue(now); !next.IsZero() {
		s.sayf(s.t.nextDue, s.duration(next.Sub(now)))
	}
}

// duration writes an interval as the tutor does (tui's texts.duration),
// with whole words: minutes, hours, days or months.
func (s *session) duration(d time.Duration) string {
	switch {
	case d < time.Hour:
		return fmt.Sprintf(s.t.unitMinutes, max(int(d.Round(time.Minute)/time.Minute), 1))
	case d < 24*time.Hour:
		return fmt.Sprintf(s.t.unitHours, int(d.Round(time.Hour)/time.Hour))
	case d < 60*24*time.Hour:
		return fmt.Sprintf(s.t.unitDays, int((d+12*time.Hour)/(24*time.Hour)))
	}
	return fmt.Sprintf(s.t.unitMonths, int((d+15*24*time.Hour)/(30*24*time.Hour)))
}

// moduleGroup tells the review queue each card's module, so cards of one
// module are spread out, as in the tutor (lessons.Catalog.ModuleIDOf).
func moduleGroup(c *lessons.Catalog) func(progress.CardRecord) string {
	moduleOf := c.ModuleIDOf()
	return func(r progress.CardRecord) string { return moduleOf(r.LessonID) }
}
