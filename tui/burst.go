package tui

import (
	"unicode"

	tea "github.com/charmbracelet/bubbletea"

	"ajar/tui/input"
)

// burstMsg asks the root to go on with the keys it holds. actOnBurst and
// drainKeys send it after the Cmd of the key before, so every message that
// key caused is handled first; route hands it to drainKeys.
type burstMsg struct{}

// heldKey is a key the root holds until the keys before it have acted: a
// key as read, or (runes set) the rest of a burst.
type heldKey struct {
	msg   tea.KeyMsg
	runes []rune
}

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
func (m Model) actOnBurst(runes []rune) (Model, tea.Cmd) {
	m.held = append([]heldKey{{runes: runes}}, m.held...)
	return m.drainKeys()
}

// holdKey keeps a key that arrived while keys before it still wait for a
// Cmd: without it, a key read later would act before them (an answer
// typed ahead would land on the question before).
func (m Model) holdKey(k tea.KeyMsg) (Model, tea.Cmd) {
	m.held = append(m.held, heldKey{msg: k})
	return m, nil
}

// drainKeys acts on the held keys in order. A key whose Cmd must run
// first (a screen to open, an answer to save) stops the drain: the rest
// waits, and later keys are held behind it, until a burstMsg sent after
// that Cmd's messages resumes it.
func (m Model) drainKeys() (Model, tea.Cmd) {
	m.holding = false
	var cmds []tea.Cmd
	for len(m.held) > 0 {
		h := m.held[0]
		m.held = m.held[1:]
		if h.runes == nil {
			if runes, split := m.splitInput(h.msg); split {
				h.runes = runes
			}
		}
		var cmd tea.Cmd
		switch {
		case h.runes == nil:
			m, cmd = m.update(h.msg)
		case len(h.runes) == 0:
			// a paste outside a text field: nothing to do
		case m.typing():
			m, cmd = m.update(tea.KeyMsg{Type: tea.KeyRunes, Runes: fieldText(h.runes), Paste: true})
		default:
			if len(h.runes) > 1 {
				m.held = append([]heldKey{{runes: h.runes[1:]}}, m.held...)
			}
			m, cmd = m.update(keyOf(h.runes[0]))
		}
		if cmd != nil {
			cmds = append(cmds, cmd)
			if len(m.held) > 0 {
				m.holding = true
				return m, tea.Sequence(tea.Batch(cmds...), emit(burstMsg{}))
			}
		}
	}
	return m, tea.Batch(cmds...)
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
