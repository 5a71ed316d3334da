package progress

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"go.etcd.io/bbolt"
)

func TestBoltReopenKeepsProfilesAndChecks(t *testing.T) {
	path := filepath.Join(t.TempDir(), "progress.db")
	s := openTestBolt(t, path)
	mustNil(t, s.SaveProfile(Profile{ID: idAni, Name: "Ani", EmployeeNumber: "1980 01", Created: at(0)}))
	mustNil(t, s.SaveProfile(learner(idBudi, "Budi", 1)))
	fillProfile(t, s, idAni)
	wantList := profilesOf(t, s)
	want := stateOf(t, s, idAni)
	first := firstID(t, s)
	file, err := s.File()
	mustNil(t, err)
	mustNil(t, s.Close())

	for _, readOnly := range []bool{true, false} {
		s, err := Open(path, Options{ReadOnly: readOnly})
		mustNil(t, err)
		assertEqual(t, "profiles after reopen", profilesOf(t, s), wantList)
		assertEqual(t, "ani after reopen", stateOf(t, s, idAni), want)
		assertEqual(t, "first learner after reopen", firstID(t, s), first)
		if f, err := s.File(); err != nil || f != file {
			t.Errorf("File() after reopen = %+v, %v; want %+v", f, err, file)
		}
		if err := s.SaveCheck(idAni, checkOf("m1", 2, 2, 9)); err == nil || (!readOnly && !errors.Is(err, ErrCheckTaken)) {
			t.Errorf("SaveCheck of a checked module after reopen (read-only %v) = %v", readOnly, err)
		}
		if readOnly {
			for name, err := range map[string]error{
				"SaveProfile":   s.SaveProfile(learner(idCitra, "Citra", 2)),
				"DeleteProfile": s.DeleteProfile(idAni),
				"SaveCheck":     s.SaveCheck(idAni, checkOf("m2", 1, 1, 9)),
			} {
				if err == nil {
					t.Errorf("%s on a read-only store succeeded", name)
				}
			}
		}
		mustNil(t, s.Close())
	}
}

// TestBoltFileWithoutProfileBuckets opens a file whose additive buckets
// are missing, as in a file written before profiles, checks and aliases
// existed: it has no profile_index, profile_alias and checks buckets.
func TestBoltFileWithoutProfileBuckets(t *testing.T) {
	path := filepath.Join(t.TempDir(), "progress.db")
	s := openTestBolt(t, path)
	fillStore(t, s)
	first := firstID(t, s)
	mustNil(t, s.Close())
	damage(t, path, func(tx *bbolt.Tx) error {
		for _, name := range [][]byte{bucketProfileIndex, bucketProfileAlias} {
			if err := tx.DeleteBucket(name); err != nil {
				return err
			}
		}
		for _, p := range []string{first, "ana"} {
			if err := tx.Bucket(bucketProfiles).Bucket([]byte(p)).DeleteBucket(bucketChecks); err != nil {
				return err
			}
		}
		return nil
	})

	ro, err := Open(path, Options{ReadOnly: true})
	mustNil(t, err)
	assertEqual(t, "read-only profiles", profilesOf(t, ro), []Profile{{ID: first, Name: DefaultProfile}})
	snap := snapshot(t, ro, DefaultProfile)
	if snap.Checks == nil || len(snap.Checks) != 0 || len(snap.Lessons) != 1 {
		t.Errorf("read-only snapshot of an old file: %+v", snap)
	}
	mustNil(t, ro.Close())

	// Opening writes nothing; the first writes create what is missing.
	s = openTestBolt(t, path)
	mustNil(t, s.SaveProfile(Profile{ID: DefaultProfile, Name: "Sitti"}))
	mustNil(t, s.SaveCheck(DefaultProfile, checkOf("m1", 1, 1, 50)))
	assertEqual(t, "profiles", profilesOf(t, s), []Profile{{ID: first, Name: "Sitti"}})
}

// dumpBucket renders every key and value under profiles/<profile>, nested
// buckets and their sequences included.
func dumpBucket(t *testing.T, s *BoltStore, profile string) string {
	t.Helper()
	var out strings.Builder
	var walk func(b *bbolt.Bucket, prefix string) error
	walk = func(b *bbolt.Bucket, prefix string) error {
		fmt.Fprintf(&out, "%s seq=%d\n", prefix, b.Sequence())
		return b.ForEach(func(k, v []byte) error {
			if v == nil {
				return walk(b.Bucket(k), fmt.Sprintf("%s/%q", prefix, k))
			}
			fmt.Fprintf(&out, "%s/%q=%s\n", prefix, k, v)
			return nil
		})
	}
	mustNil(t, s.db.View(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketProfiles).Bucket([]byte(profile))
		if b == nil {
			return nil
		}
		return walk(b, profile)
	}))
	return out.String()
}

