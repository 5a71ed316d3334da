package tui

import (
	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
)

// textField makes a one-line text field of at most limit characters.
//
// Its placeholder is drawn in the palette's muted colour through ajar's
// renderer: the widget's own grey 240 went through lipgloss's global
// renderer, which knows neither --theme plain nor --theme light, and
// reads at 2.3:1 on a #1e1e1e background.
func textField(st *styles, limit int) *textinput.Model {
	in := textinput.New()
	in.CharLimit = limit
	in.PlaceholderStyle, in.CompletionStyle = st.Muted, st.Muted
	// A steady cursor: blinking redraws the screen twice a second, which
	// old office PCs and remote sessions feel, and it adds nothing here.
	in.Cursor.SetMode(cursor.CursorStatic)
	return &in
}
