package lessons

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"go.yaml.in/yaml/v3"
)

// frontMatterKeys are the keys a lesson's front matter may have.
func frontMatterKeys() []string {
	return []string{"id", "title", "minutes", "objective", "reflection", "plan"}
}

// parseLesson parses one lesson file whose display path is path, claiming
// its lesson and question ids in ids. It returns the lesson and every
// problem found in the file; the lesson is usable only when there are none.
func parseLesson(path string, data []byte, ids idTable) (*Lesson, []Problem) {
	if code, line, bad := encodingProblem(data); bad {
		// Nothing after a bad byte can be trusted, so the file is skipped.
		return nil, []Problem{{Path: path, Line: line, Code: code}}
	}
	// CRLF becomes LF so that "---" and fences compare equal on every OS;
	// line numbers do not change. A BOM some editors add is not content.
	src := strings.TrimPrefix(strings.ReplaceAll(string(data), "\r\n", "\n"), "\uFEFF")
	// Too large or too long a line to be a lesson: not parsed, since the
	// Markdown parser can take minutes on such input.
	if len(data) > MaxLessonBytes {
		return nil, []Problem{{Path: path, Code: CodeTooLarge, Args: []any{kib(int64(len(data))), int64(MaxLessonBytes / 1024)}}}
	}
	if line, runes := longestLine(src); runes > maxParsedLine {
		return nil, []Problem{{Path: path, Line: line, Code: CodeLongLine, Args: []any{runes, MaxLineRunes}}}
	}

	var probs []Problem
	l := &Lesson{Path: path}
	front, body, bodyLine, code := splitFrontMatter(src)
	switch {
	case code != "":
		probs = append(probs, Problem{Path: path, Line: 1, Code: code})
	case len(front) > MaxFrontMatterBytes:
		// Not parsed at all: YAML this large is a mistake or an attack
		// (deep nesting, aliases), and parsing it costs time for nothing.
		probs = append(probs, Problem{Path: path, Line: 1, Code: CodeYAMLTooLarge,
			Args: []any{"front matter", kib(int64(len(front))), int64(MaxFrontMatterBytes / 1024)}})
	default:
		w := walker{path: path, base: 1, probs: &probs}
		w.frontMatter(l, front, ids)
	}

	blocks := specialBlocks([]byte(body))
	// The blocks are read in file order, so that an id used twice across
	// the quiz and the flashcards is reported at its second place.
	first := map[string]int{} // info string -> file line of its first block
	for _, b := range blocks {
		fenceLine := bodyLine - 1 + b.line
		if at, seen := first[b.info]; seen {
			// Only the first block of each kind is read: a second one is
			// usually a leftover copy whose ids would all be reported again.
			code := CodeExtraQuiz
			if b.info == flashcardsInfo {
				code = CodeExtraFlashcards
			}
			probs = append(probs, Problem{Path: path, Line: fenceLine, Code: code, Args: []any{at}})
			continue
		}
		first[b.info] = fenceLine
		if len(b.content) > MaxBlockBytes {
			probs = append(probs, Problem{Path: path, Line: fenceLine, Code: CodeYAMLTooLarge,
				Args: []any{b.info, kib(int64(len(b.content))), int64(MaxBlockBytes / 1024)}})
			continue
		}
		w := walker{path: path, base: fenceLine, probs: &probs}
		root, ok := w.parse(b.content)
		switch {
		case !ok:
		case b.info == quizInfo:
			l.Questions = w.questions(root, ids)
		default:
			l.Flashcards = w.flashcards(root, ids)
		}
	}
	if _, ok := first[quizInfo]; !ok {
		probs = append(probs, Problem{Path: path, Code: CodeNoQuiz})
	}
	l.Body = removeBlocks(body, blocks)
	// The body is checked with the blocks blanked out, so that its lines
	// keep their numbers; the blocks' YAML values are checked by the walker.
	for _, f := range markdownFindings(maskBlocks(body, blocks)) {
		line := 0
		if f.line > 0 {
			line = bodyLine - 1 + f.line
		}
		probs = append(probs, Problem{Path: path, Line: line, Code: f.code, Args: f.args})
	}
	for _, f := range sizeFindings(l.Body) {
		probs = append(probs, Problem{Path: path, Code: f.code, Args: f.args})
	}
	l.Body = CleanText(l.Body)
	return l, probs
}

