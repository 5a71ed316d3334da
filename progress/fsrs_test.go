package progress

import (
	"encoding/json"
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"
)

// start is the reference schedulers' test epoch (py-fsrs, ts-fsrs, go-fsrs).
func start() time.Time { return time.Date(2022, 11, 29, 12, 30, 0, 0, time.UTC) }

func noFuzz() Params { p := DefaultParams(); p.Fuzz = false; return p }

// near fails unless |got-want| <= tol.
func near(t *testing.T, what string, got, want, tol float64) {
	t.Helper()
	if !(math.Abs(got-want) <= tol) {
		t.Errorf("%s = %.7f, want %.7f ± %g", what, got, want, tol)
	}
}

// nearStr checks got against a published figure to the precision it is
// printed with: half a unit of its last decimal.
func nearStr(t *testing.T, what string, got float64, want string) {
	t.Helper()
	w, err := strconv.ParseFloat(want, 64)
	if err != nil {
		t.Fatal(err)
	}
	dec := 0
	if i := strings.IndexByte(want, '.'); i >= 0 {
		dec = len(want) - i - 1
	}
	near(t, what, got, w, 0.5*math.Pow(10, -float64(dec))+1e-9)
}

// history reviews one card with ratings g at gaps of t whole days (0 means
// one minute later, the same day) and returns the card after each review.
func history(p Params, g []Rating, t []int) []Card {
	now, c := start(), Card{}
	out := make([]Card, len(g))
	for i := range g {
		if t[i] == 0 {
			now = now.Add(time.Minute)
		} else {
			now = now.AddDate(0, 0, t[i])
		}
		c = p.Review(c, g[i], now, "golden")
		out[i] = c
	}
	return out
}

// dueDays is the scheduled interval in whole days (0 for minute steps).
func dueDays(c Card, now time.Time) int { return int(c.Due.Sub(now).Hours() / 24) }

