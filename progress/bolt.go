package progress

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"sync/atomic"
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
	// Host is the computer's name recorded in a new (or upgraded) file as
	// where it was created (see FileInfo); "" means os.Hostname.
	Host string
	// Rand is where new learner and file ids come from; nil means
	// crypto/rand. Tests set it to make files that are the same each run.
	Rand io.Reader
}

// BoltStore is a Store kept in a single bbolt file.
type BoltStore struct {
	shorthands
	// mu is read-held for the length of every method's transaction and
	// write-held by Close, so Close waits for running methods and later
	// calls see db == nil instead of racing bbolt's own close.
	mu       sync.RWMutex
	db       *bbolt.DB
	path     string
	readOnly bool
	host     string    // Options.Host
	rand     io.Reader // Options.Rand
	// check ends when the background integrity check of the file is done;
	// every write waits for it, so a damaged file is never written.
	check *integrity
	// changed counts committed write transactions, so main knows whether a
	// session changed anything worth a backup.
	changed atomic.Int64
	// broken holds the first damage any transaction met: once a record is
	// found damaged, nothing more is written to the file.
	broken atomic.Pointer[error]
	// writing is held by every write transaction, and by Snapshot while it
	// begins its two read transactions, so both see the same commit.
	writing sync.Mutex
}

// Open opens or creates the progress file at path, creating its parent
// directory (0700) if needed. Errors wrap ErrLocked when another process
// holds the file for longer than opts.Timeout, ErrCorrupt when the file is
// damaged, empty (ErrEmpty too) or not an ajar progress file, and
// ErrNewerSchema when a newer ajar wrote it; all of them name the path.
//
// Before anything is written, the file's structure is checked (see
// verify.go): the meta pages and the freelist at once, the whole tree in
// the background while the app starts. Writes wait for that check, and a
// file found damaged is never written: every write then fails with
// ErrCorrupt, and Verify reports it. A file of an older schema is checked
// in full, copied into the backups folder (see Backup) and upgraded in one
// transaction before Open returns.
func Open(path string, opts Options) (*BoltStore, error) {
	if path == "" {
		return nil, fmt.Errorf("progress: open: %w: empty path", ErrInvalid)
	}
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	fail := func(err error) (*BoltStore, error) {
		return nil, fmt.Errorf("progress: open: %s: %w", path, err)
	}
	if !opts.ReadOnly {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return nil, fmt.Errorf("progress: open: %w", err)
		}
	}
	version, existed, err := probe(path, timeout, opts.ReadOnly)
	if err != nil {
		return fail(err)
	}
	check := &integrity{done: make(chan struct{})}
	switch {
	case !existed:
		check.finish(nil) // a new file: nothing to check
	case opts.ReadOnly || version < schemaVersion:
		// Reports read everything, and an upgrade rewrites much: both check
		// the whole file first.
		check.finish(verifyFile(path))
		if err := check.result(); err != nil {
			return fail(err)
		}
	}
	if existed && !opts.ReadOnly && version < schemaVersion && version != 0 {
		if _, err := backupFile(path, "pre-upgrade", timeout); err != nil {
			return fail(fmt.Errorf("backup before upgrading: %w", err))
		}
	}
	db, err := openDB(path, timeout, opts.ReadOnly)
	if err != nil {
		return fail(err)
	}
	s := &BoltStore{db: db, path: path, readOnly: opts.ReadOnly, host: opts.Host, rand: opts.Rand, check: check}
	s.shorthands = shorthands{apply: s.apply}
	if err := s.prepare(version); err != nil {
		_ = db.Close()
		return fail(err)
	}
	if existed && !opts.ReadOnly && version == schemaVersion {
		check.run = func() { check.finish(verifyFile(path)) }
	}
	return s, nil
}

// integrity is the result of a file's structure check, known once done is
// closed. The check of a current file starts on first need (StartCheck,
// Verify or a write), so it does not compete with reading the learner's
// progress for the first frame.
type integrity struct {
	done  chan struct{}
	err   error
	start sync.Once
	run   func() // the check to run in the background; nil if done already
}

// begin starts the background check, once.
func (c *integrity) begin() {
	c.start.Do(func() {
		if c.run != nil {
			go c.run()
		}
	})
}

func (c *integrity) finish(err error) {
	c.err = err
	close(c.done)
}

// result starts the check if needed, waits for it and returns its error.
func (c *integrity) result() error {
	c.begin()
	<-c.done
	return c.err
}

// StartCheck starts the integrity check of the file in the background, if
// it has not started; the app calls it once the learner's progress is on
// screen. Writes and Verify start it themselves when needed.
func (s *BoltStore) StartCheck() { s.check.begin() }

// Verify waits for the integrity check that Open prepared and returns its
// result: nil, or an error wrapping ErrCorrupt. The app asks once at start;
// writes ask it on their own.
func (s *BoltStore) Verify() error {
	if err := s.check.result(); err != nil {
		return fmt.Errorf("progress: check: %s: %w", s.path, err)
	}
	return nil
}

// Changed reports whether any write was committed since Open.
func (s *BoltStore) Changed() bool { return s.changed.Load() > 0 }

