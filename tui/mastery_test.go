package tui

import (
	"strings"
	"testing"
	"time"

	"ajar/progress"
)

// TestStatsMasteryCountsTheWholeModule: one lesson of a module studied,
// even well, is not the module mastered. Module 1 of the test course has
// eight cards (lesson 1's six questions, lesson 2's question and
// flashcard); lesson 2's two cards are learned for good, so it reads 25%,
// never 100%.
func TestStatsMasteryCountsTheWholeModule(t *testing.T) {
	s := progress.Snapshot{Settings: progress.DefaultSettings(), Cards: map[string]progress.CardRecord{}}
	for _, id := range []string{"l2-q1", "l2-k1"} {
		s.Cards[id] = progress.CardRecord{ID: id, Kind: progress.KindQuestion, LessonID: "l2",
			Card: progress.Card{Phase: progress.PhaseReview, Stability: 40, Difficulty: 5, LastReview: testNow.Add(-time.Hour), Due: testNow.Add(40 * 24 * time.Hour), Reps: 4}}
	}
	s.Cards["l2-k1"] = func(c progress.CardRecord) progress.CardRecord { c.Kind = progress.KindFlashcard; return c }(s.Cards["l2-k1"])
	d, _ := newTestDeps(t)
	v := newStatsModel(d.Catalog, testTexts(), testStyles(d), d.Now, true).setSize(100, 40).open(progress.NewLearner(s)).View()
	var line string
	for _, l := range strings.Split(v, "\n") {
		if strings.Contains(l, "Modul Satu") {
			line = l
		}
	}
	if strings.Contains(line, "100%") || !strings.Contains(line, "25%") {
		t.Fatalf("module 1 has 2 of its 8 cards mastered:\n%s", v)
	}
}
