package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"ajar/progress"
)

// newTestQuiz starts a full run of a test lesson at question from.
func newTestQuiz(t *testing.T, id string, from int, w, h int) quizModel {
	t.Helper()
	d, _ := newTestDeps(t)
	m := newQuizModel(testTexts(), testStyles(d), d.Now, d.Params).setSize(w, h)
	return m.start(d.Catalog.Lesson(id), d.Catalog.Next(id), from, nil)
}

func TestQuizSingleDigitAnswersAndSaves(t *testing.T) {
	m := newTestQuiz(t, "l1", 0, 80, 30)
	m, msgs := press(m, pick(t, "l1-q1", "Jawaban B"))
	save, ok := findMsg[saveReviewMsg](msgs)
	if !ok || save.review.Answer == nil {
		t.Fatalf("digit did not answer: %v", msgs)
	}
	want := progress.Answer{LessonID: "l1", QuestionID: "l1-q1", Given: "Jawaban B", Correct: false, At: testNow}
	if *save.review.Answer != want {
		t.Fatalf("saved %+v, want %+v", *save.review.Answer, want)
	}
	if r := save.review; !r.SeedOnly || r.Rating != progress.Again || r.CardID != "l1-q1" || r.After.Due.IsZero() {
		t.Fatalf("a wrong answer must seed its card rated Again: %+v", r)
	}
	v := m.View()
	for _, s := range []string{"Belum tepat.", "B keliru karena contoh.", "Jawaban yang benar: Jawaban A", "Penjelasan: A benar karena contoh."} {
		if !strings.Contains(v, s) {
			t.Errorf("feedback lacks %q:\n%s", s, v)
		}
	}
}

func TestQuizEachTypeGradesRight(t *testing.T) {
	tests := []struct {
		name  string
		from  int
		keys  []string
		right bool
		given string
	}{
		{"single by digit", 0, []string{"@l1-q1:Jawaban A"}, true, "Jawaban A"},
		{"multi both right", 1, []string{"@l1-q2:Satu", "@l1-q2:Tiga", "enter"}, true, "Satu; Tiga"},
		{"multi one missing", 1, []string{"@l1-q2:Satu", "enter"}, false, "Satu"},
		{"truefalse true", 2, []string{"1"}, true, "true"},
		{"truefalse false", 2, []string{"2"}, false, "false"},
		{"fill typed", 3, []string{"1", "9", "9", "0", "enter"}, true, "1990"},
		{"fill wrong", 3, []string{"1", "9", "9", "enter"}, false, "199"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keys := make([]string, len(tt.keys))
			for i, k := range tt.keys {
				if qid, text, ok := strings.Cut(strings.TrimPrefix(k, "@"), ":"); ok && k[0] == '@' {
					k = pick(t, qid, text)
				}
				keys[i] = k
			}
			m, msgs := press(newTestQuiz(t, "l1", tt.from, 80, 30), keys...)
			save, ok := findMsg[saveReviewMsg](msgs)
			if !ok || save.review.Answer == nil {
				t.Fatalf("no answer saved after %v", tt.keys)
			}
			if a := save.review.Answer; a.Correct != tt.right || a.Given != tt.given {
				t.Fatalf("saved %+v, want correct=%v given=%q", a, tt.right, tt.given)
			}
			if m.phase != phaseFeedback {
				t.Fatalf("phase %v after answering, want feedback", m.phase)
			}
		})
	}
}

func TestQuizFillKeepsQAsText(t *testing.T) {
	m := newTestQuiz(t, "l3", 0, 80, 30)
	if !m.inputFocused() {
		t.Fatal("fill question must focus the text field")
	}
	m, _ = press(m, "q", "?")
	if m.ask.input.Value() != "q?" {
		t.Fatalf("typed text %q, want q?", m.ask.input.Value())
	}
}

