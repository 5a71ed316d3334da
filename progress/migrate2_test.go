package progress

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"strings"
	"testing"

	"go.etcd.io/bbolt"
)

// schema2Dump is what ajar with schema 2 read back from the fixture.
type schema2Dump struct {
	Profiles []Profile
	States   map[string]struct {
		Snapshot Snapshot
		Answers  []Answer
		Reviews  []Review
	}
}

// copySchema2 copies the schema 2 fixture into a temporary folder.
func copySchema2(t *testing.T) string { return copyTestdata(t, "testdata/schema2/schema2.db") }

// rawProfiles renders, per key of profiles/ and of profile_index/, every
// key, value, nested bucket and sequence under it, reading the file with
// bbolt itself.
func rawProfiles(t *testing.T, path string) (buckets, records map[string]string) {
	t.Helper()
	buckets, records = map[string]string{}, map[string]string{}
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true})
	mustNil(t, err)
	defer db.Close()
	var walk func(out *strings.Builder, b *bbolt.Bucket, prefix string) error
	walk = func(out *strings.Builder, b *bbolt.Bucket, prefix string) error {
		fmt.Fprintf(out, "%s seq=%d\n", prefix, b.Sequence())
		return b.ForEach(func(k, v []byte) error {
			if v == nil {
				return walk(out, b.Bucket(k), fmt.Sprintf("%s/%q", prefix, k))
			}
			fmt.Fprintf(out, "%s/%q=%x\n", prefix, k, v)
			return nil
		})
	}
	mustNil(t, db.View(func(tx *bbolt.Tx) error {
		err := tx.Bucket(bucketProfiles).ForEach(func(k, _ []byte) error {
			var out strings.Builder
			err := walk(&out, tx.Bucket(bucketProfiles).Bucket(k), "")
			buckets[string(k)] = out.String()
			return err
		})
		if err != nil {
			return err
		}
		return tx.Bucket(bucketProfileIndex).ForEach(func(k, v []byte) error {
			records[string(k)] = string(v)
			return nil
		})
	}))
	return buckets, records
}

// TestUpgradeFromSchema2 opens a file from before unique learner ids,
// with two learners who studied (one of them the first learner, "default")
// and one who never did. Every learner must get a unique id and keep
// every record, byte for byte, with the logs' sequences; the old ids must
// still reach them; the file gets an id and its computer's name; a
// backup of the old file must exist; and the upgraded file must pass the
// check.
func TestUpgradeFromSchema2(t *testing.T) {
	want := readFixture[schema2Dump](t, "testdata/schema2/schema2.json")
	path := copySchema2(t)
	oldBuckets, oldRecords := rawProfiles(t, path)
	if len(oldBuckets) != 2 || len(oldRecords) != 2 {
		t.Fatalf("the fixture has buckets %v and records %v, want default and budi-santoso, budi-santoso and citra", oldBuckets, oldRecords)
	}

	s, err := Open(path, Options{Host: "PC-DIKLAT-07"})
	mustNil(t, err)
	ids := checkUpgradedProfiles(t, profilesOf(t, s), want.Profiles)

	// Every record of every learner, by the old id and by the new one.
	for old, st := range want.States {
		if old != "citra" && (len(st.Reviews) == 0 || len(st.Snapshot.Cards) == 0 || len(st.Answers) == 0 ||
			len(st.Snapshot.Checks) == 0 || len(st.Snapshot.Reflections) == 0) {
			t.Fatalf("%s: the fixture lacks reviews, cards, answers, checks or reflections", old)
		}
		wantState := state{st.Snapshot, st.Answers, st.Reviews}
		if wantState.reviews == nil {
			wantState.reviews = []Review{}
		}
		assertEqual(t, old+" by the old id", stateOf(t, s, old), wantState)
		wantState.snap.Profile = ids[old]
		assertEqual(t, old+" by the new id", stateOf(t, s, ids[old]), wantState)
	}
	first := firstID(t, s)
	if first != ids[DefaultProfile] {
		t.Errorf("the first learner is %q, want %q (who was default)", first, ids[DefaultProfile])
	}
	for _, p := range profilesOf(t, s) {
		if p.Unnamed() != (p.ID == first) {
			t.Errorf("%+v: Unnamed() = %v", p, p.Unnamed())
		}
	}
	f, err := s.File()
	mustNil(t, err)
	if !IsUniqueID(f.ID) || f.Host != "PC-DIKLAT-07" || !f.Upgraded {
		t.Errorf("File() = %+v, want a unique id, PC-DIKLAT-07 and Upgraded", f)
	}
	mustNil(t, s.Verify())

	// The learners go on where they were: the next answer and review follow
	// the last ones, and the last review can still be undone.
	log := answerLog(t, s, DefaultProfile)
	if a := saveAnswer(t, s, DefaultProfile, Answer{LessonID: "m1-l1", QuestionID: "m1-l1-q1", At: at(0)}); a.Seq != log[len(log)-1].Seq+1 {
		t.Errorf("next answer after the upgrade has Seq %d, want %d", a.Seq, log[len(log)-1].Seq+1)
	}
	reviews := want.States["budi-santoso"].Reviews
	assertEqual(t, "undone", undoReviewOf(t, s, "budi-santoso"), reviews[len(reviews)-1])
	mustNil(t, s.Close())

	// Byte for byte, under the new ids; nothing under an old one.
	newBuckets, newRecords := rawProfiles(t, path)
	for old, dump := range oldBuckets {
		if old == DefaultProfile || old == "budi-santoso" {
			continue // changed just above
		}
		if newBuckets[ids[old]] != dump {
			t.Errorf("profiles/%s after the upgrade:\n got %s\nwant %s", old, newBuckets[ids[old]], dump)
		}
	}
	for key := range newBuckets {
		if !IsUniqueID(key) {
			t.Errorf("profiles/%s is left after the upgrade", key)
		}
	}
	for old, rec := range oldRecords {
		var p Profile
		mustNil(t, json.Unmarshal([]byte(newRecords[ids[old]]), &p))
		var q Profile
		mustNil(t, json.Unmarshal([]byte(rec), &q))
		q.ID = ids[old]
		assertEqual(t, "record of "+old, p, q)
	}
	if len(newRecords) != len(oldRecords) {
		t.Errorf("records after the upgrade: %v", newRecords)
	}

	// The old file is kept as it was; the upgraded one passes the check,
	// and opening it again changes nothing.
	checkUpgradeBackup(t, path, 2)
	s = openTestBolt(t, path)
	if again, err := s.File(); err != nil || again != f {
		t.Errorf("File() after reopening = %+v, %v; want %+v", again, err, f)
	}
	if got := checkUpgradedProfiles(t, profilesOf(t, s), want.Profiles); !maps.Equal(got, ids) {
		t.Errorf("ids after reopening %v, want %v", got, ids)
	}
}

