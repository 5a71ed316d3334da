package classroom

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"ajar/lessons"
	"ajar/tui/present"
	"ajar/tui/ui"
)

// liveLines draws the live control: the open question, or else the one
// picked, with who has answered and, once revealed, the room's chart.
// What does not fit in height lines is cut from the question, never from
// the answers and the chart below it.
func (m consoleModel) liveLines(height int) []string {
	top, bottom := m.liveParts()
	if room := height - len(bottom); len(top) > room {
		top = append(top[:max(room-1, 0)], m.st.Muted.Render("…"))
	}
	return append(top, bottom...)
}

// liveParts are the question (top) and what the room made of it (bottom).
func (m consoleModel) liveParts() (top, bottom []string) {
	out := []string{m.st.Title.Render(m.t.liveTitle)}
	if m.moduleCount() == 0 {
		return append(out, "", m.st.Muted.Render(m.t.noModules)), nil
	}
	var q *lessons.Question
	var lesson *lessons.Lesson
	mod, num, total := m.catalog.Modules[m.module], m.current+1, len(m.questions)
	if live := m.state.Live; live != nil {
		q, lesson = &live.Question, m.catalog.Lesson(live.LessonID)
		if found := m.catalog.ModuleOf(live.LessonID); found != nil {
			mod = found
		}
		num, total = m.liveNumber(), len(m.questions)
	} else if len(m.questions) > 0 {
		s := m.questions[m.current]
		q, lesson = s.Question, s.Lesson
	}
	// The number first: a long module title is what gets cut.
	head := fmt.Sprintf(m.t.moduleLine, mod.Number, mod.Title)
	if q != nil && num > 0 {
		head = fmt.Sprintf(m.t.questionOf, num, total) + " · " + head
	}
	out = append(out, m.st.Muted.Render(lessons.CleanName(head)))
	if q == nil {
		return append(out, "", m.st.Muted.Render(m.t.noQuestions)), nil
	}
	if lesson != nil {
		out = append(out, m.st.Muted.Render(fmt.Sprintf(m.t.lessonLine, lessons.CleanName(lesson.Title))))
	}
	out = append(out, "")
	w := m.width - 2
	for _, l := range strings.Split(ui.Wrap(q.Prompt, w), "\n") {
		out = append(out, m.st.Selected.Render(l))
	}
	out = append(out, "")
	revealed := m.state.Live != nil && m.state.Revealed
	out = append(out, m.choiceLines(q, revealed, w)...)
	bottom = []string{""}
	if m.state.Live == nil {
		return out, append(bottom, m.st.Muted.Render(fmt.Sprintf(m.t.notPushed, m.keys.Push.Help().Key)))
	}
	bottom = append(bottom, m.st.Good.Render(m.t.pushed)+" · "+m.answeredText())
	if !revealed {
		return out, append(bottom, m.st.Muted.Render(fmt.Sprintf(m.t.chartHidden, m.keys.Reveal.Help().Key)))
	}
	bottom = append(bottom, m.chartLines(q)...)
	return out, append(bottom, "", m.st.Muted.Render(fmt.Sprintf(m.t.revealedNote, m.keys.End.Help().Key)))
}

// liveNumber is the open question's place in the module's list, 0 when it
// is not there (it came from another module).
func (m consoleModel) liveNumber() int {
	for i, s := range m.questions {
		if s.Question.ID == m.state.Live.Question.ID {
			return i + 1
		}
	}
	return 0
}

