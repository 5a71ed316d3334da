// Package input cleans what a terminal sends before bubbletea parses it,
// so that nothing but the learner's own typing becomes a key:
//
//   - Replies to terminal queries are dropped: OSC strings such as the
//     background colour (ESC ] 11 ; rgb:… BEL or ESC \), DCS, APC, PM and
//     SOS strings, cursor position reports (ESC [ row ; col R), device
//     attributes (ESC [ ? … c, ESC [ > … c), status and mode reports. Left
//     in, bubbletea v1 turns a late one into alt+] followed by the text
//     "11;rgb:1e1e/…", which a fill-in field took as the answer.
//   - With MarkBursts, a read that holds several lines of plain text (a
//     paste on a terminal without bracketed paste, or keys with Enter typed
//     ahead on a slow machine) is handed on as one bracketed paste starting
//     with BurstMark, so the screen sees it as one unit: a focused text
//     field takes it as text and never submits; elsewhere each key acts in
//     order.
//   - A sequence cut by the end of a full read is held back and joined to
//     the next read, so bubbletea never sees half of one.
//
// Keys, real bracketed pastes and everything else pass through unchanged.
// The filter works on bytes, below bubbletea's parser, because only there
// are read boundaries and reply framing visible; see File for how it keeps
// bubbletea's raw mode and Windows console handling intact. It does no IO
// of its own beyond reading what it wraps, and imports the standard
// library only (.ci/imports): it sits below everything else.
package input

import (
	"bytes"
	"io"
	"time"
	"unicode/utf8"
)

// BurstMark starts a bracketed paste that the filter made from a read of
// several lines, to tell it from a paste the terminal bracketed itself.
// It is a Unicode noncharacter (reserved for a program's internal use), and
// the filter removes it from the terminal's own input, so typing or
// pasting it cannot forge a burst.
const BurstMark = '\uFDD0'

const (
	pasteStart = "\x1b[200~"
	pasteEnd   = "\x1b[201~"
	// wrapRoom is what wrapping a read as a paste adds.
	wrapRoom = len(pasteStart) + len(pasteEnd) + utf8.UTFMax
	// maxString caps a dropped string that never ends: past it the
	// filter stops dropping, so a stray ESC ] cannot swallow typing.
	maxString = 4096
	// staleAfter ends a dropped string or a held partial sequence when
	// the next read comes this late: a terminal writes a reply at once,
	// so what follows a pause is typing.
	staleAfter = 250 * time.Millisecond
)

// burstMark is BurstMark in UTF-8.
const burstMark = string(BurstMark)

// Reader filters a terminal's input; see the package doc. It is not safe
// for concurrent Reads, which bubbletea never makes.
type Reader struct {
	r   io.Reader
	now func() time.Time

	carry    []byte    // a partial sequence held from the last read
	inString bool      // dropping an OSC/DCS/APC/PM/SOS string
	strEsc   bool      // the dropped string's last byte was ESC
	strLen   int       // bytes of it dropped so far
	inPaste  bool      // inside the terminal's own bracketed paste
	pasteEnd int       // bytes of the paste-end marker matched so far
	marking  bool      // MarkBursts was asked for
	burst    bool      // the last read was a burst that filled the buffer
	lastRead time.Time // when the previous read returned
	scratch  []byte
}

// Option changes what a Reader does.
type Option func(*Reader)

// MarkBursts makes the Reader hand on a read of several lines of plain
// text as one paste that starts with BurstMark. Only a program whose root
// acts on such a burst key by key (the tutor, tui/burst.go) may ask for
// it; for any other the read passes as it came.
func MarkBursts(f *Reader) { f.marking = true }

// NewReader filters r.
func NewReader(r io.Reader, opts ...Option) *Reader {
	f := &Reader{r: r, now: time.Now}
	for _, o := range opts {
		o(f)
	}
	return f
}

// Read reads once from the wrapped reader and returns the filtered bytes.
// It never reads twice in one call (so a cancelable reader stays
// cancelable) and never keeps bytes for later that could be returned now,
// so waiting on the file for more input is always right. It may return
// 0, nil when everything read was a reply; bubbletea then reads again.
func (f *Reader) Read(p []byte) (int, error) {
	room := len(p) - len(f.carry)
	wrap := f.marking && room > 4*wrapRoom
	if wrap {
		room -= wrapRoom
	}
	if room <= 0 { // p too small for the held bytes: hand them on as they are
		n := copy(p, f.carry)
		f.carry = f.carry[n:]
		return n, nil
	}
	if cap(f.scratch) < room {
		f.scratch = make([]byte, room)
	}
	n, err := f.r.Read(f.scratch[:room])
	now := f.now()
	if !f.lastRead.IsZero() && now.Sub(f.lastRead) > staleAfter {
		f.carry, f.inString = nil, false // nothing arrives that late as part of a reply
	}
	f.lastRead = now
	in := append(append([]byte(nil), f.carry...), f.scratch[:n]...)
	f.carry = nil
	full := n == room
	out := f.filter(in, full)
	out = f.asBurst(out, wrap, full)
	return copy(p, out), err
}

