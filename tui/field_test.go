package tui

import (
	"testing"

	"github.com/charmbracelet/lipgloss"

	"ajar/tui/ui"
)

// TestFieldPlaceholdersUsePalette: the placeholders of the answer, learner
// and reflection fields take the palette's muted colour and ajar's
// renderer, not the widgets' own grey 240 on lipgloss's global renderer
// (which ignores --theme).
func TestFieldPlaceholdersUsePalette(t *testing.T) {
	d, _ := newTestDeps(t)
	st := testStyles(d)
	muted := lipgloss.TerminalColor(ui.NewPalette().Muted)
	for name, style := range map[string]lipgloss.Style{
		"text field": textField(st, 10).PlaceholderStyle,
		"reflection": paragraph("", testTexts(), st).FocusedStyle.Placeholder,
	} {
		if style.GetForeground() != muted {
			t.Errorf("%s placeholder is %v, not the palette's Muted", name, style.GetForeground())
		}
	}
}
