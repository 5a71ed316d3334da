package tui

import (
	"strings"
	"testing"
	"time"

	"ajar/progress"
)

// TestHomeCountsTheStudyDay: the course map's count follows the study day
// (04:00 local): two new cards introduced at 23:00 and 02:00 use up a cap
// of two for the night, and at 04:30 the cap is fresh and the review card
// due that day counts, in UTC, WIB and WIT.
func TestHomeCountsTheStudyDay(t *testing.T) {
	for _, loc := range []*time.Location{time.UTC, time.FixedZone("WIB", 7*3600), time.FixedZone("WIT", 9*3600)} {
		at := func(day, h, m int) time.Time { return time.Date(2026, 3, day, h, m, 0, 0, loc) }
		store := progress.NewMemStore()
		for i, when := range []time.Time{at(2, 23, 0), at(3, 2, 0)} {
			id := []string{"l1-q1", "l1-q3"}[i]
			r := progress.Review{CardID: id, Kind: progress.KindQuestion, LessonID: "l1", Rating: progress.Good, At: when,
				After: progress.DefaultParams().Review(progress.Card{}, progress.Good, when, id)}
			r.After.Phase, r.After.Due = progress.PhaseReview, at(9, 12, 0) // not due this week
			if _, err := store.Apply(progress.DefaultProfile, progress.Write{Review: &r}); err != nil {
				t.Fatal(err)
			}
		}
		snap, err := store.Snapshot(progress.DefaultProfile)
		if err != nil {
			t.Fatal(err)
		}
		snap.Settings = progress.Settings{NewPerDay: 2, ReviewsPerDay: 10}
		snap.Cards["l2-k1"] = progress.CardRecord{ID: "l2-k1", Kind: progress.KindFlashcard, LessonID: "l2", Created: at(1, 9, 0)}
		snap.Cards["l2-q1"] = progress.CardRecord{ID: "l2-q1", Kind: progress.KindQuestion, LessonID: "l2", Created: at(1, 9, 0),
			Card: progress.Card{Phase: progress.PhaseReview, Stability: 3, Difficulty: 5, LastReview: at(1, 9, 0), Due: at(3, 15, 0)}}
		d, _ := newTestDeps(t)
		for _, c := range []struct {
			now  time.Time
			want string
		}{{at(3, 3, 0), ""}, {at(3, 4, 30), "Ulasan hari ini: 2 kartu"}} {
			m := newHomeModel(d.Catalog, d.Title, testTexts(), testStyles(d)).setSize(80, 30)
			m = m.withLearner(progress.NewLearner(snap), c.now)
			v := m.View()
			if c.want == "" && strings.Contains(v, "Ulasan hari ini") || c.want != "" && !strings.Contains(v, c.want) {
				t.Errorf("%s at %s: want %q on the course map:\n%s", loc, c.now.Format("15:04"), c.want, v)
			}
		}
	}
}
