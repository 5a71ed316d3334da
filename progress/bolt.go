package progress

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"time"

	"go.etcd.io/bbolt"
)

// DefaultTimeout is how long Open waits for another process to release the
// progress file before giving up with ErrLocked.
const DefaultTimeout = time.Second

// Options configures Open.
type Options struct {
	// Timeout is how long to wait for the file lock; zero or negative means
	// DefaultTimeout. (bbolt itself would wait forever on zero.)
	Timeout time.Duration
	// ReadOnly opens the file with a shared lock and never writes to it:
	// buckets are not created, a missing profile reads as empty and every
	// write method fails. The file must already exist.
	ReadOnly bool
}

// BoltStore is a Store kept in a single bbolt file.
type BoltStore struct {
	// mu is read-held for the length of every method's transaction and
	// write-held by Close, so Close waits for running methods and later
	// calls see db == nil instead of racing bbolt's own close.
	mu       sync.RWMutex
	db       *bbolt.DB
	path     string
	readOnly bool
}

// Open opens or creates the progress file at path, creating its parent
// directory (0700) if needed. Errors wrap ErrLocked when another process
// holds the file for longer than opts.Timeout, ErrCorrupt when the file is
// damaged or not an ajar progress file, and ErrNewerSchema when a newer ajar
// wrote it; all of them name the path.
func Open(path string, opts Options) (*BoltStore, error) {
	if path == "" {
		return nil, fmt.Errorf("progress: open: %w: empty path", ErrInvalid)
	}
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	if !opts.ReadOnly {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, fmt.Errorf("progress: open: %w", err)
		}
		if err := probe(path, timeout); err != nil {
			return nil, fmt.Errorf("progress: open: %s: %w", path, err)
		}
	}
	db, err := openDB(path, timeout, opts.ReadOnly)
	if err != nil {
		return nil, fmt.Errorf("progress: open: %s: %w", path, err)
	}
	s := &BoltStore{db: db, path: path, readOnly: opts.ReadOnly}
	if err := runTx(db, !opts.ReadOnly, s.prepare); err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("progress: open: %s: %w", path, err)
	}
	return s, nil
}

// prepare checks the file and, unless read-only, migrates it and creates the
// buckets. It runs as Open's one transaction.
func (s *BoltStore) prepare(tx *bbolt.Tx) error {
	if err := checkSize(tx); err != nil {
		return err
	}
	version, err := readSchema(tx)
	if err != nil {
		return err
	}
	if s.readOnly {
		return checkSchemaReadOnly(version)
	}
	if err := migrate(tx, version); err != nil {
		return err
	}
	return ensureLayout(tx)
}

// runTx runs fn in one View or Update transaction. A panic from reading a
// damaged file (including a memory fault in bbolt's mmap) becomes an error
// wrapping ErrCorrupt; bbolt has already rolled the transaction back.
func runTx(db *bbolt.DB, write bool, fn func(*bbolt.Tx) error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = corruptf("panic: %v", r)
		}
	}()
	if write {
		return db.Update(fn)
	}
	return db.View(fn)
}

// txn is runTx for Store methods: it refuses a closed store, and prefixes
// errors with the operation, adding the path when the file is damaged.
func (s *BoltStore) txn(op string, write bool, fn func(*bbolt.Tx) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return opError(op, ErrClosed)
	}
	err := runTx(s.db, write, fn)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrCorrupt):
		return fmt.Errorf("progress: %s: %s: %w", op, s.path, err)
	}
	return opError(op, err)
}

// Path returns the file path the store was opened with.
func (s *BoltStore) Path() string { return s.path }

// Snapshot implements Store.
func (s *BoltStore) Snapshot(profile string) (Snapshot, error) {
	const op = "snapshot"
	if err := checkID("profile", profile); err != nil {
		return Snapshot{}, opError(op, err)
	}
	snap := newSnapshot(profile)
	err := s.txn(op, false, func(tx *bbolt.Tx) error {
		pb, err := profileForRead(tx, profile)
		if err != nil {
			return err
		}
		if err := readAll(pb.lessons, "lessons", snap.Lessons); err != nil {
			return err
		}
		if err := readAll(pb.lastAnswers, "last_answers", snap.LastAnswers); err != nil {
			return err
		}
		if snap.AnswerCount, err = answerCount(pb); err != nil {
			return err
		}
		if err := readAll(pb.cards, "cards", snap.Cards); err != nil {
			return err
		}
		if snap.Reviews, err = readReviews(pb); err != nil {
			return err
		}
		if snap.Settings, err = readSettings(pb); err != nil {
			return err
		}
		if err := readAll(pb.checks, "checks", snap.Checks); err != nil {
			return err
		}
		snap.Position, err = getJSON[Position](pb.state, "state", []byte(keyPosition))
		return err
	})
	if err != nil {
		return Snapshot{}, err
	}
	return snap, nil
}

