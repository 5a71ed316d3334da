package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Old Windows consoles with a raster font draw only the 256 characters of
// code page 437; anything else shows as "?" or as garbage, and a wide
// character can shift the rest of the line. With --ascii, ajar hands such a
// console nothing else: CP437 maps a whole frame just before it is drawn,
// and CP437Text maps text before it is laid out (a lesson's Markdown, so
// glamour wraps the text the learner will see).

// InCP437 reports whether r is one of the characters of code page 437, as
// golang.org/x/text has it: ASCII, then the 128 letters, symbols and line
// drawing of bytes 0x80 to 0xFF. The pictures the IBM PC drew for control
// bytes (arrows, ☺, •) do not count: a console writes a control there.
func InCP437(r rune) bool {
	if r < utf8.RuneSelf {
		return true
	}
	_, ok := charmap.CodePage437.EncodeRune(r)
	return ok
}

// lookalikes are the replacements for characters ajar and lesson writers
// use that code page 437 lacks, widest first: a line that has no room for
// the first takes a narrower one. Marks keep their meaning (√ is in the
// code page and reads as a check mark), and rounded or heavy box drawing
// becomes the plain lines the code page has.
var lookalikes = map[rune][]string{
	'“': {`"`}, '”': {`"`}, '„': {`"`}, '‟': {`"`}, '″': {`"`},
	'‘': {"'"}, '’': {"'"}, '‚': {"'"}, '‛': {"'"}, '′': {"'"},
	'–': {"-"}, '—': {"-"}, '―': {"-"}, '‐': {"-"}, '‑': {"-"}, '−': {"-"},
	'…': {"...", "..", "."},
	'→': {"->", ">"}, '⇒': {"=>", ">"}, '←': {"<-", "<"}, '⇐': {"<=", "<"}, '↔': {"<->", "-"},
	'↑': {"^"}, '↓': {"v"},
	'▸': {">"}, '►': {">"}, '▶': {">"}, '◂': {"<"}, '◄': {"<"}, '◀': {"<"},
	'•': {"*"}, '‣': {"*"}, '◦': {"*"}, '⁃': {"-"}, '★': {"*"}, '☆': {"*"}, '▪': {"■"},
	'✓': {"√"}, '✔': {"√"}, '✗': {"x"}, '✘': {"x"}, '×': {"x"},
	'╭': {"┌"}, '╮': {"┐"}, '╰': {"└"}, '╯': {"┘"},
	'━': {"─"}, '┃': {"│"}, '┏': {"┌"}, '┓': {"┐"}, '┗': {"└"}, '┛': {"┘"},
	'┄': {"─"}, '┅': {"─"}, '┈': {"─"}, '┉': {"─"}, '┆': {"│"}, '┇': {"│"}, '┊': {"│"}, '┋': {"│"},
	'€': {"EUR", "E"},
}

// replacement returns the code page 437 forms, widest first, of one
// grapheme cluster width cells wide; nil keeps the cluster as it is.
func replacement(g string, width int) []string {
	r, size := utf8.DecodeRuneInString(g)
	if size == len(g) && InCP437(r) {
		return nil
	}
	if size < len(g) { // a letter and its accent typed as two
		if c := norm.NFC.String(g); utf8.RuneCountInString(c) == 1 && InCP437([]rune(c)[0]) {
			return []string{c}
		}
	}
	// A variation selector asks for the emoji or the text picture of the
	// same mark (✓️); the lookalike serves both.
	if f, ok := lookalikes[r]; ok && strings.Trim(g[size:], "\ufe0e\ufe0f") == "" {
		return f
	}
	if width == 0 {
		return []string{""} // joiners, variation selectors, soft hyphens
	}
	// Compatibility forms and accented letters: ﬁ is fi, ① is 1, ă is a.
	var b strings.Builder
	for _, d := range norm.NFKD.String(g) {
		switch {
		case unicode.Is(unicode.Mn, d):
		case d >= ' ' && InCP437(d):
			b.WriteRune(d)
		default:
			return []string{strings.Repeat("?", max(width, 1))}
		}
	}
	if b.Len() == 0 {
		return []string{strings.Repeat("?", max(width, 1))}
	}
	return []string{b.String()}
}

// CP437Text returns s with every character code page 437 lacks replaced by
// a lookalike, or by "?" when it has none, for text not yet laid out: the
// replacement may take more or fewer cells than the original ("…" becomes
// "...", an emoji "??"). Escape sequences are kept as they are.
func CP437Text(s string) string {
	return mapCP437(s, false, 0)
}

