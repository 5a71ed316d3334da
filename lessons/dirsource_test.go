package lessons

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
)

// writeTree writes files (slash paths relative to dir) with their contents.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// cleanCourse is a small valid course: two modules, three lessons.
func cleanCourse() map[string]string {
	return map[string]string{
		"course.yaml":      "title: Kursus uji\n",
		"glossary.md":      "# Glosarium\n\n- *istilah*: arti.\n",
		"m1/module.yaml":   string(moduleYAML("m1", 1).Data),
		"m1/01-a.md":       doc("m1-l1", singleQuiz("m1-l1-q1")),
		"m1/02-b.md":       doc("m1-l2", singleQuiz("m1-l2-q1")),
		"m1/README.md":     "Catatan penulis.\n",
		"m2/module.yaml":   string(moduleYAML("m2", 2).Data),
		"m2/01-c.md":       doc("m2-l1", singleQuiz("m2-l1-q1")),
		"m2/img/notes.txt": "bukan pelajaran\n",
	}
}

// symlink makes a symbolic link or skips the test where that is not allowed
// (Windows without developer mode).
func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("cannot make symbolic links here: %v", err)
	}
}

// codesAt lists problems as "code path", for compact asserts.
func codesAt(probs []Problem) []string {
	out := make([]string, len(probs))
	for i, p := range probs {
		out[i] = p.Code + " " + p.Path
	}
	return out
}

func TestDirSourceLoadsLikeDirFS(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, cleanCourse())
	src, skipped := DirSource(dir)
	if len(skipped) > 0 {
		t.Fatalf("a clean folder skipped entries:%s", formatAll(skipped))
	}
	if want := filepath.ToSlash(filepath.Clean(dir)); src.Name != want {
		t.Errorf("Name = %q, want %q", src.Name, want)
	}
	got, gotProbs := Load(src)
	want, wantProbs := Load(Source{Name: src.Name, FS: os.DirFS(dir)})
	if len(gotProbs) > 0 || len(wantProbs) > 0 {
		t.Fatalf("problems: DirSource%s\nDirFS%s", formatAll(gotProbs), formatAll(wantProbs))
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("DirSource catalog differs from os.DirFS:\n%+v\n%+v", got, want)
	}
	if len(got.Modules) != 2 || len(got.Lessons()) != 3 || got.Title != "Kursus uji" || got.Glossary == "" {
		t.Fatalf("catalog %+v, want 2 modules, 3 lessons, title and glossary", got)
	}
	if err := fstest.TestFS(src.FS, "course.yaml", "m1/01-a.md", "m1/module.yaml", "m2/img/notes.txt"); err != nil {
		t.Fatal(err)
	}
}

