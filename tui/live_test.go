package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"ajar/lessons"
	"ajar/progress"
)

// testSession names the live session of these tests.
const testSession = "2026-03-02T09:00"

// liveAnswerKeys answer a question of each type of lesson 1 with the
// keys the quiz takes: one way to answer, wherever the question is asked.
var liveAnswerKeys = map[lessons.QuestionType][]string{
	lessons.Single:    {"1"},
	lessons.Multi:     {"1", "2", "enter"},
	lessons.TrueFalse: {"1"},
	lessons.Fill:      {"1", "9", "9", "0", "enter"},
	lessons.Order:     {"enter"},
	lessons.Matching:  {"1", "2", "3", "enter"},
}

// liveQuestion is the question of lesson 1 of the test course of type typ,
// as the trainer pushes it.
func liveQuestion(t *testing.T, typ lessons.QuestionType) LiveQuestion {
	t.Helper()
	l := testCatalog(t).Lesson("l1")
	for _, q := range l.Questions {
		if q.Type == typ {
			return LiveQuestion{Session: testSession, LessonID: l.ID, Question: q}
		}
	}
	t.Fatalf("lesson l1 has no %s question", typ)
	return LiveQuestion{}
}

// liveAt starts the app on the course map, pushes the lesson-1 question of
// type typ and presses keys on it.
func liveAt(typ lessons.QuestionType, keys ...string) func(t *testing.T, d Deps, now *time.Time) Model {
	return func(t *testing.T, d Deps, _ *time.Time) Model {
		m := startApp(t, d, 80, 24)
		m, _ = drive(t, m, LiveQuestionMsg{Q: liveQuestion(t, typ)})
		for _, k := range keys {
			m, _ = drive(t, m, keyMsg(k))
		}
		return m
	}
}

// liveRevealed is liveAt with the answer then revealed.
func liveRevealed(typ lessons.QuestionType, keys ...string) func(t *testing.T, d Deps, now *time.Time) Model {
	return func(t *testing.T, d Deps, now *time.Time) Model {
		m := liveAt(typ, keys...)(t, d, now)
		m, _ = drive(t, m, LiveRevealMsg{QuestionID: liveQuestion(t, typ).Question.ID, Counts: []int{3, 1}, Answered: 4})
		return m
	}
}

// TestLiveQuestionEveryType: every question type is answered on the live
// screen with the quiz's keys, and saved in one transaction like a lesson
// quiz's answer (the answer, naming the session, and its card seeded);
// the class hears of it only once it is committed.
func TestLiveQuestionEveryType(t *testing.T) {
	for _, typ := range lessons.QuestionTypes() {
		t.Run(string(typ), func(t *testing.T) {
			d, store := newTestDeps(t)
			var told []LiveAnswer
			d.OnLiveAnswer = func(a LiveAnswer) {
				snap, err := store.Snapshot(a.Learner)
				if err != nil || snap.LastAnswers[a.QuestionID].Live != testSession {
					t.Errorf("the class heard of %+v before it was committed (%v)", a, err)
				}
				told = append(told, a)
			}
			keys, ok := liveAnswerKeys[typ]
			if !ok {
				t.Fatalf("no keys to answer a %s question: add them", typ)
			}
			m := liveAt(typ)(t, d, nil)
			if m.screen != screenLive {
				t.Fatalf("a pushed question opened screen %d", m.screen)
			}
			for _, k := range keys {
				m, _ = drive(t, m, keyMsg(k))
			}
			if !m.live.ask.answered || len(told) != 1 {
				t.Fatalf("after %v: answered %v, the class told %d times:\n%s", keys, m.live.ask.answered, len(told), m.View())
			}
			a := told[0]
			q := liveQuestion(t, typ).Question
			if a.Learner != d.Profile || a.Session != testSession || a.QuestionID != q.ID || a.Right != q.Check(a.Response) {
				t.Errorf("told %+v", a)
			}
			snap, _ := store.Snapshot(d.Profile)
			card, seeded := snap.Cards[q.ID]
			if !seeded || card.LessonID != "l1" || snap.AnswerCount != 1 {
				t.Errorf("card %+v seeded %v, %d answers; want the card and one answer", card, seeded, snap.AnswerCount)
			}
			if snap.Position != (progress.Position{}) {
				t.Errorf("a live answer moved the place to %+v", snap.Position)
			}
			if !strings.Contains(m.View(), "Jawaban terkirim") {
				t.Errorf("no 'sent' once committed:\n%s", m.View())
			}
		})
	}
}

