package lessons

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

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
// The body is read as Markdown, as the renderer reads it, and only breaks
// and headings of the lesson itself cut: nothing inside a code block, an
// HTML comment, a list or a quote does. A "## " heading starts a new slide
// and becomes its title. A heading underlined with "---" (setext) stays in
// the body: it never cut, and trainers' slides must not change under them.
// Slides with neither title nor body are dropped; a heading with nothing
// under it stays as a title-only slide, a section divider.
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

// cutBody splits Markdown at the document's own thematic breaks and ATX
// second-level headings, dropping parts with neither title nor body.
func cutBody(body string) []bodyPart {
	src := []byte(strings.ReplaceAll(body, "\r\n", "\n"))
	pc := parser.NewContext()
	doc := slideParser().Parse(text.NewReader(src), parser.WithContext(pc))
	starts, _ := pc.Get(cutLinesKey).(map[ast.Node]int)
	var parts []bodyPart
	cur, from := bodyPart{}, 0
	titled := false
	flush := func(to int) {
		cur.body = trimBlankLines(strings.Split(string(src[from:to]), "\n"))
		if cur.body != "" || titled {
			parts = append(parts, cur)
		}
		cur, titled = bodyPart{}, false
	}
	// Only the document's children are looked at: a break or heading
	// nested in a list or quote belongs to that block, not to the slides.
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		start, atx := starts[n]
		h, heading := n.(*ast.Heading)
		if !atx || (heading && h.Level != 2) {
			continue
		}
		flush(start)
		// A thematic break or an ATX heading is always one line.
		from = lineEnd(src, start)
		if heading {
			cur.title, titled = headingTitle(h, src), true
		}
	}
	flush(len(src))
	return parts
}

// headingTitle returns the Markdown of an ATX heading's text, without its
// hashes: the parser already cut them off its one line.
func headingTitle(h *ast.Heading, src []byte) string {
	if h.Lines().Len() == 0 {
		return "" // "##" alone
	}
	seg := h.Lines().At(0)
	return strings.TrimSpace(string(seg.Value(src)))
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

// cutLinesKey holds, in a parse's context, the offset of the line each
// thematic break and ATX heading starts on, by node.
var cutLinesKey = parser.NewContextKey()

// slideParser reads Markdown with the renderer's extensions, plus the two
// block parsers that note where slides may be cut. goldmark gives a
// thematic break no position and an empty heading none either, so the
// parsers that open them note it; and only ATX headings are noted, which
// tells them from setext ones.
func slideParser() parser.Parser {
	p := markdownParser().Parser()
	// One below goldmark's own priorities (200 and 600) so these run
	// first and open the node whenever goldmark's would have.
	p.AddOptions(parser.WithBlockParsers(
		util.Prioritized(noteLine{parser.NewThematicBreakParser()}, 199),
		util.Prioritized(noteLine{parser.NewATXHeadingParser()}, 599),
	))
	return p
}

// noteLine is a goldmark block parser that records, in the parse context,
// the start of the line of every node it opens.
type noteLine struct{ parser.BlockParser }

// Open opens what the wrapped parser opens and notes its line.
func (b noteLine) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	_, seg := reader.PeekLine()
	n, state := b.BlockParser.Open(parent, reader, pc)
	if n != nil {
		starts, _ := pc.Get(cutLinesKey).(map[ast.Node]int)
		if starts == nil {
			starts = map[ast.Node]int{}
			pc.Set(cutLinesKey, starts)
		}
		starts[n] = lineStart(reader.Source(), seg.Start)
	}
	return n, state
}
