package tui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/lipgloss"
)

// styles holds every lipgloss style of the TUI, built once from one renderer
// so tests can force an ASCII profile without touching lipgloss globals.
type styles struct {
	title, subtitle, muted, heading, cursor, selected lipgloss.Style
	done, started, fresh, good, bad, status, errLine  lipgloss.Style
	box, frameHeader, accent                          lipgloss.Style
	help                                              help.Styles
}

// newStyles builds the styles for a renderer. With colour off the styles
// keep bold and reverse video, which NO_COLOR allows and plain consoles show.
func newStyles(r *lipgloss.Renderer) styles {
	// Plain colours only: an AdaptiveColor would make lipgloss ask the
	// terminal for its background, which can stall and leak into input.
	c := func(s string) lipgloss.TerminalColor { return lipgloss.Color(s) }
	s := styles{
		title:       r.NewStyle().Bold(true).Foreground(c("#7D56F4")),
		subtitle:    r.NewStyle().Foreground(c("245")),
		muted:       r.NewStyle().Foreground(c("244")),
		heading:     r.NewStyle().Bold(true).Foreground(c("#3C9FD8")),
		cursor:      r.NewStyle().Bold(true).Foreground(c("#EE6FF8")),
		selected:    r.NewStyle().Bold(true),
		done:        r.NewStyle().Foreground(c("#04B575")),
		started:     r.NewStyle().Foreground(c("#E8B84B")),
		fresh:       r.NewStyle().Foreground(c("244")),
		good:        r.NewStyle().Bold(true).Foreground(c("#04B575")),
		bad:         r.NewStyle().Bold(true).Foreground(c("#E85D75")),
		status:      r.NewStyle().Foreground(c("244")),
		errLine:     r.NewStyle().Bold(true).Foreground(c("#E85D75")),
		box:         r.NewStyle().Border(lipgloss.NormalBorder()).Padding(0, 1),
		frameHeader: r.NewStyle().Bold(true),
		accent:      r.NewStyle().Bold(true).Reverse(true).Padding(0, 1),
	}
	s.help = help.Styles{
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
