package tui

import (
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
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
	text   *textinput.Model
	// actions are the plan's action fields, ties each one's chosen tie.
	actions []*textinput.Model
	ties    []int
	out     outbox

	width, height int
}

// newReflectModel builds an idle reflection screen.
func newReflectModel(t *texts, st *styles, now func() time.Time) reflectModel {
	return reflectModel{t: t, st: st, keys: defaultReflectKeys(t), now: now}
}

// field makes one text field with the answer field's limits.
func field(value string) *textinput.Model {
	in := textinput.New()
	in.CharLimit = 500
	in.Prompt = "> "
	in.Cursor.SetMode(cursor.CursorStatic)
	in.SetValue(value)
	return &in
}

// start asks for what lesson l wants written, filled with what the
// learner saved before.
func (m reflectModel) start(l *lessons.Lesson, prev progress.Reflection) reflectModel {
	m.lesson, m.prev, m.at, m.steps = l, prev, 0, nil
	m.text, m.actions, m.ties = nil, nil, nil
	if l.Reflection != "" {
		m.text = field(prev.Text)
		m.text.CharLimit = 2000
		m.steps = append(m.steps, reflectStep{action: -1})
	}
	if l.Plan != nil {
		for i := range l.Plan.Actions {
			var a progress.PlanAction
			if i < len(prev.Actions) {
				a = prev.Actions[i]
			}
			m.actions = append(m.actions, field(a.Text))
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
	for _, in := range m.fields() {
		in.Width = max(min(w, maxReadWidth)-6, 10)
	}
	return m
}

// fields are every text field of the screen.
func (m reflectModel) fields() []*textinput.Model {
	fs := append([]*textinput.Model(nil), m.actions...)
	if m.text != nil {
		fs = append(fs, m.text)
	}
	return fs
}

// current is the field of the current step, or nil on a tie's list.
func (m reflectModel) current() *textinput.Model {
	if m.at >= len(m.steps) || m.steps[m.at].tie {
		return nil
	}
	if a := m.steps[m.at].action; a >= 0 {
		return m.actions[a]
	}
	return m.text
}

// focus puts the cursor in the current step's field only.
func (m reflectModel) focus() reflectModel {
	cur := m.current()
	for _, in := range m.fields() {
		if in == cur {
			in.Focus()
		} else {
			in.Blur()
		}
	}
	return m
}

// inputFocused reports whether keys go to a text field.
func (m reflectModel) inputFocused() bool { return m.current() != nil }

// Update handles keys: text for the field, Enter to go on (and to save
// after the last step), ↑↓ to choose a tie, Esc to leave.
func (m reflectModel) Update(msg tea.Msg) (reflectModel, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		var cmd tea.Cmd
		if in := m.current(); in != nil {
			*in, cmd = in.Update(msg)
		}
		return m, cmd
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
	if in := m.current(); in != nil {
		var cmd tea.Cmd
		*in, cmd = in.Update(k)
		return m, cmd
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

// save asks to store what was written. Saving it again unchanged keeps
// when it was first written and the plan's revisits, so opening it to read
// does not restart the 7- and 30-day count.
func (m reflectModel) save() reflectModel {
	r := progress.Reflection{LessonID: m.lesson.ID, At: m.now()}
	if m.text != nil {
		r.Text = m.text.Value()
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
	m.out, _ = m.out.add(screenReflect, false, progress.Write{Reflection: &r})
	return m
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