// choiceLines lists what the learners choose from; revealed, the right
// answer is marked. Options come in the presenter's shuffled order (its
// letters match the slides): in the written order the right one is
// often first, which a projected console would give away.
func (m consoleModel) choiceLines(q *lessons.Question, revealed bool, w int) []string {
	var out []string
	// Each choice wraps under its own text: the trainer reads it whole.
	mark := func(label, text string, right bool) {
		prefix := "  "
		if right && revealed {
			prefix = "► "
		}
		head := prefix + label + ". "
		indent := strings.Repeat(" ", lipgloss.Width(head))
		for i, l := range strings.Split(ui.Wrap(lessons.CleanName(text), w-len(indent)), "\n") {
			line := indent + l
			if i == 0 {
				line = head + l
			}
			if right && revealed {
				line = m.st.Good.Render(line)
			}
			out = append(out, line)
		}
	}
	switch q.Type {
	case lessons.Single, lessons.Multi:
		for pos, i := range q.ShuffledOptions(present.Seed) {
			o := q.Options[i]
			mark(letter(pos), o.Text, o.Correct)
		}
	case lessons.TrueFalse:
		mark("A", m.t.trueWord, q.Answer)
		mark("B", m.t.falseWord, !q.Answer)
	case lessons.Order:
		// Sorted, not in the written order, which is the answer.
		for i, it := range sorted(q.Items) {
			mark(letter(i), it, false)
		}
	case lessons.Matching:
		var lefts, rights []string
		for _, p := range q.Pairs {
			lefts, rights = append(lefts, p.Left), append(rights, p.Right)
		}
		for i, l := range lefts {
			mark(letter(i), l, false)
		}
		for i, r := range sorted(rights) {
			mark(fmt.Sprint(i+1), r, false)
		}
	}
	if revealed && q.Type != lessons.Single && q.Type != lessons.Multi && q.Type != lessons.TrueFalse {
		out = append(out, "", m.st.Good.Render(ui.Truncate(fmt.Sprintf(m.t.answerIs, lessons.CleanName(rightAnswer(q))), w)))
	}
	return out
}

// sorted returns a sorted copy of s.
func sorted(s []string) []string {
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}

// rightAnswer spells out the answer of a fill, order or matching question.
func rightAnswer(q *lessons.Question) string {
	switch q.Type {
	case lessons.Fill:
		return strings.Join(q.Accept, " · ")
	case lessons.Order:
		return strings.Join(q.Items, " → ")
	}
	var pairs []string
	for _, p := range q.Pairs {
		pairs = append(pairs, p.Left+" – "+p.Right)
	}
	return strings.Join(pairs, " · ")
}

// chartLines draws the room's distribution: a bar per option, in the
// order choiceLines shows them (true and false, or right and wrong for
// the other types), the right ones marked.
func (m consoleModel) chartLines(q *lessons.Question) []string {
	var labels []string
	var right []bool
	var count []int // the index into state.Counts of each bar
	switch q.Type {
	case lessons.Single, lessons.Multi:
		for pos, i := range q.ShuffledOptions(present.Seed) {
			labels, right, count = append(labels, letter(pos)), append(right, q.Options[i].Correct), append(count, i)
		}
	case lessons.TrueFalse:
		labels, right = []string{m.t.trueWord, m.t.falseWord}, []bool{q.Answer, !q.Answer}
	default:
		labels, right = []string{m.t.rightWord, m.t.wrongWord}, []bool{true, false}
	}
	lw := 0
	for _, l := range labels {
		lw = max(lw, len([]rune(l)))
	}
	barW := max(min(40, m.width-lw-18), 5)
	var out []string
	for i, l := range labels {
		c := i
		if count != nil {
			c = count[i]
		}
		n := 0
		if c < len(m.state.Counts) {
			n = m.state.Counts[c]
		}
		share := 0.0
		if m.state.Answered > 0 {
			share = float64(n) / float64(m.state.Answered)
		}
		prefix, label := "  ", cell(l, lw)
		if right[i] {
			prefix, label = "► ", m.st.Good.Render(label)
		}
		out = append(out, prefix+label+" "+m.st.Bar.View(barW, share, '█', '░')+fmt.Sprintf(" %d (%d%%)", n, percent(n, m.state.Answered)))
	}
	return out
}

// percent is n of total in whole percent, 0 of nothing.
func percent(n, total int) int {
	if total == 0 {
		return 0
	}
	return (n*100 + total/2) / total
}

// letter names option i: A, B, C …
func letter(i int) string { return string(rune('A' + i)) }
