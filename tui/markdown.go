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
// The body goes through lessons.SafeMarkdown first: a character reference
// such as &#27; would become a control character in the renderer, and text
// beyond the content limits (deep nesting, a huge word) would take it
// seconds and gigabytes. Loaded lessons are within them already.
func renderLessonCmd(style MarkdownStyle, lessonID, body string, width int) tea.Cmd {
	return func() tea.Msg {
		text, err := ui.RenderMarkdownShared(style, lessons.SafeMarkdown(body), width)
		return lessonRenderedMsg{lessonID: lessonID, width: width, text: text, err: err}
	}
}
