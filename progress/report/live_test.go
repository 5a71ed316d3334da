package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"ajar/progress"
	"ajar/progress/report/reporttest"
)

// liveLearner is a learner who answered two questions in the live session
// of 21 November, 09:00 WIB (one right), then t1-l1-q1 again in
// self-study, and one question in a session a day later.
func liveLearner() Progress {
	at := func(day, min int) time.Time {
		return reporttest.Start.AddDate(0, 0, day).Add(time.Duration(min) * time.Minute)
	}
	log := []progress.Answer{
		{Seq: 1, LessonID: "t1-l1", QuestionID: "t1-l1-q1", Given: "A", Correct: true, At: at(1, 2), Live: "2026-11-21T09:00"},
		{Seq: 2, LessonID: "t1-l1", QuestionID: "t1-l1-q2", Given: "salah", Correct: false, At: at(1, 3), Live: "2026-11-21T09:00"},
		{Seq: 3, LessonID: "t1-l1", QuestionID: "t1-l1-q1", Given: "B", Correct: false, At: at(1, 30)},
		{Seq: 4, LessonID: "t1-l2", QuestionID: "t1-l2-q1", Given: "C", Correct: true, At: at(2, 0), Live: "2026-11-22T09:00"},
	}
	snap := progress.Snapshot{Profile: "p1", Lessons: map[string]progress.LessonRecord{}, AnswerCount: len(log),
		LastAnswers: map[string]progress.Answer{"t1-l1-q1": log[2], "t1-l1-q2": log[1], "t1-l2-q1": log[3]}}
	return Progress{Profile: progress.Profile{ID: "p1", Name: "Sitti"}, Snapshot: snap, Answers: log}
}

// TestLiveSessionsInTheReport: the JSON report groups live answers by
// session with its local date, counts, and every answer, even one the
// learner answered again later; the question line names its session.
func TestLiveSessionsInTheReport(t *testing.T) {
	doc := Build(testEnv(t), "ajar.db", []Progress{liveLearner()}, false)
	got := doc.Learners[0].LiveSessions
	if len(got) != 2 {
		t.Fatalf("live sessions = %+v, want two", got)
	}
	first, second := got[0], got[1]
	if first.Session != "2026-11-21T09:00" || first.Date != "2026-11-21" || first.Answered != 2 || first.Right != 1 || len(first.Answers) != 2 {
		t.Errorf("first session = %+v", first)
	}
	if second.Session != "2026-11-22T09:00" || second.Answered != 1 || second.Right != 1 {
		t.Errorf("second session = %+v", second)
	}
	lines := map[string]string{}
	for _, q := range doc.Learners[0].Questions {
		lines[q.Question] = q.LiveSession
	}
	if lines["t1-l1-q1"] != "" || lines["t1-l1-q2"] != "2026-11-21T09:00" {
		t.Errorf("question lines' sessions = %v", lines)
	}
	var buf bytes.Buffer
	mustDo(t, writeJSON(&buf, doc))
	if !strings.Contains(buf.String(), `"live_sessions"`) {
		t.Error("the JSON lacks live_sessions")
	}

	// Without the log, the last answers stand in: the live answer
	// answered again is gone, the others stay.
	p := liveLearner()
	p.Answers = nil
	got = Build(testEnv(t), "ajar.db", []Progress{p}, false).Learners[0].LiveSessions
	if len(got) != 2 || got[0].Answered != 1 || got[0].Answers[0].Question != "t1-l1-q2" {
		t.Errorf("from the last answers: %+v", got)
	}
}

// TestLiveSessionsInCSV: a column at the end, only when there are live
// answers, with each session's time and score for the lesson.
func TestLiveSessionsInCSV(t *testing.T) {
	env := testEnv(t)
	doc := Build(env, "ajar.db", []Progress{liveLearner()}, false)
	csvFormat, _ := FormatNamed("csv")
	var buf bytes.Buffer
	mustDo(t, csvFormat.Write(&buf, doc, env, Options{Comma: ';'}))
	lines := strings.Split(strings.TrimPrefix(buf.String(), utf8BOM), "\r\n")
	if !strings.HasSuffix(lines[0], ";kartu_jatuh_tempo;sesi_langsung") {
		t.Fatalf("header %q", lines[0])
	}
	want := map[string]string{"t1-l1": ";2026-11-21 09:02 1/2", "t1-l2": ";2026-11-22 09:00 1/1", "t2-l1": ";0;"}
	for _, l := range lines[1:] {
		for lesson, end := range want {
			if strings.Contains(l, ";"+lesson+";") {
				if !strings.HasSuffix(l, end) {
					t.Errorf("row of %s = %q, want it to end in %q", lesson, l, end)
				}
				delete(want, lesson)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("no rows for %v:\n%s", want, buf.String())
	}
}

// TestLiveAnswersInXAPI: every live answer is an answered statement whose
// context names the session; a live answer that is also the last one is
// stated once.
func TestLiveAnswersInXAPI(t *testing.T) {
	env := testEnv(t)
	xapi, _ := FormatNamed("xapi")
	var buf bytes.Buffer
	mustDo(t, xapi.Write(&buf, Build(env, "ajar.db", []Progress{liveLearner()}, false), env, Options{}))
	var stmts []map[string]any
	mustDo(t, json.Unmarshal(buf.Bytes(), &stmts))
	ids, live, plain := map[string]bool{}, map[string]int{}, 0
	for i, s := range stmts {
		for _, p := range reporttest.XAPIProblems(s) {
			t.Errorf("statement %d: %s", i, p)
		}
		if id := s["id"].(string); ids[id] {
			t.Errorf("statement %d: id %s twice", i, id)
		} else {
			ids[id] = true
		}
		ext, _ := s["context"].(map[string]any)["extensions"].(map[string]any)
		if session, ok := ext[liveExtension].(string); ok {
			live[session]++
		} else if strings.HasSuffix(s["verb"].(map[string]any)["id"].(string), "/answered") {
			plain++
		}
	}
	if live["2026-11-21T09:00"] != 2 || live["2026-11-22T09:00"] != 1 || plain != 1 {
		t.Errorf("live answered statements %v and %d others, want 2 and 1 live, 1 other", live, plain)
	}
}
