package tui

import (
	"strings"
	"time"
	"unicode"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"ajar/lessons"
	"ajar/progress"
)

// reflectKeyMap holds the reflection screen's bindings.
type reflectKeyMap struct {
	Up, Down, Next, Back key.Binding
}

// defaultReflectKeys returns the bindings with help in language t.
func defaultReflectKeys(t *texts) reflectKeyMap {
	return reflectKeyMap{
		Up:   key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", t.keyUp)),
		Down: key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", t.keyDown)),
		Next: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.keyNextField)),
		Back: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.keyReflectLater)),
	}
}

// ShortHelp implements help.KeyMap.
func (k reflectKeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Up, k.Down, k.Next, k.Back} }

// FullHelp implements help.KeyMap.
func (k reflectKeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// reflectStep is one thing the screen asks for.
type reflectStep struct {
	action int  // -1 for the reflection text, else the plan action
	tie    bool // choosing the action's tie rather than typing it
}

// reflectModel is where a learner writes, after a lesson's quiz, the answer
// to its reflection prompt and the actions of its plan, one step at a time:
// each text in its own field (Enter goes on), each action's tie chosen from
// a list. Nothing is graded; Esc leaves without saving, and the quiz's
// result screen offers it again (t).
type reflectModel struct {
	t    *texts
	st   *styles
	keys reflectKeyMap
	now  func() time.Time

	lesson *lessons.Lesson
	prev   progress.Reflection // what was saved before, kept on save
	steps  []reflectStep
	at     int
	// text is the reflection's field: a few sentences, so it wraps over
	// several rows instead of scrolling sideways. Enter goes on; the text
	// stays one paragraph (a paste's line breaks become spaces).
	text *textarea.Model
	// actions are the plan's action fields, ties each one's chosen tie.
	actions []*textinput.Model
	ties    []int
	out     outbox
	// mark follows the last save until the quiz's result screen takes it.
	mark saveMark

	width, height int
}

// newReflectModel builds an idle reflection screen.
func newReflectModel(t *texts, st *styles, now func() time.Time) reflectModel {
	return reflectModel{t: t, st: st, keys: defaultReflectKeys(t), now: now}
}

// field makes one action's text field.
func field(value string, st *styles) *textinput.Model {
	in := textField(st, 500)
	in.Prompt = "> "
	in.SetValue(value)
	return in
}

// reflectPart is one of the two things a lesson may ask to write.
type reflectPart int

const (
	partText reflectPart = iota
	partPlan
)

// order is what the lesson asks for, in the order asked: a plan comes
// first, so a reflection asked beside it can refer to its actions.
func (m reflectModel) order() []reflectPart {
	var parts []reflectPart
	if m.lesson.Plan != nil {
		parts = append(parts, partPlan)
	}
	if m.lesson.Reflection != "" {
		parts = append(parts, partText)
	}
	return parts
}

// textRows is the height of the reflection's field.
const textRows = 4

// paragraph makes the reflection's field.
func paragraph(value string, t *texts, st *styles) *textarea.Model {
	ta := textarea.New()
	ta.CharLimit = 2000
	ta.ShowLineNumbers = false
	ta.Placeholder = t.reflectPlaceholder
	// Plain styles but the placeholder's: the widget's own colours are
	// tuned for one terminal background and bypass ajar's renderer; the
	// frame's styles do the colouring in ajar.
	ta.FocusedStyle = textarea.Style{Placeholder: st.Muted}
	ta.BlurredStyle = ta.FocusedStyle
	ta.SetPromptFunc(2, func(line int) string {
		if line == 0 {
			return "> "
		}
		return "  "
	})
	ta.KeyMap.InsertNewline.SetEnabled(false)
	ta.Cursor.SetMode(cursor.CursorStatic)
	ta.SetHeight(textRows)
	ta.SetValue(value)
	return &ta
}

// oneLine keeps a reflection one paragraph: line breaks and other control
// characters a paste may bring become spaces, runs of spaces one.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }), " ")
}

// start asks for what lesson l wants written, filled with what the
// learner saved before.
func (m reflectModel) start(l *lessons.Lesson, prev progress.Reflection) reflectModel {
	m.lesson, m.prev, m.at, m.steps, m.mark = l, prev, 0, nil, saveMark{}
	m.text, m.actions, m.ties = nil, nil, nil
	if l.Reflection != "" {
		m.text = paragraph(prev.Text, m.t, m.st)
	}
	for _, part := range m.order() {
		if part == partText {
			m.steps = append(m.steps, reflectStep{action: -1})
			continue
		}
		for i := range l.Plan.Actions {
			var a progress.PlanAction
			if i < len(prev.Actions) {
				a = prev.Actions[i]
			}
			in := field(a.Text, m.st)
			in.Placeholder = m.t.actionPlaceholder
			m.actions = append(m.actions, in)
			tie := 0
			for j, name := range l.Plan.Ties {
				if name == a.Tie {
					tie = j
				}
			}
			m.ties = append(m.ties, tie)
			m.steps = append(m.steps, reflectStep{action: i})
			if len(l.Plan.Ties) > 0 {
				m.steps = append(m.steps, reflectStep{action: i, tie: true})
			}
		}
	}
	return m.setSize(m.width, m.height).focus()
}

