package tui

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/glamour/ansi"
	glamourstyles "github.com/charmbracelet/glamour/styles"
	"github.com/muesli/termenv"
)

// glamourGutter is the room glamour's document margin takes on the right;
// without subtracting it, long lines wrap a second time in the viewport.
const glamourGutter = 2

// MarkdownStyle is the resolved glamour look: a standard style name and a
// colour profile. main resolves it once before the program starts, because
// glamour's automatic style queries the terminal and must never run inside
// the TUI.
type MarkdownStyle struct {
	// Name is "dark", "light" or "plain" (no colour, for NO_COLOR).
	Name string
	// Profile is the colour depth to emit; termenv.Ascii for no colour.
	Profile termenv.Profile
}

// renderKey identifies one rendering of a lesson.
type renderKey struct {
	lessonID string
	width    int
}

// renderCache keeps rendered lessons per width so going back and forth, or
// resizing to a width seen before, never renders twice. It is written only in
// Update (when a lessonRenderedMsg arrives) and read in Update and View.
type renderCache map[renderKey]string

// maxReadWidth caps the line length of lesson text: on a wide screen or a
// projector, lines much longer than this are hard to follow.
const maxReadWidth = 82

// wrapWidth is the glamour word-wrap width for a viewport of width w.
func wrapWidth(w int) int {
	return max(min(w, maxReadWidth)-glamourGutter, 10)
}

// renderLessonCmd renders Markdown for one width off the UI loop. It does no
// disk IO; the result message carries id and width so stale ones are dropped.
func renderLessonCmd(style MarkdownStyle, lessonID, body string, width int) tea.Cmd {
	return func() tea.Msg {
		text, err := renderMarkdown(style, body, width)
		return lessonRenderedMsg{lessonID: lessonID, width: width, text: text, err: err}
	}
}

// RenderMarkdown renders lesson Markdown for a screen width the way the
// reader shows it. It does no IO; main's tests use it to check that every
// lesson of the course renders cleanly.
func RenderMarkdown(style MarkdownStyle, body string, width int) (string, error) {
	return renderMarkdown(style, body, width)
}

// renderMarkdown builds a renderer for the width and renders body with it.
func renderMarkdown(style MarkdownStyle, body string, width int) (string, error) {
	r, err := glamour.NewTermRenderer(
		glamour.WithStyles(styleConfig(style.Name)),
		glamour.WithColorProfile(style.Profile),
		glamour.WithWordWrap(wrapWidth(width)),
	)
	if err != nil {
		return "", fmt.Errorf("markdown renderer: %w", err)
	}
	out, err := r.Render(body)
	if err != nil {
		return "", fmt.Errorf("render markdown: %w", err)
	}
	return strings.TrimRight(out, "\n ") + "\n", nil
}

// styleConfig returns glamour's standard style of that name with the "##"
// heading markers removed and a quote bar that fits its indent: learners should see a styled heading, not
// Markdown syntax. "plain" (for NO_COLOR) is the dark style rendered with
// the ASCII colour profile, which drops every colour but keeps bold and
// italics, so headings and emphasis still stand out.
func styleConfig(name string) ansi.StyleConfig {
	cfg := glamourstyles.DarkStyleConfig
	if name == "light" {
		cfg = glamourstyles.LightStyleConfig
	}
	for _, h := range []*ansi.StyleBlock{&cfg.H2, &cfg.H3, &cfg.H4, &cfg.H5, &cfg.H6} {
		h.Prefix = ""
	}
	// Glamour narrows a quote by its indent (one column) but draws the
	// token in front of every line; the standard "│ " is two columns, so
	// lines that just fit overflowed and dropped their last word onto a
	// line without the bar. A one-column token fits exactly; the left half
	// block leaves a visual gap before the text and is in code page 437.
	bar := "▌"
	cfg.BlockQuote.IndentToken = &bar
	return cfg
}
