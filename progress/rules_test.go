package progress

import (
	"math"
	"testing"
)

func TestBetterScore(t *testing.T) {
	cases := []struct {
		c1, t1, c2, t2 int
		want           bool
	}{
		{1, 2, 1, 3, true},
		{1, 3, 1, 2, false},
		{1, 2, 2, 4, false}, // equal fractions are not better
		{0, 0, 0, 0, false},
		{0, 0, 0, 5, false}, // 0/0 counts as 0
		{0, 5, 0, 0, false},
		{1, 5, 0, 0, true},
		{0, 0, 1, 5, false},
		{5, 5, 4, 5, true},
		// Cross products overflow 64 bits; the comparison must stay exact.
		{math.MaxInt, math.MaxInt, math.MaxInt - 1, math.MaxInt, true},
		{math.MaxInt - 1, math.MaxInt, math.MaxInt, math.MaxInt, false},
	}
	for _, tc := range cases {
		if got := betterScore(tc.c1, tc.t1, tc.c2, tc.t2); got != tc.want {
			t.Errorf("betterScore(%d/%d > %d/%d) = %v, want %v", tc.c1, tc.t1, tc.c2, tc.t2, got, tc.want)
		}
	}
}
