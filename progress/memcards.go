package progress

import (
	"cmp"
	"slices"
)

// memState is a profile as the reviewState of MemStore (see
// reviewrules.go). The caller holds the store's mutex. Only removeAnswer can
// fail, and undoReview calls it before any other write.
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

func (s memState) appendReview(r Review) (Review, error) {
	s.p.reviewSeq++
	r.Seq = s.p.reviewSeq
	s.p.reviews = append(s.p.reviews, cloneReview(r))
	return r, nil
}

func (s memState) lastReview() (Review, bool, error) {
	if len(s.p.reviews) == 0 {
		return Review{}, false, nil
	}
	return cloneReview(s.p.reviews[len(s.p.reviews)-1]), true, nil
}

// removeReview only ever removes the last review, the one undo reads.
func (s memState) removeReview(seq uint64) error {
	if n := len(s.p.reviews); n > 0 && s.p.reviews[n-1].Seq == seq {
		s.p.reviews = s.p.reviews[:n-1]
	}
	return nil
}

// SaveReview implements Store.
func (s *MemStore) SaveReview(profile string, r Review) (Review, error) {
	const op = "save review"
	r, err := prepareReview(profile, r)
	if err != nil {
		return Review{}, opError(op, err)
	}
	if err := s.lock(op); err != nil {
		return Review{}, err
	}
	defer s.mu.Unlock()
	// saveReview refuses a kind mismatch before it writes anything.
	saved, err := saveReview(memState{s.profileForWrite(profile)}, r)
	if err != nil {
		return Review{}, opError(op, err)
	}
	return cloneReview(saved), nil
}

// UndoReview implements Store.
func (s *MemStore) UndoReview(profile string) (Review, error) {
	const op = "undo review"
	if err := checkID("profile", profile); err != nil {
		return Review{}, opError(op, err)
	}
	if err := s.lock(op); err != nil {
		return Review{}, err
	}
	defer s.mu.Unlock()
	p := s.profiles[profile]
	if p == nil {
		return Review{}, opError(op, ErrNothingToUndo)
	}
	undone, err := undoReview(memState{p})
	if err != nil {
		return Review{}, opError(op, err)
	}
	return undone, nil
}

// SaveSettings implements Store.
func (s *MemStore) SaveSettings(profile string, set Settings) error {
	const op = "save settings"
	set, err := prepareSettings(profile, set)
	if err != nil {
		return opError(op, err)
	}
	if err := s.lock(op); err != nil {
		return err
	}
	defer s.mu.Unlock()
	s.profileForWrite(profile).settings = &set
	return nil
}
