package gift

import (
	"html"
	"regexp"
	"strings"
)

// htmlTag matches one HTML tag, with its name.
var htmlTag = regexp.MustCompile(`(?is)<(/?)([a-z][a-z0-9]*)[^>]*>`)

// dropped matches elements whose content must never reach a learner.
var dropped = regexp.MustCompile(`(?is)<(script|style|head|title)[^>]*>.*?</(script|style|head|title)\s*>`)

// htmlToMarkdown reduces Moodle's HTML question text to Markdown: emphasis,
// line breaks, paragraphs and list items are kept, every other tag is
// dropped with its attributes (no links to follow, no images to load),
// and entities are decoded. Content of script and style is dropped whole.
func htmlToMarkdown(s string) string {
	s = dropped.ReplaceAllString(s, "")
	s = htmlTag.ReplaceAllStringFunc(s, func(tag string) string {
		m := htmlTag.FindStringSubmatch(tag)
		closing, name := m[1] == "/", strings.ToLower(m[2])
		switch name {
		case "b", "strong":
			return "**"
		case "i", "em":
			return "*"
		case "code":
			return "`"
		case "br":
			return "\n"
		case "p", "div":
			if closing {
				return "\n\n"
			}
			return ""
		case "li":
			if closing {
				return "\n"
			}
			return "- "
		case "ul", "ol":
			return "\n"
		}
		return ""
	})
	s = html.UnescapeString(s)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	s = strings.Join(lines, "\n")
	for strings.Contains(s, "\n\n\n") {
		s = strings.ReplaceAll(s, "\n\n\n", "\n\n")
	}
	return strings.TrimSpace(s)
}
