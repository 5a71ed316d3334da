//go:build unix

package main

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"sync"
	"time"
)

// term is one learner's terminal as the harness sees it: the bytes it
// types go to w (an SSH channel, or a local pseudo-terminal), and what the
// program draws is read from r into text with escape sequences stripped,
// so the learner's script can wait for words the way a person reads them.
//
// Each key is timed: key-to-frame latency is the time from writing a key
// until the next bytes of output arrive. That is what the learner feels
// (the screen answering a keypress), and it needs no knowledge of what the
// frame contains.
type term struct {
	w io.Writer

	mu      sync.Mutex
	text    []byte
	state   parseState
	cursor  int           // text before it has been matched already
	wake    chan struct{} // closed and replaced on every chunk of output
	closed  bool          // the reader hit EOF or an error
	readErr error
	done    chan struct{} // closed when the reader stops

	sentAt  time.Time // when the key still waiting for its frame was sent
	waiting bool
	lat     []time.Duration
	noFrame int // keys that drew nothing within the key timeout
}

// newTerm starts reading r in the background.
func newTerm(r io.Reader, w io.Writer) *term {
	t := &term{w: w, wake: make(chan struct{}), done: make(chan struct{})}
	go t.readLoop(r)
	return t
}

func (t *term) readLoop(r io.Reader) {
	buf := make([]byte, 32*1024)
	for {
		n, err := r.Read(buf)
		if n > 0 {
			t.feed(buf[:n], time.Now())
		}
		if err != nil {
			t.mu.Lock()
			t.closed, t.readErr = true, err
			close(t.wake)
			t.wake = make(chan struct{})
			t.mu.Unlock()
			close(t.done)
			return
		}
	}
}

// feed takes one chunk of output that arrived at 'at'.
func (t *term) feed(b []byte, at time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.waiting {
		t.lat = append(t.lat, at.Sub(t.sentAt))
		t.waiting = false
	}
	for _, c := range b {
		t.text = t.state.feed(t.text, c)
	}
	close(t.wake)
	t.wake = make(chan struct{})
}

// errClosed is returned once the program has closed the terminal.
var errClosed = errors.New("the terminal closed")

// key sends one key and waits (up to timeout) for the frame it causes, so
// that keys never overlap and each latency belongs to one key. A key that
// draws nothing (a page-down at the end of a text) is counted apart, not
// given the latency of whatever is drawn next.
func (t *term) key(b []byte, timeout time.Duration) error {
	t.mu.Lock()
	if t.closed {
		t.mu.Unlock()
		return errClosed
	}
	t.sentAt, t.waiting = time.Now(), true
	wake := t.wake
	t.mu.Unlock()
	if _, err := t.w.Write(b); err != nil {
		return err
	}
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		select {
		case <-wake:
		case <-deadline.C:
			t.mu.Lock()
			if t.waiting {
				t.waiting = false
				t.noFrame++
			}
			t.mu.Unlock()
			return nil
		}
		t.mu.Lock()
		done, closed := !t.waiting, t.closed
		wake = t.wake
		t.mu.Unlock()
		if done {
			return nil
		}
		if closed {
			return errClosed
		}
	}
}

// waitRE waits until re matches the text after the previous match and
// returns the submatches; the cursor moves past the match, so waiting
// twice for the same words waits for them to be drawn again. interrupt,
// when it becomes readable, ends the wait early with errInterrupted (the
// trainer pushed a live question).
func (t *term) waitRE(re *regexp.Regexp, timeout time.Duration, interrupt <-chan struct{}) ([]string, error) {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		t.mu.Lock()
		loc := re.FindSubmatchIndex(t.text[t.cursor:])
		var subs []string
		if loc != nil {
			for i := 0; i < len(loc); i += 2 {
				s := ""
				if loc[i] >= 0 {
					s = string(t.text[t.cursor+loc[i] : t.cursor+loc[i+1]])
				}
				subs = append(subs, s)
			}
			t.cursor += loc[1]
		}
		wake, closed := t.wake, t.closed
		t.mu.Unlock()
		if loc != nil {
			return subs, nil
		}
		if closed {
			return nil, fmt.Errorf("waiting for %q: %w", re, errClosed)
		}
		select {
		case <-wake:
		case <-interrupt:
			return nil, errInterrupted
		case <-deadline.C:
			return nil, fmt.Errorf("%q not shown within %v", re, timeout)
		}
	}
}

// errInterrupted ends a wait when a live question comes.
var errInterrupted = errors.New("interrupted")

// waitFor waits for literal text (see waitRE).
func (t *term) waitFor(text string, timeout time.Duration, interrupt <-chan struct{}) error {
	_, err := t.waitRE(regexp.MustCompile(regexp.QuoteMeta(text)), timeout, interrupt)
	return err
}

// skip moves the cursor to the end of the text: what was drawn so far no
// longer counts as a match (after a live question, the quiz must be drawn
// anew before its words tell where the learner is).
func (t *term) skip() {
	t.mu.Lock()
	t.cursor = len(t.text)
	t.mu.Unlock()
}

// pos is how much text has been drawn so far, for lastRE.
func (t *term) pos() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.text)
}

// lastRE is the last match of re in the text drawn since pos 'from' (the
// screen as it is now, when a redraw has happened since), or nil. It moves
// the cursor to the end of the text.
func (t *term) lastRE(re *regexp.Regexp, from int) []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	all := re.FindAllSubmatch(t.text[min(from, len(t.text)):], -1)
	t.cursor = len(t.text)
	if len(all) == 0 {
		return nil
	}
	var subs []string
	for _, b := range all[len(all)-1] {
		subs = append(subs, string(b))
	}
	return subs
}

// tail is the last n bytes of text, for error messages.
func (t *term) tail(n int) string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.text[max(0, len(t.text)-n):])
}

// latencies returns the key-to-frame latencies so far and the keys that
// drew nothing.
func (t *term) latencies() ([]time.Duration, int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]time.Duration(nil), t.lat...), t.noFrame
}

// parseState is where the stripper is inside an escape sequence. It is a
// small copy of scripts/ptykit's: printable bytes and line breaks are
// text; cursor moves to another line become a line break so lines drawn
// one after another do not run together.
type parseState int

const (
	ground   parseState = iota
	escape              // after ESC
	escInter            // ESC followed by intermediate bytes
	csi                 // ESC [ parameters
	str                 // OSC, DCS, SOS, PM or APC string
	strEsc              // ESC inside a string: ST if '\' follows
)

// feed advances the stripper by one byte, appending any text to out.
func (s *parseState) feed(out []byte, c byte) []byte {
	switch *s {
	case ground:
		switch {
		case c == 0x1b:
			*s = escape
		case c == '\n':
			out = append(out, '\n')
		case c >= 0x20 && c != 0x7f:
			out = append(out, c)
		}
	case escape:
		switch {
		case c == '[':
			*s = csi
		case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_':
			*s = str
		case c >= 0x20 && c <= 0x2f:
			*s = escInter
		default:
			*s = ground
		}
	case escInter:
		if c < 0x20 || c > 0x2f {
			*s = ground
		}
	case csi:
		if c >= 0x40 && c <= 0x7e {
			*s = ground
			switch c {
			case 'A', 'B', 'E', 'F', 'H', 'f', 'd':
				out = append(out, '\n')
			case 'C', 'G':
				out = append(out, ' ')
			}
		}
	case str:
		switch c {
		case 0x07:
			*s = ground
		case 0x1b:
			*s = strEsc
		}
	case strEsc:
		*s = str
		if c == '\\' {
			*s = ground
		}
	}
	return out
}
