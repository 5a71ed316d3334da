package tui

import (
	"fmt"
	"strings"

	"ajar/tui/ui"
)

// View draws the prompt, what has been written so far, and the current
// step.
func (m reflectModel) View() string {
	if m.lesson == nil {
		return ""
	}
	w := min(max(m.width-2, 20), maxReadWidth)
	var b strings.Builder
	b.WriteString(m.st.Title.Render(ui.Truncate(m.lesson.Title, m.width)) + "\n")
	b.WriteString(m.st.Subtitle.Render(m.t.reflectSubtitle) + "\n\n")
	if m.text != nil {
		b.WriteString(ui.Wrap(m.lesson.Reflection, w) + "\n")
		b.WriteString(m.text.View() + "\n\n")
	}
	if p := m.lesson.Plan; p != nil {
		b.WriteString(ui.Wrap(p.Prompt, w) + "\n")
		for i, in := range m.actions {
			b.WriteString(fmt.Sprintf("%d. %s\n", i+1, strings.TrimPrefix(in.View(), "> ")))
			if len(p.Ties) == 0 {
				continue
			}
			if m.at < len(m.steps) && m.steps[m.at] == (reflectStep{action: i, tie: true}) {
				b.WriteString(ui.Indent(m.tieList(i, w-4), 3))
				continue
			}
			b.WriteString(m.st.Muted.Render("   "+fmt.Sprintf(m.t.tiedTo, p.Ties[m.ties[i]])) + "\n")
		}
	}
	return b.String()
}

// tieList draws the ties of action i with the chosen one marked.
func (m reflectModel) tieList(i, w int) string {
	var b strings.Builder
	b.WriteString(m.st.Muted.Render(m.t.tieHint) + "\n")
	for j, name := range m.lesson.Plan.Ties {
		line := fmt.Sprintf("%d) %s", j+1, ui.Truncate(name, w-4))
		if j == m.ties[i] {
			line = m.st.Cursor.Render("> " + line)
		} else {
			line = "  " + line
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}
