package classroom

import (
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"ajar/lessons"
	"ajar/tui"
	"ajar/tui/internal/testkit"
	"ajar/tui/present"
)

// testCatalog is two modules; the first has a single-choice, a true/false
// and a fill question, the second one matching question.
func testCatalog() *lessons.Catalog {
	l1 := &lessons.Lesson{ID: "etika-1", Title: "Etika ASN", ModuleID: "m1", Body: "Isi.", Questions: []lessons.Question{
		{ID: "q-single", Type: lessons.Single, Prompt: "Apa kepanjangan ASN?", Options: []lessons.Option{
			{Text: "Aparatur Sipil Negara", Correct: true}, {Text: "Abdi Sipil Nasional"}, {Text: "Aparat Sipil Nusantara"}}},
		{ID: "q-tf", Type: lessons.TrueFalse, Prompt: "ASN wajib netral.", Answer: true},
		{ID: "q-fill", Type: lessons.Fill, Prompt: "Singkatan Aparatur Sipil Negara?", Accept: []string{"ASN"}},
	}}
	l2 := &lessons.Lesson{ID: "org-1", Title: "Organisasi", ModuleID: "m2", Body: "Isi.", Questions: []lessons.Question{
		{ID: "q-match", Type: lessons.Matching, Prompt: "Pasangkan.", Pairs: []lessons.Pair{{Left: "a", Right: "1"}, {Left: "b", Right: "2"}}},
	}}
	return &lessons.Catalog{Modules: []*lessons.Module{
		{ID: "m1", Title: "Nilai Dasar", Number: 1, Lessons: []*lessons.Lesson{l1}},
		{ID: "m2", Title: "Organisasi Pembelajar", Number: 2, Lessons: []*lessons.Lesson{l2}},
	}}
}

// fixedNow is the time of the class in the tests.
func fixedNow() time.Time { return time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC) }

