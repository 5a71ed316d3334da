package lessons

import (
	"html"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// hasControl reports whether s holds a control character other than
// newline and tab, raw or as a character reference that html decodes.
func hasControl(s string) bool {
	for _, t := range []string{s, html.UnescapeString(s)} {
		for _, r := range t {
			if isControl(r) && !keptControl(r) {
				return true
			}
		}
	}
	return false
}

// hasRawControl reports whether s holds a control character other than
// newline and tab.
func hasRawControl(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return isControl(r) && !keptControl(r) }) >= 0
}

// lessonWithBody is a valid lesson (id l1) whose body, starting on file
// line 7, is body.
func lessonWithBody(body string) string {
	return "---\nid: l1\ntitle: Judul\nminutes: 3\n---\n\n" + body + "\n\n```quiz\n" + singleQuiz("l1-q1") + "```\n"
}

// TestControlCharactersAreProblems reproduces finding 7 of issue 8: raw
// ESC, BEL and C1 bytes, character references for them and YAML escapes
// passed lint and were shown verbatim. Each must be a problem at its line.
func TestControlCharactersAreProblems(t *testing.T) {
	quiz := func(q string) string {
		return "---\nid: l1\ntitle: Judul\nminutes: 3\n---\n\nTeks.\n\n```quiz\n" + q + "```\n"
	}
	cases := []struct {
		name, text string
		line       int
		what       string
	}{
		{"raw OSC 52 in the body", lessonWithBody("Teks \x1b]52;c;aGk=\x07 lagi."), 7, "U+001B"},
		{"screen clear on a later line", lessonWithBody("Satu.\n\nDua \x1b[2J."), 9, "U+001B"},
		{"C1 CSI in the body", lessonWithBody("Teks \u009b2J."), 7, "U+009B"},
		{"BEL alone", lessonWithBody("Bunyi\a."), 7, "U+0007"},
		{"carriage return overwrites the line", lessonWithBody("Benar\rSalah"), 7, "U+000D"},
		{"decimal reference", lessonWithBody("Teks &#27;]0;judul&#7; lagi."), 7, "&#27;"},
		{"hex reference", lessonWithBody("Teks &#x1b;[2J."), 7, "&#x1b;"},
		{"upper-case hex reference", lessonWithBody("Teks &#X9B;2J."), 7, "&#X9B;"},
		{"C1 CSI as a reference", lessonWithBody("Teks &#155;2J."), 7, "&#155;"},
		{"reference without semicolon", lessonWithBody("Teks &#27[2J."), 7, "&#27"},
		{"reference in a code span", lessonWithBody("Kode `&#27;[2J`."), 7, "&#27;"},
		{"overflowing reference", lessonWithBody("Teks &#4294967323;[2J."), 7, "&#4294967323;"},
		{"split reference", lessonWithBody("Teks &#&#27;27;[2J."), 7, "&#27;"},
		{"reference completed by removing ESC", lessonWithBody("Teks &#2\x1b7;[2J."), 7, "&#2"},
		{"YAML escape in the title", "---\nid: l1\ntitle: \"Judul \\e]0;x\\a\"\nminutes: 3\n---\n\nTeks.\n\n```quiz\n" + singleQuiz("l1-q1") + "```\n", 3, "U+001B"},
		{"reference in the objective", "---\nid: l1\ntitle: Judul\nminutes: 3\nobjective: \"A &#x1b;[2J\"\n---\n\nTeks.\n\n```quiz\n" + singleQuiz("l1-q1") + "```\n", 5, "&#x1b;"},
		{"prompt", quiz("- id: q1\n  type: fill\n  prompt: \"\\x1b[2J?\"\n  accept: [a]\n  explanation: E.\n"), 12, "U+001B"},
		{"option", quiz("- id: q1\n  type: single\n  prompt: P?\n  options:\n    - text: \"A\\e[H\"\n      correct: true\n    - text: B\n  explanation: E.\n"), 14, "U+001B"},
		{"option feedback", quiz("- id: q1\n  type: single\n  prompt: P?\n  options:\n    - text: A\n      correct: true\n    - text: B\n      feedback: \"\\u009b2J\"\n  explanation: E.\n"), 17, "U+009B"},
		{"true/false feedback", quiz("- id: q1\n  type: truefalse\n  prompt: P.\n  answer: true\n  feedback_true: \"\\e]8;;x\\a\"\n  explanation: E.\n"), 14, "U+001B"},
		{"explanation", quiz("- id: q1\n  type: truefalse\n  prompt: P.\n  answer: true\n  explanation: \"E\\N\\x07\"\n"), 14, "U+0085"},
		{"accepted answer", quiz("- id: q1\n  type: fill\n  prompt: P?\n  accept: [\"a\\e\"]\n  explanation: E.\n"), 13, "U+001B"},
		{"order item", quiz("- id: q1\n  type: order\n  prompt: P.\n  items: [a, \"b\\x9b\"]\n  explanation: E.\n"), 13, "U+009B"},
		{"matching pair", quiz("- id: q1\n  type: matching\n  prompt: P.\n  pairs:\n    - {left: a, right: b}\n    - {left: \"c\\e[2J\", right: d}\n  explanation: E.\n"), 15, "U+001B"},
		{"flashcard front", lessonWithBody("Teks.") + "\n```flashcards\n- id: k1\n  front: \"\\e[2J\"\n  back: B.\n```\n", 22, "U+001B"},
		{"flashcard back", lessonWithBody("Teks.") + "\n```flashcards\n- id: k1\n  front: F?\n  back: \"&#27;]52;c;eA==&#7;\"\n```\n", 23, "&#27;"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, probs := Load(Source{FS: lessonFS(c.text)})
			found := false
			for _, p := range probs {
				if p.Code == CodeControl && p.Line == c.line && p.Args[0] == c.what {
					found = true
				}
				for _, lang := range []Lang{Indonesian, English} {
					// A message may quote "&#27;" as text; only a raw
					// control character would act on the terminal.
					if msg := p.Format(lang); hasRawControl(msg) {
						t.Errorf("the problem itself carries a control character: %q", msg)
					}
				}
			}
			if !found {
				t.Errorf("want %s %s@%d, got %v%s", CodeControl, c.what, c.line, where(probs), formatAll(probs))
			}
		})
	}
}

