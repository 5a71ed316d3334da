package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ajar/lessons"
)

func TestPresentUnknownID(t *testing.T) {
	var errOut bytes.Buffer
	err := runPresent([]string{"no-such-id"}, &bytes.Buffer{}, &errOut)
	var ex exitError
	if !errors.As(err, &ex) || ex.code != 2 {
		t.Fatalf("got %v, want a usage error (exit 2)", err)
	}
	for _, want := range []string{`"no-such-id"`, "m1, m2, m3, m4"} {
		if !strings.Contains(ex.msg, want) {
			t.Errorf("message %q lacks %q", ex.msg, want)
		}
	}
	err = runPresent([]string{"--lang", "en", "nope"}, &bytes.Buffer{}, &errOut)
	if !errors.As(err, &ex) || !strings.Contains(ex.msg, "is not a module or lesson id") {
		t.Errorf("English message: %v", err)
	}
}

func TestPresentArgs(t *testing.T) {
	tests := []struct {
		args  []string
		first string // title of the first slide
		kind  lessons.SlideKind
		timer time.Duration
		hc    bool
	}{
		{nil, "", lessons.SlideModule, 60 * time.Second, false},
		{[]string{"m4"}, "Organisasi pembelajar: lima disiplin Senge", lessons.SlideModule, 60 * time.Second, false},
		{[]string{"m4", "--timer", "30", "--contrast"}, "Organisasi pembelajar: lima disiplin Senge", lessons.SlideModule, 30 * time.Second, true},
		{[]string{"--timer=90", "m4-l1"}, "Apa itu organisasi pembelajar?", lessons.SlideTitle, 90 * time.Second, false},
		{[]string{"--db", "ignored.db", "--lang", "en", "m4-l1"}, "Apa itu organisasi pembelajar?", lessons.SlideTitle, 60 * time.Second, false},
	}
	for _, tt := range tests {
		d, err := presentDeps(tt.args, &bytes.Buffer{})
		if err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		s := d.Slides[0]
		if s.Kind != tt.kind || (tt.first != "" && s.Title != tt.first) || d.Timer != tt.timer || d.Contrast != tt.hc {
			t.Errorf("%v: first slide %d %q, timer %v, contrast %v", tt.args, s.Kind, s.Title, d.Timer, d.Contrast)
		}
	}
}

func TestPresentBadArgs(t *testing.T) {
	for _, args := range [][]string{
		{"m1", "m2"},
		{"--timer", "0"},
		{"--timer", "abc"},
		{"--theme", "neon"},
		{"--lang", "fr"},
		{"--content", filepath.Join(t.TempDir(), "none")},
		{"--no-such-flag"},
		{"--no-builtin"},
	} {
		_, err := presentDeps(args, &bytes.Buffer{})
		var ex exitError
		if !errors.As(err, &ex) || ex.code != 2 {
			t.Errorf("%v: got %v, want a usage error (exit 2)", args, err)
		}
	}
}

func TestPresentTrainerFolder(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("module.yaml", "id: pelatih\ntitle: Modul Pelatih\norder: 99\n")
	write("01-a.md", "---\nid: pelatih-l1\ntitle: Satu\nminutes: 2\n---\n\n## Bagian\n\nIsi.\n\n"+
		"```quiz\n- id: pelatih-l1-q1\n  type: truefalse\n  prompt: Benar?\n  answer: true\n  explanation: Ya.\n```\n")
	d, err := presentDeps([]string{"--content", dir, "pelatih"}, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Slides) != 4 || d.Slides[0].Title != "Modul Pelatih" || d.Slides[3].Kind != lessons.SlideQuestion {
		t.Fatalf("trainer module slides: %+v", d.Slides)
	}
	d, err = presentDeps([]string{"--no-builtin", "--content", dir}, &bytes.Buffer{})
	if err != nil || d.Slides[0].Title != "Modul Pelatih" {
		t.Fatalf("--no-builtin must start at the trainer's module: %v", err)
	}
}
