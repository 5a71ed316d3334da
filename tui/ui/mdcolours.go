package ui

import (
	"github.com/charmbracelet/glamour/ansi"
	"github.com/muesli/termenv"
)

// Config is the glamour style to render with: StyleConfig of the style's
// name with every colour taken from the Palette for the style's profile
// and theme.
//
// glamour's own styles name 256-colour indexes tuned for one background,
// and several read poorly even there: under 256 colours the dark style's
// H1 (228 on 63) and inline code (203 on 236) fall just under 4.5:1, and
// on white the light style's links (36), images (205) and inline code
// (203 on 254) are near 2.5:1. Under the 16-colour profile termenv also
// mapped each index to the nearest of 16 on every use: 16 HSLuv distances
// for each padding space of every line, which made a lesson render about
// ten times slower, and the dark style's light-blue headings became dark
// blue. The palette's values are native to each profile, so nothing is
// converted, and each is tested for contrast (TestMarkdownContrast).
//
// Body text keeps the terminal's own colour, readable on whatever
// background the learner has. Code blocks are not syntax-coloured:
// chroma's colours are 24-bit, converted per token past the palette, and
// tuned for no particular background.
func (s MarkdownStyle) Config() ansi.StyleConfig {
	cfg := StyleConfig(s.Name)
	p := NewPalette()
	dark := s.Name != "light"
	c := func(role Colour) *string { return pick(role, s.Profile, dark) }
	cfg.Document.Color, cfg.Text.Color = nil, nil
	cfg.Heading.Color = c(p.Heading)
	cfg.H1.Color, cfg.H1.BackgroundColor = c(p.Banner), c(p.BannerBg)
	cfg.H6.Color = c(p.Heading)
	cfg.HorizontalRule.Color = c(p.Faint)
	cfg.LinkText.Color, cfg.Link.Color = c(p.Link), c(p.Muted)
	cfg.ImageText.Color, cfg.Image.Color = c(p.Link), c(p.Muted)
	cfg.Code.Color, cfg.Code.BackgroundColor = c(p.Code), c(p.CodeBg)
	cfg.CodeBlock.Color = c(p.Muted)
	cfg.CodeBlock.Chroma = nil
	return cfg
}

// pick is c's value for profile p on a dark or light background, in the
// form glamour takes a colour: nil for none (no colour profile, or the
// terminal's own colour).
func pick(c Colour, p termenv.Profile, dark bool) *string {
	side := c.Light
	if dark {
		side = c.Dark
	}
	v := map[termenv.Profile]string{termenv.TrueColor: side.TrueColor, termenv.ANSI256: side.ANSI256, termenv.ANSI: side.ANSI}[p]
	if v == "" {
		return nil
	}
	return &v
}
