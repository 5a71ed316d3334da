package present

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/muesli/termenv"

	"ajar/lessons"
	"ajar/tui/ui"
)

// The content limits (lessons/limits.go) promise that rendering any lesson
// lint accepts stays within 100 ms and 50 MiB at 200 columns. These
// benchmarks measure the most expensive shapes a lesson can take within the
// limits, and the inputs of issue 8 that went beyond them, as the tutor's
// reader renders them (80 columns of text at any window width) and as
// presenter mode does (100 columns in a 200-column window), in 24-bit
// colour, which costs the most. Run them with:
//
//	go test ./tui/present -run '^$' -bench RenderLimits -benchmem
//
// ns/op must stay under 1e8 and B/op (every byte allocated, an upper bound
// of the memory in use) under 50 MiB on an ordinary PC.

// worstBodies are lesson bodies at the limits, each as costly to render as
// the limits allow in one way.
func worstBodies() map[string]string {
	fill := func(unit string, lines int) string {
		return strings.TrimSuffix(strings.Repeat(unit, lines/strings.Count(unit, "\n")), "\n")
	}
	// Prefixes that nest a line MaxNesting deep: quotes, list items, and
	// both alternating.
	quotes := strings.Repeat("> ", lessons.MaxNesting)
	items := strings.Repeat("- ", lessons.MaxNesting)
	mixed, stairs := "", ""
	for i := range lessons.MaxNesting {
		if i%2 == 0 {
			mixed += "> "
		} else {
			mixed += "- "
		}
		stairs += mixed + "isi bersarang\n"
	}
	// Lines of as many longest words as fit, one paragraph.
	perLine := lessons.MaxLineRunes / (lessons.MaxWordRunes + 1)
	wordLine := strings.TrimSpace(strings.Repeat(strings.Repeat("a", lessons.MaxWordRunes)+" ", perLine)) + "\n"
	words := strings.Repeat(wordLine, lessons.MaxBodyBytes/len(wordLine)-1)
	long := strings.TrimSpace(strings.Repeat("kata ", lessons.MaxLineRunes/5))
	row := "|" + strings.Repeat(" sel |", lessons.MaxTableColumns) + "\n"
	return map[string]string{
		"paragraphs": fill("Kalimat.\n\n", lessons.MaxBodyLines),
		"headings":   fill("## Judul\n", lessons.MaxBodyLines),
		"list":       fill("- butir daftar\n", lessons.MaxBodyLines),
		// Every line as deep as the limit allows, in each way.
		"nested-stairs":   fill(stairs+"\n", lessons.MaxBodyLines),
		"nested-quotes":   fill(quotes+"isi bersarang\n"+strings.TrimSpace(quotes)+"\n", lessons.MaxBodyLines),
		"nested-items":    fill(items+"isi bersarang\n", lessons.MaxBodyLines),
		"nested-mixed":    fill(mixed+"isi bersarang\n", lessons.MaxBodyLines),
		"nested-headings": fill(quotes+"## Judul\n", lessons.MaxBodyLines),
		"words":           strings.TrimSpace(words),
		"long-lines":      strings.TrimSpace(strings.Repeat(long+"\n\n", lessons.MaxBodyBytes/(len(long)+2))),
		"table":           row + "|" + strings.Repeat("---|", lessons.MaxTableColumns) + "\n" + strings.Repeat(row, lessons.MaxTableRows-1),
		"code":            "```\n" + fill("kode program\n", lessons.MaxBodyLines-2) + "\n```",
	}
}

// pathologicalBodies are the inputs issue 8 found, which lint refuses and
// the renderer cuts (lessons.SafeMarkdown).
func pathologicalBodies() map[string]string {
	var deep strings.Builder
	for i := range 200 {
		deep.WriteString(strings.Repeat("  ", i) + "- butir\n")
	}
	return map[string]string{
		"issue8-nested-quotes-2KB": strings.Repeat("> ", 1000) + "x",
		"issue8-word-100KB":        strings.Repeat("a", 100_000),
		"issue8-lists-200-deep":    deep.String(),
	}
}

// acceptedLesson fails b unless body, as a lesson, passes lint.
func acceptedLesson(b *testing.B, name, body string) {
	b.Helper()
	text := "---\nid: l1\ntitle: Uji\nminutes: 3\n---\n\n" + body + "\n\n```quiz\n- id: q1\n  type: truefalse\n  prompt: P.\n  answer: true\n  explanation: E.\n```\n"
	fsys := fstest.MapFS{"m/module.yaml": {Data: []byte("id: m\ntitle: M\norder: 1\n")}, "m/01.md": {Data: []byte(text)}}
	if probs := lessons.Lint(lessons.Source{FS: fsys}); len(probs) > 0 {
		b.Fatalf("%s is not a lesson lint accepts: %v", name, probs[0].Format(lessons.English))
	}
}

func BenchmarkRenderLimits(b *testing.B) {
	style := ui.MarkdownStyle{Name: "dark", Profile: termenv.TrueColor}
	run := func(b *testing.B, name, body string) {
		b.Run("reader/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				// What renderLessonCmd in package tui does.
				if _, err := ui.RenderMarkdown(style, lessons.SafeMarkdown(body), 200); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("present/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := renderSlide(style, false, body, 100); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	for name, body := range worstBodies() {
		acceptedLesson(b, name, body)
		run(b, name, body)
	}
	for name, body := range pathologicalBodies() {
		run(b, name, body)
	}
	// For comparison: the course's glossary and its longest lesson.
	src, _ := lessons.DirSource("../../content/course")
	c, _ := lessons.Load(src)
	longest := ""
	for _, l := range c.Lessons() {
		if len(l.Body) > len(longest) {
			longest = l.Body
		}
	}
	run(b, "course-glossary", c.Glossary)
	run(b, "course-longest-lesson", longest)
}

// TestWorstBodiesAreAccepted keeps the benchmark honest in the ordinary
// test run: its shapes must be lessons lint accepts, or it measures
// nothing the limits promise.
func TestWorstBodiesAreAccepted(t *testing.T) {
	for name, body := range worstBodies() {
		text := "---\nid: l1\ntitle: Uji\nminutes: 3\n---\n\n" + body + "\n\n```quiz\n- id: q1\n  type: truefalse\n  prompt: P.\n  answer: true\n  explanation: E.\n```\n"
		fsys := fstest.MapFS{"m/module.yaml": {Data: []byte("id: m\ntitle: M\norder: 1\n")}, "m/01.md": {Data: []byte(text)}}
		if probs := lessons.Lint(lessons.Source{FS: fsys}); len(probs) > 0 {
			t.Errorf("%s: %v", name, fmt.Sprint(probs[0].Format(lessons.English)))
		}
		if lessons.SafeMarkdown(body) != body {
			t.Errorf("%s: SafeMarkdown changed an accepted body", name)
		}
	}
}
