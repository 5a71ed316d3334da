package progress

import (
	"fmt"
	"math"
	"slices"
	"time"
)

// This file is the FSRS-6 spaced-repetition scheduler: the memory model
// (stability S, difficulty D, retrievability R) and one review step with
// learning and relearning steps. Everything is a pure function of its
// arguments; the caller injects the time. Section numbers (§) refer to the
// research notes shared/fsrs.md, which restate the published algorithm and
// record where the reference schedulers (fsrs-rs, py-fsrs, ts-fsrs, go-fsrs)
// disagree. Where they do, this code follows the majority and says so.
// Steps, interval rounding, fuzz and day counting live in fuzz.go.

// Rating is the learner's answer to a card, as in Anki and FSRS.
type Rating int

// The four ratings. Hard counts as a pass.
const (
	Again Rating = 1 + iota
	Hard
	Good
	Easy
)

// Valid reports whether r is one of the four ratings.
func (r Rating) Valid() bool { return r >= Again && r <= Easy }

// String returns the rating's lower-case English name.
func (r Rating) String() string {
	switch r {
	case Again:
		return "again"
	case Hard:
		return "hard"
	case Good:
		return "good"
	case Easy:
		return "easy"
	}
	return fmt.Sprintf("rating(%d)", int(r))
}

// Phase is where a card is in its life: new, in its first learning steps,
// scheduled in days, or relearning after a lapse.
type Phase int

// The phases. The zero value is PhaseNew, so a zero Card is a new card.
// They carry a prefix because Review is the logged rating of a card.
const (
	PhaseNew Phase = iota
	PhaseLearning
	PhaseReview
	PhaseRelearning
)

// String returns the phase's lower-case name, which is also its JSON form.
func (ph Phase) String() string {
	switch ph {
	case PhaseNew:
		return "new"
	case PhaseLearning:
		return "learning"
	case PhaseReview:
		return "review"
	case PhaseRelearning:
		return "relearning"
	}
	return fmt.Sprintf("phase(%d)", int(ph))
}

// MarshalText stores the phase by name, so a stored card stays readable and
// does not depend on the order of the constants.
func (ph Phase) MarshalText() ([]byte, error) {
	if ph < PhaseNew || ph > PhaseRelearning {
		return nil, fmt.Errorf("%w: unknown card phase %d", ErrInvalid, int(ph))
	}
	return []byte(ph.String()), nil
}

// UnmarshalText reads a phase written by MarshalText.
func (ph *Phase) UnmarshalText(b []byte) error {
	for p := PhaseNew; p <= PhaseRelearning; p++ {
		if string(b) == p.String() {
			*ph = p
			return nil
		}
	}
	return fmt.Errorf("%w: unknown card phase %q", ErrInvalid, b)
}

// Card is the scheduling state of one card. The zero Card is a new card.
type Card struct {
	// Stability is the time in days for recall probability to fall from
	// 1 to 0.9; Difficulty is in [1, 10]. Both are 0 for a new card.
	Stability  float64 `json:"stability"`
	Difficulty float64 `json:"difficulty"`
	Phase      Phase   `json:"phase"`
	// Step indexes Params.LearningSteps or RelearningSteps; 0 otherwise.
	Step       int       `json:"step"`
	Due        time.Time `json:"due"`
	LastReview time.Time `json:"last_review"`
	Reps       int       `json:"reps"`   // reviews so far, learning steps included
	Lapses     int       `json:"lapses"` // times a card in PhaseReview was rated Again
}

// Limits of the memory state and of intervals (§1.11).
const (
	minStability   = 0.001
	maxStability   = 36500.0
	minDifficulty  = 1.0
	maxDifficulty  = 10.0
	maxIntervalCap = 36500 // days; also keeps time.Duration arithmetic in range
)