// TestUpgradeNamedDefault upgrades a file whose first learner was named:
// their record, under "default", moves to their new id with their
// progress, and "default" still reaches them.
func TestUpgradeNamedDefault(t *testing.T) {
	path := copySchema2(t)
	rawUpdate(t, path, func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketProfileIndex).Put([]byte(DefaultProfile),
			[]byte(`{"id":"default","name":"Sitti Nurhaliza","employee_number":"198001012005012001","created":"2026-10-20T09:00:00+07:00"}`))
	})
	before, _ := rawProfiles(t, path)
	s := openTestBolt(t, path)
	first := firstID(t, s)
	var named Profile
	for _, p := range profilesOf(t, s) {
		if p.ID == first {
			named = p
		}
	}
	if named.Name != "Sitti Nurhaliza" || named.EmployeeNumber != "198001012005012001" || named.Alias != DefaultProfile || named.Unnamed() {
		t.Errorf("the named first learner after the upgrade: %+v", named)
	}
	if id, err := s.ResolveProfile(DefaultProfile); err != nil || id != first {
		t.Errorf("ResolveProfile(default) = %q, %v; want %q", id, err, first)
	}
	mustNil(t, s.Close())
	after, records := rawProfiles(t, path)
	if after[first] != before[DefaultProfile] {
		t.Errorf("the first learner's progress changed in the upgrade")
	}
	if _, ok := records[DefaultProfile]; ok {
		t.Error("profile_index/default is left after the upgrade")
	}
}

// TestUpgradeFromSchema2FailureLeavesFileAsItWas damages the record of
// the second learner: the upgrade stops in its transaction, after the
// first learner was moved, and the file keeps every byte.
func TestUpgradeFromSchema2FailureLeavesFileAsItWas(t *testing.T) {
	path := copySchema2(t)
	rawUpdate(t, path, func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketProfileIndex).Put([]byte("citra"), []byte(`{"id":"budi-santoso","name":"Citra"}`))
	})
	before, err := os.ReadFile(path)
	mustNil(t, err)
	if _, err := Open(path, Options{}); !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "citra") {
		t.Fatalf("Open of a file whose upgrade fails = %v, want ErrCorrupt naming citra", err)
	}
	after, err := os.ReadFile(path)
	mustNil(t, err)
	if string(before) != string(after) {
		t.Error("a failed upgrade changed the file")
	}
}
