package main

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"ajar/content"
	"ajar/lessons"
	"ajar/tui/ui"
)

// TestEveryLessonRendersCleanly renders every lesson of the embedded course
// as the reader does at 80 and 60 columns: no line may be wider than the
// window, no Markdown syntax may show, and no line of a quote may lose its
// bar.
func TestEveryLessonRendersCleanly(t *testing.T) {
	c, problems := lessons.Load(lessons.Source{Name: content.CourseName, FS: content.Course()})
	if len(problems) > 0 {
		t.Fatalf("course has problems: %v", problems[0])
	}
	style := ui.MarkdownStyle{Name: "dark", Profile: termenv.Ascii}
	pages := map[string]string{"glossary": c.Glossary}
	for _, l := range c.Lessons() {
		pages[l.Path] = l.Body
	}
	quotes := 0
	for name, body := range pages {
		for _, w := range []int{80, 60} {
			out, err := ui.RenderMarkdown(style, body, w)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			quoteRun := false
			for _, line := range strings.Split(ansi.Strip(out), "\n") {
				if ansi.StringWidth(line) > w {
					t.Errorf("%s at %d columns: line of %d cells: %q", name, w, ansi.StringWidth(line), line)
				}
				trimmed := strings.TrimSpace(line)
				for _, raw := range []string{"## ", "```", "**", "~~~"} {
					if strings.HasPrefix(trimmed, raw) || strings.Contains(trimmed, "**") {
						t.Errorf("%s at %d columns shows Markdown %q: %q", name, w, raw, line)
						break
					}
				}
				inQuote := strings.HasPrefix(trimmed, "▌")
				quotes += boolToInt(inQuote)
				if quoteRun && !inQuote && trimmed != "" {
					t.Errorf("%s at %d columns: a quoted line lost its bar: %q", name, w, line)
				}
				quoteRun = inQuote
			}
		}
	}
	if quotes == 0 {
		t.Fatal("no quote bar drawn anywhere: the course has quoted examples, so the bar check above checked nothing")
	}
}

func boolToInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
