package present

import (
	"fmt"
	"strings"

	"ajar/lessons"
	"ajar/tui/ui"
)

// questionLines draws a question: the countdown if on, the prompt, the
// choices, and once revealed the answer and the explanation.
func (m presentModel) questionLines(s lessons.Slide, st ui.Styles) []slideLine {
	q, w := s.Question, m.measure()
	if q == nil {
		return nil
	}
	var out []slideLine
	num, total := 1, 1
	if s.Lesson != nil {
		total = len(s.Lesson.Questions)
		for i := range s.Lesson.Questions {
			if &s.Lesson.Questions[i] == q {
				num = i + 1
			}
		}
	}
	kicker := fmt.Sprintf(m.pt.question, num, total) + " · " + m.questionHint(q.Type)
	out = append(out, slideLine{text: st.Muted.Render(ui.Truncate(kicker, w))}, slideLine{})
	for _, l := range strings.Split(ui.Wrap(q.Prompt, w), "\n") {
		out = append(out, slideLine{text: st.Title.Render(l)})
	}
	out = append(out, slideLine{})
	revealed := m.revealed[m.cur]
	order := m.orders[m.cur]
	switch q.Type {
	case lessons.Fill:
		out = append(out, slideLine{text: "   " + strings.Repeat("_", min(24, w-3))})
	case lessons.Order:
		items := order.items
		if revealed {
			items = make([]int, len(q.Items))
			for i := range items {
				items[i] = i
			}
		}
		for pos, it := range items {
			label := string(rune('A' + indexOf(order.items, it)))
			if revealed {
				label = fmt.Sprint(pos + 1)
			}
			out = append(out, m.choice(label, q.Items[it], revealed, st)...)
		}
	case lessons.Matching:
		out = append(out, m.matchLines(q, order, revealed, st)...)
	case lessons.TrueFalse:
		for i, word := range []string{m.pt.trueWord, m.pt.falseWord} {
			out = append(out, m.choice(string(rune('A'+i)), word, revealed && (i == 0) == q.Answer, st)...)
		}
	default:
		for pos, i := range order.options {
			out = append(out, m.choice(string(rune('A'+pos)), q.Options[i].Text, revealed && q.Options[i].Correct, st)...)
		}
	}
	out = append(out, slideLine{})
	if !revealed {
		out = append(out, slideLine{text: st.Muted.Render(ui.Wrap(fmt.Sprintf(m.pt.hidden, m.keys.Reveal.Help().Key), w))})
	} else {
		for _, l := range strings.Split(ui.Wrap(m.answerText(q, order), w), "\n") {
			out = append(out, slideLine{text: st.Good.Render(l)})
		}
		if q.Explanation != "" {
			out = append(out, slideLine{})
			for _, l := range strings.Split(ui.Wrap(fmt.Sprintf(m.pt.explanation, q.Explanation), w), "\n") {
				out = append(out, slideLine{text: l})
			}
		}
	}
	return append(m.timerLines(st, len(out)), out...)
}

// questionHint tells the audience how to answer a type of question.
func (m presentModel) questionHint(t lessons.QuestionType) string {
	switch t {
	case lessons.Multi:
		return m.pt.pickMany
	case lessons.TrueFalse:
		return m.pt.trueFalse
	case lessons.Fill:
		return m.pt.fill
	case lessons.Order:
		return m.pt.order
	case lessons.Matching:
		return m.pt.match
	}
	return m.pt.pickOne
}

// choice draws one lettered choice, wrapped with a hanging indent; a right
// choice, once revealed, gets a pointer and the "good" style.
func (m presentModel) choice(label, text string, right bool, st ui.Styles) []slideLine {
	lines := strings.Split(ui.Wrap(text, m.measure()-6), "\n")
	var out []slideLine
	for i, l := range lines {
		prefix := "      "
		if i == 0 {
			prefix = "  " + label + ".  "
			if right {
				prefix = "► " + label + ".  "
			}
		}
		line := prefix + l
		if right {
			line = st.Good.Render(line)
		}
		out = append(out, slideLine{text: line})
	}
	return out
}

