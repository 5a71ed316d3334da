package classroom

import (
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"ajar/lessons"
	"ajar/tui"
	"ajar/tui/internal/testkit"
)

// consoleViews builds the console in each of its views, for the tables
// below: the overview, the question list, an open question, a revealed
// one, with full help, and while asking to end the class.
func consoleViews(t *testing.T, w, h int, l tui.Lang) map[string]consoleModel {
	t.Helper()
	views := map[string]consoleModel{}
	r := NewRoom(testCatalog(), fixedNow)
	seatLearners(r, 60)
	r.Join(Seat{ID: "long", Learner: "long", Name: strings.Repeat("Namanya Sangat Panjang Sekali ", 5)})
	r.Status(tui.LearnerStatus{Learner: "long", Lesson: strings.Repeat("Judul pelajaran yang panjang ", 5), LastCheck: "10/10 (100%)"})
	m := refresh(newTestConsole(r, w, h, func(c *ConsoleConfig) { c.Lang = l }))
	views["room"] = m
	m, _ = press(m, "tab")
	views["questions"] = m
	views["questions help"], _ = press(m, "?")
	m, _ = press(m, "l")
	for _, s := range r.State().Seats[:40] {
		r.Answer(tui.LiveAnswer{Learner: s.Learner, Session: "2026-12-05T09:00", QuestionID: "q-single", Response: lessons.Response{Choices: []int{len(s.Learner) % 3}}})
	}
	m = refresh(m)
	views["open"] = m
	views["room live"], _ = press(m, "esc")
	views["room help"], _ = press(views["room live"], "?")
	m, _ = press(m, "r")
	views["revealed"] = m
	views["revealed help"], _ = press(m, "?")
	views["confirm"], _ = press(m, "q")
	return views
}

// helpFoot finds ? in the short or the full help.
var helpFoot = regexp.MustCompile(`\?\s+(bantuan|help)`)

// TestConsoleFits: every view fits 80×24 and 120×40 exactly, help line
// last; a window too small says so.
func TestConsoleFits(t *testing.T) {
	for _, size := range [][3]int{{80, 24, 0}, {120, 40, 0}, {80, 24, 1}} {
		l := []tui.Lang{tui.Indonesian, tui.English}[size[2]]
		for name, m := range consoleViews(t, size[0], size[1], l) {
			name = string(l) + " " + name
			lines := strings.Split(m.View(), "\n")
			if len(lines) != size[1] {
				t.Errorf("%dx%d %s: %d lines:\n%s", size[0], size[1], name, len(lines), m.View())
			}
			for i, l := range lines {
				if w := lipgloss.Width(l); w > size[0] {
					t.Errorf("%dx%d %s: line %d is %d wide: %q", size[0], size[1], name, i, w, l)
				}
			}
			if foot := strings.Join(lines[len(lines)-4:], "\n"); !helpFoot.MatchString(foot) && !strings.Contains(foot, "y/n") {
				t.Errorf("%dx%d %s: no help at the foot:\n%s", size[0], size[1], name, m.View())
			}
			if last := lines[len(lines)-1]; !m.showHelp && !m.confirm && !strings.HasSuffix(last, "q "+m.t.keyQuit) {
				t.Errorf("%dx%d %s: the short help is cut: %q", size[0], size[1], name, last)
			}
		}
	}
	m := newTestConsole(NewRoom(nil, nil), 40, 10)
	if v := m.View(); !strings.Contains(v, "terlalu kecil") {
		t.Errorf("small window: %q", v)
	}
}

