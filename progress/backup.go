package progress

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"go.etcd.io/bbolt"
)

// Backups are consistent copies of the progress file in a "backups"
// folder beside it, named <base>-<YYYYMMDD-HHMMSS>[-<reason>].db after the
// file they copy (ajar.db gives ajar-20261205-143000.db), so backups of two
// files in one folder never mix. Each copy is written to a temporary file,
// synced, checked like the live file (verifyFile) and only then renamed
// into place: a backup that exists is a good one.
//
// Copies made after a session (reason "") are rotated by Prune: the newest
// of each of the last 7 days, 4 weeks and 6 months with a backup are kept.
// Copies made for a reason (before an upgrade, the file replaced by a
// restore) are kept apart, the newest few of each reason.

// BackupDirName is the folder beside the progress file that holds backups.
const BackupDirName = "backups"

// Reasons for a backup other than the end of a session.
const (
	ReasonUpgrade = "pre-upgrade" // before a schema upgrade
	ReasonRestore = "pre-restore" // the file a restore replaced
	ReasonManual  = "manual"      // ajar backup
)

// Rotation limits.
const (
	keepDaily       = 7
	keepWeekly      = 4
	keepMonthly     = 6
	keepPerReason   = 5
	backupTimeStamp = "20060102-150405"
)

// Backup is one backup file.
type Backup struct {
	Path   string
	Time   time.Time // from the name, local time
	Reason string    // "" for a session backup
	Size   int64
}

// BackupDir is the backups folder of the progress file at path.
func BackupDir(path string) string { return filepath.Join(filepath.Dir(path), BackupDirName) }

// baseName is the progress file's name without its extension.
func baseName(path string) string {
	b := filepath.Base(path)
	return strings.TrimSuffix(b, filepath.Ext(b))
}

// Backup writes a consistent copy of the open file into the backups folder
// and returns its path. It reads in one read transaction, so saves wait
// only for the copy of the file, not for the check of it. A damaged file
// is not copied: a backup of it would push a good one out of rotation.
func (s *BoltStore) Backup(reason string, now time.Time) (string, error) {
	const op = "backup"
	if err := s.Verify(); err != nil {
		return "", opError(op, err)
	}
	var out string
	err := s.txn(op, false, func(tx *bbolt.Tx) error {
		var err error
		out, err = writeBackup(s.path, reason, now, tx.WriteTo)
		return err
	})
	return out, err
}

// backupFile copies a progress file that this process has not opened (the
// file before an upgrade) with a read-only open, which takes the shared
// lock, so no other ajar writes while it is copied.
func backupFile(path, reason string, timeout time.Duration) (string, error) {
	db, err := openDB(path, timeout, true)
	if err != nil {
		return "", err
	}
	defer db.Close()
	var out string
	err = runTx(db, false, func(tx *bbolt.Tx) error {
		var err error
		out, err = writeBackup(path, reason, time.Now(), tx.WriteTo)
		return err
	})
	return out, err
}

// writeBackup writes a copy with write to a temporary file in the backups
// folder, syncs and checks it, and renames it to its final name.
func writeBackup(path, reason string, now time.Time, write func(io.Writer) (int64, error)) (string, error) {
	dir := BackupDir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	name := baseName(path) + "-" + now.Local().Format(backupTimeStamp)
	if reason != "" {
		name += "-" + reason
	}
	final := filepath.Join(dir, name+".db")
	tmp, err := os.CreateTemp(dir, name+".*.tmp")
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	_, err = write(tmp)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", err
	}
	if err := verifyFile(tmp.Name()); err != nil {
		return "", fmt.Errorf("the new backup does not check out: %w", err)
	}
	if err := renameRetry(tmp.Name(), final); err != nil {
		return "", err
	}
	return final, nil
}

// ListBackups returns the backups of the progress file at path, newest
// first. Files in the folder that do not follow the naming are ignored. A
// missing folder is no backups.
func ListBackups(path string) ([]Backup, error) {
	dir := BackupDir(path)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	prefix := baseName(path) + "-"
	var list []Backup
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !strings.HasPrefix(name, prefix) || !strings.HasSuffix(name, ".db") {
			continue
		}
		rest := strings.TrimSuffix(strings.TrimPrefix(name, prefix), ".db")
		if len(rest) < len(backupTimeStamp) {
			continue
		}
		t, err := time.ParseInLocation(backupTimeStamp, rest[:len(backupTimeStamp)], time.Local)
		if err != nil {
			continue
		}
		reason := strings.TrimPrefix(rest[len(backupTimeStamp):], "-")
		info, err := e.Info()
		if err != nil {
			continue
		}
		list = append(list, Backup{Path: filepath.Join(dir, name), Time: t, Reason: reason, Size: info.Size()})
	}
	slices.SortFunc(list, func(a, b Backup) int {
		return cmp.Or(b.Time.Compare(a.Time), strings.Compare(b.Path, a.Path))
	})
	return list, nil
}

// NewestGoodBackup returns the newest backup that passes the integrity
// check, or ok false when there is none.
func NewestGoodBackup(path string) (Backup, bool, error) {
	list, err := ListBackups(path)
	if err != nil {
		return Backup{}, false, err
	}
	for _, b := range list {
		if verifyFile(b.Path) == nil {
			return b, true, nil
		}
	}
	return Backup{}, false, nil
}

