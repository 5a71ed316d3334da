package progress

import (
	"encoding/binary"
	"fmt"

	"go.etcd.io/bbolt"
)

// schemaVersion is the layout this code reads and writes (see codec.go).
// Bump it together with a new case in upgradeFrom whenever the layout or an
// encoding changes incompatibly; adding a JSON field does not need a bump.
//
// Schema 1 grew additively (cards, reviews, settings, profiles and checks
// came without a bump, since an older ajar could still read and write such
// a file safely). Schema 2 is a real change: the logs, cards and last
// answers moved to the compact encoding and the days bucket appeared, so
// opening a file no longer reads its whole review log. An older ajar now
// refuses the file with ErrNewerSchema instead of misreading it.
//
// Schema 3 keys every learner by a unique id instead of one made from the
// name (the first learner's was "default" in every file, so reports from
// two PCs joined two people); the old ids stay as aliases, and the file
// has an id and the name of the computer it was created on (migrate2.go).
// An older ajar would take a learner's progress for missing, so it must
// refuse the file.
//
// Schema 4 lets an answer carry the live session of a class it was given
// in (binarylive.go: a new record version and review flags). Nothing is
// converted, but an older ajar reads such a record as damage and would
// offer to restore a backup over a class's answers; with the bump it
// refuses the file as newer instead.
const schemaVersion uint32 = 4

// upgradeEnv is what an upgrade or a new file's layout needs from outside
// the file: new ids, the computer's name and whether the file is older
// (see FileInfo).
type upgradeEnv struct {
	newID    func() (string, error)
	host     string // "" means os.Hostname
	upgraded bool   // the file existed before this ajar opened it
}

// readSchema returns the file's schema version; 0 means a brand-new file.
func readSchema(tx *bbolt.Tx) (uint32, error) {
	var raw []byte
	if meta := tx.Bucket(bucketMeta); meta != nil {
		raw = meta.Get([]byte(keySchema))
	}
	if raw == nil {
		// We write the version in the same transaction that creates the
		// first bucket, so a non-empty file without one was written by some
		// other program: refuse it rather than mix our data into it.
		if k, _ := tx.Cursor().First(); k != nil {
			return 0, corruptf("no schema version: not an ajar progress file")
		}
		return 0, nil
	}
	if len(raw) != 4 {
		return 0, corruptf("schema version is %d bytes, want 4", len(raw))
	}
	return binary.BigEndian.Uint32(raw), nil
}

// checkSchemaReadOnly accepts what a read-only open can read as is: a new
// (empty) file or the current schema. Older files need a read-write open to
// be upgraded first.
func checkSchemaReadOnly(from uint32) error {
	switch {
	case from > schemaVersion:
		return newerSchemaError(from)
	case from != 0 && from < schemaVersion:
		return fmt.Errorf("%w: schema %d is older than %d: open it once read-write to upgrade", ErrOlderSchema, from, schemaVersion)
	}
	return nil
}

// migrate upgrades the file from version from to schemaVersion, one step at
// a time, inside Open's read-write transaction: if any step fails, the file
// is left exactly as it was.
func migrate(tx *bbolt.Tx, from uint32, env upgradeEnv) error {
	if from > schemaVersion {
		return newerSchemaError(from)
	}
	if from == schemaVersion {
		return nil
	}
	for v := from; v < schemaVersion; v++ {
		if err := upgradeFrom(tx, v, env); err != nil {
			return fmt.Errorf("upgrade schema %d to %d: %w", v, v+1, err)
		}
	}
	meta, err := createBucket(tx, bucketMeta)
	if err != nil {
		return err
	}
	return meta.Put([]byte(keySchema), binary.BigEndian.AppendUint32(nil, schemaVersion))
}

// upgradeFrom converts the file from schema v to v+1.
func upgradeFrom(tx *bbolt.Tx, v uint32, env upgradeEnv) error {
	switch v {
	case 0:
		// Version 0 is a brand-new, empty file. Open's ensureLayout creates
		// the buckets in the same transaction, so there is nothing to convert.
		return nil
	case 1:
		return upgradeFrom1(tx)
	case 2:
		return upgradeFrom2(tx, env)
	case 3:
		// Schema 4 only adds encodings an older ajar cannot read (live
		// answers); existing records stay as they are.
		return nil
	// Future steps go here, e.g. "case 4:" converting schema 4 to 5. Each
	// step must be correct on its own, since a file may start at any version.
	default:
		return fmt.Errorf("no upgrade step from schema %d", v)
	}
}

// newerSchemaError reports a file written by a newer ajar.
func newerSchemaError(found uint32) error {
	return fmt.Errorf("%w: file has schema %d, this ajar reads up to %d", ErrNewerSchema, found, schemaVersion)
}

// ensureLayout creates the top-level buckets, the file's identity and the
// first learner with their buckets, so a new file has its whole layout
// from the first open; an upgraded file gets what it lacks. The profile
// index, alias and checks buckets came later and are additive like the
// review buckets: a file opened read-only before they were created reads
// them as empty.
func ensureLayout(tx *bbolt.Tx, env upgradeEnv) error {
	for _, name := range [][]byte{bucketMeta, bucketProfileIndex, bucketProfileAlias} {
		if _, err := createBucket(tx, name); err != nil {
			return err
		}
	}
	_, ok, err := readFileInfo(tx)
	if err != nil {
		return err
	}
	if !ok {
		f, err := newFileInfo(env.newID, env.host, env.upgraded)
		if err != nil {
			return err
		}
		if err := putJSON(tx.Bucket(bucketMeta), []byte(keyFile), f); err != nil {
			return err
		}
	}
	ix := boltIndex{tx: tx, ids: env.newID}
	first, err := ix.first()
	if err != nil {
		return err
	}
	if first == "" {
		if first, err = env.newID(); err != nil {
			return err
		}
		if err := ix.setFirst(first); err != nil {
			return err
		}
	}
	_, err = bucketsForWrite(tx, first)
	return err
}
