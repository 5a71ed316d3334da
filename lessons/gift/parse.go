package gift

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"ajar/lessons"
)

// Item is one question read from GIFT: its Moodle name (may be empty), its
// category, the line it starts on, and the ajar question it became. The
// question's ID is left empty; Build gives ids.
type Item struct {
	Name     string
	Category string
	Line     int
	Question lessons.Question
	// Warned is set when the question was mapped with a loss, said in an
	// Issue of the same line.
	Warned bool
}

// Issue is something about one GIFT question a trainer should know: a
// question skipped (Skipped), or mapped to the nearest ajar type with a
// loss. The text is in both interface languages.
type Issue struct {
	Line    int
	Skipped bool
	ID, EN  string
}

// Format writes the issue as `file:line: message` in lang.
func (i Issue) Format(file string, lang lessons.Lang) string {
	msg := i.ID
	what := "peringatan"
	if i.Skipped {
		what = "dilewati"
	}
	if lang == lessons.English {
		msg, what = i.EN, "warning"
		if i.Skipped {
			what = "skipped"
		}
	}
	return lessons.CleanName(fmt.Sprintf("%s:%d: %s: %s", file, i.Line, what, msg))
}

// Parse reads a GIFT file. Every question becomes an Item or an Issue that
// says why it was skipped; one mapped with a loss gets both. Parse never
// panics on malformed input.
func Parse(src string) ([]Item, []Issue) {
	var items []Item
	var issues []Issue
	for _, b := range blocks(src) {
		it, iss := parseBlock(b)
		issues = append(issues, iss...)
		if it != nil {
			items = append(items, *it)
		}
	}
	return items, issues
}

// formats are the text formats a GIFT question may name in [brackets].
var formats = map[string]bool{"html": true, "moodle": true, "markdown": true, "plain": true}

// parseBlock reads one question.
func parseBlock(b block) (*Item, []Issue) {
	skip := func(id, en string) (*Item, []Issue) {
		return nil, []Issue{{Line: b.line, Skipped: true, ID: id, EN: en}}
	}
	s := b.text
	name := ""
	if strings.HasPrefix(s, "::") {
		end := indexUnescaped(s[2:], "::")
		if end < 0 {
			return skip("nama soal \"::\" tidak ditutup dengan \"::\"", `the question name "::" is not closed with "::"`)
		}
		name, s = strings.TrimSpace(unescape(s[2:2+end])), strings.TrimSpace(s[4+end:])
	}
	format := "moodle"
	if strings.HasPrefix(s, "[") {
		if end := strings.IndexByte(s, ']'); end > 0 && formats[strings.ToLower(s[1:end])] {
			format, s = strings.ToLower(s[1:end]), strings.TrimSpace(s[end+1:])
		}
	}
	before, inside, after, ok, closed := answerBlock(s)
	switch {
	case !ok:
		return skip("teks tanpa {jawaban} (deskripsi): ajar tidak punya soal tanpa jawaban; tulis isinya di teks pelajaran",
			"text without an {answer} (a description): ajar has no question without an answer; put it in the lesson text")
	case !closed:
		return skip("\"{\" tidak ditutup dengan \"}\"", `"{" is not closed with "}"`)
	case indexUnescaped(after, "{") >= 0 || indexUnescaped(after, "}") >= 0 || indexUnescaped(before, "}") >= 0:
		return skip("\"{\" atau \"}\" berlebih; tulis \\{ atau \\} bila maksudnya teks",
			`a stray "{" or "}"; write \{ or \} when it is meant as text`)
	}
	prompt := text(before, format)
	if tail := text(after, format); tail != "" {
		// A missing-word question: the blank stands where the answers were.
		sep := " "
		if strings.ContainsRune(".,;:!?)", rune(tail[0])) {
			sep = ""
		}
		prompt = strings.TrimSpace(prompt + " ___" + sep + tail)
	}
	if prompt == "" {
		return skip("soal tanpa teks pertanyaan", "a question without text")
	}
	q, warn, iss := answers(strings.TrimSpace(inside), format)
	if iss != nil {
		iss.Line = b.line
		return nil, []Issue{*iss}
	}
	q.Prompt = prompt
	it := &Item{Name: name, Category: b.category, Line: b.line, Question: q}
	var out []Issue
	if warn != nil {
		warn.Line = b.line
		it.Warned = true
		out = append(out, *warn)
	}
	return it, out
}

