package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"ajar/progress"
)

// begunCheck starts module m1's check in the app and answers the first
// question right.
func begunCheck(t *testing.T) (Model, *progress.MemStore) {
	t.Helper()
	d, store := newTestDeps(t)
	m := startApp(t, d, 80, 24)
	m, _ = drive(t, m, startCheckMsg{moduleID: "m1"}, keyMsg("enter"))
	m, _ = answerRight(t, m, false)
	return m, store
}

// TestCheckCutOffIsRecorded: Ctrl+C, or a closed window (the program ends
// and main runs FinalWrites), during a check records it with the
// unanswered questions wrong and marked cut off, so quitting is no way
// to see the questions and start afresh.
func TestCheckCutOffIsRecorded(t *testing.T) {
	for _, how := range []string{"ctrl+c", "closed window"} {
		t.Run(how, func(t *testing.T) {
			m, store := begunCheck(t)
			if how == "ctrl+c" {
				_, msgs := drive(t, m, keyMsg("ctrl+c"))
				if !hasQuit(msgs) {
					t.Fatal("Ctrl+C did not quit")
				}
			} else {
				for _, cmd := range m.FinalWrites() {
					runCmd(cmd)
				}
			}
			snap, _ := store.Snapshot(progress.DefaultProfile)
			c, ok := snap.Checks["m1"]
			if !ok || !c.Interrupted || c.Total != 7 || c.Correct != 1 || len(c.Answers) != 7 {
				t.Fatalf("a check cut off by %s is recorded as %+v (found %v)", how, c, ok)
			}
		})
	}
}

// TestCheckEscLeavesAFillIn: Esc in a fill-in question of the check asks
// to end it, like anywhere else; q there is a letter.
func TestCheckEscLeavesAFillIn(t *testing.T) {
	d, _ := newTestDeps(t)
	m := startApp(t, d, 80, 24)
	m, _ = drive(t, m, startCheckMsg{moduleID: "m1"}, keyMsg("enter"))
	for i := 0; i < 6 && !m.check.ask.typing(); i++ {
		m, _ = answerRight(t, m, false)
	}
	if !m.check.ask.typing() {
		t.Fatal("the test module has a fill-in question")
	}
	m, _ = drive(t, m, keyMsg("q"))
	if m.check.leaving || m.check.ask.input.Value() != "q" {
		t.Fatalf("q in a fill-in must be typed: %q", m.check.ask.input.Value())
	}
	if m, _ = drive(t, m, keyMsg("esc")); !m.check.leaving {
		t.Fatalf("Esc in a fill-in must ask to end the check:\n%s", m.View())
	}
}

// TestTakenCheckOpensAgainWithTheLearnersAnswers: the course map's check
// row opens the recorded result, with the learner's own answers.
func TestTakenCheckOpensAgainWithTheLearnersAnswers(t *testing.T) {
	m, _ := begunCheck(t)
	m, _ = drive(t, m, keyMsg("esc"), keyMsg("y"), keyMsg("esc"))
	if m.screen != screenHome {
		t.Fatalf("screen %d after leaving the result", m.screen)
	}
	m, _ = drive(t, m, keyMsg("G"))
	for m.home.rows[m.home.cursor].kind != rowCheck || m.home.rows[m.home.cursor].module.ID != "m1" {
		m, _ = drive(t, m, keyMsg("k"))
	}
	m, _ = drive(t, m, keyMsg("enter"))
	v := strings.Join(strings.Fields(m.View()), " ")
	if m.screen != screenCheck || !m.check.done || !strings.Contains(v, "1 dari 7 benar") ||
		!strings.Contains(v, "Jawaban Anda:") || !strings.Contains(v, "(tidak dijawab)") || !strings.Contains(v, "Tercatat 2 Mar 2026") {
		t.Fatalf("the taken check must open its result with the learner's answers:\n%s", m.View())
	}
}

// TestCheckResultScrollsByPageAndStopsAtItsEnd: Space pages, G goes to the
// end, and keys pressed past the end do not have to be undone.
func TestCheckResultScrollsByPageAndStopsAtItsEnd(t *testing.T) {
	m, _ := begunCheck(t)
	m, _ = drive(t, m, keyMsg("esc"), keyMsg("y"))
	top := m.View()
	m, _ = drive(t, m, keyMsg(" "))
	if m.check.scroll.offset < 5 {
		t.Fatalf("Space must page down, scroll %d", m.check.scroll.offset)
	}
	var keys []tea.Msg
	for range 50 {
		keys = append(keys, keyMsg("down"))
	}
	m, _ = drive(t, m, keys...)
	end := m.check.scroll.offset
	if end != m.check.maxScroll() || end == 0 {
		t.Fatalf("scroll %d after 50 downs, end is %d", end, m.check.maxScroll())
	}
	if m, _ = drive(t, m, keyMsg("up")); m.check.scroll.offset != end-1 {
		t.Fatalf("one up after the end must move at once: %d", m.check.scroll.offset)
	}
	if m, _ = drive(t, m, keyMsg("g")); m.View() != top {
		t.Fatal("g must go back to the top")
	}
}