func TestBoltDeleteProfileRemovesItsBuckets(t *testing.T) {
	s := openTestBolt(t, filepath.Join(t.TempDir(), "progress.db"))
	for i, p := range []string{"ani", "budi"} {
		mustNil(t, s.SaveProfile(learner(uid(p), strings.ToUpper(p), i)))
		fillProfile(t, s, uid(p))
	}
	first := firstID(t, s)
	wantBudi, wantFirst := dumpBucket(t, s, idBudi), dumpBucket(t, s, first)
	mustNil(t, s.DeleteProfile(idAni))
	if got := dumpBucket(t, s, idAni); got != "" {
		t.Errorf("profiles/ani after delete:\n%s", got)
	}
	mustNil(t, s.db.View(func(tx *bbolt.Tx) error {
		if v := tx.Bucket(bucketProfileIndex).Get([]byte(idAni)); v != nil {
			t.Errorf("profile_index/ani after delete = %s", v)
		}
		return nil
	}))
	if got := dumpBucket(t, s, idBudi); got != wantBudi {
		t.Errorf("profiles/budi changed by deleting ani:\n got %s\nwant %s", got, wantBudi)
	}
	if got := dumpBucket(t, s, first); got != wantFirst {
		t.Errorf("the first learner's bucket changed by deleting ani:\n got %s\nwant %s", got, wantFirst)
	}
}

func TestBoltDamagedProfileRecordsAreCorrupt(t *testing.T) {
	cases := map[string]func(tx *bbolt.Tx) error{
		"record under another key": func(tx *bbolt.Tx) error {
			return tx.Bucket(bucketProfileIndex).Put([]byte(idAni), []byte(`{"id":"`+idBudi+`","name":"Budi"}`))
		},
		"record not JSON": func(tx *bbolt.Tx) error {
			return tx.Bucket(bucketProfileIndex).Put([]byte(idAni), []byte("{"))
		},
		"bucket where a record belongs": func(tx *bbolt.Tx) error {
			_, err := tx.Bucket(bucketProfileIndex).CreateBucket([]byte(idAni))
			return err
		},
		"alias to no unique id": func(tx *bbolt.Tx) error {
			return tx.Bucket(bucketProfileAlias).Put([]byte("ani"), []byte("budi"))
		},
		"first learner not a unique id": func(tx *bbolt.Tx) error {
			return tx.Bucket(bucketMeta).Put([]byte(keyFirstProfile), []byte(DefaultProfile))
		},
		"first learner's position not JSON": func(tx *bbolt.Tx) error {
			p := firstBucket(tx)
			return p.Bucket(bucketState).Put([]byte(keyPosition), []byte("[]"))
		},
	}
	for name, change := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "progress.db")
			damage(t, path, change)
			s := openTestBolt(t, path)
			for op, err := range map[string]error{
				"Profiles":      func() error { _, err := s.Profiles(); return err }(),
				"SaveProfile":   s.SaveProfile(learner(idCitra, "Citra", 0)),
				"DeleteProfile": s.DeleteProfile(idCitra),
			} {
				if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), path) {
					t.Errorf("%s = %v, want ErrCorrupt naming the path", op, err)
				}
			}
		})
	}
}

func TestBoltDamagedCheckIsCorrupt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "progress.db")
	damage(t, path, func(tx *bbolt.Tx) error {
		p := firstBucket(tx)
		return p.Bucket(bucketChecks).Put([]byte("m1"), []byte("{not json"))
	})
	s := openTestBolt(t, path)
	for op, err := range map[string]error{
		"Snapshot":  func() error { _, err := s.Snapshot(DefaultProfile); return err }(),
		"SaveCheck": s.SaveCheck(DefaultProfile, checkOf("m1", 1, 1, 0)),
	} {
		if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), path) {
			t.Errorf("%s = %v, want ErrCorrupt naming the path", op, err)
		}
	}
	// Damage found once stops every later write.
	if err := s.SaveCheck(DefaultProfile, checkOf("m2", 1, 1, 0)); !errors.Is(err, ErrCorrupt) {
		t.Errorf("SaveCheck of another module after damage = %v, want ErrCorrupt", err)
	}
}