func TestDirSourceSkipsSymlinks(t *testing.T) {
	base := t.TempDir()
	outside := filepath.Join(base, "luar")
	dir := filepath.Join(base, "kursus")
	writeTree(t, outside, map[string]string{
		"rahasia.md":       doc("x-l1", singleQuiz("x-l1-q1")),
		"mx/module.yaml":   string(moduleYAML("mx", 9).Data),
		"mx/01-rahasia.md": doc("mx-l1", singleQuiz("mx-l1-q1")),
	})
	writeTree(t, dir, map[string]string{
		"m1/module.yaml": string(moduleYAML("m1", 1).Data),
		"m1/01-a.md":     doc("m1-l1", singleQuiz("m1-l1-q1")),
	})
	symlink(t, filepath.Join(outside, "rahasia.md"), filepath.Join(dir, "m1", "02-rahasia.md")) // file outside
	symlink(t, filepath.Join(outside, "mx"), filepath.Join(dir, "m2"))                          // folder outside
	symlink(t, "01-a.md", filepath.Join(dir, "m1", "03-salinan.md"))                            // file inside
	symlink(t, "m1", filepath.Join(dir, "m3"))                                                  // folder inside
	symlink(t, "../../luar/rahasia.md", filepath.Join(dir, "m1", "04-relatif.md"))              // relative, outside

	src, skipped := DirSource(dir)
	name := src.Name
	want := []string{
		CodeSymlink + " " + name + "/m1/02-rahasia.md",
		CodeSymlink + " " + name + "/m1/03-salinan.md",
		CodeSymlink + " " + name + "/m1/04-relatif.md",
		CodeSymlink + " " + name + "/m2",
		CodeSymlink + " " + name + "/m3",
	}
	if got := codesAt(skipped); !sameSet(got, want) {
		t.Fatalf("skipped %v, want %v", got, want)
	}
	c, probs := Load(src)
	if len(probs) > 0 {
		t.Fatalf("Load reported%s", formatAll(probs))
	}
	if len(c.Modules) != 1 || len(c.Lessons()) != 1 || c.Lesson("m1-l1") == nil {
		t.Fatalf("catalog has %d modules, lessons %v; want only m1-l1", len(c.Modules), c.Lessons())
	}
	for _, p := range []string{"m1/02-rahasia.md", "m1/03-salinan.md", "m2", "m2/module.yaml", "m3/01-a.md"} {
		if _, err := fs.ReadFile(src.FS, p); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("ReadFile(%q) = %v, want not exist", p, err)
		}
		if _, err := fs.Stat(src.FS, p); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("Stat(%q) = %v, want not exist", p, err)
		}
	}
	msg := Problem{Path: name + "/m2", Code: CodeSymlink}
	if got := msg.Format(Indonesian); !strings.HasPrefix(got, name+"/m2: dilewati: tautan simbolik tidak diikuti") {
		t.Errorf("Indonesian message %q", got)
	}
	if got := msg.Format(English); !strings.HasPrefix(got, name+"/m2: skipped: symbolic links are not followed") {
		t.Errorf("English message %q", got)
	}
}

func TestDirSourceRefusesEscapes(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "kursus")
	writeTree(t, base, map[string]string{"rahasia.txt": "jangan dibaca"})
	writeTree(t, dir, cleanCourse())
	src, _ := DirSource(dir)
	for _, p := range []string{"../rahasia.txt", "m1/../../rahasia.txt", "m1/../m1/01-a.md", "..", "/etc/passwd",
		filepath.ToSlash(filepath.Join(base, "rahasia.txt")), "./m1/01-a.md", "m1//01-a.md", "m1/", ""} {
		if _, err := src.FS.Open(p); !errors.Is(err, fs.ErrInvalid) {
			t.Errorf("Open(%q) = %v, want invalid", p, err)
		}
		if _, err := fs.ReadFile(src.FS, p); !errors.Is(err, fs.ErrInvalid) {
			t.Errorf("ReadFile(%q) = %v, want invalid", p, err)
		}
		if _, err := fs.ReadDir(src.FS, p); !errors.Is(err, fs.ErrInvalid) {
			t.Errorf("ReadDir(%q) = %v, want invalid", p, err)
		}
		if _, err := fs.Stat(src.FS, p); !errors.Is(err, fs.ErrInvalid) {
			t.Errorf("Stat(%q) = %v, want invalid", p, err)
		}
	}
	if _, err := fs.ReadFile(src.FS, "m1/01-a.md"); err != nil {
		t.Fatalf("a plain path must still read: %v", err)
	}
	if _, err := fs.ReadFile(src.FS, "m1"); err == nil {
		t.Error("ReadFile of a folder must fail")
	}
	if _, err := fs.ReadDir(src.FS, "m1/01-a.md"); err == nil {
		t.Error("ReadDir of a file must fail")
	}
}

func TestDirSourceSkipsLargeFiles(t *testing.T) {
	dir := t.TempDir()
	files := cleanCourse()
	files["m1/03-besar.md"] = doc("m1-l3", singleQuiz("m1-l3-q1")) + strings.Repeat("isi ", 512*1024) // 2 MiB + the lesson
	files["m1/img/pas.bin"] = strings.Repeat("x", MaxFileSize)                                        // exactly the limit
	writeTree(t, dir, files)
	src, skipped := DirSource(dir)
	if len(skipped) != 1 || skipped[0].Code != CodeTooLarge || skipped[0].Path != src.Name+"/m1/03-besar.md" {
		t.Fatalf("skipped %v, want only m1/03-besar.md as too large", codesAt(skipped))
	}
	wantID := src.Name + "/m1/03-besar.md: dilewati: berkas terlalu besar (2049 KiB; batas 1024 KiB)"
	wantEN := src.Name + "/m1/03-besar.md: skipped: file too large (2049 KiB; limit 1024 KiB)"
	if got := skipped[0].Format(Indonesian); got != wantID {
		t.Errorf("got  %s\nwant %s", got, wantID)
	}
	if got := skipped[0].Format(English); got != wantEN {
		t.Errorf("got  %s\nwant %s", got, wantEN)
	}
	if data, err := fs.ReadFile(src.FS, "m1/img/pas.bin"); err != nil || len(data) != MaxFileSize {
		t.Errorf("a file of exactly %d bytes: %d bytes, %v", MaxFileSize, len(data), err)
	}
	c, probs := Load(src)
	if len(probs) > 0 || c.Lesson("m1-l3") != nil || len(c.Lessons()) != 3 {
		t.Fatalf("Load: %d lessons, problems%s", len(c.Lessons()), formatAll(probs))
	}
}

