package tui

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
	"unsafe"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"ajar/progress"
)

// startApp builds the root model at a size and loads the snapshot.
func startApp(t *testing.T, d Deps, w, h int) Model {
	t.Helper()
	m := New(d)
	m, _ = drive(t, m, tea.WindowSizeMsg{Width: w, Height: h})
	if cmd := m.Init(); cmd != nil {
		m, _ = drive(t, m, cmd())
	}
	return m
}

func TestAppLessonQuizSavesEverything(t *testing.T) {
	d, store := newTestDeps(t)
	m := startApp(t, d, 80, 24)
	m, _ = drive(t, m, keyMsg("enter"))
	if m.screen != screenReader {
		t.Fatalf("enter on home opened screen %v, want reader", m.screen)
	}
	m, _ = drive(t, m, keyMsg("G"), keyMsg("enter"))
	if m.screen != screenQuiz {
		t.Fatalf("enter at the end of the lesson gave screen %v, want quiz", m.screen)
	}
	m, _ = drive(t, m, keyMsg(pick(t, "l1-q1", "Jawaban A")), keyMsg("enter"), keyMsg(pick(t, "l1-q2", "Dua")), keyMsg("enter"))
	snap, err := store.Snapshot(progress.DefaultProfile)
	if err != nil {
		t.Fatal(err)
	}
	if snap.AnswerCount != 2 || !snap.LastAnswers["l1-q1"].Correct || snap.LastAnswers["l1-q2"].Correct {
		t.Fatalf("stored answers %+v, want q1 right and q2 wrong", snap.LastAnswers)
	}
	if snap.Lessons["l1"].OpenedAt != testNow {
		t.Fatalf("lesson open not recorded: %+v", snap.Lessons["l1"])
	}
	if snap.Position.Screen != progress.ScreenQuiz || snap.Position.Question != 2 {
		t.Fatalf("position %+v, want quiz question 2", snap.Position)
	}
	if m.saves.pending() != 0 {
		t.Fatalf("%d saves still pending", m.saves.pending())
	}
}

func TestAppQuitWaitsForPendingSaves(t *testing.T) {
	d, store := newTestDeps(t)
	m := startApp(t, d, 80, 24)
	m, saveCmd := m.write(progress.Write{Answer: &progress.Answer{LessonID: "l1", QuestionID: "l1-q1", Correct: true, At: testNow}})
	mm, quitCmd := m.Update(keyMsg("q"))
	m = mm.(Model)
	if _, ok := findMsg[tea.QuitMsg](runCmd(quitCmd)); ok {
		t.Fatal("quit did not wait for the pending save")
	}
	if !strings.Contains(m.View(), "Menyimpan") {
		t.Fatalf("quitting with a pending save should say so:\n%s", m.View())
	}
	_, after := drive(t, m, runCmd(saveCmd)...)
	if _, ok := findMsg[tea.QuitMsg](after); !ok {
		t.Fatalf("no quit after the save finished: %v", after)
	}
	if snap, _ := store.Snapshot(progress.DefaultProfile); snap.AnswerCount != 1 {
		t.Fatalf("answer not saved before quitting: %+v", snap)
	}
}

func TestAppQuitInReaderSavesPlace(t *testing.T) {
	d, store := newTestDeps(t)
	m := startApp(t, d, 80, 12)
	m, _ = drive(t, m, keyMsg("enter"), keyMsg("pgdown"))
	_, msgs := drive(t, m, keyMsg("q"))
	if _, ok := findMsg[tea.QuitMsg](msgs); !ok {
		t.Fatal("q in the reader did not quit")
	}
	snap, _ := store.Snapshot(progress.DefaultProfile)
	if snap.Position.LessonID != "l1" || snap.Position.Scroll <= 0 {
		t.Fatalf("position after quitting in the reader: %+v", snap.Position)
	}
}

// fullDisk fails every write with a review while full is set, like a disk
// with no room: positions alone still fit.
type fullDisk struct {
	progress.Store
	full *bool
}

