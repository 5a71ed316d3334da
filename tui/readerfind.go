package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// readerFind is the reader's search: the field it is typed in, what it
// looks for, and where that is in the rendered text.
type readerFind struct {
	field  *textinput.Model // a pointer: the root model stays small (TestRootModelStaysSmall)
	typing bool             // the field has focus
	query  string           // as typed
	before string           // the query when the field opened, for Esc
	// plain and folds are the rendered lines without styles, and folded:
	// matches are found in what the learner sees, wrapped as it is.
	plain   []string
	folds   []folded
	matches []readerMatch
	at      int // the current match; -1 before the first jump
	note    string
	// pending is the match to go to once the text arrives (a hit opened
	// from the course search); -1 if none.
	pending int
}

// readerMatch is one match: its rendered line, where it is in the line's
// plain text, and which of the line's matches it is.
type readerMatch struct {
	line int
	span span
	nth  int
}

// newReaderFind makes the search with its field, unfocused.
func newReaderFind(st *styles) readerFind {
	f := readerFind{field: textField(st, 80), at: -1, pending: -1}
	f.field.Prompt = "/"
	return f
}

// inputFocused reports whether the search field has focus: then every
// letter, q and ? too, is typed into it.
func (m readerModel) inputFocused() bool { return m.find.typing }

// findText takes in newly rendered text: its lines are searched again,
// and a match asked for before it arrived is shown.
func (m readerModel) findText(text string) readerModel {
	lines := strings.Split(text, "\n")
	m.find.plain, m.find.folds = make([]string, len(lines)), make([]folded, len(lines))
	for i, l := range lines {
		m.find.plain[i] = ansi.Strip(l)
		m.find.folds[i] = foldText(m.find.plain[i])
	}
	m = m.match()
	if p := m.find.pending; p >= 0 && len(m.find.matches) > 0 {
		m.find.pending = -1
		return m.goTo(min(p, len(m.find.matches)-1))
	}
	m.find.pending = -1
	if m.find.at >= len(m.find.matches) {
		m.find.at = -1
	}
	return m.mark()
}

// searchFor opens the text with the query q already looked for, at its
// nth match once rendered: how a hit of the course search is opened.
func (m readerModel) searchFor(q string, nth int) readerModel {
	m.find.query, m.find.pending, m.find.at = q, nth, -1
	m.find.field.SetValue(q)
	m.find.note = ""
	if m.rendered { // from the render cache: the text is there already
		return m.findText(m.text)
	}
	return m
}

// match finds the query in every rendered line.
func (m readerModel) match() readerModel {
	q := foldQuery(m.find.query)
	m.find.matches = nil
	if q == "" {
		return m
	}
	for i, f := range m.find.folds {
		for n, s := range f.find(q) {
			m.find.matches = append(m.find.matches, readerMatch{line: i, span: s, nth: n})
		}
	}
	return m
}

// mark puts the text in the viewport with the matches in reverse video.
// A line with a match is shown as its plain text, marked: cutting its
// styles apart around the match would risk a broken sequence or a wide
// rune split in two, and the match matters more there than the colour.
func (m readerModel) mark() readerModel {
	if !m.rendered {
		return m
	}
	if len(m.find.matches) == 0 {
		m.vp.SetContent(m.text)
		return m
	}
	lines := strings.Split(m.text, "\n")
	byLine := map[int][]span{}
	here := map[int]int{}
	for i, x := range m.find.matches {
		byLine[x.line] = append(byLine[x.line], x.span)
		if i == m.find.at {
			here[x.line] = x.nth + 1
		}
	}
	for i, spans := range byLine {
		lines[i] = markSpans(m.find.plain[i], spans, here[i]-1)
	}
	m.vp.SetContent(strings.Join(lines, "\n"))
	return m
}

