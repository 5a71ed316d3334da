package tui

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	tea "github.com/charmbracelet/bubbletea"

	"ajar/lessons"
	"ajar/progress"
	"ajar/tui/internal/testkit"
)

// longCourse is one module of n short lessons, for a course map long
// enough to move ten rows on.
func longCourse(t *testing.T, n int) *lessons.Catalog {
	t.Helper()
	fs := fstest.MapFS{
		"course.yaml":    {Data: []byte("title: Kursus Panjang\n")},
		"m1/module.yaml": {Data: []byte("id: m1\ntitle: Modul Panjang\norder: 1\n")},
	}
	for i := 1; i <= n; i++ {
		fs[fmt.Sprintf("m1/%02d-p.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf(
			"---\nid: p%d\ntitle: Pelajaran %d\nminutes: 3\n---\n\nIsi.\n\n```quiz\n- id: p%d-q1\n  type: truefalse\n  prompt: Benar?\n  answer: true\n  explanation: Ya.\n```\n", i, i, i))}
	}
	c, problems := lessons.Load(lessons.Source{Name: "uji", FS: fs})
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	return c
}

// TestTenKeysInOneReadActTenTimes: ten j read at once (a held key, a slow
// PC, SSH) move the course map's cursor as ten presses do (issue 9).
// Before, bubbletea's single "jjjjjjjjjj" matched no binding and nothing
// moved.
func TestTenKeysInOneReadActTenTimes(t *testing.T) {
	d, _ := newTestDeps(t)
	d.Catalog = longCourse(t, 14)
	start := startApp(t, d, 80, 40)
	one, _ := drive(t, start, keyMsg("j"))
	ten, _ := drive(t, start, testkit.Parse(t, "jjjjjjjjjj")...)
	want := start
	for i := 0; i < 10; i++ {
		want, _ = drive(t, want, keyMsg("j"))
	}
	if ten.home.cursor != want.home.cursor || ten.home.cursor == one.home.cursor {
		t.Fatalf("cursor after a burst of ten j: %d; after ten presses: %d; after one: %d", ten.home.cursor, want.home.cursor, one.home.cursor)
	}
}

// TestQuizBurstActsKeyByKey: answers typed ahead in one read (a digit,
// Enter for the next question, digits and a space) act one by one, in
// order, the first answer saved before the next question is answered.
func TestQuizBurstActsKeyByKey(t *testing.T) {
	d, store := newTestDeps(t)
	m := startApp(t, d, 80, 24)
	m, _ = drive(t, m, startQuizMsg{lessonID: "l1"})
	right, two, three := pick(t, "l1-q1", "Jawaban A"), pick(t, "l1-q2", "Satu"), pick(t, "l1-q2", "Tiga")
	// One read: "A" answers q1, Enter goes on, then q2's digits. Several
	// lines, so the filter marks it as one burst.
	m, _ = drive(t, m, testkit.Parse(t, right+"\r"+two+three)...)
	snap, err := store.Snapshot(progress.DefaultProfile)
	if err != nil {
		t.Fatal(err)
	}
	if a, ok := snap.LastAnswers["l1-q1"]; !ok || !a.Correct {
		t.Fatalf("q1 not answered right by the burst: %+v", snap.LastAnswers)
	}
	if m.quiz.question() == nil || m.quiz.question().ID != "l1-q2" || m.quiz.ask.answered {
		t.Fatalf("the burst should leave q2 open, got %+v", m.quiz.question())
	}
	pos := func(digit string) int { n, _ := strconv.Atoi(digit); return n - 1 }
	if !m.quiz.ask.marked[pos(two)] || !m.quiz.ask.marked[pos(three)] {
		t.Fatalf("digits %s%s in one read should mark both: %v", two, three, m.quiz.ask.marked)
	}
	// Space comes as its own key from bubbletea; it unmarks the option
	// under the cursor, which the last digit moved to.
	m, _ = drive(t, m, testkit.Parse(t, " ")...)
	if !m.quiz.ask.marked[pos(two)] || m.quiz.ask.marked[pos(three)] {
		t.Fatalf("space after %s%s should unmark %s: %v", two, three, three, m.quiz.ask.marked)
	}
}