// Params configures the scheduler. Build it with DefaultParams and adjust.
type Params struct {
	// W are the 21 FSRS-6 weights w0..w20 (§1.2).
	W [21]float64
	// DesiredRetention is the recall probability at which reviews fall due.
	DesiredRetention float64
	// MaximumInterval caps review intervals, in days (at most 36500).
	MaximumInterval int
	// LearningSteps and RelearningSteps are the short delays a new or lapsed
	// card goes through before it is scheduled in days again.
	LearningSteps, RelearningSteps []time.Duration
	// Fuzz spreads review intervals of 3 days or more over a few days so
	// that cards learnt together do not stay together (§1.12).
	Fuzz bool
	// DayStart is when a new day begins, after local midnight in the
	// location of the review time. Elapsed days are counted in such days.
	DayStart time.Duration
	// LongTermOnly schedules every rating in whole days and ignores the
	// steps, like ts-fsrs and go-fsrs with short-term mode off (§1.13).
	LongTermOnly bool
}

// DefaultParams returns the published FSRS-6 defaults (§1.2): median weights
// of 10k fitted collections, 90 % retention, 1 and 10 minute learning steps,
// a 10 minute relearning step, fuzz on, and a day that starts at 04:00.
func DefaultParams() Params {
	return Params{
		W: [21]float64{0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
			0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483,
			0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542},
		DesiredRetention: 0.9,
		MaximumInterval:  maxIntervalCap,
		LearningSteps:    []time.Duration{time.Minute, 10 * time.Minute},
		RelearningSteps:  []time.Duration{10 * time.Minute},
		Fuzz:             true,
		// fsrs.md §1.13 asks for local days with a rollover hour: the
		// study day's (see StudyDay), so caps and statistics count the
		// same days the scheduler does.
		DayStart: StudyDayStart,
	}
}

// weightBounds are the ranges fsrs-rs clips weights to and py-fsrs
// validates (§1.11). w19 may be 0 and w17, w18 use the default ceiling 2,
// so that "short-term off" weight vectors stay valid.
func weightBounds() [21][2]float64 {
	return [21][2]float64{
		{0.001, 100}, {0.001, 100}, {0.001, 100}, {0.001, 100},
		{1, 10}, {0.001, 4}, {0.001, 4}, {0.001, 0.75}, {0, 4.5}, {0, 0.8},
		{0.001, 3.5}, {0.001, 5}, {0.001, 0.25}, {0.001, 0.9}, {0, 4},
		{0, 1}, {1, 6}, {0, 2}, {0, 2}, {0, 0.8}, {0.1, 0.8},
	}
}

// Validate reports the first setting Review would have to correct: a weight
// outside its range, a retention outside (0, 1], a maximum interval outside
// 1..36500 days, or a step that is not positive.
func (p Params) Validate() error {
	for i, b := range weightBounds() {
		if !(p.W[i] >= b[0] && p.W[i] <= b[1]) { // also catches NaN
			return fmt.Errorf("%w: FSRS weight w%d = %v is outside [%v, %v]", ErrInvalid, i, p.W[i], b[0], b[1])
		}
	}
	if !(p.DesiredRetention > 0 && p.DesiredRetention <= 1) {
		return fmt.Errorf("%w: desired retention %v is not within (0, 1]", ErrInvalid, p.DesiredRetention)
	}
	if p.MaximumInterval < 1 || p.MaximumInterval > maxIntervalCap {
		return fmt.Errorf("%w: maximum interval %d is not within 1..%d days", ErrInvalid, p.MaximumInterval, maxIntervalCap)
	}
	for _, s := range slices.Concat(p.LearningSteps, p.RelearningSteps) {
		if s <= 0 {
			return fmt.Errorf("%w: step %v is not positive", ErrInvalid, s)
		}
	}
	return nil
}

// sane returns p with weights clipped to their ranges (as fsrs-rs does) and
// retention and maximum interval forced into range, so that Review never
// divides by zero or overflows whatever the caller passed.
func (p Params) sane() Params {
	for i, b := range weightBounds() {
		switch {
		case math.IsNaN(p.W[i]) || p.W[i] < b[0]:
			p.W[i] = b[0]
		case p.W[i] > b[1]:
			p.W[i] = b[1]
		}
	}
	if !(p.DesiredRetention > 0 && p.DesiredRetention <= 1) {
		p.DesiredRetention = DefaultParams().DesiredRetention
	}
	p.MaximumInterval = min(max(p.MaximumInterval, 1), maxIntervalCap)
	return p
}

