package lessons

import (
	"hash/fnv"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Check reports whether r answers q correctly:
//   - single: exactly one choice, and it is the correct option;
//   - multi: the set of choices equals the set of correct options;
//   - truefalse: r.Bool equals q.Answer;
//   - fill: NormalizeAnswer(r.Text) equals NormalizeAnswer of an accepted
//     answer;
//   - order: r.Order is 0, 1, ..., len(q.Items)-1;
//   - matching: r.Match is 0, 1, ..., len(q.Pairs)-1 (every left item
//     against its own right item).
//
// An out-of-range index is never correct.
func (q Question) Check(r Response) bool {
	switch q.Type {
	case Single:
		return len(r.Choices) == 1 && q.isCorrect(r.Choices[0])
	case Multi:
		return slices.Equal(q.choiceSet(r.Choices), q.CorrectIndexes())
	case TrueFalse:
		return r.Bool == q.Answer
	case Fill:
		got := NormalizeAnswer(r.Text)
		if got == "" {
			return false
		}
		for _, a := range q.Accept {
			if NormalizeAnswer(a) == got {
				return true
			}
		}
		return false
	case Order:
		return isIdentity(r.Order, len(q.Items))
	case Matching:
		return isIdentity(r.Match, len(q.Pairs))
	}
	return false
}

// isIdentity reports whether s is 0, 1, ..., n-1: the order of an order
// question's items and the right items of a matching question's left
// items as the author wrote them.
func isIdentity(s []int, n int) bool {
	if len(s) != n {
		return false
	}
	for i, v := range s {
		if v != i {
			return false
		}
	}
	return true
}

// isCorrect reports whether i is the index of a correct option.
func (q Question) isCorrect(i int) bool {
	return i >= 0 && i < len(q.Options) && q.Options[i].Correct
}

// choiceSet returns the valid option indexes among choices, sorted and
// without repeats, so a choice clicked twice counts once. An out-of-range
// index is kept as -1 so that it can never make a set match.
func (q Question) choiceSet(choices []int) []int {
	set := make([]int, 0, len(choices))
	for _, c := range choices {
		if c < 0 || c >= len(q.Options) {
			c = -1
		}
		set = append(set, c)
	}
	slices.Sort(set)
	return slices.Compact(set)
}

// CorrectIndexes returns the indexes of the correct options in ascending
// order; it is empty for questions without options.
func (q Question) CorrectIndexes() []int {
	idx := []int{}
	for i, o := range q.Options {
		if o.Correct {
			idx = append(idx, i)
		}
	}
	return idx
}

// Describe renders r as readable text for storage and reports: the chosen
// option texts joined with "; " (in option order), "true" or "false", the
// typed text trimmed, the item texts in the learner's order joined with
// " > ", or each left item with the right item put against it, "left →
// right" joined with "; " in left order (a left item left open gets "?").
// Out-of-range indexes are left out.
func (q Question) Describe(r Response) string {
	switch q.Type {
	case Single, Multi:
		var texts []string
		for _, i := range q.choiceSet(r.Choices) {
			if i >= 0 {
				texts = append(texts, q.Options[i].Text)
			}
		}
		return strings.Join(texts, "; ")
	case TrueFalse:
		if r.Bool {
			return "true"
		}
		return "false"
	case Fill:
		return strings.TrimSpace(r.Text)
	case Order:
		var texts []string
		for _, i := range r.Order {
			if i >= 0 && i < len(q.Items) {
				texts = append(texts, q.Items[i])
			}
		}
		return strings.Join(texts, " > ")
	case Matching:
		var texts []string
		for i, p := range q.Pairs {
			right := "?"
			if i < len(r.Match) && r.Match[i] >= 0 && r.Match[i] < len(q.Pairs) {
				right = q.Pairs[r.Match[i]].Right
			}
			texts = append(texts, p.Left+" → "+right)
		}
		return strings.Join(texts, "; ")
	}
	return ""
}

// NormalizeAnswer folds a typed answer for comparison: it lower-cases,
// decomposes (NFD) and drops combining marks so "Café" equals "cafe",
// trims and collapses every run of inner white space to one space. Invalid
// UTF-8 becomes U+FFFD first.
//
// Lower-casing comes before decomposing, so that a mark lower-casing adds
// (İ becomes i and a combining dot) is dropped too, and folding a folded
// answer changes nothing: the fuzz test FuzzCheck found that the other
// order did not hold for invalid UTF-8 followed by a letter with a mark.
func NormalizeAnswer(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(strings.ToValidUTF8(s, "\uFFFD"))) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// Shuffled returns the order in which to show the items of an order
// question, or the right items of a matching question: a permutation of
// 0..len(q.Items)-1 (or len(q.Pairs)-1) that depends only on seed and q.ID,
// so a learner sees the same order again for the same seed (e.g. an
// attempt id). With two or more items it is never the identity, so the
// learner always has work to do.
func (q Question) Shuffled(seed string) []int {
	n := len(q.Items)
	if q.Type == Matching {
		n = len(q.Pairs)
	}
	return Permutation(n, questionSeed(seed, q))
}

// ShuffledOptions returns the order in which to show the options of a
// single or multi question: position i shows option ShuffledOptions(seed)[i].
// Like Shuffled it depends only on seed and q.ID, but every order is
// equally likely, the written one too: authors tend to put the right
// option first, and an order that never leaves it there would give away
// which one it is (with two options, always the one shown second).
func (q Question) ShuffledOptions(seed string) []int {
	return shuffle(len(q.Options), questionSeed(seed, q))
}

// questionSeed is the seed of q's shuffles for seed; the 0 byte keeps
// ("a", "bc") and ("ab", "c") apart.
func questionSeed(seed string, q Question) string { return seed + "\x00" + q.ID }

// Permutation returns a permutation of 0..n-1 that depends only on seed:
// the same on every PC and Go release. With two or more elements it is
// never the identity.
func Permutation(n int, seed string) []int {
	perm := shuffle(n, seed)
	if n >= 2 && slices.IsSorted(perm) {
		// Rotating the identity by one is a permutation that still needs
		// every item moved.
		perm = append(perm[1:], perm[0])
	}
	return perm
}

// shuffle returns a uniformly shuffled permutation of 0..n-1 that depends
// only on seed, the identity included.
func shuffle(n int, seed string) []int {
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	h := fnv.New64a()
	h.Write([]byte(seed))
	state := h.Sum64()
	// Fisher–Yates with splitmix64, written out rather than math/rand so
	// the permutation stays the same across Go releases.
	for i := n - 1; i > 0; i-- {
		state += 0x9e3779b97f4a7c15
		z := state
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		z = (z ^ (z >> 27)) * 0x94d049bb133111eb
		z ^= z >> 31
		j := int(z % uint64(i+1))
		perm[i], perm[j] = perm[j], perm[i]
	}
	return perm
}

// wordsPerMinute is the reading speed the course is planned with: slower
// than print, since learners read from a terminal, often in a second pass.
const wordsPerMinute = 140

// ReadingMinutes estimates how long body takes to read, rounded to the
// nearest minute (at least 1). Markdown marks do not count as words.
func ReadingMinutes(body string) int {
	return max((wordCount(body)+wordsPerMinute/2)/wordsPerMinute, 1)
}

// wordCount counts the words of s: runs between spaces holding at least
// one letter or digit, so Markdown marks and dashes do not count.
func wordCount(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}

// JoinSentences joins option texts for one line of a screen as "a; b; c."
// An option written as a sentence keeps its full stop only at the end of
// the line: "pembuatnya.; Memisahkan" reads as a slip. (Describe, which
// reports store, keeps the texts as written.)
func JoinSentences(parts []string) string {
	out := make([]string, len(parts))
	for i, p := range parts {
		if i < len(parts)-1 {
			p = strings.TrimSuffix(p, ".")
		}
		out[i] = p
	}
	return strings.Join(out, "; ")
}
