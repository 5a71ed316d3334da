package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"ajar/lessons"
	"ajar/progress"
	"ajar/tui/internal/testkit"
)

// typeInto sends text to the model key by key, as typed.
func typeInto(t *testing.T, m Model, text string) Model {
	t.Helper()
	for _, r := range text {
		m, _ = drive(t, m, keyMsg(string(r)))
	}
	return m
}

// TestReflectionIsAskedSavedAndBroughtBack finishes lesson 2, whose
// reflection prompt opens after the quiz; the answer is saved for this
// learner only, can be reopened with t, and is shown again when the
// lesson's card comes up in the review days later.
func TestReflectionIsAskedSavedAndBroughtBack(t *testing.T) {
	d, store := newTestDeps(t)
	now := testNow
	d.Now = func() time.Time { return now }
	m := startApp(t, d, 80, 24)
	for _, k := range []string{"j", "enter", "G", "enter", "1", "enter"} { // lesson 2, its one question
		m, _ = drive(t, m, keyMsg(k))
	}
	if m.screen != screenReflect || !strings.Contains(m.View(), "Di rapat mana Anda akan mencobanya") {
		t.Fatalf("the reflection prompt must open after the quiz, screen %v:\n%s", m.screen, m.View())
	}
	m = typeInto(t, m, "Rapat Senin, saya tanya asumsi.")
	m, _ = drive(t, m, keyMsg("enter"))
	if m.screen != screenQuiz || !strings.Contains(m.View(), "Refleksi Anda · ✓ tersimpan") {
		t.Fatalf("saving the reflection must return to the quiz result, marked saved once committed, screen %v:\n%s", m.screen, m.View())
	}
	snap, _ := store.Snapshot(progress.DefaultProfile)
	if r := snap.Reflections["l2"]; r.Text != "Rapat Senin, saya tanya asumsi." || !r.At.Equal(testNow) {
		t.Fatalf("stored reflection %+v", r)
	}
	// t reopens it, filled in; Esc leaves without saving a change.
	m, _ = drive(t, m, keyMsg("t"))
	if m.screen != screenReflect || !strings.Contains(m.View(), "Rapat Senin") {
		t.Fatalf("t must reopen the reflection filled in:\n%s", m.View())
	}
	m = typeInto(t, m, " Lagi")
	m, _ = drive(t, m, keyMsg("esc"))
	if snap, _ = store.Snapshot(progress.DefaultProfile); snap.Reflections["l2"].Text != "Rapat Senin, saya tanya asumsi." {
		t.Fatal("Esc saved a change")
	}
	// Three days later the lesson's cards are due: the first one shows it.
	now = testNow.Add(3 * 24 * time.Hour)
	m = startApp(t, d, 80, 24)
	m, _ = drive(t, m, keyMsg("enter"))
	if v := m.View(); m.screen != screenReview || !strings.Contains(v, "Rapat Senin") || !strings.Contains(strings.Join(strings.Fields(v), " "), "Apa yang sudah Anda coba?") {
		t.Fatalf("the review must bring the reflection back:\n%s", v)
	}
}

// TestPlanIsWrittenAndRevisitedAfter7And30Days writes lesson 3's plan (two
// actions, each tied), and checks that the review brings it back on day 7
// and day 30, once each.
func TestPlanIsWrittenAndRevisitedAfter7And30Days(t *testing.T) {
	d, store := newTestDeps(t)
	now := testNow
	d.Now = func() time.Time { return now }
	m := startApp(t, d, 80, 30)
	m, _ = drive(t, m, openLessonMsg{lessonID: "l3"}, keyMsg("G"), keyMsg("enter"))
	m = typeInto(t, m, "Jakarta")
	m, _ = drive(t, m, keyMsg("enter"), keyMsg("enter")) // answer, then on to the result
	if m.screen != screenReflect {
		t.Fatalf("the plan must open after the quiz, screen %v", m.screen)
	}
	m = typeInto(t, m, "Menulis kolom kiri")
	m, _ = drive(t, m, keyMsg("enter"), keyMsg("2"), keyMsg("enter")) // tie: Berpikir sistem
	m = typeInto(t, m, "Peta sebab akibat")
	m, _ = drive(t, m, keyMsg("enter"), keyMsg("enter")) // tie: the first, Model mental
	snap, _ := store.Snapshot(progress.DefaultProfile)
	want := []progress.PlanAction{{Text: "Menulis kolom kiri", Tie: "Berpikir sistem"}, {Text: "Peta sebab akibat", Tie: "Model mental"}}
	if r := snap.Reflections["l3"]; len(r.Actions) != 2 || r.Actions[0] != want[0] || r.Actions[1] != want[1] {
		t.Fatalf("stored plan %+v, want %+v", r.Actions, want)
	}
	for _, day := range []int{7, 30} {
		now = testNow.Add(time.Duration(day)*24*time.Hour + time.Hour)
		m = startApp(t, d, 80, 30)
		if v := m.View(); !strings.Contains(v, "rencana hari ke-") {
			t.Fatalf("day %d: the course map must offer the plan:\n%s", day, v)
		}
		m, _ = drive(t, m, keyMsg("enter"))
		if v := m.View(); m.review.phase != reviewPlan || !strings.Contains(v, "Menulis kolom kiri") || !strings.Contains(v, "terkait: Berpikir sistem") {
			t.Fatalf("day %d: the review must start with the plan:\n%s", day, v)
		}
		m, _ = drive(t, m, keyMsg("enter"))
		snap, _ = store.Snapshot(progress.DefaultProfile)
		if r := snap.Reflections["l3"]; r.Revisited[len(r.Revisited)-1] != day {
			t.Fatalf("day %d: revisits %v", day, r.Revisited)
		}
	}
	m = startApp(t, d, 80, 30)
	if strings.Contains(m.View(), "rencana hari ke-") {
		t.Fatal("a plan brought back on day 7 and day 30 comes back no more")
	}
}

