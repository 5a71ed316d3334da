package ui

import "github.com/charmbracelet/lipgloss"

// Palette is every colour ajar draws with, one field a role. Styles are
// built from it and from nothing else, so a colour that fails on some
// terminal is fixed in one place.
type Palette struct {
	// Accent colours screen titles.
	Accent lipgloss.TerminalColor
	// Heading colours section headings.
	Heading lipgloss.TerminalColor
	// Cursor colours the row the learner is on and its pointer.
	Cursor lipgloss.TerminalColor
	// Good says right, done and saved.
	Good lipgloss.TerminalColor
	// Bad says wrong, not saved, and asks before something is lost.
	Bad lipgloss.TerminalColor
	// Progress marks a lesson begun but not finished.
	Progress lipgloss.TerminalColor
	// Muted is secondary text: hints, counts, help descriptions.
	Muted lipgloss.TerminalColor
	// Faint draws separators and empty bar cells, never words.
	Faint lipgloss.TerminalColor
	// Projector is the text of presenter mode's high-contrast theme, drawn
	// on ProjectorBg.
	Projector lipgloss.TerminalColor
	// ProjectorBg is the background of the high-contrast theme.
	ProjectorBg lipgloss.TerminalColor
}

// NewPalette returns ajar's palette.
func NewPalette() Palette {
	c := func(s string) lipgloss.TerminalColor { return lipgloss.Color(s) }
	return Palette{
		Accent:      c("#7D56F4"),
		Heading:     c("#3C9FD8"),
		Cursor:      c("#EE6FF8"),
		Good:        c("#04B575"),
		Bad:         c("#E85D75"),
		Progress:    c("#E8B84B"),
		Muted:       c("244"),
		Faint:       c("240"),
		Projector:   c("#FFFFFF"),
		ProjectorBg: c("#000000"),
	}
}