// Prune returns the backups rotation drops from list (any order): of
// session backups it keeps the newest of each of the last keepDaily days,
// keepWeekly ISO weeks and keepMonthly months that have one; of each other
// reason the keepPerReason newest. It is pure, so rotation over years can
// be tested without waiting for them.
func Prune(list []Backup) []Backup {
	sorted := slices.Clone(list)
	slices.SortFunc(sorted, func(a, b Backup) int { return b.Time.Compare(a.Time) })
	keep := map[string]bool{}
	days, weeks, months := map[string]bool{}, map[string]bool{}, map[string]bool{}
	perReason := map[string]int{}
	for _, b := range sorted {
		if b.Reason != "" {
			if perReason[b.Reason] < keepPerReason {
				keep[b.Path] = true
			}
			perReason[b.Reason]++
			continue
		}
		y, w := b.Time.ISOWeek()
		for _, slot := range []struct {
			seen  map[string]bool
			key   string
			limit int
		}{
			{days, b.Time.Format("2006-01-02"), keepDaily},
			{weeks, fmt.Sprintf("%d-W%02d", y, w), keepWeekly},
			{months, b.Time.Format("2006-01"), keepMonthly},
		} {
			if !slot.seen[slot.key] && len(slot.seen) < slot.limit {
				slot.seen[slot.key] = true
				keep[b.Path] = true
			}
		}
	}
	var drop []Backup
	for _, b := range sorted {
		if !keep[b.Path] {
			drop = append(drop, b)
		}
	}
	return drop
}

// Rotate deletes the backups Prune drops for the file at path.
func Rotate(path string) error {
	list, err := ListBackups(path)
	if err != nil {
		return err
	}
	var errs []error
	for _, b := range Prune(list) {
		if err := os.Remove(b.Path); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Restore replaces the progress file at path with the backup at from. It
// refuses while another ajar has the file open (ErrLocked) and when the
// backup does not pass the check. The file it replaces is kept: a good
// one as a "pre-restore" backup, a damaged or empty one beside it as
// <path>.corrupt-<time>. The backup is copied to a temporary file next to
// path, synced and checked, and renamed over path, so an interruption
// leaves either the old file or the restored one. It returns where the
// replaced file went ("" if there was none).
func Restore(path, from string, now time.Time, timeout time.Duration) (kept string, err error) {
	if err := verifyFile(from); err != nil {
		return "", fmt.Errorf("progress: restore: %s: %w", from, err)
	}
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	if err := ensureUnlocked(path, timeout); err != nil {
		return "", fmt.Errorf("progress: restore: %s: %w", path, err)
	}
	tmp, err := copyToTemp(from, filepath.Dir(path), baseName(path))
	if err != nil {
		return "", fmt.Errorf("progress: restore: %w", err)
	}
	defer os.Remove(tmp) // a no-op once renamed
	if err := verifyFile(tmp); err != nil {
		return "", fmt.Errorf("progress: restore: the copy does not check out: %w", err)
	}
	if kept, err = setAside(path, now); err != nil {
		return "", fmt.Errorf("progress: restore: keep the current file: %w", err)
	}
	if err := renameRetry(tmp, path); err != nil {
		return kept, fmt.Errorf("progress: restore: %w", err)
	}
	return kept, nil
}

// SetAside moves a damaged or empty progress file out of the way, beside
// itself as <path>.corrupt-<time>, so a fresh start never overwrites it.
// It returns the new name.
func SetAside(path string, now time.Time) (string, error) {
	to := path + ".corrupt-" + now.Local().Format(backupTimeStamp)
	return to, renameRetry(path, to)
}

// setAside keeps the file a restore replaces: a good file becomes a
// pre-restore backup, anything else is set aside as damaged.
func setAside(path string, now time.Time) (string, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	if verifyFile(path) != nil {
		return SetAside(path, now)
	}
	if err := os.MkdirAll(BackupDir(path), 0o700); err != nil {
		return "", err
	}
	to := filepath.Join(BackupDir(path), baseName(path)+"-"+now.Local().Format(backupTimeStamp)+"-"+ReasonRestore+".db")
	return to, renameRetry(path, to)
}

// ensureUnlocked fails with ErrLocked while another process holds the
// file; a missing or damaged file is nobody's.
func ensureUnlocked(path string, timeout time.Duration) error {
	if info, err := os.Stat(path); err != nil || info.Size() == 0 {
		return nil
	}
	db, err := openDB(path, timeout, true)
	if errors.Is(err, ErrLocked) {
		return err
	}
	if err == nil {
		return db.Close()
	}
	return nil // damaged: restoring is the cure
}

// copyToTemp copies from into a new temporary file in dir and syncs it.
func copyToTemp(from, dir, base string) (string, error) {
	src, err := os.Open(from)
	if err != nil {
		return "", err
	}
	defer src.Close()
	tmp, err := os.CreateTemp(dir, base+".*.restore")
	if err != nil {
		return "", err
	}
	_, err = io.Copy(tmp, src)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return tmp.Name(), nil
}

// renameRetry renames, retrying for a few seconds: on Windows an
// antivirus scanner or the search indexer often holds a new file for a
// moment, and the rename fails with a sharing violation meanwhile.
func renameRetry(from, to string) error {
	delay := 50 * time.Millisecond
	var err error
	for try := 0; try < 7; try++ {
		if err = os.Rename(from, to); err == nil || errors.Is(err, os.ErrNotExist) {
			return err
		}
		time.Sleep(delay)
		delay *= 2
	}
	return err
}
