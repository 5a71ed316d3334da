package lessons

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// sample returns the grading tables' question of the given id.
func sample(id string) Question {
	switch id {
	case "single":
		return Question{ID: id, Type: Single, Options: []Option{{Text: "1978"}, {Text: "1990", Correct: true}, {Text: "2006"}}}
	case "multi":
		return Question{ID: id, Type: Multi, Options: []Option{{Text: "A", Correct: true}, {Text: "B"}, {Text: "C", Correct: true}}}
	case "true":
		return Question{ID: id, Type: TrueFalse, Answer: true}
	case "false":
		return Question{ID: id, Type: TrueFalse, Answer: false}
	case "fill":
		return Question{ID: id, Type: Fill, Accept: []string{"Berpikir Sistem", "café", "3.10"}}
	case "order":
		return Question{ID: id, Type: Order, Items: []string{"Satu", "Dua", "Tiga"}}
	}
	return Question{ID: id, Type: QuestionType(id)}
}

// TestCheck grades responses of every question type.
func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		q    Question
		r    Response
		want bool
	}{
		{"single right", sample("single"), Response{Choices: []int{1}}, true},
		{"single wrong", sample("single"), Response{Choices: []int{0}}, false},
		{"single none", sample("single"), Response{}, false},
		{"single two", sample("single"), Response{Choices: []int{1, 0}}, false},
		{"single out of range", sample("single"), Response{Choices: []int{7}}, false},
		{"single negative", sample("single"), Response{Choices: []int{-1}}, false},
		{"multi exact", sample("multi"), Response{Choices: []int{2, 0}}, true},
		{"multi repeated click", sample("multi"), Response{Choices: []int{0, 2, 0}}, true},
		{"multi missing one", sample("multi"), Response{Choices: []int{0}}, false},
		{"multi extra wrong", sample("multi"), Response{Choices: []int{0, 1, 2}}, false},
		{"multi out of range", sample("multi"), Response{Choices: []int{0, 2, 5}}, false},
		{"multi none", sample("multi"), Response{}, false},
		{"true right", sample("true"), Response{Bool: true}, true},
		{"true wrong", sample("true"), Response{Bool: false}, false},
		{"false right", sample("false"), Response{Bool: false}, true},
		{"false wrong", sample("false"), Response{Bool: true}, false},
		{"fill exact", sample("fill"), Response{Text: "Berpikir Sistem"}, true},
		{"fill case and spaces", sample("fill"), Response{Text: "  berpikir   sistem "}, true},
		{"fill trailing space", sample("fill"), Response{Text: "Berpikir Sistem "}, true},
		{"fill accent dropped", sample("fill"), Response{Text: "cafe"}, true},
		{"fill accent added", sample("fill"), Response{Text: "CAFÉ"}, true},
		{"fill 3.1 is not 3.10", sample("fill"), Response{Text: "3.1"}, false},
		{"fill 3.10", sample("fill"), Response{Text: "3.10"}, true},
		{"fill wrong", sample("fill"), Response{Text: "berpikir"}, false},
		{"fill empty", sample("fill"), Response{Text: "  "}, false},
		{"order right", sample("order"), Response{Order: []int{0, 1, 2}}, true},
		{"order wrong", sample("order"), Response{Order: []int{1, 0, 2}}, false},
		{"order short", sample("order"), Response{Order: []int{0, 1}}, false},
		{"order empty", sample("order"), Response{}, false},
		{"unknown type", sample("essay"), Response{}, false},
	}
	for _, tt := range tests {
		if got := tt.q.Check(tt.r); got != tt.want {
			t.Errorf("%s: Check(%+v) = %v, want %v", tt.name, tt.r, got, tt.want)
		}
	}
}

