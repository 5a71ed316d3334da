// Package gift reads and writes Moodle's GIFT question format, so that a
// training unit's question bank can become an ajar module and ajar's
// questions can go back into Moodle. It is pure: text in, questions and
// problems out (and text out); reading and writing files is the caller's.
// It imports lessons (the question model) and nothing of tui or progress.
package gift

import "strings"

// block is one question of a GIFT file: its text with comments removed,
// the line it starts on, and the category in force.
type block struct {
	text     string
	line     int
	category string
}

// blocks splits GIFT source into questions. Questions are separated by
// blank lines; a line starting with // is a comment; a $CATEGORY: line
// sets the category of the questions after it.
func blocks(src string) []block {
	src = strings.ReplaceAll(strings.ReplaceAll(src, "\r\n", "\n"), "\r", "\n")
	src = strings.TrimPrefix(src, "\ufeff")
	var out []block
	var cur []string
	start, category := 0, ""
	flush := func() {
		if text := strings.TrimSpace(strings.Join(cur, "\n")); text != "" {
			out = append(out, block{text: text, line: start, category: category})
		}
		cur = nil
	}
	for i, line := range strings.Split(src, "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(trimmed, "//"):
			continue
		case trimmed == "":
			flush()
			continue
		case len(cur) == 0 && strings.HasPrefix(trimmed, "$CATEGORY:"):
			category = strings.TrimSpace(strings.TrimPrefix(trimmed, "$CATEGORY:"))
			continue
		}
		if len(cur) == 0 {
			start = i + 1
		}
		cur = append(cur, line)
	}
	flush()
	return out
}

// special are the characters GIFT gives a meaning, escaped with \ when
// meant as text.
const special = `~=#{}:`

// indexUnescaped returns the index of the first sep in s not preceded by
// an escaping backslash, or -1.
func indexUnescaped(s, sep string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if strings.HasPrefix(s[i:], sep) {
			return i
		}
	}
	return -1
}

// unescape turns GIFT escapes into the characters they stand for: \~ \= \#
// \{ \} \: \\ and \n (a line break).
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch c := s[i]; {
		case c == 'n':
			b.WriteByte('\n')
		case strings.IndexByte(special+`\`, c) >= 0:
			b.WriteByte(c)
		default:
			b.WriteByte('\\')
			b.WriteByte(c)
		}
	}
	return b.String()
}

// escape writes text so GIFT reads it back as the same text.
func escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteString(`\n`)
		case strings.ContainsRune(special+`\`, r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// answerBlock finds the {…} of a question: the text before and after it,
// and its content. ok is false when there is none (a description), and
// closed is false when the { is never closed.
func answerBlock(s string) (before, inside, after string, ok, closed bool) {
	open := indexUnescaped(s, "{")
	if open < 0 {
		return s, "", "", false, true
	}
	rest := s[open+1:]
	end := indexUnescaped(rest, "}")
	if end < 0 {
		return s[:open], rest, "", true, false
	}
	return s[:open], rest[:end], rest[end+1:], true, true
}
