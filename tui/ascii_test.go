package tui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"ajar/tui/internal/testkit"
)

// typed is what the learner types and what a trainer's broken module
// is called in the --ascii tests: curly quotes, a dash, an emoji, Cyrillic.
const typed = "Siti “Ani” — 🙂 Жук"

// unicodeDeps are test dependencies with the Unicode test course, a
// problem listed on the course map, and --ascii as asked.
func unicodeDeps(t *testing.T, ascii bool) Deps {
	d, _ := newTestDeps(t)
	d.Catalog = testkit.UnicodeCatalog(t)
	d.Title = d.Catalog.Title
	d.Problems = []string{"modul-x/01.md:3: judul “kosong” — " + typed}
	d.ASCII = ascii
	return d
}

// then reaches a screen as reach does, then presses keys.
func then(reach func(t *testing.T, d Deps, now *time.Time) Model, keys ...string) func(t *testing.T, d Deps, now *time.Time) Model {
	return func(t *testing.T, d Deps, now *time.Time) Model {
		m := reach(t, d, now)
		for _, k := range keys {
			m, _ = drive(t, m, keyMsg(k))
		}
		return m
	}
}

// asciiStates are the states the --ascii test draws beyond everyScreen:
// answers with their feedback, a lesson scrolled through, what the learner
// typed, statistics with a history, a window too small.
var asciiStates = []screenCase{
	{name: "reader middle", reach: keysFrom("enter", "pgdown")},
	{name: "reader end", reach: keysFrom("enter", "G")},
	{name: "quiz single feedback", reach: then(quizAt(1), "1")},
	{name: "quiz multi feedback", reach: then(quizAt(2), "1", "2", "enter")},
	{name: "quiz truefalse feedback", reach: then(quizAt(3), "2")},
	{name: "quiz fill feedback", reach: then(quizAt(4), "1", "9", "9", "1", "enter")},
	{name: "quiz order held", reach: then(quizAt(5), "space", "down")},
	{name: "quiz order feedback", reach: then(quizAt(5), "enter")},
	{name: "review flashcard", reach: dueReview("1", "enter", "space")},
	{name: "review rated", reach: dueReview("1", "enter", "space", "3")},
	{name: "stats after review", reach: then(dueReview("1", "enter", "esc"), "esc", "s")},
	{name: "profiles named", reach: keysFrom("p", "A", "n", typed, "enter", "p")},
	{name: "profiles typing", reach: keysFrom("p", "n", typed)},
	{name: "check answered", reach: msgsFrom([]tea.Msg{startCheckMsg{moduleID: "m1"}}, "enter", "1", "enter")},
	{name: "reflect typed", reach: msgsFrom([]tea.Msg{openReflectMsg{lessonID: "l2"}}, typed)},
	{name: "plan typed", reach: msgsFrom([]tea.Msg{openReflectMsg{lessonID: "l3"}}, typed, "tab", "1")},
	{name: "too small", reach: msgsFrom([]tea.Msg{tea.WindowSizeMsg{Width: 30, Height: 10}})},
}

// TestASCIIDrawsOnlyCodePage437 draws every screen of everyScreen and the
// states above, with the help closed and open, from a course full of
// typography code page 437 lacks: under --ascii no character outside it
// may reach the console, and each line keeps the width it has without.
func TestASCIIDrawsOnlyCodePage437(t *testing.T) {
	for _, c := range append(append([]screenCase(nil), everyScreen...), asciiStates...) {
		t.Run(c.name, func(t *testing.T) {
			draw := func(ascii, help bool) string {
				d := unicodeDeps(t, ascii)
				now := testNow
				d.Now = func() time.Time { return now }
				m := c.reach(t, d, &now)
				if help && !m.typing() {
					m, _ = drive(t, m, keyMsg("?"))
				}
				return m.View()
			}
			shown := ""
			for _, help := range []bool{false, true} {
				view := draw(true, help)
				if bad := testkit.OutsideCP437(view); bad != "" {
					t.Errorf("help %v: %q drawn under --ascii:\n%s", help, bad, ansi.Strip(view))
				}
				plain := draw(false, help)
				shown += testkit.OutsideCP437(plain)
				got, was := strings.Split(view, "\n"), strings.Split(plain, "\n")
				if len(got) != len(was) {
					t.Fatalf("help %v: %d lines under --ascii, %d without", help, len(got), len(was))
				}
				for i := range got {
					if w, pw := ansi.StringWidth(got[i]), ansi.StringWidth(was[i]); w > max(pw, 80) {
						t.Errorf("help %v: line %d is %d cells under --ascii, wider than the window:\n%s", help, i+1, w, got[i])
					}
				}
			}
			// The course search before anything is typed is words only: it
			// is checked above, but has nothing to map.
			if shown == "" && c.name != "search" {
				t.Error("without --ascii the screen shows nothing code page 437 lacks, so this state proves nothing")
			}
		})
	}
}

// TestWithoutASCIINothingIsMapped checks that the mapping runs only with
// --ascii: the course map shows the course's own typography and the help
// its own separator (the goldens of the other tests hold the rest).
func TestWithoutASCIINothingIsMapped(t *testing.T) {
	m := startApp(t, unicodeDeps(t, false), 80, 24)
	view := m.View()
	for _, want := range []string{"Kursus “Uji” — 🙂", "Pelajaran “Pertama” — 🙂 中文", " • "} {
		if !strings.Contains(view, want) {
			t.Errorf("without --ascii the course map lacks %q:\n%s", want, view)
		}
	}
	m = startApp(t, unicodeDeps(t, true), 80, 24)
	view = m.View()
	for _, want := range []string{`Kursus "Uji" - ??`, " · "} {
		if !strings.Contains(view, want) {
			t.Errorf("under --ascii the course map lacks %q:\n%s", want, view)
		}
	}
}
