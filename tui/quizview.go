package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"ajar/lessons"
)

// View draws the current question, its feedback, or the score.
func (m quizModel) View() string {
	if m.lesson == nil {
		return ""
	}
	head := m.st.title.Render(truncate(m.lesson.Title, m.width)) + "\n"
	var body string
	switch m.phase {
	case phaseDone:
		head += m.st.subtitle.Render(m.roundLabel()+m.t.quizResult) + "\n\n"
		body = m.doneView()
	default:
		label := fmt.Sprintf(m.t.question, m.pos+1, len(m.round))
		head += m.st.subtitle.Render(m.roundLabel()+label) + "\n\n"
		body = m.questionView()
	}
	return head + m.clip(body, m.height-lipgloss.Height(head)+1)
}

// roundLabel prefixes the header during a retry round.
func (m quizModel) roundLabel() string {
	if m.full {
		return ""
	}
	return m.t.retryRound + " · "
}

// clip shows at most h lines of body from the scroll offset.
func (m quizModel) clip(body string, h int) string {
	lines := strings.Split(strings.TrimRight(body, "\n"), "\n")
	if h <= 0 || len(lines) <= h {
		return strings.Join(lines, "\n")
	}
	from := min(m.scroll, len(lines)-h+1)
	shown := lines[from : from+h-1]
	return strings.Join(shown, "\n") + "\n" + m.st.muted.Render(m.t.moreBelow)
}

// questionView draws prompt, answer area and, after answering, feedback.
func (m quizModel) questionView() string {
	q := m.question()
	w := min(max(m.width-2, 20), maxReadWidth) // same measure as lessons
	var b strings.Builder
	b.WriteString(m.st.selected.Render(wrap(q.Prompt, w)) + "\n")
	b.WriteString(m.st.muted.Render(wrap(m.hint(q), w)) + "\n\n")
	switch q.Type {
	case lessons.Fill:
		if m.phase == phaseAsking {
			b.WriteString("  " + m.input.View() + "\n")
		} else {
			b.WriteString("  > " + m.last.Text + "\n")
		}
	case lessons.Order:
		b.WriteString(m.orderView(q, w))
	default:
		b.WriteString(m.optionsView(q, w))
	}
	if m.phase == phaseFeedback {
		b.WriteString("\n" + m.feedbackView(q, w))
	}
	return b.String()
}

// hint tells how to answer this type of question.
func (m quizModel) hint(q *lessons.Question) string {
	switch q.Type {
	case lessons.Multi:
		return m.t.pickMany
	case lessons.TrueFalse:
		return m.t.trueFalse
	case lessons.Fill:
		return m.t.typeAnswer
	case lessons.Order:
		return m.t.orderItems
	}
	return m.t.pickOne
}

// optionLabels returns the texts shown for a choice-like question.
func (m quizModel) optionLabels(q *lessons.Question) []string {
	if q.Type == lessons.TrueFalse {
		return []string{m.t.trueWord, m.t.falseWord}
	}
	labels := make([]string, len(q.Options))
	for i, o := range q.Options {
		labels[i] = o.Text
	}
	return labels
}

// isCorrectOption reports whether option i is a right choice.
func isCorrectOption(q *lessons.Question, i int) bool {
	if q.Type == lessons.TrueFalse {
		return (i == 0) == q.Answer
	}
	return q.Options[i].Correct
}

// chosen reports whether the learner picked option i in the last answer.
func (m quizModel) chosen(q *lessons.Question, i int) bool {
	if q.Type == lessons.TrueFalse {
		return (i == 0) == m.last.Bool
	}
	for _, c := range m.last.Choices {
		if c == i {
			return true
		}
	}
	return false
}

// optionsView draws numbered options; after answering it marks right (+)
// and wrongly chosen (x) ones, in symbols that survive without colour.
func (m quizModel) optionsView(q *lessons.Question, w int) string {
	var b strings.Builder
	for i, label := range m.optionLabels(q) {
		pointer, box := "  ", ""
		if m.phase == phaseAsking && i == m.cursor {
			pointer = m.st.cursor.Render("> ")
		}
		if q.Type == lessons.Multi {
			box = "[ ] "
			if m.phase == phaseAsking && m.marked[i] || m.phase == phaseFeedback && m.chosen(q, i) {
				box = "[*] "
			}
		}
		mark := " "
		if m.phase == phaseFeedback {
			switch {
			case isCorrectOption(q, i):
				mark = m.st.good.Render("+")
			case m.chosen(q, i):
				mark = m.st.bad.Render("x")
			}
		}
		text := fmt.Sprintf("%d) %s", i+1, label)
		lines := strings.Split(wrap(text, w-8), "\n")
		if m.phase == phaseFeedback {
			// One line per option leaves room for the feedback; the right
			// answer is spelled out in full below it.
			lines = []string{truncate(text, w-8)}
		}
		if m.phase == phaseAsking && i == m.cursor {
			lines[0] = m.st.selected.Render(lines[0])
		}
		b.WriteString(pointer + mark + " " + box + lines[0] + "\n")
		for _, l := range lines[1:] {
			b.WriteString(strings.Repeat(" ", 4+len(box)+3) + l + "\n")
		}
	}
	return b.String()
}

