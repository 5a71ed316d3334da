package progress

import (
	"crypto/rand"

	"go.etcd.io/bbolt"
)

// The file's identity, its first learner and the aliases of learners from
// before unique ids, as bbolt keeps them (see codec.go and learnerid.go).

// boltAlias returns the unique id an old id stands for, if ref is one.
func boltAlias(tx *bbolt.Tx, ref string) (string, bool, error) {
	b := tx.Bucket(bucketProfileAlias)
	if b == nil {
		return "", false, nil
	}
	v := b.Get([]byte(ref))
	if v == nil {
		return "", false, nilOrBucket(b, "profile_alias", []byte(ref))
	}
	if !IsUniqueID(string(v)) {
		return "", false, corruptf("profile_alias/%q points to %q, not a unique id", ref, v)
	}
	return string(v), true, nil
}

// boltFirst returns the first learner's id, "" in a file without one (a
// new file before its layout is written).
func boltFirst(tx *bbolt.Tx) (string, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return "", nil
	}
	v := meta.Get([]byte(keyFirstProfile))
	if v == nil {
		return "", nilOrBucket(meta, "meta", []byte(keyFirstProfile))
	}
	if !IsUniqueID(string(v)) {
		return "", corruptf("meta/first_profile is %q, not a unique id", v)
	}
	return string(v), nil
}

// boltResolve is resolveProfile inside tx.
func boltResolve(tx *bbolt.Tx, ref string) (string, error) {
	return resolveProfile(boltIndex{tx: tx}, ref)
}

// readFileInfo reads meta/file; ok is false in a file without one.
func readFileInfo(tx *bbolt.Tx) (FileInfo, bool, error) {
	f, ok, err := lookupJSON[FileInfo](tx.Bucket(bucketMeta), "meta", []byte(keyFile))
	if err == nil && ok {
		err = checkFileInfo(f)
	}
	return f, ok, err
}

// newID makes a unique id from the store's source of randomness.
func (s *BoltStore) newID() (string, error) {
	r := s.rand
	if r == nil {
		r = rand.Reader
	}
	return newID(r)
}

// File implements Store.
func (s *BoltStore) File() (FileInfo, error) {
	var f FileInfo
	err := s.txn("file", false, func(tx *bbolt.Tx) error {
		var (
			ok  bool
			err error
		)
		f, ok, err = readFileInfo(tx)
		if err == nil && !ok {
			err = corruptf("meta/file is missing")
		}
		return err
	})
	return f, err
}