// answerText spells out the right answer, by the letters the audience saw.
func (m presentModel) answerText(q *lessons.Question, order questionOrder) string {
	switch q.Type {
	case lessons.TrueFalse:
		if q.Answer {
			return fmt.Sprintf(m.pt.answer, m.pt.trueWord)
		}
		return fmt.Sprintf(m.pt.answer, m.pt.falseWord)
	case lessons.Fill:
		return fmt.Sprintf(m.pt.accepted, strings.Join(q.Accept, " · "))
	case lessons.Order:
		var letters []string
		for i := range q.Items {
			letters = append(letters, string(rune('A'+indexOf(order.items, i))))
		}
		return fmt.Sprintf(m.pt.rightOrder, strings.Join(letters, ", "))
	case lessons.Matching:
		var pairs []string
		for i := range q.Pairs {
			pairs = append(pairs, fmt.Sprintf("%c–%d", 'A'+i, indexOf(order.items, i)+1))
		}
		return fmt.Sprintf(m.pt.rightPairs, strings.Join(pairs, ", "))
	}
	var letters []string
	for pos, i := range order.options {
		if q.Options[i].Correct {
			letters = append(letters, string(rune('A'+pos)))
		}
	}
	return fmt.Sprintf(m.pt.answer, strings.Join(letters, ", "))
}

// matchLines draws a matching question for a room: the left items by
// letter, then the right items by number in the shuffled order. Revealed,
// each left item carries its right item, so the room reads the pairs whole.
func (m presentModel) matchLines(q *lessons.Question, order questionOrder, revealed bool, st ui.Styles) []slideLine {
	var out []slideLine
	for i, p := range q.Pairs {
		text := p.Left
		if revealed {
			text = fmt.Sprintf("%s → %d. %s", p.Left, indexOf(order.items, i)+1, p.Right)
		}
		out = append(out, m.choice(string(rune('A'+i)), text, revealed, st)...)
	}
	out = append(out, slideLine{})
	for pos, i := range order.items {
		out = append(out, m.choice(fmt.Sprint(pos+1), q.Pairs[i].Right, false, st)...)
	}
	return out
}

// indexOf returns the position of v in s, or 0.
func indexOf(s []int, v int) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return 0
}

// timerLines draws the countdown above a question of n lines: in big
// digits when they fit, else on one line; nothing when it is off.
func (m presentModel) timerLines(st ui.Styles, n int) []slideLine {
	switch {
	case m.timer.expired:
		return []slideLine{{text: st.Accent.Render(m.pt.timeUp), center: true}, {}}
	case !m.timer.running:
		return nil
	}
	left := m.timer.left()
	clock := fmt.Sprintf("%d:%02d", left/60, left%60)
	style := st.Title
	if left <= 10 {
		style = st.Bad
	}
	if n+6 > m.bodyHeight() {
		return []slideLine{{text: style.Render(fmt.Sprintf(m.pt.timeLeft, clock)), center: true}, {}}
	}
	var out []slideLine
	for _, l := range bigDigits(clock, 1+m.width/120) {
		out = append(out, slideLine{text: style.Render(l), center: true})
	}
	return append(out, slideLine{})
}

// bigDigits draws digits and colons five lines tall in block characters,
// each block scale columns wide.
func bigDigits(s string, scale int) []string {
	glyphs := map[rune][5]string{
		'0': {"███", "█ █", "█ █", "█ █", "███"}, '1': {"██ ", " █ ", " █ ", " █ ", "███"},
		'2': {"███", "  █", "███", "█  ", "███"}, '3': {"███", "  █", "███", "  █", "███"},
		'4': {"█ █", "█ █", "███", "  █", "  █"}, '5': {"███", "█  ", "███", "  █", "███"},
		'6': {"███", "█  ", "███", "█ █", "███"}, '7': {"███", "  █", "  █", "  █", "  █"},
		'8': {"███", "█ █", "███", "█ █", "███"}, '9': {"███", "█ █", "███", "  █", "███"},
		':': {" ", "█", " ", "█", " "},
	}
	rows := make([]string, 5)
	for i, r := range s {
		g, ok := glyphs[r]
		if !ok {
			continue
		}
		for row := range rows {
			if i > 0 {
				rows[row] += pad(scale)
			}
			for _, c := range g[row] {
				rows[row] += strings.Repeat(string(c), scale)
			}
		}
	}
	return rows
}
