package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"ajar/lessons"
	"ajar/tui/ui"
)

// View draws the question while it is asked (the cursor's row kept in
// sight, as in the quiz), then the answer sent, then, once revealed, the
// feedback and the room's answers, scrolled with ↑↓.
func (m liveModel) View() string {
	if !m.open || m.ask.q == nil {
		return ""
	}
	head := m.head()
	h := m.height - lipgloss.Height(head) + 1
	more := m.st.Muted.Render(m.t.moreBelow)
	if m.asking() {
		body, cursorAt := m.ask.view(m.t, m.st, m.textWidth())
		return head + clipAround(body, h, cursorAt, more)
	}
	body := m.body()
	return head + m.bodyScroller(head, body).window(textLines(body), more)
}

// textWidth is the width text is wrapped to: the lessons' measure.
func (m liveModel) textWidth() int { return min(max(m.width-2, 20), maxReadWidth) }

// head is the title, the line under it and the blank line after.
func (m liveModel) head() string {
	head := m.st.Title.Render(ui.Truncate(m.t.liveTitle, m.width)) + "\n"
	sub := m.t.liveAnswerNow
	switch {
	case m.revealed:
		sub = fmt.Sprintf(m.t.liveRoom, m.room.Answered)
	case m.ask.answered:
		sub = m.t.liveWaiting
	}
	return head + m.st.Subtitle.Render(ui.Truncate(sub, m.width)) + "\n\n"
}

// body is what follows the head once the question is answered or
// revealed.
func (m liveModel) body() string {
	w := m.textWidth()
	var b strings.Builder
	switch {
	case m.revealed && m.ask.answered:
		// The question with its marks and the feedback, as the quiz
		// shows them after an answer.
		view, _ := m.ask.view(m.t, m.st, w)
		b.WriteString(view)
	case m.revealed:
		b.WriteString(m.st.Selected.Render(ui.Wrap(m.ask.q.Prompt, w)) + "\n\n")
		b.WriteString(m.st.Muted.Render(m.t.liveNotAnswered) + "\n")
		b.WriteString(ui.Wrap(fmt.Sprintf(m.t.correctAnswer, m.ask.rightAnswer(m.t)), w) + "\n")
		b.WriteString(ui.Wrap(fmt.Sprintf(m.t.explanation, m.ask.q.Explanation), w) + "\n")
	default:
		b.WriteString(m.st.Selected.Render(ui.Wrap(m.ask.q.Prompt, w)) + "\n\n")
		given := m.t.givenWords(m.ask.q.Type, m.ask.q.Describe(m.ask.resp))
		b.WriteString(ui.Wrap(fmt.Sprintf(m.t.checkYourAnswer, given), w) + "\n\n")
		b.WriteString(m.sentMark() + "\n")
	}
	if m.revealed {
		b.WriteString("\n" + m.roomView(w))
	}
	return b.String()
}

// sentMark says whether the answer reached the class: "sent" only once
// its transaction committed, as the quiz's "saved".
func (m liveModel) sentMark() string {
	switch m.mark.state {
	case saveDone:
		return m.st.Good.Render(m.t.liveSent)
	case saveFailed:
		return m.st.Bad.Render(m.t.notSaved)
	}
	return m.st.Muted.Render(m.t.savingMark)
}

// bodyScroller is the scroll of the body under head.
func (m liveModel) bodyScroller(head, body string) scroller {
	s := m.scroll
	s.more = true
	return s.sized(m.height-lipgloss.Height(head)+1, len(textLines(body)))
}

// scrolled moves the body's window by n lines, never past its end.
func (m liveModel) scrolled(n int) liveModel {
	head, body := m.head(), m.body()
	m.scroll = m.bodyScroller(head, body).by(n)
	return m
}

// roomView draws a bar per choice: how many of the room chose it, in the
// order this learner's screen showed the choices, the right ones marked +.
func (m liveModel) roomView(w int) string {
	labels, counts, right := m.roomRows()
	on, off := '█', '░'
	if m.ascii {
		on, off = '#', '-'
	}
	barW, longest := 16, 0
	for _, l := range labels {
		longest = max(longest, lipgloss.Width(l))
	}
	// The bars line up after the longest label, as far as the width lets.
	nameW := max(min(longest, w-barW-16), 8)
	var b strings.Builder
	for i, l := range labels {
		mark := " "
		if right[i] {
			mark = m.st.Good.Render("+")
		}
		share := float64(counts[i]) / float64(max(m.room.Answered, 1))
		name := ui.Truncate(l, nameW)
		pad := strings.Repeat(" ", max(nameW-lipgloss.Width(name), 0))
		b.WriteString(fmt.Sprintf(" %s %s%s %s %3d  %3d%%\n", mark, name, pad,
			m.st.Bar.View(barW, share, on, off), counts[i], int(share*100+0.5)))
	}
	return b.String()
}

// roomRows are the rows of the room's answers: the class counts single and
// multiple choices in the question's own order, which this screen shows
// shuffled; true/false as true, false; every other type as right, wrong.
func (m liveModel) roomRows() (labels []string, counts []int, right []bool) {
	count := func(i int) int {
		if i >= 0 && i < len(m.room.Counts) {
			return m.room.Counts[i]
		}
		return 0
	}
	q := m.ask.q
	switch q.Type {
	case lessons.Single, lessons.Multi:
		for pos, i := range m.ask.perm {
			labels = append(labels, fmt.Sprintf("%d) %s", pos+1, q.Options[i].Text))
			counts = append(counts, count(i))
			right = append(right, q.Options[i].Correct)
		}
	case lessons.TrueFalse:
		labels = []string{m.t.trueWord, m.t.falseWord}
		counts = []int{count(0), count(1)}
		right = []bool{q.Answer, !q.Answer}
	default:
		labels = []string{m.t.liveRightCount, m.t.liveWrongCount}
		counts = []int{count(0), count(1)}
		right = []bool{true, false}
	}
	return labels, counts, right
}
