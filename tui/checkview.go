package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"ajar/tui/ui"
)

// View draws the intro, the current question, or the score with every
// question's result, the learner's answer, the right answer and the
// explanation. A short window keeps the cursor's row in sight while
// answering and scrolls the result.
func (m checkModel) View() string {
	if m.module == nil {
		return ""
	}
	w := m.textWidth()
	head := m.head()
	h := m.bodyHeight()
	more := m.st.Muted.Render(m.t.moreBelow)
	switch {
	case m.intro:
		return head + clipLines(m.introView(w), h, 0, more)
	case m.done:
		return head + m.resultScroller().window(textLines(m.resultView(w)), more)
	case m.leaving:
		return head + clipLines(m.st.Bad.Render(ui.Wrap(fmt.Sprintf(m.t.checkLeave, m.pos, len(m.questions)), w)), h, 0, more)
	}
	body, cursorAt := m.ask.view(m.t, m.st, w)
	return head + clipAround(body, h, cursorAt, more)
}

// textWidth is the width text is wrapped to.
func (m checkModel) textWidth() int { return min(max(m.width-2, 20), maxReadWidth) }

// head is the title and the line under it, with the blank line after.
func (m checkModel) head() string {
	head := m.st.Title.Render(ui.Truncate(fmt.Sprintf(m.t.checkTitle, m.module.Title), m.width)) + "\n"
	switch {
	case m.done:
		return head + m.savedLine() + "\n\n"
	case m.intro:
		return head + m.st.Subtitle.Render(m.t.checkRow) + "\n\n"
	}
	return head + m.st.Subtitle.Render(fmt.Sprintf(m.t.question, m.pos+1, len(m.questions))+" · "+m.t.checkNoFeedback) + "\n\n"
}

// bodyHeight is the room under the head.
func (m checkModel) bodyHeight() int { return m.height - lipgloss.Height(m.head()) + 1 }

// resultScroller is the result's window, sized to the room under the
// head (one line is kept for "more below" while lines are hidden).
func (m checkModel) resultScroller() scroller {
	s := m.scroll
	s.more = true
	return s.sized(m.bodyHeight(), len(textLines(m.resultView(m.textWidth()))))
}

// maxScroll is the furthest the result scrolls: its last line at the
// bottom.
func (m checkModel) maxScroll() int { return m.resultScroller().maxOffset() }

// introView says what the check is before it begins.
func (m checkModel) introView(w int) string {
	lessons := map[string]bool{}
	for _, id := range m.lessonOf {
		lessons[id] = true
	}
	return ui.Wrap(fmt.Sprintf(m.t.checkIntro, len(m.questions), len(lessons)), w) + "\n\n" +
		m.st.Accent.Render(ui.Wrap(m.t.checkIntroStart, w))
}

// resultView lists the score and each question with its outcome and the
// learner's own answer.
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
	b.WriteString(m.st.Selected.Render(fmt.Sprintf(m.t.score, right, len(m.answers), pct)) + "\n")
	if m.cut {
		b.WriteString(m.st.Bad.Render(ui.Wrap(m.t.checkCut, w)) + "\n")
	}
	b.WriteString("\n")
	for i, a := range m.asked {
		mark := m.st.Good.Render("+")
		if !a.right {
			mark = m.st.Bad.Render("x")
		}
		b.WriteString(fmt.Sprintf("%s %d. %s\n", mark, i+1, ui.Indent(ui.Wrap(a.q.Prompt, w-5), 5)[5:]))
		given := m.t.checkUnanswered
		if i < len(m.answers) && m.answers[i].Given != "" {
			given = m.t.givenWords(a.q.Type, m.answers[i].Given)
		}
		b.WriteString(ui.Indent(ui.Wrap(fmt.Sprintf(m.t.checkYourAnswer, given), w-5), 5) + "\n")
		if right := a.rightAnswer(m.t); !a.right && right != "" {
			b.WriteString(ui.Indent(ui.Wrap(fmt.Sprintf(m.t.correctAnswer, right), w-5), 5) + "\n")
		}
		if a.q.Explanation != "" {
			b.WriteString(m.st.Muted.Render(ui.Indent(ui.Wrap(a.q.Explanation, w-5), 5)) + "\n")
		}
	}
	return b.String()
}

// savedLine says whether the result is recorded: only once it committed.
func (m checkModel) savedLine() string {
	switch {
	case m.reopened:
		return m.st.Subtitle.Render(fmt.Sprintf(m.t.checkRecordedOn, m.t.date(m.at.Local())+" "+m.at.Local().Format("15:04")))
	case m.mark.state == saveDone:
		return m.st.Subtitle.Render(m.t.checkRecorded)
	case m.mark.state == saveFailed:
		return m.st.Bad.Render(ui.Truncate(m.t.notSaved+": "+m.t.storeError(m.mark.err), m.width))
	}
	return m.st.Muted.Render(m.t.savingMark)
}