// TestLiveAnswerIsOneWrite: the request is one review carrying the
// answer with its session, seeding the card only.
func TestLiveAnswerIsOneWrite(t *testing.T) {
	d, _ := newTestDeps(t)
	live, _ := liveAt(lessons.Single)(t, d, nil).live.Update(keyMsg("1"))
	reqs := live.requests()
	if len(reqs) != 1 || len(reqs[0].writes) != 1 {
		t.Fatalf("requests = %+v, want one of one write", reqs)
	}
	r := reqs[0].writes[0].Review
	if r == nil || r.Answer == nil || r.Answer.Live != testSession || !r.SeedOnly || r.CardID != "l1-q1" {
		t.Fatalf("write = %+v, want a seeding review with the live answer", reqs[0].writes[0])
	}
}

// TestLiveReturnsWhereTheLearnerWas: a live question over a lesson being
// read, or over a quiz mid-question, gives back exactly that screen when
// the trainer ends it, and Esc does the same earlier.
func TestLiveReturnsWhereTheLearnerWas(t *testing.T) {
	for _, c := range []struct {
		name  string
		reach func(t *testing.T, d Deps, now *time.Time) Model
		end   tea.Msg
	}{
		{"reader scrolled, ended", keysFrom("enter", "j", "j", "j"), LiveEndMsg{}},
		{"quiz mid-question, ended", quizAt(2), LiveEndMsg{}},
		{"quiz, Esc", quizAt(3), keyMsg("esc")},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, _ := newTestDeps(t)
			now := testNow
			m := c.reach(t, d, &now)
			before, at := m.View(), m.screen
			m, _ = drive(t, m, LiveQuestionMsg{Q: liveQuestion(t, lessons.Single)}, keyMsg("1"))
			if m.screen != screenLive {
				t.Fatalf("screen %d, want the live question", m.screen)
			}
			m, _ = drive(t, m, c.end)
			if m.screen != at || m.View() != before {
				t.Fatalf("back on screen %d, want %d as it was:\n%s\nwas:\n%s", m.screen, at, m.View(), before)
			}
		})
	}
}

// TestLiveRevealShowsTheRoom: the reveal reopens the question left with
// Esc and shows the explanation and a bar per option, each with the count
// of its own option although the screen shuffles them.
func TestLiveRevealShowsTheRoom(t *testing.T) {
	d, _ := newTestDeps(t)
	m := liveAt(lessons.Multi, "1", "enter", "esc")(t, d, nil)
	if m.screen != screenHome {
		t.Fatalf("Esc left the learner on screen %d", m.screen)
	}
	q := liveQuestion(t, lessons.Multi).Question
	m, _ = drive(t, m, LiveRevealMsg{QuestionID: q.ID, Counts: []int{7, 2, 5}, Answered: 9})
	view := m.View()
	if m.screen != screenLive || !strings.Contains(view, q.Explanation) || !strings.Contains(view, "9 orang menjawab") {
		t.Fatalf("reveal shows:\n%s", view)
	}
	for i, o := range q.Options {
		want := []string{" 7 ", " 2 ", " 5 "}[i]
		found := false
		for _, line := range strings.Split(view, "\n") {
			if strings.Contains(line, o.Text) && strings.Contains(line, want) && strings.Contains(line, "%") {
				found = true
			}
		}
		if !found {
			t.Errorf("no bar line for %q with count%s:\n%s", o.Text, want, view)
		}
	}
	m, _ = drive(t, m, LiveRevealMsg{QuestionID: "other", Counts: []int{1}, Answered: 1}, LiveEndMsg{})
	if m.screen != screenHome {
		t.Errorf("the end left the learner on screen %d", m.screen)
	}
}

// TestLiveQuestionIsAskedOnce: told of the question again (a learner
// rejoining), an answered question stays answered.
func TestLiveQuestionIsAskedOnce(t *testing.T) {
	d, _ := newTestDeps(t)
	m := liveAt(lessons.Single, "1")(t, d, nil)
	m, _ = drive(t, m, LiveQuestionMsg{Q: liveQuestion(t, lessons.Single)})
	if !m.live.ask.answered || m.live.asking() {
		t.Fatal("the same question pushed again asked it afresh")
	}
}

