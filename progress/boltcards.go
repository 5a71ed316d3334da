package progress

import (
	"encoding/binary"

	"go.etcd.io/bbolt"
)

// boltState is a profile's buckets as the reviewState of one write
// transaction (see reviewrules.go).
type boltState struct{ pb profileBuckets }

func (s boltState) card(id string) (CardRecord, bool, error) {
	return lookupJSON[CardRecord](s.pb.cards, "cards", []byte(id))
}

func (s boltState) putCard(c CardRecord) error { return putJSON(s.pb.cards, []byte(c.ID), c) }

func (s boltState) deleteCard(id string) error { return s.pb.cards.Delete([]byte(id)) }

func (s boltState) lastAnswer(questionID string) (Answer, bool, error) {
	return lookupJSON[Answer](s.pb.lastAnswers, "last_answers", []byte(questionID))
}

func (s boltState) putLastAnswer(a Answer) error {
	return putJSON(s.pb.lastAnswers, []byte(a.QuestionID), a)
}

func (s boltState) deleteLastAnswer(questionID string) error {
	return s.pb.lastAnswers.Delete([]byte(questionID))
}

func (s boltState) appendAnswer(a Answer) (Answer, error) {
	var err error
	if a.Seq, err = s.pb.answers.NextSequence(); err != nil {
		return a, err
	}
	return a, putJSON(s.pb.answers, seqKey(a.Seq), a)
}

// removeAnswer also counts the removal: AnswerCount is the answers bucket's
// sequence less this count, which keeps it O(1) without reusing Seqs.
func (s boltState) removeAnswer(seq uint64) error {
	key := seqKey(seq)
	if _, ok, err := lookupJSON[Answer](s.pb.answers, "answers", key); err != nil || !ok {
		if err == nil {
			err = corruptf("answer %d of the review being undone is missing", seq)
		}
		return err
	}
	if err := s.pb.answers.Delete(key); err != nil {
		return err
	}
	undone, err := answersUndone(s.pb)
	if err != nil {
		return err
	}
	return putJSON(s.pb.state, []byte(keyAnswersUndone), undone+1)
}

func (s boltState) appendReview(r Review) (Review, error) {
	var err error
	if r.Seq, err = s.pb.reviews.NextSequence(); err != nil {
		return r, err
	}
	return r, putJSON(s.pb.reviews, seqKey(r.Seq), r)
}

// lastReview reads the newest review with a cursor: big-endian keys sort
// in Seq order, so Last is the most recent.
func (s boltState) lastReview() (Review, bool, error) {
	k, v := s.pb.reviews.Cursor().Last()
	if k == nil {
		return Review{}, false, nil
	}
	r, err := decodeJSON[Review]("reviews", k, v)
	if err != nil {
		return r, true, err
	}
	// Undo deletes by r.Seq; a record under another key would stay behind
	// and be "undone" again forever.
	if len(k) != 8 || binary.BigEndian.Uint64(k) != r.Seq {
		return r, true, corruptf("reviews/%x holds review %d", k, r.Seq)
	}
	return r, true, nil
}

func (s boltState) removeReview(seq uint64) error { return s.pb.reviews.Delete(seqKey(seq)) }

// answersUndone reads how many answers UndoReview removed from the log.
func answersUndone(pb profileBuckets) (uint64, error) {
	return getJSON[uint64](pb.state, "state", []byte(keyAnswersUndone))
}

// answerCount is the number of answers in the log, in O(1): appended (the
// sequence) less removed.
func answerCount(pb profileBuckets) (int, error) {
	if pb.answers == nil {
		return 0, nil
	}
	undone, err := answersUndone(pb)
	if err != nil {
		return 0, err
	}
	seq := pb.answers.Sequence()
	if undone > seq {
		return 0, corruptf("%d answers undone of %d saved", undone, seq)
	}
	return int(seq - undone), nil
}

// readReviews returns the review log in Seq order, never nil.
func readReviews(pb profileBuckets) ([]Review, error) {
	log := []Review{}
	if pb.reviews == nil {
		return log, nil
	}
	err := pb.reviews.ForEach(func(k, v []byte) error {
		r, err := decodeJSON[Review]("reviews", k, v)
		log = append(log, r)
		return err
	})
	return log, err
}

// readSettings returns the stored settings, or the defaults if none.
func readSettings(pb profileBuckets) (Settings, error) {
	s, ok, err := lookupJSON[Settings](pb.state, "state", []byte(keySettings))
	if !ok {
		return DefaultSettings(), err
	}
	return s, err
}

// SaveReview implements Store.
func (s *BoltStore) SaveReview(profile string, r Review) (Review, error) {
	const op = "save review"
	r, err := prepareReview(profile, r)
	if err != nil {
		return Review{}, opError(op, err)
	}
	var saved Review
	err = s.txn(op, true, func(tx *bbolt.Tx) error {
		pb, err := profileForWrite(tx, profile)
		if err != nil {
			return err
		}
		saved, err = saveReview(boltState{pb}, r)
		return err
	})
	if err != nil {
		return Review{}, err
	}
	return saved, nil
}

// UndoReview implements Store.
func (s *BoltStore) UndoReview(profile string) (Review, error) {
	const op = "undo review"
	if err := checkID("profile", profile); err != nil {
		return Review{}, opError(op, err)
	}
	var undone Review
	err := s.txn(op, true, func(tx *bbolt.Tx) error {
		pb, err := profileForWrite(tx, profile)
		if err != nil {
			return err
		}
		undone, err = undoReview(boltState{pb})
		return err
	})
	if err != nil {
		return Review{}, err
	}
	return undone, nil
}

// SaveSettings implements Store.
func (s *BoltStore) SaveSettings(profile string, set Settings) error {
	const op = "save settings"
	set, err := prepareSettings(profile, set)
	if err != nil {
		return opError(op, err)
	}
	return s.txn(op, true, func(tx *bbolt.Tx) error {
		pb, err := profileForWrite(tx, profile)
		if err != nil {
			return err
		}
		return putJSON(pb.state, []byte(keySettings), set)
	})
}