// TestGoldenVectors reproduces every published vector of fsrs.md §2, one
// subtest per vector, named after its source. Default tolerance is 1e-4
// (fsrs-rs computes in f32); figures we computed ourselves are checked to the
// precision they are printed with.
func TestGoldenVectors(t *testing.T) {
	g1to4 := []Rating{Again, Hard, Good, Easy}
	for _, v := range []struct {
		name string
		run  func(t *testing.T)
	}{
		{"V1_fsrs-rs_test_memory_state", func(t *testing.T) {
			cs := history(noFuzz(), []Rating{1, 3, 3, 3, 3, 3}, []int{0, 0, 1, 3, 8, 21})
			want := [][2]string{{"0.212000", "6.413300"}, {"0.246689", "6.402115"}, {"2.021477", "6.390941"},
				{"7.863699", "6.379779"}, {"21.917713", "6.368627"}, {"53.626903", "6.357487"}}
			for i, w := range want {
				nearStr(t, "S R"+strconv.Itoa(i+1), cs[i].Stability, w[0])
				nearStr(t, "D R"+strconv.Itoa(i+1), cs[i].Difficulty, w[1])
			}
			near(t, "final S", cs[5].Stability, 53.62691, 1e-4)
			near(t, "final D", cs[5].Difficulty, 6.3574867, 1e-4)
		}},
		{"V2_fsrs-rs_short-term_off_and_go-fsrs_TestNextStatesMemoryStateLongTerm", func(t *testing.T) {
			zeroed := noFuzz()
			zeroed.W[17], zeroed.W[18], zeroed.W[19] = 0, 0, 0
			longTerm := noFuzz()
			longTerm.LongTermOnly = true
			for name, p := range map[string]Params{"w17-19=0": zeroed, "LongTermOnly": longTerm} {
				c := history(p, []Rating{1, 3, 3, 3, 3, 3}, []int{0, 0, 1, 3, 8, 21})[5]
				near(t, name+" S", c.Stability, 53.335106, 1e-4)
				near(t, name+" D", c.Difficulty, 6.3574867, 1e-4)
			}
		}},
		{"V3_go-fsrs_TestNextStatesMemoryStateAllRatingsShortTerm", func(t *testing.T) {
			c := history(noFuzz(), []Rating{1, 2, 3, 4, 3, 3}, []int{0, 0, 1, 3, 8, 21})[5]
			nearStr(t, "S", c.Stability, "51.0810") // py-fsrs's rule would give 50.2641
			nearStr(t, "D", c.Difficulty, "6.7493")
		}},
		{"V4_go-fsrs_TestBasicSchedulerMemoState", func(t *testing.T) {
			c := history(noFuzz(), []Rating{1, 3, 3, 3, 3, 3, 3}, []int{0, 0, 0, 1, 3, 8, 21})[6]
			nearStr(t, "S", c.Stability, "54.0393")
			nearStr(t, "D", c.Difficulty, "6.3464")
		}},
		{"V5_fsrs-rs_test_power_forgetting_curve_and_ts-fsrs", func(t *testing.T) {
			p := DefaultParams()
			ts := [][2]float64{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 4}, {5, 2}}
			for i, want := range []float64{1.0, 0.9403443, 0.9253786, 0.9185229, 0.9, 0.8261359} {
				near(t, "R(t,S) fsrs-rs", p.forgettingCurve(ts[i][0], ts[i][1]), want, 1e-4)
			}
			for d, want := range []float64{1.0, 0.9, 0.84588465, 0.8093881} {
				c := Card{Stability: 1, Phase: PhaseReview, LastReview: start()}
				near(t, "R ts-fsrs S=1 t="+strconv.Itoa(d), p.Retrievability(c, start().AddDate(0, 0, d)), want, 1e-4)
			}
			c := noFuzz().Review(Card{}, Easy, start(), "v5")
			near(t, "R of a first Easy at its due date", p.Retrievability(c, c.Due), 0.9024733, 1e-4)
		}},
		{"V6_fsrs-rs_test_next_interval", func(t *testing.T) {
			want := []float64{3116769, 34793, 2508, 387, 90, 27, 9, 3, 1, 1} // f64 (ts-fsrs); fsrs-rs's f32 gives 3116766
			for i, w := range want {
				p := noFuzz()
				p.DesiredRetention = float64(i+1) / 10
				near(t, "I(r="+strconv.FormatFloat(p.DesiredRetention, 'f', 1, 64)+")", max(math.Round(p.NextInterval(1)), 1), w, 0)
				capped := intervals{p: p}.days(1) // go-fsrs caps at the maximum interval
				if capped != min(int(w), 36500) {
					t.Errorf("scheduled days at r=%v = %d, want %v", p.DesiredRetention, capped, min(w, 36500))
				}
			}
			near(t, "I(121.01552)", DefaultParams().NextInterval(121.01552), 121.01551, 1e-4)
		}},
		{"V7_fsrs-rs_test_next_difficulty", func(t *testing.T) {
			p := DefaultParams()
			damped := []float64{8.354889, 6.6774445, 5.0, 3.3225555}
			reverted := []float64{8.341763, 6.6659956, 4.990228, 3.3144615}
			for i, g := range g1to4 {
				near(t, "damped "+g.String(), 5+linearDamping(-p.W[6]*float64(g-3), 5), damped[i], 1e-4)
				near(t, "reverted "+g.String(), p.nextDifficulty(5, g), reverted[i], 1e-4)
			}
		}},
		{"V8_fsrs-rs_test_next_stability", func(t *testing.T) {
			p := DefaultParams()
			success := []float64{25.602541, 28.226582, 58.656002, 127.226685}
			lapse := []float64{1.0525396, 1.1894329, 1.3680838, 1.584989}
			sameDay := []float64{1.596818, 5.0, 5.0, 8.12961}
			for i, g := range g1to4 {
				d, r := float64(i+1), 0.9-0.1*float64(i)
				near(t, "success "+g.String(), p.successStability(5, d, r, g), success[i], 1e-4)
				near(t, "lapse "+g.String(), p.lapseStability(5, d, r), lapse[i], 1e-4)
				near(t, "same-day "+g.String(), p.shortTermStability(5, g), sameDay[i], 1e-4)
			}
		}},
		{"V9_ts-fsrs_first_repeat", func(t *testing.T) {
			p := noFuzz()
			wantD := []float64{6.4133, 5.11217071, 2.11810397, 1}
			wantS := []float64{0.212, 1.2931, 2.3065, 8.2956}
			wantPhase := []Phase{PhaseLearning, PhaseLearning, PhaseLearning, PhaseReview}
			wantDays := []int{0, 0, 0, 8}
			for i, g := range g1to4 {
				c := p.Review(Card{}, g, start(), "v9")
				near(t, "D0 "+g.String(), c.Difficulty, wantD[i], 1e-4)
				near(t, "S0 "+g.String(), c.Stability, wantS[i], 1e-4)
				if c.Phase != wantPhase[i] || dueDays(c, start()) != wantDays[i] {
					t.Errorf("%v: phase %v, %d days; want %v, %d", g, c.Phase, dueDays(c, start()), wantPhase[i], wantDays[i])
				}
			}
		}},
		{"V10_py-fsrs_test_review_card_ts-fsrs_ivl_history_go-fsrs_TestBasicSchedulerExample", func(t *testing.T) {
			checkSchedule(t, noFuzz(), []int{0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21}, [][2]string{
				{"2.3065", "2.1181"}, {"2.3065", "2.1112"}, {"10.971", "2.1043"}, {"46.3169", "2.0975"},
				{"162.9998", "2.0906"}, {"497.8766", "2.0837"}, {"6.8904", "7.3832"}, {"2.1546", "9.1251"},
				{"2.1546", "9.1112"}, {"3.9831", "9.0973"}, {"7.2363", "9.0835"}, {"12.483", "9.0696"}, {"20.7704", "9.0558"}},
				[]Phase{PhaseNew, PhaseLearning, PhaseReview, PhaseReview, PhaseReview, PhaseReview, PhaseReview,
					PhaseRelearning, PhaseRelearning, PhaseReview, PhaseReview, PhaseReview, PhaseReview})
		}},
		{"V11_go-fsrs_TestLongTermScheduler", func(t *testing.T) {
			p := noFuzz()
			p.LongTermOnly, p.LearningSteps, p.RelearningSteps = true, nil, nil
			checkSchedule(t, p, []int{3, 14, 57, 196, 586, 1559, 10, 1, 3, 5, 9, 15, 25}, [][2]string{
				{"2.3065", "2.1181"}, {"13.8269", "2.1112"}, {"56.9567", "2.1043"}, {"196.2353", "2.0975"},
				{"586.4835", "2.0906"}, {"1559.3567", "2.0837"}, {"9.8832", "7.3832"}, {"1.3527", "9.1251"},
				{"2.392", "9.1112"}, {"4.8562", "9.0973"}, {"8.7624", "9.0835"}, {"15.186", "9.0696"}, {"25.1362", "9.0558"}}, nil)
		}},
		{"V12_fsrs-rs_test_next_states_FSRS-5_weights", func(t *testing.T) {
			w, err := ConvertWeights([]float64{0.6845422, 1.6790825, 4.7349424, 10.042885, 7.4410233, 0.64219797,
				1.071918, 0.0025195254, 1.432437, 0.1544, 0.8692766, 2.0696752, 0.0953, 0.2975, 2.4691248,
				0.19542035, 3.201072, 0.18046261, 0.121442534})
			if err != nil {
				t.Fatal(err)
			}
			p := DefaultParams()
			p.W = w
			s, d := 0.0, 0.0
			for i, g := range []Rating{1, 3, 3, 3} {
				s, d = p.memory(s, d, i == 0, []int{0, 1, 3, 8}[i], g)
			}
			want := [][2]float64{{2.9691455, 8.000659}, {17.091452, 7.6913934}, {31.722992, 7.382128}, {71.7502, 7.0728626}}
			for i, g := range g1to4 {
				ns, nd := p.memory(s, d, false, 21, g)
				near(t, "S "+g.String(), ns, want[i][0], 1e-4)
				near(t, "D "+g.String(), nd, want[i][1], 1e-4)
				near(t, "I = S at r=0.9", p.NextInterval(ns), ns, 1e-4)
			}
			ns, nd := p.memory(20.925528, 7.005062, false, 21, Good)
			near(t, "S from (20.93, 7.01)", ns, 40.87456, 1e-4)
			near(t, "D from (20.93, 7.01)", nd, 6.9913807, 1e-4)
		}},
		{"V13_fsrs-rs_test_convert_parameters", func(t *testing.T) {
			got, err := ConvertWeights([]float64{0.4, 0.6, 2.4, 5.8, 4.93, 0.94, 0.86, 0.01, 1.49, 0.14, 0.94, 2.18, 0.05, 0.34, 1.26, 0.29, 2.61})
			if err != nil {
				t.Fatal(err)
			}
			want := []float64{0.4, 0.6, 2.4, 5.8, 6.81, 0.44675013, 1.36, 0.01, 1.49, 0.14, 0.94, 2.18, 0.05, 0.34, 1.26, 0.29, 2.61, 0, 0, 0, 0.5}
			for i := range want {
				near(t, "w"+strconv.Itoa(i), got[i], want[i], 1e-6)
			}
			if _, err := ConvertWeights(make([]float64, 20)); !errors.Is(err, ErrInvalid) {
				t.Errorf("20 weights: err = %v, want ErrInvalid", err)
			}
		}},
		{"V14_anki_fuzz.rs_with_review_fuzz", func(t *testing.T) {
			for _, c := range []struct {
				ivl      float64
				min, max int
				want     [3]int // fuzz factor 0, 0.5, 0.99
			}{
				{2.5, 1, 1000, [3]int{2, 3, 4}}, {7, 1, 1000, [3]int{5, 7, 9}}, {17, 1, 1000, [3]int{14, 17, 20}},
				{37, 1, 1000, [3]int{33, 37, 41}}, {19.9, 3, 1000, [3]int{17, 20, 23}}, {20.1, 3, 1000, [3]int{17, 20, 23}},
				{100, 101, 1000, [3]int{101, 105, 108}}, {100, 1, 99, [3]int{92, 96, 99}},
				{1.0, 1, 1000, [3]int{1, 1, 1}}, {2.49, 1, 1000, [3]int{2, 2, 2}}, // never fuzzed
				// The rest of the same Anki test, beyond fsrs.md's excerpt.
				{2.0, 2, 1000, [3]int{2, 2, 2}}, {2.0, 3, 1000, [3]int{3, 4, 4}}, {2.0, 3, 3, [3]int{3, 3, 3}},
				{6.9, 3, 1000, [3]int{5, 7, 9}}, {7.1, 3, 1000, [3]int{5, 7, 9}}, {20, 3, 1000, [3]int{17, 20, 23}},
				{100, 97, 103, [3]int{97, 100, 103}},
			} {
				lo, hi := fuzzBounds(c.ivl, c.min, c.max)
				for i, u := range []float64{0, 0.5, 0.99} {
					if got := pickFuzz(lo, hi, u); got != c.want[i] {
						t.Errorf("fuzz(%v in [%d,%d], %v) = %d, want %d", c.ivl, c.min, c.max, u, got, c.want[i])
					}
				}
			}
		}},
	} {
		t.Run(v.name, v.run)
	}
}

