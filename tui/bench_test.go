package tui

import (
	tea "github.com/charmbracelet/bubbletea"
	"testing"
	"time"

	"ajar/progress"
	"ajar/progress/progresstest"
)

// benchApp is the tutor at the course map with a learner of the given
// size in a MemStore.
func benchApp(b *testing.B, cards, reviews int) (Model, *progress.MemStore) {
	b.Helper()
	t := &testing.T{}
	d, store := newTestDeps(t)
	ids, lessons := []string{}, []string{}
	for _, l := range d.Catalog.Lessons() {
		for _, q := range l.Questions {
			ids, lessons = append(ids, q.ID), append(lessons, l.ID)
		}
	}
	if _, err := progresstest.Generate(store, progresstest.Spec{Cards: cards, Reviews: reviews, End: testNow.Add(-time.Hour),
		IDs: ids, IDLessons: lessons, Lessons: lessons, Seed: 3}); err != nil {
		b.Fatal(err)
	}
	m := New(d)
	mm, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = mm.(Model)
	snap, err := store.Snapshot(progress.DefaultProfile)
	if err != nil {
		b.Fatal(err)
	}
	mm, _ = m.Update(jobDoneMsg{msg: snapshotLoadedMsg{snap: snap}})
	return mm.(Model), store
}

// BenchmarkKeyOnCourseMap is one key on the course map: what moving the
// cursor costs, and allocates, on the UI thread.
func BenchmarkKeyOnCourseMap(b *testing.B) {
	m, _ := benchApp(b, 300, 1000)
	down, up := keyMsg("j"), keyMsg("k")
	b.ReportAllocs()
	for b.Loop() {
		mm, _ := m.Update(down)
		mm, _ = mm.Update(up)
		m = mm.(Model)
	}
}

// BenchmarkSaveOnUIThread is the UI thread's share of a saved answer at
// 20,000 cards: the effects folded into the learner, the course map's due
// count, and the screens told. It must stay far below a millisecond and
// not grow with the log.
func BenchmarkSaveOnUIThread(b *testing.B) {
	for _, size := range []struct {
		name           string
		cards, reviews int
	}{{"300cards-1k", 300, 1000}, {"20kcards-20k", 20000, 20000}, {"20kcards-200k", 20000, 200000}} {
		b.Run(size.name, func(b *testing.B) {
			m, store := benchApp(b, size.cards, size.reviews)
			now := testNow
			r := progress.Review{CardID: "l1-q1", Kind: progress.KindQuestion, LessonID: "l1", Rating: progress.Good, At: now,
				After:  progress.Card{Stability: 5, Difficulty: 5, Phase: progress.PhaseReview, Due: now.Add(96 * time.Hour), LastReview: now, Reps: 2},
				Answer: &progress.Answer{LessonID: "l1", QuestionID: "l1-q1", Given: "B", Correct: true, At: now}}
			pos := progress.Position{LessonID: "l1", Screen: progress.ScreenQuiz, Question: 1, At: now}
			ws := []progress.Write{{Review: &r}, {Position: &pos}}
			effects, err := store.Apply(progress.DefaultProfile, ws...)
			if err != nil {
				b.Fatal(err)
			}
			job := saveJob{profile: progress.DefaultProfile, reqs: []saveReq{{writes: ws, tag: saveTag{screen: screenQuiz, n: 1}}}}
			msg := savedMsg{profile: progress.DefaultProfile, jobs: []saveJob{job}, effects: effects}
			b.ReportAllocs()
			for b.Loop() {
				m.saves.busy = true // as when the write was running
				mm, _ := m.Update(msg)
				m = mm.(Model)
			}
		})
	}
}
