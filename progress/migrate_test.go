package progress

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.etcd.io/bbolt"
)

// schema1Dump is what ajar with schema 1 read back from the fixture.
type schema1Dump struct {
	Profiles []Profile
	Snaps    map[string]struct {
		Snapshot
		Reviews []Review
	}
	Answers map[string][]Answer
}

// copyFixture copies the schema 1 fixture into a temporary folder.
func copyFixture(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("testdata/schema1/schema1.db")
	mustNil(t, err)
	path := filepath.Join(t.TempDir(), "ajar.db")
	mustNil(t, os.WriteFile(path, data, 0o600))
	return path
}

// TestUpgradeFromSchema1 opens a file written by the previous ajar: every
// answer, card and review must be there, the day counts must match the
// log, a backup of the old file must exist, and the upgraded file must
// pass the check.
func TestUpgradeFromSchema1(t *testing.T) {
	raw, err := os.ReadFile("testdata/schema1/schema1.json")
	mustNil(t, err)
	var want schema1Dump
	mustNil(t, json.Unmarshal(raw, &want))
	path := copyFixture(t)

	s := openTestBolt(t, path)
	assertEqual(t, "profiles", profilesOf(t, s), want.Profiles)
	for profile, old := range want.Snaps {
		got := stateOf(t, s, profile)
		if len(old.Reviews) == 0 || len(old.Cards) == 0 || len(want.Answers[profile]) == 0 {
			t.Fatalf("%s: the fixture lacks reviews, cards or answers", profile)
		}
		wantSnap := old.Snapshot
		wantSnap.Days = countDays(old.Reviews)
		wantSnap.Reflections = map[string]Reflection{} // none in schema 1
		assertEqual(t, profile+" snapshot", got.snap, wantSnap)
		assertEqual(t, profile+" answer log", got.log, want.Answers[profile])
		assertEqual(t, profile+" review log", got.reviews, old.Reviews)
	}
	mustNil(t, s.Verify())

	// The last review can still be undone, exactly as before the upgrade.
	undone := undoReviewOf(t, s, DefaultProfile)
	old := want.Snaps[DefaultProfile].Reviews
	assertEqual(t, "undone", undone, old[len(old)-1])
	mustNil(t, s.Close())

	list, err := ListBackups(path)
	mustNil(t, err)
	if len(list) != 1 || list[0].Reason != ReasonUpgrade || CheckFile(list[0].Path) != nil {
		t.Fatalf("backups after the upgrade: %+v", list)
	}
	// The backup is the old file, schema 1, as it was.
	if _, err := Open(list[0].Path, Options{ReadOnly: true}); err == nil || !strings.Contains(err.Error(), "schema 1") {
		t.Errorf("pre-upgrade backup opens read-only as %v, want the schema 1 refusal", err)
	}
	mustNil(t, CheckFile(path))
}

// TestUpgradeFailureLeavesFileAsItWas damages one record of the old file:
// the upgrade stops in its transaction, and the file keeps every byte.
func TestUpgradeFailureLeavesFileAsItWas(t *testing.T) {
	path := copyFixture(t)
	rawUpdate(t, path, func(tx *bbolt.Tx) error {
		p := tx.Bucket(bucketProfiles).Bucket([]byte("sitti-1"))
		return p.Bucket(bucketReviews).Put(seqKey(3), []byte(`{"seq": 3, "rating": "x"}`))
	})
	before, err := os.ReadFile(path)
	mustNil(t, err)
	if _, err := Open(path, Options{}); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Open of a file whose upgrade fails = %v, want ErrCorrupt", err)
	}
	after, err := os.ReadFile(path)
	mustNil(t, err)
	if string(before) != string(after) {
		t.Error("a failed upgrade changed the file")
	}
}

// rawUpdate changes a file with bbolt itself, bypassing Open's checks and
// upgrade: how a test makes a damaged or old file.
func rawUpdate(t *testing.T, path string, change func(tx *bbolt.Tx) error) {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, nil)
	mustNil(t, err)
	mustNil(t, db.Update(change))
	mustNil(t, db.Close())
}
