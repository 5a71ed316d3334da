package progress

import (
	"encoding/binary"

	"go.etcd.io/bbolt"
)

// boltState is a profile's buckets as the learnerState of one write
// transaction (see write.go).
type boltState struct{ pb profileBuckets }

func (s boltState) card(id string) (CardRecord, bool, error) {
	v := s.pb.cards.Get([]byte(id))
	if v == nil {
		return CardRecord{}, false, nilOrBucket(s.pb.cards, "cards", []byte(id))
	}
	c, err := decodeCardValue([]byte(id), v)
	return c, true, err
}

func (s boltState) putCard(c CardRecord) error {
	if err := countKey(s.pb.cards, []byte(c.ID), +1); err != nil {
		return err
	}
	return s.pb.cards.Put([]byte(c.ID), encodeCardRecord(c))
}

func (s boltState) deleteCard(id string) error {
	if err := countKey(s.pb.cards, []byte(id), -1); err != nil {
		return err
	}
	return s.pb.cards.Delete([]byte(id))
}

// countKey keeps a bucket's sequence equal to its number of keys as one is
// added (+1) or removed (-1); a key already there, or already gone, does
// not count. The count lets a snapshot size its maps before reading, which
// saves rehashing 20,000 cards several times over. It is only a hint: a
// wrong count costs speed, never data.
func countKey(b *bbolt.Bucket, key []byte, delta int) error {
	exists := b.Get(key) != nil
	switch {
	case delta > 0 && !exists:
		return b.SetSequence(b.Sequence() + 1)
	case delta < 0 && exists && b.Sequence() > 0:
		return b.SetSequence(b.Sequence() - 1)
	}
	return nil
}

func (s boltState) lastAnswer(questionID string) (Answer, bool, error) {
	v := s.pb.lastAnswers.Get([]byte(questionID))
	if v == nil {
		return Answer{}, false, nilOrBucket(s.pb.lastAnswers, "last_answers", []byte(questionID))
	}
	a, err := decodeAnswerValue("last_answers", []byte(questionID), v)
	return a, true, err
}

func (s boltState) putLastAnswer(a Answer) error {
	if err := countKey(s.pb.lastAnswers, []byte(a.QuestionID), +1); err != nil {
		return err
	}
	return s.pb.lastAnswers.Put([]byte(a.QuestionID), encodeAnswer(a))
}

func (s boltState) deleteLastAnswer(questionID string) error {
	if err := countKey(s.pb.lastAnswers, []byte(questionID), -1); err != nil {
		return err
	}
	return s.pb.lastAnswers.Delete([]byte(questionID))
}

func (s boltState) appendAnswer(a Answer) (Answer, error) {
	var err error
	// The sequence is rolled back with the transaction, so a failed save
	// leaves no gap.
	if a.Seq, err = s.pb.answers.NextSequence(); err != nil {
		return a, err
	}
	return a, s.pb.answers.Put(seqKey(a.Seq), encodeAnswer(a))
}

