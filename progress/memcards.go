package progress

import (
	"cmp"
	"slices"
)

// memState is a profile as the learnerState of MemStore (see write.go).
// The caller holds the store's mutex. Only removeAnswer can fail, and
// undoReview calls it before any other write.
type memState struct{ p *memProfile }

func (s memState) card(id string) (CardRecord, bool, error) {
	c, ok := s.p.cards[id]
	return c, ok, nil
}

func (s memState) putCard(c CardRecord) error { s.p.cards[c.ID] = c; return nil }

func (s memState) deleteCard(id string) error { delete(s.p.cards, id); return nil }

func (s memState) lastAnswer(questionID string) (Answer, bool, error) {
	a, ok := s.p.lastAnswers[questionID]
	return a, ok, nil
}

func (s memState) putLastAnswer(a Answer) error { s.p.lastAnswers[a.QuestionID] = a; return nil }

func (s memState) deleteLastAnswer(questionID string) error {
	delete(s.p.lastAnswers, questionID)
	return nil
}

func (s memState) appendAnswer(a Answer) (Answer, error) {
	s.p.answerSeq++
	a.Seq = s.p.answerSeq
	s.p.log = append(s.p.log, a)
	return a, nil
}

func (s memState) removeAnswer(seq uint64) error {
	i, found := slices.BinarySearchFunc(s.p.log, seq, func(a Answer, seq uint64) int {
		return cmp.Compare(a.Seq, seq)
	})
	if !found {
		return corruptf("answer %d of the review being undone is missing", seq)
	}
	s.p.log = slices.Delete(s.p.log, i, i+1)
	return nil
}

func (s memState) appendReview(r Review, day int64) (Review, error) {
	s.p.reviewSeq++
	r.Seq = s.p.reviewSeq
	s.p.reviews = append(s.p.reviews, memReview{cloneReview(r), day})
	return r, nil
}

func (s memState) lastReview() (Review, int64, bool, error) {
	if len(s.p.reviews) == 0 {
		return Review{}, 0, false, nil
	}
	last := s.p.reviews[len(s.p.reviews)-1]
	return cloneReview(last.r), last.day, true, nil
}

// removeReview only ever removes the last review, the one undo reads.
func (s memState) removeReview(seq uint64) error {
	if n := len(s.p.reviews); n > 0 && s.p.reviews[n-1].r.Seq == seq {
		s.p.reviews = s.p.reviews[:n-1]
	}
	return nil
}

// putCheck keeps r as is: prepareCheck already copied its Answers, so the
// caller holds no reference to them.
func (s memState) putCheck(r CheckResult) error { s.p.checks[r.ModuleID] = r; return nil }

func (s memState) check(moduleID string) (CheckResult, bool, error) {
	r, ok := s.p.checks[moduleID]
	return r, ok, nil
}

func (s memState) lesson(id string) (LessonRecord, error) { return s.p.lessons[id], nil }

func (s memState) putLesson(rec LessonRecord) error { s.p.lessons[rec.LessonID] = rec; return nil }

func (s memState) position() (Position, error) { return s.p.position, nil }

func (s memState) putPosition(pos Position) error { s.p.position = pos; return nil }

func (s memState) putSettings(set Settings) error { s.p.settings = &set; return nil }

func (s memState) day(d int64) (DayCount, error) { return s.p.days[d], nil }

func (s memState) putReflection(r Reflection) error { s.p.reflections[r.LessonID] = r; return nil }

func (s memState) putDay(d int64, c DayCount) error {
	if c == (DayCount{}) {
		delete(s.p.days, d)
	} else {
		s.p.days[d] = c
	}
	return nil
}
