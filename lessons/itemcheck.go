package lessons

import (
	"math"
	"strconv"
	"strings"
)

// CheckItems looks at how the quiz items of every loaded lesson of c are
// written and returns warnings: flaws that let a learner answer without
// knowing the idea (a key longer than every distractor, an absolute word in
// a true/false statement, the answer printed in the prompt or the lesson
// title, dates that give away an order), items that repeat another item
// anywhere in the catalog, true/false answers far from half true in a
// module, "all/none of the above" options, negative stems, and a `minutes`
// that does not match the time the lesson takes to read and answer.
//
// The rules follow established item-writing guidance (Haladyna, Downing &
// Rodriguez 2002; the NBME item-writing guide). Every Problem returned has
// Warning set; none of them keeps a lesson from loading. Only lessons that
// loaded are checked, in catalog order, so a repeat is reported at its
// second place.
func CheckItems(c *Catalog) []Problem {
	if c == nil {
		return nil
	}
	var probs []Problem
	warn := func(path string, line int, code string, args ...any) {
		probs = append(probs, Problem{Path: path, Line: line, Code: code, Args: args, Warning: true})
	}
	dups := newDupFinder()
	for _, m := range c.Modules {
		var trues, falses int
		for _, l := range m.Lessons {
			checkMinutes(l, warn)
			for i := range l.Questions {
				q := &l.Questions[i]
				checkItem(l, q, warn)
				if q.Type == TrueFalse {
					if q.Answer {
						trues++
					} else {
						falses++
					}
				}
				if other, ol := dups.add(l, q); other != nil {
					warn(l.Path, q.Line, CodeNearDuplicate, other.ID, ol.Path+":"+strconv.Itoa(other.Line))
				}
			}
		}
		if unbalanced(trues, falses) {
			warn(strings.TrimSuffix(m.Source, "/")+"/module.yaml", 0, CodeTrueFalseBalance, trues, falses)
		}
	}
	return probs
}

// warnFunc records one warning.
type warnFunc func(path string, line int, code string, args ...any)

// checkItem runs the checks that look at one item on its own.
func checkItem(l *Lesson, q *Question, warn warnFunc) {
	switch q.Type {
	case Single, Multi:
		checkOptions(l, q, warn)
	case TrueFalse:
		ws := words(q.Prompt)
		if w := findPhrase(ws, absoluteWords()); w != "" {
			warn(l.Path, q.Line, CodeAbsoluteWord, w)
		} else if w := findPhrase(ws, hedgeWords()); w != "" && q.Answer {
			warn(l.Path, q.Line, CodeHedgeWord, w)
		}
	case Fill:
		for _, a := range q.Accept {
			if where, ok := answerShown(l, q, a); ok {
				warn(l.Path, q.Line, CodeAnswerInPrompt, strings.TrimSpace(a), where)
				break
			}
		}
	case Order:
		checkOrder(l, q, warn)
	}
}

// checkOptions runs the checks of single and multi questions.
func checkOptions(l *Lesson, q *Question, warn warnFunc) {
	if w := findPhrase(words(q.Prompt), negativeWords()); w != "" && !strings.Contains(q.Prompt, strings.ToUpper(negativeMarker(w))) {
		warn(l.Path, q.Line, CodeNegativeStem, w)
	}
	shortestKey, longestDistractor := math.MaxInt, 0
	shown := false
	for _, o := range q.Options {
		n := len([]rune(NormalizeAnswer(o.Text)))
		if o.Correct {
			shortestKey = min(shortestKey, n)
			if where, ok := answerShown(l, q, o.Text); ok && !shown {
				warn(l.Path, o.Line, CodeAnswerInPrompt, strings.TrimSpace(o.Text), where)
				shown = true
			}
		} else {
			longestDistractor = max(longestDistractor, n)
		}
		if allOrNone(o.Text) {
			warn(l.Path, o.Line, CodeAllNone, strings.TrimSpace(o.Text))
		}
	}
	if longestDistractor > 0 && shortestKey != math.MaxInt && notablyLonger(shortestKey, longestDistractor) {
		warn(l.Path, q.Line, CodeKeyLongest, shortestKey, longestDistractor)
	}
}

// notablyLonger reports whether a key of n characters stands out against
// a longest distractor of d characters: at least 30% and 10 characters
// longer. The absolute margin keeps "107" against "64" from counting.
func notablyLonger(n, d int) bool {
	return float64(n) >= 1.3*float64(d) && n-d >= 10
}

