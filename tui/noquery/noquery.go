// Package noquery stops the terminal query that bubbletea v1 makes while
// the program starts. Import it, for its side effect only, from every
// main package that imports bubbletea:
//
//	import _ "ajar/tui/noquery"
//
// bubbletea v1.3.10's package init calls lipgloss.HasDarkBackground(),
// which on Unix writes OSC 11 (background colour) and DSR (cursor
// position) to the terminal and waits up to 5 s for a reply (termenv's
// OSCTimeout). A terminal that answers neither stalls the start by 5 s; one
// that answers late leaks the reply into the learner's input. ajar never
// needs the answer: the theme comes from --theme.
//
// The init below tells lipgloss's default renderer the background first,
// and an explicit value is never queried. It runs before bubbletea's init
// because of the package initialisation order Go defines since 1.21:
// packages are sorted by import path and the first one whose imports are
// all initialised goes next. This package imports only lipgloss, as
// bubbletea does, and "ajar/tui/noquery" sorts before
// "github.com/charmbracelet/bubbletea", so it is always initialised
// between lipgloss and bubbletea. TestNoTerminalQueryNoStall (package main)
// checks the built binary in a terminal that never answers.
package noquery

import "github.com/charmbracelet/lipgloss"

func init() {
	// Dark is a placeholder: ajar's screens use their own renderer, set
	// from --theme; this only answers the question bubbletea's init asks.
	lipgloss.SetHasDarkBackground(true)
}
