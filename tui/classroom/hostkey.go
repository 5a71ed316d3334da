package classroom

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"
)

// The host key is what learners' ssh clients remember the trainer's PC
// by: made once, kept beside the progress file, reused on every start, so
// a learner who joined last week is not warned that the server changed.

// hostKey returns the signer of the ed25519 key at path, creating the key
// (mode 0600: it is the server's secret) when the file does not exist.
func hostKey(path string) (gossh.Signer, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		if err := writeHostKey(path); err != nil {
			return nil, err
		}
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, fmt.Errorf("host key %s: %w", path, err)
	}
	signer, err := gossh.ParsePrivateKey(data)
	if err != nil {
		return nil, fmt.Errorf("host key %s: %w", path, err)
	}
	return signer, nil
}

// writeHostKey makes a new ed25519 key and writes it to path. It writes a
// temporary file first and links it into place, so a crash never leaves a
// half-written key that would stop the next start, and a key that appeared
// meanwhile is kept.
func writeHostKey(path string) error {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return fmt.Errorf("host key: %w", err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "ajar kelas")
	if err != nil {
		return fmt.Errorf("host key: %w", err)
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("host key %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(dir, ".ajar_kelas_key-*")
	if err != nil {
		return fmt.Errorf("host key %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	// CreateTemp already makes the file 0600; Chmod says so for the
	// systems where that is all Go can do (Windows keeps the read-only bit
	// only).
	_ = tmp.Chmod(0o600)
	if err := pem.Encode(tmp, block); err != nil {
		tmp.Close()
		return fmt.Errorf("host key %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("host key %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("host key %s: %w", path, err)
	}
	if err := os.Link(tmp.Name(), path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return nil // another start made it first: that key stays
		}
		// Some file systems (FAT on a USB stick) cannot link: rename,
		// which may replace, is the fallback.
		if err := os.Rename(tmp.Name(), path); err != nil {
			return fmt.Errorf("host key %s: %w", path, err)
		}
	}
	return nil
}

// fingerprint is the key's SHA256 fingerprint as ssh prints it
// ("SHA256:..."), for learners to compare on their first connection.
func fingerprint(s gossh.Signer) string { return gossh.FingerprintSHA256(s.PublicKey()) }
