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

// TestEveryQuestionTypeInEveryContext answers each question type of the
// test course right in the lesson quiz, the daily review and the module
// check, key by key and in bursts, and checks each answer is stored as
// right. A new question type must be answerable by rightKeys, and one
// the test course lacks fails here.
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
			for i := 0; i < 5; i++ { // wrong answers: every card comes back tomorrow
				m, _ = drive(t, m, keyMsg("enter"), keyMsg("x"), keyMsg("enter"), keyMsg("enter"))
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
		for _, burst := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s burst=%v", c.name, burst), func(t *testing.T) {
				d, store := newTestDeps(t)
				now := testNow
				d.Now = func() time.Time { return now }
				m := c.open(t, startApp(t, d, 80, 24), d, &now)
				types := map[lessons.QuestionType]int{}
				for i := 0; ; i++ {
					if i > 40 {
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
					m, id = answerRight(t, m, burst)
					for _, k := range c.next {
						m, _ = drive(t, m, keyMsg(k))
					}
					snap, err := store.Snapshot(progress.DefaultProfile)
					if err != nil {
						t.Fatal(err)
					}
					// The check stores its answers once, at the end.
					if a, ok := snap.LastAnswers[id]; c.name != "check" && (!ok || !a.Correct || !a.At.Equal(now)) {
						t.Fatalf("%s question %s answered right is stored as %+v (found %v)", typ, id, a, ok)
					}
					types[typ]++
				}
				if c.name == "check" {
					snap, _ := store.Snapshot(progress.DefaultProfile)
					r, ok := snap.Checks["m1"]
					if !ok || r.Total == 0 || r.Correct != r.Total {
						t.Fatalf("a check answered right is stored as %+v", r)
					}
					for _, a := range r.Answers {
						if !a.Correct {
							t.Errorf("check answer %s stored wrong: %+v", a.QuestionID, a)
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
