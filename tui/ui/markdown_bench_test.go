package ui

import (
	"os"
	"strings"
	"testing"

	"github.com/muesli/termenv"
)

// benchLesson is a lesson of the embedded course with its front matter and
// exercise blocks cut off: the Markdown the reader renders.
func benchLesson(b *testing.B) string {
	b.Helper()
	src, err := os.ReadFile("../../content/course/04-organisasi-pembelajar/05-tujuh-hambatan-belajar.md")
	if err != nil {
		b.Fatal(err)
	}
	body := string(src)
	if _, rest, ok := strings.Cut(strings.TrimPrefix(body, "---\n"), "\n---\n"); ok {
		body = rest
	}
	if i := strings.Index(body, "```quiz"); i >= 0 {
		body = body[:i]
	}
	return body
}

// BenchmarkRenderLesson renders one lesson at 80 columns under each colour
// profile. Issue 9: the 16-colour profile (TERM=xterm) must be within
// 1.5× of truecolour.
func BenchmarkRenderLesson(b *testing.B) {
	body := benchLesson(b)
	for _, c := range []struct {
		name    string
		style   string
		profile termenv.Profile
	}{
		{"truecolor", "dark", termenv.TrueColor},
		{"ansi256", "dark", termenv.ANSI256},
		{"ansi16", "dark", termenv.ANSI},
		{"ansi16-light", "light", termenv.ANSI},
		{"plain", "plain", termenv.Ascii},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := RenderMarkdown(MarkdownStyle{Name: c.style, Profile: c.profile}, body, 80); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
