package progress

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"go.etcd.io/bbolt"
)

func TestBoltReopenKeepsReviews(t *testing.T) {
	path := filepath.Join(t.TempDir(), "progress.db")
	s := openTestBolt(t, path)
	first := saveReviewOf(t, s, DefaultProfile, quizReview("q1", Good, testCard(3, 1), 1, "B"))
	saveReviewOf(t, s, DefaultProfile, quizReview("q1", Hard, testCard(4, 5), 5, "A"))
	undoReviewOf(t, s, DefaultProfile) // leaves a gap in both logs
	mustNil(t, s.SaveSettings(DefaultProfile, Settings{NewPerDay: 3, ReviewsPerDay: 30, HideStreak: true}))
	want := stateOf(t, s, DefaultProfile)
	mustNil(t, s.Close())

	s = openTestBolt(t, path)
	assertEqual(t, "state after reopen", stateOf(t, s, DefaultProfile), want)
	if want.snap.AnswerCount != 1 {
		t.Errorf("AnswerCount = %d, want 1", want.snap.AnswerCount)
	}
	// Sequences carry on after the gap; nothing is reused.
	next := saveReviewOf(t, s, DefaultProfile, quizReview("q2", Good, testCard(3, 9), 9, "C"))
	if next.Seq != 3 || next.Answer.Seq != 3 {
		t.Errorf("after reopen: review Seq %d, answer Seq %d; want 3 and 3", next.Seq, next.Answer.Seq)
	}
	undoReviewOf(t, s, DefaultProfile)
	assertEqual(t, "undo after reopen", undoReviewOf(t, s, DefaultProfile), first)
	if snap := snapshot(t, s, DefaultProfile); len(snap.Cards) != 0 || snap.AnswerCount != 0 || len(snap.LastAnswers) != 0 {
		t.Errorf("after undoing all: %+v", snap)
	}
}

// TestBoltFileWithoutReviewBuckets opens a schema 1 file written before
// review cards existed: it has no cards or reviews buckets.
func TestBoltFileWithoutReviewBuckets(t *testing.T) {
	path := filepath.Join(t.TempDir(), "progress.db")
	s := openTestBolt(t, path)
	mustNil(t, s.OpenLesson("ana", "l1", at(0)))
	saveAnswer(t, s, "ana", Answer{LessonID: "l1", QuestionID: "q1", At: at(1)})
	first := firstID(t, s)
	mustNil(t, s.Close())
	damage(t, path, func(tx *bbolt.Tx) error {
		for _, p := range []string{first, "ana"} {
			pb := tx.Bucket(bucketProfiles).Bucket([]byte(p))
			for _, name := range [][]byte{bucketCards, bucketReviews} {
				if err := pb.DeleteBucket(name); err != nil {
					return err
				}
			}
		}
		return nil
	})

	ro, err := Open(path, Options{ReadOnly: true})
	mustNil(t, err)
	snap := snapshot(t, ro, "ana")
	if len(snap.Cards) != 0 || len(snap.Days) != 0 || snap.Cards == nil || snap.Days == nil ||
		snap.Settings != DefaultSettings() || snap.AnswerCount != 1 {
		t.Errorf("read-only snapshot of an old file: %+v", snap)
	}
	mustNil(t, ro.Close())

	s = openTestBolt(t, path)
	if _, err := s.UndoReview("ana"); !errors.Is(err, ErrNothingToUndo) {
		t.Errorf("UndoReview = %v, want ErrNothingToUndo", err)
	}
	r := saveReviewOf(t, s, "ana", quizReview("q1", Good, testCard(3, 2), 2, "B"))
	if r.Seq != 1 || r.Answer.Seq != 2 || r.PrevLast == nil || r.PrevLast.Seq != 1 {
		t.Errorf("first review in an old file: %+v", r)
	}
	mustNil(t, s.db.View(func(tx *bbolt.Tx) error {
		// The first write creates the profile's missing buckets.
		for _, p := range []string{"ana"} {
			pb := tx.Bucket(bucketProfiles).Bucket([]byte(p))
			if pb.Bucket(bucketCards) == nil || pb.Bucket(bucketReviews) == nil {
				t.Errorf("%s: cards or reviews bucket not created", p)
			}
		}
		return nil
	}))
}

