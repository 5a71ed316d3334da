// Package progresstest makes large progress files for benchmarks and
// manual trials: years of study by one learner, written through the store
// API (progress.Store.Apply), so the file is exactly what ajar itself
// would have written.
package progresstest

import (
	"fmt"
	"math/rand/v2"
	"time"

	"ajar/progress"
)

// Spec describes a learner's history.
type Spec struct {
	Profile string // the learner; "" is progress.DefaultProfile
	Cards   int    // review cards
	Reviews int    // review log rows, at least Cards (each card's first review creates it)
	// End is the moment of the last review; the history runs back from it
	// at about PerDay reviews a day.
	End    time.Time
	PerDay int // default 100
	// IDs names the first cards (real question ids, so the app can show
	// them), IDLessons their lessons; the rest are named gen-<n>, their
	// lessons taken from Lessons in turn (default l1).
	IDs       []string
	IDLessons []string
	Lessons   []string
	Seed      uint64
}

// batch is how many writes go into one transaction while generating.
const batch = 2000

// Generate writes the history into st and returns the number of reviews
// written. Ratings are mostly Good with some Again, as real logs are;
// cards are scheduled by FSRS-6 with default parameters.
func Generate(st progress.Store, s Spec) (int, error) {
	if s.Profile == "" {
		s.Profile = progress.DefaultProfile
	}
	if s.PerDay <= 0 {
		s.PerDay = 100
	}
	if len(s.Lessons) == 0 {
		s.Lessons = []string{"l1"}
	}
	if s.Reviews < s.Cards {
		s.Reviews = s.Cards
	}
	rng := rand.New(rand.NewPCG(s.Seed, 7))
	params := progress.DefaultParams()
	days := max(s.Reviews/s.PerDay, 1)
	start := s.End.AddDate(0, 0, -days)
	step := s.End.Sub(start) / time.Duration(s.Reviews)
	cards := make([]progress.Card, s.Cards)
	ids := make([]string, s.Cards)
	for i := range ids {
		if i < len(s.IDs) {
			ids[i] = s.IDs[i]
		} else {
			ids[i] = fmt.Sprintf("gen-%d", i)
		}
	}
	var ws []progress.Write
	flush := func() error {
		if len(ws) == 0 {
			return nil
		}
		_, err := st.Apply(s.Profile, ws...)
		ws = ws[:0]
		return err
	}
	for n := range s.Reviews {
		now := start.Add(time.Duration(n) * step)
		i := n
		if n >= s.Cards {
			i = rng.IntN(s.Cards)
		}
		rating := progress.Good
		switch x := rng.IntN(10); {
		case x < 2:
			rating = progress.Again
		case x == 2:
			rating = progress.Hard
		case x == 3:
			rating = progress.Easy
		}
		c := cards[i]
		after := params.Review(c, rating, now, ids[i])
		lesson := s.Lessons[i%len(s.Lessons)]
		if i < len(s.IDLessons) {
			lesson = s.IDLessons[i]
		}
		r := progress.Review{CardID: ids[i], Kind: progress.KindQuestion, LessonID: lesson, Rating: rating, At: now,
			Due: c.Phase == progress.PhaseReview && !c.Due.After(now), After: after,
			Answer: &progress.Answer{LessonID: lesson, QuestionID: ids[i], Given: "B", Correct: rating != progress.Again, At: now}}
		cards[i] = after
		ws = append(ws, progress.Write{Review: &r})
		if len(ws) == batch {
			if err := flush(); err != nil {
				return n, err
			}
		}
	}
	return s.Reviews, flush()
}
