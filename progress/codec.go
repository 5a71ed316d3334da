package progress

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Layout of the bbolt file (schema 3):
//
//	meta/schema                                  uint32 big-endian schema version
//	meta/file                                    JSON FileInfo: the file's id and the computer it was created on
//	meta/first_profile                           the first learner's id (what DefaultProfile stands for)
//	profiles/<profile>/lessons/<lessonID>        JSON LessonRecord
//	profiles/<profile>/answers/<seq>             compact Answer (binary.go, binarylive.go); seq is 8-byte big-endian
//	profiles/<profile>/last_answers/<questionID> compact Answer
//	profiles/<profile>/state/position            JSON Position
//	profiles/<profile>/state/settings            JSON Settings
//	profiles/<profile>/state/answers_undone      JSON number: answers removed by an undo
//	profiles/<profile>/cards/<cardID>            compact CardRecord
//	profiles/<profile>/reviews/<seq>             compact Review with its day; seq is 8-byte big-endian
//	profiles/<profile>/days/<day>                compact DayCount; day is dayKey(local day number)
//	profiles/<profile>/checks/<moduleID>         JSON CheckResult
//	profiles/<profile>/reflections/<lessonID>    JSON Reflection (added within schema 2; read as empty when absent)
//	profile_index/<profile>                      JSON Profile
//	profile_alias/<old id>                       the unique id of the learner who had that id before schema 3
//
// <profile> is a learner's unique id (see learnerid.go). Every method
// taking a profile also accepts an alias, or DefaultProfile for the first
// learner, and resolves it in its own transaction (resolveProfile).
//
// Answers are keyed by the bucket's NextSequence, not by wall time: the
// sequence is monotonic and unique even when the clock jumps or two answers
// share a timestamp, and big-endian keys keep cursor order equal to saving
// order. Reviews are keyed the same way. The logs are append-only (undo
// removes only the newest review) and are never read to open the app: the
// days bucket keeps what the screens need of them.
//
// Small records that change shape stay JSON, readable with bbolt's CLI;
// the records that grow with use are compact (see binary.go), each value
// starting with a version byte. Schema 1 kept everything as JSON and had no
// days bucket; schema 2 keyed learners by ids made from their names and
// had no file id; migrate.go converts both.
var (
	bucketMeta        = []byte("meta")
	bucketProfiles    = []byte("profiles")
	bucketLessons     = []byte("lessons")
	bucketAnswers     = []byte("answers")
	bucketLastAnswers = []byte("last_answers")
	bucketState       = []byte("state")
	bucketCards       = []byte("cards")
	bucketReviews     = []byte("reviews")
	bucketChecks      = []byte("checks")
	bucketDays        = []byte("days")
	bucketReflections = []byte("reflections")
	// bucketProfileIndex is top-level, not inside each profile's bucket:
	// Profiles reads every record without opening every profile, and
	// "profiles" keeps holding only profile buckets.
	bucketProfileIndex = []byte("profile_index")
	// bucketProfileAlias maps the ids learners had before schema 3 to
	// their unique ids, so an old reference ("--profile default", a saved
	// report) still finds the learner.
	bucketProfileAlias = []byte("profile_alias")
)

// Keys inside meta and state.
const (
	keySchema        = "schema"
	keyFile          = "file"
	keyFirstProfile  = "first_profile"
	keyPosition      = "position"
	keySettings      = "settings"
	keyAnswersUndone = "answers_undone"
)

// corruptf returns an error wrapping ErrCorrupt with a detail message.
func corruptf(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrCorrupt, fmt.Sprintf(format, args...))
}

// seqKey encodes an answer or review sequence number as a sortable key.
func seqKey(seq uint64) []byte { return binary.BigEndian.AppendUint64(nil, seq) }

// profileBuckets are one profile's nested buckets. In a read transaction any
// of them may be nil, which reads as empty.
type profileBuckets struct {
	lessons, answers, lastAnswers, state, cards, reviews, checks, days, reflections *bbolt.Bucket
}

// subBucket returns parent's nested bucket name, or nil if it does not exist
// (or parent is nil). A plain value where a bucket belongs means damage.
func subBucket(parent *bbolt.Bucket, name []byte) (*bbolt.Bucket, error) {
	if parent == nil {
		return nil, nil
	}
	if b := parent.Bucket(name); b != nil {
		return b, nil
	}
	if parent.Get(name) != nil {
		return nil, corruptf("%q is a value where a bucket belongs", name)
	}
	return nil, nil
}

// createBucket is CreateBucketIfNotExists with a damaged layout reported as
// ErrCorrupt.
func createBucket(parent interface {
	CreateBucketIfNotExists([]byte) (*bbolt.Bucket, error)
}, name []byte) (*bbolt.Bucket, error) {
	b, err := parent.CreateBucketIfNotExists(name)
	if errors.Is(err, berrors.ErrIncompatibleValue) {
		return nil, corruptf("%q is a value where a bucket belongs", name)
	}
	return b, err
}

// profileForRead finds the buckets of the learner profile names (an id,
// an alias or DefaultProfile, see resolveProfile) without creating
// anything, so reads work in read-only mode and for profiles that have no
// data yet.
func profileForRead(tx *bbolt.Tx, profile string) (profileBuckets, error) {
	id, err := boltResolve(tx, profile)
	if err != nil {
		return profileBuckets{}, err
	}
	return bucketsForRead(tx, id)
}

