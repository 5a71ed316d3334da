package lessons

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// nestedQuotes is the 2 KB file of issue 8: a quote nested 1,000 deep.
func nestedQuotes(depth int) string { return strings.Repeat("> ", depth) + "x" }

// nestedList is a list nested depth deep, one item per level.
func nestedList(depth int) string {
	var b strings.Builder
	for i := range depth {
		b.WriteString(strings.Repeat("  ", i) + "- butir\n")
	}
	return b.String()
}

// table is a Markdown table of rows rows (header included) and cols columns.
func table(rows, cols int) string {
	row := "|" + strings.Repeat(" sel |", cols) + "\n"
	return row + "|" + strings.Repeat("---|", cols) + "\n" + strings.Repeat(row, rows-1)
}

// paragraphs is n short paragraphs.
func paragraphs(n int) string { return strings.Repeat("Kalimat pendek.\n\n", n) }

// TestPathologicalMarkdownIsRejected reproduces finding 6 of issue 8: tiny
// files that made the renderer take gigabytes or half a minute passed lint.
// Each is now a problem at its line, and the lesson is not loaded.
func TestPathologicalMarkdownIsRejected(t *testing.T) {
	cases := []struct {
		name, body string
		want       string // code@line; the body starts on line 7
	}{
		{"2 KB of nested quotes", nestedQuotes(1000), "long-line@7"},
		{"quotes nested 100 deep (202 bytes)", nestedQuotes(100), "too-nested@7"},
		{"1,000 levels of empty quotes", strings.Repeat(">", 1000), "too-nested@7"},
		{"empty quotes after text", "Teks.\n\n" + strings.Repeat(">", 10), "too-nested@9"},
		{"quotes one level too deep", nestedQuotes(MaxNesting + 1), "too-nested@7"},
		{"lists nested 100 deep", "Teks.\n\n" + nestedList(100), fmt.Sprintf("too-nested@%d", 9+MaxNesting)},
		{"lists nested 200 deep (40 KB)", "Teks.\n\n" + nestedList(200), "body-too-large@0"},
		{"a quote in lists", nestedList(MaxNesting) + strings.Repeat("  ", MaxNesting) + "> kutipan\n", fmt.Sprintf("too-nested@%d", 7+MaxNesting)},
		{"a 100 KB word", strings.Repeat("a", 100_000), "long-line@7"},
		// The Markdown parser alone took minutes on these, as one line.
		{"64 KB of > on one line", strings.Repeat(">", 64<<10), "long-line@7"},
		{"64 KB of [a]( on one line", strings.Repeat("[a](", 16<<10), "long-line@7"},
		{"a megabyte of [a](", strings.Repeat("[a](\n", 256<<10), "too-large@0"},
		{"a long word", "Kata " + strings.Repeat("a", MaxWordRunes+1) + " kata.", "long-word@7"},
		{"a long link", "[tautan](https://contoh.go.id/" + strings.Repeat("a", MaxWordRunes) + ")", "long-word@7"},
		{"a long line", strings.Repeat("kata ", MaxLineRunes/5+1), "long-line@7"},
		{"a wide table", table(3, MaxTableColumns+1), "big-table@7"},
		{"a long table", "Teks.\n\n" + table(MaxTableRows+1, 2), "big-table@9"},
		{"too many bytes", strings.Repeat(strings.Repeat("kata ", 100)+"\n\n", MaxBodyBytes/500+1), "body-too-large@0"},
		{"too many lines", paragraphs(MaxBodyLines/2 + 1), "too-many-lines@0"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cat, probs := Load(Source{FS: lessonFS(lessonWithBody(c.body))})
			if got := where(probs); !contains(got, c.want) {
				t.Errorf("want %s, got %v%s", c.want, got, formatAll(probs))
			}
			if len(cat.Lessons()) != 0 {
				t.Error("a lesson beyond the limits was loaded")
			}
		})
	}
}

