package tui

import "strings"

// scroller is a window of height rows over content of lines rows: the one
// place the screens that show plain lines (the check's result, the quiz
// and review feedback, reflections, statistics, the course map) keep
// their scroll, so each moves, clamps and shows its window the same way.
// The reader keeps bubbles/viewport: it scrolls rendered Markdown by a
// fraction that is saved, which the viewport already does.
//
// With more set, the last row of a window that cannot show everything
// says so, leaving one row less for the content.
type scroller struct {
	offset int // first content line shown
	height int // rows of the window
	lines  int // rows of content
	more   bool
}

// sized gives the scroller the window's height and the content's length,
// keeping the offset within them (a window that grows, or content that
// shrinks, pulls it back).
func (s scroller) sized(height, lines int) scroller {
	s.height, s.lines = height, max(lines, 0)
	return s.clamp()
}

// room is the rows left for content.
func (s scroller) room() int {
	if s.more && s.scrolls() {
		return s.height - 1
	}
	return s.height
}

// scrolls reports whether some of the content does not fit.
func (s scroller) scrolls() bool { return s.height > 0 && s.lines > s.height }

// maxOffset is the furthest the window goes: the last line at its foot.
func (s scroller) maxOffset() int {
	if !s.scrolls() {
		return 0
	}
	return max(s.lines-s.room(), 0)
}

// clamp keeps the offset between the top and maxOffset.
func (s scroller) clamp() scroller {
	s.offset = max(min(s.offset, s.maxOffset()), 0)
	return s
}

// by moves the window n lines, down when n is positive.
func (s scroller) by(n int) scroller {
	s.offset += n
	return s.clamp()
}

// page is one window's worth of lines, at least one.
func (s scroller) page() int { return max(s.room(), 1) }

func (s scroller) lineUp() scroller   { return s.by(-1) }
func (s scroller) lineDown() scroller { return s.by(1) }
func (s scroller) pageUp() scroller   { return s.by(-s.page()) }
func (s scroller) pageDown() scroller { return s.by(s.page()) }
func (s scroller) halfUp() scroller   { return s.by(-max(s.page()/2, 1)) }
func (s scroller) halfDown() scroller { return s.by(max(s.page()/2, 1)) }
func (s scroller) top() scroller      { s.offset = 0; return s }
func (s scroller) bottom() scroller   { s.offset = s.maxOffset(); return s }

// atBottom reports whether the last line is in the window.
func (s scroller) atBottom() bool { return s.offset >= s.maxOffset() }

// reveal moves the window as little as it can so that line at is in it.
func (s scroller) reveal(at int) scroller {
	if at < s.offset {
		s.offset = at
	}
	if r := s.room(); at >= s.offset+r {
		s.offset = at - r + 1
	}
	return s.clamp()
}

// visible is the part of content in the window's room. Content no
// taller than the window, or a window of no height, is shown whole.
func (s scroller) visible(content []string) []string {
	if !s.scrolls() {
		return content
	}
	from := min(s.offset, len(content))
	return content[from:min(from+s.room(), len(content))]
}

// window is the visible content as text, ending with the more line (when
// set) if some content is hidden.
func (s scroller) window(content []string, more string) string {
	out := strings.Join(s.visible(content), "\n")
	if s.more && s.scrolls() {
		out += "\n" + more
	}
	return out
}

// textLines splits text into its lines, without the final line break.
func textLines(text string) []string {
	return strings.Split(strings.TrimRight(text, "\n"), "\n")
}

// clipLines shows at most h lines of body from line from (clamped so the
// window is never half empty), ending with the more line when some of it
// does not fit.
func clipLines(body string, h, from int, more string) string {
	lines := textLines(body)
	return scroller{offset: from, more: true}.sized(h, len(lines)).window(lines, more)
}

// clipAround is clipLines keeping line at in sight, with one line of
// context below it: for the cursor's row while answering.
func clipAround(body string, h, at int, more string) string {
	lines := textLines(body)
	return scroller{more: true}.sized(h, len(lines)).reveal(at+1).window(lines, more)
}