// ConvertWeights turns a weight vector of FSRS-4.5 (17 weights), FSRS-5 (19)
// or FSRS-6 (21) into FSRS-6 weights that behave the same (§1.11).
func ConvertWeights(w []float64) ([21]float64, error) {
	var out [21]float64
	switch len(w) {
	case 21:
		copy(out[:], w)
	case 19:
		copy(out[:], w)
		out[19], out[20] = 0, 0.5 // no same-day power term; FSRS-5's curve
	case 17:
		copy(out[:], w)
		// FSRS-4.5 wrote initial difficulty around Good instead of Again
		// and had no mean-reversion offset in w6.
		out[4] = w[4] + 2*w[5]
		out[5] = math.Log(1+3*w[5]) / 3
		out[6] = w[6] + 0.5
		out[17], out[18], out[19], out[20] = 0, 0, 0, 0.5
	default:
		return out, fmt.Errorf("%w: %d FSRS weights, want 17, 19 or 21", ErrInvalid, len(w))
	}
	return out, nil
}

// curve returns the forgetting curve's decay and factor, chosen so that
// R(S, S) = 0.9 whatever w20 is (§1.3).
func (p Params) curve() (decay, factor float64) {
	decay = -p.W[20]
	return decay, math.Pow(0.9, 1/decay) - 1
}

// forgettingCurve is R(t, S) for t elapsed days (§1.3).
func (p Params) forgettingCurve(t, s float64) float64 {
	decay, factor := p.curve()
	return math.Pow(1+factor*t/s, decay)
}

// Retrievability is the predicted probability of recalling c at now. Elapsed
// time is counted in whole days as Review counts it (calendar days, like
// ts-fsrs and go-fsrs), so it is 1 for a new card and on the review's day.
func (p Params) Retrievability(c Card, now time.Time) float64 {
	if c.Phase == PhaseNew {
		return 1
	}
	p = p.sane()
	return p.forgettingCurve(float64(p.ElapsedDays(c.LastReview, now)), clampS(c.Stability))
}

// NextInterval is the unrounded, unfuzzed number of days after which recall
// of a card with the given stability falls to the desired retention (§1.4).
// At 90 % retention it equals the stability.
func (p Params) NextInterval(stability float64) float64 { return p.sane().interval(stability) }

// interval is NextInterval for parameters that are already sane.
func (p Params) interval(s float64) float64 {
	decay, factor := p.curve()
	return clampS(s) / factor * (math.Pow(p.DesiredRetention, 1/decay) - 1)
}

// clampS keeps S within [0.001, 36500] days (§1.11). NaN, which only a
// damaged card can hold, becomes the minimum: the card is treated as weak.
func clampS(s float64) float64 {
	if math.IsNaN(s) {
		return minStability
	}
	return min(max(s, minStability), maxStability)
}

// clampD keeps D within [1, 10]; NaN becomes the hardest difficulty.
func clampD(d float64) float64 {
	if math.IsNaN(d) {
		return maxDifficulty
	}
	return min(max(d, minDifficulty), maxDifficulty)
}

// initDifficulty is D0(G) before clamping; mean reversion targets the
// unclamped D0(Easy), which is negative with the defaults (§1.6, §1.14).
func (p Params) initDifficulty(g Rating) float64 {
	return p.W[4] - math.Exp(p.W[5]*float64(g-1)) + 1
}

// linearDamping shrinks a difficulty step as D approaches 10 (§1.6).
func linearDamping(delta, d float64) float64 { return delta * (10 - d) / 9 }

// nextDifficulty is D after a review that is not the first (§1.6).
func (p Params) nextDifficulty(d float64, g Rating) float64 {
	damped := d + linearDamping(-p.W[6]*float64(g-3), d)
	return clampD(p.W[7]*p.initDifficulty(Easy) + (1-p.W[7])*damped)
}

