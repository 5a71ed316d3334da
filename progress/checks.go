package progress

import (
	"fmt"
	"slices"
	"time"
)

// CheckResult is a learner's scored check of one module. Practice quizzes
// give instant feedback; check mode gives it only at the end and records
// one scored attempt per module, for the trainer's report.
type CheckResult struct {
	ModuleID string `json:"module_id"`
	Correct  int    `json:"correct"`
	Total    int    `json:"total"`
	// Started is when the check began; zero means unknown. It is never
	// after At.
	Started time.Time `json:"started"`
	At      time.Time `json:"at"` // finished
	// Answers are every answer of the check, in order, one per question
	// (so Total of them). Their Seq is unused and always 0: they are not
	// in the practice answer log.
	Answers []Answer `json:"answers"`
	// Interrupted is set when ajar ended during the check (Ctrl+C, a
	// closed window, the PC shutting down): the unanswered questions are
	// scored wrong, and the trainer's report says it was cut off.
	Interrupted bool `json:"interrupted,omitempty"`
}

// cloneCheck copies r's Answers so the copy shares nothing with r. MemStore
// uses it on the way in and out, as BoltStore's JSON does.
func cloneCheck(r CheckResult) CheckResult {
	r.Answers = slices.Clone(r.Answers)
	return r
}

// prepareCheck validates a check result for SaveCheck, drops monotonic
// clock readings and clears the answers' Seq. It works on a copy, so the
// caller's Answers are never written to.
func prepareCheck(profile string, r CheckResult) (CheckResult, error) {
	if err := checkID("profile", profile); err != nil {
		return r, err
	}
	if err := checkID("module ID", r.ModuleID); err != nil {
		return r, err
	}
	switch {
	case r.Total < 1:
		return r, fmt.Errorf("%w: check total %d is less than 1", ErrInvalid, r.Total)
	case r.Correct < 0 || r.Correct > r.Total:
		return r, fmt.Errorf("%w: %d correct out of %d", ErrInvalid, r.Correct, r.Total)
	case r.At.IsZero():
		return r, fmt.Errorf("%w: zero check time", ErrInvalid)
	case r.Started.After(r.At):
		return r, fmt.Errorf("%w: check started at %v, after it finished at %v", ErrInvalid, r.Started, r.At)
	case len(r.Answers) != r.Total:
		// The report shows every question of the check; a result with
		// answers missing could not be told apart from a damaged one.
		return r, fmt.Errorf("%w: %d answers in a check of %d questions", ErrInvalid, len(r.Answers), r.Total)
	}
	if err := checkTime("check started", r.Started); err != nil {
		return r, err
	}
	if err := checkTime("check", r.At); err != nil {
		return r, err
	}
	r.Started, r.At = plainTime(r.Started), plainTime(r.At)
	r.Answers = slices.Clone(r.Answers)
	for i := range r.Answers {
		a, err := prepareAnswer(profile, r.Answers[i])
		if err != nil {
			return r, fmt.Errorf("check answer %d: %w", i, err)
		}
		if err := checkTime(fmt.Sprintf("check answer %d", i), a.At); err != nil {
			return r, err
		}
		r.Answers[i] = a
	}
	return r, nil
}

// checkState is one profile's check results as seen from inside a single
// transaction.
type checkState interface {
	check(moduleID string) (r CheckResult, ok bool, err error)
	putCheck(r CheckResult) error
}

// saveCheck stores a prepared check result unless the module has one
// already: the first result is final, so a learner cannot retake a check
// until the score suits them.
func saveCheck(st checkState, r CheckResult) error {
	old, ok, err := st.check(r.ModuleID)
	switch {
	case err != nil:
		return err
	case ok:
		return fmt.Errorf("%w: module %q was checked at %v with %d/%d",
			ErrCheckTaken, r.ModuleID, old.At, old.Correct, old.Total)
	}
	return st.putCheck(r)
}
