package lessons

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// The fuzz targets of the content model. CI runs each for a short time
// (.ci/run); run one longer with, for example:
//
//	go test ./lessons -run '^$' -fuzz '^FuzzParseLesson$' -fuzztime 5m

// fuzzSeeds are lesson files to start from: the authoring guide's examples,
// the awkward test files and the hostile inputs of issue 8.
func fuzzSeeds(f *testing.F) [][]byte {
	f.Helper()
	seeds := [][]byte{
		[]byte(doc("l1", singleQuiz("q1"))),
		[]byte(lessonWithBody("## Judul\n\n- a\n  - b\n\n> kutipan\n\n| a | b |\n|---|---|\n| 1 | 2 |\n") + "\n```flashcards\n- id: k1\n  front: F?\n  back: B.\n```\n"),
		[]byte(lessonWithBody("Teks \x1b]52;c;aGk=\x07 &#27;[2J &#x9b; &#&#27;27; \u009b")),
		[]byte(lessonWithBody(nestedQuotes(40) + "\n\n" + nestedList(8))),
		[]byte("---\nid: l1\ntitle: \"\\e]0;x\\a\"\nminutes: 3\n---\n\n```quiz\n- id: q1\n  type: fill\n  prompt: \"\\x9b2J\"\n  accept: [~, \"\\e\"]\n  explanation: E.\n```\n"),
		[]byte("---\r\nid: l1\r\ntitle: CRLF\r\nminutes: 3\r\n---\r\n\r\nTeks.\r\n\r\n~~~quiz\r\n- id: q1\r\n  type: truefalse\r\n  prompt: P.\r\n  answer: true\r\n  explanation: E.\r\n~~~\r\n"),
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "awkward", "*.md"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			seeds = append(seeds, data)
		}
	}
	return seeds
}

// cleanString fails t when s, a string Load handed out, holds a control
// character (newline and tab only where multiline allows) or a character
// reference to one.
func cleanString(t *testing.T, what, s string, multiline bool) {
	t.Helper()
	if !utf8.ValidString(s) || hasControl(s) || !multiline && strings.ContainsAny(s, "\r") {
		t.Fatalf("%s is not clean: %q", what, s)
	}
}

// checkProblems fails t when a problem does not print as one safe line.
func checkProblems(t *testing.T, probs []Problem) {
	t.Helper()
	for _, p := range probs {
		for _, lang := range []Lang{Indonesian, English} {
			msg := p.Format(lang)
			if !utf8.ValidString(msg) || hasRawControl(msg) || strings.Contains(msg, "\n") {
				t.Fatalf("problem prints unsafely: %q", msg)
			}
			if strings.Contains(msg, "%!") {
				t.Fatalf("problem message badly filled: %q", msg)
			}
		}
	}
}

// checkQuestion fails t when a string of q is not clean.
func checkQuestion(t *testing.T, q Question) {
	t.Helper()
	cleanString(t, "question id", q.ID, false)
	cleanString(t, "prompt", q.Prompt, true)
	cleanString(t, "explanation", q.Explanation, true)
	cleanString(t, "feedback_true", q.FeedbackTrue, true)
	cleanString(t, "feedback_false", q.FeedbackFalse, true)
	for _, o := range q.Options {
		cleanString(t, "option", o.Text, true)
		cleanString(t, "option feedback", o.Feedback, true)
	}
	for _, s := range append(slices.Clone(q.Accept), q.Items...) {
		cleanString(t, "accept or item", s, true)
	}
	for _, p := range q.Pairs {
		cleanString(t, "pair", p.Left+p.Right, true)
	}
}

// FuzzParseLesson feeds the lesson parser arbitrary files. It must never
// panic; every problem must print as one safe line; and a lesson it
// accepts must hold only clean strings and a body within every limit, so
// that the renderer gets it unchanged.
func FuzzParseLesson(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		l, probs := parseLesson("m/01.md", data, idTable{})
		checkProblems(t, probs)
		if len(probs) > 0 {
			return
		}
		for _, s := range []string{l.ID, l.Title, l.Objective} {
			cleanString(t, "front matter value", s, true)
		}
		cleanString(t, "body", l.Body, true)
		for _, q := range l.Questions {
			checkQuestion(t, q)
		}
		for _, c := range l.Flashcards {
			cleanString(t, "flashcard", c.ID+c.Front+c.Back, true)
		}
		if f := append(markdownFindings(l.Body), sizeFindings(l.Body)...); len(f) > 0 {
			t.Fatalf("accepted body breaks a limit: %v\n%q", f, l.Body)
		}
		if got := SafeMarkdown(l.Body); got != l.Body {
			t.Fatalf("the renderer would cut an accepted body:\n%q\n%q", l.Body, got)
		}
	})
}

