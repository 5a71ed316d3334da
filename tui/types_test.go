package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"ajar/lessons"
	"ajar/progress"
	"ajar/tui/internal/testkit"
)

// rawKey is the byte sequence a terminal sends for a key name.
var rawKey = map[string]string{"enter": "\r", "space": " ", "up": "\x1b[A", "down": "\x1b[B"}

// askOf returns the question being answered on the current screen.
func askOf(t *testing.T, m Model) askModel {
	t.Helper()
	switch m.screen {
	case screenQuiz:
		return m.quiz.ask
	case screenReview:
		return m.review.ask
	case screenCheck:
		return m.check.ask
	}
	t.Fatalf("no question on screen %d", m.screen)
	return askModel{}
}

// rightKeys returns the keys that answer a's question right, as a learner
// reading the screen would press them; reads groups them into the reads
// a fast typist's terminal would deliver (text, then Enter on its own,
// since Enter in the same read as text is a paste).
func rightKeys(t *testing.T, a askModel) (keys []string, reads []string) {
	t.Helper()
	digit := func(pos int) string { return fmt.Sprint(pos + 1) }
	switch a.q.Type {
	case lessons.Single:
		for pos, i := range a.perm {
			if a.q.Options[i].Correct {
				keys = append(keys, digit(pos))
			}
		}
	case lessons.TrueFalse:
		keys = []string{"2"}
		if a.q.Answer {
			keys = []string{"1"}
		}
	case lessons.Multi:
		for pos, i := range a.perm {
			if a.q.Options[i].Correct {
				keys = append(keys, digit(pos))
			}
		}
		keys = append(keys, "enter")
	case lessons.Fill:
		text := a.q.Accept[0]
		for _, r := range text {
			keys = append(keys, string(r))
		}
		return append(keys, "enter"), []string{text, "\r"}
	case lessons.Order:
		// Carry each item to its place: grab it, move up, drop it.
		items, cursor := slices.Clone(a.items), a.cursor
		for target := range items {
			at := slices.Index(items, target)
			for ; cursor < at; cursor++ {
				keys = append(keys, "down")
			}
			for ; cursor > at; cursor-- {
				keys = append(keys, "up")
			}
			keys = append(keys, "space")
			for ; cursor > target; cursor-- {
				keys = append(keys, "up")
				items[cursor], items[cursor-1] = items[cursor-1], items[cursor]
			}
			keys = append(keys, "space")
		}
		keys = append(keys, "enter")
	case lessons.Matching:
		// The cursor starts on the first left item and moves on to the
		// next open one after each digit: digits alone pair them all.
		for i := range a.q.Pairs {
			keys = append(keys, digit(slices.Index(a.rights, i)))
		}
		keys = append(keys, "enter")
	default:
		t.Fatalf("no way to answer a %s question: add it here", a.q.Type)
	}
	raw := ""
	for _, k := range keys {
		if r, ok := rawKey[k]; ok {
			raw += r
		} else {
			raw += k
		}
	}
	return keys, []string{raw}
}

// answerRight answers the current question right, key by key or in bursts.
func answerRight(t *testing.T, m Model, burst bool) (Model, string) {
	t.Helper()
	a := askOf(t, m)
	keys, reads := rightKeys(t, a)
	if burst {
		m, _ = drive(t, m, testkit.Parse(t, reads...)...)
	} else {
		for _, k := range keys {
			m, _ = drive(t, m, keyMsg(k))
		}
	}
	return m, a.q.ID
}

// wrongKeys returns keys that answer a's question wrong.
func wrongKeys(t *testing.T, a askModel) []string {
	t.Helper()
	switch a.q.Type {
	case lessons.Single:
		for pos, i := range a.perm {
			if !a.q.Options[i].Correct {
				return []string{fmt.Sprint(pos + 1)}
			}
		}
	case lessons.TrueFalse:
		if a.q.Answer {
			return []string{"2"}
		}
		return []string{"1"}
	case lessons.Multi:
		for pos, i := range a.perm {
			if !a.q.Options[i].Correct {
				return []string{fmt.Sprint(pos + 1), "enter"}
			}
		}
	case lessons.Fill:
		return []string{"z", "z", "z", "enter"}
	case lessons.Order:
		return []string{"enter"} // the starting arrangement is never the right one
	case lessons.Matching:
		// Left item i gets the right item shown at i, and the right items
		// are never shown in the pairs' order.
		var keys []string
		for i := range a.q.Pairs {
			keys = append(keys, fmt.Sprint(i+1))
		}
		return append(keys, "enter")
	}
	t.Fatalf("no way to answer a %s question wrong: add it here", a.q.Type)
	return nil
}

// changeMind returns keys that start an answer and take it back, so that
// what follows is answered from a clean slate: moving the cursor, marking
// and unmarking, typing and erasing, carrying an item and putting it back.
func changeMind(t *testing.T, a askModel) []string {
	t.Helper()
	switch a.q.Type {
	case lessons.Single, lessons.TrueFalse:
		return []string{"down", "up"}
	case lessons.Multi:
		for pos, i := range a.perm {
			if !a.q.Options[i].Correct {
				d := fmt.Sprint(pos + 1)
				return []string{d, d}
			}
		}
	case lessons.Fill:
		return []string{"x", "backspace"}
	case lessons.Order:
		return []string{"space", "down", "up", "space"}
	case lessons.Matching:
		return []string{"1", "up", "backspace"}
	}
	t.Fatalf("no way to change one's mind on a %s question: add it here", a.q.Type)
	return nil
}

// answerScript answers the current question one way and says whether the
// answer should be graded right.
type answerScript struct {
	name string
	run  func(t *testing.T, m Model) (Model, string, bool)
}

