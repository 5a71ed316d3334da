package tui

import (
	"fmt"
	"strings"

	"ajar/tui/ui"
)

// View draws the learner list, the form, or the delete confirmation.
func (m profilesModel) View() string {
	var b strings.Builder
	b.WriteString(m.st.Title.Render(m.t.whoLearns) + "\n\n")
	switch m.mode {
	case modeForm:
		title := m.t.newProfile
		switch {
		case m.claim:
			title = m.t.nameFirst
		case m.editing != "":
			title = m.t.editProfile
		}
		b.WriteString(m.st.Heading.Render(title) + "\n\n")
		if m.claim {
			b.WriteString(m.st.Muted.Render(ui.Wrap(m.t.nameFirstNote, max(m.width-2, 20))) + "\n\n")
		}
		// The field being typed in is pointed at, so it shows without
		// colour (NO_COLOR, a plain console) as well.
		mark := func(field int) string {
			if m.field == field {
				return m.st.Cursor.Render("> ")
			}
			return "  "
		}
		b.WriteString(m.t.profileName + "\n" + mark(0) + m.name.View() + "\n\n")
		b.WriteString(m.t.profileNIP + "\n" + mark(1) + m.nip.View() + "\n\n")
		if m.problem != "" {
			b.WriteString(m.st.ErrLine.Render(m.problem) + "\n")
		}
		return b.String()
	case modeWhose:
		b.WriteString(ui.Wrap(m.t.whoseProgress, max(m.width-2, 20)) + "\n")
		return b.String()
	case modeConfirm:
		p := m.list[m.cursor]
		b.WriteString(m.st.Bad.Render(ui.Wrap(fmt.Sprintf(m.t.confirmDelete, p.Name), max(m.width-2, 20))) + "\n")
		return b.String()
	}
	for i, p := range m.list {
		pointer := "  "
		name := p.Name
		if p.Unnamed() {
			name = m.t.firstLearner // learning before anyone was named; e names them
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
