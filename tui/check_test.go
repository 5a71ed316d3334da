package tui

import (
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"

	"ajar/lessons"
	"ajar/progress"
)

func newTestCheck(t *testing.T) checkModel {
	t.Helper()
	d, _ := newTestDeps(t)
	return newCheckModel(testTexts(), testStyles(d), d.Now).setSize(80, 60).start(d.Catalog.Module("m1"), progress.DefaultProfile).begin()
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
		case m.ask.q.Type == lessons.Order || m.ask.q.Type == lessons.Multi:
			keys = []string{"enter"}
		case m.ask.q.Type == "matching":
			keys = []string{"1", "2", "3", "enter"}
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
	if len(m.questions) != 7 {
		t.Fatalf("module m1 has 7 questions, the check asks %d", len(m.questions))
	}
	m, res := answerAll(t, m)
	fromL2 := 0
	for _, a := range res.Answers {
		if a.LessonID == "l2" {
			fromL2++
		}
	}
	if res.ModuleID != "m1" || res.Total != 7 || len(res.Answers) != 7 || fromL2 != 1 {
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

// TestCheckIntroSaysWhatItIsAndLeavesFreely: the check opens on an intro
// that says how many questions, that it is scored once and that feedback
// comes at the end; Esc there records nothing, Enter begins. Once begun,
// Esc asks, even before the first answer.
func TestCheckIntroSaysWhatItIsAndLeavesFreely(t *testing.T) {
	d, _ := newTestDeps(t)
	m := newCheckModel(testTexts(), testStyles(d), d.Now).setSize(80, 30).start(d.Catalog.Module("m1"), "ani")
	v := strings.Join(strings.Fields(m.View()), " ")
	for _, want := range []string{"7 soal dari 2 pelajaran", "dicatat sekali", "di akhir", "Tekan Enter untuk mulai"} {
		if !strings.Contains(v, want) {
			t.Errorf("the intro lacks %q:\n%s", want, m.View())
		}
	}
	_, msgs := press(m, "esc")
	if _, ok := findMsg[backMsg](msgs); !ok || len(msgs) != 1 {
		t.Fatalf("esc on the intro must only go back: %v", msgs)
	}
	m, _ = press(m, "enter")
	if m.intro || m.ask.q == nil {
		t.Fatal("enter must begin the check")
	}
	if m, msgs = press(m, "esc"); len(msgs) != 0 || !m.leaving {
		t.Fatalf("esc after beginning must ask first: %v", msgs)
	}
}

// TestCheckOrderIsTheLearnersOwn: two learners get the module's questions
// in different orders; one learner gets the same order each time.
func TestCheckOrderIsTheLearnersOwn(t *testing.T) {
	d, _ := newTestDeps(t)
	order := func(profile string) string {
		m := newCheckModel(testTexts(), testStyles(d), d.Now).start(d.Catalog.Module("m1"), profile)
		var ids []string
		for _, q := range m.questions {
			ids = append(ids, q.ID)
		}
		return strings.Join(ids, " ")
	}
	if order("ani") != order("ani") {
		t.Fatal("the same learner must get the same order")
	}
	differ := 0
	for _, p := range []string{"budi", "citra", "dewi", "eko"} {
		if order(p) != order("ani") {
			differ++
		}
	}
	if differ < 3 {
		t.Fatalf("learners share one order (%d of 4 differ from ani's)", differ)
	}
}

func TestCheckLeavingEarlyAsksThenScores(t *testing.T) {
	m := newTestCheck(t)
	keys, _ := rightKeys(t, m.ask)
	m, _ = press(m, keys...) // right
	m, msgs := press(m, "esc")
	if len(msgs) != 0 || !strings.Contains(m.View(), "Akhiri uji sekarang? 1 dari 7") {
		t.Fatalf("leaving mid-check must ask first:\n%s", m.View())
	}
	m, _ = press(m, "n")
	if m.leaving || m.done {
		t.Fatal("n must go on with the check")
	}
	m, _ = press(m, "esc", "y")
	if !m.done {
		t.Fatal("esc then y must end the check")
	}
	fresh := newTestCheck(t)
	_, msgs = press(fresh, append(keys, "esc", "y")...)
	save, ok := findMsg[saveCheckMsg](msgs)
	if !ok || save.result.Total != 7 || save.result.Correct != 1 || len(save.result.Answers) != 7 || save.result.Answers[6].Correct {
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
	_, cmd := m.Update(keyMsg("enter"))
	if _, ok := findMsg[openCheckResultMsg](runCmd(cmd)); !ok {
		t.Fatal("a taken check is not started again: its result opens")
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
	m, _ = drive(t, m, startCheckMsg{moduleID: "m1"}, keyMsg("enter"))
	for m.check.ask.typing() { // in a fill-in q is a letter; go on to a question where it is not
		m, _ = answerRight(t, m, false)
	}
	m, _ = drive(t, m, keyMsg("q"))
	if m.screen != screenCheck || !m.check.leaving || m.quitting {
		t.Fatalf("q mid-check must ask, not quit (screen %v)", m.screen)
	}
	m, _ = drive(t, m, keyMsg("y"))
	snap, _ := store.Snapshot(progress.DefaultProfile)
	if c, ok := snap.Checks["m1"]; !ok || c.Total != 7 {
		t.Fatalf("the ended check must be recorded: %+v", snap.Checks)
	}
	if v := m.View(); !strings.Contains(v, "Uji modul: Modul Satu") {
		t.Fatalf("the result shows after ending:\n%s", v)
	}
}