// removeAnswer also counts the removal: AnswerCount is the answers bucket's
// sequence less this count, which keeps it O(1) without reusing Seqs.
func (s boltState) removeAnswer(seq uint64) error {
	key := seqKey(seq)
	if s.pb.answers.Get(key) == nil {
		return corruptf("answer %d of the review being undone is missing", seq)
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

func (s boltState) appendReview(r Review, day int64) (Review, error) {
	var err error
	if r.Seq, err = s.pb.reviews.NextSequence(); err != nil {
		return r, err
	}
	return r, s.pb.reviews.Put(seqKey(r.Seq), encodeReview(r, day))
}

// lastReview reads the newest review with a cursor: big-endian keys sort
// in Seq order, so Last is the most recent.
func (s boltState) lastReview() (Review, int64, bool, error) {
	k, v := s.pb.reviews.Cursor().Last()
	if k == nil {
		return Review{}, 0, false, nil
	}
	r, day, err := decodeReviewValue(k, v)
	return r, day, true, err
}

func (s boltState) removeReview(seq uint64) error { return s.pb.reviews.Delete(seqKey(seq)) }

func (s boltState) check(moduleID string) (CheckResult, bool, error) {
	return lookupJSON[CheckResult](s.pb.checks, "checks", []byte(moduleID))
}

func (s boltState) putCheck(r CheckResult) error {
	return putJSON(s.pb.checks, []byte(r.ModuleID), r)
}

func (s boltState) lesson(id string) (LessonRecord, error) {
	return getJSON[LessonRecord](s.pb.lessons, "lessons", []byte(id))
}

func (s boltState) putLesson(rec LessonRecord) error {
	return putJSON(s.pb.lessons, []byte(rec.LessonID), rec)
}

func (s boltState) position() (Position, error) {
	return getJSON[Position](s.pb.state, "state", []byte(keyPosition))
}

func (s boltState) putPosition(pos Position) error {
	return putJSON(s.pb.state, []byte(keyPosition), pos)
}

func (s boltState) putSettings(set Settings) error {
	return putJSON(s.pb.state, []byte(keySettings), set)
}

func (s boltState) day(d int64) (DayCount, error) {
	v := s.pb.days.Get(dayKey(d))
	if v == nil {
		return DayCount{}, nilOrBucket(s.pb.days, "days", dayKey(d))
	}
	return decodeDayValue(dayKey(d), v)
}

// putDay stores a day's counts; a day whose reviews were all undone is
// removed, as if it never had any.
func (s boltState) putDay(d int64, c DayCount) error {
	if c == (DayCount{}) {
		return s.pb.days.Delete(dayKey(d))
	}
	return s.pb.days.Put(dayKey(d), encodeDay(c))
}

func (s boltState) putReflection(r Reflection) error {
	return putJSON(s.pb.reflections, []byte(r.LessonID), r)
}

// nilOrBucket explains a nil Get: absent (nil) or a nested bucket where a
// record belongs (damage).
func nilOrBucket(b *bbolt.Bucket, label string, key []byte) error {
	if b != nil && b.Bucket(key) != nil {
		return corruptf("%s/%q is a bucket where a record belongs", label, key)
	}
	return nil
}

// answersUndone reads how many answers an undo removed from the log.
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

// readSettings returns the stored settings, or the defaults if none.
func readSettings(pb profileBuckets) (Settings, error) {
	s, ok, err := lookupJSON[Settings](pb.state, "state", []byte(keySettings))
	if !ok {
		return DefaultSettings(), err
	}
	return s, err
}

// readLastAnswers fills snap.LastAnswers.
func readLastAnswers(pb profileBuckets, snap *Snapshot) error {
	// Lesson ids repeat in every card and answer: one string each.
	names := map[string]string{}
	if pb.lastAnswers != nil {
		snap.LastAnswers = make(map[string]Answer, sizeHint(pb.lastAnswers))
		err := pb.lastAnswers.ForEach(func(k, v []byte) error {
			if v == nil {
				return corruptf("last_answers/%q is a bucket where a record belongs", k)
			}
			a, err := decodeAnswerNames(v, string(k), names)
			if err != nil {
				return corruptf("last_answers/%q: %v", k, err)
			}
			snap.LastAnswers[a.QuestionID] = a
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// readAllButLastAnswers fills the rest of snap.
func readAllButLastAnswers(pb profileBuckets, snap *Snapshot) error {
	if err := readAll(pb.lessons, "lessons", snap.Lessons); err != nil {
		return err
	}
	names := map[string]string{}
	var err error
	if snap.AnswerCount, err = answerCount(pb); err != nil {
		return err
	}
	if pb.cards != nil {
		snap.Cards = make(map[string]CardRecord, sizeHint(pb.cards))
		err := pb.cards.ForEach(func(k, v []byte) error {
			if v == nil {
				return corruptf("cards/%q is a bucket where a record belongs", k)
			}
			c, err := decodeCardNames(string(k), v, names)
			if err != nil {
				return corruptf("cards/%q: %v", k, err)
			}
			snap.Cards[c.ID] = c
			return nil
		})
		if err != nil {
			return err
		}
	}
	if pb.days != nil {
		err := pb.days.ForEach(func(k, v []byte) error {
			d, ok := keyDay(k)
			if !ok {
				return corruptf("days/%x is not a day", k)
			}
			c, err := decodeDayValue(k, v)
			snap.Days[d] = c
			return err
		})
		if err != nil {
			return err
		}
	}
	if snap.Settings, err = readSettings(pb); err != nil {
		return err
	}
	if err := readAll(pb.checks, "checks", snap.Checks); err != nil {
		return err
	}
	if err := readAll(pb.reflections, "reflections", snap.Reflections); err != nil {
		return err
	}
	snap.Position, err = getJSON[Position](pb.state, "state", []byte(keyPosition))
	return err
}

// sizeHint is a bucket's key count as countKey keeps it, capped so a
// damaged count cannot make a snapshot allocate without bound.
func sizeHint(b *bbolt.Bucket) int { return int(min(b.Sequence(), 1<<20)) }

// decodeCardValue decodes a stored card, reporting damage with its key.
func decodeCardValue(k, v []byte) (CardRecord, error) {
	if v == nil {
		return CardRecord{}, corruptf("cards/%q is a bucket where a record belongs", k)
	}
	c, err := decodeCardRecord(string(k), v)
	if err != nil {
		return c, corruptf("cards/%q: %v", k, err)
	}
	return c, nil
}

// decodeAnswerValue decodes a logged or last answer.
func decodeAnswerValue(label string, k, v []byte) (Answer, error) {
	if v == nil {
		return Answer{}, corruptf("%s/%q is a bucket where a record belongs", label, k)
	}
	a, err := decodeAnswer(v)
	if err != nil {
		return a, corruptf("%s/%x: %v", label, k, err)
	}
	return a, nil
}

// decodeReviewValue decodes a logged review; its key must be its Seq.
func decodeReviewValue(k, v []byte) (Review, int64, error) {
	if len(k) != 8 {
		return Review{}, 0, corruptf("reviews/%x is not a sequence number", k)
	}
	if v == nil {
		return Review{}, 0, corruptf("reviews/%x is a bucket where a record belongs", k)
	}
	r, day, err := decodeReview(binary.BigEndian.Uint64(k), v)
	if err != nil {
		return r, day, corruptf("reviews/%x: %v", k, err)
	}
	return r, day, nil
}

// decodeDayValue decodes a day's counts.
func decodeDayValue(k, v []byte) (DayCount, error) {
	c, err := decodeDay(v)
	if err != nil {
		return c, corruptf("days/%x: %v", k, err)
	}
	return c, nil
}
