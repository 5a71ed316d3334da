package gift

import (
	"fmt"
	"strconv"
	"strings"

	"ajar/lessons"
)

// answer is one =right or ~wrong entry of a GIFT answer block.
type answer struct {
	right    bool    // marked =
	weight   float64 // %weight%, or 100 for = and 0 for ~ without one
	weighted bool
	text     string
	feedback string
	match    string // the right side of a matching pair (=a -> b)
	isMatch  bool
}

// answerList reads the =… and ~… entries of an answer block.
func answerList(in, format string) ([]answer, *Issue) {
	var out []answer
	for i := 0; i < len(in); {
		c := in[i]
		if c != '=' && c != '~' {
			if strings.TrimSpace(in[i:i+1]) == "" {
				i++
				continue
			}
			return nil, &Issue{Skipped: true, ID: fmt.Sprintf("jawaban harus diawali = (benar) atau ~ (salah), bukan %q", in[i:]),
				EN: fmt.Sprintf("answers must start with = (right) or ~ (wrong), not %q", in[i:])}
		}
		rest := in[i+1:]
		end := len(rest)
		for _, m := range []string{"=", "~"} {
			if j := indexUnescaped(rest, m); j >= 0 && j < end {
				end = j
			}
		}
		a, iss := oneAnswer(c == '=', rest[:end], format)
		if iss != nil {
			return nil, iss
		}
		out = append(out, a)
		i += 1 + end
	}
	if len(out) == 0 {
		return nil, &Issue{Skipped: true, ID: "soal tanpa jawaban", EN: "a question without answers"}
	}
	return out, nil
}

// oneAnswer reads the text after = or ~: an optional %weight%, the text,
// an optional #feedback; a -> makes it a matching pair.
func oneAnswer(right bool, s, format string) (answer, *Issue) {
	a := answer{right: right}
	if right {
		a.weight = 100
	}
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "%") {
		end := strings.Index(s[1:], "%")
		if end < 0 {
			return a, &Issue{Skipped: true, ID: "bobot %…% tidak ditutup", EN: "a %…% weight is not closed"}
		}
		w, err := strconv.ParseFloat(s[1:1+end], 64)
		if err != nil || w < -100 || w > 100 {
			return a, &Issue{Skipped: true, ID: fmt.Sprintf("bobot %q bukan angka antara -100 dan 100", s[1:1+end]),
				EN: fmt.Sprintf("the weight %q is not a number from -100 to 100", s[1:1+end])}
		}
		a.weight, a.weighted, s = w, true, s[2+end:]
	}
	if i := indexUnescaped(s, "#"); i >= 0 {
		a.feedback, s = text(s[i+1:], format), s[:i]
	}
	if i := indexUnescaped(s, "->"); i >= 0 {
		a.isMatch, a.match, s = true, text(s[i+2:], format), s[:i]
	}
	a.text = text(s, format)
	if a.text == "" && !a.isMatch {
		return a, &Issue{Skipped: true, ID: "jawaban kosong", EN: "an empty answer"}
	}
	return a, nil
}

// choices turns an answer list into a choice, fill-in or order question.
func choices(list []answer, q lessons.Question) (lessons.Question, *Issue, *Issue) {
	var wrongs, matches, weighted int
	for _, a := range list {
		if !a.right {
			wrongs++
		}
		if a.isMatch {
			matches++
		}
		if a.weighted {
			weighted++
		}
	}
	switch {
	case matches > 0:
		return matching(list, q)
	case wrongs == 0:
		return shortAnswer(list, q)
	}
	right := 0
	for _, a := range list {
		if a.weight > 0 {
			right++
		}
		q.Options = append(q.Options, lessons.Option{Text: a.text, Correct: a.weight > 0, Feedback: a.feedback})
	}
	if right == 0 {
		return q, nil, &Issue{Skipped: true, ID: "tidak ada jawaban benar (= atau bobot positif)", EN: "no right answer (= or a positive weight)"}
	}
	q.Type = lessons.Single
	if right > 1 {
		q.Type = lessons.Multi
	}
	// ajar grades a question whole: partial credit cannot be kept, only
	// said. Negative weights (penalties) change nothing then.
	if weighted > 0 && !evenWeights(list, right) {
		return q, &Issue{ID: "nilai sebagian (%bobot%) menjadi benar-salah: jawaban berbobot positif dihitung benar, dan semuanya harus dipilih",
			EN: "partial credit (%weight%) becomes right-or-wrong: answers with a positive weight count as right, and all must be picked"}, nil
	}
	return q, nil, nil
}