// newTestConsole builds a console on r at w×h, without colour.
func newTestConsole(r *Room, w, h int, cfg ...func(*ConsoleConfig)) consoleModel {
	rend := lipgloss.NewRenderer(io.Discard)
	rend.SetColorProfile(termenv.Ascii)
	c := ConsoleConfig{Room: r, Catalog: testCatalog(), Lang: tui.Indonesian, Renderer: rend, Now: fixedNow}
	for _, f := range cfg {
		f(&c)
	}
	m, _ := newConsoleModel(c).update(tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// press sends keys to m, one message each.
func press(m consoleModel, keys ...string) (consoleModel, tea.Cmd) {
	var cmd tea.Cmd
	for _, k := range keys {
		m, cmd = m.update(testkit.Key(k))
	}
	return m, cmd
}

// refresh delivers the room's change to m, as the Changed Cmd does.
func refresh(m consoleModel) consoleModel {
	m, _ = m.update(roomChangedMsg{})
	return m
}

// seatLearners joins n learners with statuses; names carry no order of
// their own so sorting shows.
func seatLearners(r *Room, n int) {
	for i := range n {
		id := fmt.Sprintf("p%02d", i)
		r.Join(Seat{ID: "c" + id, Learner: id, Name: fmt.Sprintf("Pelajar %02d", (i*7)%n)})
		r.Status(tui.LearnerStatus{Learner: id, Name: fmt.Sprintf("Pelajar %02d", (i*7)%n), Lesson: fmt.Sprintf("Pelajaran %d", i%4),
			LessonsDone: i % 5, LastCheck: fmt.Sprintf("%d/5 (%d%%)", i%6, (i%6)*20)})
	}
}

// isQuit reports whether cmd quits the program.
func isQuit(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	_, ok := cmd().(tea.QuitMsg)
	return ok
}

// TestConsoleOverview: the overview counts and lists the learners, and s
// sorts them by name, lesson, lessons done and check score in turn.
func TestConsoleOverview(t *testing.T) {
	r := NewRoom(testCatalog(), fixedNow)
	m := newTestConsole(r, 120, 40)
	if v := m.View(); !strings.Contains(v, "0 pelajar terhubung") || !strings.Contains(v, "Belum ada pelajar") {
		t.Errorf("empty room:\n%s", v)
	}
	r.Join(Seat{ID: "1", Learner: "a", Name: "Citra"})
	r.Join(Seat{ID: "2", Learner: "b", Name: "ani"})
	r.Join(Seat{ID: "3", Learner: "c", Name: "Budi"})
	r.Status(tui.LearnerStatus{Learner: "a", Lesson: "Etika ASN", LessonsDone: 2, LastCheck: "3/5 (60%)"})
	r.Status(tui.LearnerStatus{Learner: "b", Lesson: "", LessonsDone: 5, LastCheck: "5/5 (100%)"})
	r.Status(tui.LearnerStatus{Learner: "c", Lesson: "Budaya Kerja", LessonsDone: 0})
	m = refresh(m)
	v := m.View()
	for _, want := range []string{"3 pelajar terhubung", "urut: nama", "Etika ASN", "(peta kursus)", "3/5 (60%)"} {
		if !strings.Contains(v, want) {
			t.Errorf("overview lacks %q:\n%s", want, v)
		}
	}
	for _, c := range []struct {
		by    string
		order []string
	}{
		{"nama", []string{"ani", "Budi", "Citra"}},
		{"pelajaran", []string{"Budi", "Citra", "ani"}},
		{"pelajaran selesai", []string{"ani", "Citra", "Budi"}},
		{"skor cek", []string{"ani", "Citra", "Budi"}},
		{"nama", []string{"ani", "Budi", "Citra"}},
	} {
		v := m.View()
		if !strings.Contains(v, "urut: "+c.by) {
			t.Errorf("want sorted by %s:\n%s", c.by, v)
		}
		last := -1
		for _, name := range c.order {
			i := strings.Index(v, name+" ")
			if i < last {
				t.Errorf("by %s: %s out of order:\n%s", c.by, name, v)
			}
			last = i
		}
		m, _ = press(m, "s")
	}
}

// TestConsoleCleansNames: a name or status typed with terminal controls
// reaches the screen as visible escapes, never as a control.
func TestConsoleCleansNames(t *testing.T) {
	r := NewRoom(testCatalog(), fixedNow)
	r.Join(Seat{ID: "1", Learner: "a", Name: "Eve\x1b]0;owned\a\x1b[2J"})
	r.Status(tui.LearnerStatus{Learner: "a", Name: "Eve\x1b]0;owned\a\x1b[2J", Lesson: "L\x9b1m", LastCheck: "\r1/1"})
	m := refresh(newTestConsole(r, 120, 40))
	v := m.View()
	if strings.ContainsAny(v, "\x1b\a\x9b\r") {
		t.Errorf("a control reached the screen: %q", v)
	}
	if !strings.Contains(v, `Eve\x1b]0;owned\x07`) {
		t.Errorf("the name is not shown escaped:\n%s", v)
	}
}

// TestConsoleLive: the live control pushes the question on screen, counts
// who answered, hides the chart until r, and e ends the question.
func TestConsoleLive(t *testing.T) {
	r := NewRoom(testCatalog(), fixedNow)
	a, b := newInbox(), newInbox()
	r.Join(Seat{ID: "1", Learner: "a", Name: "Ani", Send: a.send})
	r.Join(Seat{ID: "2", Learner: "b", Name: "Budi", Send: b.send})
	m := refresh(newTestConsole(r, 80, 24))
	m, _ = press(m, "tab")
	v := m.View()
	right := shownLetter(&testCatalog().Modules[0].Lessons[0].Questions[0], 0) + ". Aparatur Sipil Negara"
	for _, want := range []string{"Soal langsung", "Soal 1 dari 3 · Modul 1: Nilai Dasar", "Apa kepanjangan ASN?", right, "Belum dikirim"} {
		if !strings.Contains(v, want) {
			t.Errorf("question view lacks %q:\n%s", want, v)
		}
	}
	if strings.Contains(v, "►") {
		t.Errorf("the right answer shows before it is pushed and revealed:\n%s", v)
	}
	m, _ = press(m, "l")
	st := r.State()
	if st.Live == nil || st.Live.Question.ID != "q-single" || st.Live.Session != "2026-12-05T09:00" || st.Live.LessonID != "etika-1" {
		t.Fatalf("after l the room has %+v", st.Live)
	}
	if got := a.wait(t, 1); got[0].(tui.LiveQuestionMsg).Q.Question.ID != "q-single" {
		t.Errorf("learner got %#v", got)
	}
	m, _ = press(m, "j", "l") // nothing else moves or pushes while it is open
	if r.State().Live.Question.ID != "q-single" || !strings.Contains(m.View(), "Soal 1 dari 3") {
		t.Errorf("keys moved off the open question:\n%s", m.View())
	}
	r.Answer(tui.LiveAnswer{Learner: "a", Session: st.Live.Session, QuestionID: "q-single", Response: lessons.Response{Choices: []int{1}}})
	m = refresh(m)
	v = m.View()
	if !strings.Contains(v, "1 dari 2 menjawab") || !strings.Contains(v, "Grafik jawaban tersembunyi") {
		t.Errorf("want 1 of 2 answered and the chart hidden:\n%s", v)
	}
	if strings.Contains(v, "█") || strings.Contains(v, "►") {
		t.Errorf("chart or answer shown before r:\n%s", v)
	}
	m, _ = press(m, "esc")
	if v := m.View(); !strings.Contains(v, "Soal langsung: Apa kepanjangan ASN? · 1 dari 2 menjawab") || !strings.Contains(v, "✓") {
		t.Errorf("overview does not show the open question and who answered:\n%s", v)
	}
	m, _ = press(m, "tab", "r")
	if !r.State().Revealed {
		t.Fatal("r did not reveal")
	}
	v = m.View()
	if !strings.Contains(v, "► "+right) || !strings.Contains(v, "█") || !strings.Contains(v, "Jawaban sudah dibuka") {
		t.Errorf("after r want the chart and the right option marked:\n%s", v)
	}
	// Ani chose option 1: its bar, under the letter it is shown with, has her.
	chosen := shownLetter(&testCatalog().Modules[0].Lessons[0].Questions[0], 1) + " "
	if line := lineWith(v, "  "+chosen); !strings.Contains(line, "1 (100%)") {
		t.Errorf("option 1's bar (%q) does not count Ani: %q\n%s", chosen, line, v)
	}
	if got := a.wait(t, 2); fmt.Sprint(got[1].(tui.LiveRevealMsg).Counts) != "[0 1 0]" {
		t.Errorf("reveal sent %#v", got[1])
	}
	m, _ = press(m, "e")
	if r.State().Live != nil {
		t.Fatal("e did not end the question")
	}
	if _, ok := b.wait(t, 3)[2].(tui.LiveEndMsg); !ok {
		t.Error("learner not sent back to self-study")
	}
	// The next push keeps the session of the first.
	m, _ = press(m, "jl") // two keys in one message act one after the other
	if st := r.State(); st.Live.Question.ID != "q-tf" || st.Live.Session != "2026-12-05T09:00" {
		t.Errorf("second push: %+v", st.Live)
	}
}

// TestConsoleModules: ] and [ switch modules, each listing its questions;
// fill and matching questions chart right and wrong answers.
func TestConsoleModules(t *testing.T) {
	r := NewRoom(testCatalog(), fixedNow)
	m, _ := press(newTestConsole(r, 80, 24, func(c *ConsoleConfig) { c.Module = "m2" }), "tab")
	if v := m.View(); !strings.Contains(v, "Soal 1 dari 1 · Modul 2: Organisasi Pembelajar") {
		t.Errorf("Module m2 not shown first:\n%s", v)
	}
	m, _ = press(m, "]")
	if v := m.View(); !strings.Contains(v, "Modul 1") {
		t.Errorf("] did not wrap to module 1:\n%s", v)
	}
	m, _ = press(m, "[", "l")
	r.Join(Seat{ID: "1", Learner: "a", Name: "Ani"})
	r.Answer(tui.LiveAnswer{Learner: "a", Session: "2026-12-05T09:00", QuestionID: "q-match", Right: true})
	m, _ = press(refresh(m), "r")
	if v := m.View(); !strings.Contains(v, "jawaban benar") || !strings.Contains(v, "Jawaban: a – 1 · b – 2") {
		t.Errorf("matching chart:\n%s", v)
	}
}

// TestConsoleQuit: q asks, n keeps the class, y closes the room and calls
// OnQuit, then quits; two Ctrl+C do the same.
func TestConsoleQuit(t *testing.T) {
	for _, keys := range [][]string{{"q", "y"}, {"ctrl+c", "ctrl+c"}, {"tab", "q", "Y"}} {
		r := NewRoom(testCatalog(), fixedNow)
		in := newInbox()
		r.Join(Seat{ID: "1", Learner: "a", Name: "Ani", Send: in.send})
		quits := 0
		m := newTestConsole(r, 80, 24, func(c *ConsoleConfig) { c.OnQuit = func() { quits++ } })
		m, _ = press(m, keys[:len(keys)-1]...)
		if !strings.Contains(m.View(), "Akhiri kelas?") {
			t.Errorf("%v: no question before ending:\n%s", keys, m.View())
		}
		if n, _ := press(m, "n"); n.confirm || r.State().Closed {
			t.Errorf("%v: n did not keep the class", keys)
		}
		m, cmd := press(m, keys[len(keys)-1])
		if !strings.Contains(m.View(), "Menutup kelas") || cmd == nil {
			t.Fatalf("%v: not closing:\n%s", keys, m.View())
		}
		msg := cmd()
		if !r.State().Closed || quits != 1 {
			t.Errorf("%v: closed %v, OnQuit called %d times", keys, r.State().Closed, quits)
		}
		if got := in.wait(t, 1); got[0] != (tui.ClosingMsg{Reason: consoleTexts(tui.Indonesian).closeReason}) {
			t.Errorf("%v: learner got %#v", keys, got)
		}
		if _, cmd := m.update(msg); !isQuit(cmd) {
			t.Errorf("%v: console did not quit once closed", keys)
		}
	}
}

// TestConsoleClosedElsewhere: when the server closes the room, the console
// ends without calling OnQuit.
func TestConsoleClosedElsewhere(t *testing.T) {
	r := NewRoom(testCatalog(), fixedNow)
	m := newTestConsole(r, 80, 24, func(c *ConsoleConfig) { c.OnQuit = func() { t.Error("OnQuit called") } })
	r.Close("server stops")
	if _, cmd := m.update(roomChangedMsg{}); !isQuit(cmd) {
		t.Error("console did not end with the room")
	}
}

// TestConsoleWakes: the console's Cmd reports the room's next change, and
// each report re-arms it.
func TestConsoleWakes(t *testing.T) {
	r := NewRoom(testCatalog(), fixedNow)
	m := newTestConsole(r, 80, 24)
	msg := m.Init()()
	for i := range 3 {
		var cmd tea.Cmd
		m, cmd = m.update(msg)
		got := make(chan tea.Msg, 1)
		go func() { got <- cmd() }()
		r.Join(Seat{ID: fmt.Sprint(i), Learner: fmt.Sprint(i), Name: "x"})
		select {
		case msg = <-got:
			if _, ok := msg.(roomChangedMsg); !ok {
				t.Fatalf("got %#v", msg)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("the console did not wake on a change")
		}
	}
	if m, _ = m.update(msg); len(m.state.Seats) != 3 {
		t.Errorf("the console shows %d seats, want 3", len(m.state.Seats))
	}
}

// TestConsoleScrolls: a room longer than the window scrolls with ↓ and ↑
// and says which rows show.
func TestConsoleScrolls(t *testing.T) {
	r := NewRoom(testCatalog(), fixedNow)
	seatLearners(r, 40)
	m := refresh(newTestConsole(r, 80, 24))
	if v := m.View(); !strings.Contains(v, "baris 1–17 dari 40") {
		t.Fatalf("no row count:\n%s", v)
	}
	m, _ = press(m, "down", "j")
	if v := m.View(); !strings.Contains(v, "baris 3–19 dari 40") || strings.Contains(v, "Pelajar 01 ") {
		t.Errorf("after two down:\n%s", v)
	}
	for range 50 {
		m, _ = press(m, "j")
	}
	if v := m.View(); !strings.Contains(v, "baris 24–40 dari 40") {
		t.Errorf("scrolled past the end:\n%s", v)
	}
	m, _ = press(m, "k")
	if v := m.View(); !strings.Contains(v, "baris 23–39 dari 40") {
		t.Errorf("up:\n%s", v)
	}
}

// TestConsoleInColourShowsNoEscapedStyles: with colour on, the overview's
// own styles (the muted "(peta kursus)") reach the terminal as styles, not
// as escaped text like `\x1b[38;5;246m`, while a learner's name with an
// escape still shows escaped. Found on the first walk with a 256-colour
// terminal; the tests before drew without colour.
func TestConsoleInColourShowsNoEscapedStyles(t *testing.T) {
	r := NewRoom(testCatalog(), fixedNow)
	r.Join(Seat{ID: "c1", Learner: "p1", Name: "Ani"})
	r.Join(Seat{ID: "c2", Learner: "p2", Name: "Budi\x1b[31m"})
	m := newTestConsole(r, 80, 24, func(c *ConsoleConfig) {
		rend := lipgloss.NewRenderer(io.Discard)
		rend.SetColorProfile(termenv.ANSI256)
		rend.SetHasDarkBackground(true)
		c.Renderer = rend
	})
	v := m.View()
	if strings.Contains(v, `\x1b[38`) || strings.Contains(v, `\x1b[0m`) {
		t.Errorf("a style of the console is shown escaped:\n%s", v)
	}
	if !strings.Contains(v, `Budi\x1b[31m`) {
		t.Errorf("a learner's escape must show escaped:\n%s", v)
	}
}

// shownLetter is the letter the console (and the presenter) gives option
// i of q: options show in the presenter's shuffled order.
func shownLetter(q *lessons.Question, i int) string {
	for pos, o := range q.ShuffledOptions(present.Seed) {
		if o == i {
			return letter(pos)
		}
	}
	return "?"
}

// lineWith is the first line of v that starts with prefix, or "".
func lineWith(v, prefix string) string {
	for _, l := range strings.Split(v, "\n") {
		if strings.HasPrefix(l, prefix) {
			return l
		}
	}
	return ""
}
