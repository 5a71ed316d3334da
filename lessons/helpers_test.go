package lessons

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
)

// moduleYAML is a valid module.yaml for module id.
func moduleYAML(id string, order int) *fstest.MapFile {
	return file(fmt.Sprintf("id: %s\ntitle: Modul %s\norder: %d\nsummary: Ringkas.\n", id, id, order))
}

// file wraps s as a MapFS file.
func file(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }

// header is the first ten lines of a lesson with id id; the quiz fence
// that doc adds is on line 11, so quiz YAML line k is file line 11+k.
func header(id string) string {
	return "---\nid: " + id + "\ntitle: Pelajaran " + id + "\nminutes: 4\n---\n\n# Judul\n\nTeks.\n\n"
}

// doc returns a lesson with id id whose quiz block holds quiz.
func doc(id, quiz string) string { return header(id) + "```quiz\n" + quiz + "```\n" }

// singleQuiz returns a valid single question with id qid.
func singleQuiz(qid string) string {
	return "- id: " + qid + "\n  type: single\n  prompt: P?\n  options:\n    - text: \"1990\"\n      correct: true\n    - text: \"1978\"\n  explanation: E.\n"
}

// lessonFS returns a course with module m1 holding the single lesson text.
func lessonFS(text string) fstest.MapFS {
	return fstest.MapFS{
		"m1/module.yaml": moduleYAML("m1", 1),
		"m1/01-l.md":     file(text),
	}
}

// where lists problems as "code@line" in their order, for compact asserts.
func where(probs []Problem) []string {
	out := make([]string, len(probs))
	for i, p := range probs {
		out[i] = fmt.Sprintf("%s@%d", p.Code, p.Line)
	}
	return out
}

// sameSet reports whether got and want hold the same strings, ignoring order.
func sameSet(got, want []string) bool {
	g, w := append([]string(nil), got...), append([]string(nil), want...)
	sort.Strings(g)
	sort.Strings(w)
	return strings.Join(g, ",") == strings.Join(w, ",")
}

// formatAll renders problems in Indonesian, one per line, for failure
// messages.
func formatAll(probs []Problem) string {
	var b strings.Builder
	for _, p := range probs {
		b.WriteString("\n\t" + p.Error())
	}
	return b.String()
}

// mustLoad loads fsys as one unnamed source and fails on any problem.
func mustLoad(t *testing.T, fsys fstest.MapFS) *Catalog {
	t.Helper()
	c, probs := Load(Source{FS: fsys})
	if len(probs) > 0 {
		t.Fatalf("unexpected problems:%s", formatAll(probs))
	}
	return c
}