func TestQuizOrderGrabAndMove(t *testing.T) {
	m := newTestQuiz(t, "l1", 4, 80, 30)
	// Arrange the shuffled items into the right order by grabbing each
	// right item and carrying it up to its place.
	for target := range m.ask.items {
		at := 0
		for i, it := range m.ask.items {
			if it == target {
				at = i
			}
		}
		for m.ask.cursor < at {
			m, _ = press(m, "down")
		}
		for m.ask.cursor > at {
			m, _ = press(m, "up")
		}
		m, _ = press(m, "space")
		for m.ask.cursor > target {
			m, _ = press(m, "up")
		}
		m, _ = press(m, "space")
	}
	m, msgs := press(m, "enter")
	save, ok := findMsg[saveReviewMsg](msgs)
	if !ok || !save.review.Answer.Correct || save.review.Answer.Given != "Pertama > Kedua > Ketiga" {
		t.Fatalf("ordered answer saved as %+v", save.review.Answer)
	}
}

func TestQuizFinishRecordsResultAndMovesOn(t *testing.T) {
	m := newTestQuiz(t, "l1", 0, 80, 30)
	var all []tea.Msg
	a, dua := pick(t, "l1-q1", "Jawaban A"), pick(t, "l1-q2", "Dua")
	for _, keys := range [][]string{{a}, {dua, "enter"}, {"1"}, {"1", "9", "9", "0", "enter"}, {"enter"}, {"1", "2", "3", "enter"}} {
		var msgs []tea.Msg
		m, msgs = press(m, keys...)
		all = append(all, msgs...)
		m, msgs = press(m, "enter")
		all = append(all, msgs...)
	}
	if m.phase != phaseDone {
		t.Fatalf("phase %v after the last question, want done", m.phase)
	}
	done, ok := findMsg[completeLessonMsg](all)
	if !ok || done.result.LessonID != "l1" || done.result.Total != 6 || done.result.Correct != 3 {
		t.Fatalf("completion %+v, want l1 with 3 of 6 (q1, q3, q4 right)", done.result)
	}
	var last savePositionMsg
	for _, msg := range all {
		if p, ok := msg.(savePositionMsg); ok {
			last = p
		}
	}
	if last.pos.LessonID != "l2" || last.pos.Screen != progress.ScreenReader {
		t.Fatalf("after finishing, resume points at %+v, want the next lesson", last.pos)
	}
	if v := m.View(); !strings.Contains(v, "Skor: 3 dari 6 benar (50%)") {
		t.Fatalf("score missing:\n%s", v)
	}
}

func TestQuizRetryWrongAsksOnlyWrongOnes(t *testing.T) {
	m := newTestQuiz(t, "l2", 0, 80, 30)
	m, _ = press(m, "2", "enter")
	if m.phase != phaseDone || m.wrongCount() != 1 {
		t.Fatalf("want done with one wrong, got phase %v wrong %d", m.phase, m.wrongCount())
	}
	m, _ = press(m, "r")
	if m.phase != phaseAsking || len(m.round) != 1 || m.full {
		t.Fatalf("retry round = %v full=%v, want the one wrong question as practice", m.round, m.full)
	}
	m, msgs := press(m, "1", "enter")
	if _, ok := findMsg[completeLessonMsg](msgs); ok {
		t.Fatal("a retry round must not count as a completed attempt")
	}
	if !strings.Contains(m.View(), "Semua jawaban benar") {
		t.Fatalf("retry end view:\n%s", m.View())
	}
}

func TestQuizResumeKeepsPriorResults(t *testing.T) {
	d, _ := newTestDeps(t)
	m := newQuizModel(testTexts(), testStyles(d), d.Now, d.Params).setSize(80, 30)
	m = m.start(d.Catalog.Lesson("l1"), nil, 3, map[int]bool{0: true, 1: false, 2: true, 4: true})
	if q := m.question(); q == nil || q.ID != "l1-q4" {
		t.Fatalf("resumed at %v, want l1-q4", q)
	}
	if m.rightCount() != 2 {
		t.Fatalf("prior right answers = %d, want 2 (results after the resume point are ignored)", m.rightCount())
	}
}

func TestQuizEscSavesNextQuestion(t *testing.T) {
	m := newTestQuiz(t, "l1", 0, 80, 30)
	m, _ = press(m, "1")
	_, msgs := press(m, "esc")
	save, ok := findMsg[savePositionMsg](msgs)
	if _, back := findMsg[backMsg](msgs); !ok || !back {
		t.Fatalf("esc after feedback gave %v", msgs)
	}
	if save.pos.Screen != progress.ScreenQuiz || save.pos.Question != 1 {
		t.Fatalf("saved %+v, want quiz question 1", save.pos)
	}
}

