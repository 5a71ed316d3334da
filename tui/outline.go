package tui

import (
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"ajar/tui/ui"
)

// readerOutline is the list of a lesson's headings shown over its text:
// the learner picks one and the reader jumps there.
type readerOutline struct {
	open   bool
	cursor int
}

// outlineItem is a heading: its rendered line and its text.
type outlineItem struct {
	line int
	text string
}

// outlineItems are the headings of the rendered text, in order (found by
// headingLines, which paging uses too). A heading wrapped over two lines
// is listed by its first.
func (m readerModel) outlineItems() []outlineItem {
	var items []outlineItem
	for line := range m.headings {
		if line < len(m.find.plain) && !m.headings[line-1] {
			items = append(items, outlineItem{line, strings.Join(strings.Fields(m.find.plain[line]), " ")})
		}
	}
	sort.Slice(items, func(i, j int) bool { return items[i].line < items[j].line })
	return items
}

// openOutline shows the headings with the cursor on the section the
// window is in.
func (m readerModel) openOutline() readerModel {
	items := m.outlineItems()
	m.outline.open, m.outline.cursor = true, 0
	for i, it := range items {
		if it.line <= m.vp.YOffset {
			m.outline.cursor = i
		}
	}
	return m
}

// handleOutlineKey moves through the headings, jumps to one, or closes.
func (m readerModel) handleOutlineKey(msg tea.KeyMsg) (readerModel, tea.Cmd) {
	items := m.outlineItems()
	switch {
	case key.Matches(msg, m.keys.OutlineJump):
		if m.outline.cursor < len(items) {
			m.vp.SetYOffset(items[m.outline.cursor].line)
		}
		m.outline.open = false
	case key.Matches(msg, m.keys.OutlineClose):
		m.outline.open = false
	case key.Matches(msg, m.keys.Up):
		m.outline.cursor = max(m.outline.cursor-1, 0)
	case key.Matches(msg, m.keys.Down):
		m.outline.cursor = min(m.outline.cursor+1, len(items)-1)
	}
	return m, nil
}

// outlineView draws the headings in the viewport's room, exactly as many
// lines, the cursor's in sight.
func (m readerModel) outlineView() string {
	items := m.outlineItems()
	rows := []string{m.st.Heading.Render(ui.Truncate(m.t.outlineTitle, m.width))}
	for i, it := range items {
		row := "  " + ui.Truncate(it.text, m.width-2)
		if i == m.outline.cursor {
			row = m.st.Cursor.Render("> " + ui.Truncate(it.text, m.width-2))
		}
		rows = append(rows, row)
	}
	h := m.vp.Height
	s := scroller{}.sized(h, len(rows)).reveal(m.outline.cursor + 1)
	shown := s.visible(rows)
	for len(shown) < h {
		shown = append(shown, "")
	}
	return strings.Join(shown, "\n")
}
