package tui

import (
	"fmt"
	"io/fs"
	"strings"
	"syscall"
	"testing"

	"ajar/progress"
)

// TestStoreErrorsAreWords checks that what goes wrong with the progress
// file reaches the learner as a sentence in their language, never as Go's
// chain of operations or a panic's text.
func TestStoreErrorsAreWords(t *testing.T) {
	id, en := textsFor(Indonesian), textsFor(English)
	wrap := func(err error) error { return fmt.Errorf("progress: apply: /data/ajar.db: %w", err) }
	cases := []struct {
		err    error
		id, en string
	}{
		{wrap(fmt.Errorf("%w: panic: runtime error: index out of range [5] with length 3", progress.ErrCorrupt)), "Berkas kemajuan rusak", "progress file is damaged"},
		{wrap(&fs.PathError{Op: "write", Path: "/data/ajar.db", Err: syscall.ENOSPC}), "disk penuh", "disk is full"},
		{wrap(syscall.Errno(112)), "disk penuh", "disk is full"}, // ERROR_DISK_FULL on Windows
		{wrap(&fs.PathError{Op: "open", Path: "/data/ajar.db", Err: fs.ErrPermission}), "tidak diizinkan menulis", "may not write"},
	}
	for _, c := range cases {
		gotID, gotEN := id.storeError(c.err), en.storeError(c.err)
		if !strings.Contains(gotID, c.id) || !strings.Contains(strings.ToLower(gotEN), strings.ToLower(c.en)) {
			t.Errorf("%v:\n id %q\n en %q", c.err, gotID, gotEN)
		}
		for _, leak := range []string{"progress: apply", "panic", "runtime error"} {
			if strings.Contains(gotID, leak) || strings.Contains(gotEN, leak) {
				t.Errorf("%v: the message shows %q: %q", c.err, leak, gotID)
			}
		}
	}
}