// checkSchedule reviews a new card with [3,3,3,3,3,3,1,1,3,3,3,3,3], each
// review exactly at its due time from start(), and checks the scheduled
// days, (S, D) after each review and, if given, the phase before it.
func checkSchedule(t *testing.T, p Params, days []int, sd [][2]string, before []Phase) {
	t.Helper()
	now, c := start(), Card{}
	for i, g := range []Rating{3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3} {
		if before != nil && c.Phase != before[i] {
			t.Errorf("R%d: phase before = %v, want %v", i+1, c.Phase, before[i])
		}
		c = p.Review(c, g, now, "golden")
		if got := dueDays(c, now); got != days[i] {
			t.Errorf("R%d: %d days, want %d", i+1, got, days[i])
		}
		nearStr(t, "S R"+strconv.Itoa(i+1), c.Stability, sd[i][0])
		nearStr(t, "D R"+strconv.Itoa(i+1), c.Difficulty, sd[i][1])
		now = c.Due
	}
}

// reviewCard is a card in the Review phase last reviewed at start().
func reviewCard(s, d float64) Card {
	return Card{Stability: s, Difficulty: d, Phase: PhaseReview, LastReview: start(), Reps: 5}
}

func TestIntervalsAreOrderedByRating(t *testing.T) {
	for _, fuzz := range []bool{false, true} {
		p := DefaultParams()
		p.Fuzz = fuzz
		for _, s := range []float64{0.1, 1, 2.5, 10, 100, 3000, 36500} {
			for _, d := range []float64{1, 5, 10} {
				for _, elapsed := range []int{0, 1, 7, 60, 1000} {
					now := start().AddDate(0, 0, elapsed)
					c := reviewCard(s, d)
					var due [5]time.Time
					for g := Again; g <= Easy; g++ {
						due[g] = p.Review(c, g, now, "order").Due
					}
					// Strictly later, except where the maximum interval caps them.
					limit := now.AddDate(0, 0, p.MaximumInterval)
					later := func(a, b time.Time) bool { return a.After(b) || a.Equal(limit) && b.Equal(limit) }
					if !later(due[Hard], due[Again]) || !later(due[Good], due[Hard]) || !later(due[Easy], due[Good]) {
						t.Errorf("fuzz=%v S=%v D=%v t=%d: dues %v", fuzz, s, d, elapsed, due[1:])
					}
				}
			}
		}
	}
	// Learning: Again ≤ Hard ≤ Good ≤ Easy as well.
	var prev time.Time
	for g := Again; g <= Easy; g++ {
		due := DefaultParams().Review(Card{}, g, start(), "order").Due
		if due.Before(prev) {
			t.Errorf("new card: %v due %v, before the lower rating's %v", g, due, prev)
		}
		prev = due
	}
}

