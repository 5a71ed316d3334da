package progress

import (
	"cmp"
	"slices"
	"strings"
	"time"
)

// IsDue reports whether the daily review shows c at now. A card in
// learning or relearning steps is due from its minute. A review card is
// due from the start of the study day it falls due on (as in Anki), so a
// day's reviews can be done in one sitting, whatever hour the last one
// was, and "today" means the same on the course map, in the review and in
// the statistics. A new card is never due: the daily new-card cap brings
// it in.
func (c Card) IsDue(now time.Time) bool {
	return c.Phase != PhaseNew && !c.ShownFrom(now.Location()).After(now)
}

// ShownFrom is when the daily review starts showing a card that is not
// new, in loc (see IsDue): a learning step's due minute, or the start of
// a review card's study day.
func (c Card) ShownFrom(loc *time.Location) time.Time {
	if c.Phase != PhaseReview {
		return c.Due
	}
	return StudyDayBegins(StudyDay(c.Due.In(loc)), loc)
}

// firstReview reports whether a logged review introduced a new card.
func (r Review) firstReview() bool {
	return r.Before == nil || r.Before.Phase == PhaseNew
}

// DueQueue returns the ids of the cards to review now, in the order to show
// them: cards in learning or relearning steps that are due, then due
// reviews (most overdue first) up to what is left of s.ReviewsPerDay today,
// and new cards up to what is left of s.NewPerDay today, spread among the
// reviews. Consecutive cards come from different groups (modules) where
// possible, so a session mixes topics. group maps a card to its group.
//
// Reviews and new cards already done this study day count against the
// caps (days holds them, see DayCount); a review dated in the future (a
// clock that jumped back) counts as today. A card is due as IsDue says.
func DueQueue(cards map[string]CardRecord, days Days, now time.Time, s Settings, group func(CardRecord) string) []string {
	done := days.since(StudyDay(now))
	newDone, reviewsDone := done.New, done.Old
	// Sort small keys, not whole records: 20,000 cards must queue well
	// within a frame.
	var steps, reviews, fresh []queued
	for id, c := range cards {
		e := queued{id: id, due: c.Card.Due.UnixNano(), created: c.Created.UnixNano()}
		switch {
		case c.Card.Phase == PhaseNew:
			fresh = append(fresh, e)
		case !c.Card.IsDue(now):
			// not due yet
		case c.Card.Phase == PhaseReview:
			reviews = append(reviews, e)
		default:
			steps = append(steps, e)
		}
	}
	sortQueued(steps, func(e queued) int64 { return e.due })
	reviews = firstK(reviews, max(s.ReviewsPerDay-reviewsDone, 0), func(e queued) int64 { return e.due })
	fresh = firstK(fresh, max(s.NewPerDay-newDone, 0), func(e queued) int64 { return e.created })

	groupOf := func(e queued) string {
		if group == nil {
			return ""
		}
		return group(cards[e.id])
	}
	ordered := append(steps, spread(interleave(reviews, groupOf), interleave(fresh, groupOf))...)
	ids := make([]string, len(ordered))
	for i, e := range ordered {
		ids[i] = e.id
	}
	return ids
}

// queued is what ordering a card needs.
type queued struct {
	id           string
	due, created int64
}

// compareQueued orders by a time key, then id, so equal times order stably.
func compareQueued(a, b queued, by func(queued) int64) int {
	if c := cmp.Compare(by(a), by(b)); c != 0 {
		return c
	}
	return strings.Compare(a.id, b.id)
}

// sortQueued sorts by a time key, then id.
func sortQueued(es []queued, by func(queued) int64) {
	slices.SortFunc(es, func(a, b queued) int { return compareQueued(a, b, by) })
}

// firstK returns the k first entries by time key, sorted. Only the daily
// caps' worth of cards is ever shown, so with thousands due it keeps a
// bounded max-heap instead of sorting them all.
func firstK(es []queued, k int, by func(queued) int64) []queued {
	if k <= 0 {
		return nil
	}
	if len(es) <= 4*k {
		sortQueued(es, by)
		return es[:min(k, len(es))]
	}
	h := append([]queued(nil), es[:k]...)
	less := func(i, j int) bool { return compareQueued(h[i], h[j], by) > 0 } // max-heap
	down := func(i int) {
		for {
			l := 2*i + 1
			if l >= len(h) {
				return
			}
			if r := l + 1; r < len(h) && less(r, l) {
				l = r
			}
			if !less(l, i) {
				return
			}
			h[i], h[l] = h[l], h[i]
			i = l
		}
	}
	for i := k/2 - 1; i >= 0; i-- {
		down(i)
	}
	for _, e := range es[k:] {
		if compareQueued(e, h[0], by) < 0 {
			h[0] = e
			down(0)
		}
	}
	sortQueued(h, by)
	return h
}

// interleave reorders cards round-robin over their groups, keeping each
// group's own order, so two cards of one module rarely follow each other.
func interleave(cs []queued, group func(queued) string) []queued {
	if len(cs) < 3 {
		return cs
	}
	var order []string
	byGroup := map[string][]queued{}
	for _, c := range cs {
		g := group(c)
		if _, ok := byGroup[g]; !ok {
			order = append(order, g)
		}
		byGroup[g] = append(byGroup[g], c)
	}
	out := make([]queued, 0, len(cs))
	for len(out) < len(cs) {
		for _, g := range order {
			if q := byGroup[g]; len(q) > 0 {
				out = append(out, q[0])
				byGroup[g] = q[1:]
			}
		}
	}
	return out
}

// spread places the new cards evenly among the reviews: new card i goes to
// the middle of its share of the combined queue.
func spread(reviews, fresh []queued) []queued {
	total := len(reviews) + len(fresh)
	out := make([]queued, 0, total)
	r, f := 0, 0
	for k := 0; k < total; k++ {
		target := total
		if f < len(fresh) {
			target = int((float64(f) + 0.5) * float64(total) / float64(len(fresh)))
		}
		if f < len(fresh) && (k >= target || r == len(reviews)) {
			out = append(out, fresh[f])
			f++
			continue
		}
		out = append(out, reviews[r])
		r++
	}
	return out
}
