package content_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"ajar/content"
)

// TestWriteSample: the sample is written in full into a new folder; a
// second write is refused with nothing changed unless forced; a link in
// the way is refused even when forced, and the file it points to is left
// alone.
func TestWriteSample(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "modul")
	names, err := content.WriteSample(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(names, "module.yaml") || len(names) != 3 {
		t.Fatalf("wrote %v, want module.yaml and two lessons", names)
	}
	edited := filepath.Join(dir, "module.yaml")
	if err := os.WriteFile(edited, []byte("id: milik-saya\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var c *content.SampleConflict
	if _, err := content.WriteSample(dir, false); !errors.As(err, &c) || c.Kind != content.Exists {
		t.Fatalf("second write returned %v, want an Exists conflict", err)
	}
	if data, _ := os.ReadFile(edited); string(data) != "id: milik-saya\n" {
		t.Fatal("a refused write changed a file")
	}
	if _, err := content.WriteSample(dir, true); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(edited); string(data) == "id: milik-saya\n" {
		t.Fatal("force did not overwrite module.yaml")
	}

	outside := filepath.Join(base, "penting.txt")
	if err := os.WriteFile(outside, []byte("jangan diubah"), 0o644); err != nil {
		t.Fatal(err)
	}
	linked := filepath.Join(base, "tertaut")
	if err := os.Mkdir(linked, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(linked, "module.yaml")); err != nil {
		t.Skipf("cannot make symbolic links here: %v", err)
	}
	if _, err := content.WriteSample(linked, true); !errors.As(err, &c) || c.Kind != content.NotRegular {
		t.Fatalf("write over a link returned %v, want a NotRegular conflict", err)
	}
	if data, _ := os.ReadFile(outside); string(data) != "jangan diubah" {
		t.Fatal("the sample was written through a link")
	}
	if _, err := content.WriteSample(outside, false); !errors.As(err, &c) || c.Kind != content.DirIsFile {
		t.Fatalf("write into a file returned %v, want a DirIsFile conflict", err)
	}
}
