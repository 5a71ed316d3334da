package progress

import (
	"encoding/json"
	"errors"
	"fmt"
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
func copyFixture(t *testing.T) string { return copyTestdata(t, "testdata/schema1/schema1.db") }

// readFixture decodes a JSON dump of what an older ajar read back.
func readFixture[T any](t *testing.T, path string) T {
	t.Helper()
	raw, err := os.ReadFile(path)
	mustNil(t, err)
	var x T
	mustNil(t, json.Unmarshal(raw, &x))
	return x
}

// copyTestdata copies a fixture file to ajar.db in a temporary folder.
func copyTestdata(t *testing.T, fixture string) string {
	t.Helper()
	data, err := os.ReadFile(fixture)
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
	want := readFixture[schema1Dump](t, "testdata/schema1/schema1.json")
	path := copyFixture(t)

	s := openTestBolt(t, path)
	checkUpgradedProfiles(t, profilesOf(t, s), want.Profiles)
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

	checkUpgradeBackup(t, path, 1)
}

// checkUpgradeBackup checks that the upgrade of the file at path kept one
// good backup, the old file of schema from as it was, and that the
// upgraded file passes the check.
func checkUpgradeBackup(t *testing.T, path string, from int) {
	t.Helper()
	list, err := ListBackups(path)
	mustNil(t, err)
	if len(list) != 1 || list[0].Reason != ReasonUpgrade || CheckFile(list[0].Path) != nil {
		t.Fatalf("backups after the upgrade: %+v", list)
	}
	want := fmt.Sprintf("schema %d", from)
	if _, err := Open(list[0].Path, Options{ReadOnly: true}); !errors.Is(err, ErrOlderSchema) || !strings.Contains(err.Error(), want) {
		t.Errorf("pre-upgrade backup opens read-only as %v, want the %s refusal", err, want)
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

// checkUpgradedProfiles checks the learners of an upgraded file against
// what the old file listed: the same learners in the same order, each now
// with a unique id of their own and their old id as alias.
func checkUpgradedProfiles(t *testing.T, got, old []Profile) map[string]string {
	t.Helper()
	if len(got) != len(old) {
		t.Fatalf("%d learners after the upgrade, want %d:\n got %+v\nwant %+v", len(got), len(old), got, old)
	}
	ids := map[string]string{} // old id to new
	for i, p := range got {
		want := old[i]
		if !IsUniqueID(p.ID) || p.Alias != want.ID || ids[want.ID] != "" {
			t.Errorf("learner %q upgraded to %+v: want a unique id and the alias %q", want.ID, p, want.ID)
		}
		ids[want.ID] = p.ID
		want.ID, want.Alias = p.ID, p.Alias
		assertEqual(t, "upgraded learner", p, want)
	}
	return ids
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