// successStability is S after a pass at least a day after the last review
// (§1.7).
func (p Params) successStability(s, d, r float64, g Rating) float64 {
	bonus := 1.0
	switch g {
	case Hard:
		bonus = p.W[15]
	case Easy:
		bonus = p.W[16]
	}
	return s * (1 + math.Exp(p.W[8])*(11-d)*math.Pow(s, -p.W[9])*(math.Exp(p.W[10]*(1-r))-1)*bonus)
}

// lapseStability is S after Again at least a day after the last review,
// before the cap of §1.8.
func (p Params) lapseStability(s, d, r float64) float64 {
	return p.W[11] * math.Pow(d, -p.W[12]) * (math.Pow(s+1, p.W[13]) - 1) * math.Exp(p.W[14]*(1-r))
}

// shortTermStability is S after a same-day review (§1.9). The floor at 1 for
// Hard, Good and Easy follows fsrs-rs, ts-fsrs, go-fsrs and fsrs-optimizer;
// py-fsrs 6.3.1 exempts Hard (golden vector V3 tells them apart).
func (p Params) shortTermStability(s float64, g Rating) float64 {
	sinc := math.Exp(p.W[17]*(float64(g)-3+p.W[18])) * math.Pow(s, -p.W[19])
	if g >= Hard {
		sinc = max(sinc, 1)
	}
	return s * sinc
}

// memory is one update of (S, D) for a review t whole days after the last
// one, in fsrs-rs's order of operations (§1.10). first marks a new card.
func (p Params) memory(s, d float64, first bool, t int, g Rating) (float64, float64) {
	if first {
		return clampS(p.W[g-1]), clampD(p.initDifficulty(g))
	}
	s, d = clampS(s), clampD(d)
	var next float64
	switch {
	case t <= 0 && !p.LongTermOnly:
		next = p.shortTermStability(s, g)
	case g == Again:
		// Post-lapse S never exceeds the old S divided by the same-day
		// factor; long-term mode caps at the old S (ts-fsrs, go-fsrs).
		limit := s / math.Exp(p.W[17]*p.W[18])
		if p.LongTermOnly {
			limit = s
		}
		next = min(p.lapseStability(s, d, p.forgettingCurve(float64(t), s)), limit)
	default:
		next = p.successStability(s, d, p.forgettingCurve(float64(max(t, 0)), s), g)
	}
	return clampS(next), p.nextDifficulty(d, g)
}

// Review returns c after the learner rated it r at now. cardID only seeds
// the interval fuzz, so that the same card, state and time always give the
// same due date. An invalid rating returns c unchanged (fsrs-rs's "manual"
// rating 0 does the same). A clock that went backwards (now before
// c.LastReview) counts as a same-day review: no negative elapsed time, and
// the card is scheduled from now.
func (p Params) Review(c Card, r Rating, now time.Time, cardID string) Card {
	if !r.Valid() {
		return c
	}
	p = p.sane()
	first := c.Phase == PhaseNew
	t := 0
	if !first {
		t = p.ElapsedDays(c.LastReview, now)
	}
	next := c
	next.Stability, next.Difficulty = p.memory(c.Stability, c.Difficulty, first, t, r)
	next.LastReview = now
	next.Reps = max(c.Reps, 0) + 1
	iv := intervals{p: p, c: c, first: first, t: t, u: fuzzFactor(cardID, next.Reps)}

	switch {
	case p.LongTermOnly:
		days := iv.longTerm()
		if r == Again && !first {
			next.Lapses++
		}
		return scheduleDays(next, now, days[r])
	case first || c.Phase == PhaseLearning:
		return step(next, r, now, p.LearningSteps, c.Step, first, iv)
	case c.Phase == PhaseRelearning:
		return step(next, r, now, p.RelearningSteps, c.Step, false, iv)
	}
	// Review phase, and any unknown phase read from a damaged file.
	if r == Again {
		next.Lapses++
		if len(p.RelearningSteps) > 0 {
			next.Phase = PhaseRelearning
			return delay(next, now, 0, p.RelearningSteps[0], iv)
		}
		return scheduleDays(next, now, iv.days(next.Stability))
	}
	return scheduleDays(next, now, iv.passing()[r])
}
