// Package ui is the look ajar's screens share: the interface language,
// the palette and the lipgloss styles built from it, the resolved Markdown
// style (coloured from the same palette) and its renderer, and small
// text-fitting helpers. The tutor (package tui) and presenter mode
// (package tui/present) both build on it, so they look alike without
// importing each other. It does no IO, and imports none of ajar's
// packages but tui/lang (the words): never lessons, progress, content or
// a screen (.ci/imports), so the look cannot come to depend on them.
package ui

import (
	"strings"

	"ajar/tui/lang"

	"github.com/charmbracelet/x/ansi"
)

// Lang selects the interface language; see package lang.
type Lang = lang.Lang

// The interface languages ajar speaks. Indonesian is the default.
const (
	Indonesian = lang.Indonesian
	English    = lang.English
)

// Truncate cuts s to at most w cells, marking the cut with an ellipsis.
func Truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	return ansi.Truncate(s, w, "…")
}

// Wrap breaks plain text into lines of at most w cells at word boundaries.
func Wrap(s string, w int) string {
	return ansi.Wordwrap(s, max(w, 10), "")
}

// Indent prefixes every non-empty line of s with n spaces.
func Indent(s string, n int) string {
	pad := strings.Repeat(" ", n)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = pad + l
		}
	}
	return strings.Join(lines, "\n")
}
