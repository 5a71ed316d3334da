package tui

import (
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"

	"ajar/progress"
)

func newTestCheck(t *testing.T) checkModel {
	t.Helper()
	d, _ := newTestDeps(t)
	return newCheckModel(testTexts(), testStyles(d), d.Now).setSize(80, 60).start(d.Catalog.Module("m1"))
}

// answerAll answers every question of a check with the first choice (or
// a typed x), the way a hurried learner would.
func answerAll(t *testing.T, m checkModel) (checkModel, progress.CheckResult) {
	t.Helper()
	for i := 0; !m.done; i++ {
		if i > 20 {
			t.Fatal("check does not end")
		}
		keys := []string{"1"}
		switch {
		case m.ask.typing():
			keys = []string{"x", "enter"}
		case m.ask.q.Type == "order" || m.ask.q.Type == "multi":
			keys = []string{"enter"}
		}
		var ms []tea.Msg
		m, ms = press(m, keys...)
		if strings.Contains(m.View(), "Penjelasan") && !m.done {
			t.Fatal("a check must not show feedback before the end")
		}
		if m.done {
			save, ok := findMsg[saveCheckMsg](ms)
			if !ok {
				t.Fatal("the end of a check must ask to record it")
			}
			return m, save.result
		}
	}
	return m, progress.CheckResult{}
}

func TestCheckScoresOnceAtTheEnd(t *testing.T) {
	m := newTestCheck(t)
	if len(m.questions) != 6 {
		t.Fatalf("module m1 has 6 questions, the check asks %d", len(m.questions))
	}
	m, res := answerAll(t, m)
	if res.ModuleID != "m1" || res.Total != 6 || len(res.Answers) != 6 || res.Answers[5].LessonID != "l2" {
		t.Fatalf("check result %+v", res)
	}
	right := 0
	for _, a := range res.Answers {
		if a.Correct {
			right++
		}
	}
	if right != res.Correct {
		t.Fatalf("score %d does not count the right answers (%d)", res.Correct, right)
	}
	if v := m.View(); !strings.Contains(v, "A benar karena contoh.") || strings.Contains(v, "tercatat") {
		t.Fatalf("the end must show explanations, and not say recorded before it is:\n%s", v)
	}
	m = m.saveResult(saveResultMsg{tags: []saveTag{m.mark.tag}})
	if v := m.View(); !strings.Contains(v, "tercatat") {
		t.Fatalf("a committed result must say it is recorded:\n%s", v)
	}
	m = m.saveResult(saveResultMsg{tags: []saveTag{m.mark.tag}, err: errors.New("disk")})
	if v := m.View(); !strings.Contains(v, "belum tersimpan") {
		t.Fatalf("a failed record must say so:\n%s", v)
	}
}

func TestCheckLeavingBeforeAnsweringRecordsNothing(t *testing.T) {
	_, msgs := press(newTestCheck(t), "esc")
	if _, ok := findMsg[backMsg](msgs); !ok || len(msgs) != 1 {
		t.Fatalf("esc before any answer must only go back: %v", msgs)
	}
}

func TestCheckLeavingEarlyAsksThenScores(t *testing.T) {
	m := newTestCheck(t)
	m, _ = press(m, shownDigit(t, m.ask, "Jawaban A")) // right
	m, msgs := press(m, "esc")
	if len(msgs) != 0 || !strings.Contains(m.View(), "Akhiri uji sekarang? 1 dari 6") {
		t.Fatalf("leaving mid-check must ask first:\n%s", m.View())
	}
	m, _ = press(m, "n")
	if m.leaving || m.done {
		t.Fatal("n must go on with the check")
	}
	m, _ = press(m, "q", "y")
	if !m.done {
		t.Fatal("q then y must end the check")
	}
	fresh := newTestCheck(t)
	_, msgs = press(fresh, shownDigit(t, fresh.ask, "Jawaban A"), "esc", "y")
	save, ok := findMsg[saveCheckMsg](msgs)
	if !ok || save.result.Total != 6 || save.result.Correct != 1 || len(save.result.Answers) != 6 || save.result.Answers[5].Correct {
		t.Fatalf("an ended check counts unanswered questions as wrong: %+v", save.result)
	}
}

func TestCheckView(t *testing.T) {
	m := newTestCheck(t)
	golden.RequireEqual(t, m.View())
}

func TestHomeCheckRowShowsScoreAndLocks(t *testing.T) {
	s := progress.Snapshot{Checks: map[string]progress.CheckResult{"m1": {ModuleID: "m1", Correct: 5, Total: 6}}}
	m := newTestHome(t, s, 80, 30)
	if !strings.Contains(m.View(), "Uji modul: 5 dari 6 benar (83%)") {
		t.Fatalf("home must show the check score:\n%s", m.View())
	}
	for m.rows[m.cursor].kind != rowCheck {
		m, _ = m.Update(keyMsg("down"))
	}
	if _, cmd := m.Update(keyMsg("enter")); cmd != nil {
		t.Fatal("a taken check cannot be started again")
	}
}

// shownDigit returns the digit key of the option with text as a shows it.
func shownDigit(t *testing.T, a askModel, text string) string {
	t.Helper()
	for pos, i := range a.perm {
		if a.q.Options[i].Text == text {
			return string(rune('1' + pos))
		}
	}
	t.Fatalf("no option %q", text)
	return ""
}

func TestAppQDuringCheckAsksFirst(t *testing.T) {
	d, store := newTestDeps(t)
	m := startApp(t, d, 80, 30)
	m, _ = drive(t, m, startCheckMsg{moduleID: "m1"})
	m, _ = drive(t, m, keyMsg("1"), keyMsg("q"))
	if m.screen != screenCheck || !m.check.leaving || m.quitting {
		t.Fatalf("q mid-check must ask, not quit (screen %v)", m.screen)
	}
	m, _ = drive(t, m, keyMsg("y"))
	snap, _ := store.Snapshot(progress.DefaultProfile)
	if c, ok := snap.Checks["m1"]; !ok || c.Total != 6 {
		t.Fatalf("the ended check must be recorded: %+v", snap.Checks)
	}
	if v := m.View(); !strings.Contains(v, "Uji modul: Modul Satu") {
		t.Fatalf("the result shows after ending:\n%s", v)
	}
}
