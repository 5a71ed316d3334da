package tui

import (
	"github.com/charmbracelet/bubbles/key"
)

// checkKeyMap holds the module check's bindings: a question is answered
// with the quiz's answer keys; beginning, leaving early and its question,
// and moving through the result are the check's own, so the help shows
// exactly what each key does there.
type checkKeyMap struct {
	// answer are the keys that answer a question, as in the quiz.
	answer quizKeyMap
	// Begin leaves the intro for the first question.
	Begin key.Binding
	// Leave asks whether to end a check under way: Esc, and q outside a
	// text field (the root leaves q to the check while one is under way).
	Leave key.Binding
	// Yes ends the check and records it; No goes on with it.
	Yes, No key.Binding
	// The result scrolls a line, a page, or to either end.
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	// Home and Back leave the intro or the result for the course map.
	Home, Back key.Binding
}

// defaultCheckKeys returns the check's bindings with help in language t.
func defaultCheckKeys(t *texts) checkKeyMap {
	return checkKeyMap{
		answer:   defaultQuizKeys(t),
		Begin:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.keyBegin)),
		Leave:    key.NewBinding(key.WithKeys("esc", "q"), key.WithHelp("esc/q", t.keyEndCheck)),
		Yes:      key.NewBinding(key.WithKeys("y"), key.WithHelp("y", t.keyEndRecord)),
		No:       key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", t.keyGoOn)),
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", t.keyUp)),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", t.keyDown)),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b", "u"), key.WithHelp("pgup/b", t.keyPageUp)),
		PageDown: key.NewBinding(key.WithKeys("pgdown", " ", "d", "f"), key.WithHelp("pgdn/"+t.spaceKey, t.keyPageDown)),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", t.keyTop)),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", t.keyBottom)),
		Home:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.keyHome)),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.keyBack)),
	}
}

// ShortHelp implements help.KeyMap.
func (k checkKeyMap) ShortHelp() []key.Binding {
	a := k.answer
	return []key.Binding{a.Up, a.Down, a.Digit, a.Toggle, a.Grab, a.Pair, a.Unpair, a.Submit, k.Begin, k.Leave, k.Yes, k.No,
		k.Up, k.Down, k.Home, k.Back}
}

// FullHelp implements help.KeyMap.
func (k checkKeyMap) FullHelp() [][]key.Binding {
	a := k.answer
	return [][]key.Binding{{a.Up, a.Down, a.Digit}, {a.Toggle, a.Grab, a.Pair, a.Unpair, a.Submit}, {k.Begin, k.Leave, k.Yes, k.No},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}, {k.Home, k.Back}}
}

// helpKeys enables the keys that work in the check's state now.
func (m checkModel) helpKeys() checkKeyMap {
	k := m.keys
	asking := m.module != nil && !m.intro && !m.done && !m.leaving
	a := &k.answer
	for _, b := range []*key.Binding{&a.Next, &a.RetryWrong, &a.Retry, &a.NextLesson, &a.Home, &a.Back, &a.Reflect} {
		b.SetEnabled(false)
	}
	m.ask.enableKeys(a, asking)
	k.Begin.SetEnabled(m.module != nil && m.intro)
	k.Leave.SetEnabled(asking)
	if asking && m.ask.typing() {
		k.Leave.SetHelp("esc", m.t.keyEndCheck) // q is a letter in a text field
	}
	k.Yes.SetEnabled(m.leaving)
	k.No.SetEnabled(m.leaving)
	scroll := m.done && m.maxScroll() > 0
	for _, b := range []*key.Binding{&k.Up, &k.Down, &k.PageUp, &k.PageDown, &k.Top, &k.Bottom} {
		b.SetEnabled(scroll)
	}
	k.Home.SetEnabled(m.done)
	k.Back.SetEnabled(m.module != nil && (m.intro || m.done))
	return k
}
