package progress

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"
)

// fillStore writes some of everything to s and returns its snapshot.
func fillStore(t *testing.T, s testStore) Snapshot {
	t.Helper()
	mustNil(t, s.OpenLesson(DefaultProfile, "l1", at(0)))
	for i := range 30 {
		saveAnswer(t, s, DefaultProfile, Answer{LessonID: "l1", QuestionID: "q" + string(rune('a'+i%5)), Given: strings.Repeat("x", 40), Correct: i%2 == 0, At: at(i)})
	}
	if _, err := s.CompleteLesson(DefaultProfile, Result{LessonID: "l1", Correct: 3, Total: 5, At: at(31)}); err != nil {
		t.Fatal(err)
	}
	mustNil(t, s.SavePosition(DefaultProfile, Position{LessonID: "l1", Screen: ScreenQuiz, Scroll: 0.75, Question: 4, At: at(32)}))
	mustNil(t, s.OpenLesson("ana", "l2", at(33)))
	saveReviewOf(t, s, DefaultProfile, quizReview("qa", Good, testCard(3, 34), 34, "B"))
	saveReviewOf(t, s, DefaultProfile, flashReview("f1", Easy, testCard(8, 35), 35))
	mustNil(t, s.SaveSettings(DefaultProfile, Settings{NewPerDay: 7, ReviewsPerDay: 70}))
	return snapshot(t, s, DefaultProfile)
}

func TestBoltReopenKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "progress.db")
	s := openTestBolt(t, path)
	want := fillStore(t, s)
	wantLog := answerLog(t, s, DefaultProfile)
	mustNil(t, s.Close())

	s = openTestBolt(t, path)
	assertEqual(t, "snapshot after reopen", snapshot(t, s, DefaultProfile), want)
	assertEqual(t, "log after reopen", answerLog(t, s, DefaultProfile), wantLog)
	if a := saveAnswer(t, s, DefaultProfile, Answer{LessonID: "l1", QuestionID: "q1"}); a.Seq != uint64(want.AnswerCount+1) {
		t.Errorf("Seq after reopen = %d, want %d", a.Seq, want.AnswerCount+1)
	}
	if s.Path() != path {
		t.Errorf("Path() = %q, want %q", s.Path(), path)
	}
}

func TestBoltNewFileLayout(t *testing.T) {
	s := openTestBolt(t, filepath.Join(t.TempDir(), "progress.db"))
	err := s.db.View(func(tx *bbolt.Tx) error {
		raw := tx.Bucket(bucketMeta).Get([]byte(keySchema))
		if len(raw) != 4 || binary.BigEndian.Uint32(raw) != schemaVersion {
			t.Errorf("meta/schema = %x, want %d as uint32 big-endian", raw, schemaVersion)
		}
		p := firstBucket(tx)
		for _, name := range [][]byte{bucketLessons, bucketAnswers, bucketLastAnswers, bucketState, bucketCards, bucketReviews} {
			if p == nil || p.Bucket(name) == nil {
				t.Errorf("bucket profiles/<first learner>/%s missing", name)
			}
		}
		if tx.Bucket(bucketProfiles).Bucket([]byte(DefaultProfile)) != nil {
			t.Errorf("a new file has a bucket profiles/%s: the first learner must have a unique id", DefaultProfile)
		}
		if tx.Bucket(bucketProfileAlias) == nil {
			t.Error("bucket profile_alias missing")
		}
		return nil
	})
	mustNil(t, err)
	f, err := s.File()
	mustNil(t, err)
	host, _ := os.Hostname()
	if !IsUniqueID(f.ID) || f.Host != host || f.Upgraded {
		t.Errorf("File() = %+v, want a unique id and this computer's name %q", f, host)
	}
}

