package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ajar/progress"
	"ajar/tui"
)

func TestPortableDBBesideExecutable(t *testing.T) {
	dir := t.TempDir()
	exe := filepath.Join(dir, "ajar.exe")
	if err := os.WriteFile(exe, nil, 0o755); err != nil {
		t.Fatal(err)
	}
	if p := portableDB(exe); p != "" {
		t.Fatalf("no ajar.db beside the program, got %q", p)
	}
	if err := os.Mkdir(filepath.Join(dir, "ajar.db"), 0o755); err != nil {
		t.Fatal(err)
	}
	if p := portableDB(exe); p != "" {
		t.Fatal("a folder named ajar.db is not a progress file")
	}
	os.Remove(filepath.Join(dir, "ajar.db"))
	if err := os.WriteFile(filepath.Join(dir, "ajar.db"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if p := portableDB(exe); p != filepath.Join(dir, "ajar.db") {
		t.Fatalf("portable ajar.db not used: %q", p)
	}
}

func TestDemoWritesNothing(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("AJAR_DB", filepath.Join(dir, "sub", "ajar.db"))
	st, _, err := openProgress("", true, tui.Indonesian, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := st.(*progress.MemStore); !ok {
		t.Fatalf("--demo opened %T, want the in-memory store", st)
	}
	if _, err := st.Apply(progress.DefaultProfile, progress.Write{Open: &progress.Opening{LessonID: "m4-l1", At: time.Unix(1, 0)}}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("--demo left files behind: %v", entries)
	}
}

func TestPickProfile(t *testing.T) {
	st := progress.NewMemStore()
	first, err := st.ResolveProfile(progress.DefaultProfile)
	if err != nil || !progress.IsUniqueID(first) {
		t.Fatalf("the first learner's id: %q %v", first, err)
	}
	if id, _, err := pickProfile(st, "", tui.Indonesian); err != nil || id != first {
		t.Fatalf("a fresh file starts with the first learner %q, got %q %v", first, id, err)
	}
	at := time.Date(2026, 1, 5, 8, 0, 0, 0, time.UTC)
	ani := progress.NewProfileID()
	for _, p := range []progress.Profile{{ID: ani, Name: "Ani Lestari", Created: at}, {ID: progress.NewProfileID(), Name: "Budi", EmployeeNumber: "1987", Created: at}} {
		if err := st.SaveProfile(p); err != nil {
			t.Fatal(err)
		}
	}
	if id, list, err := pickProfile(st, "", tui.Indonesian); err != nil || id != "" || len(list) != 2 {
		t.Fatalf("two learners must start with the picker, got %q %d %v", id, len(list), err)
	}
	if id, _, _ := pickProfile(st, "ani lestari", tui.Indonesian); id != ani {
		t.Fatalf("--profile matches names case-insensitively, got %q", id)
	}
	if id, _, _ := pickProfile(st, ani, tui.Indonesian); id != ani {
		t.Fatalf("--profile matches ids, got %q", id)
	}
	_, _, err = pickProfile(st, "Citra", tui.Indonesian)
	var ex exitError
	if !errors.As(err, &ex) || !strings.Contains(ex.msg, "Ani Lestari, Budi") {
		t.Fatalf("an unknown --profile must list the learners, got %v", err)
	}
}

func TestLoadCatalogKeepsGoodModulesBesideBrokenOnes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "modul-baik")
	if err := os.MkdirAll(good, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(good, "module.yaml"), []byte("id: pelatih\ntitle: Modul pelatih\norder: 9\n"), 0o644)
	os.WriteFile(filepath.Join(good, "01-a.md"), []byte("---\nid: pelatih-l1\ntitle: A\nminutes: 3\n---\n\nTeks.\n\n```quiz\n- id: pelatih-l1-q1\n  type: truefalse\n  prompt: P.\n  answer: true\n  explanation: E.\n```\n"), 0o644)
	c, problems, err := loadCatalog(true, []string{good, "testdata/broken"}, "id")
	if err != nil {
		t.Fatal(err)
	}
	if c.Module("pelatih") == nil || c.Module("m4") == nil {
		t.Fatal("the trainer's good module and the built-in course must load")
	}
	if len(problems) < 5 || !strings.HasPrefix(problems[0], "testdata/broken/") || !strings.Contains(strings.Join(problems, "\n"), "02-id-ganda.md:13:") {
		t.Fatalf("problems of the broken module, with file:line: %q", problems)
	}
	if _, _, err := loadCatalog(false, nil, "id"); err == nil {
		t.Fatal("--no-builtin without --content must be an error")
	}
	c, _, err = loadCatalog(false, []string{good}, "id")
	if err != nil || len(c.Modules) != 1 {
		t.Fatalf("--no-builtin --content: %v modules, %v", len(c.Modules), err)
	}
}

func TestReportIncludesTrainersModules(t *testing.T) {
	var out strings.Builder
	db := filepath.Join(t.TempDir(), "ajar.db")
	st, err := progress.Open(db, progress.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.OpenLesson(progress.DefaultProfile, "m4-l1", time.Unix(1e9, 0)); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if err := run([]string{"report", "--db", db, "--content", "content/sample", "--no-builtin"}, &out, &strings.Builder{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), `"lesson": "contoh-l1"`) {
		t.Fatalf("the report must list the trainer's lessons:\n%s", out.String()[:min(len(out.String()), 800)])
	}
	if !strings.Contains(out.String(), `"lessons_total": 2`) {
		t.Fatal("--no-builtin must leave the built-in course out (its progress is kept as orphans, not as course lessons)")
	}
}

func TestLintWithBuiltinFindsClashes(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"module.yaml", "01-bentuk-pelajaran.md", "02-jenis-soal-lain.md"} {
		b, err := os.ReadFile(filepath.Join("content/sample", name))
		if err != nil {
			t.Fatal(err)
		}
		b = []byte(strings.Replace(string(b), "id: contoh-l1\n", "id: m4-l1\n", 1))
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out strings.Builder
	if err := run([]string{"lint", dir}, &out, &strings.Builder{}); err != nil {
		t.Fatalf("alone the folder is clean: %v\n%s", err, out.String())
	}
	out.Reset()
	err := run([]string{"lint", "--with-builtin", dir}, &out, &strings.Builder{})
	if err == nil || !strings.Contains(out.String(), "01-bentuk-pelajaran.md:6: ") || !strings.Contains(out.String(), `"m4-l1"`) {
		t.Fatalf("--with-builtin must report the clash in the trainer's file: %v\n%s", err, out.String())
	}
}