func TestDirSourceChecksFilesAgainWhenRead(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, cleanCourse())
	src, _ := DirSource(dir)
	// After the walk: one lesson grows past the limit, one becomes a link.
	grown := filepath.Join(dir, "m1", "01-a.md")
	if err := os.WriteFile(grown, bytes.Repeat([]byte("x"), 2*MaxFileSize), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := fs.ReadFile(src.FS, "m1/01-a.md"); err == nil {
		t.Error("a file that grew past the limit after the walk was read")
	}
	swapped := filepath.Join(dir, "m2", "01-c.md")
	if err := os.Remove(swapped); err != nil {
		t.Fatal(err)
	}
	symlink(t, filepath.Join(dir, "m1", "02-b.md"), swapped)
	if _, err := fs.ReadFile(src.FS, "m2/01-c.md"); err == nil {
		t.Error("a file replaced by a symbolic link after the walk was read")
	}
	// A file that grows after it was opened still yields at most
	// MaxFileSize bytes, then an error.
	f, err := src.FS.Open("m1/02-b.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := os.WriteFile(filepath.Join(dir, "m1", "02-b.md"), bytes.Repeat([]byte("y"), MaxFileSize+10), 0o644); err != nil {
		t.Fatal(err)
	}
	if data, err := io.ReadAll(f); err == nil || len(data) > MaxFileSize {
		t.Errorf("read %d bytes of a file that grew, err %v; want at most %d and an error", len(data), err, MaxFileSize)
	}
}

func TestDirSourceSkipsSpecialFiles(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no FIFOs or Unix sockets on Windows")
	}
	dir := t.TempDir()
	writeTree(t, dir, cleanCourse())
	var want []string
	src := Source{Name: filepath.ToSlash(filepath.Clean(dir))}
	if mkfifo, err := exec.LookPath("mkfifo"); err == nil {
		if out, err := exec.Command(mkfifo, filepath.Join(dir, "m1", "02-pipa.md")).CombinedOutput(); err != nil {
			t.Fatalf("mkfifo: %v %s", err, out)
		}
		want = append(want, CodeNotRegular+" "+src.Name+"/m1/02-pipa.md")
	}
	// Unix socket paths are short; listen from inside dir.
	t.Chdir(filepath.Join(dir, "m2"))
	l, err := net.Listen("unix", "s.md")
	if err == nil {
		defer l.Close()
		want = append(want, CodeNotRegular+" "+src.Name+"/m2/s.md")
	}
	if len(want) == 0 {
		t.Skip("cannot make a FIFO or a socket here")
	}
	src, skipped := DirSource(dir) // must not block on the FIFO
	if got := codesAt(skipped); !sameSet(got, want) {
		t.Fatalf("skipped %v, want %v", got, want)
	}
	if c, probs := Load(src); len(probs) > 0 || len(c.Lessons()) != 3 {
		t.Fatalf("Load: %d lessons, problems%s", len(c.Lessons()), formatAll(probs))
	}
	if got := skipped[0].Format(Indonesian); !strings.Contains(got, ": dilewati: bukan berkas biasa") {
		t.Errorf("message %q", got)
	}
}