// TestBoltIDsFromOptions makes the same file twice from one source of
// ids and one host name, as the report tests do; reopening keeps them.
func TestBoltIDsFromOptions(t *testing.T) {
	var files []FileInfo
	var firsts []string
	for range 2 {
		path := filepath.Join(t.TempDir(), "progress.db")
		s, err := Open(path, Options{Host: "PC-DIKLAT-01", Rand: strings.NewReader("0123456789abcdefghijklmnopqrstuvwxyz")})
		mustNil(t, err)
		mustNil(t, s.Close())
		s = openTestBolt(t, path)
		f, err := s.File()
		mustNil(t, err)
		files = append(files, f)
		firsts = append(firsts, firstID(t, s))
	}
	if files[0] != files[1] || firsts[0] != firsts[1] || files[0].Host != "PC-DIKLAT-01" || files[0].ID == firsts[0] {
		t.Errorf("files %+v, first learners %q: want the same two different ids twice", files, firsts)
	}
}

func TestBoltSecondOpenIsLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "progress.db")
	first := openTestBolt(t, path)
	for _, readOnly := range []bool{false, true} {
		_, err := Open(path, Options{Timeout: 100 * time.Millisecond, ReadOnly: readOnly})
		if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), path) {
			t.Errorf("second Open (read-only %v) = %v, want ErrLocked naming the path", readOnly, err)
		}
	}
	mustNil(t, first.Close())
	openTestBolt(t, path) // the lock is released by Close
}

func TestBoltDamagedFileIsCorrupt(t *testing.T) {
	dir := t.TempDir()
	// A real database, big enough to span many pages.
	real := filepath.Join(dir, "real.db")
	s := openTestBolt(t, real)
	fillStore(t, s)
	var need int64
	mustNil(t, s.db.View(func(tx *bbolt.Tx) error { need = tx.Size(); return nil }))
	mustNil(t, s.Close())
	realBytes, err := os.ReadFile(real)
	mustNil(t, err)

	rng := rand.New(rand.NewPCG(1, 2))
	random := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		return b
	}
	files := map[string][]byte{
		"random 64KiB":          random(64 << 10),
		"random 100 bytes":      random(100),
		"text":                  []byte("this is not a database\n"),
		"truncated to 100":      realBytes[:100],
		"truncated to one page": realBytes[:4096],
		"truncated to 2 pages":  realBytes[:8192],
		"truncated to half":     realBytes[:need/2],
		"truncated by one byte": realBytes[:need-1],
	}
	for name, data := range files {
		for _, readOnly := range []bool{false, true} {
			path := filepath.Join(dir, strings.ReplaceAll(name, " ", "_")+".db")
			mustNil(t, os.WriteFile(path, data, 0o600))
			// Twice: a failed open must not leave the file locked.
			for range 2 {
				s, err := Open(path, Options{Timeout: 100 * time.Millisecond, ReadOnly: readOnly})
				if err == nil {
					_ = s.Close()
				}
				if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), path) {
					t.Errorf("%s (read-only %v): Open = %v, want ErrCorrupt naming the path", name, readOnly, err)
				}
			}
		}
	}
}

func TestBoltPanicWhileOpeningIsCorrupt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "progress.db")
	s := openTestBolt(t, path)
	fillStore(t, s)
	mustNil(t, s.Close())
	data, err := os.ReadFile(path)
	mustNil(t, err)
	// Test-only knowledge of bbolt's format: each meta page (pages 0 and 1)
	// holds, after the 16-byte page header, magic, version, page size and
	// flags (4 bytes each), the root bucket (16 bytes), then the freelist
	// page ID. Mark both metas' freelist pages as branch pages: the
	// checksummed metas stay valid, and bbolt.Open would panic on the
	// freelist; the check before it finds the damage first.
	pageSize := int(binary.LittleEndian.Uint32(data[16+8:]))
	for meta := range 2 {
		freelist := int(binary.LittleEndian.Uint64(data[meta*pageSize+16+32:]))
		binary.LittleEndian.PutUint16(data[freelist*pageSize+8:], 0x01)
	}
	mustNil(t, os.WriteFile(path, data, 0o600))
	// Twice: the refused open must release the file lock.
	for range 2 {
		_, err := Open(path, Options{Timeout: 100 * time.Millisecond})
		if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "freelist") {
			t.Errorf("Open = %v, want ErrCorrupt naming the freelist", err)
		}
	}
	// bbolt's own open, unguarded by the check, panics on this file: the
	// guard in openDB turns it into ErrCorrupt too.
	if _, err := openDB(path, 100*time.Millisecond, false); !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "panic") {
		t.Errorf("openDB = %v, want ErrCorrupt from a recovered panic", err)
	}
}

