package tui

import (
	"strings"
	"testing"
	"testing/fstest"

	"ajar/lessons"
	"ajar/progress"
	"ajar/tui/internal/testkit"
)

// FuzzScreens is the fuzz test of finding 7 of issue 8 on the tutor: with
// any lesson text, question, option and learner name, loaded or not,
// no screen draws anything but SGR sequences (no OSC, DCS, APC, PM, cursor
// movement or screen clearing). Each input is tried twice: straight into
// the catalog, as if it had got past the loader, and through lessons.Load,
// as a lesson file. CI runs it for a short time (.ci/run); run it longer
// with:
//
//	go test ./tui -run '^$' -fuzz '^FuzzScreens$' -fuzztime 5m
func FuzzScreens(f *testing.F) {
	f.Add("Judul", "## Bagian\n\nTeks **tebal** dan *miring*.\n\n> kutipan\n\n- butir", "Tanya?", "Jawaban", "Ani")
	f.Add("J\x1b]0;x\x07", "Teks \x1b]52;c;aGk=\x07 &#27;[2J &#x9b;2J &#&#27;27; <b>&#27;[H</b>", "\x1b[2J?", "\u009b2J", "Ani\x1b]0;x\x07")
	f.Add("&#27;]0;x&#7;", "`&#x1b;[2J`\n\n```\n\x1b[H\n```\n\n| a&#27; | b |\n|---|---|\n| \x1b[2J | c |", "&#155;", "\r\x00", "\xff\xfe")
	f.Add("", strings.Repeat("> ", 30)+"x\n\n"+strings.Repeat("a", 300), "", "", "")
	f.Fuzz(func(t *testing.T, title, body, prompt, option, name string) {
		d, _ := newTestDeps(t)
		d.Profiles = []progress.Profile{{ID: progress.DefaultProfile, Name: name}, {ID: "budi", Name: "Budi" + name}}
		d.Catalog = fuzzCatalog(title, body, prompt, option)
		d.Title = title
		screensDrawOnlyStyles(t, d)

		text := "---\nid: l1\ntitle: " + yamlQuote(title) + "\nminutes: 3\n---\n\n" + body + "\n\n```quiz\n- id: l1-q1\n  type: single\n  prompt: " +
			yamlQuote(prompt) + "\n  options:\n    - text: " + yamlQuote(option) + "\n      correct: true\n    - text: " + yamlQuote(option+" lain") + "\n  explanation: E.\n```\n"
		c, probs := lessons.Load(lessons.Source{Name: "m\x1b[2J", FS: testkitCourse("01-"+title+".md", text)})
		d.Catalog = c
		d.Problems = nil
		for _, p := range probs {
			d.Problems = append(d.Problems, p.Format(lessons.Indonesian))
		}
		screensDrawOnlyStyles(t, d)
	})
}

// yamlQuote writes s as a YAML double-quoted string, escaping what must be.
func yamlQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\t", `\t`)
	return `"` + r.Replace(s) + `"`
}

// fuzzCatalog is a one-lesson course built from the fuzzer's strings
// without Load.
func fuzzCatalog(title, body, prompt, option string) *lessons.Catalog {
	l := &lessons.Lesson{ID: "l1", Title: title, Minutes: 3, ModuleID: "m1", Objective: prompt, Body: body,
		Questions: []lessons.Question{
			{ID: "l1-q1", Type: lessons.Single, Prompt: prompt, Explanation: option,
				Options: []lessons.Option{{Text: option, Correct: true, Feedback: prompt}, {Text: option + "2", Feedback: title}}},
			{ID: "l1-q2", Type: lessons.Fill, Prompt: prompt, Explanation: body, Accept: []string{option}},
		},
		Flashcards: []lessons.Flashcard{{ID: "l1-k1", Front: prompt, Back: option}},
	}
	return &lessons.Catalog{Title: title, Glossary: body, Modules: []*lessons.Module{
		{ID: "m1", Title: title, Order: 1, Summary: body, Lessons: []*lessons.Lesson{l}}}}
}

// testkitCourse is a one-module course whose only lesson is text, saved
// under the file name name (slashes made underscores), so that file names
// reach the problems listed on the course map too.
func testkitCourse(name, text string) fstest.MapFS {
	return fstest.MapFS{
		"m1/module.yaml": {Data: []byte("id: m1\ntitle: Modul\norder: 1\n")},
		"m1/" + strings.ReplaceAll(name, "/", "_"): {Data: []byte(text)},
	}
}

// screensDrawOnlyStyles walks the course map, the reader, the glossary,
// the quiz and the learner picker, and fails t when a view draws anything
// but SGR sequences.
func screensDrawOnlyStyles(t *testing.T, d Deps) {
	t.Helper()
	m := startApp(t, d, 80, 24)
	check := func(where string) {
		t.Helper()
		if bad := testkit.Foreign(m.View()); bad != "" {
			t.Fatalf("%s draws %s", where, bad)
		}
	}
	check("the course map")
	for _, s := range []struct {
		where string
		keys  []string
	}{
		{"the reader", []string{"enter"}},
		{"the glossary", []string{"i"}},
		{"the reader again", []string{"esc"}},
		{"the quiz", []string{"G", "enter"}},
		{"the feedback", []string{"1", "enter"}},
		{"the fill question", []string{"enter"}},
		{"the course map after the quiz", []string{"esc"}},
		{"the learner picker", []string{"p"}},
	} {
		for _, k := range s.keys {
			m, _ = drive(t, m, keyMsg(k))
		}
		check(s.where)
	}
}
