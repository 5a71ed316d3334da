package ui

import (
	"github.com/charmbracelet/glamour/ansi"
	"github.com/muesli/termenv"
)

// Config is the glamour style to render with: StyleConfig of the style's
// name, or under a 16-colour profile its own 16-colour variant.
func (s MarkdownStyle) Config() ansi.StyleConfig {
	if s.Profile == termenv.ANSI {
		return ansi16Config(s.Name)
	}
	return StyleConfig(s.Name)
}

// ansi16Config is the style for 16-colour terminals (TERM=xterm, old
// consoles). glamour's own styles name 256-colour indexes, and under the
// ANSI profile termenv maps each one to the nearest of 16 colours on every
// use: 16 HSLuv distances for each padding space of every line, which made
// a lesson render about ten times slower than in truecolour. The nearest
// colour was not a good one either: the dark style's light-blue headings
// became dark blue, hard to read on black.
//
// Here every colour is already one of the 16, so nothing is converted, and
// each is chosen for its background: body text keeps the terminal's own
// foreground (readable on whatever background the learner has), accents
// are bright colours on dark and the dark ones (blue, magenta, red) on
// light, where green, cyan and yellow are too pale; inline code has no
// background of its own, and code blocks are not syntax-coloured (chroma's
// colours are 24-bit and would be converted per token).
func ansi16Config(name string) ansi.StyleConfig {
	cfg := StyleConfig(name)
	light := name == "light"
	c := func(dark, onLight string) *string {
		if light {
			return &onLight
		}
		return &dark
	}
	cfg.Document.Color, cfg.Text.Color = nil, nil                     // the terminal's own foreground
	cfg.Heading.Color = c("14", "4")                                  // bright cyan / blue
	cfg.H1.Color, cfg.H1.BackgroundColor = c("11", "11"), c("4", "4") // yellow on blue, on any background
	cfg.H6.Color = c("10", "5")
	cfg.HorizontalRule.Color = c("8", "8")
	cfg.Link.Color = c("14", "5")
	cfg.LinkText.Color = c("10", "4")
	cfg.Image.Color = c("13", "5")
	cfg.ImageText.Color = c("8", "8")
	cfg.Code.Color, cfg.Code.BackgroundColor = c("9", "1"), nil
	cfg.CodeBlock.Color = c("8", "8")
	cfg.CodeBlock.Chroma = nil
	return cfg
}