// fillQuestion opens lesson l3, whose only question is a fill-in.
func fillQuestion(t *testing.T) (Model, *progress.MemStore) {
	t.Helper()
	d, store := newTestDeps(t)
	m := startApp(t, d, 80, 24)
	m, _ = drive(t, m, startQuizMsg{lessonID: "l3"})
	if !m.typing() {
		t.Fatal("the fill-in question should have focus")
	}
	return m, store
}

// TestPasteFillsOnlyTheField: several lines in one read, or the terminal's
// own paste, fill the answer field with the line breaks gone and never
// submit (issue 8, finding 5); the field keeps its cap.
func TestPasteFillsOnlyTheField(t *testing.T) {
	for _, c := range []struct {
		name  string
		reads []string
		want  string
	}{
		{"lines in one read", []string{"Jakarta\r\nibu kota\r"}, "Jakarta ibu kota"},
		{"bracketed paste", []string{"\x1b[200~Jakarta\ribu kota\r\x1b[201~"}, "Jakarta ibu kota"},
		// Typed quickly, "enter" arrives as one KeyRunes whose name is
		// that of the Enter binding.
		{"typed fast", []string{"J", "enter"}, "Jenter"},
		{"over the cap", []string{"\x1b[200~" + strings.Repeat("x", 500) + "\x1b[201~"}, strings.Repeat("x", 200)},
	} {
		t.Run(c.name, func(t *testing.T) {
			m, store := fillQuestion(t)
			m, _ = drive(t, m, testkit.Parse(t, c.reads...)...)
			if got := m.quiz.ask.input.Value(); got != c.want || m.quiz.ask.answered {
				t.Fatalf("field %q answered=%v, want %q unanswered", got, m.quiz.ask.answered, c.want)
			}
			if snap, _ := store.Snapshot(progress.DefaultProfile); len(snap.LastAnswers) != 0 {
				t.Fatalf("a paste submitted: %+v", snap.LastAnswers)
			}
		})
	}
}

// TestReplyNeverLandsInAnAnswer: a late reply to a colour query arriving
// while a fill-in has focus is not typed into it (issue 8, finding 4);
// the learner's own answer is what is graded and stored.
func TestReplyNeverLandsInAnAnswer(t *testing.T) {
	m, store := fillQuestion(t)
	m, _ = drive(t, m, testkit.Parse(t, "Jak", "\x1b]11;rgb:1e1e/1e1e/1e1e\x1b\\", "arta", "\x1b[12;40R", "\r")...)
	snap, err := store.Snapshot(progress.DefaultProfile)
	if err != nil {
		t.Fatal(err)
	}
	if a, ok := snap.LastAnswers["l3-q1"]; !ok || !a.Correct || m.quiz.ask.resp.Text != "Jakarta" {
		t.Fatalf("answer %q stored as %+v, want Jakarta, right", m.quiz.ask.resp.Text, a)
	}
}

// TestPasteOutsideAFieldDoesNothing: the terminal's own paste on the
// course map is not typing: a "q" in it does not quit, "jjj" does not move.
func TestPasteOutsideAFieldDoesNothing(t *testing.T) {
	d, _ := newTestDeps(t)
	m := startApp(t, d, 80, 24)
	after, seen := drive(t, m, testkit.Parse(t, "\x1b[200~jjjq\x1b[201~")...)
	if _, quit := findMsg[tea.QuitMsg](seen); quit || after.home.cursor != m.home.cursor {
		t.Fatalf("a paste acted on the course map: quit=%v cursor %d → %d", quit, m.home.cursor, after.home.cursor)
	}
}