func TestClampsKeepStateInRange(t *testing.T) {
	bad := DefaultParams()
	bad.W[20], bad.W[4], bad.DesiredRetention, bad.MaximumInterval = 0, math.NaN(), 0, -5
	if err := bad.Validate(); !errors.Is(err, ErrInvalid) {
		t.Errorf("Validate(bad) = %v, want ErrInvalid", err)
	}
	if err := DefaultParams().Validate(); err != nil {
		t.Errorf("Validate(defaults) = %v", err)
	}
	for _, p := range []Params{DefaultParams(), bad} {
		for _, s := range []float64{-1, 0, math.NaN(), math.Inf(1), 1e12} {
			for _, d := range []float64{-3, 0, math.NaN(), 11, 1e9} {
				for g := Again; g <= Easy; g++ {
					c := p.Review(reviewCard(s, d), g, start().AddDate(0, 0, 3), "clamp")
					if !(c.Stability >= minStability && c.Stability <= maxStability) || !(c.Difficulty >= 1 && c.Difficulty <= 10) {
						t.Fatalf("S=%v D=%v %v: got S=%v D=%v", s, d, g, c.Stability, c.Difficulty)
					}
					if days := c.Due.Sub(start().AddDate(0, 0, 3)); days <= 0 || days > maxIntervalCap*24*time.Hour {
						t.Fatalf("S=%v D=%v %v: interval %v", s, d, g, days)
					}
				}
			}
		}
	}
	// An Easy first review's D0 is negative before the clamp.
	if c := DefaultParams().Review(Card{}, Easy, start(), "x"); c.Difficulty != 1 {
		t.Errorf("first Easy D = %v, want 1", c.Difficulty)
	}
}

