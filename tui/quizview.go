package tui

import (
	"fmt"
	"strings"

	"ajar/tui/ui"
	"github.com/charmbracelet/lipgloss"
)

// View draws the current question, its feedback, or the score. When the
// window is short, the cursor's row stays in sight while answering, and
// the rest scrolls with ↑↓ after it.
func (m quizModel) View() string {
	if m.lesson == nil {
		return ""
	}
	head, body, cursorAt := m.frame()
	h := m.height - lipgloss.Height(head) + 1
	more := m.st.Muted.Render(m.t.moreBelow)
	if m.phase == phaseAsking {
		return head + clipAround(body, h, cursorAt, more)
	}
	return head + m.bodyScroller(head, body).window(textLines(body), more)
}

// frame is the screen's head, its body, and the cursor's row in the body
// while answering (-1 otherwise).
func (m quizModel) frame() (head, body string, cursorAt int) {
	head = m.st.Title.Render(ui.Truncate(m.lesson.Title, m.width)) + "\n"
	cursorAt = -1
	switch m.phase {
	case phaseDone:
		head += m.st.Subtitle.Render(m.roundLabel()+m.t.quizResult) + "\n\n"
		body = m.doneView()
	default:
		label := fmt.Sprintf(m.t.question, m.pos+1, len(m.round))
		head += m.st.Subtitle.Render(m.roundLabel()+label) + m.savedMark() + "\n\n"
		body, cursorAt = m.questionView()
	}
	return head, body, cursorAt
}

// bodyScroller is the scroll of the feedback or score under head.
func (m quizModel) bodyScroller(head, body string) scroller {
	s := m.scroll
	s.more = true
	return s.sized(m.height-lipgloss.Height(head)+1, len(textLines(body)))
}

// scrolled moves the feedback's window by n lines, never past its end.
func (m quizModel) scrolled(n int) quizModel {
	head, body, _ := m.frame()
	m.scroll = m.bodyScroller(head, body).by(n)
	return m
}

// roundLabel prefixes the header during a retry round.
func (m quizModel) roundLabel() string {
	if m.full {
		return ""
	}
	return m.t.retryRound + " · "
}

// questionView draws the current question within the reading width, and
// says on which line the cursor is.
func (m quizModel) questionView() (string, int) {
	w := min(max(m.width-2, 20), maxReadWidth) // same measure as lessons
	return m.ask.view(m.t, m.st, w)
}

// doneView shows the score and each question's result.
func (m quizModel) doneView() string {
	right, total := m.rightCount(), len(m.round)
	pct := 0
	if total > 0 {
		pct = right * 100 / total
	}
	var b strings.Builder
	b.WriteString(m.st.Selected.Render(fmt.Sprintf(m.t.score, right, total, pct)) + "\n")
	if right == total {
		b.WriteString(m.st.Good.Render(m.t.allRight) + "\n\n")
	} else {
		b.WriteString(m.st.Bad.Render(fmt.Sprintf(m.t.wrongLeft, total-right)) + "\n\n")
	}
	for n, qi := range m.round {
		mark := m.st.Bad.Render("x")
		if m.result[qi] {
			mark = m.st.Good.Render("+")
		}
		b.WriteString(fmt.Sprintf(" %s %2d. %s\n", mark, n+1, ui.Truncate(m.lesson.Questions[qi].Prompt, m.width-8)))
	}
	if s := m.markText(m.reflectMark); s != "" {
		b.WriteString("\n" + m.st.Subtitle.Render(m.t.reflectMarkLabel+" · ") + s + "\n")
	}
	return b.String()
}

// markText renders a saved mark: "saved" only once committed.
func (m quizModel) markText(s saveMark) string {
	switch s.state {
	case saveDone:
		return m.st.Good.Render(m.t.savedMark)
	case saveFailed:
		return m.st.Bad.Render(m.t.notSaved)
	case savePending:
		return m.st.Muted.Render(m.t.savingMark)
	}
	return ""
}

// savedMark says, after an answer, whether it is on disk: "saved" appears
// only once its transaction committed, and a failure stays on the question.
func (m quizModel) savedMark() string {
	if m.phase != phaseFeedback {
		return ""
	}
	if s := m.markText(m.mark); s != "" {
		return m.st.Subtitle.Render(" · ") + s
	}
	return ""
}