// maskBlocks returns body with every line of the given blocks emptied, so
// that the rest keeps its line numbers.
func maskBlocks(body string, blocks []fencedBlock) string {
	var b strings.Builder
	prev := 0
	for _, q := range blocks {
		b.WriteString(body[prev:q.start])
		b.WriteString(strings.Repeat("\n", strings.Count(body[q.start:q.end], "\n")))
		prev = q.end
	}
	b.WriteString(body[prev:])
	return b.String()
}

// frontMatter checks the front matter YAML and fills the lesson's fields.
func (w walker) frontMatter(l *Lesson, front string, ids idTable) {
	root, ok := w.parse([]byte(front))
	if !ok {
		return
	}
	if root == nil {
		// An empty front matter: report each required key once, at the
		// opening "---".
		for _, k := range []string{"id", "title", "minutes"} {
			w.add(0, CodeMissingKey, k)
		}
		return
	}
	if root.Kind != yaml.MappingNode {
		w.at(root, CodeWrongType, "front matter", kindMapping)
		return
	}
	m, order := w.mapping(root)
	w.unknownKeys(m, order, frontMatterKeys())
	var idLine int
	l.ID, idLine = w.required(m, "id", 0)
	if l.ID != "" {
		w.claim(ids, l.ID, idLine)
	}
	l.Title, _ = w.required(m, "title", 0)
	l.Objective = w.optional(m, "objective")
	l.Reflection = w.optional(m, "reflection")
	if e, ok := m["plan"]; ok {
		l.Plan = w.plan(e)
	}
	if e, ok := m["minutes"]; !ok {
		w.add(0, CodeMissingKey, "minutes")
	} else if v, ok := integer(e.val); ok && v >= 1 && v <= 60 {
		l.Minutes, l.MinutesLine = v, w.base+e.val.Line
	} else {
		w.at(e.val, CodeBadMinutes, e.val.Value)
	}
}

// encodingProblem reports a file that is UTF-16 or not valid UTF-8, with
// the line of the first bad byte.
func encodingProblem(data []byte) (code string, line int, bad bool) {
	if isUTF16(data) {
		return CodeUTF16, 1, true
	}
	if line, bad := firstInvalidUTF8(data); bad {
		return CodeNotUTF8, line, true
	}
	return "", 0, false
}

// isUTF16 reports whether data looks like UTF-16 text: it starts with a
// UTF-16 byte order mark, or its first bytes alternate with zero bytes as
// ASCII text in UTF-16 does (Notepad's "Unicode" without a mark). Valid
// UTF-8 text has no zero bytes.
func isUTF16(data []byte) bool {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return true
	}
	head := data[:min(len(data), 64)]
	if len(head) < 4 {
		return false
	}
	var zeros [2]int // at even and odd offsets
	for i, c := range head {
		if c == 0 {
			zeros[i%2]++
		}
	}
	most := len(head) / 2 * 3 / 4
	return zeros[0] >= most || zeros[1] >= most
}

// firstInvalidUTF8 returns the 1-based line of the first byte of data that
// is not valid UTF-8, and whether there is one.
func firstInvalidUTF8(data []byte) (int, bool) {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return 1 + bytes.Count(data[:i], []byte("\n")), true
		}
		i += size
	}
	return 0, false
}

