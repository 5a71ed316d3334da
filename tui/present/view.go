package present

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"

	"ajar/lessons"
	"ajar/tui/ui"
)

// Presenter window limits: below them the view asks for a larger window.
const (
	presentMinWidth  = 40
	presentMinHeight = 10
	// presentChrome is the lines around the slide: a top margin, the
	// progress bar and the footer line.
	presentChrome = 3
)

// slideLine is one line of a slide. A centred line is centred on its own
// (titles, the countdown); the others form one block, centred as a whole
// so that lists and paragraphs keep their left edge.
type slideLine struct {
	text   string
	center bool
}

// View draws the slide, the optional help and the footer, exactly filling
// the window.
func (m presentModel) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.width < presentMinWidth || m.height < presentMinHeight {
		msg := fmt.Sprintf(m.pt.tooSmall, presentMinWidth, presentMinHeight, m.width, m.height)
		lines := strings.Split(ansi.Wrap(msg, m.width, ""), "\n")
		return m.forConsole(strings.Join(lines[:min(len(lines), m.height)], "\n"))
	}
	st := m.styles()
	var helpLines []string
	if m.showHelp {
		helpLines = strings.Split(m.helpModel(st).FullHelpView(m.activeKeys().FullHelp()), "\n")
	}
	out := []string{""}
	out = append(out, m.place(m.visible(st, m.bodyHeight()))...)
	out = append(out, m.centerBlock(helpLines)...)
	out = append(out, m.footer(st)...)
	if m.contrast {
		for i, l := range out {
			out[i] = m.painted(l)
		}
	}
	// Slides come from lesson files anyone may have written; whatever
	// control sequence got into them, only styles leave.
	return m.forConsole(ui.KeepStyles(strings.Join(out[:min(len(out), m.height)], "\n")))
}

// forConsole maps the finished frame to code page 437 under --ascii, once
// for every slide, note and help line.
func (m presentModel) forConsole(frame string) string {
	if !m.ascii {
		return frame
	}
	return ui.CP437(frame, m.width)
}

// ui.Styles returns the ui.Styles of the current theme.
func (m presentModel) styles() ui.Styles {
	if m.contrast {
		return m.hcSt
	}
	return m.st
}

// helpModel returns the help drawn in the current theme.
func (m presentModel) helpModel(st ui.Styles) help.Model {
	h := m.help
	h.Styles = st.Help
	return h
}

// bodyHeight is the number of lines the slide may take.
func (m presentModel) bodyHeight() int {
	h := m.height - presentChrome
	if m.showHelp {
		h -= len(m.keys.FullHelp()[0])
	}
	return max(h, 1)
}

// maxOffset is how far the current slide scrolls; 0 when it fits.
func (m presentModel) maxOffset() int {
	if m.width < presentMinWidth || m.height < presentMinHeight {
		return 0
	}
	n, h := len(m.slideLines(m.styles())), m.bodyHeight()
	if n <= h {
		return 0
	}
	return n - (h - 1) // one line is kept for the "more below" note
}

// visible returns exactly h lines: the slide centred vertically, or the
// scrolled window of a slide too long for the screen with a note.
func (m presentModel) visible(st ui.Styles, h int) []slideLine {
	lines := m.slideLines(st)
	if len(lines) <= h {
		top := (h - len(lines)) / 2
		out := make([]slideLine, top, h)
		out = append(out, lines...)
		for len(out) < h {
			out = append(out, slideLine{})
		}
		return out
	}
	off := min(m.offset, len(lines)-(h-1))
	out := append([]slideLine(nil), lines[off:off+h-1]...)
	note := fmt.Sprintf(m.pt.moreBelow, m.keys.Down.Help().Key)
	if off+h-1 >= len(lines) {
		note = fmt.Sprintf(m.pt.moreAbove, m.keys.Up.Help().Key)
	}
	return append(out, slideLine{text: st.Muted.Render(note), center: true})
}

