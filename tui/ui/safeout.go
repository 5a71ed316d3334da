package ui

import (
	"strings"
	"unicode/utf8"
)

// KeepStyles returns s, rendered text about to be drawn, with every
// terminal control removed except what ajar's own styles emit: SGR
// sequences (ESC [ parameters m), which only set colours, bold, italics and
// the like. Everything else that a terminal would act on goes: other CSI
// sequences (cursor movement, screen clearing), OSC, DCS, APC, PM and SOS
// strings (ESC ], P, _, ^, X: clipboard, window title, links), lone ESC,
// C0 controls other than newline and tab, DEL, C1 controls and bytes of
// invalid UTF-8, which an 8-bit terminal reads as C1 controls.
//
// Lesson text is cleaned before it is rendered (lessons.CleanText); this is
// the second line of defence, for whatever a renderer might still decode
// into a control character. Text that needs nothing removed is returned as
// is.
func KeepStyles(s string) string {
	var b *strings.Builder
	start := 0 // s[start:i] is kept and not yet written to b
	drop := func(i, j int) {
		if b == nil {
			b = &strings.Builder{}
			b.Grow(len(s))
		}
		b.WriteString(s[start:i])
		start = j
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == 0x1b:
			if j, ok := sgrEnd(s, i); ok {
				i = j
				continue
			}
			drop(i, i+1)
			i++
		case c < 0x20 && c != '\n' && c != '\t', c == 0x7f:
			drop(i, i+1)
			i++
		case c < utf8.RuneSelf:
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || r >= 0x80 && r <= 0x9f {
				drop(i, i+size)
			}
			i += size
		}
	}
	if b == nil {
		return s
	}
	b.WriteString(s[start:])
	return b.String()
}

// sgrEnd reports whether an SGR sequence starts at s[i] (an ESC), and
// where it ends: ESC [, parameter bytes (digits, ";" and ":"), then "m".
func sgrEnd(s string, i int) (int, bool) {
	j := i + 1
	if j >= len(s) || s[j] != '[' {
		return 0, false
	}
	for j++; j < len(s); j++ {
		switch c := s[j]; {
		case c >= '0' && c <= '9', c == ';', c == ':':
		case c == 'm':
			return j + 1, true
		default:
			return 0, false
		}
	}
	return 0, false
}