// TestYAMLLimits covers cases 40 and 41 of reliability-cases.md and the
// text limit: oversized front matter and blocks are refused before they are
// parsed; deep nesting and alias bombs are refused by the parser quickly.
func TestYAMLLimits(t *testing.T) {
	bomb := "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n" +
		"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n" +
		"e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n" +
		"g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n" +
		"i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]\nid: *i\ntitle: *i\n"
	long := strings.Repeat("kata ", MaxTextRunes/5+1)
	cases := []struct {
		name, text, want string
	}{
		{"front matter over 16 KiB", "---\nid: l1\ntitle: J\n" + strings.Repeat("# komentar yang panjang sekali\n", MaxFrontMatterBytes/30) + "minutes: 3\n---\n\nTeks.\n\n```quiz\n" + singleQuiz("q1") + "```\n", "yaml-too-large@1"},
		{"20,000 [ in the front matter", "---\nid: " + strings.Repeat("[\n", 20_000) + "---\n\nTeks.\n\n```quiz\n" + singleQuiz("q1") + "```\n", "yaml-too-large@1"},
		{"20,000 [ on one line", "---\nid: " + strings.Repeat("[", 20_000) + "\n---\n\nTeks.\n\n```quiz\n" + singleQuiz("q1") + "```\n", "long-line@2"},
		{"2,000 [ in the front matter", "---\nid: " + strings.Repeat("[", 2_000) + "\n---\n\nTeks.\n\n```quiz\n" + singleQuiz("q1") + "```\n", "yaml@2"},
		{"alias bomb", "---\n" + bomb + "minutes: 3\n---\n\nTeks.\n\n```quiz\n" + singleQuiz("q1") + "```\n", "wrong-type@10"},
		{"quiz block too large", "---\nid: l1\ntitle: J\nminutes: 3\n---\n\nTeks.\n\n```quiz\n" + strings.Repeat(singleQuiz("q1"), MaxBlockBytes/len(singleQuiz("q1"))+1) + "```\n", "yaml-too-large@9"},
		{"long prompt", "---\nid: l1\ntitle: J\nminutes: 3\n---\n\nTeks.\n\n```quiz\n- id: q1\n  type: fill\n  prompt: " + long + "\n  accept: [a]\n  explanation: E.\n```\n", "long-text@12"},
		{"long title", "---\nid: l1\ntitle: " + long + "\nminutes: 3\n---\n\nTeks.\n\n```quiz\n" + singleQuiz("q1") + "```\n", "long-text@3"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cat, probs := Load(Source{FS: lessonFS(c.text)})
			if got := where(probs); !contains(got, c.want) {
				t.Errorf("want %s, got %v%s", c.want, got, formatAll(probs))
			}
			if len(cat.Lessons()) != 0 {
				t.Error("a lesson beyond the limits was loaded")
			}
		})
	}
	fsys := fstest.MapFS{"m1/module.yaml": file("id: m1\ntitle: M\norder: 1\nsummary: " + strings.Repeat("a", MaxFrontMatterBytes) + "\n"),
		"m1/01-l.md": file(doc("l1", singleQuiz("q1")))}
	if _, probs := Load(Source{FS: fsys}); !contains(where(probs), "yaml-too-large@0") {
		t.Errorf("module.yaml over the limit: %v", where(probs))
	}
}

// TestLimitsAllowTheirMaximum checks that content right at every limit
// loads: the limits refuse only what is beyond them.
func TestLimitsAllowTheirMaximum(t *testing.T) {
	bodies := map[string]string{
		"nesting":    nestedQuotes(MaxNesting) + "\n\n" + nestedList(MaxNesting),
		"word":       "Kata " + strings.Repeat("a", MaxWordRunes),
		"line":       strings.Repeat("kata ", MaxLineRunes/5-1) + "akhir",
		"table":      table(MaxTableRows, MaxTableColumns),
		"lines":      strings.TrimSuffix(paragraphs(MaxBodyLines/2), "\n"),
		"delimiters": "| a | b |\n|" + strings.Repeat("-", 3*MaxWordRunes) + "|---|\n| c | d |",
	}
	for name, body := range bodies {
		if _, probs := Load(Source{FS: lessonFS(lessonWithBody(body))}); len(probs) > 0 {
			t.Errorf("%s at its limit: %s", name, formatAll(probs))
		}
	}
	fill := strings.Repeat(strings.Repeat("kata ", 99)+"kata\n\n", 100)
	fill = fill[:MaxBodyBytes-len("\n\nAkhir.")-200]
	if _, probs := Load(Source{FS: lessonFS(lessonWithBody(fill + "\n\nAkhir."))}); len(probs) > 0 {
		t.Errorf("a body just under %d bytes: %s", MaxBodyBytes, formatAll(probs))
	}
}

// TestSafeMarkdownCutsWhatLintRefuses checks the renderer's side: text that
// did not come through Load is cut before the first line beyond a limit,
// with a note, and what is left is within every limit.
func TestSafeMarkdownCutsWhatLintRefuses(t *testing.T) {
	for name, body := range map[string]string{
		"nested quotes":  "Awal.\n\n" + nestedQuotes(1000),
		"100 KB word":    "Awal.\n\n" + strings.Repeat("a", 100_000),
		"deep list":      "Awal.\n\n" + nestedList(200),
		"wide table":     "Awal.\n\n" + table(3, 60),
		"too many lines": "Awal.\n\n" + paragraphs(5000),
		"too many bytes": "Awal.\n\n" + strings.Repeat(strings.Repeat("kata ", 150)+"\n\n", 200),
		"cut in a fence": "Awal.\n\n```\n" + strings.Repeat("kode\n", 100) + strings.Repeat("kode ", 300) + "\n```\n",
		"controls":       "Awal \x1b]0;x\x07 &#27;[2J.\n\n" + nestedQuotes(1000),
	} {
		got := SafeMarkdown(body)
		if !strings.HasPrefix(got, "Awal") || !strings.HasSuffix(got, cutNote) {
			t.Errorf("%s: want the start kept and the note at the end, got %q…%q", name, got[:min(len(got), 40)], got[max(0, len(got)-40):])
		}
		if f := append(markdownFindings(got), sizeFindings(got)...); len(f) > 0 {
			t.Errorf("%s: what is left still breaks a limit: %v", name, f)
		}
	}
	clean := "## Judul\n\nTeks **tebal** &#65;.\n\n> kutipan\n"
	if got := SafeMarkdown(clean); got != clean {
		t.Errorf("text within the limits changed: %q", got)
	}
}