func TestMaximumInterval(t *testing.T) {
	for _, fuzz := range []bool{false, true} {
		p := DefaultParams()
		p.Fuzz, p.MaximumInterval = fuzz, 100
		now := start().AddDate(0, 0, 90)
		for g := Hard; g <= Easy; g++ {
			if d := dueDays(p.Review(reviewCard(5000, 5), g, now, "max"), now); d > 100 || d < 1 {
				t.Errorf("fuzz=%v %v: %d days, want ≤ 100", fuzz, g, d)
			}
		}
	}
}

func TestFuzzIsDeterministicAndSpreads(t *testing.T) {
	p := DefaultParams()
	now := start().AddDate(0, 0, 30)
	c := reviewCard(30, 5)
	if a, b := p.Review(c, Good, now, "card-1"), p.Review(c, Good, now, "card-1"); a != b {
		t.Errorf("same inputs, different results: %+v vs %+v", a, b)
	}
	plain := dueDays(noFuzz().Review(c, Good, now, "card-1"), now)
	lo, hi := fuzzBounds(float64(plain), 1, p.MaximumInterval)
	seen := map[int]int{}
	sum := 0
	const n = 2000
	for i := range n {
		d := dueDays(p.Review(c, Good, now, "card-"+strconv.Itoa(i)), now)
		if d < lo || d > hi {
			t.Fatalf("fuzzed %d days outside [%d, %d]", d, lo, hi)
		}
		seen[d]++
		sum += d
	}
	if len(seen) != hi-lo+1 {
		t.Errorf("%d ids hit %d of the %d days in [%d, %d]", n, len(seen), hi-lo+1, lo, hi)
	}
	if mean := float64(sum) / n; math.Abs(mean-float64(plain)) > 0.5 {
		t.Errorf("mean fuzzed interval %.2f, want about %d", mean, plain)
	}
	// Neighbouring IDs and review counts get unrelated factors.
	var deciles [10]int
	for i := range n {
		deciles[int(fuzzFactor("q"+strconv.Itoa(i), 3)*10)]++
		deciles[int(fuzzFactor("q", i)*10)]++
	}
	for i, k := range deciles {
		if k < 2*n/10*7/10 || k > 2*n/10*13/10 {
			t.Errorf("decile %d holds %d of %d fuzz factors", i, k, 2*n)
		}
	}
}