// TestNameFormTakesPastesCapped: the learner form joins pasted lines and
// caps the name and the employee number; the paste never saves the form.
func TestNameFormTakesPastesCapped(t *testing.T) {
	d, _ := newTestDeps(t)
	d.Profile = ""
	m := startApp(t, d, 80, 24)
	if !m.typing() {
		t.Fatal("a file without learners opens the name form")
	}
	m, seen := drive(t, m, testkit.Parse(t, "Ani\rLestari\r")...)
	if got := m.profiles.name.Value(); got != "Ani Lestari" || m.profiles.mode != modeForm {
		t.Fatalf("name %q mode %v after a paste", got, m.profiles.mode)
	}
	if _, saved := findMsg[saveProfileMsg](seen); saved {
		t.Fatal("a paste saved the form")
	}
	m, _ = drive(t, m, testkit.Parse(t, "\x1b[200~"+strings.Repeat("n", 300)+"\x1b[201~", "\t", "\x1b[200~"+strings.Repeat("1", 60)+"\x1b[201~")...)
	if n, nip := len([]rune(m.profiles.name.Value())), len(m.profiles.nip.Value()); n != 80 || nip != 30 {
		t.Fatalf("name %d and NIP %d runes, want the caps 80 and 30", n, nip)
	}
}

// TestKeysOfALaterReadWaitForTheBurstBefore: a burst whose first key opens
// a lesson waits for that Cmd before its other keys act; a key read while
// it waits must act after them, not before. Here Enter (open), G (to the
// end), Enter (quiz) in one read, then the answer to the first question in
// the next read: it must answer it. Acting before the burst's rest, it
// would fall on the lesson text and be lost.
func TestKeysOfALaterReadWaitForTheBurstBefore(t *testing.T) {
	d, _ := newTestDeps(t)
	m := startApp(t, d, 80, 24)
	burst := testkit.Parse(t, "\rG\r")
	if len(burst) != 1 {
		t.Fatalf("the first read parses into %d messages, want one marked burst", len(burst))
	}
	mm, cmd := m.Update(burst[0])
	m = mm.(Model)
	if !m.holding || cmd == nil {
		t.Fatal("the burst did not wait for the lesson to open")
	}
	mm, later := m.Update(keyMsg(pick(t, "l1-q1", "Jawaban A"))) // the next read, before the Cmd ran
	m = mm.(Model)
	if later != nil || len(m.held) != 2 {
		t.Fatalf("a key read while a burst waits must be held behind it (%d held)", len(m.held))
	}
	m, _ = drive(t, m, runCmd(cmd)...)
	if m.screen != screenQuiz || !m.quiz.ask.answered || m.quiz.question().ID != "l1-q1" {
		t.Fatalf("screen %v after Enter, G, Enter | answer; want the quiz with q1 answered", m.screen)
	}
}

// TestKeysTypedAheadWaitForTheScreenToOpen: "enter", "G", "enter" read
// one by one while the lesson is still opening (its Cmd not yet run, as
// happens in a real program) act in order: the lesson opens, goes to its
// end, and the quiz starts; G never lands on the course map.
func TestKeysTypedAheadWaitForTheScreenToOpen(t *testing.T) {
	d, _ := newTestDeps(t)
	m := startApp(t, d, 80, 24)
	var pending []tea.Cmd
	for _, k := range []string{"enter", "G", "enter"} {
		mm, cmd := m.Update(keyMsg(k)) // no Cmd has run yet
		m = mm.(Model)
		pending = append(pending, cmd)
	}
	for _, cmd := range pending {
		m, _ = drive(t, m, runCmd(cmd)...)
	}
	if m.screen != screenQuiz || m.quiz.lesson == nil || m.quiz.lesson.ID != "l1" {
		t.Fatalf("typed ahead, enter G enter should start lesson 1's quiz; screen %d:\n%s", m.screen, m.View())
	}
}
