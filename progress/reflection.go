package progress

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Reflection is what a learner wrote after a lesson: the answer to its
// reflection prompt, and the actions of its plan. It is theirs: it is
// never graded, reports leave it out unless the learner asks
// (ajar report --reflections), and it is deleted with the learner.
type Reflection struct {
	LessonID string `json:"lesson_id"`
	// Text answers the lesson's reflection prompt; "" when it has none.
	Text string `json:"text,omitempty"`
	// Actions are the plan's actions, in order.
	Actions []PlanAction `json:"actions,omitempty"`
	// At is when it was written or last changed; revisits count from it.
	At time.Time `json:"at"`
	// Revisited are the days after At (7, 30) on which the daily review
	// brought the plan back.
	Revisited []int `json:"revisited,omitempty"`
}

// PlanAction is one action of a plan, tied to one of the course's ideas.
type PlanAction struct {
	Text string `json:"text"`
	Tie  string `json:"tie,omitempty"`
}

// Limits of what a reflection holds.
const (
	maxReflectionRunes = 2000
	maxActions         = 5
	maxActionRunes     = 500
)

// RevisitDue returns the first of days (7, 30) on which a plan written at
// r.At is due to come back at now and has not been, or 0. Days are study
// days (see StudyDay): the plan comes back with the day's first review,
// whatever hour it was written.
func (r Reflection) RevisitDue(now time.Time, days []int) int {
	if len(r.Actions) == 0 {
		return 0
	}
	since := StudyDay(now) - StudyDay(r.At.In(now.Location()))
	for _, d := range days {
		if since >= int64(d) && !slices.Contains(r.Revisited, d) {
			return d
		}
	}
	return 0
}

// cloneReflection copies r's slices.
func cloneReflection(r Reflection) Reflection {
	r.Actions = slices.Clone(r.Actions)
	r.Revisited = slices.Clone(r.Revisited)
	return r
}

// prepareReflection validates a reflection: learner-typed text is stored
// as typed, so it must be printable text of a bounded length.
func prepareReflection(profile string, r Reflection) (Reflection, error) {
	if err := checkID("profile", profile); err != nil {
		return r, err
	}
	if err := checkID("lesson ID", r.LessonID); err != nil {
		return r, err
	}
	if r.At.IsZero() {
		return r, fmt.Errorf("%w: zero reflection time", ErrInvalid)
	}
	if err := checkTime("reflection", r.At); err != nil {
		return r, err
	}
	if err := checkTyped("reflection", r.Text, maxReflectionRunes); err != nil {
		return r, err
	}
	if len(r.Actions) > maxActions {
		return r, fmt.Errorf("%w: %d plan actions, more than %d", ErrInvalid, len(r.Actions), maxActions)
	}
	r = cloneReflection(r)
	for i, a := range r.Actions {
		if err := checkTyped("plan action", a.Text, maxActionRunes); err != nil {
			return r, err
		}
		if err := checkTyped("plan tie", a.Tie, maxActionRunes); err != nil {
			return r, err
		}
		r.Actions[i].Text, r.Actions[i].Tie = strings.TrimSpace(a.Text), strings.TrimSpace(a.Tie)
	}
	r.Text = strings.TrimSpace(r.Text)
	r.At = plainTime(r.At)
	// Empty lists are stored as none, as JSON reads them back.
	if len(r.Actions) == 0 {
		r.Actions = nil
	}
	if len(r.Revisited) == 0 {
		r.Revisited = nil
	}
	return r, nil
}

// checkTyped refuses text a learner cannot have typed into ajar: invalid
// UTF-8, control characters, or more than limit characters.
func checkTyped(what, s string, limit int) error {
	switch {
	case !utf8.ValidString(s):
		return fmt.Errorf("%w: %s is not UTF-8", ErrInvalid, what)
	case utf8.RuneCountInString(s) > limit:
		return fmt.Errorf("%w: %s is longer than %d characters", ErrInvalid, what, limit)
	case strings.IndexFunc(s, unicode.IsControl) >= 0:
		return fmt.Errorf("%w: %s contains a control character", ErrInvalid, what)
	}
	return nil
}
