package tui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"ajar/lessons"
	"ajar/progress"
	"ajar/tui/internal/testkit"
)

// evil is what a hostile lesson file or an old progress file may hold:
// OSC 52 (clipboard), screen clearing, a C1 CSI, OSC 0 (window title).
const evil = "\x1b]52;c;aGk=\x07\x1b[2J\u009b2J\x1b]0;x\x07\r"

// hostileCatalog is a course built without Load, as if content had got past
// it: every text holds control sequences.
func hostileCatalog() *lessons.Catalog {
	l := &lessons.Lesson{
		ID: "l1", Title: "Judul" + evil, Minutes: 3, ModuleID: "m1", Objective: "Tujuan" + evil,
		Body: "## Bagian" + evil + "\n\nTeks " + evil + " &#27;[2J &#x9b;2J.\n\n> kutipan" + evil + "\n",
		Questions: []lessons.Question{
			{ID: "l1-q1", Type: lessons.Single, Prompt: "Tanya" + evil, Explanation: "Jelas" + evil,
				Options: []lessons.Option{{Text: "A" + evil, Correct: true, Feedback: "Ya" + evil}, {Text: "B" + evil, Feedback: "Tidak" + evil}}},
			{ID: "l1-q2", Type: lessons.Fill, Prompt: "Isi" + evil, Explanation: "Jelas" + evil, Accept: []string{"x" + evil}},
			{ID: "l1-q3", Type: lessons.Matching, Prompt: "Pasang" + evil, Explanation: "Jelas" + evil,
				Pairs: []lessons.Pair{{Left: "a" + evil, Right: "1" + evil}, {Left: "b" + evil, Right: "2" + evil}}},
		},
		Flashcards: []lessons.Flashcard{{ID: "l1-k1", Front: "Depan" + evil, Back: "Belakang" + evil}},
	}
	return &lessons.Catalog{Title: "Kursus" + evil, Glossary: "## G" + evil + "\n\n- **A**" + evil + ": arti.\n",
		Modules: []*lessons.Module{{ID: "m1", Title: "Modul" + evil, Order: 1, Summary: "Ringkas" + evil, Lessons: []*lessons.Lesson{l}}}}
}

// TestScreensDrawOnlyStyles reproduces finding 7 of issue 8 on the tutor's
// screens: content that got past the loader and learner names from an old
// progress file (written before names were checked) must not reach the
// terminal as control sequences, on any screen.
func TestScreensDrawOnlyStyles(t *testing.T) {
	d, _ := newTestDeps(t)
	d.Catalog = hostileCatalog()
	d.Title = d.Catalog.Title
	d.Problems = []string{"kursus/m9/01-\x1b[2J.md:3: masalah" + evil}
	d.Profiles = []progress.Profile{{ID: progress.DefaultProfile, Name: "Ani" + evil}, {ID: "budi", Name: "Budi" + evil}}
	m := startApp(t, d, 80, 30)
	check := func(where string) {
		t.Helper()
		if bad := testkit.Foreign(m.View()); bad != "" {
			t.Errorf("%s draws %s", where, bad)
		}
	}
	check("the course map")
	steps := []struct {
		where string
		keys  []string
	}{
		{"the reader", []string{"enter"}},
		{"the glossary", []string{"i"}},
		{"the reader again", []string{"esc"}},
		{"the quiz", []string{"G", "enter"}},
		{"the quiz feedback", []string{"2", "enter"}},
		{"the fill question", []string{"enter"}},
		{"the answered fill question", []string{"x", "enter"}},
		{"the matching question", []string{"enter", "1"}},
		{"the answered matching question", []string{"2", "enter"}},
		{"the course map after the quiz", []string{"esc"}},
		{"the learner picker", []string{"p"}},
		{"the course search", []string{"esc", "/", "e"}},
		{"the reader at a hit", []string{"down", "down", "enter"}},
		{"the reader's search", []string{"/", "t", "enter", "n"}},
		{"the outline", []string{"o"}},
		{"the glossary found", []string{"esc", "esc", "/", "a", "down", "down", "down", "down", "enter"}},
	}
	for _, s := range steps {
		for _, k := range s.keys {
			m, _ = drive(t, m, keyMsg(k))
		}
		check(s.where)
	}
	m, _ = drive(t, m, tea.WindowSizeMsg{Width: 30, Height: 8})
	check("the too-small message")
}
