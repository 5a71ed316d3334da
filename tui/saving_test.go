package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"ajar/progress"
)

// TestAnswersCommitInOrderAndAreMarkedOnlyAfter reproduces the loss found
// under bursts of keys: answers given faster than the disk commits them
// must reach the store in the order given, the ones that queued during a
// write must commit together, and the "saved" mark must appear only once
// an answer's transaction has committed.
func TestAnswersCommitInOrderAndAreMarkedOnlyAfter(t *testing.T) {
	d, store := newTestDeps(t)
	m := startApp(t, d, 80, 24)
	m, _ = drive(t, m, keyMsg("enter"), keyMsg("G"), keyMsg("enter")) // l1's quiz
	if m.screen != screenQuiz {
		t.Fatal("the quiz did not start")
	}
	// Three answers and moves to the next question, as fast as keys come:
	// no Cmd runs in between, as when the disk is slow.
	var pending []tea.Cmd
	for _, k := range []string{pick(t, "l1-q1", "Jawaban A"), "enter", pick(t, "l1-q2", "Dua"), "enter", "x"} {
		mm, cmd := m.Update(keyMsg(k))
		m = mm.(Model)
		if cmd != nil {
			pending = append(pending, cmd)
		}
	}
	if snap, _ := store.Snapshot(progress.DefaultProfile); snap.AnswerCount != 0 {
		t.Fatal("something was stored before any write ran")
	}
	// Only the first answer's write is running; the place saved on moving
	// on and the second answer wait behind it.
	if n := m.saves.pending(); n != 3 {
		t.Fatalf("%d saves pending, want the running one and two waiting", n)
	}
	// Run the Cmds last first, as goroutines may finish in any order.
	var msgs []tea.Msg
	for i := len(pending) - 1; i >= 0; i-- {
		msgs = append(msgs, runCmd(pending[i])...)
	}
	var saved []tea.Msg
	for _, msg := range msgs {
		if _, ok := msg.(savedMsg); ok {
			saved = append(saved, msg)
		}
	}
	if len(saved) != 1 {
		t.Fatalf("%d writes committed, want the first answer's alone", len(saved))
	}
	// The second answer's feedback is on screen, not yet saved.
	if v := m.View(); !strings.Contains(v, "Soal 2 dari 6 · … menyimpan") || strings.Contains(v, "tersimpan") {
		t.Fatalf("the second answer is marked before its write committed:\n%s", v)
	}
	m, after := drive(t, m, saved[0]) // the first commit lets the waiting ones run
	var groups []savedMsg
	for _, msg := range after {
		if g, ok := msg.(savedMsg); ok {
			groups = append(groups, g)
		}
	}
	if len(groups) != 2 || len(groups[1].jobs) != 2 {
		t.Fatalf("the two waiting saves committed in %d transactions, want one group of two", len(groups)-1)
	}
	log, err := store.AnswerLog(progress.DefaultProfile)
	if err != nil {
		t.Fatal(err)
	}
	if len(log) != 2 || log[0].QuestionID != "l1-q1" || log[1].QuestionID != "l1-q2" {
		t.Fatalf("answer log %+v, want l1-q1 then l1-q2", log)
	}
	if v := m.View(); !strings.Contains(v, "Soal 2 dari 6 · ✓ tersimpan") {
		t.Fatalf("the committed answer is not marked saved:\n%s", v)
	}
	if snap, _ := store.Snapshot(progress.DefaultProfile); snap.Position.Question != 2 {
		t.Fatalf("position %+v, want question 2 (saved with the answer)", snap.Position)
	}
}

// TestDamageFoundDuringTheSessionIsSaidAndRemembered: the check of the
// whole file ends after the first screen; when it finds damage the
// learner is told at once, in words, and main learns it at the end to
// offer recovery.
func TestDamageFoundDuringTheSessionIsSaidAndRemembered(t *testing.T) {
	d, _ := newTestDeps(t)
	d.Verify = func() error {
		return fmt.Errorf("progress: check: /x/ajar.db: %w: page 50: keys out of order", progress.ErrCorrupt)
	}
	m := startApp(t, d, 80, 24)
	if !m.Damaged() {
		t.Fatal("the damage found by the check is not remembered")
	}
	v := m.View()
	if !strings.Contains(v, "Berkas kemajuan rusak") || strings.Contains(v, "keys out of order") {
		t.Fatalf("the damage must be said in words:\n%s", v)
	}
}
