package lessons

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// The limits of what a lesson body or a glossary may hold. The renderer
// (glamour) re-wraps and pads the whole text of a quote or list once for
// every level it is nested in, and wraps a long word in time that grows
// with the square of its length: a 2 KB file of nested quotes took
// gigabytes and a 100 KB word half a minute. Within these limits every
// lesson renders in under 100 ms and 50 MiB at 200 columns; the worst
// shapes measured by BenchmarkRenderLimits (tui/present) take about 50 ms
// and 15 MiB. The course's own texts use well under half of each: at most
// 15 KB and 110 lines (the glossary), lines of 460 characters, words of 58,
// one level of nesting and tables of 10 rows and 3 columns.
const (
	// MaxBodyBytes is the largest Markdown text of a lesson body or a
	// glossary, in bytes.
	MaxBodyBytes = 32 << 10
	// MaxBodyLines is the most lines a lesson body or a glossary may have.
	MaxBodyLines = 400
	// MaxLineRunes is the longest line of Markdown, in characters.
	MaxLineRunes = 1000
	// MaxWordRunes is the longest word (characters between spaces) of
	// Markdown; a link's address counts as one word.
	MaxWordRunes = 200
	// MaxNesting is how deep block quotes, lists and definition lists may
	// be nested inside one another: a quote holding a list with sub-items
	// is 3. Each level multiplies the cost of rendering what it holds.
	MaxNesting = 3
	// MaxTableRows is the most rows of a table, its header included.
	MaxTableRows = 100
	// MaxTableColumns is the most columns of a table.
	MaxTableColumns = 10
	// MaxFrontMatterBytes is the largest front matter, module.yaml or
	// course.yaml, in bytes.
	MaxFrontMatterBytes = 16 << 10
	// MaxBlockBytes is the largest quiz or flashcards block, in bytes.
	MaxBlockBytes = 64 << 10
	// MaxLessonBytes is the largest lesson file: room for the largest
	// front matter, body and blocks. A larger file is not parsed at all.
	MaxLessonBytes = 192 << 10
	// MaxTextRunes is the longest text value in YAML (a title, prompt,
	// option, feedback, explanation or flashcard side), in characters.
	MaxTextRunes = 2000
	// maxParsedLine is the longest line, in characters, of a lesson file
	// that is parsed at all: a text value of MaxTextRunes with room for
	// its key and indentation. The Markdown parser takes time that grows
	// with the square of a line's length on some inputs (a megabyte of
	// "[a](" took four minutes), so longer lines are refused first.
	maxParsedLine = MaxTextRunes + 200
)

// markdownFindings checks Markdown text: control characters (see
// controlFindings), the length of lines and words, the nesting depth and
// the size of tables. The size of the whole text is checked by
// sizeFindings.
func markdownFindings(src string) []finding {
	out := controlFindings(src)
	for i, line := range strings.Split(src, "\n") {
		if runes := utf8.RuneCountInString(line); runes > MaxLineRunes {
			out = append(out, finding{i + 1, CodeLongLine, []any{runes, MaxLineRunes}})
		} else if w := longestWord(line); w > MaxWordRunes {
			out = append(out, finding{i + 1, CodeLongWord, []any{w, MaxWordRunes}})
		}
	}
	if len(src) <= MaxBodyBytes && !hasCode(out, CodeLongLine) {
		// Past the size or line limit the text is refused anyway, and
		// parsing it could itself take long.
		out = append(out, structureFindings([]byte(src))...)
	}
	return out
}

// hasCode reports whether one of fs has the code.
func hasCode(fs []finding, code string) bool {
	for _, f := range fs {
		if f.code == code {
			return true
		}
	}
	return false
}

// longestLine returns the 1-based number and the length in characters of
// the longest line of src.
func longestLine(src string) (line, runes int) {
	for i, l := range strings.Split(src, "\n") {
		if n := utf8.RuneCountInString(l); n > runes {
			line, runes = i+1, n
		}
	}
	return line, runes
}

// sizeFindings checks the size of Markdown text that will be rendered: its
// bytes and its lines.
func sizeFindings(src string) []finding {
	var out []finding
	if len(src) > MaxBodyBytes {
		out = append(out, finding{0, CodeBodyTooLarge, []any{kib(int64(len(src))), int64(MaxBodyBytes / 1024)}})
	}
	if n := strings.Count(src, "\n") + 1; n > MaxBodyLines {
		out = append(out, finding{0, CodeTooManyLines, []any{n, MaxBodyLines}})
	}
	return out
}

// longestWord returns the length in characters of the longest run of
// non-space characters in line. A table's delimiter row ("|---|:--:|") is
// not text and does not count.
func longestWord(line string) int {
	if strings.Trim(line, "|-: \t") == "" {
		return 0
	}
	longest := 0
	for _, f := range strings.FieldsFunc(line, unicode.IsSpace) {
		longest = max(longest, utf8.RuneCountInString(f))
	}
	return longest
}

