package classroom

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestHostKeyCreatedThenReused: the first start writes an ed25519 key
// readable by its owner only; the next start uses the same key, so
// learners' clients do not warn of a changed server.
func TestHostKeyCreatedThenReused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "ajar_kelas_ed25519")
	first, err := hostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := first.PublicKey().Type(); got != "ssh-ed25519" {
		t.Errorf("key type %s, want ssh-ed25519", got)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 {
		t.Errorf("key file mode %v, want 0600", info.Mode().Perm())
	}
	second, err := hostKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if fingerprint(first) != fingerprint(second) {
		t.Errorf("second start made a new key: %s then %s", fingerprint(first), fingerprint(second))
	}
	if fp := fingerprint(first); !strings.HasPrefix(fp, "SHA256:") {
		t.Errorf("fingerprint %q, want SHA256:…", fp)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("the key's folder holds %d files, want only the key (no temporary left)", len(entries))
	}
}

// TestHostKeyDamaged: a file that is no key is an error naming it, never
// silently replaced (learners' clients would warn of a changed server).
func TestHostKeyDamaged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ajar_kelas_ed25519")
	if err := os.WriteFile(path, []byte("not a key"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := hostKey(path); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("hostKey of a damaged file: %v, want an error naming %s", err, path)
	}
	if data, _ := os.ReadFile(path); string(data) != "not a key" {
		t.Error("the damaged file was replaced")
	}
}
