package tui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"ajar/lessons"
)

// screenCase reaches one screen (or one state of it) from a fresh start.
type screenCase struct {
	name   string
	screen screen
	// reach drives a fresh app at the clock now points to.
	reach func(t *testing.T, d Deps, now *time.Time) Model
	// typing is set where a text field has focus, so q is a letter.
	typing bool
	// asks is set where q asks before it ends a check in progress.
	asks bool
}

// keysFrom starts the app and presses keys, one at a time.
func keysFrom(keys ...string) func(t *testing.T, d Deps, now *time.Time) Model {
	return func(t *testing.T, d Deps, _ *time.Time) Model {
		m := startApp(t, d, 80, 24)
		for _, k := range keys {
			m, _ = drive(t, m, keyMsg(k))
		}
		return m
	}
}

// msgsFrom starts the app and sends messages, then keys.
func msgsFrom(msgs []tea.Msg, keys ...string) func(t *testing.T, d Deps, now *time.Time) Model {
	return func(t *testing.T, d Deps, now *time.Time) Model {
		m := startApp(t, d, 80, 24)
		m, _ = drive(t, m, msgs...)
		for _, k := range keys {
			m, _ = drive(t, m, keyMsg(k))
		}
		return m
	}
}

// dueReview answers lesson 2's quiz, leaves its reflection, and comes back
// three days later, when its cards are due, then presses keys in the review.
func dueReview(keys ...string) func(t *testing.T, d Deps, now *time.Time) Model {
	return func(t *testing.T, d Deps, now *time.Time) Model {
		m := startApp(t, d, 80, 24)
		m, _ = drive(t, m, openLessonMsg{lessonID: "l2"}, keyMsg("G"), keyMsg("enter"), keyMsg("1"), keyMsg("enter"), keyMsg("esc"))
		*now = now.Add(3 * 24 * time.Hour)
		m = startApp(t, d, 80, 24)
		m, _ = drive(t, m, startReviewMsg{})
		for _, k := range keys {
			m, _ = drive(t, m, keyMsg(k))
		}
		return m
	}
}

// quizAt opens lesson 1's quiz and answers until question n (1-based) of
// the test course is shown: single, multi, true/false, fill, order,
// matching.
func quizAt(n int) func(t *testing.T, d Deps, now *time.Time) Model {
	// Each question answered, then Enter to the next: a digit answers a
	// single choice and a true/false at once.
	answers := [][]string{{"1", "enter"}, {"1", "2", "enter", "enter"}, {"1", "enter"}, {"1", "9", "9", "0", "enter", "enter"}, {"enter", "enter"}}
	types := []lessons.QuestionType{lessons.Single, lessons.Multi, lessons.TrueFalse, lessons.Fill, lessons.Order, lessons.Matching}
	return func(t *testing.T, d Deps, now *time.Time) Model {
		m := startApp(t, d, 80, 24)
		m, _ = drive(t, m, openLessonMsg{lessonID: "l1"}, keyMsg("G"), keyMsg("enter"))
		for _, keys := range answers[:n-1] {
			for _, k := range keys {
				m, _ = drive(t, m, keyMsg(k))
			}
		}
		if q := m.quiz.question(); q == nil || q.Type != types[n-1] || m.quiz.phase != phaseAsking {
			t.Fatalf("quizAt(%d) reached %+v in phase %v, want a %s question asked", n, q, m.quiz.phase, types[n-1])
		}
		return m
	}
}