func TestBoltDamagedReviewDataIsCorrupt(t *testing.T) {
	// profileBucket returns the default profile's bucket name inside tx.
	profileBucket := func(tx *bbolt.Tx, name []byte) *bbolt.Bucket {
		return firstBucket(tx).Bucket(name)
	}
	undo := func(s *BoltStore) error { _, err := s.UndoReview(DefaultProfile); return err }
	snap := func(s *BoltStore) error { _, err := s.Snapshot(DefaultProfile); return err }
	review := func(s *BoltStore) error {
		_, err := s.SaveReview(DefaultProfile, quizReview("q1", Again, testCard(1, 9), 9, "D"))
		return err
	}
	cases := []struct {
		name   string
		change func(tx *bbolt.Tx) error
		calls  map[string]func(*BoltStore) error
	}{
		{"review record is not a compact record", func(tx *bbolt.Tx) error {
			return profileBucket(tx, bucketReviews).Put(seqKey(2), []byte("{not json"))
		}, map[string]func(*BoltStore) error{"UndoReview": undo}},
		{"review record cut short", func(tx *bbolt.Tx) error {
			b := profileBucket(tx, bucketReviews)
			v := b.Get(seqKey(2))
			return b.Put(seqKey(2), append([]byte(nil), v[:len(v)/2]...))
		}, map[string]func(*BoltStore) error{"UndoReview": undo}},
		{"answer of the review is missing", func(tx *bbolt.Tx) error {
			return profileBucket(tx, bucketAnswers).Delete(seqKey(2))
		}, map[string]func(*BoltStore) error{"UndoReview": undo}},
		{"more answers undone than saved", func(tx *bbolt.Tx) error {
			return profileBucket(tx, bucketState).Put([]byte(keyAnswersUndone), []byte("5"))
		}, map[string]func(*BoltStore) error{"Snapshot": snap}},
		{"card record is not JSON", func(tx *bbolt.Tx) error {
			return profileBucket(tx, bucketCards).Put([]byte("q1"), []byte("[]"))
		}, map[string]func(*BoltStore) error{"Snapshot": snap, "SaveReview": review, "UndoReview": undo}},
		{"card is missing", func(tx *bbolt.Tx) error {
			return profileBucket(tx, bucketCards).Delete([]byte("q1"))
		}, map[string]func(*BoltStore) error{"UndoReview": undo}},
		{"bucket where a card belongs", func(tx *bbolt.Tx) error {
			b := profileBucket(tx, bucketCards)
			if err := b.Delete([]byte("q1")); err != nil {
				return err
			}
			_, err := b.CreateBucket([]byte("q1"))
			return err
		}, map[string]func(*BoltStore) error{"Snapshot": snap, "SaveReview": review}},
		{"settings are not an object", func(tx *bbolt.Tx) error {
			return profileBucket(tx, bucketState).Put([]byte(keySettings), []byte("[]"))
		}, map[string]func(*BoltStore) error{"Snapshot": snap}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "progress.db")
			s := openTestBolt(t, path)
			// Two reviews of q1, each with an answer; the cases damage what
			// undoing the second would touch.
			saveReviewOf(t, s, DefaultProfile, quizReview("q1", Good, testCard(3, 1), 1, "B"))
			saveReviewOf(t, s, DefaultProfile, quizReview("q1", Hard, testCard(4, 2), 2, "C"))
			mustNil(t, s.Close())
			damage(t, path, tc.change)
			s = openTestBolt(t, path)
			// read returns every record of the profile, to see that failed
			// calls wrote nothing.
			read := func() []byte {
				var all []byte
				mustNil(t, s.db.View(func(tx *bbolt.Tx) error {
					p := firstBucket(tx)
					return p.ForEachBucket(func(name []byte) error {
						return p.Bucket(name).ForEach(func(k, v []byte) error {
							all = append(append(append(all, name...), k...), v...)
							return nil
						})
					})
				}))
				return all
			}
			before := read()
			for name, call := range tc.calls {
				if err := call(s); !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), path) {
					t.Errorf("%s = %v, want ErrCorrupt naming the path", name, err)
				}
			}
			if string(read()) != string(before) {
				t.Error("a failed call changed the file")
			}
		})
	}
}
