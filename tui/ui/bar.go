package ui

import (
	"github.com/charmbracelet/bubbles/progress"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Bar draws one progress bar: a bubbles progress bar without percentage
// or animation, whose empty cells take the palette's muted colour for the
// renderer's profile and background. bubbles/progress colours through
// termenv, which would convert a 24-bit colour itself (and picked
// near-black for the old red); giving it the palette's own value for the
// profile keeps the bar to the colours the contrast test checks.
type Bar struct {
	model progress.Model
}

// NewBar returns the bar drawn with r's colour profile and background.
func NewBar(r *lipgloss.Renderer) Bar {
	p := NewPalette()
	m := progress.New(progress.WithoutPercentage(), progress.WithColorProfile(r.ColorProfile()))
	m.FullColor = ""
	m.EmptyColor = colourFor(p.Muted, r)
	return Bar{model: m}
}

// View draws the bar width cells wide with share (0 to 1) of them full,
// rounded to the nearest cell, full cells drawn as full and the others as
// empty: block glyphs, or ASCII for old consoles.
func (b Bar) View(width int, share float64, full, empty rune) string {
	m := b.model
	m.Width, m.Full, m.Empty = width, full, empty
	return m.ViewAs(min(max(share, 0), 1))
}

// colourFor returns c's value for the renderer's colour profile and
// background, as termenv reads colours: "" for none.
func colourFor(c Colour, r *lipgloss.Renderer) string {
	v := c.Light
	if r.HasDarkBackground() {
		v = c.Dark
	}
	switch r.ColorProfile() {
	case termenv.TrueColor:
		return v.TrueColor
	case termenv.ANSI256:
		return v.ANSI256
	case termenv.ANSI:
		return v.ANSI
	}
	return ""
}