// answerScripts are the ways every question type is answered in every
// context.
var answerScripts = []answerScript{
	{"right", func(t *testing.T, m Model) (Model, string, bool) {
		m, id := answerRight(t, m, false)
		return m, id, true
	}},
	{"right in bursts", func(t *testing.T, m Model) (Model, string, bool) {
		m, id := answerRight(t, m, true)
		return m, id, true
	}},
	{"wrong", func(t *testing.T, m Model) (Model, string, bool) {
		a := askOf(t, m)
		for _, k := range wrongKeys(t, a) {
			m, _ = drive(t, m, keyMsg(k))
		}
		return m, a.q.ID, false
	}},
	{"change of mind, then right", func(t *testing.T, m Model) (Model, string, bool) {
		for _, k := range changeMind(t, askOf(t, m)) {
			m, _ = drive(t, m, keyMsg(k))
		}
		if a := askOf(t, m); a.answered {
			t.Fatalf("changing one's mind on a %s question answered it", a.q.Type)
		}
		m, id := answerRight(t, m, false)
		return m, id, true
	}},
}

// TestEveryQuestionTypeInEveryContext answers each question type of the
// test course in the lesson quiz, the daily review and the module check by
// every script (right key by key and in bursts, wrong, a change of mind
// then right), and checks each answer is graded and stored as it should
// be. A new question type must be answerable by the scripts, a new
// context must join the table, and a type the test course lacks fails.
func TestEveryQuestionTypeInEveryContext(t *testing.T) {
	contexts := []struct {
		name string
		// open seeds what the context needs and opens it.
		open func(t *testing.T, m Model, d Deps, now *time.Time) Model
		// asking reports whether a question waits for an answer.
		asking func(m Model) bool
		// next moves on after an answer.
		next []string
	}{
		{"quiz", func(t *testing.T, m Model, _ Deps, _ *time.Time) Model {
			m, _ = drive(t, m, startQuizMsg{lessonID: "l1"})
			return m
		}, func(m Model) bool { return m.screen == screenQuiz && m.quiz.phase == phaseAsking }, []string{"enter"}},
		{"review", func(t *testing.T, m Model, d Deps, now *time.Time) Model {
			m, _ = drive(t, m, startQuizMsg{lessonID: "l1"})
			for m.screen == screenQuiz && m.quiz.phase == phaseAsking { // wrong answers: every card comes back tomorrow
				for _, k := range append(wrongKeys(t, askOf(t, m)), "enter") {
					m, _ = drive(t, m, keyMsg(k))
				}
			}
			*now = now.Add(40 * 24 * time.Hour)
			m = startApp(t, d, 80, 24)
			m, _ = drive(t, m, startReviewMsg{})
			return m
		}, func(m Model) bool {
			return m.screen == screenReview && m.review.phase == reviewAsking && m.review.q != nil
		}, []string{"enter"}},
		{"check", func(t *testing.T, m Model, _ Deps, _ *time.Time) Model {
			m, _ = drive(t, m, startCheckMsg{moduleID: "m1"}, keyMsg("enter"))
			return m
		}, func(m Model) bool { return m.screen == screenCheck && !m.check.done }, nil},
	}
	for _, c := range contexts {
		for _, script := range answerScripts {
			t.Run(c.name+"/"+script.name, func(t *testing.T) {
				d, store := newTestDeps(t)
				now := testNow
				d.Now = func() time.Time { return now }
				m := c.open(t, startApp(t, d, 80, 24), d, &now)
				types := map[lessons.QuestionType]int{}
				want := map[string]bool{}
				for i := 0; ; i++ {
					if i > 60 {
						t.Fatal("the context never runs out of questions")
					}
					// Flashcards in the review are revealed and rated Good.
					for m.screen == screenReview && m.review.fc != nil {
						m, _ = drive(t, m, keyMsg("space"), keyMsg("3"))
					}
					if !c.asking(m) {
						break
					}
					typ := askOf(t, m).q.Type
					var id string
					var right bool
					run := script.run
					if _, again := want[askOf(t, m).q.ID]; again {
						run = answerScripts[0].run // a card that comes back (wrong in the review) is now answered right
					}
					m, id, right = run(t, m)
					want[id] = right
					for _, k := range c.next {
						m, _ = drive(t, m, keyMsg(k))
					}
					snap, err := store.Snapshot(progress.DefaultProfile)
					if err != nil {
						t.Fatal(err)
					}
					// The check stores its answers once, at the end.
					if a, ok := snap.LastAnswers[id]; c.name != "check" && (!ok || a.Correct != right || !a.At.Equal(now)) {
						t.Fatalf("%s question %s answered %s is stored as %+v (found %v)", typ, id, script.name, a, ok)
					}
					types[typ]++
				}
				if c.name == "check" {
					snap, _ := store.Snapshot(progress.DefaultProfile)
					r, ok := snap.Checks["m1"]
					if !ok || r.Total == 0 || len(r.Answers) != r.Total {
						t.Fatalf("a check answered %s is stored as %+v", script.name, r)
					}
					for _, a := range r.Answers {
						if a.Correct != want[a.QuestionID] {
							t.Errorf("check answer %s answered %s stored as %+v", a.QuestionID, script.name, a)
						}
					}
				}
				for _, typ := range lessons.QuestionTypes() {
					if types[typ] == 0 {
						t.Errorf("no %s question was asked in the %s", typ, c.name)
					}
				}
				if v := m.View(); strings.TrimSpace(v) == "" {
					t.Fatal("empty screen after the last question")
				}
			})
		}
	}
}
