package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"ajar/lessons"
	"ajar/tui/ui"
)

// MarkdownStyle is the resolved glamour look; see ui.MarkdownStyle.
type MarkdownStyle = ui.MarkdownStyle

// maxReadWidth caps the line length of lesson and quiz text.
const maxReadWidth = ui.MaxReadWidth

// renderKey identifies one rendering of a lesson.
type renderKey struct {
	lessonID string
	width    int
}

// renderCache keeps rendered lessons per width so going back and forth, or
// resizing to a width seen before, never renders twice. It is written only in
// Update (when a lessonRenderedMsg arrives) and read in Update and View.
type renderCache map[renderKey]string

// renderLessonCmd renders Markdown for one width off the UI loop. It does no
// disk IO; the result message carries id and width so stale ones are dropped.
// The body is cleaned first (lessons.CleanText): a character reference such
// as &#27; would otherwise become a control character in the renderer.
func renderLessonCmd(style MarkdownStyle, lessonID, body string, width int) tea.Cmd {
	return func() tea.Msg {
		text, err := ui.RenderMarkdown(style, lessons.CleanText(body), width)
		return lessonRenderedMsg{lessonID: lessonID, width: width, text: text, err: err}
	}
}
