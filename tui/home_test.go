package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"ajar/progress"
)

// newTestHome builds a loaded course map of the test course.
func newTestHome(t *testing.T, snap progress.Snapshot, w, h int) homeModel {
	t.Helper()
	d, _ := newTestDeps(t)
	m := newHomeModel(d.Catalog, d.Title, testTexts(), testStyles(d)).setSize(w, h)
	return m.withLearner(progress.NewLearner(snap), testNow)
}

func selectedLesson(m homeModel) string {
	if r := m.rows[m.cursor]; r.lesson != nil {
		return fmt.Sprintf("%s:%s", map[rowKind]string{rowResume: "resume", rowLesson: "lesson"}[r.kind], r.lesson.ID)
	}
	if m.rows[m.cursor].kind == rowCheck {
		return "check"
	}
	return "module"
}

func TestHomeCursorSkipsModuleHeadings(t *testing.T) {
	m := newTestHome(t, progress.Snapshot{}, 80, 20)
	want := []string{"lesson:l1", "lesson:l2", "check", "lesson:l3", "check", "check"}
	for i, w := range want {
		if got := selectedLesson(m); got != w {
			t.Fatalf("step %d: cursor on %s, want %s", i, got, w)
		}
		m, _ = m.Update(keyMsg("j"))
	}
	for range 4 {
		m, _ = m.Update(keyMsg("k"))
	}
	if got := selectedLesson(m); got != "lesson:l1" {
		t.Fatalf("after going up twice: %s, want l1", got)
	}
}

func TestHomeStartsOnFirstUnfinishedLesson(t *testing.T) {
	snap := progress.Snapshot{Lessons: map[string]progress.LessonRecord{
		"l1": {LessonID: "l1", OpenedAt: testNow, CompletedAt: testNow, Attempts: 1, BestCorrect: 4, BestTotal: 5},
	}}
	m := newTestHome(t, snap, 80, 20)
	if got := selectedLesson(m); got != "lesson:l2" {
		t.Fatalf("cursor on %s, want l2 (first unfinished)", got)
	}
}

func TestHomeResumeRowOpensWithSavedPlace(t *testing.T) {
	pos := progress.Position{LessonID: "l1", Screen: progress.ScreenQuiz, Question: 2, At: testNow}
	snap := progress.Snapshot{Position: pos, LastAnswers: map[string]progress.Answer{
		"l1-q1": {LessonID: "l1", QuestionID: "l1-q1", Correct: true},
		"l1-q2": {LessonID: "l1", QuestionID: "l1-q2", Correct: false},
	}}
	m := newTestHome(t, snap, 80, 20)
	if got := selectedLesson(m); got != "resume:l1" {
		t.Fatalf("cursor on %s, want the resume row", got)
	}
	_, cmd := m.Update(keyMsg("enter"))
	open, ok := findMsg[openLessonMsg](runCmd(cmd))
	if !ok || !open.resume || open.pos != pos {
		t.Fatalf("enter on resume gave %+v, want resume at %+v", open, pos)
	}
	if !open.prior["l1-q1"] || open.prior["l1-q2"] {
		t.Fatalf("prior results = %v, want q1 right and q2 wrong", open.prior)
	}
}

func TestHomeEnterOpensSelectedLesson(t *testing.T) {
	m := newTestHome(t, progress.Snapshot{}, 80, 20)
	m, _ = m.Update(keyMsg("down"))
	_, cmd := m.Update(keyMsg("enter"))
	open, ok := findMsg[openLessonMsg](runCmd(cmd))
	if !ok || open.lessonID != "l2" || open.resume {
		t.Fatalf("got %+v, want a fresh open of l2", open)
	}
}

func TestHomeFollowsSavedResults(t *testing.T) {
	m := newTestHome(t, progress.Snapshot{}, 80, 20)
	rec := progress.LessonRecord{LessonID: "l1", OpenedAt: testNow, CompletedAt: testNow, Attempts: 1, BestCorrect: 3, BestTotal: 5}
	l := progress.NewLearner(m.snap)
	l.Apply(progress.Effect{Lesson: &rec})
	m = m.withLearner(l, testNow)
	v := m.View()
	if !strings.Contains(v, "1 dari 3 pelajaran selesai") || !strings.Contains(v, "[x] 1. Pelajaran Pertama") || !strings.Contains(v, "3/5") {
		t.Fatalf("home does not show the completed lesson and its score:\n%s", v)
	}
}

func TestHomeScrollsToKeepCursorVisible(t *testing.T) {
	m := newTestHome(t, progress.Snapshot{}, 60, headerLines+2)
	for range 3 {
		m, _ = m.Update(keyMsg("j"))
	}
	if !strings.Contains(m.View(), "Pelajaran Ketiga") {
		t.Fatalf("last lesson not visible after moving to it:\n%s", m.View())
	}
}

func TestHomeView(t *testing.T) {
	snap := progress.Snapshot{
		Position: progress.Position{LessonID: "l2", Screen: progress.ScreenReader, Scroll: 0.5},
		Lessons: map[string]progress.LessonRecord{
			"l1": {LessonID: "l1", OpenedAt: testNow, CompletedAt: testNow, Attempts: 2, BestCorrect: 4, BestTotal: 5},
			"l2": {LessonID: "l2", OpenedAt: testNow},
		},
	}
	for _, w := range []int{60, 80, 100} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			golden.RequireEqual(t, newTestHome(t, snap, w, 20).View())
		})
	}
}

func TestHomeShowsSelectedObjective(t *testing.T) {
	m := newTestHome(t, progress.Snapshot{}, 80, 20)
	if v := m.View(); !strings.Contains(v, "menguji ajar dengan teliti") {
		t.Fatalf("objective of the selected lesson missing:\n%s", v)
	}
	m, _ = m.Update(keyMsg("j"))
	if v := m.View(); strings.Contains(v, "menguji ajar") || !strings.Contains(v, "Ringkasan.") {
		t.Fatalf("moving on must show the next lesson's text (its module summary):\n%s", v)
	}
}

func TestHomeListsContentProblems(t *testing.T) {
	m := newTestHome(t, progress.Snapshot{}, 80, 40).withProblems([]string{"modul/01-a.md:4: YAML tidak sah"})
	v := m.View()
	if !strings.Contains(v, "Materi yang tidak dapat dimuat") || !strings.Contains(v, "modul/01-a.md:4: YAML tidak sah") {
		t.Fatalf("problems not listed:\n%s", v)
	}
	for range 20 {
		m, _ = m.Update(keyMsg("down"))
	}
	if k := m.rows[m.cursor].kind; k == rowProblem {
		t.Fatal("problem lines are not selectable")
	}
}
