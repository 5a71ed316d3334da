package lessons

import (
	"fmt"
	"strings"
	"testing"
)

// part is a content slide as "title|body", for compact tables.
func part(title, body string) string { return title + "|" + body }

func TestSlidesCutsBody(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"headings", "## A\n\nsatu\n\n## B\n\ndua", []string{part("A", "satu"), part("B", "dua")}},
		{"leading text before the first heading", "Pembuka.\n\n## A\n\nsatu",
			[]string{part("", "Pembuka."), part("A", "satu")}},
		{"thematic break", "satu\n\n---\n\ndua", []string{part("", "satu"), part("", "dua")}},
		{"other thematic breaks", "satu\n\n***\n\ndua\n\n_ _ _\n\ntiga\n\n- - -\n\nempat",
			[]string{part("", "satu"), part("", "dua"), part("", "tiga"), part("", "empat")}},
		{"break then heading leaves no empty slide", "## A\n\nsatu\n\n---\n\n## B\n\ndua",
			[]string{part("A", "satu"), part("B", "dua")}},
		{"breaks only", "---\n\n---\n", nil},
		{"consecutive headings keep a section divider", "## A\n## B\n\ndua",
			[]string{part("A", ""), part("B", "dua")}},
		{"setext underline is a heading, not a break", "Judul\n---\n\nisi\n\n---\n\nlain",
			[]string{part("", "Judul\n---\n\nisi"), part("", "lain")}},
		{"dashes under a heading are a break", "## A\n---\nisi", []string{part("A", ""), part("", "isi")}},
		{"stars under text are a break", "teks\n***\nisi", []string{part("", "teks"), part("", "isi")}},
		{"fence holds heading and break",
			"## A\n\n```md\n## bukan judul\n---\n```\n\nsetelah",
			[]string{part("A", "```md\n## bukan judul\n---\n```\n\nsetelah")}},
		{"tilde fence and longer closing fence",
			"~~~~\n## x\n~~~\n---\n~~~~~\n## B\nisi",
			[]string{part("", "~~~~\n## x\n~~~\n---\n~~~~~"), part("B", "isi")}},
		{"backtick fence not closed by tildes",
			"```\n## x\n~~~\n## y\n```\n## B",
			[]string{part("", "```\n## x\n~~~\n## y\n```"), part("B", "")}},
		{"unclosed fence runs to the end", "## A\n```\n## x\n---", []string{part("A", "```\n## x\n---")}},
		{"fence in a list item", "1. langkah\n\n   ```\n   ## x\n   ```\n\n## B\nisi",
			[]string{part("", "1. langkah\n\n   ```\n   ## x\n   ```"), part("B", "isi")}},
		{"quoted fence ends with the quote", "> ```\n> ## x\n\n## B\nisi",
			[]string{part("", "> ```\n> ## x"), part("B", "isi")}},
		{"third-level heading stays", "## A\n### a1\nisi", []string{part("A", "### a1\nisi")}},
		{"indented four spaces is code", "teks\n\n    ## x\n    ---", []string{part("", "teks\n\n    ## x\n    ---")}},
		{"quoted heading stays", "> ## x\n> isi", []string{part("", "> ## x\n> isi")}},
		{"closing hashes", "## A ##\nisi\n## C#\nlagi",
			[]string{part("A", "isi"), part("C#", "lagi")}},
		{"no space is not a heading", "##A\nisi", []string{part("", "##A\nisi")}},
		{"CRLF", "## A\r\n\r\nsatu\r\n", []string{part("A", "satu")}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := &Lesson{ID: "l", Title: "L", Body: tt.body}
			var got []string
			for _, s := range Slides(l)[1:] {
				if s.Kind != SlideContent || s.Lesson != l {
					t.Fatalf("slide %+v: want a content slide of the lesson", s)
				}
				got = append(got, part(s.Title, s.Body))
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("Slides(%q) =\n%q\nwant\n%q", tt.body, got, tt.want)
			}
		})
	}
}

func TestSlidesOrder(t *testing.T) {
	l := &Lesson{ID: "l", Title: "Judul", Minutes: 4, Objective: "Tujuan.", Body: "## A\nsatu",
		Questions: []Question{{ID: "q1", Type: Single}, {ID: "q2", Type: Fill}}}
	s := Slides(l)
	var kinds []string
	for _, sl := range s {
		kinds = append(kinds, fmt.Sprint(sl.Kind))
	}
	if want := []string{"1", "2", "3", "3"}; strings.Join(kinds, " ") != strings.Join(want, " ") {
		t.Fatalf("kinds %v, want title, content, two questions %v", kinds, want)
	}
	if s[0].Kind != SlideTitle || s[0].Title != "Judul" || s[0].Body != "Tujuan." || s[0].Lesson != l {
		t.Errorf("title slide %+v", s[0])
	}
	if s[2].Question != &l.Questions[0] || s[3].Question != &l.Questions[1] || s[3].Lesson != l {
		t.Errorf("question slides must point into the lesson: %+v %+v", s[2], s[3])
	}
	if Slides(nil) != nil {
		t.Error("Slides(nil) must be nil")
	}
}

