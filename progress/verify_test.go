package progress

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"go.etcd.io/bbolt"
)

// bigFile writes a progress file large enough for branch pages: a few
// thousand reviews and answers.
func bigFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "big.db")
	s := openTestBolt(t, path)
	fillStore(t, s)
	var ws []Write
	for i := range 3000 {
		q := fmt.Sprintf("q%04d", i%400)
		r := quizReview(q, Rating(1+i%4), testCard(float64(1+i%9), i%60), i%60, "B")
		ws = append(ws, Write{Review: &r})
		if len(ws) == 500 {
			_, err := s.Apply(DefaultProfile, ws...)
			mustNil(t, err)
			ws = nil
		}
	}
	mustNil(t, s.Close())
	return path
}

// pages lists a file's page ids by type, as bbolt sees them (bbolt needs
// the freelist loaded for that, which a read-write open does; nothing is
// written without a write transaction).
func pages(t *testing.T, path string) map[string][]int {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, nil)
	mustNil(t, err)
	defer db.Close()
	out := map[string][]int{}
	mustNil(t, db.View(func(tx *bbolt.Tx) error {
		for id := 2; ; id++ {
			p, err := tx.Page(id)
			if err != nil || p == nil {
				return err
			}
			out[p.Type] = append(out[p.Type], id)
		}
	}))
	return out
}

// boltCheck runs bbolt's own check on a file known to be sound.
func boltCheck(t *testing.T, path string) []error {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true})
	mustNil(t, err)
	defer db.Close()
	var errs []error
	mustNil(t, db.View(func(tx *bbolt.Tx) error {
		for err := range tx.Check() {
			errs = append(errs, err)
		}
		return nil
	}))
	return errs
}

// editPage changes one page of a copy of the file in place.
func editPage(t *testing.T, path string, id int, edit func(p []byte)) {
	t.Helper()
	data, err := os.ReadFile(path)
	mustNil(t, err)
	size := int(binary.LittleEndian.Uint32(data[16+8:]))
	edit(data[id*size : (id+1)*size])
	mustNil(t, os.WriteFile(path, data, 0o600))
}

func TestVerifyAgreesWithBoltOnSoundFiles(t *testing.T) {
	path := bigFile(t)
	if errs := boltCheck(t, path); len(errs) != 0 {
		t.Fatalf("bbolt finds the test file unsound: %v", errs)
	}
	mustNil(t, CheckFile(path))
	if p := pages(t, path); len(p["branch"]) == 0 || len(p["leaf"]) < 20 {
		t.Fatalf("the test file is too small to test branches: %v", p)
	}
}

// TestVerifyFindsDamage damages pages the ways disks and crashes do; each
// must be found, by the quick check at open or by the full one, and the
// file must not be written.
func TestVerifyFindsDamage(t *testing.T) {
	base := bigFile(t)
	kinds := pages(t, base)
	branch, leaf := kinds["branch"][0], kinds["leaf"][len(kinds["leaf"])/2]
	le := binary.LittleEndian
	cases := map[string]func(path string){
		"a leaf calls itself another page": func(path string) {
			editPage(t, path, leaf, func(p []byte) { le.PutUint64(p, uint64(leaf+1)) })
		},
		"a branch points back at itself": func(path string) {
			editPage(t, path, branch, func(p []byte) { le.PutUint64(p[16+8:], uint64(branch)) })
		},
		"a branch points past the end": func(path string) {
			editPage(t, path, branch, func(p []byte) { le.PutUint64(p[16+8:], 1<<40) })
		},
		"a leaf's keys are out of order": func(path string) {
			editPage(t, path, leaf, func(p []byte) {
				// Swap the first two elements' key positions (same length
				// keys in the review log), putting the bigger key first.
				e0, e1 := p[16:32], p[32:48]
				pos0, pos1 := le.Uint32(e0[4:]), le.Uint32(e1[4:])
				le.PutUint32(e0[4:], pos1+16)
				le.PutUint32(e1[4:], pos0-16)
			})
		},
		"a leaf becomes a meta page": func(path string) {
			editPage(t, path, leaf, func(p []byte) { le.PutUint16(p[8:], flagMeta) })
		},
		"a leaf counts more elements than fit": func(path string) {
			editPage(t, path, leaf, func(p []byte) { le.PutUint16(p[10:], 0xFFF0) })
		},
		"the freelist claims a huge count": func(path string) {
			data, _ := os.ReadFile(path)
			fl := int(le.Uint64(data[16+32:]))
			for _, m := range []int{0, 1} {
				size := int(le.Uint32(data[16+8:]))
				fl = int(le.Uint64(data[m*size+16+32:]))
				editPage(t, path, fl, func(p []byte) {
					le.PutUint16(p[10:], 0xFFFF)
					le.PutUint64(p[16:], 1<<40)
				})
			}
		},
		"the file is cut in half": func(path string) {
			info, _ := os.Stat(path)
			mustNil(t, os.Truncate(path, info.Size()/2))
		},
	}
	for name, damageIt := range cases {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(base)
			mustNil(t, err)
			path := filepath.Join(t.TempDir(), "ajar.db")
			mustNil(t, os.WriteFile(path, data, 0o600))
			damageIt(path)
			before, _ := os.ReadFile(path)
			if err := CheckFile(path); !errors.Is(err, ErrCorrupt) {
				t.Fatalf("CheckFile = %v, want ErrCorrupt", err)
			}
			s, err := Open(path, Options{Timeout: 100 * time.Millisecond})
			if err == nil {
				// Found in the background: every write is refused.
				if err := s.Verify(); !errors.Is(err, ErrCorrupt) {
					t.Errorf("Verify = %v, want ErrCorrupt", err)
				}
				if _, err := s.Apply(DefaultProfile, Write{Settings: &Settings{NewPerDay: 1, ReviewsPerDay: 1}}); !errors.Is(err, ErrCorrupt) {
					t.Errorf("a write into the damaged file = %v, want ErrCorrupt", err)
				}
				mustNil(t, s.Close())
			} else if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("Open = %v, want ErrCorrupt", err)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Error("the damaged file was written")
			}
		})
	}
}