// TestControlCharactersInModuleFiles checks module.yaml, course.yaml and
// the glossary, and that a lesson whose file name holds a control
// character is skipped with a problem whose path shows it escaped.
func TestControlCharactersInModuleFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"course.yaml":           file("title: \"Kursus \\e]0;x\\a\"\n"),
		"glossary.md":           file("## A\n\n- **A**: arti \x1b[2J.\n"),
		"m1/module.yaml":        file("id: m1\ntitle: Modul\norder: 1\nsummary: \"Ringkas \\x1b[H\"\n"),
		"m1/01-l.md":            file(doc("m1-l1", singleQuiz("m1-l1-q1"))),
		"m1/02-\x1b]0;x\a.md":   file(doc("m1-l2", singleQuiz("m1-l2-q1"))),
		"m\u009b2J/module.yaml": moduleYAML("m2", 2),
		"m\u009b2J/01-a.md":     file(doc("m2-l1", singleQuiz("m2-l1-q1"))),
		"m3/module.yaml":        moduleYAML("m3", 3),
		"m3/01-baik.md":         file(doc("m3-l1", singleQuiz("m3-l1-q1"))),
		"m3/02-\xff\xfe.md":     file(doc("m3-l2", singleQuiz("m3-l2-q1"))),
		"m3/img/\x1b[2J.png":    file(""),
		"m3/03-catatan\x07.md":  file("bukan pelajaran"),
	}
	c, probs := Load(Source{Name: "kursus", FS: fsys})
	want := []string{
		"control@1 kursus/course.yaml",
		"control@3 kursus/glossary.md",
		"control@4 kursus/m1/module.yaml",
		`control-name@0 kursus/m1/02-\x1b]0;x\x07.md`,
		`control-name@0 kursus/m\u009b2J`,
		`control-name@0 kursus/m3/02-\xff\xfe.md`,
		`control-name@0 kursus/m3/03-catatan\x07.md`,
	}
	var got []string
	for _, p := range probs {
		got = append(got, p.Code+"@"+itoa(p.Line)+" "+p.Path)
		if hasRawControl(p.Format(English)) || !utf8.ValidString(p.Format(English)) {
			t.Errorf("problem printed unsafely: %q", p.Format(English))
		}
	}
	if !sameSet(got, want) {
		t.Errorf("problems\n got %q\nwant %q", got, want)
	}
	if c.Glossary != "" || c.Title != "" {
		t.Errorf("a glossary or title with control characters must not be used: %q, %q", c.Glossary, c.Title)
	}
	if len(c.Modules) != 1 || c.Modules[0].ID != "m3" || len(c.Modules[0].Lessons) != 1 {
		t.Errorf("only m3 with its one clean lesson should load: %+v", c.Modules)
	}
}