// TestConsoleKeysEveryView: on every view Esc goes back or does nothing,
// ? toggles the full help, q and Ctrl+C ask before ending the class, and
// the help shows only keys that work there.
func TestConsoleKeysEveryView(t *testing.T) {
	for name, m := range consoleViews(t, 80, 24, tui.Indonesian) {
		if m.confirm {
			if n, _ := press(m, "esc"); n.confirm {
				t.Errorf("%s: esc does not cancel the question", name)
			}
			continue
		}
		if n, _ := press(m, "esc"); n.view != viewRoom {
			t.Errorf("%s: esc does not lead to the overview", name)
		}
		if n, _ := press(m, "?"); n.showHelp == m.showHelp {
			t.Errorf("%s: ? does not toggle help", name)
		}
		for _, k := range []string{"q", "ctrl+c"} {
			n, cmd := press(m, k)
			if !n.confirm || cmd != nil || n.room.State().Closed {
				t.Errorf("%s: %s does not ask first", name, k)
			}
		}
		var keys []string
		for _, b := range m.active().all {
			keys = append(keys, b.Help().Key)
		}
		help := " " + strings.Join(keys, " ") + " "
		open := m.state.Live != nil
		for key, works := range map[string]bool{
			"l":     m.view == viewLive && !open,
			"r":     m.view == viewLive && open && !m.state.Revealed,
			"e":     m.view == viewLive && open,
			"s":     m.view == viewRoom,
			"q":     true,
			"?":     true,
			"esc":   m.view == viewLive,
			"tab/m": true,
		} {
			if strings.Contains(help, " "+key+" ") != works {
				t.Errorf("%s: help lists %q is %v, want %v:%s", name, key, !works, works, help)
			}
		}
	}
}

// TestConsoleEnglish: the console speaks English when asked.
func TestConsoleEnglish(t *testing.T) {
	r := NewRoom(testCatalog(), fixedNow)
	seatLearners(r, 3)
	m := refresh(newTestConsole(r, 80, 24, func(c *ConsoleConfig) { c.Lang = tui.English }))
	if v := m.View(); !strings.Contains(v, "3 learners connected") || !strings.Contains(v, "sorted by: name") {
		t.Errorf("English overview:\n%s", v)
	}
}

// TestConsoleLongQuestion: a question too long for the window is cut,
// never the count of answers or the chart; an order question does not
// show its answer before the reveal.
func TestConsoleLongQuestion(t *testing.T) {
	c := testCatalog()
	q := &c.Modules[0].Lessons[0].Questions[0]
	q.Prompt = strings.Repeat("Pertanyaan yang sangat panjang sekali. ", 20)
	for i := range 6 {
		q.Options = append(q.Options, lessons.Option{Text: strings.Repeat("pilihan ", 20) + letter(i)})
	}
	c.Modules[0].Lessons[0].Questions[1] = lessons.Question{ID: "q-order", Type: lessons.Order, Prompt: "Urutkan.", Items: []string{"zeta", "alfa", "mu"}}
	r := NewRoom(c, fixedNow)
	r.Join(Seat{ID: "1", Learner: "a", Name: "Ani"})
	m := refresh(newTestConsole(r, 80, 24, func(cfg *ConsoleConfig) { cfg.Catalog = c }))
	m, _ = press(m, "tab", "l", "r")
	v := m.View()
	rightBar := "► " + shownLetter(q, 0) + " "
	if len(strings.Split(v, "\n")) != 24 || !strings.Contains(v, "0 dari 1 menjawab") || !strings.Contains(v, rightBar) || !strings.Contains(v, "I ░") {
		t.Errorf("long question, revealed:\n%s", v)
	}
	m, _ = press(m, "e", "j", "l")
	v = m.View()
	if !strings.Contains(v, "A. alfa\n  B. mu\n  C. zeta") || strings.Contains(v, "zeta → alfa") {
		t.Errorf("order question before the reveal:\n%s", v)
	}
	m, _ = press(m, "r")
	if v := m.View(); !strings.Contains(v, "Jawaban: zeta → alfa → mu") {
		t.Errorf("order question revealed:\n%s", v)
	}
}

// TestConsoleASCII: with ASCII on, every view keeps to code page 437.
func TestConsoleASCII(t *testing.T) {
	for name, m := range consoleViews(t, 80, 24, tui.Indonesian) {
		m.ascii = true
		if bad := testkit.OutsideCP437(m.View()); bad != "" {
			t.Errorf("%s: outside code page 437: %q\n%s", name, bad, m.View())
		}
	}
}