// bucketsForRead is profileForRead of the bucket under key, unresolved.
func bucketsForRead(tx *bbolt.Tx, key string) (profileBuckets, error) {
	var pb profileBuckets
	p, err := subBucket(tx.Bucket(bucketProfiles), []byte(key))
	if err != nil || p == nil {
		return pb, err
	}
	for _, sb := range []struct {
		dst  **bbolt.Bucket
		name []byte
	}{
		{&pb.lessons, bucketLessons},
		{&pb.answers, bucketAnswers},
		{&pb.lastAnswers, bucketLastAnswers},
		{&pb.state, bucketState},
		{&pb.cards, bucketCards},
		{&pb.reviews, bucketReviews},
		{&pb.checks, bucketChecks},
		{&pb.days, bucketDays},
		{&pb.reflections, bucketReflections},
	} {
		if *sb.dst, err = subBucket(p, sb.name); err != nil {
			return pb, err
		}
	}
	return pb, nil
}

// profileForWrite finds or creates the buckets of the learner profile
// names (an id, an alias or DefaultProfile, see resolveProfile).
func profileForWrite(tx *bbolt.Tx, profile string) (profileBuckets, error) {
	id, err := boltResolve(tx, profile)
	if err != nil {
		return profileBuckets{}, err
	}
	return bucketsForWrite(tx, id)
}

// bucketsForWrite is profileForWrite of the bucket under key, unresolved.
func bucketsForWrite(tx *bbolt.Tx, key string) (profileBuckets, error) {
	var pb profileBuckets
	profiles, err := createBucket(tx, bucketProfiles)
	if err != nil {
		return pb, err
	}
	p, err := createBucket(profiles, []byte(key))
	if err != nil {
		return pb, err
	}
	if pb.lessons, err = createBucket(p, bucketLessons); err != nil {
		return pb, err
	}
	if pb.answers, err = createBucket(p, bucketAnswers); err != nil {
		return pb, err
	}
	if pb.lastAnswers, err = createBucket(p, bucketLastAnswers); err != nil {
		return pb, err
	}
	if pb.cards, err = createBucket(p, bucketCards); err != nil {
		return pb, err
	}
	if pb.reviews, err = createBucket(p, bucketReviews); err != nil {
		return pb, err
	}
	if pb.checks, err = createBucket(p, bucketChecks); err != nil {
		return pb, err
	}
	if pb.days, err = createBucket(p, bucketDays); err != nil {
		return pb, err
	}
	if pb.reflections, err = createBucket(p, bucketReflections); err != nil {
		return pb, err
	}
	// The logs only grow at their end: full pages split there waste no
	// room (bbolt's default leaves half of every page empty).
	pb.answers.FillPercent, pb.reviews.FillPercent = 1.0, 1.0
	pb.state, err = createBucket(p, bucketState)
	return pb, err
}

// decodeJSON decodes one stored value. v is nil for a nested bucket, which
// is damage where a record belongs. Unmarshal copies out of v, which is only
// valid inside the transaction.
func decodeJSON[T any](label string, k, v []byte) (T, error) {
	var x T
	if v == nil {
		return x, corruptf("%s/%q is a bucket where a record belongs", label, k)
	}
	if err := json.Unmarshal(v, &x); err != nil {
		return x, corruptf("%s/%q: %v", label, k, err)
	}
	return x, nil
}

// getJSON decodes the value at key into a T, returning the zero T when the
// bucket or key does not exist. label names the bucket in error messages.
func getJSON[T any](b *bbolt.Bucket, label string, key []byte) (T, error) {
	x, _, err := lookupJSON[T](b, label, key)
	return x, err
}

// lookupJSON is getJSON that also reports whether the key exists. A nested
// bucket at key exists too, and is reported as damage.
func lookupJSON[T any](b *bbolt.Bucket, label string, key []byte) (T, bool, error) {
	var zero T
	if b == nil {
		return zero, false, nil
	}
	data := b.Get(key)
	if data == nil && b.Bucket(key) == nil {
		return zero, false, nil
	}
	x, err := decodeJSON[T](label, key, data)
	return x, true, err
}

// putJSON encodes v and stores it at key.
func putJSON(b *bbolt.Bucket, key []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(key, data)
}

// readAll decodes every value of b into m, keyed by the bucket key.
func readAll[T any](b *bbolt.Bucket, label string, m map[string]T) error {
	if b == nil {
		return nil
	}
	return b.ForEach(func(k, v []byte) error {
		x, err := decodeJSON[T](label, k, v)
		m[string(k)] = x
		return err
	})
}

// deleteBucketTree deletes parent's nested bucket key with everything in
// it, nested buckets first, one at a time. bbolt's DeleteBucket deletes
// the nested buckets while it iterates over them; when the bucket was
// changed earlier in the same transaction (an upgrade from schema 1 goes
// on to schema 3 in one), that iteration skips some, whose pages are then
// neither in use nor free: the file fails the structure check.
func deleteBucketTree(parent *bbolt.Bucket, key []byte) error {
	b := parent.Bucket(key)
	if b == nil {
		return parent.DeleteBucket(key) // bbolt's error for a missing bucket or a value
	}
	var nested [][]byte
	err := b.ForEach(func(k, v []byte) error {
		if v == nil {
			nested = append(nested, bytes.Clone(k))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, k := range nested {
		if err := deleteBucketTree(b, k); err != nil {
			return err
		}
	}
	return parent.DeleteBucket(key)
}