func TestDirSourceDepthLimit(t *testing.T) {
	dir := t.TempDir()
	files := cleanCourse()
	files["m1/img/a/b/dalam.txt"] = "tingkat 4 masih dibaca"
	files["m1/img/a/b/c/terlalu.txt"] = "tingkat 5 tidak"
	writeTree(t, dir, files)
	src, skipped := DirSource(dir)
	if got, want := codesAt(skipped), []string{CodeTooDeep + " " + src.Name + "/m1/img/a/b/c"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("skipped %v, want %v", got, want)
	}
	if _, err := fs.ReadFile(src.FS, "m1/img/a/b/dalam.txt"); err != nil {
		t.Errorf("a file at depth 4 must read: %v", err)
	}
	if _, err := fs.ReadFile(src.FS, "m1/img/a/b/c/terlalu.txt"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a file below the depth limit: %v, want not exist", err)
	}
	if got := skipped[0].Format(English); !strings.Contains(got, "more than 4 levels") {
		t.Errorf("message %q", got)
	}
}

func TestDirSourceEntryLimit(t *testing.T) {
	dir := t.TempDir()
	files := cleanCourse() // 9 files and 3 folders: 12 entries
	for i := range MaxEntries {
		files[fmt.Sprintf("m2/img/%04d.txt", i)] = ""
	}
	writeTree(t, dir, files)
	src, skipped := DirSource(dir)
	if len(skipped) != 1 || skipped[0].Code != CodeTooMany || skipped[0].Path != src.Name+"/m2/img" {
		t.Fatalf("skipped %v, want one too-many problem at m2/img", codesAt(skipped))
	}
	if got := skipped[0].Format(Indonesian); !strings.Contains(got, "lebih dari 2000 berkas dan folder") {
		t.Errorf("message %q", got)
	}
	n := 0
	fs.WalkDir(src.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if p != "." {
			n++
		}
		return err
	})
	if n != MaxEntries {
		t.Errorf("the FS holds %d entries, want %d", n, MaxEntries)
	}
	if c, probs := Load(src); len(probs) > 0 || len(c.Lessons()) != 3 {
		t.Fatalf("the lessons read before the limit must load: %d, %s", len(c.Lessons()), formatAll(probs))
	}
}

func TestDirSourceIgnoresHiddenEntries(t *testing.T) {
	dir := t.TempDir()
	files := cleanCourse()
	files[".git/config"] = "[core]\n"
	files["m1/.catatan.md"] = "draf"
	writeTree(t, dir, files)
	symlink(t, "/", filepath.Join(dir, ".git", "akar"))
	src, skipped := DirSource(dir)
	if len(skipped) > 0 {
		t.Fatalf("hidden entries reported:%s", formatAll(skipped))
	}
	if _, err := fs.Stat(src.FS, ".git"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Stat(.git) = %v, want not exist", err)
	}
}

func TestDirSourceMissingFolder(t *testing.T) {
	src, skipped := DirSource(filepath.Join(t.TempDir(), "tidak-ada"))
	if len(skipped) > 0 {
		t.Fatalf("DirSource itself reported%s", formatAll(skipped))
	}
	_, probs := Load(src)
	if len(probs) != 1 || probs[0].Code != CodeRead || probs[0].Path != src.Name {
		t.Fatalf("Load of a missing folder:%s", formatAll(probs))
	}
}

func TestSortProblems(t *testing.T) {
	probs := []Problem{{Path: "b", Line: 1}, {Path: "a", Line: 3}, {Path: "a", Line: 1, Code: "x"}, {Path: "a", Line: 1, Code: "y"}}
	SortProblems(probs)
	if got := where(probs); strings.Join(got, " ") != "x@1 y@1 @3 @1" {
		t.Fatalf("sorted %v", got)
	}
}

func TestSkipCodesHaveMessages(t *testing.T) {
	seen := map[string]bool{}
	for _, code := range []string{CodeSymlink, CodeNotRegular, CodeTooLarge, CodeTooMany, CodeTooDeep} {
		for _, lang := range []Lang{Indonesian, English} {
			msg := Problem{Code: code, Args: []any{2048, 1024}}.Format(lang)
			if strings.Contains(msg, "%!") || strings.HasPrefix(msg, code+":") || seen[msg] {
				t.Errorf("%s in %s renders badly or twice: %s", code, lang, msg)
			}
			seen[msg] = true
		}
	}
}
