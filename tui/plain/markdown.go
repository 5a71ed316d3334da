package plain

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension"
	exast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// A lesson's Markdown becomes text a screen reader reads well: the marks
// go, their meaning stays in words and line breaks. Headings are their
// text on a line of their own, list items start with "- " (or their
// number), a table row reads "header: cell; header: cell", code keeps its
// lines as they are, and raw HTML (authors' comments) is left out. The
// parser has the extensions the lessons are written and linted with
// (lessons.markdownParser), so a table is a table here too.
var mdParser = goldmark.New(goldmark.WithExtensions(east.GFM, east.DefinitionList)).Parser()

// blocks renders Markdown as blocks of plain text wrapped at width, one
// per paragraph, list, table or code block, in order, a heading with the
// block after it: the units the reader pages by.
func blocks(src string, width int) []string {
	r := mdText{src: []byte(src), width: max(width, 20)}
	doc := mdParser.Parse(text.NewReader(r.src))
	heading := "" // a heading waits for its block: a page never ends with it
	for c := doc.FirstChild(); c != nil; c = c.NextSibling() {
		lines := r.block(c, "")
		if len(lines) == 0 {
			continue
		}
		b := heading + strings.Join(lines, "\n")
		if _, ok := c.(*ast.Heading); ok && c.NextSibling() != nil {
			heading = b + "\n\n"
			continue
		}
		r.out, heading = append(r.out, b), ""
	}
	if heading != "" {
		r.out = append(r.out, strings.TrimSuffix(heading, "\n\n"))
	}
	return r.out
}

// mdText is one rendering in progress.
type mdText struct {
	src   []byte
	width int
	out   []string
}

// block returns the lines of a block node, each starting with indent.
func (r *mdText) block(n ast.Node, indent string) []string {
	switch n := n.(type) {
	case *ast.Heading, *ast.Paragraph, *ast.TextBlock:
		return wrap(r.inline(n), indent, indent, r.width)
	case *ast.List:
		return r.list(n, indent)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		var lines []string
		segs := n.Lines()
		for i := 0; i < segs.Len(); i++ {
			s := segs.At(i)
			lines = append(lines, indent+strings.TrimRight(string(s.Value(r.src)), "\r\n"))
		}
		return lines
	case *exast.Table:
		return r.table(n, indent)
	case *ast.HTMLBlock, *ast.ThematicBreak:
		return nil
	case *exast.DefinitionTerm:
		return wrap(r.inline(n), indent, indent, r.width)
	case *exast.DefinitionDescription:
		return r.children(n, indent+"  ")
	}
	return r.children(n, indent) // block quotes, definition lists, documents
}

// children returns the lines of a container's blocks in order.
func (r *mdText) children(n ast.Node, indent string) []string {
	var lines []string
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		lines = append(lines, r.block(c, indent)...)
	}
	return lines
}

// list returns a list's items, each marked "- " or with its number, and
// what an item holds beyond its first line indented under it.
func (r *mdText) list(l *ast.List, indent string) []string {
	var lines []string
	num := l.Start
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		mark := "- "
		if l.IsOrdered() {
			mark = strconv.Itoa(num) + ". "
			num++
		}
		inner := indent + strings.Repeat(" ", len(mark))
		first := true
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			var got []string
			switch c.(type) {
			case *ast.Paragraph, *ast.TextBlock:
				lead := inner
				if first {
					lead = indent + mark
				}
				got = wrap(r.inline(c), lead, inner, r.width)
			default:
				got = r.block(c, inner)
				if first && len(got) > 0 {
					got[0] = indent + mark + strings.TrimPrefix(got[0], inner)
				}
			}
			if len(got) > 0 {
				first = false
			}
			lines = append(lines, got...)
		}
		if first {
			lines = append(lines, indent+strings.TrimSpace(mark))
		}
	}
	return lines
}

// table returns one line per body row, each cell named by its column's
// header: read aloud, "Jenis: Kode OTP; Kelemahan: ..." keeps the meaning
// a grid shows with its columns.
func (r *mdText) table(t *exast.Table, indent string) []string {
	var header []string
	var lines []string
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, strings.TrimSpace(r.inline(c)))
		}
		if _, ok := row.(*exast.TableHeader); ok {
			header = cells
			continue
		}
		parts := make([]string, len(cells))
		for i, c := range cells {
			parts[i] = c
			if i < len(header) && header[i] != "" {
				parts[i] = header[i] + ": " + c
			}
		}
		lines = append(lines, wrap(strings.Join(parts, "; "), indent+"- ", indent+"  ", r.width)...)
	}
	return lines
}

// inline returns the text of a node's inline content: emphasis and code
// marks dropped, escapes and character references resolved, a hard line
// break kept as a newline.
func (r *mdText) inline(n ast.Node) string {
	var b strings.Builder
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				b.Write(resolve(c.Segment.Value(r.src)))
				switch {
				case c.HardLineBreak():
					b.WriteByte('\n')
				case c.SoftLineBreak():
					b.WriteByte(' ')
				}
			case *ast.String:
				b.Write(resolve(c.Value))
			case *ast.AutoLink:
				b.Write(c.URL(r.src))
			case *ast.RawHTML:
			case *exast.TaskCheckBox:
				if c.IsChecked {
					b.WriteString("[x] ")
				} else {
					b.WriteString("[ ] ")
				}
			case *ast.Link:
				walk(c)
				if dest := string(c.Destination); dest != "" && !strings.Contains(b.String(), dest) {
					b.WriteString(" (" + dest + ")")
				}
			default:
				walk(c) // emphasis, code spans, strikethrough, image alt text
			}
		}
	}
	walk(n)
	return b.String()
}

// resolve turns Markdown's backslash escapes and character references into
// the characters they stand for, as a renderer would. What they decode to
// is cleaned with everything else before it is printed (safe).
func resolve(v []byte) []byte {
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
}

// wrap breaks s into lines of at most width characters at spaces: the
// first line starts with lead, the others with indent. A newline in s
// starts a new line; a word longer than a line stays whole.
func wrap(s, lead, indent string, width int) []string {
	var lines []string
	prefix := lead
	for _, para := range strings.Split(s, "\n") {
		line := prefix
		room := width - utf8.RuneCountInString(prefix)
		used := 0
		for _, w := range strings.Fields(para) {
			n := utf8.RuneCountInString(w)
			if used > 0 && used+1+n > room {
				lines = append(lines, line)
				line, used, room = indent, 0, width-utf8.RuneCountInString(indent)
			}
			if used > 0 {
				line += " "
				used++
			}
			line += w
			used += n
		}
		if used > 0 {
			lines = append(lines, line)
		}
		prefix = indent
	}
	return lines
}
