package classroom

import "github.com/charmbracelet/bubbles/key"

// consoleKeyMap holds every binding of the console. Which of them work
// depends on the view and on the live question (see consoleModel.active),
// and help lists only those.
type consoleKeyMap struct {
	Up, Down, Sort, Live                key.Binding
	PrevQ, NextQ, Pick, Module          key.Binding
	PrevModule                          key.Binding // no help: Module's tells both
	Push, Reveal, End, Back, Help, Quit key.Binding
	ForceQuit, Yes, No                  key.Binding
}

// defaultConsoleKeys returns the console's bindings with help in t.
func defaultConsoleKeys(t consoleText) consoleKeyMap {
	return consoleKeyMap{
		Up:    key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", t.keyUp)),
		Down:  key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", t.keyDown)),
		Sort:  key.NewBinding(key.WithKeys("s"), key.WithHelp("s", t.keySort)),
		Live:  key.NewBinding(key.WithKeys("tab", "m"), key.WithHelp("tab/m", t.keyLive)),
		PrevQ: key.NewBinding(key.WithKeys("left", "up", "k"), key.WithHelp("←/k", t.keyPrevQ)),
		NextQ: key.NewBinding(key.WithKeys("right", "down", "j"), key.WithHelp("→/j", t.keyNextQ)),
		// Pick is PrevQ and NextQ as one item of the short help.
		Pick:       key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", t.keyPick)),
		Module:     key.NewBinding(key.WithKeys("]", "pgdown"), key.WithHelp("[/]", t.keyModule)),
		PrevModule: key.NewBinding(key.WithKeys("[", "pgup")),
		Push:       key.NewBinding(key.WithKeys("l"), key.WithHelp("l", t.keyPush)),
		Reveal:     key.NewBinding(key.WithKeys("r"), key.WithHelp("r", t.keyReveal)),
		End:        key.NewBinding(key.WithKeys("e"), key.WithHelp("e", t.keyEnd)),
		Back:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.keyBack)),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", t.keyHelp)),
		Quit:       key.NewBinding(key.WithKeys("q"), key.WithHelp("q", t.keyQuit)),
		ForceQuit:  key.NewBinding(key.WithKeys("ctrl+c")),
		Yes:        key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y/n", t.keyYesNo)),
		No:         key.NewBinding(key.WithKeys("n", "N", "esc")),
	}
}

// keyList is the bindings that work now, as a help.KeyMap: the short help
// is the first few, the full help all of them in columns of four.
type keyList struct {
	short, all []key.Binding
}

// ShortHelp implements help.KeyMap.
func (k keyList) ShortHelp() []key.Binding { return k.short }

// FullHelp implements help.KeyMap.
func (k keyList) FullHelp() [][]key.Binding {
	var cols [][]key.Binding
	for i := 0; i < len(k.all); i += 4 {
		cols = append(cols, k.all[i:min(i+4, len(k.all))])
	}
	return cols
}
