package lessons

import (
	"fmt"
	"html"
	"strings"
	"unicode/utf8"
)

// Text from a content folder ends up on a terminal, where a control
// character is a command rather than text: ESC starts sequences that set the
// clipboard (OSC 52), the window title (OSC 0), make links (OSC 8), move the
// cursor or clear the screen, and the C1 controls (U+0080-U+009F) are
// one-character forms of the same. A module downloaded from a colleague must
// not be able to do any of that, so every string Load hands out is cleaned
// here, and lint reports what was cleaned at its line.
//
// Markdown adds a second way in: a character reference such as &#27;,
// &#x1b; or &#155; becomes the control character when the text is rendered.
// Those are neutralised too.

// replacement stands in for a character reference that would decode to a
// control character. Deleting the reference instead could join its
// neighbours into a new one ("&#&#27;27;" would become "&#27;"); U+FFFD is
// not part of any reference, and it shows the reader that something was
// taken out.
const replacement = "\uFFFD"

// isControl reports whether r is a C0 control, DEL or a C1 control: the
// characters a terminal may act on instead of showing.
func isControl(r rune) bool { return r < 0x20 || r >= 0x7f && r <= 0x9f }

// keptControl reports whether r is a control that belongs in multi-line
// text: newline and tab.
func keptControl(r rune) bool { return r == '\n' || r == '\t' }

// CleanText returns s safe to show in a terminal and to render as Markdown:
// without control characters other than newline and tab, without character
// references that decode to one (each replaced by U+FFFD), and with invalid
// UTF-8 replaced by U+FFFD. Text that needs no cleaning is returned as is.
//
// Load cleans every string it returns with CleanText; callers use it for
// text from elsewhere that will be rendered, such as a glossary.
func CleanText(s string) string {
	if !needsCleaning(s) {
		return s
	}
	s = strings.ToValidUTF8(s, replacement)
	// Controls go first: removing one can complete a reference
	// ("&#2\x1b7;"), which the second pass then neutralises. The second
	// pass only inserts U+FFFD, which cannot complete anything.
	s = strings.Map(func(r rune) rune {
		if isControl(r) && !keptControl(r) {
			return -1
		}
		return r
	}, s)
	var b strings.Builder
	rest := s
	for {
		i, n := nextControlRef(rest)
		if i < 0 {
			b.WriteString(rest)
			return b.String()
		}
		b.WriteString(rest[:i])
		b.WriteString(replacement)
		rest = rest[i+n:]
	}
}

// needsCleaning reports whether CleanText would change s.
func needsCleaning(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || r == '&' || isControl(r) && !keptControl(r) {
			// RuneError may be a real U+FFFD; cleaning then changes nothing.
			return true
		}
	}
	return false
}

// CleanName returns a name (of a file, a folder or a learner) or a one-line
// message safe to print: every control character, newline and tab included,
// and every byte of invalid UTF-8 is shown as an escape such as \x1b or
// \u009b, so the name stays recognisable and two names that differ only in
// a control character still look different.
func CleanName(s string) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || isControl(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case isControl(r) && r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		case isControl(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// hasControlName reports whether a file or folder name holds a control
// character or invalid UTF-8, which CleanName would have to escape.
func hasControlName(name string) bool { return CleanName(name) != name }

// nextControlRef finds the first numeric character reference in s that
// decodes to a control character other than newline and tab, and returns
// its offset and length; -1 when there is none.
//
// A reference is read the way Go's html.UnescapeString (which glamour uses)
// reads it: "&#" or "&#x", every digit that follows, and an optional ";".
// It is a control when that decodes to one, which catches overflow tricks
// such as &#4294967323; (2^32+27), or when its number is in the control
// ranges, which catches &#155; (U+009B, CSI) that html maps to a
// Windows-1252 character but a CommonMark renderer would not. Named
// references need no check: the only ones that decode to control
// characters are &Tab; and &NewLine;.
func nextControlRef(s string) (int, int) {
	for off := 0; ; {
		i := strings.Index(s[off:], "&#")
		if i < 0 {
			return -1, 0
		}
		i += off
		j := i + 2
		hex := j < len(s) && (s[j] == 'x' || s[j] == 'X')
		if hex {
			j++
		}
		digits := j
		value, big := 0, false
		for j < len(s) {
			d, ok := digitValue(s[j], hex)
			if !ok {
				break
			}
			if value = value*base(hex) + d; value > utf8.MaxRune {
				big, value = true, utf8.MaxRune+1
			}
			j++
		}
		if j < len(s) && s[j] == ';' {
			j++
		}
		if j > digits && (!big && isControl(rune(value)) && !keptControl(rune(value)) || decodesToControl(s[i:j])) {
			return i, j - i
		}
		off = i + 1
	}
}

// decodesToControl reports whether html.UnescapeString turns ref, one
// character reference, into a control character other than newline and
// tab. A space is appended because html leaves a reference alone when it
// ends the input, but the same text followed by more is decoded.
func decodesToControl(ref string) bool {
	for _, r := range strings.TrimSuffix(html.UnescapeString(ref+" "), " ") {
		if isControl(r) && !keptControl(r) {
			return true
		}
	}
	return false
}

// base is the number base of a reference's digits.
func base(hex bool) int {
	if hex {
		return 16
	}
	return 10
}

// digitValue returns the value of the digit c in base 16 or 10.
func digitValue(c byte, hex bool) (int, bool) {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0'), true
	case hex && 'a' <= c && c <= 'f':
		return int(c-'a') + 10, true
	case hex && 'A' <= c && c <= 'F':
		return int(c-'A') + 10, true
	}
	return 0, false
}

// controlAt describes the first thing CleanText would remove from s: a
// control character as "U+001B", or a character reference as written,
// e.g. "&#27;". ok is false when s is clean.
func controlAt(s string) (what string, ok bool) {
	ctl := strings.IndexFunc(s, func(r rune) bool { return isControl(r) && !keptControl(r) })
	ref, n := nextControlRef(s)
	switch {
	case ctl >= 0 && (ref < 0 || ctl < ref):
		r, _ := utf8.DecodeRuneInString(s[ctl:])
		return fmt.Sprintf("U+%04X", r), true
	case ref >= 0:
		return s[ref : ref+n], true
	}
	return "", false
}

// maxControlProblems is how many lines with control characters one file
// reports; a file full of them is reported once more as a whole.
const maxControlProblems = 20

// finding is a problem in a piece of text, at a line of that text
// (1-based; 0 for the text as a whole).
type finding struct {
	line int
	code string
	args []any
}

// controlFindings reports the control characters of text (one finding per
// line, at most maxControlProblems, then one for the whole text).
func controlFindings(src string) []finding {
	var out []finding
	controls := 0
	for i, line := range strings.Split(src, "\n") {
		if what, bad := controlAt(line); bad {
			if controls++; controls <= maxControlProblems {
				out = append(out, finding{i + 1, CodeControl, []any{what}})
			}
		}
	}
	if controls > maxControlProblems {
		out = append(out, finding{0, CodeManyControls, []any{controls}})
	}
	return out
}
