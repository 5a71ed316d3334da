package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ajar/progress"
	"ajar/tui"
)

func TestEmptyFileGetsClearMessage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ajar.db")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[tui.Lang]string{tui.Indonesian: "kosong", tui.English: "empty"} {
		_, err := openStore(path, false, lang)
		var ex exitError
		if !errors.As(err, &ex) || !strings.Contains(ex.msg, want) || !strings.Contains(ex.msg, "ajar restore") {
			t.Errorf("%s: empty file gave %v", lang, err)
		}
		if strings.Contains(ex.msg, "progress: open") {
			t.Errorf("%s: the message shows the error chain: %q", lang, ex.msg)
		}
	}
	if info, _ := os.Stat(path); info.Size() != 0 {
		t.Fatal("the empty file was written")
	}
}

// TestBackupAndRestoreCommands makes a backup with ajar backup, changes the
// file, lists the backups, and restores the backup with ajar restore.
func TestBackupAndRestoreCommands(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ajar.db")
	st, err := progress.Open(path, progress.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.OpenLesson(progress.DefaultProfile, "m1-l1", time.Unix(100, 0)); err != nil {
		t.Fatal(err)
	}
	st.Close()
	var out bytes.Buffer
	if err := run([]string{"backup", "--db", path, "--lang", "en"}, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Backup written: ") {
		t.Fatalf("ajar backup said %q", out.String())
	}
	st, err = progress.Open(path, progress.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.OpenLesson(progress.DefaultProfile, "m1-l2", time.Unix(200, 0)); err != nil {
		t.Fatal(err)
	}
	st.Close()

	out.Reset()
	if err := run([]string{"restore", "--db", path, "--list"}, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "manual") || !strings.Contains(out.String(), "utuh") {
		t.Fatalf("ajar restore --list said %q", out.String())
	}
	out.Reset()
	if err := run([]string{"restore", "--db", path}, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Dipulihkan dari") || !strings.Contains(out.String(), "pre-restore") {
		t.Fatalf("ajar restore said %q", out.String())
	}
	st, err = progress.Open(path, progress.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	snap, err := st.Snapshot(progress.DefaultProfile)
	if err != nil {
		t.Fatal(err)
	}
	if _, later := snap.Lessons["m1-l2"]; later || snap.Position.LessonID != "m1-l1" {
		t.Fatalf("restored progress %+v, want the state of the backup", snap.Lessons)
	}
}
