package tui

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"ajar/lessons"
)

// hitKind says where in the course a search hit is.
type hitKind int

const (
	hitTitle hitKind = iota
	hitObjective
	hitText
	hitGlossary
)

// courseIndex is the course as search reads it: every lesson's title,
// objective and text, and the glossary, as plain text folded once. It is
// built the first time the learner searches; searching it is then a
// string search per block (BenchmarkCourseIndex).
type courseIndex struct {
	docs []indexDoc
}

// indexDoc is one searchable text: a lesson's title, objective or body,
// or the glossary, in blocks (a paragraph, a heading, a list item).
type indexDoc struct {
	kind   hitKind
	lesson *lessons.Lesson // nil for the glossary
	where  string          // what the hit list says it is in
	blocks []indexBlock
}

// indexBlock is a block's plain text and its folding.
type indexBlock struct {
	plain string
	fold  folded
}

// courseHit is one hit: a block where the query occurs. nth is which
// match of the document its first one is, counted from the top, so the
// reader opens at that one.
type courseHit struct {
	kind    hitKind
	lesson  *lessons.Lesson
	where   string
	snippet string
	spans   []span // the matches in snippet
	nth     int
}

// newCourseIndex reads the catalog's lessons and glossary; module names
// where a lesson is ("Modul 2 · Judul").
func newCourseIndex(c *lessons.Catalog, module, glossary string) *courseIndex {
	ix := &courseIndex{}
	add := func(kind hitKind, l *lessons.Lesson, where string, blocks []string) {
		d := indexDoc{kind: kind, lesson: l, where: where}
		for _, b := range blocks {
			if b = strings.Join(strings.Fields(safeText(b)), " "); b != "" {
				d.blocks = append(d.blocks, indexBlock{plain: b, fold: foldText(b)})
			}
		}
		if len(d.blocks) > 0 {
			ix.docs = append(ix.docs, d)
		}
	}
	for _, mod := range c.Modules {
		for _, l := range mod.Lessons {
			where := fmt.Sprintf("%s %d · %s", module, mod.Number, l.Title)
			add(hitTitle, l, where, []string{l.Title})
			add(hitObjective, l, where, []string{l.Objective})
			add(hitText, l, where, plainBlocks(l.Body))
		}
	}
	add(hitGlossary, nil, glossary, plainBlocks(c.Glossary))
	return ix
}

// search returns the hits of what the learner typed, in course order, at
// most limit of them; more reports whether some were left out.
func (ix *courseIndex) search(typed string, limit int) (hits []courseHit, more bool) {
	q := foldQuery(typed)
	if q == "" {
		return nil, false
	}
	for _, d := range ix.docs {
		seen := 0 // matches in the document above this block
		for _, b := range d.blocks {
			n := b.fold.count(q)
			if n == 0 {
				continue
			}
			if len(hits) == limit {
				return hits, true
			}
			hits = append(hits, courseHit{kind: d.kind, lesson: d.lesson, where: d.where,
				snippet: b.plain, spans: b.fold.find(q), nth: seen})
			seen += n
		}
	}
	return hits, false
}

// mdParser reads lessons as glamour does, with GitHub's extensions:
// tables are rows of cells, not paragraphs of pipes.
var mdParser = goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser()

// plainBlocks is Markdown's text without its syntax, a block a line:
// what the reader shows, minus the styling.
func plainBlocks(md string) []string {
	if md == "" {
		return nil
	}
	src := []byte(md)
	doc := mdParser.Parse(text.NewReader(src))
	var out []string
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindParagraph, ast.KindHeading, ast.KindTextBlock:
			out = append(out, inlineText(n, src))
			return ast.WalkSkipChildren, nil
		case extast.KindTableHeader, extast.KindTableRow:
			// A row is a line, its cells apart, as glamour draws it.
			var cells []string
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				cells = append(cells, inlineText(c, src))
			}
			out = append(out, strings.Join(cells, " · "))
			return ast.WalkSkipChildren, nil
		case ast.KindFencedCodeBlock, ast.KindCodeBlock:
			lines := n.Lines()
			for i := 0; i < lines.Len(); i++ {
				seg := lines.At(i)
				out = append(out, string(seg.Value(src)))
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

// inlineText is the text of a block's inline nodes, line breaks as spaces.
func inlineText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(src))
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		case *ast.AutoLink:
			b.Write(t.Label(src))
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}
