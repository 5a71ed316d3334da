package progress

import (
	"errors"
	"testing"
)

// TestFolderIsNotADamagedFile: --db naming a folder is a wrong path, not
// damage, so no recovery is offered and nothing is written.
func TestFolderIsNotADamagedFile(t *testing.T) {
	dir := t.TempDir()
	for _, readOnly := range []bool{false, true} {
		_, err := Open(dir, Options{ReadOnly: readOnly})
		if !errors.Is(err, ErrNotAFile) || errors.Is(err, ErrCorrupt) {
			t.Fatalf("read-only %v: %v, want ErrNotAFile and not ErrCorrupt", readOnly, err)
		}
	}
}
