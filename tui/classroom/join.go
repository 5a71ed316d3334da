package classroom

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"ajar/progress"
	"ajar/tui/ui"
)

// The join screen: after the class code, a learner types their name (and
// NIP, if they like) and becomes that learner for the session. It is the
// tutor's look (package ui), in the server's interface language.

// The join screen needs the tutor's own minimum window, which it then
// enforces itself.
const (
	joinMinWidth  = 40
	joinMinHeight = 12
)

// joinModel is the join screen.
type joinModel struct {
	t      *serveTextsOf[string]
	st     ui.Styles
	title  string
	fields [2]textinput.Model // name, NIP
	focus  int
	busy   bool   // the name is being looked up
	note   string // why the last try did not get in
	// find looks the learner up, off the UI loop; its message is
	// joinedMsg or joinProblemMsg.
	find func(name, nip string) tea.Msg
}

// joinedMsg says the learner is found or created: the session becomes
// theirs.
type joinedMsg struct{ profile progress.Profile }

// joinProblemMsg says why the name did not get in; askNIP moves to the
// NIP field.
type joinProblemMsg struct {
	text   string
	askNIP bool
}

// newJoinModel builds the join screen with r's colours.
func newJoinModel(t *serveTextsOf[string], r *lipgloss.Renderer, title string, find func(name, nip string) tea.Msg) joinModel {
	m := joinModel{t: t, st: ui.NewStyles(r), title: title, find: find}
	for i, limit := range []int{80, 30} {
		in := textinput.New()
		in.Prompt = ""
		in.CharLimit = limit
		in.Width = 30
		in.Cursor.Style = r.NewStyle().Reverse(true)
		in.Cursor.TextStyle = r.NewStyle()
		in.TextStyle = r.NewStyle()
		in.PlaceholderStyle = m.st.Muted
		// A steady cursor: a blinking one redraws every learner's screen
		// twice a second for nothing.
		in.Cursor.SetMode(cursor.CursorStatic)
		m.fields[i] = in
	}
	m.fields[0].Focus()
	return m
}

// update handles a key or a lookup's answer.
func (m joinModel) update(msg tea.Msg) (joinModel, tea.Cmd) {
	switch msg := msg.(type) {
	case joinProblemMsg:
		m.busy, m.note = false, msg.text
		if msg.askNIP {
			m = m.focusOn(1)
		}
		return m, nil
	case tea.KeyMsg:
		switch msg.Type {
		case tea.KeyCtrlC, tea.KeyEsc:
			return m, tea.Quit
		}
		if m.busy {
			return m, nil
		}
		switch msg.Type {
		case tea.KeyTab, tea.KeyShiftTab, tea.KeyUp, tea.KeyDown:
			return m.focusOn(1 - m.focus), nil
		case tea.KeyEnter:
			return m.submit()
		}
	}
	var cmd tea.Cmd
	m.fields[m.focus], cmd = m.fields[m.focus].Update(msg)
	return m, cmd
}

// focusOn moves the cursor to field i.
func (m joinModel) focusOn(i int) joinModel {
	m.fields[m.focus].Blur()
	m.focus = i
	m.fields[i].Focus()
	return m
}

// submit checks what was typed and looks the learner up.
func (m joinModel) submit() (joinModel, tea.Cmd) {
	name := strings.Join(strings.Fields(m.fields[0].Value()), " ")
	nip := strings.TrimSpace(m.fields[1].Value())
	switch {
	case name == "":
		m.note = m.t.joinNeedName
		return m.focusOn(0), nil
	case strings.Trim(nip, "0123456789 ") != "":
		m.note = m.t.joinBadNIP
		return m.focusOn(1), nil
	}
	m.busy, m.note = true, ""
	find := m.find
	return m, func() tea.Msg { return find(name, nip) }
}

// view draws the screen in a window of w×h.
func (m joinModel) view(w, h int) string {
	if w > 0 && (w < joinMinWidth || h < joinMinHeight) {
		return ui.Wrap(fmt.Sprintf(m.t.joinTooSmall, joinMinWidth, joinMinHeight, w, h), max(w, 10))
	}
	width := min(max(w, joinMinWidth), 76) - 4
	var b strings.Builder
	b.WriteString(m.st.Title.Render(m.t.joinTitle))
	if m.title != "" {
		b.WriteString("  " + m.st.Subtitle.Render(ui.Truncate(m.title, width-len(m.t.joinTitle)-2)))
	}
	b.WriteString("\n\n" + ui.Wrap(m.t.joinIntro, width) + "\n\n")
	labels := [2]string{m.t.joinName, m.t.joinNIP}
	for i, f := range m.fields {
		label := m.st.Muted.Render(labels[i])
		if i == m.focus {
			label = m.st.Cursor.Render(labels[i])
		}
		b.WriteString(label + "\n" + m.st.Box.Render(f.View()) + "\n")
	}
	switch {
	case m.busy:
		b.WriteString(m.st.Muted.Render(m.t.joinChecking))
	case m.note != "":
		b.WriteString(m.st.ErrLine.Render(ui.Wrap(m.note, width)))
	}
	b.WriteString("\n\n" + m.st.Muted.Render(m.t.joinHelp))
	return ui.Indent(b.String(), 2)
}