func (f fullDisk) Apply(p string, ws ...progress.Write) ([]progress.Effect, error) {
	for _, w := range ws {
		if *f.full && w.Review != nil {
			return nil, errors.New("no space left on device")
		}
	}
	return f.Store.Apply(p, ws...)
}

func TestAppFailedSaveIsShownAndRetried(t *testing.T) {
	d, store := newTestDeps(t)
	full := true
	d.Store = fullDisk{Store: store, full: &full}
	m := startApp(t, d, 80, 24)
	for _, k := range []string{"enter", "G", "enter", "1"} {
		m, _ = drive(t, m, keyMsg(k))
	}
	v := m.View()
	if !strings.Contains(v, "Belum tersimpan: no space left on device") || !strings.Contains(v, "✗ belum tersimpan") {
		t.Fatalf("save error not shown on the answer and the status line:\n%s", v)
	}
	// The quiz goes on; the next place waits behind the failed answer, so
	// the two still land in order.
	m, _ = drive(t, m, keyMsg("enter"))
	if m.screen != screenQuiz || m.quiz.pos != 1 || m.saves.pending() != 2 {
		t.Fatalf("the quiz must go on after a failed save, the writes wait: screen %v, question %d, %d pending",
			m.screen, m.quiz.pos, m.saves.pending())
	}
	m, _ = drive(t, m, retrySavesMsg{}) // still full: stalls again
	if snap, _ := store.Snapshot(progress.DefaultProfile); snap.AnswerCount != 0 {
		t.Fatal("an answer was stored while the disk was full")
	}
	full = false
	m, _ = drive(t, m, retrySavesMsg{})
	snap, _ := store.Snapshot(progress.DefaultProfile)
	if snap.AnswerCount != 1 || !snap.LastAnswers["l1-q1"].Correct || snap.Position.Question != 1 {
		t.Fatalf("the failed answer was not saved on retry: %+v, position %+v", snap.LastAnswers, snap.Position)
	}
	if strings.Contains(m.View(), "Belum tersimpan") || m.saves.pending() != 0 {
		t.Fatal("the error line stays after the retry succeeded")
	}
}

func TestAppQuitWithFailingDiskAsksAgain(t *testing.T) {
	d, store := newTestDeps(t)
	full := true
	d.Store = fullDisk{Store: store, full: &full}
	m := startApp(t, d, 80, 24)
	for _, k := range []string{"enter", "G", "enter", "1"} {
		m, _ = drive(t, m, keyMsg(k))
	}
	m, msgs := drive(t, m, keyMsg("q"))
	if _, ok := findMsg[tea.QuitMsg](msgs); ok {
		t.Fatal("quit went ahead although an answer could not be saved")
	}
	if v := m.View(); !strings.Contains(v, "belum tersimpan") {
		t.Fatalf("no warning about unsaved answers:\n%s", v)
	}
	_, msgs = drive(t, m, keyMsg("q"))
	if _, ok := findMsg[tea.QuitMsg](msgs); !ok {
		t.Fatal("a second q must quit")
	}
}

func TestAppTooSmallWindow(t *testing.T) {
	d, _ := newTestDeps(t)
	m := startApp(t, d, 30, 8)
	if v := m.View(); !strings.Contains(v, "Perbesar jendela") {
		t.Fatalf("small window view: %q", v)
	}
	m, _ = drive(t, m, keyMsg("enter"), tea.WindowSizeMsg{Width: 1, Height: 1})
	_ = m.View() // must not panic at any size
}

func TestAppHelpToggles(t *testing.T) {
	d, _ := newTestDeps(t)
	m := startApp(t, d, 100, 24)
	short := m.View()
	m, _ = drive(t, m, keyMsg("?"))
	full := m.View()
	if !strings.Contains(full, "awal") || strings.Contains(short, "awal") {
		t.Fatalf("full help (with the 'g awal' key) should appear only after ?:\n%s", full)
	}
	if strings.Count(full, "\n") != strings.Count(short, "\n") {
		t.Fatal("the frame must keep the window height with full help shown")
	}
}

