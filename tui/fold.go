package tui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// folded is text as search compares it: lower case, without diacritics,
// every space a plain one, as fill-in answers are compared
// (lessons.NormalizeAnswer), so "kopi" finds "Kopí". from and to give, for
// each byte of the folded text, the byte span of the original rune it
// came from, so a match is shown where it is in the original.
type folded struct {
	text     string
	from, to []int
}

// foldText folds s, rune by rune. ASCII takes a fast path: lessons are
// mostly ASCII, and the course index folds all of them.
func foldText(s string) folded {
	var b strings.Builder
	b.Grow(len(s))
	from, to := make([]int, 0, len(s)), make([]int, 0, len(s))
	var buf [8]byte
	for i, r := range s {
		end := i + utf8.RuneLen(r)
		if r == utf8.RuneError {
			end = i + 1
		}
		var out string
		switch {
		case r < utf8.RuneSelf:
			c := byte(r)
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			} else if c == '\t' || c == '\n' || c == '\r' {
				c = ' '
			}
			buf[0] = c
			out = string(buf[:1])
		case unicode.IsSpace(r):
			out = " "
		default:
			out = foldRune(r)
		}
		b.WriteString(out)
		for range len(out) {
			from, to = append(from, i), append(to, end)
		}
	}
	return folded{text: b.String(), from: from, to: to}
}

// foldRune is one non-ASCII rune lower-cased, decomposed, and without its
// combining marks (é becomes e).
func foldRune(r rune) string {
	var b strings.Builder
	for _, d := range norm.NFD.String(string(unicode.ToLower(r))) {
		if !unicode.Is(unicode.Mn, d) {
			b.WriteRune(d)
		}
	}
	return b.String()
}

// foldQuery folds what the learner typed, its runs of spaces made one
// like NormalizeAnswer does.
func foldQuery(q string) string {
	return strings.Join(strings.Fields(foldText(q).text), " ")
}

// span is a match: byte offsets into the original text.
type span struct{ start, end int }

// find returns the spans of the original text where the folded query q
// occurs, in order, never overlapping.
func (f folded) find(q string) []span {
	if q == "" {
		return nil
	}
	var out []span
	for at := 0; at <= len(f.text)-len(q); {
		i := strings.Index(f.text[at:], q)
		if i < 0 {
			break
		}
		i += at
		out = append(out, span{f.from[i], f.to[i+len(q)-1]})
		at = i + len(q)
	}
	return out
}

// count is how many times the folded query q occurs.
func (f folded) count(q string) int {
	if q == "" {
		return 0
	}
	return strings.Count(f.text, q)
}

// Reverse video marks matches: it needs no colour, so it shows with
// NO_COLOR and --theme plain, where the styles render nothing. The
// current match is also underlined, to tell it from the others.
const (
	markOn      = "\x1b[7m"
	markOff     = "\x1b[27m"
	markHereOn  = "\x1b[4;7m"
	markHereOff = "\x1b[24;27m"
)

// markSpans is plain text with each span in reverse video; the span at
// index here (or none, if out of range) is underlined too.
func markSpans(plain string, spans []span, here int) string {
	var b strings.Builder
	last := 0
	for i, s := range spans {
		if s.start < last || s.end > len(plain) {
			continue
		}
		on, off := markOn, markOff
		if i == here {
			on, off = markHereOn, markHereOff
		}
		b.WriteString(plain[last:s.start] + on + plain[s.start:s.end] + off)
		last = s.end
	}
	b.WriteString(plain[last:])
	return b.String()
}

// safeText is text from a file with every control character, escape
// sequences included, made a space: search shows snippets of it raw,
// next to sequences of its own.
func safeText(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}
