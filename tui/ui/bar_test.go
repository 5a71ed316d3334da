package ui

import (
	"io"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// barRenderer is a renderer of the given profile and background.
func barRenderer(p termenv.Profile, dark bool) *lipgloss.Renderer {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(p)
	r.SetHasDarkBackground(dark)
	return r
}

func TestBarCells(t *testing.T) {
	bar := NewBar(barRenderer(termenv.Ascii, true))
	for _, c := range []struct {
		width       int
		share       float64
		full, empty rune
		want        string
	}{
		{10, 0, '#', '-', "----------"},
		{10, 1, '#', '-', "##########"},
		{10, 0.34, '#', '-', "###-------"},
		{10, 0.35, '█', '░', "████░░░░░░"}, // nearest cell
		{4, 7, '#', '-', "####"},           // clamped
		{4, -1, '#', '-', "----"},
	} {
		if got := bar.View(c.width, c.share, c.full, c.empty); got != c.want {
			t.Errorf("View(%d, %v) = %q, want %q", c.width, c.share, got, c.want)
		}
	}
}

// TestBarColours: on every profile and background the empty cells are
// drawn exactly as muted text is (the palette's value, no conversion of
// its own), and the full cells in the terminal's own colour.
func TestBarColours(t *testing.T) {
	for _, profile := range []termenv.Profile{termenv.TrueColor, termenv.ANSI256, termenv.ANSI, termenv.Ascii} {
		for _, dark := range []bool{true, false} {
			r := barRenderer(profile, dark)
			got := NewBar(r).View(4, 0.5, '#', '-')
			if plain := ansi.Strip(got); plain != "##--" {
				t.Errorf("%v dark=%v: cells %q, want ##--", profile, dark, plain)
			}
			if !strings.HasPrefix(got, "##") {
				t.Errorf("%v dark=%v: full cells coloured: %q", profile, dark, got)
			}
			muted, _, _ := strings.Cut(r.NewStyle().Foreground(NewPalette().Muted).Render("-"), "-")
			empty := strings.TrimPrefix(got, "##")
			if muted == "" {
				if empty != "--" {
					t.Errorf("%v dark=%v: empty cells %q, want no colour as muted text has none", profile, dark, empty)
				}
				continue
			}
			if !strings.HasPrefix(empty, muted) {
				t.Errorf("%v dark=%v: empty cells %q, want muted text's %q", profile, dark, empty, muted)
			}
		}
	}
}
