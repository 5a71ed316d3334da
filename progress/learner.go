package progress

import (
	"cmp"
	"slices"
	"strings"
	"time"
)

// Learner is the progress the app holds for the learner at the keyboard:
// a Snapshot kept current with Apply, plus an index of the cards by when
// they fall due. With it, the course map's due count and the daily
// review's queue cost O(log n) per saved review and O(queue) to build,
// instead of a pass and a sort over every card: at 20,000 cards a save
// stays far below a millisecond of work on the UI thread.
//
// A Learner is not safe for concurrent use; the app's update loop owns it.
type Learner struct {
	Snapshot
	// keep says which cards the index holds; nil keeps all (see
	// NewLearnerOf).
	keep    func(CardRecord) bool
	steps   []queued // learning and relearning cards, by due time then id
	reviews []queued // review cards, by due time then id
	fresh   []queued // new cards, by creation time then id
}

// NewLearner indexes a snapshot. The Learner takes the snapshot's maps
// over: the caller must not change them afterwards except through Apply.
func NewLearner(s Snapshot) *Learner { return NewLearnerOf(s, nil) }

// NewLearnerOf is NewLearner with only the cards keep accepts in the due
// index: the app keeps the cards whose question or flashcard is still in
// the course, so the due count and the review's queue (and its daily caps)
// count only cards it can show. Cards left out stay in Cards, with their
// history, for the day their content comes back.
func NewLearnerOf(s Snapshot, keep func(CardRecord) bool) *Learner {
	s.ensureMaps()
	l := &Learner{Snapshot: s, keep: keep, steps: make([]queued, 0, len(s.Cards)/4),
		reviews: make([]queued, 0, len(s.Cards)), fresh: make([]queued, 0, len(s.Cards)/4)}
	for _, c := range s.Cards {
		if keep == nil || keep(c) {
			l.steps, l.reviews, l.fresh = appendQueued(l.steps, l.reviews, l.fresh, c)
		}
	}
	slices.SortFunc(l.steps, byDue)
	slices.SortFunc(l.reviews, byDue)
	slices.SortFunc(l.fresh, byCreated)
	return l
}

// byDue and byCreated order index entries as DueQueue does (compareQueued),
// written out because sorting 20,000 cards through a key function is
// several times slower.
func byDue(a, b queued) int {
	if a.due != b.due {
		return cmp.Compare(a.due, b.due)
	}
	return strings.Compare(a.id, b.id)
}

func byCreated(a, b queued) int {
	if a.created != b.created {
		return cmp.Compare(a.created, b.created)
	}
	return strings.Compare(a.id, b.id)
}

// entry is a card's place in the index.
func entry(c CardRecord) queued {
	return queued{id: c.ID, due: c.Card.Due.UnixNano(), created: c.Created.UnixNano()}
}

// appendQueued adds a card to the list its phase belongs in.
func appendQueued(steps, reviews, fresh []queued, c CardRecord) ([]queued, []queued, []queued) {
	switch c.Card.Phase {
	case PhaseNew:
		fresh = append(fresh, entry(c))
	case PhaseReview:
		reviews = append(reviews, entry(c))
	default:
		steps = append(steps, entry(c))
	}
	return steps, reviews, fresh
}

// list returns the index list of a phase and its order.
func (l *Learner) list(ph Phase) (*[]queued, func(a, b queued) int) {
	switch ph {
	case PhaseNew:
		return &l.fresh, byCreated
	case PhaseReview:
		return &l.reviews, byDue
	}
	return &l.steps, byDue
}

// unindex removes a card from the index.
func (l *Learner) unindex(c CardRecord) {
	list, order := l.list(c.Card.Phase)
	if i, found := slices.BinarySearchFunc(*list, entry(c), order); found {
		*list = slices.Delete(*list, i, i+1)
	}
}

// index adds a card to the index, if it is one the index keeps.
func (l *Learner) index(c CardRecord) {
	if l.keep != nil && !l.keep(c) {
		return
	}
	list, order := l.list(c.Card.Phase)
	e := entry(c)
	i, _ := slices.BinarySearchFunc(*list, e, order)
	*list = slices.Insert(*list, i, e)
}

