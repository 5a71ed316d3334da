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
// help is left out; where the screen owns q (a check under way asks
// before it ends), its own binding says what q does.
type combinedKeys struct {
	screen   screenKeys
	global   globalKeyMap
	typing   bool
	ownsQuit bool
}

// ShortHelp implements help.KeyMap.
func (c combinedKeys) ShortHelp() []key.Binding {
	return append(c.screen.ShortHelp(), c.globals()...)
}

// FullHelp implements help.KeyMap.
func (c combinedKeys) FullHelp() [][]key.Binding {
	if g := c.globals(); len(g) > 0 {
		return append(c.screen.FullHelp(), g)
	}
	return c.screen.FullHelp()
}

// globals are the global keys that work on the screen now.
func (c combinedKeys) globals() []key.Binding {
	switch {
	case c.typing:
		return nil
	case c.ownsQuit:
		return []key.Binding{c.global.Help}
	}
	return []key.Binding{c.global.Help, c.global.Quit}
}
