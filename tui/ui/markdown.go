package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/glamour/ansi"
	glamourstyles "github.com/charmbracelet/glamour/styles"
	"github.com/muesli/termenv"
)

// glamourGutter is the room glamour's document margin takes on the right;
// without subtracting it, long lines wrap a second time in the viewport.
const glamourGutter = 2

// MaxReadWidth caps the line length of lesson text: on a wide screen or a
// projector, lines much longer than this are hard to follow.
const MaxReadWidth = 82

// MarkdownStyle is the resolved glamour look: a standard style name and a
// colour profile. main resolves it once before the program starts, because
// glamour's automatic style queries the terminal and must never run inside
// the TUI.
type MarkdownStyle struct {
	// Name is "dark", "light" or "plain" (no colour, for NO_COLOR).
	Name string
	// Profile is the colour depth to emit; termenv.Ascii for no colour.
	Profile termenv.Profile
	// ASCII maps the lesson text to code page 437 before it is wrapped
	// (see CP437Text), for --ascii: mapped only in the finished frame,
	// "…" turning into "..." would push words past the wrap width.
	ASCII bool
}

// WrapWidth is the glamour word-wrap width for a viewport of width w.
func WrapWidth(w int) int {
	return max(min(w, MaxReadWidth)-glamourGutter, 10)
}

// RenderMarkdown renders lesson Markdown for a screen width the way the
// reader shows it. It does no IO; call it off the UI loop (in a tea.Cmd).
// The result holds no terminal controls but styles (see KeepStyles), so
// text from a lesson file can never drive the terminal.
func RenderMarkdown(style MarkdownStyle, body string, width int) (string, error) {
	r, err := glamour.NewTermRenderer(
		glamour.WithStyles(style.Config()),
		glamour.WithColorProfile(style.Profile),
		glamour.WithWordWrap(WrapWidth(width)),
	)
	if err != nil {
		return "", fmt.Errorf("markdown renderer: %w", err)
	}
	if style.ASCII {
		body = CP437Text(body)
	}
	out, err := r.Render(body)
	if err != nil {
		return "", fmt.Errorf("render markdown: %w", err)
	}
	return KeepStyles(strings.TrimRight(out, "\n ")) + "\n", nil
}

// StyleConfig returns glamour's standard style of that name with the "##"
// heading markers removed and a quote bar that fits its indent: learners should see a styled heading, not
// Markdown syntax. "plain" (for NO_COLOR) is the dark style rendered with
// the ASCII colour profile, which drops every colour but keeps bold and
// italics, so headings and emphasis still stand out.
func StyleConfig(name string) ansi.StyleConfig {
	cfg := glamourstyles.DarkStyleConfig
	if name == "light" {
		cfg = glamourstyles.LightStyleConfig
	}
	for _, h := range []*ansi.StyleBlock{&cfg.H2, &cfg.H3, &cfg.H4, &cfg.H5, &cfg.H6} {
		h.Prefix = ""
	}
	// Without the markers the levels need another difference, one that
	// needs no colour (NO_COLOR, a 16-colour console): a section (##) is
	// bold and underlined, a subsection (###) bold, lower levels italic.
	on := true
	cfg.H2.Underline = &on
	for _, h := range []*ansi.StyleBlock{&cfg.H4, &cfg.H5, &cfg.H6} {
		h.Italic = &on
	}
	// Glamour narrows a quote by its indent (one column) but draws the
	// token in front of every line; the standard "│ " is two columns, so
	// lines that just fit overflowed and dropped their last word onto a
	// line without the bar. A one-column token fits exactly; the left half
	// block leaves a visual gap before the text and is in code page 437.
	bar := "▌"
	cfg.BlockQuote.IndentToken = &bar
	// The document has no colour (Config gives the text none either).
	// Glamour pads every line of every block to the full width with
	// spaces in the block's colour, one escape sequence per space, and
	// each enclosing quote or list pads and re-wraps those bytes again: a
	// coloured document made each line about 1.3 KB and nested text costly
	// enough to need seconds. Uncoloured spaces look the same.
	cfg.Document.Color = nil
	return cfg
}
