//go:build unix

package ptykit

import (
	"bytes"
	"sort"
	"time"
)

// screen keeps a program's output twice: raw, and as text with escape
// sequences stripped by a small streaming parser, so the text only ever
// grows and a match in it can be dated by the chunk that completed it.
type screen struct {
	raw    []byte
	text   []byte
	state  parseState
	chunks []chunk // text length after each chunk of output, in order
	cursor int     // text before it has been matched already
}

// chunk dates one read of output.
type chunk struct {
	end int           // len(text) after the chunk
	at  time.Duration // since Start
}

// parseState is where the stripper is inside an escape sequence.
type parseState int

const (
	ground   parseState = iota
	escape              // after ESC
	escInter            // ESC followed by intermediate bytes
	csi                 // ESC [ parameters
	str                 // OSC, DCS, SOS, PM or APC string
	strEsc              // ESC inside a string: ST if '\' follows
)

// write appends a chunk of output read at time at.
func (s *screen) write(b []byte, at time.Duration) {
	s.raw = append(s.raw, b...)
	for _, c := range b {
		s.feed(c)
	}
	s.chunks = append(s.chunks, chunk{end: len(s.text), at: at})
}

// feed advances the stripper by one byte. Printable bytes (UTF-8 included)
// and line breaks are text; cursor movements to another line become a line
// break so that lines drawn one after another do not run together.
func (s *screen) feed(c byte) {
	switch s.state {
	case ground:
		switch {
		case c == 0x1b:
			s.state = escape
		case c == '\n':
			s.text = append(s.text, '\n')
		case c >= 0x20 && c != 0x7f:
			s.text = append(s.text, c)
		}
	case escape:
		switch {
		case c == '[':
			s.state = csi
		case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_':
			s.state = str
		case c >= 0x20 && c <= 0x2f:
			s.state = escInter
		default:
			s.state = ground
		}
	case escInter:
		if c < 0x20 || c > 0x2f {
			s.state = ground
		}
	case csi:
		if c >= 0x40 && c <= 0x7e {
			s.state = ground
			switch c {
			case 'A', 'B', 'E', 'F', 'H', 'f', 'd':
				s.text = append(s.text, '\n')
			case 'C', 'G':
				s.text = append(s.text, ' ')
			}
		}
	case str:
		switch c {
		case 0x07:
			s.state = ground
		case 0x1b:
			s.state = strEsc
		}
	case strEsc:
		s.state = str
		if c == '\\' {
			s.state = ground
		}
	}
}

// find looks for text after the cursor; when found it moves the cursor
// past it and returns when the chunk that completed it arrived.
func (s *screen) find(text string) (time.Duration, bool) {
	i := bytes.Index(s.text[s.cursor:], []byte(text))
	if i < 0 {
		return 0, false
	}
	end := s.cursor + i + len(text)
	s.cursor = end
	k := sort.Search(len(s.chunks), func(k int) bool { return s.chunks[k].end >= end })
	return s.chunks[k].at, true
}