// place centres lines horizontally. Block lines (text, lists, code) start
// at the left edge of the column slides are rendered for, the same on
// every slide: centring each slide's own widest line made the text jump
// sideways from slide to slide.
func (m presentModel) place(lines []slideLine) []string {
	block := m.measure()
	for _, l := range lines {
		if !l.center {
			block = max(block, ansi.StringWidth(l.text))
		}
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		w := ansi.StringWidth(l.text)
		if l.center {
			out[i] = pad((m.width-w)/2) + ui.Truncate(l.text, m.width)
		} else if l.text != "" {
			out[i] = pad((m.width-block)/2) + ui.Truncate(l.text, m.width)
		}
	}
	return out
}

// centerBlock centres lines as one block.
func (m presentModel) centerBlock(lines []string) []string {
	sl := make([]slideLine, len(lines))
	for i, l := range lines {
		sl[i] = slideLine{text: l}
	}
	return m.place(sl)
}

// footer draws the progress bar and the line with the lesson title (or
// the slide number being typed), the help key and "12/40".
func (m presentModel) footer(st ui.Styles) []string {
	n := max(len(m.slides), 1)
	barW := m.width - 4
	done := barW * (m.cur + 1) / n
	bar := "  " + st.Title.Render(strings.Repeat("═", done)) + st.Muted.Render(strings.Repeat("─", barW-done))

	count := st.Selected.Render(fmt.Sprintf("%d/%d", min(m.cur+1, len(m.slides)), len(m.slides)))
	right := m.helpModel(st).ShortHelpView([]key.Binding{m.keys.Help}) + "   " + count
	leftW := max(m.width-4-ansi.StringWidth(right)-2, 0)
	left := st.Muted.Render(ui.Truncate(m.deckTitle(), leftW))
	if m.jump != "" {
		left = st.Accent.Render(ui.Truncate(fmt.Sprintf(m.pt.jumpTo, m.jump+"_"), leftW))
	}
	gap := max(m.width-4-ansi.StringWidth(left)-ansi.StringWidth(right), 1)
	return []string{bar, "  " + left + pad(gap) + right}
}

// deckTitle is the title of the lesson (or module) the slide belongs to.
func (m presentModel) deckTitle() string {
	s := m.current()
	if s.Lesson != nil {
		return s.Lesson.Title
	}
	return s.Title
}

// painted paints a line white on black to the window's edge. Any SGR
// sequence inside may reset the colours ("\x1b[0m", glamour's "\x1b[;1m"),
// so the paint follows each one.
func (m presentModel) painted(l string) string {
	if m.paint == "" {
		return l
	}
	var b strings.Builder
	b.WriteString(m.paint)
	for i := 0; i < len(l); i++ {
		b.WriteByte(l[i])
		if l[i] != '\x1b' || i+1 >= len(l) || l[i+1] != '[' {
			continue
		}
		j := i + 2
		for j < len(l) && (l[j] < 0x40 || l[j] > 0x7e) {
			j++
		}
		if j >= len(l) { // cut short: copy the rest as it is
			b.WriteString(l[i+1:])
			break
		}
		b.WriteString(l[i+1 : j+1])
		if l[j] == 'm' {
			b.WriteString(m.paint)
		}
		i = j
	}
	b.WriteString(pad(m.width - ansi.StringWidth(l)))
	b.WriteString(m.reset)
	return b.String()
}

// slideLines returns the lines of the current slide, unscrolled.
func (m presentModel) slideLines(st ui.Styles) []slideLine {
	if len(m.slides) == 0 {
		return []slideLine{{text: m.pt.noSlides, center: true}}
	}
	s := m.current()
	switch s.Kind {
	case lessons.SlideModule:
		return m.moduleLines(s, st)
	case lessons.SlideTitle:
		return m.titleLines(s, st)
	case lessons.SlideQuestion:
		return m.questionLines(s, st)
	}
	return m.contentLines(s, st)
}