func TestBoltForeignFileIsCorrupt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "other.db")
	db, err := bbolt.Open(path, 0o600, nil)
	mustNil(t, err)
	mustNil(t, db.Update(func(tx *bbolt.Tx) error {
		_, err := tx.CreateBucket([]byte("someone-else"))
		return err
	}))
	mustNil(t, db.Close())
	if _, err := Open(path, Options{}); !errors.Is(err, ErrCorrupt) {
		t.Errorf("Open of a foreign bbolt file = %v, want ErrCorrupt", err)
	}
}

// damage opens path, lets change write to the raw database and closes it.
func damage(t *testing.T, path string, change func(tx *bbolt.Tx) error) {
	t.Helper()
	s, err := Open(path, Options{})
	mustNil(t, err)
	mustNil(t, s.db.Update(change))
	mustNil(t, s.Close())
}

func TestBoltNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "progress.db")
	damage(t, path, func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketMeta).Put([]byte(keySchema), binary.BigEndian.AppendUint32(nil, schemaVersion+1))
	})
	for _, readOnly := range []bool{false, true} {
		if _, err := Open(path, Options{ReadOnly: readOnly}); !errors.Is(err, ErrNewerSchema) {
			t.Errorf("Open (read-only %v) = %v, want ErrNewerSchema", readOnly, err)
		}
	}
}

func TestBoltDamagedRecordIsCorrupt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "progress.db")
	damage(t, path, func(tx *bbolt.Tx) error {
		p := firstBucket(tx)
		if err := p.Bucket(bucketLessons).Put([]byte("l1"), []byte("{not json")); err != nil {
			return err
		}
		return p.Bucket(bucketState).Put([]byte(keyPosition), []byte("[]"))
	})
	s := openTestBolt(t, path)
	checks := map[string]error{
		"Snapshot":   func() error { _, err := s.Snapshot(DefaultProfile); return err }(),
		"OpenLesson": s.OpenLesson(DefaultProfile, "l1", at(0)),
		"CompleteLesson": func() error {
			_, err := s.CompleteLesson(DefaultProfile, Result{LessonID: "l1", At: at(0)})
			return err
		}(),
	}
	for name, err := range checks {
		if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), path) {
			t.Errorf("%s = %v, want ErrCorrupt naming the path", name, err)
		}
	}
	// Once damage is found, nothing more is written to the file, not even
	// a write that touches no damaged record.
	before, err := os.ReadFile(path)
	mustNil(t, err)
	if _, err := s.SaveAnswer(DefaultProfile, Answer{LessonID: "l2", QuestionID: "q1"}); !errors.Is(err, ErrCorrupt) {
		t.Errorf("SaveAnswer after damage = %v, want ErrCorrupt", err)
	}
	after, err := os.ReadFile(path)
	mustNil(t, err)
	if !bytes.Equal(before, after) {
		t.Error("the damaged file was written")
	}
}

func TestBoltReadOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "progress.db")
	s := openTestBolt(t, path)
	want := fillStore(t, s)
	mustNil(t, s.Close())

	// Read-only opens share the lock with each other.
	ro1, err := Open(path, Options{ReadOnly: true})
	mustNil(t, err)
	t.Cleanup(func() { closeQuietly(t, ro1) })
	ro2, err := Open(path, Options{ReadOnly: true, Timeout: 100 * time.Millisecond})
	mustNil(t, err)
	t.Cleanup(func() { closeQuietly(t, ro2) })

	assertEqual(t, "read-only snapshot", snapshot(t, ro2, DefaultProfile), want)
	assertEqual(t, "unknown profile", snapshot(t, ro1, "nobody"), newSnapshot("nobody"))
	if _, err := ro1.SaveAnswer(DefaultProfile, Answer{LessonID: "l1", QuestionID: "q1"}); err == nil {
		t.Error("SaveAnswer on a read-only store succeeded")
	}
	if _, err := ro1.SaveReview(DefaultProfile, flashReview("f1", Good, Card{}, 0)); err == nil {
		t.Error("SaveReview on a read-only store succeeded")
	}
	if _, err := ro1.UndoReview(DefaultProfile); err == nil {
		t.Error("UndoReview on a read-only store succeeded")
	}
	if err := ro1.SaveSettings(DefaultProfile, DefaultSettings()); err == nil {
		t.Error("SaveSettings on a read-only store succeeded")
	}
	assertEqual(t, "snapshot after refused write", snapshot(t, ro1, DefaultProfile), want)
}

func TestBoltReadOnlyMissingFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "missing")
	_, err := Open(filepath.Join(dir, "progress.db"), Options{ReadOnly: true})
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("read-only Open of a missing file = %v, want fs.ErrNotExist", err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("read-only Open created %s", dir)
	}
}

func TestBoltCreatesParentDirectory(t *testing.T) {
	base := t.TempDir()
	path := filepath.Join(base, "a", "b", "progress.db")
	s := openTestBolt(t, path)
	saveAnswer(t, s, DefaultProfile, Answer{LessonID: "l1", QuestionID: "q1"})
	for _, p := range []string{filepath.Join(base, "a"), filepath.Join(base, "a", "b"), path} {
		info, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if perm := info.Mode().Perm(); perm&0o077 != 0 {
			t.Errorf("%s has mode %v, want no group or other access", p, perm)
		}
	}
}

func TestBoltOpenEmptyPath(t *testing.T) {
	if _, err := Open("", Options{}); !errors.Is(err, ErrInvalid) {
		t.Errorf("Open(\"\") = %v, want ErrInvalid", err)
	}
}

// firstBucket is the first learner's bucket (what DefaultProfile names),
// read raw.
func firstBucket(tx *bbolt.Tx) *bbolt.Bucket {
	return tx.Bucket(bucketProfiles).Bucket(tx.Bucket(bucketMeta).Get([]byte(keyFirstProfile)))
}

// TestUpgradeFromSchema3 opens a file of schema 3 (before live answers):
// its progress is kept, it becomes schema 4, and an older ajar's refusal
// (ErrNewerSchema) now protects it instead of a record it cannot read.
func TestUpgradeFromSchema3(t *testing.T) {
	path := filepath.Join(t.TempDir(), "progress.db")
	damage(t, path, func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketMeta).Put([]byte(keySchema), binary.BigEndian.AppendUint32(nil, 3))
	})
	s := openTestBolt(t, path)
	mustNil(t, s.OpenLesson(DefaultProfile, "l1", at(0)))
	mustNil(t, s.Close())
	s = openTestBolt(t, path)
	snap, err := s.Snapshot(DefaultProfile)
	mustNil(t, err)
	if snap.Lessons["l1"].OpenedAt.IsZero() {
		t.Error("the lesson opened after the upgrade is gone")
	}
	mustNil(t, s.db.View(func(tx *bbolt.Tx) error {
		if got := binary.BigEndian.Uint32(tx.Bucket(bucketMeta).Get([]byte(keySchema))); got != 4 {
			t.Errorf("schema after the upgrade = %d, want 4", got)
		}
		return nil
	}))
	mustNil(t, s.Close())
}