// goTo makes match i the current one and scrolls it into view, a few
// lines below the top so what leads up to it shows too.
func (m readerModel) goTo(i int) readerModel {
	m.find.at = i
	line := m.find.matches[i].line
	if line < m.vp.YOffset || line >= m.vp.YOffset+m.vp.Height {
		m.vp.SetYOffset(max(line-2, 0))
	}
	m.find.note = fmt.Sprintf(m.t.searchCount, m.find.query, i+1, len(m.find.matches))
	return m.mark()
}

// step goes to the next match (dir 1) or the one before (-1), wrapping
// at either end.
func (m readerModel) step(dir int) readerModel {
	n := len(m.find.matches)
	if n == 0 {
		m.find.note = fmt.Sprintf(m.t.searchNone, m.find.query)
		return m
	}
	if m.find.at < 0 {
		return m.goTo(m.firstFromHere(dir))
	}
	return m.goTo(((m.find.at+dir)%n + n) % n)
}

// firstFromHere is the first match at or after the top of the window
// (dir 1), or the last one above its foot (dir -1), wrapping around.
func (m readerModel) firstFromHere(dir int) int {
	ms := m.find.matches
	if dir < 0 {
		foot := m.vp.YOffset + m.vp.Height - 1
		for i := len(ms) - 1; i >= 0; i-- {
			if ms[i].line <= foot {
				return i
			}
		}
		return len(ms) - 1
	}
	for i, x := range ms {
		if x.line >= m.vp.YOffset {
			return i
		}
	}
	return 0
}

// handleFindKey types into the search field: Enter goes to the first
// match from here on, Esc puts back what was looked for before. Matches
// are marked as the learner types.
func (m readerModel) handleFindKey(msg tea.KeyMsg) (readerModel, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.FindGo):
		m.find.typing = false
		m.find.field.Blur()
		m.find.at = -1
		if foldQuery(m.find.query) == "" {
			m.find.query, m.find.note = "", ""
			return m.match().mark(), nil
		}
		return m.step(1), nil
	case key.Matches(msg, m.keys.FindCancel):
		m.find.typing = false
		m.find.field.Blur()
		m.find.query = m.find.before
		m.find.field.SetValue(m.find.before)
		return m.match().mark(), nil
	}
	field, cmd := m.find.field.Update(msg)
	*m.find.field = field
	if v := m.find.field.Value(); v != m.find.query {
		m.find.query, m.find.at = v, -1
		m = m.match().mark()
	}
	return m, cmd
}

// openFind gives the search field focus, empty as in less: a new search
// is typed afresh, and Esc keeps the one before.
func (m readerModel) openFind() (readerModel, tea.Cmd) {
	m.find.typing, m.find.before, m.find.note = true, m.find.query, ""
	m.find.field.SetValue("")
	m.find.query, m.find.at = "", -1
	m = m.match().mark()
	m.find.field.Width = max(m.width-16, 10) // room for the percentage
	return m, m.find.field.Focus()
}

// handleFindKeys handles the search keys of the reader outside the
// field; ok is false for any other key, which also clears the note.
func (m readerModel) handleFindKeys(msg tea.KeyMsg) (readerModel, tea.Cmd, bool) {
	switch {
	case key.Matches(msg, m.keys.Search):
		m, cmd := m.openFind()
		return m, cmd, true
	case key.Matches(msg, m.keys.Next) && m.find.query != "":
		return m.step(1), nil, true
	case key.Matches(msg, m.keys.Prev) && m.find.query != "":
		return m.step(-1), nil, true
	case key.Matches(msg, m.keys.Outline) && m.rendered && len(m.outlineItems()) > 0:
		return m.openOutline(), nil, true
	}
	m.find.note = ""
	return m, nil, false
}

// findFooter is the footer's left part while searching: the field, or
// where the last search got to.
func (m readerModel) findFooter() (string, bool) {
	switch {
	case m.find.typing:
		return m.find.field.View(), true
	case m.find.note != "":
		return m.st.Selected.Render(m.find.note), true
	}
	return "", false
}