// TestDescribe renders responses of every question type.
func TestDescribe(t *testing.T) {
	tests := []struct {
		q    Question
		r    Response
		want string
	}{
		{sample("single"), Response{Choices: []int{1}}, "1990"},
		{sample("single"), Response{}, ""},
		{sample("multi"), Response{Choices: []int{2, 0, 2}}, "A; C"},
		{sample("multi"), Response{Choices: []int{1, 9}}, "B"},
		{sample("true"), Response{Bool: true}, "true"},
		{sample("true"), Response{Bool: false}, "false"},
		{sample("fill"), Response{Text: "  Café  au lait \n"}, "Café  au lait"},
		{sample("order"), Response{Order: []int{2, 0, 1}}, "Tiga > Satu > Dua"},
		{sample("order"), Response{Order: []int{1, -1, 3}}, "Dua"},
		{sample("essay"), Response{Text: "x"}, ""},
	}
	for _, tt := range tests {
		if got := tt.q.Describe(tt.r); got != tt.want {
			t.Errorf("%s.Describe(%+v) = %q, want %q", tt.q.Type, tt.r, got, tt.want)
		}
	}
}

// TestNormalizeAnswer checks the folding used to match fill answers.
func TestNormalizeAnswer(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Berpikir Sistem ", "berpikir sistem"},
		{"  BERPIKIR\t\n  sistem", "berpikir sistem"},
		{"café", "cafe"},
		{"cafe\u0301", "cafe"}, // already decomposed
		{"Ñandú", "nandu"},
		{"İstanbul", "istanbul"},
		{"3.10", "3.10"},
		{"012", "012"},
		{"", ""},
		{"   ", ""},
	}
	for _, tt := range tests {
		if got := NormalizeAnswer(tt.in); got != tt.want {
			t.Errorf("NormalizeAnswer(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCorrectIndexes lists the correct options.
func TestCorrectIndexes(t *testing.T) {
	tests := []struct {
		q    Question
		want []int
	}{
		{sample("single"), []int{1}},
		{sample("multi"), []int{0, 2}},
		{sample("fill"), []int{}},
	}
	for _, tt := range tests {
		if got := tt.q.CorrectIndexes(); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s.CorrectIndexes() = %v, want %v", tt.q.ID, got, tt.want)
		}
	}
}

// TestShuffled checks that Shuffled is a deterministic permutation that is
// never the identity, and that it depends on the seed.
func TestShuffled(t *testing.T) {
	for n := 0; n <= 7; n++ {
		q := Question{ID: "q-" + strconv.Itoa(n), Type: Order, Items: make([]string, n)}
		distinct := map[string]bool{}
		for s := range 200 {
			seed := "attempt-" + strconv.Itoa(s)
			p := q.Shuffled(seed)
			if !reflect.DeepEqual(p, q.Shuffled(seed)) {
				t.Fatalf("n=%d seed=%s: not deterministic", n, seed)
			}
			sorted := slices.Sorted(slices.Values(p))
			for i, v := range sorted {
				if v != i {
					t.Fatalf("n=%d seed=%s: %v is not a permutation", n, seed, p)
				}
			}
			if len(p) != n {
				t.Fatalf("n=%d: len = %d", n, len(p))
			}
			if n >= 2 && slices.IsSorted(p) {
				t.Fatalf("n=%d seed=%s: identity %v", n, seed, p)
			}
			if n >= 2 && q.Check(Response{Order: p}) {
				t.Fatalf("n=%d seed=%s: the shown order already counts as correct", n, seed)
			}
			distinct[toKey(p)] = true
		}
		if n >= 4 && len(distinct) < 10 {
			t.Errorf("n=%d: only %d distinct orders over 200 seeds", n, len(distinct))
		}
	}
	a := sample("order").Shuffled("x")
	b := Question{ID: "other", Type: Order, Items: sample("order").Items}.Shuffled("x")
	c := sample("order").Shuffled("y")
	if reflect.DeepEqual(a, b) && reflect.DeepEqual(a, c) {
		t.Errorf("seed and id do not change the order: %v", a)
	}
}

// TestShuffledKeepsItsOrders pins orders Shuffled and Permutation gave
// before options were shuffled through the same code: a learner half-way
// through an order question, or a module check, sees the same order after
// an update.
func TestShuffledKeepsItsOrders(t *testing.T) {
	if got := sample("order").Shuffled("x"); !reflect.DeepEqual(got, []int{2, 0, 1}) {
		t.Errorf("Shuffled(x) = %v, want [2 0 1]", got)
	}
	if got := Permutation(6, "ajar"); !reflect.DeepEqual(got, []int{2, 3, 4, 1, 0, 5}) {
		t.Errorf("Permutation(6, ajar) = %v, want [2 3 4 1 0 5]", got)
	}
}

// TestShuffledOptions checks that options are shuffled repeatably, by seed
// and question, and uniformly: the written order is as likely as any other,
// so a right answer written first is not pushed off the first place.
func TestShuffledOptions(t *testing.T) {
	for n := 0; n <= 4; n++ {
		q := Question{ID: "q-" + strconv.Itoa(n), Type: Single, Options: make([]Option, n)}
		counts := map[string]int{}
		const seeds = 2400
		for s := range seeds {
			seed := "round-" + strconv.Itoa(s)
			p := q.ShuffledOptions(seed)
			if !reflect.DeepEqual(p, q.ShuffledOptions(seed)) {
				t.Fatalf("n=%d seed=%s: not deterministic", n, seed)
			}
			if len(p) != n {
				t.Fatalf("n=%d: len = %d", n, len(p))
			}
			for i, v := range slices.Sorted(slices.Values(p)) {
				if v != i {
					t.Fatalf("n=%d seed=%s: %v is not a permutation", n, seed, p)
				}
			}
			counts[toKey(p)]++
		}
		orders := 1
		for i := 2; i <= n; i++ {
			orders *= i
		}
		if len(counts) != orders {
			t.Errorf("n=%d: %d of %d orders shown", n, len(counts), orders)
		}
		for k, c := range counts {
			// Each order expects seeds/orders; a third off is far beyond chance.
			if want := seeds / orders; c < want*2/3 || c > want*4/3 {
				t.Errorf("n=%d: order %s shown %d times of %d, want about %d", n, k, c, seeds, want)
			}
		}
	}
	q := sample("single")
	other := q
	other.ID = "other"
	if a := q.ShuffledOptions("x"); reflect.DeepEqual(a, other.ShuffledOptions("x")) && reflect.DeepEqual(a, q.ShuffledOptions("y")) {
		t.Errorf("seed and id do not change the order: %v", a)
	}
}

// toKey renders a permutation as a map key.
func toKey(p []int) string {
	b := make([]byte, len(p))
	for i, v := range p {
		b[i] = byte('0' + v)
	}
	return string(b)
}

func TestReadingMinutes(t *testing.T) {
	words := func(n int) string { return strings.Repeat("kata ", n) }
	tests := []struct {
		body string
		want int
	}{
		{"", 1},
		{words(349), 2},
		{words(350), 3}, // 2.5 rounds up
		{words(700), 5},
		{words(770), 6},
		{"## " + words(420) + " - * **", 3}, // Markdown marks are not words
	}
	for _, tt := range tests {
		if got := ReadingMinutes(tt.body); got != tt.want {
			t.Errorf("ReadingMinutes(%d fields) = %d, want %d", len(strings.Fields(tt.body)), got, tt.want)
		}
	}
}

func TestJoinSentences(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{[]string{"Menelusuri sumbernya.", "Memisahkan klaim dari bukti."}, "Menelusuri sumbernya; Memisahkan klaim dari bukti."},
		{[]string{"Satu", "Dua"}, "Satu; Dua"},
		{[]string{"Hanya satu."}, "Hanya satu."},
		{nil, ""},
	} {
		if got := JoinSentences(c.in); got != c.want {
			t.Errorf("JoinSentences(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
