package tui

import (
	"github.com/charmbracelet/bubbles/key"
)

// globalKeyMap holds the keys the root handles on every screen.
type globalKeyMap struct {
	Quit      key.Binding
	ForceQuit key.Binding
	Help      key.Binding
}

// defaultGlobalKeys returns the global bindings with help in language t.
func defaultGlobalKeys(t *texts) globalKeyMap {
	return globalKeyMap{
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", t.keyQuit)),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", t.keyHelp)),
	}
}

// screenKeys is what every screen's KeyMap offers for generated help.
type screenKeys interface {
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
}

// combinedKeys merges a screen's bindings with the global ones, so the help
// line always shows exactly the keys that work right now.
// While a text field has focus, q and ? are typed, not commands, so their
// help is left out.
type combinedKeys struct {
	screen screenKeys
	global globalKeyMap
	typing bool
}

// ShortHelp implements help.KeyMap.
func (c combinedKeys) ShortHelp() []key.Binding {
	if c.typing {
		return c.screen.ShortHelp()
	}
	return append(c.screen.ShortHelp(), c.global.Help, c.global.Quit)
}

// FullHelp implements help.KeyMap.
func (c combinedKeys) FullHelp() [][]key.Binding {
	if c.typing {
		return c.screen.FullHelp()
	}
	return append(c.screen.FullHelp(), []key.Binding{c.global.Help, c.global.Quit})
}