// evenWeights reports whether the positive weights of a multiple-answer
// question split 100 evenly, as ajar's all-or-nothing grading does.
func evenWeights(list []answer, right int) bool {
	for _, a := range list {
		if a.weight > 0 && (a.weight*float64(right) < 99 || a.weight*float64(right) > 101) {
			return false
		}
	}
	return true
}

// shortAnswer reads {=a =b}: every accepted answer of a fill-in. Partial
// credit cannot be kept: only full-credit answers are accepted.
func shortAnswer(list []answer, q lessons.Question) (lessons.Question, *Issue, *Issue) {
	var warn *Issue
	for _, a := range list {
		if a.weight < 100 {
			warn = &Issue{ID: fmt.Sprintf("jawaban %q bernilai sebagian (%g%%) tidak diterima: isian ajar benar atau salah", a.text, a.weight),
				EN: fmt.Sprintf("the answer %q for partial credit (%g%%) is not accepted: an ajar fill-in is right or wrong", a.text, a.weight)}
			continue
		}
		q.Accept = append(q.Accept, a.text)
	}
	if len(q.Accept) == 0 {
		return q, nil, &Issue{Skipped: true, ID: "tidak ada jawaban bernilai penuh", EN: "no answer for full credit"}
	}
	q.Type = lessons.Fill
	return q, warn, nil
}

// matching reads {=a -> b}. Pairs whose left sides are 1, 2, 3, … in that
// order are an ordering (how ajar exports one); other pairs are a
// matching question. Moodle's extra right answers without a left side
// (= -> b) have no place in ajar and are dropped with a warning; what
// ajar's format does not allow (fewer than 2 or more than 9 pairs, a left
// or right text twice) is skipped.
func matching(list []answer, q lessons.Question) (lessons.Question, *Issue, *Issue) {
	if numbered(list) {
		for _, a := range list {
			q.Items = append(q.Items, a.match)
		}
		if len(q.Items) < 2 {
			return q, nil, &Issue{Skipped: true, ID: "urutan perlu sedikitnya dua item", EN: "an ordering needs two items or more"}
		}
		q.Type = lessons.Order
		return q, nil, nil
	}
	var warn *Issue
	lefts, rights := map[string]bool{}, map[string]bool{}
	for _, a := range list {
		switch {
		case !a.isMatch || !a.right || a.match == "":
			return q, nil, &Issue{Skipped: true, ID: "soal menjodohkan hanya berisi pasangan =kiri -> kanan",
				EN: "a matching question holds only =left -> right pairs"}
		case a.text == "":
			warn = &Issue{ID: fmt.Sprintf("jawaban kanan tambahan %q tanpa pasangan dibuang: soal matching ajar tidak punya pengecoh", a.match),
				EN: fmt.Sprintf("the extra right answer %q without a left side is dropped: an ajar matching question has no distractors", a.match)}
			continue
		case lefts[a.text] || rights[a.match]:
			return q, nil, &Issue{Skipped: true, ID: "soal menjodohkan dengan sisi kiri atau kanan yang sama dua kali", EN: "a matching question with a left or right side written twice"}
		}
		lefts[a.text], rights[a.match] = true, true
		q.Pairs = append(q.Pairs, lessons.Pair{Left: a.text, Right: a.match})
	}
	if n := len(q.Pairs); n < 2 || n > lessons.MaxPairs {
		return q, nil, &Issue{Skipped: true, ID: fmt.Sprintf("soal menjodohkan perlu 2 sampai %d pasangan; ada %d", lessons.MaxPairs, n),
			EN: fmt.Sprintf("a matching question needs 2 to %d pairs; it has %d", lessons.MaxPairs, n)}
	}
	q.Type = lessons.Matching
	return q, warn, nil
}

// numbered reports whether the pairs' left sides are 1, 2, 3, … in order,
// the way ajar exports an ordering.
func numbered(list []answer) bool {
	for i, a := range list {
		if !a.isMatch || !a.right || a.text != strconv.Itoa(i+1) || a.match == "" {
			return false
		}
	}
	return true
}