func TestAppEnglish(t *testing.T) {
	d, _ := newTestDeps(t)
	d.Lang = English
	m := startApp(t, d, 80, 24)
	if v := m.View(); !strings.Contains(v, "0 of 3 lessons done") || !strings.Contains(v, "quit") {
		t.Fatalf("English view:\n%s", v)
	}
}

func TestAppResumeReturnsToQuizQuestion(t *testing.T) {
	d, store := newTestDeps(t)
	if err := store.SavePosition(progress.DefaultProfile, progress.Position{LessonID: "l1", Screen: progress.ScreenQuiz, Question: 3, At: testNow}); err != nil {
		t.Fatal(err)
	}
	m := startApp(t, d, 80, 24)
	m, _ = drive(t, m, keyMsg("enter"))
	if m.screen != screenQuiz || m.quiz.question().ID != "l1-q4" {
		t.Fatalf("Lanjutkan went to screen %v, want quiz at l1-q4", m.screen)
	}
}

// TestAppFlow runs the real bubbletea loop at 80x24: open the first lesson,
// read to the end, answer the quiz, and check what the store holds.
func TestAppFlow(t *testing.T) {
	d, store := newTestDeps(t)
	tm := teatest.NewTestModel(t, New(d), teatest.WithInitialTermSize(80, 24))
	waitFor := func(s string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
			teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	}
	waitFor("Pelajaran Pertama")
	tm.Send(keyMsg("enter"))
	waitFor("Bagian")
	tm.Send(keyMsg("G"))
	tm.Send(keyMsg("enter"))
	waitFor("Soal 1 dari 6")
	for _, k := range []string{pick(t, "l1-q1", "Jawaban A"), "enter", pick(t, "l1-q2", "Satu"), pick(t, "l1-q2", "Tiga"), "enter", "enter", "1", "enter"} {
		tm.Send(keyMsg(k))
	}
	tm.Type("1990")
	tm.Send(keyMsg("enter"))
	waitFor("Terbit 1990")
	tm.Send(keyMsg("enter"))
	tm.Send(keyMsg("space")) // grab, then answer as shown
	tm.Send(keyMsg("enter"))
	tm.Send(keyMsg("enter"))
	for _, k := range []string{"1", "2", "3", "enter", "enter"} { // pairs as shown: never all right
		tm.Send(keyMsg(k))
	}
	waitFor("Skor:")
	tm.Send(keyMsg("q"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	golden.RequireEqual(t, ansi.Strip(final.View()))

	snap, err := store.Snapshot(progress.DefaultProfile)
	if err != nil {
		t.Fatal(err)
	}
	rec := snap.Lessons["l1"]
	if !rec.Completed() || rec.Attempts != 1 || rec.BestTotal != 6 || rec.BestCorrect < 4 {
		t.Fatalf("lesson record %+v, want one completed attempt with at least 4 of 6", rec)
	}
	if snap.AnswerCount != 6 || snap.Position.LessonID != "l2" {
		t.Fatalf("answers %d (want 6), resume at %q (want l2)", snap.AnswerCount, snap.Position.LessonID)
	}
}

func TestAppGlossaryOpensAndReturns(t *testing.T) {
	d, _ := newTestDeps(t)
	m := startApp(t, d, 80, 24)
	m, _ = drive(t, m, keyMsg("i"))
	if v := ansi.Strip(m.View()); m.screen != screenGlossary || !strings.Contains(v, "Glosarium") || !strings.Contains(v, "Sistem Pemerintahan Berbasis Elektronik") {
		t.Fatalf("glossary not shown from home:\n%s", v)
	}
	if v := m.View(); strings.Contains(v, "mulai kuis") {
		t.Fatal("the glossary must not offer a quiz")
	}
	m, _ = drive(t, m, keyMsg("esc"))
	if m.screen != screenHome {
		t.Fatalf("esc from the glossary went to %v, want home", m.screen)
	}
	m, _ = drive(t, m, keyMsg("enter"), keyMsg("i"))
	if m.screen != screenGlossary {
		t.Fatal("i in the reader must open the glossary")
	}
	m, _ = drive(t, m, keyMsg("esc"))
	if m.screen != screenReader || m.reader.lesson.ID != "l1" {
		t.Fatalf("esc from the glossary went to %v, want back to the lesson", m.screen)
	}
}

func TestAppNoGlossaryNoKey(t *testing.T) {
	d, _ := newTestDeps(t)
	d.Catalog.Glossary = ""
	m := startApp(t, d, 100, 24)
	if strings.Contains(m.View(), "glosarium") {
		t.Fatal("help offers a glossary the course does not have")
	}
	m, _ = drive(t, m, keyMsg("i"))
	if m.screen != screenHome {
		t.Fatal("i without a glossary must do nothing")
	}
}

// TestAppReviewAfterDays finishes a lesson, comes back three days later
// (as --now would), reviews its cards, undoes one, and checks the store.
func TestAppReviewAfterDays(t *testing.T) {
	d, store := newTestDeps(t)
	now := testNow
	d.Now = func() time.Time { return now }
	m := startApp(t, d, 80, 24)
	for _, k := range []string{"j", "enter", "G", "enter", "1", "enter"} { // lesson 2: one question, right
		m, _ = drive(t, m, keyMsg(k))
	}
	snap, _ := store.Snapshot(progress.DefaultProfile)
	if len(snap.Cards) != 2 || snap.Cards["l2-q1"].Card.Phase != progress.PhaseLearning || snap.Cards["l2-k1"].Kind != progress.KindFlashcard {
		t.Fatalf("finishing lesson 2 must give its question and flashcard cards: %+v", snap.Cards)
	}

	now = testNow.Add(3 * 24 * time.Hour)
	m = startApp(t, d, 80, 24)
	if v := m.View(); !strings.Contains(v, "Ulasan hari ini: 2 kartu") {
		t.Fatalf("home must offer the review first:\n%s", v)
	}
	m, _ = drive(t, m, keyMsg("enter"))
	if m.screen != screenReview {
		t.Fatal("enter on the review row must start the review")
	}
	for _, k := range []string{"1", "enter", "space", "4"} { // question right (Good), flashcard Easy
		m, _ = drive(t, m, keyMsg(k))
	}
	if log := reviewLog(t, store); len(log) != 3 || log[2].Rating != progress.Easy {
		t.Fatalf("review log %+v, want the seed review plus two", log)
	}
	m, _ = drive(t, m, keyMsg("u"))
	snap, _ = store.Snapshot(progress.DefaultProfile)
	if log := reviewLog(t, store); len(log) != 2 || snap.Cards["l2-k1"].Card.Phase != progress.PhaseNew {
		t.Fatalf("undo must revert the flashcard's rating in the store: %d reviews, card %+v", len(log), snap.Cards["l2-k1"])
	}
	if m.review.fc == nil || m.review.phase != reviewAsking {
		t.Fatal("undo must show the flashcard again")
	}
	m, _ = drive(t, m, keyMsg("space"), keyMsg("4"))
	if v := m.View(); !strings.Contains(v, "Diulas: 2 kartu") {
		t.Fatalf("review summary:\n%s", v)
	}
	m, _ = drive(t, m, keyMsg("esc"), keyMsg("s"))
	if v := m.View(); m.screen != screenStats || !strings.Contains(v, "Runtun: 1 hari") {
		t.Fatalf("statistics:\n%s", v)
	}
	m, _ = drive(t, m, keyMsg("b"), keyMsg("r"))
	if snap, _ = store.Snapshot(progress.DefaultProfile); snap.Settings.NewPerDay != 30 || !snap.Settings.HideStreak {
		t.Fatalf("settings changed on the statistics screen must be stored: %+v", snap.Settings)
	}
}

// TestFinalWritesAfterAbruptEnd ends the program as a closed window does:
// the queued answer and the learner's place must still reach the store.
func TestFinalWritesAfterAbruptEnd(t *testing.T) {
	d, store := newTestDeps(t)
	m := startApp(t, d, 80, 24)
	m, _ = drive(t, m, keyMsg("enter"), keyMsg("pgdown"))
	// A write is running (busy) and one waits behind it.
	m, _ = m.write(progress.Write{Position: &progress.Position{LessonID: "l1", Screen: progress.ScreenReader, At: testNow}})
	m, _ = m.write(progress.Write{Answer: &progress.Answer{LessonID: "l1", QuestionID: "l1-q1", Correct: true, At: testNow}})
	writes := m.FinalWrites()
	if len(writes) != 2 {
		t.Fatalf("%d final writes, want the waiting answer and the reader's place", len(writes))
	}
	for _, w := range writes {
		if _, failed := w().(saveFailedMsg); failed {
			t.Fatal("a final write failed")
		}
	}
	snap, _ := store.Snapshot(progress.DefaultProfile)
	if snap.AnswerCount != 1 || snap.Position.Scroll <= 0 {
		t.Fatalf("after the final writes: %d answers, position %+v", snap.AnswerCount, snap.Position)
	}
	if q, _ := drive(t, startApp(t, d, 80, 24), keyMsg("q")); len(q.FinalWrites()) != 0 {
		t.Fatal("after a normal quit nothing is owed")
	}
}

func TestAppTooSmallMessageWraps(t *testing.T) {
	d, _ := newTestDeps(t)
	m := startApp(t, d, 30, 8)
	v := m.View()
	if !strings.Contains(v, "30×8") || strings.Contains(v, "…") {
		t.Fatalf("the whole message must show, wrapped:\n%s", v)
	}
}

// reviewLog reads the default learner's review log.
func reviewLog(t *testing.T, store *progress.MemStore) []progress.Review {
	t.Helper()
	var log []progress.Review
	if err := store.ReviewLog(progress.DefaultProfile, func(r progress.Review) error { log = append(log, r); return nil }); err != nil {
		t.Fatal(err)
	}
	return log
}

// TestDueCountLeavesOutRemovedQuestions: a card whose question left the
// course (a trainer edited a module) is not counted as due, since the
// review cannot show it, and it does not use up the daily cap.
func TestDueCountLeavesOutRemovedQuestions(t *testing.T) {
	d, store := newTestDeps(t)
	past := testNow.Add(-48 * time.Hour)
	for _, id := range []string{"l1-q1", "gone-q1", "gone-q2"} {
		r := progress.Review{CardID: id, Kind: progress.KindQuestion, LessonID: "l1", Rating: progress.Good, At: past.Add(-72 * time.Hour),
			After: progress.Card{Stability: 3, Difficulty: 5, Phase: progress.PhaseReview, Due: past, LastReview: past.Add(-72 * time.Hour), Reps: 1}}
		if _, err := store.SaveReview(progress.DefaultProfile, r); err != nil {
			t.Fatal(err)
		}
	}
	m := startApp(t, d, 80, 24)
	if v := m.View(); !strings.Contains(v, "Ulasan hari ini: 1 kartu") {
		t.Fatalf("the due count must leave out cards of removed questions:\n%s", v)
	}
}

// TestRootModelStaysSmall guards the size of the root model, which is
// copied several times on every key: a screen that embeds a large value
// (a text field, a style set) should hold it by pointer instead. It was
// 176 KB before the screens shared their texts and styles.
func TestRootModelStaysSmall(t *testing.T) {
	if size := unsafe.Sizeof(Model{}); size > 24<<10 {
		t.Fatalf("the root model is %d bytes; keep it under 24 KB", size)
	}
}