// filter drops replies from in; full says more input may follow at once,
// so a sequence cut at the end is held back instead of passed on.
func (f *Reader) filter(in []byte, full bool) []byte {
	out := make([]byte, 0, len(in))
scan:
	for i := 0; i < len(in); {
		switch {
		case f.inString:
			i = f.skipString(in, i)
		case f.inPaste:
			i, out = f.copyPaste(in, i, out)
		case isStringStart(in[i:]):
			f.inString, f.strEsc, f.strLen = true, false, 0
			i = f.skipString(in, i+2)
		case in[i] == 0x1b:
			n, keep, complete := sequence(in[i:])
			if !complete && (full || n > 1) {
				f.carry = append(f.carry, in[i:]...) // the rest is on its way
				break scan
			}
			if keep {
				out = append(out, in[i:i+n]...)
				f.inPaste = string(in[i:i+n]) == pasteStart
			}
			i += n
		default:
			out = append(out, in[i])
			i++
		}
	}
	if full {
		// Hold a character cut in two by the end of the buffer.
		if cut := partialRune(out); cut > 0 {
			f.carry = append(f.carry, out[len(out)-cut:]...)
			out = out[:len(out)-cut]
		}
	}
	return bytes.ReplaceAll(out, []byte(burstMark), nil)
}

// skipString drops string bytes from in[i:] up to and including the
// terminator (BEL or ESC \) and returns where the rest starts.
func (f *Reader) skipString(in []byte, i int) int {
	for ; i < len(in); i++ {
		c := in[i]
		f.strLen++
		switch {
		case f.strEsc && c == '\\', c == 0x07:
			f.inString = false
			return i + 1
		case f.strLen > maxString:
			f.inString = false
			return i
		}
		f.strEsc = c == 0x1b
	}
	return i
}

// copyPaste copies the terminal's own bracketed paste unchanged up to and
// including its end marker, which may be split across reads.
func (f *Reader) copyPaste(in []byte, i int, out []byte) (int, []byte) {
	for ; i < len(in); i++ {
		out = append(out, in[i])
		if in[i] == pasteEnd[f.pasteEnd] {
			f.pasteEnd++
		} else {
			f.pasteEnd = 0
			if in[i] == pasteEnd[0] {
				f.pasteEnd = 1
			}
		}
		if f.pasteEnd == len(pasteEnd) {
			f.inPaste, f.pasteEnd = false, 0
			return i + 1, out
		}
	}
	return i, out
}

// asBurst wraps a read of several lines of plain text as a bracketed
// paste that starts with BurstMark. A read that continues a burst which
// filled the buffer is one too, so a long paste never submits its tail.
func (f *Reader) asBurst(out []byte, wrap, full bool) []byte {
	burst := wrap && !f.inPaste && len(out) > 0 && plain(out) && (f.burst || severalLines(out))
	f.burst = burst && full
	if !burst {
		return out
	}
	w := make([]byte, 0, len(out)+wrapRoom)
	w = append(append(append(w, pasteStart...), burstMark...), out...)
	return append(w, pasteEnd...)
}

// plain reports whether b is text, line breaks and tabs only: no escape
// sequence (arrow keys), no other control key (Ctrl+C must act).
func plain(b []byte) bool {
	for _, c := range b {
		if (c < 0x20 && c != '\r' && c != '\n' && c != '\t') || c == 0x7f {
			return false
		}
	}
	return true
}

// severalLines reports whether a line break in b is followed by more
// text: "jawaban\r" is one answer and its Enter; "baris satu\rbaris dua"
// is a paste or keys typed ahead.
func severalLines(b []byte) bool {
	i := bytes.IndexAny(b, "\r\n")
	return i >= 0 && len(bytes.Trim(b[i:], "\r\n\t ")) > 0
}

// partialRune is the length of an incomplete UTF-8 character at the end
// of b, or 0.
func partialRune(b []byte) int {
	for k := 1; k < utf8.UTFMax && k <= len(b); k++ {
		c := b[len(b)-k]
		if c < 0x80 {
			return 0
		}
		if utf8.RuneStart(c) {
			if !utf8.FullRune(b[len(b)-k:]) {
				return k
			}
			return 0
		}
	}
	return 0
}
