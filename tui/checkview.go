package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"ajar/tui/ui"
)

// View draws the current question, or the score with every question's
// result, the right answer and the explanation. A short window keeps the
// cursor's row in sight while answering and scrolls the result.
func (m checkModel) View() string {
	if m.module == nil {
		return ""
	}
	w := min(max(m.width-2, 20), maxReadWidth)
	head := m.st.Title.Render(ui.Truncate(fmt.Sprintf(m.t.checkTitle, m.module.Title), m.width)) + "\n"
	var body string
	from := m.scroll
	if m.done {
		head += m.savedLine() + "\n\n"
		body = m.resultView(w)
	} else {
		head += m.st.Subtitle.Render(fmt.Sprintf(m.t.question, m.pos+1, len(m.questions))+" · "+m.t.checkNoFeedback) + "\n\n"
		var cursorAt int
		body, cursorAt = m.ask.view(m.t, m.st, w)
		if m.leaving {
			body, cursorAt = m.st.Bad.Render(ui.Wrap(fmt.Sprintf(m.t.checkLeave, m.pos, len(m.questions)), w))+"\n", 0
		}
		from = keepInSight(cursorAt, m.height-lipgloss.Height(head)+1)
	}
	return head + clipLines(body, m.height-lipgloss.Height(head)+1, from, m.st.Muted.Render(m.t.moreBelow))
}

// resultView lists the score and each question with its outcome.
func (m checkModel) resultView(w int) string {
	right := 0
	for _, a := range m.answers {
		if a.Correct {
			right++
		}
	}
	var b strings.Builder
	pct := 0
	if len(m.answers) > 0 {
		pct = right * 100 / len(m.answers)
	}
	b.WriteString(m.st.Selected.Render(fmt.Sprintf(m.t.score, right, len(m.answers), pct)) + "\n\n")
	for i, a := range m.asked {
		mark := m.st.Good.Render("+")
		if !a.right {
			mark = m.st.Bad.Render("x")
		}
		b.WriteString(fmt.Sprintf("%s %d. %s\n", mark, i+1, ui.Wrap(a.q.Prompt, w-5)))
		if !a.right {
			b.WriteString(ui.Indent(ui.Wrap(fmt.Sprintf(m.t.correctAnswer, a.rightAnswer(m.t)), w-5), 5) + "\n")
		}
		b.WriteString(m.st.Muted.Render(ui.Indent(ui.Wrap(a.q.Explanation, w-5), 5)) + "\n")
	}
	return b.String()
}

// savedLine says whether the result is recorded: only once it committed.
func (m checkModel) savedLine() string {
	switch m.mark.state {
	case saveDone:
		return m.st.Subtitle.Render(m.t.checkRecorded)
	case saveFailed:
		return m.st.Bad.Render(ui.Truncate(m.t.notSaved+": "+m.t.storeError(m.mark.err), m.width))
	}
	return m.st.Muted.Render(m.t.savingMark)
}
