package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ajar/content"
	"ajar/lessons"
)

// initSample writes the sample module into a new folder and returns it.
func initSample(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "modul-saya")
	if err := runInit([]string{dir}, &bytes.Buffer{}, &bytes.Buffer{}); err != nil {
		t.Fatalf("runInit: %v", err)
	}
	return dir
}

func TestCourseSources(t *testing.T) {
	own := initSample(t)

	srcs, skipped, err := courseSources(true, nil)
	if err != nil || len(skipped) > 0 || len(srcs) != 1 || srcs[0].Name != content.CourseName {
		t.Fatalf("built-in only: %v %v %v", srcs, skipped, err)
	}

	srcs, skipped, err = courseSources(true, []string{own})
	if err != nil || len(skipped) > 0 || len(srcs) != 2 {
		t.Fatalf("built-in and own: %v %v %v", srcs, skipped, err)
	}
	if srcs[1].Name != filepath.ToSlash(filepath.Clean(own)) {
		t.Errorf("own source named %q", srcs[1].Name)
	}
	cat, probs := lessons.Load(srcs...)
	if len(probs) > 0 || cat.Module("contoh") == nil || cat.Module("m1") == nil {
		t.Fatalf("built-in and sample together: %d modules, problems %v", len(cat.Modules), probs)
	}

	srcs, _, err = courseSources(false, []string{own})
	if err != nil || len(srcs) != 1 {
		t.Fatalf("--no-builtin: %v %v", srcs, err)
	}
	if cat, _ := lessons.Load(srcs...); len(cat.Modules) != 1 || cat.Modules[0].ID != "contoh" {
		t.Fatalf("--no-builtin loads %d modules", len(cat.Modules))
	}
}

func TestCourseSourcesErrors(t *testing.T) {
	base := t.TempDir()
	notDir := filepath.Join(base, "catatan.txt")
	if err := os.WriteFile(notDir, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		builtin bool
		dirs    []string
		want    string
	}{
		{true, []string{filepath.Join(base, "tidak-ada")}, "tidak-ada: folder tidak ditemukan"},
		{true, []string{notDir}, "catatan.txt bukan folder"},
		{false, nil, "--no-builtin"},
	} {
		_, _, err := courseSources(tt.builtin, tt.dirs)
		var ex exitError
		if !errors.As(err, &ex) || ex.code != 2 || !strings.Contains(ex.msg, tt.want) {
			t.Errorf("courseSources(%v, %v) = %v; want exit 2 with %q", tt.builtin, tt.dirs, err, tt.want)
		}
	}
}

func TestCourseSourcesSkipsLinks(t *testing.T) {
	own := initSample(t)
	if err := os.Symlink("/etc/passwd", filepath.Join(own, "03-tautan.md")); err != nil {
		t.Skipf("cannot make symbolic links here: %v", err)
	}
	srcs, skipped, err := courseSources(false, []string{own})
	if err != nil || len(skipped) != 1 || skipped[0].Code != lessons.CodeSymlink {
		t.Fatalf("got %v %v, want the link skipped", skipped, err)
	}
	if cat, probs := lessons.Load(srcs...); len(probs) > 0 || len(cat.Lessons()) != 2 {
		t.Fatalf("the other lessons must still load: %d, %v", len(cat.Lessons()), probs)
	}
}

func TestLintReportsSkippedEntries(t *testing.T) {
	own := initSample(t)
	var out bytes.Buffer
	if err := runLint([]string{own}, &out, &bytes.Buffer{}); err != nil || !strings.HasPrefix(out.String(), "ok: 1 modul, 2 pelajaran, 6 soal, 2 kartu ingat") {
		t.Fatalf("lint of the sample: %v\n%s", err, out.String())
	}
	if err := os.Symlink("/etc/passwd", filepath.Join(own, "03-tautan.md")); err != nil {
		t.Skipf("cannot make symbolic links here: %v", err)
	}
	if err := os.WriteFile(filepath.Join(own, "04-besar.md"), bytes.Repeat([]byte("a"), 2<<20), 0o644); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	err := runLint([]string{own}, &out, &bytes.Buffer{})
	var ex exitError
	if !errors.As(err, &ex) || ex.code != 1 {
		t.Fatalf("lint with skipped entries returned %v, want exit 1", err)
	}
	name := filepath.ToSlash(filepath.Clean(own))
	want := name + "/03-tautan.md: dilewati: tautan simbolik tidak diikuti; salin berkas aslinya ke dalam folder\n" +
		name + "/04-besar.md: dilewati: berkas terlalu besar (2048 KiB; batas 1024 KiB)\n"
	if out.String() != want {
		t.Fatalf("lint output\n%s\nwant\n%s", out.String(), want)
	}
}

// TestFolderPermissionHint: a --content or lint folder that cannot be
// opened for lack of permission says what to do (issue 8, finding 8). A
// real unreadable folder cannot be made when the tests run as root, so the
// error is given.
func TestFolderPermissionHint(t *testing.T) {
	err := &fs.PathError{Op: "stat", Path: "/srv/modul", Err: fs.ErrPermission}
	msg := folderError("ajar: --content", "/srv/modul", err).msg
	if !strings.Contains(msg, "/srv/modul") || !strings.Contains(msg, "salin foldernya") {
		t.Errorf("message %q", msg)
	}
	if other := folderError("ajar: --content", "/srv/modul", &fs.PathError{Err: errors.New("I/O error")}).msg; strings.Contains(other, "salin") {
		t.Errorf("only a permission error gets the hint: %q", other)
	}
}
