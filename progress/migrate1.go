package progress

import (
	"encoding/binary"
	"fmt"

	"go.etcd.io/bbolt"
)

// upgradeFrom1 converts a schema 1 file to schema 2 inside Open's write
// transaction: every profile's answers, last answers, cards and reviews
// are re-encoded from JSON to the compact encoding, and the days bucket is
// built from the review log. Nothing is dropped: each record is decoded
// and re-encoded with the same fields, and a record that does not decode
// stops the upgrade (the transaction rolls back, the file stays schema 1).
func upgradeFrom1(tx *bbolt.Tx) error {
	profiles := tx.Bucket(bucketProfiles)
	if profiles == nil {
		return nil
	}
	var names [][]byte
	err := profiles.ForEach(func(k, v []byte) error {
		if v != nil {
			return corruptf("profiles/%q is a value where a bucket belongs", k)
		}
		names = append(names, append([]byte(nil), k...))
		return nil
	})
	if err != nil {
		return err
	}
	for _, name := range names {
		if err := upgradeProfile1(tx, string(name)); err != nil {
			return fmt.Errorf("profile %q: %w", name, err)
		}
	}
	return nil
}

// upgradeProfile1 converts one profile's buckets.
func upgradeProfile1(tx *bbolt.Tx, profile string) error {
	pb, err := bucketsForWrite(tx, profile) // schema 1 knew no aliases
	if err != nil {
		return err
	}
	if err := recode(pb.answers, "answers", func(k, v []byte) ([]byte, error) {
		a, err := decodeJSON[Answer]("answers", k, v)
		return encodeAnswer(a), err
	}); err != nil {
		return err
	}
	if err := recode(pb.lastAnswers, "last_answers", func(k, v []byte) ([]byte, error) {
		a, err := decodeJSON[Answer]("last_answers", k, v)
		return encodeAnswer(a), err
	}); err != nil {
		return err
	}
	if err := recode(pb.cards, "cards", func(k, v []byte) ([]byte, error) {
		c, err := decodeJSON[CardRecord]("cards", k, v)
		if err == nil && c.ID != string(k) {
			err = corruptf("cards/%q holds card %q", k, c.ID)
		}
		return encodeCardRecord(c), err
	}); err != nil {
		return err
	}
	days := Days{}
	if err := recode(pb.reviews, "reviews", func(k, v []byte) ([]byte, error) {
		r, err := decodeJSON[Review]("reviews", k, v)
		if err != nil {
			return nil, err
		}
		if len(k) != 8 || binary.BigEndian.Uint64(k) != r.Seq {
			return nil, corruptf("reviews/%x holds review %d", k, r.Seq)
		}
		day := StudyDay(r.At)
		days[day] = days[day].add(r, +1)
		return encodeReview(r, day), nil
	}); err != nil {
		return err
	}
	// The key counts of cards and last answers (see countKey).
	for _, b := range []*bbolt.Bucket{pb.cards, pb.lastAnswers} {
		if err := b.SetSequence(uint64(b.Stats().KeyN)); err != nil {
			return err
		}
	}
	st := boltState{pb}
	for d, c := range days {
		if err := st.putDay(d, c); err != nil {
			return err
		}
	}
	return nil
}

// recode rewrites every value of b with fn, keeping keys, order and the
// bucket's sequence. Values are collected first: bbolt forbids changing a
// bucket while iterating it.
func recode(b *bbolt.Bucket, label string, fn func(k, v []byte) ([]byte, error)) error {
	type kv struct{ k, v []byte }
	var out []kv
	err := b.ForEach(func(k, v []byte) error {
		if v == nil {
			return corruptf("%s/%q is a bucket where a record belongs", label, k)
		}
		nv, err := fn(k, v)
		out = append(out, kv{append([]byte(nil), k...), nv})
		return err
	})
	if err != nil {
		return err
	}
	for _, e := range out {
		if err := b.Put(e.k, e.v); err != nil {
			return err
		}
	}
	return nil
}
