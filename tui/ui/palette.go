package ui

import "github.com/charmbracelet/lipgloss"

// Colour is one colour of the Palette: a 24-bit, a 256-colour and a
// 16-colour value for a dark and for a light background.
type Colour = lipgloss.CompleteAdaptiveColor

// Palette is every colour ajar draws with, one field a role. Styles (and
// the lesson Markdown's accents) are built from it and from nothing else,
// so a colour that fails on some terminal is fixed in one place.
//
// Each role names its colour itself for every colour profile and for both
// backgrounds (a Colour), rather than one 24-bit
// colour left to termenv to convert: that conversion turned the old error
// red #E85D75 into 256-colour 232 and then ANSI 30, both near black, so
// the wrong-answer mark vanished on dark terminals under
// TERM=xterm-256color and TERM=linux. lipgloss picks the value for the
// renderer's profile when it renders, converting nothing, and the
// background from the renderer's SetHasDarkBackground (set from --theme;
// the terminal is never asked).
//
// The tags say what a role draws, for the contrast test: "text" must reach
// WCAG's 4.5:1 on its background, "mark" (symbols, separators, bar cells,
// never words) 3:1; "on" names the background role text is drawn on, if
// not the terminal's own.
type Palette struct {
	// Accent colours screen titles.
	Accent Colour `contrast:"text"`
	// Heading colours section headings.
	Heading Colour `contrast:"text"`
	// Cursor colours the row the learner is on and its pointer.
	Cursor Colour `contrast:"text"`
	// Good says right, done and saved.
	Good Colour `contrast:"text"`
	// Bad says wrong, not saved, and asks before something is lost.
	Bad Colour `contrast:"text"`
	// Progress marks a lesson begun but not finished.
	Progress Colour `contrast:"mark"`
	// Muted is secondary text: hints, counts, help descriptions.
	Muted Colour `contrast:"text"`
	// Faint draws separators, never words.
	Faint Colour `contrast:"mark"`
	// Link is the text of a link or an image's description in a lesson.
	Link Colour `contrast:"text"`
	// Code is inline code in a lesson, drawn on CodeBg.
	Code Colour `contrast:"text" on:"CodeBg"`
	// CodeBg sets inline code apart; none with 16 colours, whose greys
	// are too close to the terminal's background or text.
	CodeBg Colour `contrast:"background"`
	// Banner is a lesson's top heading, drawn on BannerBg on either theme.
	Banner Colour `contrast:"text" on:"BannerBg"`
	// BannerBg is the background of a lesson's top heading.
	BannerBg Colour `contrast:"background"`
	// Projector is the text of presenter mode's high-contrast theme, drawn
	// on ProjectorBg.
	Projector Colour `contrast:"text" on:"ProjectorBg"`
	// ProjectorBg is the background of the high-contrast theme.
	ProjectorBg Colour `contrast:"background"`
}

// NewPalette returns ajar's palette. Each colour is given as 24-bit hex,
// a 256-colour index and one of the 16 colours, first for a dark
// background and then for a light one.
//
// 256-colour indexes are from the fixed cube and grey ramp (16-255), the
// same on every terminal. The 16 colours differ between terminals, so they
// are chosen to read in both xterm's and the Windows console's schemes:
// on dark the bright ones, on light the dark ones. No 16-colour green
// reads on white, so "right" is blue there, and muted text on light is
// the terminal's own colour ("").
func NewPalette() Palette {
	c := func(trueColor, ansi256, ansi string) lipgloss.CompleteColor {
		return lipgloss.CompleteColor{TrueColor: trueColor, ANSI256: ansi256, ANSI: ansi}
	}
	both := func(dark, light lipgloss.CompleteColor) Colour { return Colour{Dark: dark, Light: light} }
	return Palette{
		//                  on dark: 24-bit, 256, 16     on light: 24-bit, 256, 16
		Accent:      both(c("#9D85FF", "141", "15"), c("#5B3CC4", "56", "5")),
		Heading:     both(c("#3C9FD8", "75", "14"), c("#0B6BB5", "25", "4")),
		Cursor:      both(c("#EE6FF8", "213", "11"), c("#A0179C", "127", "5")),
		Good:        both(c("#04B575", "35", "10"), c("#0A7D3E", "28", "4")),
		Bad:         both(c("#E85D75", "204", "9"), c("#C0213F", "160", "1")),
		Progress:    both(c("#E8B84B", "179", "3"), c("#8A6100", "130", "12")),
		Muted:       both(c("#949494", "246", "7"), c("#5F5F5F", "241", "")),
		Faint:       both(c("#767676", "243", "8"), c("#8A8A8A", "245", "8")),
		Link:        both(c("#36C5D0", "80", "14"), c("#00727A", "24", "4")),
		Code:        both(c("#FF7A85", "210", "9"), c("#B3261E", "124", "1")),
		CodeBg:      both(c("#2B2B2B", "236", ""), c("#EEEEEE", "254", "")),
		Banner:      both(c("#FFFF87", "228", "11"), c("#FFFF87", "228", "11")),
		BannerBg:    both(c("#4B4BCF", "62", "4"), c("#4B4BCF", "62", "4")),
		Projector:   both(c("#FFFFFF", "231", "15"), c("#FFFFFF", "231", "15")),
		ProjectorBg: both(c("#000000", "16", "0"), c("#000000", "16", "0")),
	}
}
