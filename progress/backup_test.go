package progress

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestBackupIsACheckedCopy(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ajar.db")
	s := openTestBolt(t, path)
	if s.Changed() {
		t.Error("a freshly opened file counts as changed")
	}
	want := fillStore(t, s)
	if !s.Changed() {
		t.Error("writes did not count as changes")
	}
	when := time.Date(2026, 12, 5, 14, 30, 0, 0, time.Local)
	out, err := s.Backup("", when)
	mustNil(t, err)
	if filepath.Base(out) != "ajar-20261205-143000.db" || filepath.Dir(out) != BackupDir(path) {
		t.Errorf("backup written to %s", out)
	}
	mustNil(t, CheckFile(out))
	copied, err := Open(out, Options{ReadOnly: true})
	mustNil(t, err)
	assertEqual(t, "backup snapshot", snapshot(t, copied, DefaultProfile), want)
	mustNil(t, copied.Close())
	list, err := ListBackups(path)
	mustNil(t, err)
	if len(list) != 1 || list[0].Path != out || !list[0].Time.Equal(when) || list[0].Reason != "" {
		t.Errorf("ListBackups = %+v", list)
	}
}

// TestPruneOverTwoYears makes a backup on every day of two years, as a
// learner studying daily would, and rotates after each: the last 7 days,
// 4 weeks and 6 months keep one each, reason backups their newest five.
func TestPruneOverTwoYears(t *testing.T) {
	var kept []Backup
	start := time.Date(2025, 1, 1, 16, 0, 0, 0, time.UTC)
	for d := range 730 {
		when := start.AddDate(0, 0, d)
		kept = append(kept, Backup{Path: fmt.Sprintf("b%03d", d), Time: when})
		if d%90 == 0 {
			kept = append(kept, Backup{Path: fmt.Sprintf("u%03d", d), Time: when, Reason: ReasonUpgrade})
		}
		drop := map[string]bool{}
		for _, b := range Prune(kept) {
			drop[b.Path] = true
		}
		var next []Backup
		for _, b := range kept {
			if !drop[b.Path] {
				next = append(next, b)
			}
		}
		kept = next
	}
	sessions, upgrades := 0, 0
	newest := kept[0].Time
	for _, b := range kept {
		if b.Time.After(newest) {
			newest = b.Time
		}
		if b.Reason == ReasonUpgrade {
			upgrades++
		} else {
			sessions++
		}
	}
	if sessions > keepDaily+keepWeekly+keepMonthly || sessions < keepDaily {
		t.Errorf("%d session backups kept, want between %d and %d", sessions, keepDaily, keepDaily+keepWeekly+keepMonthly)
	}
	if upgrades != keepPerReason {
		t.Errorf("%d upgrade backups kept, want %d", upgrades, keepPerReason)
	}
	// The oldest kept session backup reaches back about six months.
	oldest := newest
	for _, b := range kept {
		if b.Reason == "" && b.Time.Before(oldest) {
			oldest = b.Time
		}
	}
	if age := newest.Sub(oldest); age < 150*24*time.Hour || age > 190*24*time.Hour {
		t.Errorf("oldest session backup is %v old, want about six months", age)
	}
	if !newest.Equal(start.AddDate(0, 0, 729)) {
		t.Error("the newest backup was dropped")
	}
}

func TestRestore(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ajar.db")
	s := openTestBolt(t, path)
	want := fillStore(t, s)
	backup, err := s.Backup("", time.Now().Add(-time.Hour))
	mustNil(t, err)
	mustNil(t, s.SaveSettings(DefaultProfile, Settings{NewPerDay: 1, ReviewsPerDay: 1}))

	// While ajar holds the file, a restore is refused and changes nothing.
	if _, err := Restore(path, backup, time.Now(), 100*time.Millisecond); !errors.Is(err, ErrLocked) {
		t.Fatalf("Restore while the file is open = %v, want ErrLocked", err)
	}
	mustNil(t, s.Close())

	kept, err := Restore(path, backup, time.Now(), 0)
	mustNil(t, err)
	if filepath.Dir(kept) != BackupDir(path) || CheckFile(kept) != nil {
		t.Errorf("the replaced sound file went to %s", kept)
	}
	s = openTestBolt(t, path)
	assertEqual(t, "restored", snapshot(t, s, DefaultProfile), want)
	mustNil(t, s.Close())

	// A damaged current file is set aside beside it, not among backups.
	mustNil(t, os.WriteFile(path, []byte("not a database at all, certainly not bbolt"), 0o600))
	kept, err = Restore(path, backup, time.Now().Add(time.Second), 0)
	mustNil(t, err)
	if filepath.Dir(kept) != dir || !bytes.Contains([]byte(kept), []byte(".corrupt-")) {
		t.Errorf("the damaged file went to %s", kept)
	}
	mustNil(t, CheckFile(path))

	// A damaged backup is refused, and the file stays as it is.
	bad := filepath.Join(dir, "bad.db")
	mustNil(t, os.WriteFile(bad, make([]byte, 8192), 0o600))
	before, _ := os.ReadFile(path)
	if _, err := Restore(path, bad, time.Now(), 0); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("Restore from a damaged backup = %v, want ErrCorrupt", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("a refused restore changed the file")
	}
	b, ok, err := NewestGoodBackup(path)
	mustNil(t, err)
	if !ok || CheckFile(b.Path) != nil {
		t.Errorf("NewestGoodBackup = %+v, %v", b, ok)
	}
}