// setSize tells the screen how much room it has.
func (m reflectModel) setSize(w, h int) reflectModel {
	m.width, m.height = w, h
	for _, in := range m.actions {
		in.Width = max(min(w, maxReadWidth)-6, 10)
	}
	if m.text != nil {
		m.text.SetWidth(max(min(w, maxReadWidth)-2, 12))
	}
	return m
}

// onText reports whether the current step is the reflection's text.
func (m reflectModel) onText() bool {
	return m.at < len(m.steps) && m.steps[m.at].action < 0
}

// current is the action field of the current step, or nil on the
// reflection's text or a tie's list.
func (m reflectModel) current() *textinput.Model {
	if m.at >= len(m.steps) || m.steps[m.at].tie || m.onText() {
		return nil
	}
	return m.actions[m.steps[m.at].action]
}

// focus puts the cursor in the current step's field only.
func (m reflectModel) focus() reflectModel {
	cur := m.current()
	for _, in := range m.actions {
		if in == cur {
			in.Focus()
		} else {
			in.Blur()
		}
	}
	if m.text != nil {
		if m.onText() {
			m.text.Focus()
		} else {
			m.text.Blur()
		}
	}
	return m
}

// inputFocused reports whether keys go to a text field.
func (m reflectModel) inputFocused() bool { return m.onText() || m.current() != nil }

// edit hands a message to the field that has focus, if any.
func (m reflectModel) edit(msg tea.Msg) (reflectModel, tea.Cmd) {
	var cmd tea.Cmd
	switch in := m.current(); {
	case m.onText():
		*m.text, cmd = m.text.Update(msg)
	case in != nil:
		*in, cmd = in.Update(msg)
	}
	return m, cmd
}

// Update handles keys: text for the field, Enter to go on (and to save
// after the last step), ↑↓ to choose a tie, Esc to leave.
func (m reflectModel) Update(msg tea.Msg) (reflectModel, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return m.edit(msg)
	}
	switch {
	case key.Matches(k, m.keys.Back):
		return m, emit(closeReflectMsg{})
	case key.Matches(k, m.keys.Next):
		if m.at++; m.at < len(m.steps) {
			return m.focus(), nil
		}
		return m.save(), emit(closeReflectMsg{})
	}
	if m.inputFocused() {
		return m.edit(k)
	}
	if step := m.steps[m.at]; step.tie {
		n := len(m.lesson.Plan.Ties)
		switch {
		case key.Matches(k, m.keys.Up):
			m.ties[step.action] = (m.ties[step.action] + n - 1) % n
		case key.Matches(k, m.keys.Down):
			m.ties[step.action] = (m.ties[step.action] + 1) % n
		case len(k.Runes) == 1 && k.Runes[0] >= '1' && int(k.Runes[0]-'0') <= n:
			m.ties[step.action] = int(k.Runes[0] - '1')
		}
	}
	return m, nil
}

// written is what the fields hold now. Unchanged writing keeps when it
// was first written and the plan's revisits, so opening it to read does
// not restart the 7- and 30-day count.
func (m reflectModel) written() progress.Reflection {
	r := progress.Reflection{LessonID: m.lesson.ID, At: m.now()}
	if m.text != nil {
		r.Text = oneLine(m.text.Value())
	}
	for i, in := range m.actions {
		a := progress.PlanAction{Text: in.Value()}
		if len(m.lesson.Plan.Ties) > 0 {
			a.Tie = m.lesson.Plan.Ties[m.ties[i]]
		}
		if a.Text != "" {
			r.Actions = append(r.Actions, a)
		}
	}
	if sameWriting(r, m.prev) {
		r.At, r.Revisited = m.prev.At, m.prev.Revisited
	}
	return r
}

// save asks to store what was written.
func (m reflectModel) save() reflectModel {
	r := m.written()
	var tag saveTag
	m.out, tag = m.out.add(screenReflect, false, progress.Write{Reflection: &r})
	m.mark = pending(tag)
	return m
}

// unsaved returns the write that keeps what is typed when ajar ends on
// this screen (Ctrl+C, a closed window): typing is work, and Esc is the
// way to leave without saving. Nothing when nothing changed.
func (m reflectModel) unsaved() (progress.Write, bool) {
	if m.lesson == nil {
		return progress.Write{}, false
	}
	r := m.written()
	if sameWriting(r, m.prev) || r.Text == "" && len(r.Actions) == 0 {
		return progress.Write{}, false
	}
	return progress.Write{Reflection: &r}, true
}

// sameWriting reports whether two reflections say the same.
func sameWriting(a, b progress.Reflection) bool {
	if a.Text != b.Text || len(a.Actions) != len(b.Actions) {
		return false
	}
	for i := range a.Actions {
		if a.Actions[i] != b.Actions[i] {
			return false
		}
	}
	return true
}

// helpKeys enables the keys that work now.
func (m reflectModel) helpKeys() reflectKeyMap {
	k := m.keys
	onTie := m.at < len(m.steps) && m.steps[m.at].tie
	k.Up.SetEnabled(onTie)
	k.Down.SetEnabled(onTie)
	if m.at == len(m.steps)-1 {
		k.Next.SetHelp("enter", m.t.keySave)
	}
	return k
}