// orderView draws the items in the learner's current arrangement.
func (m quizModel) orderView(q *lessons.Question, w int) string {
	var b strings.Builder
	for pos, it := range m.items {
		pointer := "  "
		if m.phase == phaseAsking && pos == m.cursor {
			pointer = m.st.cursor.Render("> ")
			if m.grabbed {
				pointer = m.st.cursor.Render("=>")
			}
		}
		mark := " "
		if m.phase == phaseFeedback {
			mark = m.st.bad.Render("x")
			if it == pos {
				mark = m.st.good.Render("+")
			}
		}
		lines := strings.Split(wrap(fmt.Sprintf("%d. %s", pos+1, q.Items[it]), w-8), "\n")
		if m.phase == phaseFeedback {
			lines = []string{truncate(fmt.Sprintf("%d. %s", pos+1, q.Items[it]), w-8)}
		}
		if m.phase == phaseAsking && pos == m.cursor && m.grabbed {
			lines[0] = m.st.selected.Render(lines[0]) + m.st.muted.Render(" ("+m.t.grabbed+")")
		}
		b.WriteString(pointer + mark + " " + lines[0] + "\n")
		for _, l := range lines[1:] {
			b.WriteString("       " + l + "\n")
		}
	}
	return b.String()
}

// feedbackView says right or wrong, the chosen option's feedback, the right
// answer when it was wrong, and the explanation.
func (m quizModel) feedbackView(q *lessons.Question, w int) string {
	var b strings.Builder
	if m.right {
		b.WriteString(m.st.good.Render(m.t.correct) + "\n")
	} else {
		b.WriteString(m.st.bad.Render(m.t.wrong) + "\n")
	}
	for _, f := range m.optionFeedback(q) {
		b.WriteString(wrap(f, w) + "\n")
	}
	if !m.right {
		b.WriteString(wrap(fmt.Sprintf(m.t.correctAnswer, m.rightAnswer(q)), w) + "\n")
	}
	b.WriteString(wrap(fmt.Sprintf(m.t.explanation, q.Explanation), w) + "\n")
	return b.String()
}

// optionFeedback collects the author's feedback for what the learner chose.
func (m quizModel) optionFeedback(q *lessons.Question) []string {
	var out []string
	switch q.Type {
	case lessons.TrueFalse:
		if f := q.FeedbackFalse; !m.last.Bool && f != "" {
			out = append(out, f)
		} else if f := q.FeedbackTrue; m.last.Bool && f != "" {
			out = append(out, f)
		}
	case lessons.Single, lessons.Multi:
		for _, c := range m.last.Choices {
			if c >= 0 && c < len(q.Options) && q.Options[c].Feedback != "" {
				out = append(out, q.Options[c].Feedback)
			}
		}
	}
	return out
}

// rightAnswer renders the correct answer of a question in words.
func (m quizModel) rightAnswer(q *lessons.Question) string {
	switch q.Type {
	case lessons.TrueFalse:
		if q.Answer {
			return m.t.trueWord
		}
		return m.t.falseWord
	case lessons.Fill:
		return q.Accept[0]
	case lessons.Order:
		return strings.Join(q.Items, " > ")
	}
	var right []string
	for _, i := range q.CorrectIndexes() {
		right = append(right, q.Options[i].Text)
	}
	return strings.Join(right, "; ")
}

// doneView shows the score and each question's result.
func (m quizModel) doneView() string {
	right, total := m.rightCount(), len(m.round)
	pct := 0
	if total > 0 {
		pct = right * 100 / total
	}
	var b strings.Builder
	b.WriteString(m.st.selected.Render(fmt.Sprintf(m.t.score, right, total, pct)) + "\n")
	if right == total {
		b.WriteString(m.st.good.Render(m.t.allRight) + "\n\n")
	} else {
		b.WriteString(m.st.bad.Render(fmt.Sprintf(m.t.wrongLeft, total-right)) + "\n\n")
	}
	for n, qi := range m.round {
		mark := m.st.bad.Render("x")
		if m.result[qi] {
			mark = m.st.good.Render("+")
		}
		b.WriteString(fmt.Sprintf(" %s %2d. %s\n", mark, n+1, truncate(m.lesson.Questions[qi].Prompt, m.width-8)))
	}
	return b.String()
}