// everyScreen lists every screen, and the states of one that change what
// q and Esc mean.
var everyScreen = []screenCase{
	{name: "home", screen: screenHome, reach: keysFrom()},
	{name: "reader", screen: screenReader, reach: keysFrom("enter")},
	{name: "quiz single", screen: screenQuiz, reach: quizAt(1)},
	{name: "quiz multi", screen: screenQuiz, reach: quizAt(2)},
	{name: "quiz truefalse", screen: screenQuiz, reach: quizAt(3)},
	{name: "quiz fill", screen: screenQuiz, reach: quizAt(4), typing: true},
	{name: "quiz order", screen: screenQuiz, reach: quizAt(5)},
	{name: "quiz matching", screen: screenQuiz, reach: quizAt(6)},
	{name: "glossary", screen: screenGlossary, reach: keysFrom("i")},
	{name: "review question", screen: screenReview, reach: dueReview()},
	{name: "review answered", screen: screenReview, reach: dueReview("1", "enter")},
	{name: "stats", screen: screenStats, reach: keysFrom("s")},
	{name: "profiles list", screen: screenProfiles, reach: keysFrom("p", "A", "n", "i", "enter", "p")},
	{name: "profiles first form", screen: screenProfiles, reach: keysFrom("p"), typing: true},
	{name: "profiles form", screen: screenProfiles, reach: keysFrom("p", "n"), typing: true},
	{name: "check intro", screen: screenCheck, reach: msgsFrom([]tea.Msg{startCheckMsg{moduleID: "m1"}})},
	{name: "check", screen: screenCheck, reach: msgsFrom([]tea.Msg{startCheckMsg{moduleID: "m1"}}, "enter"), asks: true},
	{name: "check result", screen: screenCheck, reach: msgsFrom([]tea.Msg{startCheckMsg{moduleID: "m1"}}, "enter", "esc", "y")},
	{name: "reflect", screen: screenReflect, reach: msgsFrom([]tea.Msg{openReflectMsg{lessonID: "l2"}}), typing: true},
	{name: "plan", screen: screenReflect, reach: msgsFrom([]tea.Msg{openReflectMsg{lessonID: "l3"}}), typing: true},
	{name: "search", screen: screenSearch, reach: keysFrom("/"), typing: true},
	{name: "search hits", screen: screenSearch, reach: keysFrom("/", "b", "a", "g", "i", "a", "n"), typing: true},
	{name: "reader searching", screen: screenReader, reach: keysFrom("enter", "/", "a"), typing: true},
	{name: "reader found", screen: screenReader, reach: keysFrom("enter", "/", "a", "enter")},
	{name: "reader outline", screen: screenReader, reach: keysFrom("enter", "o")},
	{name: "glossary searching", screen: screenGlossary, reach: keysFrom("i", "/", "s"), typing: true},
	{name: "live single", screen: screenLive, reach: liveAt(lessons.Single)},
	{name: "live multi", screen: screenLive, reach: liveAt(lessons.Multi)},
	{name: "live fill", screen: screenLive, reach: liveAt(lessons.Fill), typing: true},
	{name: "live order", screen: screenLive, reach: liveAt(lessons.Order)},
	{name: "live matching", screen: screenLive, reach: liveAt(lessons.Matching)},
	{name: "live sent", screen: screenLive, reach: liveAt(lessons.Single, "1")},
	{name: "live revealed", screen: screenLive, reach: liveRevealed(lessons.Single, "1")},
	{name: "live revealed unanswered", screen: screenLive, reach: liveRevealed(lessons.TrueFalse)},
}

// TestEveryScreenIsInTheTable fails when a screen is added without a row,
// or without a slot through which the root routes to it (a screen model
// that does not implement page cannot have one: it fails to compile).
func TestEveryScreenIsInTheTable(t *testing.T) {
	covered := map[screen]bool{}
	for _, c := range everyScreen {
		covered[c.screen] = true
	}
	for s := screenHome; s < screenCount; s++ {
		if !covered[s] {
			t.Errorf("screen %d has no row in everyScreen", s)
		}
		if slots[s] == nil {
			t.Errorf("screen %d has no slot in slots", s)
		}
	}
}

