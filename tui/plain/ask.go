package plain

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"ajar/lessons"
)

// asked is one question answered: what was shown, in which order, and the
// graded response.
type asked struct {
	q *lessons.Question
	// perm maps a shown number (from 0) to an option index; items the
	// same for an order question's items and a matching question's right
	// items.
	perm, items []int
	resp        lessons.Response
	right       bool
}

// answer asks q until the learner gives an answer of the right form, and
// grades it with lessons.Question.Check, as every screen of the tutor
// does. seed fixes the shuffles: options are shuffled because authors tend
// to put the right one first, and a learner should recall the answer, not
// its place. q at the prompt is errBack.
func (s *session) answer(q *lessons.Question, seed string) (asked, error) {
	a := asked{q: q, perm: q.ShuffledOptions(seed)}
	s.para(q.Prompt)
	var hint string
	var parse func(string) (lessons.Response, string)
	switch q.Type {
	case lessons.Single, lessons.Multi:
		for pos, i := range a.perm {
			s.choice(pos, q.Options[i].Text)
		}
		hint, parse = s.t.pickOne, a.single(s.t)
		if q.Type == lessons.Multi {
			hint, parse = s.t.pickMany, a.multi(s.t)
		}
	case lessons.TrueFalse:
		s.sayf("1) %s", s.t.trueWord)
		s.sayf("2) %s", s.t.falseWord)
		hint, parse = s.t.trueFalse, trueFalse(s.t)
	case lessons.Fill:
		hint, parse = s.t.typeAnswer, func(in string) (lessons.Response, string) {
			if in == "" {
				return lessons.Response{}, s.t.emptyAnswer
			}
			return lessons.Response{Text: in}, ""
		}
	case lessons.Order:
		a.items = q.Shuffled(seed)
		for pos, i := range a.items {
			s.choice(pos, q.Items[i])
		}
		hint, parse = s.t.orderItems, a.order(s.t)
	case lessons.Matching:
		a.items = q.Shuffled(seed)
		for i, p := range q.Pairs {
			s.say(strings.Join(wrap(p.Left, matchLetter(i)+". ", "   ", s.cfg.Width), "\n"))
		}
		for pos, i := range a.items {
			s.choice(pos, q.Pairs[i].Right)
		}
		hint, parse = s.t.matchItems, a.match(s.t)
	}
	in, err := s.ask(hint, func(in string) string {
		var msg string
		a.resp, msg = parse(in)
		return msg
	})
	if err != nil {
		return a, err
	}
	if isQuit(in) {
		return a, errBack
	}
	a.right = q.Check(a.resp)
	return a, nil
}

// choice prints the choice shown at pos (from 0) as "1) text", wrapped
// under its text.
func (s *session) choice(pos int, text string) {
	num := strconv.Itoa(pos+1) + ") "
	s.say(strings.Join(wrap(text, num, strings.Repeat(" ", len(num)), s.cfg.Width), "\n"))
}