// OpenLesson implements Store.
func (s *BoltStore) OpenLesson(profile, lessonID string, at time.Time) error {
	const op = "open lesson"
	at, err := prepareOpen(profile, lessonID, at)
	if err != nil {
		return opError(op, err)
	}
	return s.txn(op, true, func(tx *bbolt.Tx) error {
		pb, err := profileForWrite(tx, profile)
		if err != nil {
			return err
		}
		key := []byte(lessonID)
		rec, err := getJSON[LessonRecord](pb.lessons, "lessons", key)
		if err != nil {
			return err
		}
		if err := putJSON(pb.lessons, key, openedRecord(rec, lessonID, at)); err != nil {
			return err
		}
		pos, err := getJSON[Position](pb.state, "state", []byte(keyPosition))
		if err != nil {
			return err
		}
		return putJSON(pb.state, []byte(keyPosition), openedPosition(pos, lessonID, at))
	})
}

// SavePosition implements Store.
func (s *BoltStore) SavePosition(profile string, pos Position) error {
	const op = "save position"
	pos, err := preparePosition(profile, pos)
	if err != nil {
		return opError(op, err)
	}
	return s.txn(op, true, func(tx *bbolt.Tx) error {
		pb, err := profileForWrite(tx, profile)
		if err != nil {
			return err
		}
		return putJSON(pb.state, []byte(keyPosition), pos)
	})
}

// SaveAnswer implements Store.
func (s *BoltStore) SaveAnswer(profile string, a Answer) (Answer, error) {
	const op = "save answer"
	a, err := prepareAnswer(profile, a)
	if err != nil {
		return Answer{}, opError(op, err)
	}
	err = s.txn(op, true, func(tx *bbolt.Tx) error {
		pb, err := profileForWrite(tx, profile)
		if err != nil {
			return err
		}
		// The sequence is rolled back with the transaction, so a failed
		// save leaves no gap.
		if a.Seq, err = pb.answers.NextSequence(); err != nil {
			return err
		}
		if err := putJSON(pb.answers, seqKey(a.Seq), a); err != nil {
			return err
		}
		return putJSON(pb.lastAnswers, []byte(a.QuestionID), a)
	})
	if err != nil {
		return Answer{}, err
	}
	return a, nil
}

// CompleteLesson implements Store.
func (s *BoltStore) CompleteLesson(profile string, r Result) (LessonRecord, error) {
	const op = "complete lesson"
	r, err := prepareResult(profile, r)
	if err != nil {
		return LessonRecord{}, opError(op, err)
	}
	var rec LessonRecord
	err = s.txn(op, true, func(tx *bbolt.Tx) error {
		pb, err := profileForWrite(tx, profile)
		if err != nil {
			return err
		}
		key := []byte(r.LessonID)
		old, err := getJSON[LessonRecord](pb.lessons, "lessons", key)
		if err != nil {
			return err
		}
		rec = completedRecord(old, r)
		if err := putJSON(pb.lessons, key, rec); err != nil {
			return err
		}
		return addNewCards(boltState{pb}, r.NewCards)
	})
	if err != nil {
		return LessonRecord{}, err
	}
	return rec, nil
}

// AnswerLog returns every answer of a profile in saving (Seq) order. It is
// not part of Store: only reports and tests need the full log.
func (s *BoltStore) AnswerLog(profile string) ([]Answer, error) {
	const op = "answer log"
	if err := checkID("profile", profile); err != nil {
		return nil, opError(op, err)
	}
	log := []Answer{}
	err := s.txn(op, false, func(tx *bbolt.Tx) error {
		pb, err := profileForRead(tx, profile)
		if err != nil || pb.answers == nil {
			return err
		}
		return pb.answers.ForEach(func(k, v []byte) error {
			a, err := decodeJSON[Answer]("answers", k, v)
			log = append(log, a)
			return err
		})
	})
	if err != nil {
		return nil, err
	}
	return log, nil
}

// Close implements Store. It waits for running methods to finish.
func (s *BoltStore) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return opError("close", ErrClosed)
	}
	err := s.db.Close()
	s.db = nil
	if err != nil {
		return opError("close", err)
	}
	return nil
}