// itoa avoids importing strconv for one call.
func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestCleanText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"biasa saja", "biasa saja"},
		{"baris\nbaru\tdan tab", "baris\nbaru\tdan tab"},
		{"a\x1b]52;c;aGk=\x07b", "a]52;c;aGk=b"},
		{"a\u009b2Jb\u0085c\x7fd", "a2Jbcd"},
		{"a&#27;[2J", "a\uFFFD[2J"},
		{"a&#x1B;b&#X9b;c&#155;d", "a\uFFFDb\uFFFDc\uFFFDd"},
		{"&#27 tanpa titik koma", "\uFFFD tanpa titik koma"},
		{"&#&#27;27;", "&#\uFFFD27;"},
		{"&#2\x1b7;", "\uFFFD"},
		{"&#4294967323;", "\uFFFD"},
		{"&#0000000000027;", "\uFFFD"},
		{"&amp;#27; ditulis", "&amp;#27; ditulis"},
		{"&#65; &#233; &#10; &Tab; &lt;", "&#65; &#233; &#10; &Tab; &lt;"},
		{"rusak \xff", "rusak \uFFFD"},
	}
	for _, c := range cases {
		got := CleanText(c.in)
		if got != c.want {
			t.Errorf("CleanText(%q) = %q, want %q", c.in, got, c.want)
		}
		if hasControl(got) || CleanText(got) != got {
			t.Errorf("CleanText(%q) = %q is not clean or not stable", c.in, got)
		}
	}
}

func TestCleanName(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Ani Wulandari", "Ani Wulandari"},
		{"Ani\x1b]0;judul\x07", `Ani\x1b]0;judul\x07`},
		{"baris\nbaru\ttab", `baris\nbaru\ttab`},
		{"c1\u009bx\u0085", `c1\u009bx\u0085`},
		{"bukan \xff\xfe utf-8", `bukan \xff\xfe utf-8`},
		{"Frédéric 山田 \uFFFD", "Frédéric 山田 \uFFFD"},
	}
	for _, c := range cases {
		if got := CleanName(c.in); got != c.want {
			t.Errorf("CleanName(%q) = %q, want %q", c.in, got, c.want)
		}
		if got := CleanName(c.in); hasControl(got) || !utf8.ValidString(got) || CleanName(got) != got {
			t.Errorf("CleanName(%q) = %q is not safe or not stable", c.in, got)
		}
	}
}

// TestLoadedStringsAreClean checks that whatever loads is clean even
// where a control character is allowed through: nothing is, but the
// content model must not depend on that.
func TestLoadedStringsAreClean(t *testing.T) {
	c := mustLoad(t, lessonFS(lessonWithBody("Teks &#65; biasa\tdengan tab.")))
	l := c.Lessons()[0]
	if !strings.Contains(l.Body, "&#65;") || !strings.Contains(l.Body, "\t") {
		t.Errorf("harmless references and tabs are kept: %q", l.Body)
	}
}
