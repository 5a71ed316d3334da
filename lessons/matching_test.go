package lessons

import (
	"reflect"
	"slices"
	"testing"
)

// matchingSample is the grading tables' matching question, its pairs as
// the author wrote them.
func matchingSample() Question {
	return Question{ID: "matching", Type: Matching, Pairs: []Pair{{Left: "Kepala", Right: "Memimpin"},
		{Left: "Sekretaris", Right: "Mencatat"}, {Left: "Bendahara", Right: "Membayar"}}}
}

// TestMatchingGrades: only every left item against its own right item is
// right, and every answer is described in left order, open or
// out-of-range partners as "?".
func TestMatchingGrades(t *testing.T) {
	q := matchingSample()
	tests := []struct {
		match []int
		right bool
		given string
	}{
		{[]int{0, 1, 2}, true, "Kepala → Memimpin; Sekretaris → Mencatat; Bendahara → Membayar"},
		{[]int{1, 0, 2}, false, "Kepala → Mencatat; Sekretaris → Memimpin; Bendahara → Membayar"},
		{[]int{0, 1}, false, "Kepala → Memimpin; Sekretaris → Mencatat; Bendahara → ?"},
		{[]int{0, 1, 9}, false, "Kepala → Memimpin; Sekretaris → Mencatat; Bendahara → ?"},
		{[]int{0, 1, -1}, false, "Kepala → Memimpin; Sekretaris → Mencatat; Bendahara → ?"},
		{nil, false, "Kepala → ?; Sekretaris → ?; Bendahara → ?"},
	}
	for _, tt := range tests {
		r := Response{Match: tt.match}
		if got := q.Check(r); got != tt.right {
			t.Errorf("Check(%v) = %v", tt.match, got)
		}
		if got := q.Describe(r); got != tt.given {
			t.Errorf("Describe(%v) = %q, want %q", tt.match, got, tt.given)
		}
	}
	if q.Check(Response{Order: []int{0, 1, 2}}) {
		t.Error("an order response must not answer a matching question")
	}
}

// TestMatchingShuffled: the right items are shown in an order that hides
// the answer, the same for the same seed.
func TestMatchingShuffled(t *testing.T) {
	q := Question{ID: "m", Type: Matching, Pairs: []Pair{{Left: "a", Right: "1"}, {Left: "b", Right: "2"}, {Left: "c", Right: "3"}}}
	for _, seed := range []string{"", "x", "attempt-2"} {
		p := q.Shuffled(seed)
		if len(p) != 3 || slices.IsSorted(p) || !reflect.DeepEqual(p, q.Shuffled(seed)) {
			t.Errorf("seed %q: %v", seed, p)
		}
	}
}

// TestLessonTimeCountsPairs: the words of both sides of the pairs are read
// while answering, like options and items.
func TestLessonTimeCountsPairs(t *testing.T) {
	q := matchingSample()
	var long []Pair
	for range 60 {
		long = append(long, Pair{Left: "kata kata kata kata kata", Right: "kata kata kata kata kata"})
	}
	_, _, short := LessonTime(&Lesson{Body: "Teks.", Questions: []Question{q}})
	q.Pairs = long
	_, _, longer := LessonTime(&Lesson{Body: "Teks.", Questions: []Question{q}})
	if longer <= short {
		t.Fatalf("600 words of pairs take %d minutes to answer, 6 words %d", longer, short)
	}
}