// TestRandomDamageNeverCrashes flips random bytes in a sound file, the way
// a failing disk does. Whatever it hits, opening and reading must end in
// ErrCorrupt or work; never a panic, a crash or a write into the file.
// Damage inside a value that still decodes cannot be found by any check
// (bbolt keeps no checksums of data pages); that case must at least read.
func TestRandomDamageNeverCrashes(t *testing.T) {
	base := bigFile(t)
	data, err := os.ReadFile(base)
	mustNil(t, err)
	rng := rand.New(rand.NewPCG(8, 9))
	found := 0
	const rounds = 150
	for round := range rounds {
		damaged := append([]byte(nil), data...)
		// Skip the meta pages: their checksums make damage there plain.
		for range 1 + rng.IntN(8) {
			i := 8192 + rng.IntN(len(damaged)-8192)
			damaged[i] ^= byte(1 + rng.IntN(255))
		}
		path := filepath.Join(t.TempDir(), fmt.Sprintf("r%d.db", round))
		mustNil(t, os.WriteFile(path, damaged, 0o600))
		s, err := Open(path, Options{Timeout: 100 * time.Millisecond})
		if err != nil {
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("round %d: Open = %v", round, err)
			}
			found++
			continue
		}
		if s.Verify() != nil {
			found++
		}
		for _, p := range []string{DefaultProfile, "ana"} {
			if _, err := s.Snapshot(p); err != nil && !errors.Is(err, ErrCorrupt) {
				t.Fatalf("round %d: Snapshot = %v", round, err)
			}
			if err := s.ReviewLog(p, func(Review) error { return nil }); err != nil && !errors.Is(err, ErrCorrupt) {
				t.Fatalf("round %d: ReviewLog = %v", round, err)
			}
		}
		mustNil(t, s.Close())
		if s.Verify() != nil {
			if after, _ := os.ReadFile(path); !bytes.Equal(after, damaged) {
				t.Fatalf("round %d: a file found damaged was written", round)
			}
		}
	}
	t.Logf("%d of %d damaged files found damaged by the structure check", found, rounds)
	if found < rounds/4 {
		t.Errorf("only %d of %d damaged files were found", found, rounds)
	}
}

func TestEmptyFileIsNeverANewLearner(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ajar.db")
	mustNil(t, os.WriteFile(path, nil, 0o600))
	for _, ro := range []bool{false, true} {
		if _, err := Open(path, Options{ReadOnly: ro}); !errors.Is(err, ErrEmpty) || !errors.Is(err, ErrCorrupt) {
			t.Errorf("Open (read-only %v) of an empty file = %v, want ErrEmpty and ErrCorrupt", ro, err)
		}
	}
	if info, err := os.Stat(path); err != nil || info.Size() != 0 {
		t.Errorf("the empty file was changed: %v, %v", info, err)
	}
}

// TestWritesWaitForTheCheck shows that a write asked for while the check
// runs waits for it: nothing reaches the file before it is known sound.
func TestWritesWaitForTheCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ajar.db")
	s := openTestBolt(t, path)
	gate := &integrity{done: make(chan struct{})}
	s.check = gate
	done := make(chan error)
	go func() { done <- s.SavePosition(DefaultProfile, Position{LessonID: "l1", At: at(1)}) }()
	select {
	case err := <-done:
		t.Fatalf("a write finished before the check: %v", err)
	case <-time.After(50 * time.Millisecond):
	}
	gate.finish(corruptf("test damage"))
	if err := <-done; !errors.Is(err, ErrCorrupt) {
		t.Fatalf("a write after a failed check = %v, want ErrCorrupt", err)
	}
}