// markdownParser parses Markdown with the extensions glamour enables, so
// lint sees the same tables and definition lists the renderer will.
func markdownParser() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(extension.GFM, extension.DefinitionList))
}

// structureFindings reports nesting deeper than MaxNesting (once, at the
// first container too deep) and tables larger than MaxTableRows by
// MaxTableColumns (each, at its first line).
func structureFindings(src []byte) []finding {
	doc := markdownParser().Parser().Parse(text.NewReader(src))
	var out []finding
	depth, lastEnd, deepSeen := 0, 0, false
	lineOf := func(n ast.Node) int {
		if l := firstLine(n, src); l > 0 {
			return l
		}
		// A container with no text in it (">>>>" alone) has no position
		// in goldmark's tree: it is on the next line that is not blank
		// after the last block that has one.
		return nextTextLine(src, lastEnd)
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
			lines := n.Lines()
			lastEnd = lineAt(src, lines.At(lines.Len()-1).Start)
		}
		switch n.Kind() {
		case ast.KindBlockquote, ast.KindList, east.KindDefinitionList:
			if !entering {
				depth--
				return ast.WalkContinue, nil
			}
			if depth++; depth > MaxNesting && !deepSeen {
				deepSeen = true
				out = append(out, finding{lineOf(n), CodeTooNested, []any{MaxNesting}})
			}
		case east.KindTable:
			if !entering {
				return ast.WalkContinue, nil
			}
			rows, cols := 0, 0
			for r := n.FirstChild(); r != nil; r = r.NextSibling() {
				rows++
				cols = max(cols, r.ChildCount())
			}
			if rows > MaxTableRows || cols > MaxTableColumns {
				out = append(out, finding{lineOf(n), CodeBigTable, []any{rows, cols, MaxTableRows, MaxTableColumns}})
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

// firstLine returns the 1-based line of the first source text in n or its
// descendants, 0 when there is none (an empty quote).
func firstLine(n ast.Node, src []byte) int {
	found := 0
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if t, ok := c.(*ast.Text); ok {
			found = lineAt(src, t.Segment.Start)
			return ast.WalkStop, nil
		}
		if c.Type() == ast.TypeBlock && c.Lines().Len() > 0 {
			found = lineAt(src, c.Lines().At(0).Start)
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return found
}

// nextTextLine returns the first line after line after that is not blank
// (1-based), or after+1 when there is none.
func nextTextLine(src []byte, after int) int {
	for i, l := range bytes.Split(src, []byte("\n")) {
		if i+1 > after && len(bytes.TrimSpace(l)) > 0 {
			return i + 1
		}
	}
	return after + 1
}

// lineAt is the 1-based line of the byte offset i of src.
func lineAt(src []byte, i int) int { return 1 + bytes.Count(src[:min(i, len(src))], []byte("\n")) }

// SafeMarkdown returns Markdown ready for the renderer: cleaned with
// CleanText and cut to the limits above. Load already refuses lessons and
// glossaries beyond them, so this changes nothing on loaded content; it
// keeps the renderer safe from text that did not come through Load. What
// is cut is replaced by a note that says so.
func SafeMarkdown(src string) string {
	src = CleanText(src)
	lines := strings.Split(src, "\n")
	cut := len(lines) // lines kept
	// What is kept leaves room for the note: a blank line and the note.
	if len(lines) > MaxBodyLines {
		cut = MaxBodyLines - 2
	}
	if size := 0; len(src) > MaxBodyBytes {
		for i, l := range lines[:cut] {
			if size += len(l) + 1; size > MaxBodyBytes-len(cutNote)-2 {
				cut = i
				break
			}
		}
	}
	for range 3 {
		kept := strings.Join(lines[:cut], "\n")
		first := 0
		for _, f := range markdownFindings(kept) {
			if f.line > 0 && (first == 0 || f.line < first) {
				first = f.line
			}
		}
		if first == 0 {
			if cut == len(lines) {
				return src
			}
			return kept + "\n\n" + cutNote
		}
		// Keep what comes before the first line that breaks a limit. The
		// text before it may now parse differently (a fence left open),
		// so it is checked again.
		cut = first - 1
	}
	return cutNote
}

// cutNote is put where SafeMarkdown cut text. The renderer has no language
// setting, and this should never be seen with content that passed lint,
// so it says it in both.
const cutNote = "*[Teks selebihnya tidak ditampilkan karena melampaui batas ajar; periksa dengan `ajar lint`. / " +
	"The rest of this text is not shown: it exceeds ajar's limits; check it with `ajar lint`.]*"