func TestBackwardsClock(t *testing.T) {
	p := DefaultParams()
	c := reviewCard(20, 5)
	earlier := start().AddDate(0, 0, -30)
	if got := p.ElapsedDays(c.LastReview, earlier); got != 0 {
		t.Errorf("ElapsedDays backwards = %d", got)
	}
	if r := p.Retrievability(c, earlier); r != 1 {
		t.Errorf("R before the last review = %v, want 1", r)
	}
	for g := Again; g <= Easy; g++ {
		n := p.Review(c, g, earlier, "clock")
		if !n.Due.After(earlier) || n.Reps != c.Reps+1 || !n.LastReview.Equal(earlier) {
			t.Errorf("%v: due %v, reps %d, last %v", g, n.Due, n.Reps, n.LastReview)
		}
		if g >= Hard && (n.Stability < c.Stability || dueDays(n, earlier) < 1) {
			t.Errorf("%v: stability %v → %v, %d days: a wrong clock must not cost memory", g, c.Stability, n.Stability, dueDays(n, earlier))
		}
	}
}

func TestLearningSteps(t *testing.T) {
	p := noFuzz()
	now := start()
	want := func(c Card, ph Phase, step int, d time.Duration) {
		t.Helper()
		if c.Phase != ph || c.Step != step || c.Due.Sub(now) != d {
			t.Errorf("got %v step %d due +%v, want %v step %d due +%v", c.Phase, c.Step, c.Due.Sub(now), ph, step, d)
		}
	}
	c := p.Review(Card{}, Again, now, "l")
	want(c, PhaseLearning, 0, time.Minute)
	c = p.Review(c, Hard, now, "l")
	want(c, PhaseLearning, 0, 6*time.Minute) // (1m+10m)/2 rounded, as ts-fsrs and go-fsrs
	c = p.Review(c, Good, now, "l")
	want(c, PhaseLearning, 1, 10*time.Minute)
	c = p.Review(c, Again, now, "l")
	want(c, PhaseLearning, 0, time.Minute)
	c = p.Review(p.Review(c, Good, now, "l"), Good, now, "l")
	want(c, PhaseReview, 0, 24*time.Hour*time.Duration(max(math.Round(c.Stability), 1)))
	if c.Reps != 6 || c.Lapses != 0 {
		t.Errorf("reps %d lapses %d, want 6 and 0", c.Reps, c.Lapses)
	}
	if c := p.Review(Card{}, Easy, now, "l"); c.Phase != PhaseReview || dueDays(c, now) != 8 {
		t.Errorf("Easy from new: %v, %d days", c.Phase, dueDays(c, now))
	}
	day := p
	day.LearningSteps = []time.Duration{time.Minute, 48 * time.Hour}
	want(day.Review(Card{}, Good, now, "l"), PhaseReview, 0, 48*time.Hour)
	none := p
	none.LearningSteps = nil
	if c := none.Review(Card{}, Again, now, "l"); c.Phase != PhaseReview || dueDays(c, now) != 1 {
		t.Errorf("no steps: %v, %d days", c.Phase, dueDays(c, now))
	}
}