// CP437 is CP437Text for a frame already laid out in a window width cells
// wide, keeping columns and right-aligned text where they were: a
// replacement wider than its original takes the room from the next run of
// spaces in its line (leaving one) or from the spaces that end it; failing
// that the line grows, up to width, unless columns follow; and beyond that
// the replacements take narrower forms ("…" becomes ".." or "."). A
// narrower one is padded (see fit).
func CP437(s string, width int) string {
	return mapCP437(s, true, width)
}

// mapCP437 maps s line by line; keep asks to keep the layout of a window
// width cells wide.
func mapCP437(s string, keep bool, width int) string {
	if isASCII(s) {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if !isASCII(l) {
			lines[i] = mapLine(l, keep, width)
		}
	}
	return strings.Join(lines, "\n")
}

// isASCII reports whether s has only ASCII bytes, which code page 437 has.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// piece is a stretch of a line: kept text, a cluster being replaced, or a
// run of spaces that may give up room.
type piece struct {
	text   string
	forms  []string // a replaced cluster's forms, widest first
	form   int      // the form in use
	width  int      // cells the original took
	spaces bool
}

// mapLine maps one line without its newline.
func mapLine(l string, keep bool, width int) string {
	var ps []piece
	start := 0
	flush := func(i int) {
		if i > start {
			ps = append(ps, piece{text: l[start:i]})
		}
	}
	for i := 0; i < len(l); {
		c := l[i]
		if c == ' ' && keep {
			j := i
			for j < len(l) && l[j] == ' ' {
				j++
			}
			flush(i)
			ps = append(ps, piece{text: l[i:j], spaces: true})
			i, start = j, j
			continue
		}
		if c < utf8.RuneSelf && (i+1 == len(l) || l[i+1] < utf8.RuneSelf) {
			i++ // ASCII, escape sequences included, needs nothing
			continue
		}
		g, w := ansi.FirstGraphemeCluster(l[i:], ansi.GraphemeWidth)
		if forms := replacement(g, w); forms != nil {
			flush(i)
			ps = append(ps, piece{text: g, forms: forms, width: w})
			start = i + len(g)
		}
		i += len(g)
	}
	flush(len(l))
	if keep {
		fit(ps, width-ansi.StringWidth(l))
	}
	var b strings.Builder
	b.Grow(len(l))
	for _, p := range ps {
		switch {
		case p.forms == nil:
			b.WriteString(p.text)
		case keep && utf8.RuneCountInString(p.forms[p.form]) < p.width:
			f := p.forms[p.form]
			b.WriteString(f + strings.Repeat(filler(f), p.width-utf8.RuneCountInString(f)))
		default:
			b.WriteString(p.forms[p.form])
		}
	}
	return b.String()
}

// filler is what fills the cells a narrower replacement leaves: more "?" for
// a wide character code page 437 has nothing for, else spaces.
func filler(form string) string {
	if form != "" && strings.Trim(form, "?") == "" {
		return "?"
	}
	return " "
}

// endsLine reports whether nothing visible follows: only escape
// sequences, or nothing.
func endsLine(rest []piece) bool {
	for _, p := range rest {
		if p.forms != nil || p.spaces || ansi.StringWidth(p.text) > 0 {
			return false
		}
	}
	return true
}

// fit makes room in one line for replacements wider than their originals.
// A run of spaces right after a replacement gives room (leaving one), as
// do the spaces that end the line. Then the line grows into room (the
// cells it leaves free in its window), unless columns follow (a run of
// two or more spaces not at its end: a table, a right-aligned count),
// which must stay in line with the rows above and below; and what is
// still owed comes from narrower forms. Every character of code page 437
// takes one cell, so a form's width is its number of runes.
func fit(ps []piece, room int) {
	debt, columns, first := 0, false, false
	for i := range ps {
		p := &ps[i]
		switch {
		case p.forms != nil:
			debt += max(utf8.RuneCountInString(p.forms[p.form])-p.width, 0)
			first = true
		case p.spaces && debt > 0:
			end, n := endsLine(ps[i+1:]), len(p.text)
			if first || end {
				keep := 1
				if end {
					keep = 0
				}
				take := min(debt, n-keep)
				if take > 0 {
					p.text = p.text[take:]
					debt -= take
				}
			}
			columns = columns || n >= 2 && !end
			first = false
		case p.spaces:
			first = false
		}
	}
	if !columns {
		debt -= max(room, 0)
	}
	// Still too wide: narrower forms, last first, as the line's end is
	// what would be cut.
	for i := len(ps) - 1; i >= 0 && debt > 0; i-- {
		p := &ps[i]
		for p.forms != nil && p.form+1 < len(p.forms) && debt > 0 {
			before := utf8.RuneCountInString(p.forms[p.form])
			p.form++
			debt -= before - utf8.RuneCountInString(p.forms[p.form])
		}
	}
}
