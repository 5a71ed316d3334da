package progress

import (
	"bytes"
	"fmt"
	"slices"

	"go.etcd.io/bbolt"
)

// upgradeFrom2 converts a schema 2 file to schema 3 inside Open's write
// transaction, after Open's pre-upgrade backup. Every learner whose id is
// not a unique id (in a schema 2 file, all of them: "default" and the ids
// made from names) gets a new unique id:
//
//   - their progress bucket is copied, key by key and with every nested
//     bucket's sequence, to profiles/<new id>, and the old one deleted
//     (bbolt cannot rename a bucket);
//   - their record, if any, moves to the new id;
//   - the old id becomes an alias of the new one, so every method, and
//     `--profile`, still accepts it;
//   - the learner who was "default" becomes the file's first learner.
//
// ensureLayout, in the same transaction, then gives the file its id. A
// record that does not decode stops the upgrade: the transaction rolls
// back and the file stays schema 2, exactly as it was.
func upgradeFrom2(tx *bbolt.Tx, env upgradeEnv) error {
	profiles, err := createBucket(tx, bucketProfiles)
	if err != nil {
		return err
	}
	index, err := createBucket(tx, bucketProfileIndex)
	if err != nil {
		return err
	}
	aliases, err := createBucket(tx, bucketProfileAlias)
	if err != nil {
		return err
	}
	// Every id in use, as a bucket or as a record; keys are copied, since
	// they point into pages this transaction may free.
	taken := map[string]bool{}
	for label, b := range map[string]*bbolt.Bucket{"profiles": profiles, "profile_index": index} {
		err := b.ForEach(func(k, v []byte) error {
			if label == "profiles" && v != nil {
				return corruptf("profiles/%q is a value where a bucket belongs", k)
			}
			taken[string(k)] = true
			return nil
		})
		if err != nil {
			return err
		}
	}
	var old []string
	for id := range taken {
		if !IsUniqueID(id) {
			old = append(old, id)
		}
	}
	slices.Sort(old) // the same order on every run, for the tests
	ix := boltIndex{tx: tx, ids: env.newID}
	for _, from := range old {
		to, err := env.newID()
		for err == nil && taken[to] {
			to, err = env.newID()
		}
		if err != nil {
			return err
		}
		taken[to] = true
		if err := moveProfile(profiles, index, from, to); err != nil {
			return fmt.Errorf("profile %q: %w", from, err)
		}
		if err := aliases.Put([]byte(from), []byte(to)); err != nil {
			return err
		}
		if from == DefaultProfile {
			if err := ix.setFirst(to); err != nil {
				return err
			}
		}
	}
	return nil
}

// moveProfile moves the learner from's progress and record to the id to.
func moveProfile(profiles, index *bbolt.Bucket, from, to string) error {
	if src := profiles.Bucket([]byte(from)); src != nil {
		dst, err := profiles.CreateBucket([]byte(to))
		if err != nil {
			return err
		}
		if err := copyBucket(dst, src, bucketProfiles); err != nil {
			return err
		}
		if err := deleteBucketTree(profiles, []byte(from)); err != nil {
			return err
		}
	}
	v := index.Get([]byte(from))
	if v == nil {
		return nilOrBucket(index, "profile_index", []byte(from))
	}
	p, err := decodeJSON[Profile]("profile_index", []byte(from), v)
	if err != nil {
		return err
	}
	if p.ID != from {
		return corruptf("profile_index/%q holds profile %q", from, p.ID)
	}
	p.ID = to
	if err := putJSON(index, []byte(to), p); err != nil {
		return err
	}
	return index.Delete([]byte(from))
}

// copyBucket copies every key, value and nested bucket of src into the
// empty dst, with the sequences, so the logs go on numbering where they
// were and the key counts (countKey) stay right. name is src's own name:
// the logs are filled to the brim, as profileForWrite has them written.
func copyBucket(dst, src *bbolt.Bucket, name []byte) error {
	if bytes.Equal(name, bucketAnswers) || bytes.Equal(name, bucketReviews) {
		dst.FillPercent = 1.0
	}
	err := src.ForEach(func(k, v []byte) error {
		k = bytes.Clone(k)
		if v != nil {
			return dst.Put(k, bytes.Clone(v))
		}
		child, err := dst.CreateBucket(k)
		if err != nil {
			return err
		}
		return copyBucket(child, src.Bucket(k), k)
	})
	if err != nil {
		return err
	}
	return dst.SetSequence(src.Sequence())
}