// TestEveryScreenHasAWayOut checks, on every screen: Esc leads back to the
// course map in a few presses; q quits (or, in a text field, is typed, and
// mid-check asks first); Ctrl+C always quits; ? changes the help line
// unless a field has focus.
func TestEveryScreenHasAWayOut(t *testing.T) {
	for _, c := range everyScreen {
		t.Run(c.name, func(t *testing.T) {
			reach := func() Model {
				d, _ := newTestDeps(t)
				now := testNow
				d.Now = func() time.Time { return now }
				m := c.reach(t, d, &now)
				if m.screen != c.screen {
					t.Fatalf("reached screen %d, want %d:\n%s", m.screen, c.screen, m.View())
				}
				return m
			}

			m := reach()
			for i := 0; i < 4 && m.screen != screenHome; i++ {
				var msgs []tea.Msg
				m, msgs = drive(t, m, keyMsg("esc"))
				if c.asks && m.check.leaving {
					m, msgs = drive(t, m, keyMsg("y")) // mid-check, Esc asks first
				}
				if _, ok := findMsg[tea.QuitMsg](msgs); ok {
					t.Fatal("Esc quit instead of going back")
				}
			}
			if m.screen != screenHome {
				t.Fatalf("four Esc presses left the learner on screen %d:\n%s", m.screen, m.View())
			}

			m = reach()
			before := m.View()
			m, msgs := drive(t, m, keyMsg("q"))
			_, quit := findMsg[tea.QuitMsg](msgs)
			switch {
			case c.typing:
				if quit || m.screen != c.screen || !strings.Contains(m.View(), "q") {
					t.Fatalf("q in a text field must be typed (quit %v):\n%s", quit, m.View())
				}
			case c.asks:
				if quit || m.View() == before {
					t.Fatalf("q mid-check must ask first (quit %v):\n%s", quit, m.View())
				}
			case !quit:
				t.Fatalf("q did not quit:\n%s", m.View())
			}

			if _, msgs := drive(t, reach(), keyMsg("ctrl+c")); !hasQuit(msgs) {
				t.Fatal("Ctrl+C did not quit")
			}

			if !c.typing {
				m := reach()
				before := m.View()
				if m, _ = drive(t, m, keyMsg("?")); m.View() == before {
					t.Fatal("? did not change the help")
				}
			}
		})
	}
}

// hasQuit reports whether msgs hold a tea.QuitMsg.
func hasQuit(msgs []tea.Msg) bool {
	_, ok := findMsg[tea.QuitMsg](msgs)
	return ok
}

// TestHelpListsOnlyKeysThatWork presses, on every screen of the table,
// each key the help line offers there (the full help, without the global
// ? and q, which the way-out test covers) and checks it does something:
// the screen changes, or a message is sent. A key at an edge (↑ on the
// first row) is tried again after a step away from that edge.
func TestHelpListsOnlyKeysThatWork(t *testing.T) {
	for _, c := range everyScreen {
		t.Run(c.name, func(t *testing.T) {
			reach := func() Model {
				d, _ := newTestDeps(t)
				now := testNow
				d.Now = func() time.Time { return now }
				return c.reach(t, d, &now)
			}
			m := reach()
			for _, group := range m.helpKeys().FullHelp() {
				for _, b := range group {
					if !b.Enabled() || b.Help().Key == m.keys.Help.Help().Key || b.Help().Key == m.keys.Quit.Help().Key {
						continue
					}
					k := b.Keys()[0]
					if !acts(t, reach(), k) && !acts(t, afterStep(t, reach(), "down"), k) && !acts(t, afterStep(t, reach(), "up"), k) {
						t.Errorf("the help offers %q (%s) but pressing %q does nothing", b.Help().Key, b.Help().Desc, k)
					}
				}
			}
		})
	}
}

// afterStep presses one key first, to step away from an edge.
func afterStep(t *testing.T, m Model, k string) Model {
	m, _ = drive(t, m, keyMsg(k))
	return m
}

// acts reports whether pressing k changes the screen or sends a message
// beyond the key itself.
func acts(t *testing.T, m Model, k string) bool {
	before, screen := m.View(), m.screen
	after, msgs := drive(t, m, keyMsg(k))
	return after.View() != before || after.screen != screen || len(msgs) > 1
}