// centred turns text wrapped to w into centred lines in style render.
func centred(text string, w int, render func(...string) string) []slideLine {
	var out []slideLine
	for _, l := range strings.Split(ui.Wrap(text, w), "\n") {
		out = append(out, slideLine{text: render(l), center: true})
	}
	return out
}

// moduleLines draws a module slide: "Modul 4", title, summary, counts.
func (m presentModel) moduleLines(s lessons.Slide, st ui.Styles) []slideLine {
	w := m.measure()
	var out []slideLine
	if s.Module != nil {
		out = append(out, slideLine{text: st.Muted.Render(fmt.Sprintf(m.pt.module, s.Module.Number)), center: true}, slideLine{})
	}
	out = append(out, m.bigTitle(s.Title, st)...)
	if s.Body != "" {
		out = append(out, slideLine{})
		out = append(out, centred(s.Body, min(w, 72), st.Subtitle.Render)...)
	}
	if s.Module != nil {
		minutes := 0
		for _, l := range s.Module.Lessons {
			minutes += l.Minutes
		}
		out = append(out, slideLine{}, slideLine{text: st.Muted.Render(fmt.Sprintf(m.pt.moduleCount, len(s.Module.Lessons), minutes)), center: true})
	}
	return out
}

// bigTitle draws a title as large as a terminal allows: bold, centred,
// between rules.
func (m presentModel) bigTitle(title string, st ui.Styles) []slideLine {
	lines := centred(title, m.measure(), st.Title.Render)
	w := 0
	for _, l := range lines {
		w = max(w, ansi.StringWidth(l.text))
	}
	rule := slideLine{text: st.Muted.Render(strings.Repeat("─", w+4)), center: true}
	return append(append([]slideLine{rule, {}}, lines...), slideLine{}, rule)
}

// titleLines draws a lesson's title slide: title, objective and minutes.
func (m presentModel) titleLines(s lessons.Slide, st ui.Styles) []slideLine {
	out := m.bigTitle(s.Title, st)
	if s.Body != "" {
		out = append(out, slideLine{})
		out = append(out, centred(s.Body, min(m.measure(), 72), st.Subtitle.Render)...)
	}
	if s.Lesson != nil && s.Lesson.Minutes > 0 {
		out = append(out, slideLine{}, slideLine{text: st.Muted.Render(fmt.Sprintf(m.pt.minutes, s.Lesson.Minutes)), center: true})
	}
	return out
}

// contentLines draws a part of a lesson: its heading and the rendered
// Markdown, or a heading alone as a section divider.
func (m presentModel) contentLines(s lessons.Slide, st ui.Styles) []slideLine {
	if s.Body == "" {
		return m.bigTitle(s.Title, st)
	}
	var out []slideLine
	if s.Title != "" {
		for _, l := range strings.Split(ui.Wrap(s.Title, m.measure()), "\n") {
			out = append(out, slideLine{text: st.Heading.Render(l)})
		}
		out = append(out, slideLine{text: st.Muted.Render(strings.Repeat("─", min(ansi.StringWidth(s.Title), m.measure())))}, slideLine{})
	}
	text, ok := m.cache[m.renderKey(m.cur)]
	if !ok {
		return append(out, slideLine{text: st.Muted.Render(m.pt.rendering)})
	}
	for _, l := range strings.Split(text, "\n") {
		out = append(out, slideLine{text: l})
	}
	return out
}

// trimRightVisible drops the spaces at the end of a styled line, keeping
// its escape sequences.
func trimRightVisible(l string) string {
	return ansi.Truncate(l, ansi.StringWidth(strings.TrimRight(ansi.Strip(l), " ")), "")
}

// trimBlank joins lines without the blank ones at either end.
func trimBlank(lines []string) string {
	for len(lines) > 0 && ansi.Strip(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && ansi.Strip(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// pad returns n spaces, none for n < 1.
func pad(n int) string { return strings.Repeat(" ", max(n, 0)) }