// FuzzQuizYAML feeds the quiz and flashcards decoder arbitrary YAML: it
// must never panic, and what it decodes must be clean.
func FuzzQuizYAML(f *testing.F) {
	f.Add([]byte(singleQuiz("q1")))
	f.Add([]byte("- id: q1\n  type: multi\n  prompt: P?\n  options:\n    - text: a\n      correct: true\n    - {text: b, correct: yes}\n  explanation: E.\n"))
	f.Add([]byte("- id: q1\n  type: order\n  prompt: &p P\n  items: [*p, ~, \"\\e\"]\n  explanation: *p\n"))
	f.Add([]byte("- id: q1\n  type: matching\n  prompt: &p P\n  pairs:\n    - {left: *p, right: ~}\n    - [\"\\e\"]\n  explanation: *p\n"))
	f.Add([]byte("- id: k1\n  front: F?\n  back: |\n    B.\n    C.\n"))
	f.Add([]byte("a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n"))
	f.Add([]byte(strings.Repeat("[", 100)))
	f.Fuzz(func(t *testing.T, data []byte) {
		var probs []Problem
		w := walker{path: "m/01.md", base: 10, probs: &probs}
		root, ok := w.parse(data)
		if !ok {
			checkProblems(t, probs)
			return
		}
		ids := idTable{}
		for _, q := range w.questions(root, ids) {
			checkQuestion(t, q)
		}
		for _, c := range w.flashcards(root, idTable{}) {
			cleanString(t, "flashcard", c.ID+c.Front+c.Back, true)
		}
		var m Module
		w.moduleMeta(&m, root, idTable{})
		cleanString(t, "module", m.ID+m.Title+m.Summary, true)
		checkProblems(t, probs)
		if root != nil && root.Kind == yaml.ScalarNode && root.Value != "" && len(probs) == 0 {
			t.Fatal("a bare scalar is not a quiz")
		}
	})
}

// FuzzCheck feeds answer matching (grade.go) arbitrary answers: it must
// never panic on any response to any question type, an accepted answer
// typed back must always count, the normalisation must be stable, and an
// order question's shuffle must be a permutation.
func FuzzCheck(f *testing.F) {
	f.Add("Berpikir sistem", "  berpikir   SISTEM ", []byte{0, 1}, uint8(3), "seed")
	f.Add("café", "CAFE", []byte{255, 2, 2}, uint8(0), "")
	f.Add("İstanbul", "istanbul", []byte{}, uint8(7), "x")
	f.Add("~", "~", []byte{1}, uint8(2), "\x00")
	f.Fuzz(func(t *testing.T, accept, typed string, picks []byte, n uint8, seed string) {
		norm := NormalizeAnswer(typed)
		if again := NormalizeAnswer(norm); again != norm {
			t.Fatalf("NormalizeAnswer is not stable: %q -> %q -> %q", typed, norm, again)
		}
		fill := Question{ID: "q", Type: Fill, Accept: []string{accept}}
		if NormalizeAnswer(accept) != "" && !fill.Check(Response{Text: accept}) {
			t.Fatalf("accepted answer %q typed back is wrong", accept)
		}
		if got, want := fill.Check(Response{Text: typed}), norm != "" && norm == NormalizeAnswer(accept); got != want {
			t.Fatalf("Check(%q against %q) = %v, want %v", typed, accept, got, want)
		}
		size := int(n % 7)
		var opts []Option
		var items []string
		for i := range size {
			opts = append(opts, Option{Text: string(rune('a' + i)), Correct: i%2 == 0})
			items = append(items, string(rune('a'+i)))
		}
		choices := make([]int, len(picks))
		for i, p := range picks {
			choices[i] = int(int8(p)) // negative and out-of-range indexes too
		}
		r := Response{Choices: choices, Order: choices, Text: typed, Bool: n%2 == 0}
		for _, typ := range []QuestionType{Single, Multi, TrueFalse, Fill, Order, "unknown"} {
			q := Question{ID: seed, Type: typ, Options: opts, Items: items, Accept: []string{accept}}
			q.Check(r)
			q.Describe(r)
		}
		single := Question{Type: Single, Options: opts}
		if single.Check(r) && (len(choices) != 1 || choices[0] < 0 || choices[0] >= size || !opts[choices[0]].Correct) {
			t.Fatalf("single %v counted right", choices)
		}
		order := Question{ID: seed, Type: Order, Items: items}
		perm := order.Shuffled(seed)
		if sorted := slices.Sorted(slices.Values(perm)); len(perm) != size || size > 0 && (sorted[0] != 0 || sorted[size-1] != size-1 || len(slices.Compact(sorted)) != size) {
			t.Fatalf("Shuffled(%q) = %v is not a permutation of %d", seed, perm, size)
		}
		identity := make([]int, size)
		for i := range identity {
			identity[i] = i
		}
		if !order.Check(Response{Order: identity}) {
			t.Fatal("the items in their order are wrong")
		}
	})
}
