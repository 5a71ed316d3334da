package tui

import (
	"fmt"
	"strings"

	"ajar/progress"
	"ajar/tui/ui"
)

// View draws the learner list, the form, or the delete confirmation.
func (m profilesModel) View() string {
	var b strings.Builder
	b.WriteString(m.st.Title.Render(m.t.whoLearns) + "\n\n")
	switch m.mode {
	case modeForm:
		title := m.t.newProfile
		if m.editing != "" {
			title = m.t.editProfile
		}
		b.WriteString(m.st.Heading.Render(title) + "\n\n")
		b.WriteString(m.t.profileName + "\n  " + m.name.View() + "\n\n")
		b.WriteString(m.t.profileNIP + "\n  " + m.nip.View() + "\n\n")
		if m.problem != "" {
			b.WriteString(m.st.ErrLine.Render(m.problem) + "\n")
		}
		return b.String()
	case modeConfirm:
		p := m.list[m.cursor]
		b.WriteString(m.st.Bad.Render(ui.Wrap(fmt.Sprintf(m.t.confirmDelete, p.Name), max(m.width-2, 20))) + "\n")
		return b.String()
	}
	for i, p := range m.list {
		pointer := "  "
		name := p.Name
		if p.ID == progress.DefaultProfile && p.Name == progress.DefaultProfile {
			name = m.t.firstLearner // the learner from before profiles; e renames
		}
		if i == m.cursor {
			pointer = m.st.Cursor.Render("> ")
			name = m.st.Selected.Render(name)
		}
		line := pointer + name
		if p.EmployeeNumber != "" {
			line += m.st.Muted.Render("  NIP " + p.EmployeeNumber)
		}
		if p.ID == m.active {
			line += m.st.Muted.Render("  " + m.t.profileActive)
		}
		b.WriteString(ui.Truncate(line, m.width) + "\n")
	}
	b.WriteString("\n" + m.st.Muted.Render(ui.Wrap(m.t.profilesHint, max(m.width-2, 20))) + "\n")
	return b.String()
}
