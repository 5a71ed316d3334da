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
	Help                                              help.Styles
}

// NewStyles builds the styles for a renderer. With colour off the styles
// keep bold and reverse video, which NO_COLOR allows and plain consoles show.
func NewStyles(r *lipgloss.Renderer) Styles {
	// Plain colours only: an AdaptiveColor would make lipgloss ask the
	// terminal for its background, which can stall and leak into input.
	c := func(s string) lipgloss.TerminalColor { return lipgloss.Color(s) }
	s := Styles{
		Title:       r.NewStyle().Bold(true).Foreground(c("#7D56F4")),
		Subtitle:    r.NewStyle().Foreground(c("245")),
		Muted:       r.NewStyle().Foreground(c("244")),
		Heading:     r.NewStyle().Bold(true).Foreground(c("#3C9FD8")),
		Cursor:      r.NewStyle().Bold(true).Foreground(c("#EE6FF8")),
		Selected:    r.NewStyle().Bold(true),
		Done:        r.NewStyle().Foreground(c("#04B575")),
		Started:     r.NewStyle().Foreground(c("#E8B84B")),
		Fresh:       r.NewStyle().Foreground(c("244")),
		Good:        r.NewStyle().Bold(true).Foreground(c("#04B575")),
		Bad:         r.NewStyle().Bold(true).Foreground(c("#E85D75")),
		Status:      r.NewStyle().Foreground(c("244")),
		ErrLine:     r.NewStyle().Bold(true).Foreground(c("#E85D75")),
		Box:         r.NewStyle().Border(lipgloss.NormalBorder()).Padding(0, 1),
		FrameHeader: r.NewStyle().Bold(true),
		Accent:      r.NewStyle().Bold(true).Reverse(true).Padding(0, 1),
	}
	s.Help = help.Styles{
		Ellipsis:       r.NewStyle().Foreground(c("244")),
		ShortKey:       r.NewStyle().Bold(true),
		ShortDesc:      r.NewStyle().Foreground(c("244")),
		ShortSeparator: r.NewStyle().Foreground(c("240")),
		FullKey:        r.NewStyle().Bold(true),
		FullDesc:       r.NewStyle().Foreground(c("244")),
		FullSeparator:  r.NewStyle().Foreground(c("240")),
	}
	return s
}