// Apply folds a committed write's effect into the learner's progress and
// the due index (see Snapshot.Apply).
func (l *Learner) Apply(e Effect) {
	for _, c := range e.Cards {
		if old, ok := l.Cards[c.ID]; ok {
			l.unindex(old)
		}
		l.index(c)
	}
	if e.Removed != "" {
		if old, ok := l.Cards[e.Removed]; ok {
			l.unindex(old)
		}
	}
	l.Snapshot.Apply(e)
}

// Counts are the cards the daily review would show now, by kind, as
// Anki's three numbers: new cards (within what is left of the day's
// new-card cap), cards in learning or relearning steps that are due, and
// review cards due (within what is left of the review cap). A card that
// comes back in a learning step moves from one number to another, so as
// a learner works the total only goes down.
type Counts struct {
	New, Learning, Review int
}

// Total is the number of cards.
func (c Counts) Total() int { return c.New + c.Learning + c.Review }

// Counts are the cards the daily review would show now: the kinds of
// DueQueue's cards, counted without building it.
func (l *Learner) Counts(now time.Time) Counts {
	newLeft, reviewsLeft := l.capsLeft(now)
	return Counts{New: min(len(l.fresh), newLeft), Learning: dueBefore(l.steps, now), Review: min(l.reviewsDue(now), reviewsLeft)}
}

// Later counts the cards in learning or relearning steps that fall due
// later this study day, and says when the first one does: what the
// course map tells a learner who has finished the cards due now (they are
// not shown before they are due, so the review would be empty).
func (l *Learner) Later(now time.Time) (n int, first time.Time) {
	from, to := dueBefore(l.steps, now), dueBefore(l.steps, studyDayEnd(now))
	if to > from {
		first = time.Unix(0, l.steps[from].due).In(now.Location())
	}
	return to - from, first
}

// studyDayEnd is the last moment of now's study day.
func studyDayEnd(now time.Time) time.Time {
	return StudyDayBegins(StudyDay(now)+1, now.Location()).Add(-time.Nanosecond)
}

// reviewsDue counts the review cards due at now (see Card.IsDue), caps
// aside: those due before the study day ends.
func (l *Learner) reviewsDue(now time.Time) int { return dueBefore(l.reviews, studyDayEnd(now)) }

// DueQueue returns the cards to review now, in the order to show them;
// the same queue as the package function DueQueue over the learner's
// cards, built from the index in O(queue length).
func (l *Learner) DueQueue(now time.Time, group func(CardRecord) string) []string {
	newLeft, reviewsLeft := l.capsLeft(now)
	steps := l.steps[:dueBefore(l.steps, now)]
	reviews := l.reviews[:min(l.reviewsDue(now), reviewsLeft)]
	fresh := l.fresh[:min(len(l.fresh), newLeft)]
	groupOf := func(e queued) string {
		if group == nil {
			return ""
		}
		return group(l.Cards[e.id])
	}
	ordered := append(slices.Clone(steps), spread(interleave(slices.Clone(reviews), groupOf), interleave(slices.Clone(fresh), groupOf))...)
	ids := make([]string, len(ordered))
	for i, e := range ordered {
		ids[i] = e.id
	}
	return ids
}

// capsLeft is what is left of the daily caps at now, in its study day.
func (l *Learner) capsLeft(now time.Time) (newLeft, reviewsLeft int) {
	done := l.Days.since(StudyDay(now))
	return max(l.Settings.NewPerDay-done.New, 0), max(l.Settings.ReviewsPerDay-done.Old, 0)
}

// dueBefore counts the entries of a due-ordered list due at or before now.
func dueBefore(list []queued, now time.Time) int {
	t := now.UnixNano()
	i, _ := slices.BinarySearchFunc(list, t, func(e queued, t int64) int {
		if e.due <= t {
			return -1
		}
		return 1
	})
	return i
}

// NextDue is when the next card that is not new falls due after now, or
// zero when there is none: a learning step at its minute, a review card
// at the start of its study day (see Card.IsDue).
func (l *Learner) NextDue(now time.Time) time.Time {
	var next time.Time
	if i := dueBefore(l.steps, now); i < len(l.steps) {
		next = time.Unix(0, l.steps[i].due)
	}
	if i := l.reviewsDue(now); i < len(l.reviews) {
		review := Card{Phase: PhaseReview, Due: time.Unix(0, l.reviews[i].due)}
		if t := review.ShownFrom(now.Location()); next.IsZero() || t.Before(next) {
			next = t
		}
	}
	return next.In(now.Location())
}
