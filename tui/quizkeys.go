package tui

import (
	"github.com/charmbracelet/bubbles/key"
)

// quizKeyMap holds the quiz runner's bindings. updateKeys enables only the
// ones that do something in the current phase and question type.
type quizKeyMap struct {
	Up, Down, Digit, Toggle, Grab, Submit, Next key.Binding
	Pair, Unpair                                key.Binding
	RetryWrong, Retry, NextLesson, Home, Back   key.Binding
	Reflect                                     key.Binding
}

// defaultQuizKeys returns the quiz bindings with help in language t.
func defaultQuizKeys(t *texts) quizKeyMap {
	return quizKeyMap{
		Up:    key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", t.keyUp)),
		Down:  key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", t.keyDown)),
		Digit: key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", t.keyChoose)),
		// Toggle and Grab share the space bar; only one is enabled at a time.
		Toggle:     key.NewBinding(key.WithKeys(" ", "x"), key.WithHelp(t.spaceKey, t.keyToggle)),
		Grab:       key.NewBinding(key.WithKeys(" "), key.WithHelp(t.spaceKey, t.keyGrab)),
		Submit:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.keySubmit)),
		Next:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.keyNext)),
		RetryWrong: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", t.keyRetryWrong)),
		Retry:      key.NewBinding(key.WithKeys("a"), key.WithHelp("a", t.keyRetry)),
		NextLesson: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", t.keyNextLesson)),
		Home:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.keyHome)),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.keyBack)),
		Reflect:    key.NewBinding(key.WithKeys("t"), key.WithHelp("t", t.keyReflect)),
		// Pair shares the digits with Digit: a matching question's digits
		// put a right item against a left one instead of choosing one.
		Pair:   key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", t.keyPair)),
		Unpair: key.NewBinding(key.WithKeys("backspace", "delete"), key.WithHelp("backspace", t.keyUnpair)),
	}
}

// ShortHelp implements help.KeyMap.
func (k quizKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Digit, k.Pair, k.Unpair, k.Toggle, k.Grab, k.Submit, k.Next, k.RetryWrong, k.NextLesson, k.Reflect, k.Home, k.Back}
}

// FullHelp implements help.KeyMap.
func (k quizKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Digit, k.Pair, k.Unpair}, {k.Toggle, k.Grab, k.Submit, k.Next},
		{k.RetryWrong, k.Retry, k.NextLesson, k.Reflect, k.Home}, {k.Back}}
}

// updateKeys enables the bindings that apply to the model's current state.
func (m quizModel) updateKeys() quizModel {
	asking := m.phase == phaseAsking && m.question() != nil
	m.ask.enableKeys(&m.keys, asking)
	if m.phase == phaseFeedback { // scroll the feedback
		m.keys.Up.SetEnabled(true)
		m.keys.Down.SetEnabled(true)
	}
	m.keys.Next.SetEnabled(m.phase == phaseFeedback)
	done := m.phase == phaseDone
	m.keys.RetryWrong.SetEnabled(done && m.wrongCount() > 0)
	m.keys.Retry.SetEnabled(done)
	m.keys.NextLesson.SetEnabled(done && m.next != nil)
	m.keys.Home.SetEnabled(done)
	m.keys.Reflect.SetEnabled(done && m.lesson != nil && (m.lesson.Reflection != "" || m.lesson.Plan != nil))
	return m
}
