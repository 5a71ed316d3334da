package progress_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"ajar/progress"
	"ajar/progress/progresstest"
)

// The sizes of the benchmarks: a fresh course's worth of cards and a few
// weeks of reviews, up to years of daily study.
var benchSizes = []struct {
	name           string
	cards, reviews int
}{
	{"300cards-1k", 300, 1000},
	{"20kcards-20k", 20000, 20000},
	{"20kcards-200k", 20000, 200000},
}

var benchEnd = time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)

var (
	benchMu    sync.Mutex
	benchFiles = map[string]string{}
)

// benchFile returns a progress file of the given size, made once per run.
func benchFile(b *testing.B, cards, reviews int) string {
	b.Helper()
	benchMu.Lock()
	defer benchMu.Unlock()
	key := fmt.Sprint(cards, reviews)
	if p, ok := benchFiles[key]; ok {
		return p
	}
	dir, err := os.MkdirTemp("", "ajar-bench")
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(dir, "ajar.db")
	st, err := progress.Open(path, progress.Options{})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := progresstest.Generate(st, progresstest.Spec{Cards: cards, Reviews: reviews, End: benchEnd, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	if err := st.Close(); err != nil {
		b.Fatal(err)
	}
	benchFiles[key] = path
	return path
}

// copyOf gives each benchmark its own copy, so writes do not pile up.
func copyOf(b *testing.B, path string) string {
	b.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(b.TempDir(), "ajar.db")
	if err := os.WriteFile(out, data, 0o600); err != nil {
		b.Fatal(err)
	}
	return out
}

// BenchmarkOpen is what start-up does with the file: open it, read the
// learner and index the cards. The structure check runs in the
// background and is measured by BenchmarkVerify.
func BenchmarkOpen(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			path := benchFile(b, size.cards, size.reviews)
			for b.Loop() {
				st, err := progress.Open(path, progress.Options{})
				if err != nil {
					b.Fatal(err)
				}
				snap, err := st.Snapshot(progress.DefaultProfile)
				if err != nil {
					b.Fatal(err)
				}
				if l := progress.NewLearner(snap); len(l.Cards) != size.cards {
					b.Fatalf("%d cards", len(l.Cards))
				}
				b.StopTimer()
				st.Verify() // the background check ends before closing, off the clock
				st.Close()
				b.StartTimer()
			}
		})
	}
}

// BenchmarkVerify is the full structure check of the file.
func BenchmarkVerify(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			path := benchFile(b, size.cards, size.reviews)
			for b.Loop() {
				if err := progress.CheckFile(path); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// reviewAt is one more review of card id at now.
func reviewAt(id string, now time.Time) progress.Write {
	r := progress.Review{CardID: id, Kind: progress.KindQuestion, LessonID: "l1", Rating: progress.Good, At: now,
		After:  progress.Card{Stability: 5, Difficulty: 5, Phase: progress.PhaseReview, Due: now.Add(96 * time.Hour), LastReview: now, Reps: 2},
		Answer: &progress.Answer{LessonID: "l1", QuestionID: id, Given: "B", Correct: true, At: now}}
	return progress.Write{Review: &r}
}

// BenchmarkSave is one answer's transaction on disk (the save queue's
// goroutine, not the UI's): review, answer, card and position together.
func BenchmarkSave(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			st, err := progress.Open(copyOf(b, benchFile(b, size.cards, size.reviews)), progress.Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			now := benchEnd
			for b.Loop() {
				now = now.Add(time.Minute)
				pos := progress.Position{LessonID: "l1", Screen: progress.ScreenQuiz, Question: 1, At: now}
				if _, err := st.Apply(progress.DefaultProfile, reviewAt("gen-5", now), progress.Write{Position: &pos}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkUndo is an undo's transaction on disk, after one review.
func BenchmarkUndo(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			st, err := progress.Open(copyOf(b, benchFile(b, size.cards, size.reviews)), progress.Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			now := benchEnd
			for b.Loop() {
				now = now.Add(time.Minute)
				b.StopTimer()
				if _, err := st.Apply(progress.DefaultProfile, reviewAt("gen-7", now)); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if _, err := st.Apply(progress.DefaultProfile, progress.Write{Undo: true}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// learnerOf loads the learner of a benchmark file into memory.
func learnerOf(b *testing.B, cards, reviews int) (*progress.Learner, progress.Store) {
	b.Helper()
	st, err := progress.Open(copyOf(b, benchFile(b, cards, reviews)), progress.Options{})
	if err != nil {
		b.Fatal(err)
	}
	snap, err := st.Snapshot(progress.DefaultProfile)
	if err != nil {
		b.Fatal(err)
	}
	return progress.NewLearner(snap), st
}

// BenchmarkFoldSave is the UI thread's share of a saved answer: folding
// its effects into the learner and counting what is due for the course
// map. It must not grow with the log, and stay far below a millisecond at
// 20,000 cards.
func BenchmarkFoldSave(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			l, st := learnerOf(b, size.cards, size.reviews)
			defer st.Close()
			now := benchEnd.Add(time.Hour)
			effects, err := st.Apply(progress.DefaultProfile, reviewAt("gen-11", now))
			if err != nil {
				b.Fatal(err)
			}
			undo, err := st.Apply(progress.DefaultProfile, progress.Write{Undo: true})
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				// A save and its undo, so every round changes the same card.
				l.Apply(effects[0])
				l.Apply(undo[0])
				if l.Counts(now).Total() < 0 {
					b.Fatal("negative due count")
				}
			}
		})
	}
}

// BenchmarkDueQueue builds the daily review's queue from the index.
func BenchmarkDueQueue(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			l, st := learnerOf(b, size.cards, size.reviews)
			defer st.Close()
			group := func(c progress.CardRecord) string { return c.LessonID }
			for b.Loop() {
				l.DueQueue(benchEnd.Add(48*time.Hour), group)
			}
		})
	}
}

// BenchmarkStats computes the statistics screen from cards and day counts.
func BenchmarkStats(b *testing.B) {
	for _, size := range benchSizes {
		b.Run(size.name, func(b *testing.B) {
			l, st := learnerOf(b, size.cards, size.reviews)
			defer st.Close()
			for b.Loop() {
				l.Stats(benchEnd, func(c progress.CardRecord) string { return c.LessonID }, nil)
			}
		})
	}
}