func TestModuleSlides(t *testing.T) {
	a := &Lesson{ID: "a", Title: "A", Body: "isi a", Questions: []Question{{ID: "qa"}}}
	b := &Lesson{ID: "b", Title: "B", Body: "## B1\nisi\n## B2\nisi"}
	m := &Module{ID: "m", Title: "Modul", Summary: "Ringkas.\n", Lessons: []*Lesson{a, b}}
	s := ModuleSlides(m)
	var got []string
	for _, sl := range s {
		got = append(got, fmt.Sprintf("%d:%s", sl.Kind, sl.Title))
	}
	want := "0:Modul 1:A 2: 3: 1:B 2:B1 2:B2"
	if strings.Join(got, " ") != want {
		t.Fatalf("ModuleSlides = %v, want %s", got, want)
	}
	if s[0].Module != m || s[0].Body != "Ringkas." || s[0].Lesson != nil {
		t.Errorf("module slide %+v", s[0])
	}
	if s[4].Lesson != b {
		t.Errorf("lesson B's title slide belongs to %v", s[4].Lesson)
	}
	if ModuleSlides(nil) != nil {
		t.Error("ModuleSlides(nil) must be nil")
	}
}

// TestSlidesOfLoadedLesson cuts a lesson that went through the loader, so
// the quiz and flashcards blocks are already out of the body.
func TestSlidesOfLoadedLesson(t *testing.T) {
	src := header("l1") + "## Dua\n\n```go\n## kode\n```\n\n" + "```quiz\n" + singleQuiz("l1-q1") + "```\n"
	c, probs := Load(Source{FS: lessonFS(src)})
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	s := ModuleSlides(c.Module("m1"))
	var got []string
	for _, sl := range s {
		got = append(got, fmt.Sprintf("%d:%s:%q", sl.Kind, sl.Title, sl.Body))
	}
	want := []string{`0:Modul m1:"Ringkas."`, `1:Pelajaran l1:""`, `2::"# Judul\n\nTeks."`,
		`2:Dua:"` + "```go\\n## kode\\n```" + `"`, `3::""`}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSlidesCutAsMarkdownReads covers text the renderer reads otherwise
// than a line scanner would: only the lesson's own breaks and "## "
// headings cut, never one inside another block. The hand-written scanner
// that cut slides before got every case marked "scanner:" wrong.
func TestSlidesCutAsMarkdownReads(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		// scanner: a fence closed by "    ```" (indented four spaces, so
		// code, not a closing fence) and cut at "## x" inside the code.
		{"fence not closed by an indented fence", "```\n    ```\n## x\n---\n```\nisi",
			[]string{part("", "```\n    ```\n## x\n---\n```\nisi")}},
		// scanner: "    ```" under a paragraph continues it, but the
		// scanner opened a fence there and missed the heading.
		{"backticks continuing a paragraph open no fence", "teks\n    ```\n## B\nisi",
			[]string{part("", "teks\n    ```"), part("B", "isi")}},
		// scanner: cut the list item in two at its heading.
		{"heading inside a list item", "- butir\n\n  ## x\n  isi",
			[]string{part("", "- butir\n\n  ## x\n  isi")}},
		// scanner: cut the list at a break inside an item.
		{"break inside a list item", "1. langkah\n\n   ---\n2. dua",
			[]string{part("", "1. langkah\n\n   ---\n2. dua")}},
		{"heading inside a quote", "> ## x\n> ---\n> isi", []string{part("", "> ## x\n> ---\n> isi")}},
		// scanner: took "---" under a list, a quote, a heading or a
		// definition for a setext underline; none can be underlined.
		{"break after a list", "- butir\n---\nisi", []string{part("", "- butir"), part("", "isi")}},
		{"break after a quote", "> kutipan\n---\nisi", []string{part("", "> kutipan"), part("", "isi")}},
		{"break after a first-level heading", "# Judul\n---\nisi", []string{part("", "# Judul"), part("", "isi")}},
		{"break after a definition", "Istilah\n: arti\n---\nisi", []string{part("", "Istilah\n: arti"), part("", "isi")}},
		// scanner: "- - -" has spaces, so it underlines nothing: a break.
		{"spaced dashes under text are a break", "Judul\n- - -\nisi", []string{part("", "Judul"), part("", "isi")}},
		{"setext heading of two lines stays", "Judul\nbaris dua\n---\n\nisi",
			[]string{part("", "Judul\nbaris dua\n---\n\nisi")}},
		{"setext first-level heading stays", "Judul\n===\n\nisi", []string{part("", "Judul\n===\n\nisi")}},
		// scanner: cut inside a commented-out part and inside HTML.
		{"HTML comment", "<!--\n## x\n---\n-->\nisi", []string{part("", "<!--\n## x\n---\n-->\nisi")}},
		{"HTML block", "<div>\n## x\n</div>", []string{part("", "<div>\n## x\n</div>")}},
		// Front matter is only at the top of the file: in the body these
		// are a break and a setext heading, as the renderer shows them.
		{"front-matter-like lines", "---\ntitle: x\n---\n\nisi", []string{part("", "title: x\n---\n\nisi")}},
		{"front-matter-like block with a blank line", "---\nid: a\n\n---\nisi",
			[]string{part("", "id: a"), part("", "isi")}},
		{"empty heading after a heading", "## A\n##\nisi", []string{part("A", ""), part("", "isi")}},
		{"heading markup kept in the title", "## *A* `b`\nisi", []string{part("*A* `b`", "isi")}},
		{"table then heading", "a | b\n--- | ---\n1 | 2\n\n## B", []string{part("", "a | b\n--- | ---\n1 | 2"), part("B", "")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Slides(&Lesson{ID: "l", Title: "L", Body: tt.body})[1:] {
				got = append(got, part(s.Title, s.Body))
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("Slides(%q) =\n%q\nwant\n%q", tt.body, got, tt.want)
			}
		})
	}
}