// TestReflectionIsOneWrappedParagraph: a long reflection wraps inside the
// screen instead of scrolling sideways, a pasted line break becomes a
// space, and what is stored is one paragraph.
func TestReflectionIsOneWrappedParagraph(t *testing.T) {
	d, store := newTestDeps(t)
	m := startApp(t, d, 80, 24)
	m, _ = drive(t, m, openReflectMsg{lessonID: "l2"})
	long := strings.Repeat("kata ", 30) // 150 characters
	m = typeInto(t, m, long)
	m, _ = drive(t, m, testkit.Parse(t, "\x1b[200~baris satu\r\nbaris dua\x1b[201~")...)
	v := m.View()
	for _, line := range strings.Split(v, "\n") {
		if ansi.StringWidth(line) > 80 {
			t.Fatalf("a line is wider than the screen: %q", line)
		}
	}
	if strings.Count(v, "kata") < 25 {
		t.Fatalf("the long reflection must wrap, all of it in sight:\n%s", v)
	}
	m, _ = drive(t, m, keyMsg("enter"))
	snap, _ := store.Snapshot(progress.DefaultProfile)
	if got, want := snap.Reflections["l2"].Text, strings.TrimSpace(long)+" baris satu baris dua"; got != want {
		t.Fatalf("stored %q, want %q", got, want)
	}
}

// TestPlanStepStaysInSightOnASmallScreen: the closing lesson asks for
// three actions tied to one of ten ideas, and a reflection; at 80×24 the
// list of the last action's ideas is all in sight (in two columns), the
// plan comes before the reflection, and no line is wider than the screen.
func TestPlanStepStaysInSightOnASmallScreen(t *testing.T) {
	d, _ := newTestDeps(t)
	ties := []string{"Penguasaan pribadi", "Model mental", "Visi bersama", "Pembelajaran tim", "Berpikir sistem",
		"Tangga inferensi", "Kolom kiri", "Pembelajaran satu dan dua putaran", "Pola dasar sistem", "Hukum disiplin kelima"}
	l := &lessons.Lesson{ID: "p", Title: "Rencana 30 hari", Reflection: "Hambatan apa yang mungkin muncul pada salah satu tindakan Anda?",
		Plan: &lessons.Plan{Prompt: "Tuliskan tiga tindakan yang akan Anda jalankan dalam 30 hari ke depan, masing-masing dengan gagasannya.", Actions: 3, Ties: ties}}
	const height = 21 // 24 rows less the frame's help and status lines
	m := newReflectModel(testTexts(), testStyles(d), d.Now).setSize(80, height).start(l, progress.Reflection{})
	if !strings.Contains(m.View(), "1. ") || strings.Index(m.View(), "Tuliskan tiga") > strings.Index(m.View(), "Hambatan") {
		t.Fatalf("the plan must come first:\n%s", m.View())
	}
	m, _ = press(m, "a", "enter", "enter", "b", "enter", "enter", "c", "enter", "9") // the third action's ideas
	v := m.View()
	lines := strings.Split(v, "\n")
	if len(lines) > height {
		t.Fatalf("%d lines on a %d-line screen:\n%s", len(lines), height, v)
	}
	for _, want := range []string{"3. c", "1) Penguasaan pribadi", "> 9) Pola dasar sistem", "10) Hukum disiplin kelima"} {
		if !strings.Contains(v, want) {
			t.Errorf("the current step lacks %q:\n%s", want, v)
		}
	}
	for _, line := range lines {
		if ansi.StringWidth(line) > 80 {
			t.Errorf("line wider than the screen: %q", line)
		}
	}
}

// TestReflectionBeingWrittenSurvivesCtrlC: Ctrl+C while writing keeps what
// was typed; Esc is the way to leave without saving.
func TestReflectionBeingWrittenSurvivesCtrlC(t *testing.T) {
	d, store := newTestDeps(t)
	m := startApp(t, d, 80, 24)
	m, _ = drive(t, m, openReflectMsg{lessonID: "l2"})
	m = typeInto(t, m, "Setengah jalan")
	if _, msgs := drive(t, m, keyMsg("ctrl+c")); !hasQuit(msgs) {
		t.Fatal("Ctrl+C did not quit")
	}
	snap, _ := store.Snapshot(progress.DefaultProfile)
	if got := snap.Reflections["l2"].Text; got != "Setengah jalan" {
		t.Fatalf("reflection after Ctrl+C: %q", got)
	}
}
