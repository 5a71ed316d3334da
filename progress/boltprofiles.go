package progress

import (
	"errors"

	"go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// boltIndex is the file's profile records, aliases and profile buckets as
// the profileIndex of one transaction (see profiles.go).
type boltIndex struct {
	tx  *bbolt.Tx
	ids func() (string, error) // makes new ids (see BoltStore.newID)
}

func (ix boltIndex) records() ([]Profile, error) {
	var list []Profile
	b := ix.tx.Bucket(bucketProfileIndex)
	if b == nil {
		return list, nil // a file from before profiles, opened read-only
	}
	err := b.ForEach(func(k, v []byte) error {
		p, err := decodeJSON[Profile]("profile_index", k, v)
		if err != nil {
			return err
		}
		// Every method finds a profile's progress by the key, the app by
		// the ID: a record under another key would show one learner's
		// name over someone else's progress.
		if p.ID != string(k) {
			return corruptf("profile_index/%q holds profile %q", k, p.ID)
		}
		list = append(list, p)
		return nil
	})
	return list, err
}

func (ix boltIndex) alias(ref string) (string, bool, error) { return boltAlias(ix.tx, ref) }

func (ix boltIndex) first() (string, error) { return boltFirst(ix.tx) }

func (ix boltIndex) aliases() (map[string]string, error) {
	m := map[string]string{}
	b := ix.tx.Bucket(bucketProfileAlias)
	if b == nil {
		return m, nil
	}
	err := b.ForEach(func(k, v []byte) error {
		if v == nil {
			return corruptf("profile_alias/%q is a bucket where a record belongs", k)
		}
		if !IsUniqueID(string(v)) {
			return corruptf("profile_alias/%q points to %q, not a unique id", k, v)
		}
		m[string(k)] = string(v)
		return nil
	})
	return m, err
}

func (ix boltIndex) setFirst(id string) error {
	meta, err := createBucket(ix.tx, bucketMeta)
	if err != nil {
		return err
	}
	return meta.Put([]byte(keyFirstProfile), []byte(id))
}

func (ix boltIndex) newID() (string, error) { return ix.ids() }

func (ix boltIndex) hasProgress(id string) (bool, error) {
	pb, err := bucketsForRead(ix.tx, id)
	if err != nil {
		return false, err
	}
	for _, b := range []*bbolt.Bucket{pb.lessons, pb.answers, pb.lastAnswers, pb.cards, pb.reviews, pb.checks, pb.reflections} {
		if b == nil {
			continue
		}
		if k, _ := b.Cursor().First(); k != nil {
			return true, nil
		}
	}
	if _, ok, err := lookupJSON[Settings](pb.state, "state", []byte(keySettings)); err != nil || ok {
		return ok, err
	}
	pos, err := getJSON[Position](pb.state, "state", []byte(keyPosition))
	return positionSet(pos), err
}

func (ix boltIndex) putProfile(p Profile) error {
	b, err := createBucket(ix.tx, bucketProfileIndex)
	if err != nil {
		return err
	}
	return putJSON(b, []byte(p.ID), p)
}

// removeProfile deletes the record, the aliases and the whole
// profiles/<id> bucket, so nothing of the learner stays in the file but
// freed pages.
func (ix boltIndex) removeProfile(id string) error {
	key := []byte(id)
	if b := ix.tx.Bucket(bucketProfileIndex); b != nil {
		if err := b.Delete(key); err != nil {
			return damaged(err, "profile_index", key)
		}
	}
	aliases, err := ix.aliases()
	if err != nil {
		return err
	}
	for alias, to := range aliases {
		if to == id {
			if err := ix.tx.Bucket(bucketProfileAlias).Delete([]byte(alias)); err != nil {
				return err
			}
		}
	}
	profiles := ix.tx.Bucket(bucketProfiles)
	if profiles == nil {
		return nil
	}
	err = deleteBucketTree(profiles, key)
	if errors.Is(err, berrors.ErrBucketNotFound) {
		return nil // a profile that never saved any progress
	}
	return damaged(err, "profiles", key)
}

// damaged reports bbolt's "a bucket where a value belongs" (or the
// reverse) as ErrCorrupt; other errors pass unchanged.
func damaged(err error, label string, key []byte) error {
	if errors.Is(err, berrors.ErrIncompatibleValue) {
		return corruptf("%s/%q is a bucket where a record belongs, or a record where a bucket belongs", label, key)
	}
	return err
}

// boltChecks is a profile's checks bucket as the checkState of one write
// transaction.
type boltChecks struct{ b *bbolt.Bucket }

func (s boltChecks) check(moduleID string) (CheckResult, bool, error) {
	return lookupJSON[CheckResult](s.b, "checks", []byte(moduleID))
}

func (s boltChecks) putCheck(r CheckResult) error { return putJSON(s.b, []byte(r.ModuleID), r) }

// index is the profileIndex of tx.
func (s *BoltStore) index(tx *bbolt.Tx) boltIndex { return boltIndex{tx: tx, ids: s.newID} }

// ResolveProfile implements Store.
func (s *BoltStore) ResolveProfile(ref string) (string, error) {
	const op = "resolve profile"
	if err := checkID("profile", ref); err != nil {
		return "", opError(op, err)
	}
	var id string
	err := s.txn(op, false, func(tx *bbolt.Tx) error {
		var err error
		id, err = boltResolve(tx, ref)
		return err
	})
	return id, err
}

// Profiles implements Store.
func (s *BoltStore) Profiles() ([]Profile, error) {
	var list []Profile
	err := s.txn("profiles", false, func(tx *bbolt.Tx) error {
		var err error
		list, err = listProfiles(s.index(tx))
		return err
	})
	if err != nil {
		return nil, err
	}
	return list, nil
}

// SaveProfile implements Store.
func (s *BoltStore) SaveProfile(p Profile) error {
	const op = "save profile"
	p, err := prepareProfile(p)
	if err != nil {
		return opError(op, err)
	}
	return s.txn(op, true, func(tx *bbolt.Tx) error {
		return saveProfile(s.index(tx), p)
	})
}

// DeleteProfile implements Store.
func (s *BoltStore) DeleteProfile(id string) error {
	const op = "delete profile"
	if err := checkProfileID(id); err != nil {
		return opError(op, err)
	}
	return s.txn(op, true, func(tx *bbolt.Tx) error {
		return deleteProfile(s.index(tx), id)
	})
}

// SaveCheck implements Store.
func (s *BoltStore) SaveCheck(profile string, r CheckResult) error {
	const op = "save check"
	r, err := prepareCheck(profile, r)
	if err != nil {
		return opError(op, err)
	}
	return s.txn(op, true, func(tx *bbolt.Tx) error {
		pb, err := profileForWrite(tx, profile)
		if err != nil {
			return err
		}
		return saveCheck(boltChecks{pb.checks}, r)
	})
}
