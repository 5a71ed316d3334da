package ui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/lipgloss"
)

// Styles holds every lipgloss style of the interface, built once from one
// renderer so tests can force an ASCII profile without touching lipgloss
// globals.
type Styles struct {
	Title, Subtitle, Muted, Heading, Cursor, Selected lipgloss.Style
	Done, Started, Fresh, Good, Bad, Status, ErrLine  lipgloss.Style
	Box, FrameHeader, Accent                          lipgloss.Style
	// Projector is presenter mode's high-contrast theme: bold, light on
	// dark whatever the terminal's own colours.
	Projector lipgloss.Style
	Help      help.Styles
	// Bar draws progress bars: the review session's and mastery's.
	Bar Bar
}

// NewStyles builds the styles for a renderer, every colour from the
// Palette. With colour off the styles keep bold and reverse video, which
// NO_COLOR allows and plain consoles show.
func NewStyles(r *lipgloss.Renderer) Styles {
	p := NewPalette()
	fg := func(c Colour) lipgloss.Style { return r.NewStyle().Foreground(c) }
	bold := r.NewStyle().Bold(true)
	s := Styles{
		Title:       fg(p.Accent).Bold(true),
		Subtitle:    fg(p.Muted),
		Muted:       fg(p.Muted),
		Heading:     fg(p.Heading).Bold(true),
		Cursor:      fg(p.Cursor).Bold(true),
		Selected:    bold,
		Done:        fg(p.Good),
		Started:     fg(p.Progress),
		Fresh:       fg(p.Muted),
		Good:        fg(p.Good).Bold(true),
		Bad:         fg(p.Bad).Bold(true),
		Status:      fg(p.Muted),
		ErrLine:     fg(p.Bad).Bold(true),
		Box:         r.NewStyle().Border(lipgloss.NormalBorder()).Padding(0, 1),
		FrameHeader: bold,
		Accent:      bold.Reverse(true).Padding(0, 1),
		Projector:   fg(p.Projector).Background(p.ProjectorBg).Bold(true),
		Bar:         NewBar(r),
	}
	s.Help = help.Styles{
		Ellipsis:       fg(p.Muted),
		ShortKey:       bold,
		ShortDesc:      fg(p.Muted),
		ShortSeparator: fg(p.Faint),
		FullKey:        bold,
		FullDesc:       fg(p.Muted),
		FullSeparator:  fg(p.Faint),
	}
	return s
}
