package tui

import (
	"bytes"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
)

// TestWalkEveryScreenInARealProgram runs ajar as bubbletea runs it (teatest,
// 80×24) and walks from the course map into each screen a learner reaches
// by keys, then back with Esc (leaving a text field first where there is
// one), searches the course and opens a hit, and finally quits with q. Each step waits for what the screen
// shows, so a screen that traps the learner stalls the walk and fails.
func TestWalkEveryScreenInARealProgram(t *testing.T) {
	d, _ := newTestDeps(t)
	tm := teatest.NewTestModel(t, New(d), teatest.WithInitialTermSize(80, 24))
	waitFor := func(what string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(what)) },
			teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	}
	home := "Modul Satu"
	press := func(keys ...string) {
		for _, k := range keys {
			tm.Send(keyMsg(k))
		}
	}
	waitFor(home)
	for _, step := range []struct {
		name       string
		keys       []string
		shows      string
		leave      []string
		backAtHome string
	}{
		{"reader", []string{"enter"}, "Bagian awal", []string{"esc"}, "Lanjutkan"},
		{"quiz", []string{"enter", "G", "enter"}, "Soal 1 dari 6", []string{"esc"}, "Lanjutkan"},
		{"glossary", []string{"i"}, "SPBE", []string{"esc"}, home},
		{"statistics", []string{"s"}, "Statistik belajar", []string{"esc"}, home},
		{"whose progress", []string{"p"}, "milik saya", []string{"esc"}, home},
		{"learner form", []string{"p", "n"}, "Nama", []string{"esc"}, home},
		{"check intro", []string{"G", "enter"}, "Tekan Enter untuk mulai", []string{"esc"}, home},
		{"check, a fill-in left with Esc", []string{"G", "enter", "enter"}, "Soal 1 dari", []string{"esc", "y", "esc"}, "Uji modul: "},
	} {
		press(step.keys...)
		waitFor(step.shows)
		press(step.leave...)
		waitFor(step.backAtHome)
	}
	// The course search: typed from the course map, a hit opened in the
	// reader at its match, the search going on there with n, and Esc back
	// to the hits, then to the course map.
	press("/", "b", "a", "g", "i", "a", "n")
	waitFor("2 temuan")
	press("down", "enter")
	waitFor("“bagian” 2/2")
	press("n")
	waitFor("“bagian” 1/2")
	press("esc") // back to the hits
	waitFor("Cari di seluruh kursus")
	press("esc")
	waitFor("Lanjutkan")
	press("q")
	if final, ok := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model); !ok || !final.quitting {
		t.Fatal("q on the course map did not quit")
	}
}

var _ tea.Model = Model{}