// splitFrontMatter splits src into the front matter YAML and the body, and
// returns the 1-based file line on which the body starts. code is
// CodeNoFrontMatter or CodeUnclosedFrontMatter when the delimiters are
// wrong; the body is then the rest of the file, so its quiz is still checked.
func splitFrontMatter(src string) (front, body string, bodyLine int, code string) {
	first, rest, _ := strings.Cut(src, "\n")
	if !isDelimiter(first) {
		return "", src, 1, CodeNoFrontMatter
	}
	offset, line := 0, 2
	for offset < len(rest) {
		end := strings.IndexByte(rest[offset:], '\n')
		next := len(rest)
		if end >= 0 {
			next = offset + end + 1
		}
		if isDelimiter(strings.TrimSuffix(rest[offset:next], "\n")) {
			return rest[:offset], rest[next:], line + 1, ""
		}
		offset, line = next, line+1
	}
	return "", rest, 2, CodeUnclosedFrontMatter
}

// isDelimiter reports whether line is a front matter delimiter, "---",
// forgiving trailing spaces that editors leave and authors cannot see.
func isDelimiter(line string) bool { return strings.TrimRight(line, " \t") == "---" }

// The info strings of the fenced code blocks that hold lesson data rather
// than text to show.
const (
	quizInfo       = "quiz"
	flashcardsInfo = "flashcards"
)

// fencedBlock is one ```quiz or ```flashcards fenced code block found in a
// lesson body.
type fencedBlock struct {
	// info is the block's info string: quizInfo or flashcardsInfo.
	info string
	// line is the 1-based line of the opening fence within the body.
	line int
	// start and end are the byte offsets of the whole block, fences
	// included, so it can be cut out of the body.
	start, end int
	// content is the YAML between the fences.
	content []byte
}

// specialBlocks finds the fenced code blocks whose info string is exactly
// "quiz" or "flashcards", in file order. Markdown parsing (rather than
// scanning for "```quiz") keeps an example shown inside another code block
// from counting.
func specialBlocks(src []byte) []fencedBlock {
	doc := goldmark.DefaultParser().Parse(text.NewReader(src))
	var blocks []fencedBlock
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		fb, ok := n.(*ast.FencedCodeBlock)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		if fb.Info == nil {
			return ast.WalkSkipChildren, nil
		}
		info := string(fb.Info.Segment.Value(src))
		if info != quizInfo && info != flashcardsInfo {
			return ast.WalkSkipChildren, nil
		}
		b := fencedBlock{info: info, start: lineStart(src, fb.Info.Segment.Start)}
		b.line = 1 + bytes.Count(src[:b.start], []byte("\n"))
		b.end = lineEnd(src, fb.Info.Segment.Start)
		var content bytes.Buffer
		lines := fb.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			// Copy rather than seg.Value: content must not alias src.
			content.WriteString(strings.Repeat(" ", seg.Padding))
			content.Write(src[seg.Start:seg.Stop])
			b.end = lineEnd(src, seg.Stop-1)
		}
		if b.end < len(src) && isClosingFence(src[b.end:lineEnd(src, b.end)]) {
			b.end = lineEnd(src, b.end)
		}
		b.content = content.Bytes()
		blocks = append(blocks, b)
		return ast.WalkSkipChildren, nil
	})
	return blocks
}

// lineStart returns the offset of the start of the line holding offset i.
func lineStart(src []byte, i int) int {
	return bytes.LastIndexByte(src[:i], '\n') + 1
}

// lineEnd returns the offset just past the newline ending the line that
// holds offset i (or len(src) on the last line).
func lineEnd(src []byte, i int) int {
	if j := bytes.IndexByte(src[i:], '\n'); j >= 0 {
		return i + j + 1
	}
	return len(src)
}

// isClosingFence reports whether line is a closing code fence, possibly
// indented or inside a block quote.
func isClosingFence(line []byte) bool {
	s := strings.TrimRight(strings.TrimLeft(string(line), " \t>"), " \t\n")
	return len(s) >= 3 && (strings.Trim(s, "`") == "" || strings.Trim(s, "~") == "")
}

// removeBlocks returns body without the quiz and flashcards blocks and
// without leading and trailing blank lines.
func removeBlocks(body string, blocks []fencedBlock) string {
	var b strings.Builder
	prev := 0
	for _, q := range blocks {
		b.WriteString(body[prev:q.start])
		prev = q.end
	}
	b.WriteString(body[prev:])
	return trimBlankLines(strings.Split(b.String(), "\n"))
}