func TestQuizLongFeedbackScrolls(t *testing.T) {
	m := newTestQuiz(t, "l1", 0, 40, 8)
	m, _ = press(m, pick(t, "l1-q1", "Jawaban B"))
	if v := m.View(); !strings.Contains(v, "↓/j") {
		t.Fatalf("clipped feedback must say there is more:\n%s", v)
	}
	for range 20 {
		m, _ = press(m, "down")
	}
	if v := m.View(); !strings.Contains(ansi.Strip(v), "contoh.") {
		t.Fatalf("scrolling down does not reach the explanation:\n%s", v)
	}
}

func TestQuizView(t *testing.T) {
	views := map[string]func(t *testing.T, w int) string{
		"asking": func(t *testing.T, w int) string { return newTestQuiz(t, "l1", 0, w, 24).View() },
		"multi": func(t *testing.T, w int) string {
			m, _ := press(newTestQuiz(t, "l1", 1, w, 24), pick(t, "l1-q2", "Satu"))
			return m.View()
		},
		"feedback": func(t *testing.T, w int) string {
			m, _ := press(newTestQuiz(t, "l1", 0, w, 24), pick(t, "l1-q1", "Jawaban B"))
			return m.View()
		},
		"order": func(t *testing.T, w int) string {
			m, _ := press(newTestQuiz(t, "l1", 4, w, 24), "space")
			return m.View()
		},
		// Two columns from 80, one under the other at 60; the first left
		// item paired and the cursor moved on to the second.
		"matching": func(t *testing.T, w int) string {
			m, _ := press(newTestQuiz(t, "l1", 5, w, 24), "2")
			return m.View()
		},
		"matching open": func(t *testing.T, w int) string {
			m, _ := press(newTestQuiz(t, "l1", 5, w, 24), "2", "enter")
			return m.View()
		},
		"matching answered": func(t *testing.T, w int) string {
			m, _ := press(newTestQuiz(t, "l1", 5, w, 24), "1", "2", "3", "enter")
			return m.View()
		},
		"done": func(t *testing.T, w int) string {
			m, _ := press(newTestQuiz(t, "l2", 0, w, 24), "1", "enter")
			return m.View()
		},
	}
	for name, view := range views {
		for _, w := range []int{60, 80, 100} {
			t.Run(fmt.Sprintf("%s/%d", name, w), func(t *testing.T) {
				golden.RequireEqual(t, view(t, w))
			})
		}
	}
}

func TestQuizSpaceMarksShownOptions(t *testing.T) {
	m := newTestQuiz(t, "l1", 1, 80, 30)
	m, _ = press(m, "space", "down", "space", "up", "space")
	if !m.ask.marked[1] || m.ask.marked[0] {
		t.Fatalf("marks %v, want only the second shown option", m.ask.marked)
	}
	_, msgs := press(m, "enter")
	save, _ := findMsg[saveReviewMsg](msgs)
	q := m.question()
	if want := q.Options[m.ask.perm[1]].Text; save.review.Answer.Given != want {
		t.Fatalf("answered %q, want the marked option %q", save.review.Answer.Given, want)
	}
}

// TestQuizShortWindowKeepsCursorInSight answers in a window too short for
// the whole question: the row under the cursor must always be visible.
func TestQuizShortWindowKeepsCursorInSight(t *testing.T) {
	m := newTestQuiz(t, "l1", 1, 40, 7)
	for range 2 {
		m, _ = press(m, "down")
		shown := m.ask.q.Options[m.ask.perm[m.ask.cursor]].Text
		if v := m.View(); !strings.Contains(v, "> ") || !strings.Contains(v, shown) {
			t.Fatalf("cursor on %q is out of sight:\n%s", shown, v)
		}
	}
	if v := m.View(); strings.Count(v, "\n")+1 > 7 {
		t.Fatalf("view taller than the window:\n%s", v)
	}
}