// TestClosingSavesAndQuits: the class's closing note is shown, the place
// is saved, and the program ends.
func TestClosingSavesAndQuits(t *testing.T) {
	d, store := newTestDeps(t)
	m := keysFrom("enter", "j", "j")(t, d, nil)
	m, msgs := drive(t, m, ClosingMsg{Reason: "Kelas selesai."})
	if !hasQuit(msgs) {
		t.Fatal("ClosingMsg did not quit")
	}
	if !strings.Contains(m.statusLine(), "Kelas selesai.") {
		t.Errorf("status line %q lacks the reason", m.statusLine())
	}
	snap, _ := store.Snapshot(d.Profile)
	if snap.Position.LessonID != "l1" || snap.Position.Screen != progress.ScreenReader {
		t.Errorf("place after closing = %+v, want the reader of l1", snap.Position)
	}
}

// TestStatusReportsChanges: the class hears the learner's status at
// start, on opening and leaving a lesson, on completing it and on a
// check, and only when it changed.
func TestStatusReportsChanges(t *testing.T) {
	d, _ := newTestDeps(t)
	var told []LearnerStatus
	d.OnStatus = func(s LearnerStatus) { told = append(told, s) }
	m := startApp(t, d, 80, 24)
	if len(told) != 1 || told[0].Learner != d.Profile || told[0].Lesson != "" {
		t.Fatalf("at start told %+v", told)
	}
	m, _ = drive(t, m, keyMsg("enter"), keyMsg("j"))
	title := testCatalog(t).Lesson("l1").Title
	if len(told) != 2 || told[1].Lesson != title {
		t.Fatalf("opening a lesson told %+v", told)
	}
	m, _ = drive(t, m, keyMsg("esc"))
	if len(told) != 3 || told[2].Lesson != "" {
		t.Fatalf("leaving a lesson told %+v", told)
	}
	m, _ = drive(t, m, openLessonMsg{lessonID: "l2"}, keyMsg("G"), keyMsg("enter"), keyMsg("1"), keyMsg("enter"), keyMsg("esc"))
	last := told[len(told)-1]
	if last.LessonsDone != 1 {
		t.Errorf("after completing a lesson told %+v", last)
	}
	m, _ = drive(t, m, startCheckMsg{moduleID: "m1"}, keyMsg("enter"), keyMsg("esc"), keyMsg("y"))
	if last = told[len(told)-1]; !strings.HasPrefix(last.LastCheck, "0/") || !strings.HasSuffix(last.LastCheck, "(0%)") {
		t.Errorf("after a check told %+v", last)
	}
	n := len(told)
	m, _ = drive(t, m, keyMsg("j"), keyMsg("k"))
	if len(told) != n {
		t.Errorf("moving on the course map told %+v", told[n:])
	}
	_ = m
}

// TestStatusKeepsItsOrder: status Cmds run in any order, as bubbletea's
// may; the room ends with the newest status, never an older one.
func TestStatusKeepsItsOrder(t *testing.T) {
	d, _ := newTestDeps(t)
	var told []LearnerStatus
	d.OnStatus = func(s LearnerStatus) { told = append(told, s) }
	m := startApp(t, d, 80, 24)
	mm, open := m.Update(openLessonMsg{lessonID: "l1"})
	_, leave := mm.(Model).Update(backMsg{})
	n := len(told)
	runCmd(leave) // the newer status runs first …
	runCmd(open)  // … and the older one after it is dropped
	if len(told) != n+1 || told[n].Lesson != "" {
		t.Errorf("the room heard %+v after leaving the lesson, want only the course map", told[n:])
	}
}

// TestLiveOrderIsTheLearnersOwn: two learners see the options of one live
// question in orders of their own (for some question of a few).
func TestLiveOrderIsTheLearnersOwn(t *testing.T) {
	d, _ := newTestDeps(t)
	q := liveQuestion(t, lessons.Multi)
	differ := false
	for i := 0; i < 8 && !differ; i++ {
		a := newLiveModel(testTexts(), testStyles(d), d.Now, d.Params, false).start(q, "ani")
		b := newLiveModel(testTexts(), testStyles(d), d.Now, d.Params, false).start(q, "budi"+strings.Repeat("x", i))
		differ = fmt.Sprint(a.ask.perm) != fmt.Sprint(b.ask.perm)
	}
	if !differ {
		t.Error("every learner sees the same order")
	}
}