// prepare migrates an older file and, for a new one, creates the layout,
// in one write transaction; a current file is only read, so opening a
// file writes nothing to it.
func (s *BoltStore) prepare(version uint32) error {
	if s.readOnly {
		return runTx(s.db, false, func(tx *bbolt.Tx) error { return checkSchemaReadOnly(version) })
	}
	if version == schemaVersion {
		return nil
	}
	env := upgradeEnv{newID: s.newID, host: s.host, upgraded: version != 0}
	return runTx(s.db, true, func(tx *bbolt.Tx) error {
		if err := migrate(tx, version, env); err != nil {
			return err
		}
		return ensureLayout(tx, env)
	})
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
	if write {
		if err := s.Verify(); err != nil {
			return opError(op, err)
		}
		if broken := s.broken.Load(); broken != nil {
			return opError(op, *broken)
		}
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return opError(op, ErrClosed)
	}
	if write {
		s.writing.Lock()
		defer s.writing.Unlock()
		if d := commitDelay(); d > 0 {
			fn = delayed(fn, d)
		}
	}
	err := runTx(s.db, write, fn)
	switch {
	case err == nil:
		if write {
			s.changed.Add(1)
		}
		return nil
	case errors.Is(err, ErrCorrupt):
		err = fmt.Errorf("progress: %s: %s: %w", op, s.path, err)
		s.broken.CompareAndSwap(nil, &err)
		return err
	}
	return opError(op, err)
}

// Path returns the file path the store was opened with.
func (s *BoltStore) Path() string { return s.path }

// Snapshot implements Store. It reads no log: cards, day counts and the
// small per-lesson records only.
func (s *BoltStore) Snapshot(profile string) (Snapshot, error) {
	const op = "snapshot"
	if err := checkID("profile", profile); err != nil {
		return Snapshot{}, opError(op, err)
	}
	snap := newSnapshot(profile)
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.db == nil {
		return Snapshot{}, opError(op, ErrClosed)
	}
	// The last answers are read on a second core while the cards are read
	// on this one: with 20,000 of each, that is most of the start-up time.
	// Both read transactions begin while no write can commit, so they see
	// one state of the file.
	s.writing.Lock()
	txs := make([]*bbolt.Tx, 2)
	var err error
	for i := range txs {
		if txs[i], err = s.db.Begin(false); err != nil {
			break
		}
	}
	s.writing.Unlock()
	defer func() {
		for _, tx := range txs {
			if tx != nil {
				_ = tx.Rollback()
			}
		}
	}()
	if err != nil {
		return Snapshot{}, opError(op, err)
	}
	answers := make(chan error, 1)
	go func() {
		answers <- guard(func() error {
			pb, err := profileForRead(txs[1], profile)
			if err != nil {
				return err
			}
			return readLastAnswers(pb, &snap)
		})
	}()
	err = guard(func() error {
		pb, err := profileForRead(txs[0], profile)
		if err != nil {
			return err
		}
		return readAllButLastAnswers(pb, &snap)
	})
	if aerr := <-answers; err == nil {
		err = aerr
	}
	if errors.Is(err, ErrCorrupt) {
		return Snapshot{}, fmt.Errorf("progress: %s: %s: %w", op, s.path, err)
	} else if err != nil {
		return Snapshot{}, opError(op, err)
	}
	return snap, nil
}

// delayed makes a write transaction wait d before committing (see
// commitDelay).
func delayed(fn func(*bbolt.Tx) error, d time.Duration) func(*bbolt.Tx) error {
	return func(tx *bbolt.Tx) error {
		err := fn(tx)
		time.Sleep(d)
		return err
	}
}

// guard runs fn, turning a panic or memory fault from reading a damaged
// file into an error wrapping ErrCorrupt, like runTx does for a whole
// transaction.
func guard(fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = corruptf("panic: %v", r)
		}
	}()
	return fn()
}

// Apply implements Store.
func (s *BoltStore) Apply(profile string, ws ...Write) ([]Effect, error) {
	return s.apply("apply", profile, ws)
}

// apply is Apply with errors prefixed by op.
func (s *BoltStore) apply(op, profile string, ws []Write) ([]Effect, error) {
	ws, err := prepareWrites(profile, ws)
	if err != nil {
		return nil, opError(op, err)
	}
	var effects []Effect
	err = s.txn(op, true, func(tx *bbolt.Tx) error {
		pb, err := profileForWrite(tx, profile)
		if err != nil {
			return err
		}
		effects, err = applyWrites(boltState{pb}, ws)
		return err
	})
	if err != nil {
		return nil, err
	}
	return effects, nil
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
			a, err := decodeAnswerValue("answers", k, v)
			log = append(log, a)
			return err
		})
	})
	if err != nil {
		return nil, err
	}
	return log, nil
}

// ReviewLog calls fn with every review of a profile in Seq order, oldest
// first, streaming: the log is never held in memory whole. It is not part
// of Store: only statistics over the full history, reports and tests need
// it. fn's error stops the walk and is returned.
func (s *BoltStore) ReviewLog(profile string, fn func(Review) error) error {
	const op = "review log"
	if err := checkID("profile", profile); err != nil {
		return opError(op, err)
	}
	return s.txn(op, false, func(tx *bbolt.Tx) error {
		pb, err := profileForRead(tx, profile)
		if err != nil || pb.reviews == nil {
			return err
		}
		return pb.reviews.ForEach(func(k, v []byte) error {
			r, _, err := decodeReviewValue(k, v)
			if err != nil {
				return err
			}
			return fn(r)
		})
	})
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