// numbers parses "3 1 2" (or "3,1,2") into numbers from 1 to n; ok is
// false for anything else, or nothing.
func numbers(in string, n int) ([]int, bool) {
	fields := strings.FieldsFunc(in, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
	var out []int
	for _, f := range fields {
		d, ok := number(f, n)
		if !ok {
			return nil, false
		}
		out = append(out, d)
	}
	return out, len(out) > 0
}

// single reads one option's number.
func (a *asked) single(t texts) func(string) (lessons.Response, string) {
	return func(in string) (lessons.Response, string) {
		d, ok := number(in, len(a.perm))
		if !ok {
			return lessons.Response{}, fmt.Sprintf(t.badNumber, len(a.perm))
		}
		return lessons.Response{Choices: []int{a.perm[d-1]}}, ""
	}
}

// multi reads the numbers of every option chosen.
func (a *asked) multi(t texts) func(string) (lessons.Response, string) {
	return func(in string) (lessons.Response, string) {
		ds, ok := numbers(in, len(a.perm))
		if !ok {
			return lessons.Response{}, fmt.Sprintf(t.badNumber, len(a.perm))
		}
		var r lessons.Response
		for _, d := range ds {
			r.Choices = append(r.Choices, a.perm[d-1])
		}
		return r, ""
	}
}

// order reads the items' numbers in the learner's order: every number
// once, so a slip of the finger is asked again rather than graded.
func (a *asked) order(t texts) func(string) (lessons.Response, string) {
	return a.everyOnce(t, func(r *lessons.Response, item int) { r.Order = append(r.Order, item) })
}

// match reads, for the left items A, B, C… in turn, the number of the
// right item that goes with each: every number once, as an order.
func (a *asked) match(t texts) func(string) (lessons.Response, string) {
	return a.everyOnce(t, func(r *lessons.Response, item int) { r.Match = append(r.Match, item) })
}

// everyOnce reads each shown number of a.items exactly once and adds the
// item behind each, in the order typed, to the response with add.
func (a *asked) everyOnce(t texts, add func(r *lessons.Response, item int)) func(string) (lessons.Response, string) {
	return func(in string) (lessons.Response, string) {
		n := len(a.items)
		ds, ok := numbers(in, n)
		sorted := slices.Sorted(slices.Values(ds))
		if !ok || len(ds) != n || len(slices.Compact(sorted)) != n {
			return lessons.Response{}, fmt.Sprintf(t.badOrder, n)
		}
		var r lessons.Response
		for _, d := range ds {
			add(&r, a.items[d-1])
		}
		return r, ""
	}
}

// matchLetter names left item i: A, B, C… (at most nine pairs).
func matchLetter(i int) string { return string(rune('A' + i)) }

// trueFalse reads true or false in either language's letter or word, or
// the number shown: b/t/1 and s/f/2.
func trueFalse(t texts) func(string) (lessons.Response, string) {
	return func(in string) (lessons.Response, string) {
		switch strings.ToLower(in) {
		case "b", "benar", "t", "true", "1":
			return lessons.Response{Bool: true}, ""
		case "s", "salah", "f", "false", "2":
			return lessons.Response{Bool: false}, ""
		}
		return lessons.Response{}, t.badTrueFalse
	}
}

// feedback says right or wrong, the feedback the author wrote for what
// was chosen, the right answer when it was wrong, and the explanation:
// what the tutor's feedback shows, in the same order.
func (s *session) feedback(a asked) {
	if a.right {
		s.say(s.t.correct)
	} else {
		s.say(s.t.wrong)
	}
	q := a.q
	switch q.Type {
	case lessons.TrueFalse:
		if f := q.FeedbackFalse; !a.resp.Bool && f != "" {
			s.para(f)
		} else if f := q.FeedbackTrue; a.resp.Bool && f != "" {
			s.para(f)
		}
	case lessons.Single, lessons.Multi:
		for _, i := range a.perm { // in the order shown
			if slices.Contains(a.resp.Choices, i) && q.Options[i].Feedback != "" {
				s.para(q.Options[i].Feedback)
			}
		}
	}
	if !a.right {
		s.paraf(s.t.correctAnswer, s.rightAnswer(a))
	}
	if q.Explanation != "" {
		s.paraf(s.t.explanation, q.Explanation)
	}
}

// rightAnswer is the correct answer in words.
func (s *session) rightAnswer(a asked) string {
	q := a.q
	switch q.Type {
	case lessons.TrueFalse:
		if q.Answer {
			return s.t.trueWord
		}
		return s.t.falseWord
	case lessons.Fill:
		if len(q.Accept) > 0 {
			return q.Accept[0]
		}
		return ""
	case lessons.Order:
		return strings.Join(q.Items, " > ")
	case lessons.Matching:
		right := make([]int, len(q.Pairs))
		for i := range right {
			right[i] = i
		}
		return q.Describe(lessons.Response{Match: right})
	}
	var right []string
	for _, i := range a.perm {
		if q.Options[i].Correct {
			right = append(right, q.Options[i].Text)
		}
	}
	return lessons.JoinSentences(right)
}