func TestLapseRelearnReview(t *testing.T) {
	p := noFuzz()
	c := reviewCard(40, 5)
	now := start().AddDate(0, 0, 40)
	c = p.Review(c, Again, now, "lapse")
	if c.Phase != PhaseRelearning || c.Lapses != 1 || c.Due.Sub(now) != 10*time.Minute || c.Stability >= 40 {
		t.Fatalf("after Again: %+v", c)
	}
	now = c.Due
	c = p.Review(c, Good, now, "lapse")
	if c.Phase != PhaseReview || c.Lapses != 1 || dueDays(c, now) != int(math.Round(c.Stability)) {
		t.Errorf("after relearning Good: %+v", c)
	}
	none := p
	none.RelearningSteps = nil
	if c := none.Review(reviewCard(40, 5), Again, now, "lapse"); c.Phase != PhaseReview || c.Lapses != 1 || dueDays(c, now) < 1 {
		t.Errorf("no relearning steps: %+v", c)
	}
}

func TestDayStartAndInvalidInput(t *testing.T) {
	p := DefaultParams()
	late := time.Date(2024, 5, 1, 23, 0, 0, 0, time.UTC)
	if got := p.ElapsedDays(late, late.Add(2*time.Hour)); got != 0 {
		t.Errorf("23:00 → 01:00 with a 04:00 day start = %d days, want 0", got)
	}
	if got := p.ElapsedDays(late, late.Add(5*time.Hour)); got != 1 {
		t.Errorf("23:00 → 04:00 = %d days, want 1", got)
	}
	p.DayStart = 0
	if got := p.ElapsedDays(late, late.Add(2*time.Hour)); got != 1 {
		t.Errorf("23:00 → 01:00 with midnight = %d days, want 1", got)
	}
	c := reviewCard(3, 3)
	if got := p.Review(c, Rating(0), start(), "x"); got != c {
		t.Errorf("invalid rating changed the card: %+v", got)
	}
	b, err := json.Marshal(c)
	if err != nil || !strings.Contains(string(b), `"phase":"review"`) {
		t.Fatalf("json %s, %v", b, err)
	}
	var back Card
	if err := json.Unmarshal(b, &back); err != nil || !back.Due.Equal(c.Due) || back.Phase != PhaseReview || back.Stability != 3 {
		t.Errorf("round trip: %+v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"phase":"limbo"}`), &back); !errors.Is(err, ErrInvalid) {
		t.Errorf("unknown phase: %v", err)
	}
}
