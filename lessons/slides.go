package lessons

import "strings"

// SlideKind says what a slide shows.
type SlideKind int

// The kinds of slide presenter mode shows.
const (
	// SlideModule opens a module: its title and summary.
	SlideModule SlideKind = iota
	// SlideTitle opens a lesson: its title, objective and minutes.
	SlideTitle
	// SlideContent is one part of a lesson body, Markdown.
	SlideContent
	// SlideQuestion is one quiz question.
	SlideQuestion
)

// Slide is one screen of a presentation built from lessons. Which fields are
// set depends on Kind.
type Slide struct {
	Kind SlideKind
	// Title is the module or lesson title of a module or title slide, the
	// text of the "## " heading that opened a content slide ("" for text
	// before the first heading or after a "---" break), and "" for a
	// question slide.
	Title string
	// Body is Markdown for a content slide, the summary of a module slide,
	// the objective of a title slide, and "" for a question slide. It has
	// no leading or trailing blank lines.
	Body string
	// Question is the question of a question slide; nil otherwise. It
	// points into Lesson.Questions.
	Question *Question
	// Lesson is the lesson a title, content or question slide belongs to;
	// nil for a module slide.
	Lesson *Lesson
	// Module is the module of a module slide; nil otherwise.
	Module *Module
}

// Slides cuts a lesson into slides: a title slide, then the body cut at
// thematic breaks ("---", "***", "___") and before second-level headings,
// then one slide per quiz question.
//
// A "## " heading starts a new slide and becomes its title. Nothing inside a
// fenced code block ever cuts. A "---" line (or "- - -") right after a
// non-blank line is a setext heading underline, not a break, and stays in
// the body. Slides with neither title nor body are dropped; a heading with
// nothing under it stays as a title-only slide, a section divider.
func Slides(l *Lesson) []Slide {
	if l == nil {
		return nil
	}
	slides := []Slide{{Kind: SlideTitle, Title: l.Title, Body: l.Objective, Lesson: l}}
	for _, p := range cutBody(l.Body) {
		slides = append(slides, Slide{Kind: SlideContent, Title: p.title, Body: p.body, Lesson: l})
	}
	for i := range l.Questions {
		slides = append(slides, Slide{Kind: SlideQuestion, Question: &l.Questions[i], Lesson: l})
	}
	return slides
}

// ModuleSlides returns a module title slide followed by the slides of each
// of the module's lessons in order.
func ModuleSlides(m *Module) []Slide {
	if m == nil {
		return nil
	}
	slides := []Slide{{Kind: SlideModule, Title: m.Title, Body: strings.TrimSpace(m.Summary), Module: m}}
	for _, l := range m.Lessons {
		slides = append(slides, Slides(l)...)
	}
	return slides
}

// bodyPart is one content slide before it becomes a Slide.
type bodyPart struct {
	title string
	body  string
}

// cutBody splits Markdown at thematic breaks and "## " headings outside
// fenced code blocks, dropping parts with neither title nor body.
func cutBody(body string) []bodyPart {
	var parts []bodyPart
	var cur bodyPart
	var lines []string
	titled := false
	flush := func() {
		cur.body = trimBlankLines(lines)
		if cur.body != "" || titled {
			parts = append(parts, cur)
		}
		cur, lines, titled = bodyPart{}, nil, false
	}
	var fence fenceState
	// afterText is set when the previous line was a non-blank line of
	// text, under which "---" is a setext heading underline.
	afterText := false
	for _, line := range strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n") {
		text := false
		switch {
		case fence.open:
			fence = fence.next(line)
			lines = append(lines, line)
		case openFence(line).open:
			fence = openFence(line)
			lines = append(lines, line)
		case isThematicBreak(line) && !(afterText && isDashLine(line)):
			flush()
		case isH2(line):
			flush()
			cur.title, titled = headingText(line), true
		default:
			lines = append(lines, line)
			text = strings.TrimSpace(line) != ""
		}
		afterText = text
	}
	flush()
	return parts
}

// trimBlankLines joins lines without the blank lines at either end.
func trimBlankLines(lines []string) string {
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// fenceState tracks an open fenced code block.
type fenceState struct {
	open bool
	// char is '`' or '~'; size is the length of the opening fence.
	char byte
	size int
	// quoted is set when the fence opened inside a block quote, which
	// closes the fence when the quote ends.
	quoted bool
}

// openFence reports the fence that line opens, if any. Fences may be
// indented (inside a list item) or quoted ("> ```").
func openFence(line string) fenceState {
	s := strings.TrimLeft(line, " \t")
	quoted := strings.HasPrefix(s, ">")
	s = strings.TrimLeft(s, " \t>")
	if len(s) < 3 || (s[0] != '`' && s[0] != '~') {
		return fenceState{}
	}
	n := runLength(s, s[0])
	if n < 3 || (s[0] == '`' && strings.Contains(s[n:], "`")) {
		return fenceState{}
	}
	return fenceState{open: true, char: s[0], size: n, quoted: quoted}
}

// next returns the state after line, a line inside the open fence.
func (f fenceState) next(line string) fenceState {
	s := strings.TrimLeft(line, " \t")
	if f.quoted && !strings.HasPrefix(s, ">") {
		return fenceState{} // the quote, and with it the fence, ended
	}
	s = strings.TrimRight(strings.TrimLeft(s, " \t>"), " \t")
	if len(s) >= f.size && s[0] == f.char && runLength(s, f.char) == len(s) {
		return fenceState{}
	}
	return f
}

// runLength counts the leading bytes of s equal to c.
func runLength(s string, c byte) int {
	n := 0
	for n < len(s) && s[n] == c {
		n++
	}
	return n
}

// leadingSpaces counts the spaces that indent line; a tab counts as four.
func leadingSpaces(line string) int {
	n := 0
	for _, r := range line {
		switch r {
		case ' ':
			n++
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return n
}

// isThematicBreak reports whether line is a CommonMark thematic break: at
// most three spaces of indent, then three or more of one of - * _, with
// only spaces or tabs between them.
func isThematicBreak(line string) bool {
	if leadingSpaces(line) > 3 {
		return false
	}
	s := strings.TrimSpace(line)
	if s == "" {
		return false
	}
	c, n := s[0], 0
	if c != '-' && c != '*' && c != '_' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// isDashLine reports whether a thematic break is made of dashes, the kind
// that doubles as a setext heading underline.
func isDashLine(line string) bool { return strings.TrimSpace(line)[0] == '-' }

// isH2 reports whether line is an ATX second-level heading ("## Title").
func isH2(line string) bool {
	if leadingSpaces(line) > 3 {
		return false
	}
	s := strings.TrimLeft(line, " ")
	return s == "##" || strings.HasPrefix(s, "## ") || strings.HasPrefix(s, "##\t")
}

// headingText returns an ATX heading's text without the opening hashes and
// an optional closing sequence of hashes.
func headingText(line string) string {
	s := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(line), "#"))
	if t := strings.TrimRight(s, "#"); t != s && (t == "" || strings.HasSuffix(t, " ") || strings.HasSuffix(t, "\t")) {
		s = strings.TrimSpace(t)
	}
	return s
}
