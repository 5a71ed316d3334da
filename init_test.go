package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ajar/lessons"
)

func TestInitWritesCleanSample(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "modul")
	var out bytes.Buffer
	if err := runInit([]string{dir}, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Modul contoh ditulis ke " + dir,
		filepath.Join(dir, "module.yaml"),
		"Langkah berikutnya",
		"ajar lint " + dir + "\n",
		"ajar --content " + dir + "\n",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	src, skipped := lessons.DirSource(dir)
	cat, probs := lessons.Load(src)
	for _, p := range append(skipped, probs...) {
		t.Errorf("%s", p.Format(lessons.English))
	}
	types := map[lessons.QuestionType]int{}
	cards := 0
	for _, l := range cat.Lessons() {
		for _, q := range l.Questions {
			types[q.Type]++
		}
		cards += len(l.Flashcards)
	}
	for _, typ := range []lessons.QuestionType{lessons.Single, lessons.Multi, lessons.TrueFalse, lessons.Fill, lessons.Order} {
		if types[typ] == 0 {
			t.Errorf("the sample has no %s question", typ)
		}
	}
	if len(cat.Modules) != 1 || cat.Modules[0].ID != "contoh" || len(cat.Lessons()) != 2 || cards == 0 {
		t.Fatalf("sample: %d modules, %d lessons, %d cards", len(cat.Modules), len(cat.Lessons()), cards)
	}
	for _, name := range []string{"module.yaml", "01-bentuk-pelajaran.md", "02-jenis-soal-lain.md"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.Contains(data, []byte("\n# ")) && !bytes.HasPrefix(data, []byte("# ")) {
			t.Errorf("%s: missing or without # comments (%v)", name, err)
		}
	}
}

func TestInitEnglish(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "my module")
	var out bytes.Buffer
	if err := runInit([]string{"--lang", "en", dir}, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Wrote the sample module to", "Next steps", `ajar lint "` + dir + `"`, `ajar --content "` + dir + `"`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestInitRefusesToOverwrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "modul")
	if err := runInit([]string{dir}, &bytes.Buffer{}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	edited := filepath.Join(dir, "module.yaml")
	if err := os.WriteFile(edited, []byte("id: milik-saya\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	err := runInit([]string{dir}, &out, &bytes.Buffer{})
	var ex exitError
	first := filepath.Join(dir, "01-bentuk-pelajaran.md")
	if !errors.As(err, &ex) || ex.code != 1 || !strings.Contains(ex.msg, first+" sudah ada") || !strings.Contains(ex.msg, "--force") {
		t.Fatalf("second init returned %v, want exit 1 naming %s", err, first)
	}
	if data, _ := os.ReadFile(edited); string(data) != "id: milik-saya\n" || out.Len() > 0 {
		t.Fatalf("a refused init changed files or printed %q", out.String())
	}

	// --force, also after the folder, overwrites the sample's files.
	if err := runInit([]string{dir, "--force"}, &bytes.Buffer{}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(edited); !bytes.Contains(data, []byte("id: contoh")) {
		t.Fatalf("--force did not overwrite module.yaml: %q", data)
	}
}

func TestInitNeverWritesThroughLinks(t *testing.T) {
	base := t.TempDir()
	outside := filepath.Join(base, "penting.txt")
	if err := os.WriteFile(outside, []byte("jangan diubah"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(base, "modul")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "module.yaml")); err != nil {
		t.Skipf("cannot make symbolic links here: %v", err)
	}
	err := runInit([]string{"--force", dir}, &bytes.Buffer{}, &bytes.Buffer{})
	var ex exitError
	if !errors.As(err, &ex) || ex.code != 1 || !strings.Contains(ex.msg, "bukan berkas biasa") {
		t.Fatalf("init over a link returned %v", err)
	}
	if data, _ := os.ReadFile(outside); string(data) != "jangan diubah" {
		t.Fatal("init wrote through a symbolic link")
	}
	if _, err := os.Stat(filepath.Join(dir, "01-bentuk-pelajaran.md")); err == nil {
		t.Fatal("a refused init must write nothing")
	}
}

func TestInitUsageErrors(t *testing.T) {
	base := t.TempDir()
	file := filepath.Join(base, "berkas")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		code int
	}{
		{nil, 2},
		{[]string{"a", "b"}, 2},
		{[]string{"--lang", "fr", filepath.Join(base, "x")}, 2},
		{[]string{"--nope", filepath.Join(base, "x")}, 2},
		{[]string{file}, 1},
	} {
		err := runInit(tt.args, &bytes.Buffer{}, &bytes.Buffer{})
		var ex exitError
		if !errors.As(err, &ex) || ex.code != tt.code {
			t.Errorf("runInit(%q) = %v, want exit %d", tt.args, err, tt.code)
		}
	}
}
