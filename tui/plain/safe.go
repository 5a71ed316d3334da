package plain

import (
	"strings"

	"ajar/lessons"
)

// safe returns s ready to print on a line terminal: every control
// character but newline and tab removed (ESC above all: no text from a
// content folder or a learner's name may move the cursor, set a title or
// write the clipboard), invalid UTF-8 replaced, and box-drawing and block
// characters turned into ASCII, which a screen reader reads as the marks
// they are rather than as their long Unicode names. Every line Run prints
// goes through it, so no path to the terminal can skip it.
func safe(s string) string {
	s = lessons.CleanText(s)
	if !strings.ContainsFunc(s, isBoxRune) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r < 0x2500 || r > 0x259f:
			return r
		case r >= 0x2580:
			return '#' // blocks and shades
		case r == 0x2500 || r == 0x2501 || r == 0x2550 || r >= 0x2504 && r <= 0x2505 ||
			r >= 0x2508 && r <= 0x2509 || r >= 0x254c && r <= 0x254d:
			return '-'
		case r == 0x2502 || r == 0x2503 || r == 0x2551 || r >= 0x2506 && r <= 0x2507 ||
			r >= 0x250a && r <= 0x250b || r >= 0x254e && r <= 0x254f:
			return '|'
		}
		return '+'
	}, s)
}

// isBoxRune reports whether r is a box-drawing or block character.
func isBoxRune(r rune) bool { return r >= 0x2500 && r <= 0x259f }
