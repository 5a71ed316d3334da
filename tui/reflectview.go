package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"ajar/tui/ui"
)

// View draws the prompts, what has been written so far, and the current
// step. When it is taller than the screen, it scrolls so the current step
// is in sight: the plan lesson's list of ideas is long.
func (m reflectModel) View() string {
	if m.lesson == nil {
		return ""
	}
	w := min(max(m.width-2, 20), maxReadWidth)
	var lines []string
	from, to := 0, 0 // the current step's lines
	add := func(s string, current bool) {
		if current {
			from = len(lines)
		}
		lines = append(lines, strings.Split(strings.TrimSuffix(s, "\n"), "\n")...)
		if current {
			to = len(lines)
		}
	}
	add(m.st.Title.Render(ui.Truncate(m.lesson.Title, m.width)), false)
	add(m.st.Subtitle.Render(m.t.reflectSubtitle), false)
	add("", false)
	for _, part := range m.order() {
		if part == partPlan {
			m.planView(w, add)
			continue
		}
		add(ui.Wrap(m.lesson.Reflection, w), false)
		add(m.text.View(), m.onText())
		add("", false)
	}
	return strings.Join(scrollTo(lines, from, to, m.height), "\n")
}

// planView adds the plan's prompt, its actions and their ties.
func (m reflectModel) planView(w int, add func(string, bool)) {
	p := m.lesson.Plan
	add(ui.Wrap(p.Prompt, w), false)
	for i, in := range m.actions {
		here := m.at < len(m.steps) && m.steps[m.at].action == i
		add(fmt.Sprintf("%d. %s", i+1, strings.TrimPrefix(in.View(), "> ")), here && !m.steps[m.at].tie)
		if len(p.Ties) == 0 {
			continue
		}
		if here && m.steps[m.at].tie {
			add(ui.Indent(m.tieList(i, w-3), 3), true)
			continue
		}
		add(m.st.Muted.Render("   "+fmt.Sprintf(m.t.tiedTo, p.Ties[m.ties[i]])), false)
	}
	add("", false)
}

// scrollTo returns the lines to show in height rows, starting at the top
// unless that would hide lines from..to, which stay in sight (their start
// first, if they are taller than the screen).
func scrollTo(lines []string, from, to, height int) []string {
	return scroller{}.sized(height, len(lines)).reveal(to - 1).reveal(from).visible(lines)
}

// tieList draws the ties of action i with the chosen one marked, in two
// columns when they are many and the screen is wide enough.
func (m reflectModel) tieList(i, w int) string {
	ties := m.lesson.Plan.Ties
	cols := 1
	if len(ties) > 5 && w >= 56 {
		cols = 2
	}
	rows := (len(ties) + cols - 1) / cols
	colW := w / cols
	cells := make([]string, len(ties))
	for j, name := range ties {
		prefix := fmt.Sprintf("  %d) ", j+1)
		if j == m.ties[i] {
			prefix = fmt.Sprintf("> %d) ", j+1)
		}
		line := prefix + ui.Truncate(name, colW-len(prefix)-1)
		if j == m.ties[i] {
			line = m.st.Cursor.Render(line)
		}
		cells[j] = line
	}
	var b strings.Builder
	b.WriteString(m.st.Muted.Render(m.t.tieHint) + "\n")
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			j := c*rows + r
			if j >= len(cells) {
				break
			}
			cell := cells[j]
			if c < cols-1 {
				cell += strings.Repeat(" ", max(colW-ansi.StringWidth(cell), 1))
			}
			b.WriteString(cell)
		}
		b.WriteString("\n")
	}
	return b.String()
}