// answerShown reports whether the answer text appears word for word in the
// question's prompt or in its lesson's title, and where.
func answerShown(l *Lesson, q *Question, answer string) (spot, bool) {
	a := words(answer)
	if len(a) == 0 {
		return "", false
	}
	switch {
	case hasRun(words(q.Prompt), a):
		return spotPrompt, true
	case hasRun(words(l.Title), a):
		return spotTitle, true
	}
	return "", false
}

// checkOrder warns when an order question's items carry their own order:
// every item has a year or date, or every item starts with a number or an
// ordinal word.
func checkOrder(l *Lesson, q *Question, warn warnFunc) {
	if len(q.Items) < 2 {
		return
	}
	dated, numbered := true, true
	for _, it := range q.Items {
		ws := words(it)
		dated = dated && hasDate(ws)
		numbered = numbered && startsNumbered(it, ws)
	}
	switch {
	case dated:
		warn(l.Path, q.Line, CodeOrderDated)
	case numbered:
		warn(l.Path, q.Line, CodeOrderNumbered)
	}
}

// hasDate reports whether ws holds a year from 1900 to 2099 or a day and
// month ("17 Oktober").
func hasDate(ws []string) bool {
	months := monthNames()
	for i, w := range ws {
		if y, err := strconv.Atoi(w); err == nil && len(w) == 4 && y >= 1900 && y <= 2099 {
			return true
		}
		if months[w] && i > 0 {
			if d, err := strconv.Atoi(ws[i-1]); err == nil && d >= 1 && d <= 31 {
				return true
			}
		}
	}
	return false
}

// startsNumbered reports whether an item opens with its own position: "1.",
// "2)", "Langkah 3", "Pertama, ...".
func startsNumbered(item string, ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	if _, err := strconv.Atoi(ws[0]); err == nil {
		rest := strings.TrimLeft(strings.TrimSpace(item), "0123456789")
		return strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, ")") || strings.HasPrefix(rest, ":")
	}
	if len(ws) >= 2 && (ws[0] == "langkah" || ws[0] == "tahap" || ws[0] == "step") {
		if _, err := strconv.Atoi(ws[1]); err == nil {
			return true
		}
	}
	return ordinalWords()[ws[0]]
}

// unbalanced reports whether a module's true/false answers are far from
// half true: apart by more than one, or by more than a fifth of them once
// there are more than ten.
func unbalanced(trues, falses int) bool {
	d := trues - falses
	if d < 0 {
		d = -d
	}
	return d > max(1, (trues+falses)/5)
}

// Reading and answering time.
const (
	// answerSeconds is the time to think about and give one answer, on top
	// of reading the question's words.
	answerSeconds = 15
)

// LessonTime estimates the minutes a learner needs for l: reading the body,
// and answering the quiz (reading each prompt, its options, items or
// pairs and, afterwards, its explanation, at the reading speed of the
// course, plus 15 seconds per question to decide). Total is their sum
// rounded to the nearest minute; reading and answering are rounded on
// their own for display, so they need not add up to it exactly.
func LessonTime(l *Lesson) (total, reading, answering int) {
	read := float64(wordCount(l.Body)) / wordsPerMinute
	ans := 0.0
	for _, q := range l.Questions {
		n := wordCount(q.Prompt) + wordCount(q.Explanation)
		for _, o := range q.Options {
			n += wordCount(o.Text)
		}
		for _, it := range q.Items {
			n += wordCount(it)
		}
		for _, p := range q.Pairs {
			n += wordCount(p.Left) + wordCount(p.Right)
		}
		ans += float64(n)/wordsPerMinute + answerSeconds/60.0
	}
	round := func(f float64) int { return max(int(math.Floor(f+0.5)), 1) }
	return round(read + ans), round(read), round(ans)
}

// checkMinutes warns when the lesson's `minutes` is more than a minute away
// from LessonTime.
func checkMinutes(l *Lesson, warn warnFunc) {
	total, reading, answering := LessonTime(l)
	if d := l.Minutes - total; l.Minutes > 0 && (d > 1 || d < -1) {
		warn(l.Path, l.MinutesLine, CodeMinutes, l.Minutes, total, reading, answering, len(l.Questions))
	}
}