// text turns a piece of GIFT text in format into ajar's Markdown.
func text(s, format string) string {
	s = unescape(strings.TrimSpace(s))
	if format == "html" {
		s = htmlToMarkdown(s)
	}
	return strings.TrimSpace(lessons.CleanText(s))
}

// tfPattern matches a true/false answer and its two feedbacks.
var tfPattern = regexp.MustCompile(`^(?i:TRUE|FALSE|T|F)(\s|#|$)`)

// answers reads the inside of {…} into a question without prompt. warn is
// a loss worth saying; skip (non-nil) means the question cannot be kept.
func answers(in, format string) (q lessons.Question, warn, skip *Issue) {
	skipped := func(id, en string) (lessons.Question, *Issue, *Issue) {
		return q, nil, &Issue{Skipped: true, ID: id, EN: en}
	}
	if g := indexUnescaped(in, "####"); g >= 0 {
		q.Explanation = text(in[g+4:], format)
		in = strings.TrimSpace(in[:g])
	}
	switch {
	case in == "":
		return skipped("esai (jawaban bebas) tidak dapat dinilai ajar", "an essay (free answer) cannot be graded by ajar")
	case tfPattern.MatchString(in):
		return trueFalse(in, format, q)
	case strings.HasPrefix(in, "#"):
		return numerical(strings.TrimSpace(in[1:]), q)
	}
	list, err := answerList(in, format)
	if err != nil {
		return q, nil, err
	}
	return choices(list, q)
}

// trueFalse reads {T}, {FALSE#wrong#right}: the first feedback is for a
// wrong answer, the second for a right one.
func trueFalse(in, format string, q lessons.Question) (lessons.Question, *Issue, *Issue) {
	q.Type = lessons.TrueFalse
	parts := splitUnescaped(in, "#")
	word := strings.ToUpper(strings.TrimSpace(parts[0]))
	q.Answer = word == "T" || word == "TRUE"
	var wrong, right string
	if len(parts) > 1 {
		wrong = text(parts[1], format)
	}
	if len(parts) > 2 {
		right = text(parts[2], format)
	}
	if q.Answer {
		q.FeedbackTrue, q.FeedbackFalse = right, wrong
	} else {
		q.FeedbackTrue, q.FeedbackFalse = wrong, right
	}
	return q, nil, nil
}

// splitUnescaped splits s at every sep not escaped.
func splitUnescaped(s, sep string) []string {
	var out []string
	for {
		i := indexUnescaped(s, sep)
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = s[i+len(sep):]
	}
}

// numberPattern is a plain decimal number as Moodle's numerical answers
// take it.
var numberPattern = regexp.MustCompile(`^-?\d+(\.\d+)?$`)

// numerical reads {#…}: an exact number becomes a fill-in; a tolerance or a
// range cannot be graded exactly and skips the question.
func numerical(in string, q lessons.Question) (lessons.Question, *Issue, *Issue) {
	var accept []string
	for _, part := range splitUnescaped(in, "=") {
		value := part
		if i := indexUnescaped(value, "#"); i >= 0 {
			value = value[:i] // an answer's feedback: ajar's fill-in has none
		}
		value = strings.TrimPrefix(strings.TrimSpace(value), "%100%")
		if value == "" {
			continue
		}
		if lo, hi, ok := strings.Cut(value, ".."); ok {
			if lo != hi {
				return q, nil, &Issue{Skipped: true, ID: fmt.Sprintf("rentang angka %s tidak dapat dinilai persis oleh isian ajar", value),
					EN: fmt.Sprintf("the number range %s cannot be graded exactly by an ajar fill-in", value)}
			}
			value = lo
		}
		if v, tol, ok := strings.Cut(value, ":"); ok {
			if t, err := strconv.ParseFloat(tol, 64); err != nil || t != 0 {
				return q, nil, &Issue{Skipped: true, ID: fmt.Sprintf("toleransi %s tidak dapat dinilai persis oleh isian ajar", tol),
					EN: fmt.Sprintf("the tolerance %s cannot be graded exactly by an ajar fill-in", tol)}
			}
			value = v
		}
		if !numberPattern.MatchString(value) {
			return q, nil, &Issue{Skipped: true, ID: fmt.Sprintf("%q bukan angka", value), EN: fmt.Sprintf("%q is not a number", value)}
		}
		accept = append(accept, value)
	}
	if len(accept) == 0 {
		return q, nil, &Issue{Skipped: true, ID: "soal angka tanpa jawaban", EN: "a numerical question without an answer"}
	}
	q.Type, q.Accept = lessons.Fill, accept
	return q, nil, nil
}
