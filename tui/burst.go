package tui

import (
	"unicode"

	tea "github.com/charmbracelet/bubbletea"

	"ajar/tui/input"
)

// burstMsg carries the keys of a burst not yet acted on. actOnBurst sends
// it after the Cmd of the key before, so every message that key caused is
// handled first; route hands it back to actOnBurst.
type burstMsg struct{ runes []rune }

// maxPaste caps the text taken from one paste; every field's own limit
// (textinput's CharLimit) cuts it further.
const maxPaste = 1000

// splitInput decides how a key message from one read of the terminal acts.
// ok is false for a message that takes the ordinary path unchanged.
//
// bubbletea v1 delivers the printable keys of one read as a single
// KeyRunes: ten j held or typed ahead arrive as "jjjjjjjjjj", which
// matches no binding. A paste arrives as one KeyRunes with Paste set; the
// input filter also turns a read of several lines into such a paste,
// marked with input.BurstMark. So:
//
//   - a text field has focus: the runes are text. Line breaks and other
//     control characters become spaces, and the text goes to the field
//     as a paste, which never submits and never matches a binding by its
//     name (typing "enter" quickly must not press Enter);
//   - no text field has focus: each key acts on its own, in order, the
//     marked burst's Enter included; the terminal's own paste is not
//     typing, so nothing acts on it.
func (m Model) splitInput(k tea.KeyMsg) ([]rune, bool) {
	if k.Type != tea.KeyRunes || k.Alt {
		return nil, false
	}
	runes, marked := k.Runes, len(k.Runes) > 0 && k.Runes[0] == input.BurstMark
	if marked {
		runes = runes[1:]
	}
	typing := m.typing()
	switch {
	case typing && k.Paste && !marked && plainText(runes):
		return nil, false // text ready for the field
	case typing && (k.Paste || len(runes) > 1):
		return runes, true
	case typing:
		return nil, false
	case k.Paste && !marked:
		return nil, true // a paste outside a text field does nothing
	case k.Paste || len(runes) > 1:
		return runes, true
	}
	return nil, false
}

// actOnBurst acts on runes as keys, one at a time and in order, until a
// text field takes focus: the rest is then typed into it as one paste.
// A key whose Cmd must run first (an answer to save, a screen to open)
// sends the rest on as a burstMsg after that Cmd's messages.
func (m Model) actOnBurst(runes []rune) (tea.Model, tea.Cmd) {
	for len(runes) > 0 {
		if m.typing() {
			return m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: fieldText(runes), Paste: true})
		}
		mm, cmd := m.Update(keyOf(runes[0]))
		m, runes = mm.(Model), runes[1:]
		if cmd != nil {
			if len(runes) > 0 {
				cmd = tea.Sequence(cmd, emit(burstMsg{runes: runes}))
			}
			return m, cmd
		}
	}
	return m, nil
}

// keyOf is the key message bubbletea sends for one rune read alone.
func keyOf(r rune) tea.KeyMsg {
	switch {
	case r == ' ':
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	case r == 0x7f:
		return tea.KeyMsg{Type: tea.KeyBackspace}
	case r < 0x20:
		return tea.KeyMsg{Type: tea.KeyType(r)} // Enter, Tab, Ctrl+letter
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}}
}

// fieldText makes runes fit a one-line field: each run of line breaks,
// tabs and other control characters becomes one space (none at the ends),
// the burst mark goes, and the text is capped at maxPaste.
func fieldText(runes []rune) []rune {
	out := make([]rune, 0, min(len(runes), maxPaste))
	gap := false
	for _, r := range runes {
		if len(out) == maxPaste {
			break
		}
		switch {
		case r == input.BurstMark:
		case unicode.IsControl(r):
			gap = true
		default:
			if gap && len(out) > 0 {
				out = append(out, ' ')
			}
			gap = false
			out = append(out, r)
		}
	}
	return out
}

// plainText reports whether runes need no cleaning for a field.
func plainText(runes []rune) bool {
	for _, r := range runes {
		if r == input.BurstMark || unicode.IsControl(r) {
			return false
		}
	}
	return len(runes) <= maxPaste
}
