package lessons

import (
	"reflect"
	"testing"
	"testing/fstest"
)

// TestParseGoodLessons parses one valid lesson of every question type and
// checks every decoded field.
func TestParseGoodLessons(t *testing.T) {
	tests := []struct {
		name string
		quiz string
		want Question
	}{
		{"single", singleQuiz("q1"), Question{ID: "q1", Type: Single, Prompt: "P?", Explanation: "E.", Line: 12,
			Options: []Option{{Text: "1990", Correct: true, Line: 16}, {Text: "1978", Line: 18}}}},
		{"multi", "- id: q1\n  type: multi\n  prompt: Pilih semua yang benar\n  options:\n" +
			"    - text: A\n      correct: true\n      feedback: Ya.\n    - text: B\n    - text: C\n      correct: true\n  explanation: A dan C.\n",
			Question{ID: "q1", Type: Multi, Prompt: "Pilih semua yang benar", Explanation: "A dan C.", Line: 12,
				Options: []Option{{Text: "A", Correct: true, Feedback: "Ya.", Line: 16}, {Text: "B", Line: 19}, {Text: "C", Correct: true, Line: 20}}}},
		{"truefalse", "- id: q1\n  type: truefalse\n  prompt: Bumi bulat.\n  answer: true\n  feedback_true: Betul.\n  feedback_false: Coba lagi.\n  explanation: E.\n",
			Question{ID: "q1", Type: TrueFalse, Prompt: "Bumi bulat.", Explanation: "E.", Line: 12, Answer: true,
				FeedbackTrue: "Betul.", FeedbackFalse: "Coba lagi."}},
		{"truefalse false", "- id: q1\n  type: truefalse\n  prompt: Bumi datar.\n  answer: false\n  explanation: E.\n",
			Question{ID: "q1", Type: TrueFalse, Prompt: "Bumi datar.", Explanation: "E.", Line: 12}},
		{"fill keeps scalars as written", "- id: q1\n  type: fill\n  prompt: Versi?\n  accept: [3.10, 012, Berpikir Sistem, \"  spasi \"]\n  explanation: E.\n",
			Question{ID: "q1", Type: Fill, Prompt: "Versi?", Explanation: "E.", Line: 12,
				Accept: []string{"3.10", "012", "Berpikir Sistem", "  spasi "}}},
		{"order", "- id: q1\n  type: order\n  prompt: Urutkan\n  items:\n    - Satu\n    - 2.50\n    - Tiga\n  explanation: E.\n",
			Question{ID: "q1", Type: Order, Prompt: "Urutkan", Explanation: "E.", Line: 12, Items: []string{"Satu", "2.50", "Tiga"}}},
		{"anchors and aliases", "- id: q1\n  type: fill\n  prompt: &p Tulis\n  accept: [*p, x]\n  explanation: *p\n",
			Question{ID: "q1", Type: Fill, Prompt: "Tulis", Explanation: "Tulis", Line: 12, Accept: []string{"Tulis", "x"}}},
		{"block scalars are trimmed", "- id: q1\n  type: truefalse\n  prompt: |\n    Baris satu\n    baris dua\n  answer: true\n  explanation: >\n    E.\n",
			Question{ID: "q1", Type: TrueFalse, Prompt: "Baris satu\nbaris dua", Explanation: "E.", Line: 12, Answer: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := mustLoad(t, lessonFS(doc("l1", tt.quiz)))
			l := c.Lesson("l1")
			if l == nil || len(l.Questions) != 1 {
				t.Fatalf("lesson = %+v, want one question", l)
			}
			if got := l.Questions[0]; !reflect.DeepEqual(got, tt.want) {
				t.Errorf("question =\n%#v\nwant\n%#v", got, tt.want)
			}
		})
	}
}

// TestParseLessonFields checks the front matter and body of a lesson.
func TestParseLessonFields(t *testing.T) {
	text := "---\nid: m1-l1\ntitle: Apa itu organisasi pembelajar?\nminutes: 4\nobjective: Anda dapat menjelaskannya.\n---\n\n" +
		"# Judul\n\nParagraf.\n\n```quiz\n" + singleQuiz("m1-l1-q1") + "```\n\n\n"
	c := mustLoad(t, lessonFS(text))
	got := c.Lesson("m1-l1")
	want := &Lesson{ID: "m1-l1", Title: "Apa itu organisasi pembelajar?", Minutes: 4, MinutesLine: 4, ModuleID: "m1",
		Objective: "Anda dapat menjelaskannya.", Path: "m1/01-l.md", Body: "# Judul\n\nParagraf.",
		Questions: got.Questions}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("lesson =\n%#v\nwant\n%#v", got, want)
	}
}

// TestBody checks that the quiz block, fences included, leaves the body and
// that code blocks merely showing a quiz stay.
func TestBody(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"quiz at the end", "Teks.\n\n```quiz\n" + singleQuiz("q1") + "```\n\n", "Teks."},
		{"quiz in the middle", "Atas.\n\n~~~quiz\n" + singleQuiz("q1") + "~~~\n\nBawah.\n", "Atas.\n\n\nBawah."},
		{"longer fence", "Teks.\n\n````quiz\n" + singleQuiz("q1") + "````\n", "Teks."},
		{"example inside a longer fence stays", "````markdown\n```quiz\n- contoh\n```\n````\n\n```quiz\n" + singleQuiz("q1") + "```\n",
			"````markdown\n```quiz\n- contoh\n```\n````"},
		{"indented example stays", "Contoh:\n\n    ```quiz\n    - contoh\n    ```\n\n```quiz\n" + singleQuiz("q1") + "```\n",
			"Contoh:\n\n    ```quiz\n    - contoh\n    ```"},
		{"info string with more than quiz stays", "```quiz example\n- id: x\n```\n```quiz\n" + singleQuiz("q1") + "```\n",
			"```quiz example\n- id: x\n```"},
		{"other info string stays", "```yaml\nquiz: true\n```\n```quiz\n" + singleQuiz("q1") + "```\n", "```yaml\nquiz: true\n```"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := mustLoad(t, lessonFS("---\nid: l1\ntitle: T\nminutes: 3\n---\n"+tt.body))
			if got := c.Lesson("l1").Body; got != tt.want {
				t.Errorf("body = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestLessonProblems checks that each kind of mistake in a lesson file is
// reported, with the right code at the right line, and nothing else.
func TestLessonProblems(t *testing.T) {
	q := func(lines string) string { return doc("l1", "- id: q1\n"+lines) }
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"yaml error in quiz", q("  type: single\n prompt: x\n"), []string{"yaml@14"}},
		{"yaml error in front matter", "---\nid: l1\ntitle: [x\nminutes: 4\n---\n```quiz\n" + singleQuiz("q1") + "```\n", []string{"yaml@3"}},
		{"yaml errors in quiz and front matter problems",
			"---\nid: l1\ntitle: T\nminutes: 99\n---\n```quiz\n- id: q1\n  type: [\n", []string{"bad-minutes@4", "yaml@8"}},
		{"unknown key with suggestion", q("  type: truefalse\n  prompt: P\n  anwser: true\n  explanation: E\n"),
			[]string{"missing-key@12", "unknown-key@15"}},
		{"unknown key without suggestion", q("  type: truefalse\n  prompt: P\n  answer: true\n  explanation: E\n  zzzzzz: 1\n"),
			[]string{"unknown-key@17"}},
		{"key of another type", q("  type: single\n  prompt: P\n  accept: [x]\n  options:\n    - text: a\n      correct: true\n    - text: b\n  explanation: E\n"),
			[]string{"other-type-key@15"}},
		{"unknown type", q("  type: essay\n  prompt: P\n  explanation: E\n"), []string{"bad-type@13"}},
		{"missing type", q("  prompt: P\n  explanation: E\n"), []string{"missing-key@12"}},
		{"single with two correct", q("  type: single\n  prompt: P\n  options:\n    - text: a\n      correct: true\n    - text: b\n      correct: true\n  explanation: E\n"),
			[]string{"single-correct@15"}},
		{"single with none correct", q("  type: single\n  prompt: P\n  options:\n    - text: a\n    - text: b\n  explanation: E\n"),
			[]string{"single-correct@15"}},
		{"multi with none correct", q("  type: multi\n  prompt: P\n  options:\n    - text: a\n    - text: b\n  explanation: E\n"),
			[]string{"multi-correct@15"}},
		{"one option", q("  type: single\n  prompt: P\n  options:\n    - text: a\n      correct: true\n  explanation: E\n"),
			[]string{"too-few@15"}},
		{"options not a list", q("  type: multi\n  prompt: P\n  options: a, b\n  explanation: E\n"), []string{"wrong-type@15"}},
		{"option not a mapping", q("  type: single\n  prompt: P\n  options:\n    - a\n    - text: b\n      correct: true\n  explanation: E\n"),
			[]string{"wrong-type@16"}},
		{"prompt is a list", q("  type: truefalse\n  prompt: [a]\n  answer: true\n  explanation: E\n"), []string{"wrong-type@14"}},
		{"accept entry is a list", q("  type: fill\n  prompt: P\n  accept: [[a]]\n  explanation: E\n"), []string{"wrong-type@15"}},
		{"mapping key is a list", q("  type: truefalse\n  prompt: P\n  answer: true\n  explanation: E\n  [a]: b\n"), []string{"wrong-type@17"}},
		{"empty prompt", q("  type: truefalse\n  prompt: \"\"\n  answer: true\n  explanation: E\n"), []string{"empty@14"}},
		{"null prompt", q("  type: truefalse\n  prompt:\n  answer: true\n  explanation: E\n"), []string{"empty@14"}},
		{"empty option", q("  type: single\n  prompt: P\n  options:\n    - text: \" \"\n      correct: true\n    - text: b\n  explanation: E\n"),
			[]string{"empty@16"}},
		{"option without text", q("  type: single\n  prompt: P\n  options:\n    - correct: true\n    - text: b\n  explanation: E\n"),
			[]string{"missing-key@16"}},
		{"unknown option key", q("  type: single\n  prompt: P\n  options:\n    - text: a\n      corect: true\n    - text: b\n  explanation: E\n"),
			[]string{"unknown-key@17", "single-correct@15"}},
		{"duplicate option", q("  type: multi\n  prompt: P\n  options:\n    - text: a\n      correct: true\n    - text: a\n  explanation: E\n"),
			[]string{"duplicate-option@18"}},
		{"missing explanation", q("  type: truefalse\n  prompt: P\n  answer: false\n"), []string{"missing-key@12"}},
		{"answer quoted", q("  type: truefalse\n  prompt: P\n  answer: \"true\"\n  explanation: E\n"), []string{"wrong-type@15"}},
		{"answer yes", q("  type: truefalse\n  prompt: P\n  answer: yes\n  explanation: E\n"), []string{"wrong-type@15"}},
		{"correct not bool", q("  type: single\n  prompt: P\n  options:\n    - text: a\n      correct: 1\n    - text: b\n  explanation: E\n"),
			[]string{"wrong-type@17"}},
		{"fill with empty list", q("  type: fill\n  prompt: P\n  accept: []\n  explanation: E\n"), []string{"too-few@15"}},
		{"fill with empty answer", q("  type: fill\n  prompt: P\n  accept:\n    - x\n    - \"\"\n  explanation: E\n"), []string{"empty@17"}},
		{"fill with scalar accept", q("  type: fill\n  prompt: P\n  accept: x\n  explanation: E\n"), []string{"wrong-type@15"}},
		{"order with one item", q("  type: order\n  prompt: P\n  items: [a]\n  explanation: E\n"), []string{"too-few@15"}},
		{"order with repeated item", q("  type: order\n  prompt: P\n  items: [a, b, a]\n  explanation: E\n"), []string{"duplicate-item@15"}},
		{"order with empty item", q("  type: order\n  prompt: P\n  items:\n    - a\n    - \"\"\n    - b\n  explanation: E\n"), []string{"empty@17"}},
		{"bad question id", doc("l1", singleQuiz("Q_1")), []string{"bad-id@12"}},
		{"question id repeats lesson id", doc("l1", singleQuiz("l1")), []string{"duplicate-id@12"}},
		{"two questions with one id", doc("l1", singleQuiz("q1")+singleQuiz("q1")), []string{"duplicate-id@20"}},
		{"duplicate key", q("  type: truefalse\n  prompt: P\n  prompt: Q\n  answer: true\n  explanation: E\n"), []string{"duplicate-key@15"}},
		{"question not a mapping", doc("l1", singleQuiz("q1")+"- just text\n"), []string{"wrong-type@20"}},
		{"quiz not a list", doc("l1", "id: q1\n"), []string{"wrong-type@12"}},
		{"empty quiz", doc("l1", ""), []string{"empty-quiz@11"}},
		{"empty quiz list", doc("l1", "[]\n"), []string{"empty-quiz@11"}},
		{"no quiz", header("l1"), []string{"no-quiz@0"}},
		{"two quiz blocks", doc("l1", singleQuiz("q1")) + "\n```quiz\n" + singleQuiz("q2") + "```\n", []string{"extra-quiz@22"}},
		{"no front matter", "# Judul\n\n```quiz\n" + singleQuiz("q1") + "```\n", []string{"no-front-matter@1"}},
		{"front matter not on line 1", "\n---\nid: l1\ntitle: T\nminutes: 4\n---\n```quiz\n" + singleQuiz("q1") + "```\n", []string{"no-front-matter@1"}},
		{"unclosed front matter", "---\nid: l1\ntitle: T\nminutes: 4\n\n```quiz\n" + singleQuiz("q1") + "```\n", []string{"unclosed-front-matter@1"}},
		{"unclosed front matter, quiz still checked", "---\nid: l1\n```quiz\n- id: q1\n  type: nope\n  prompt: P\n  explanation: E\n```\n",
			[]string{"unclosed-front-matter@1", "bad-type@5"}},
		{"empty front matter", "---\n---\n```quiz\n" + singleQuiz("q1") + "```\n", []string{"missing-key@1", "missing-key@1", "missing-key@1"}},
		{"front matter not a mapping", "---\n- a\n---\n```quiz\n" + singleQuiz("q1") + "```\n", []string{"wrong-type@2"}},
		{"unknown front matter key", "---\nid: l1\ntitel: T\nminutes: 4\n---\n```quiz\n" + singleQuiz("q1") + "```\n",
			[]string{"unknown-key@3", "missing-key@1"}},
		{"bad lesson id", "---\nid: Pelajaran 1\ntitle: T\nminutes: 4\n---\n```quiz\n" + singleQuiz("q1") + "```\n", []string{"bad-id@2"}},
		{"minutes zero", "---\nid: l1\ntitle: T\nminutes: 0\n---\n```quiz\n" + singleQuiz("q1") + "```\n", []string{"bad-minutes@4"}},
		{"minutes 61", "---\nid: l1\ntitle: T\nminutes: 61\n---\n```quiz\n" + singleQuiz("q1") + "```\n", []string{"bad-minutes@4"}},
		{"minutes fraction", "---\nid: l1\ntitle: T\nminutes: 4.5\n---\n```quiz\n" + singleQuiz("q1") + "```\n", []string{"bad-minutes@4"}},
		{"minutes text", "---\nid: l1\ntitle: T\nminutes: lima\n---\n```quiz\n" + singleQuiz("q1") + "```\n", []string{"bad-minutes@4"}},
		{"minutes missing", "---\nid: l1\ntitle: T\n---\n```quiz\n" + singleQuiz("q1") + "```\n", []string{"missing-key@1"}},
		{"every problem in a file", q("  type: single\n  prompt: \"\"\n  options:\n    - text: a\n  explanation: \"\"\n"),
			[]string{"empty@14", "too-few@15", "single-correct@15", "empty@17"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, probs := Load(Source{FS: lessonFS(tt.text)})
			if got := where(probs); !sameSet(got, tt.want) {
				t.Errorf("problems = %v, want %v%s", got, tt.want, formatAll(probs))
			}
			if c.Lesson("l1") != nil {
				t.Error("a lesson with problems was loaded")
			}
			for _, p := range probs {
				if p.Path != "m1/01-l.md" {
					t.Errorf("problem path = %q, want m1/01-l.md", p.Path)
				}
			}
		})
	}
}

// TestUnknownKeySuggestion checks the did-you-mean of unknown keys.
func TestUnknownKeySuggestion(t *testing.T) {
	tests := []struct {
		key     string
		allowed []string
		want    string
	}{
		{"anwser", []string{"answer", "feedback_true"}, "answer"},
		{"Prompt", commonKeys(), "prompt"},
		{"explenation", commonKeys(), "explanation"},
		{"optons", allQuestionKeys(), "options"},
		{"x", commonKeys(), ""},
		{"zzzzzz", allQuestionKeys(), ""},
		{"titel", frontMatterKeys(), "title"},
	}
	for _, tt := range tests {
		if got := suggest(tt.key, tt.allowed); got != tt.want {
			t.Errorf("suggest(%q) = %q, want %q", tt.key, got, tt.want)
		}
	}
	_, probs := Load(Source{FS: lessonFS(doc("l1", "- id: q1\n  type: truefalse\n  prompt: P\n  anwser: true\n  explanation: E\n"))})
	for _, p := range probs {
		if p.Code == CodeUnknownKey {
			if want := `m1/01-l.md:15: kunci "anwser" tidak dikenal; maksud Anda "answer"?`; p.Error() != want {
				t.Errorf("message = %q, want %q", p.Error(), want)
			}
			return
		}
	}
	t.Errorf("no unknown-key problem in %v", where(probs))
}

// TestSpecExample loads the example lesson of the format spec verbatim.
func TestSpecExample(t *testing.T) {
	text := "---\nid: m4-l1\ntitle: Apa itu organisasi pembelajar?\nminutes: 4\nobjective: Setelah pelajaran ini Anda dapat ...\n---\n\n" +
		"Markdown body: headings, paragraphs, lists, emphasis, tables, quotes.\n\n```quiz\n- id: m4-l1-q1\n  type: single\n" +
		"  prompt: Buku *The Fifth Discipline* karya Peter Senge pertama kali terbit pada tahun …\n  options:\n" +
		"    - text: \"1990\"\n      correct: true\n" +
		"    - text: \"1978\"\n      feedback: 1978 adalah tahun buku Argyris & Schön tentang pembelajaran organisasi.\n" +
		"    - text: \"2006\"\n      feedback: 2006 adalah tahun edisi revisinya.\n" +
		"  explanation: Buku itu terbit pada 1990; edisi revisinya terbit 2006.\n```\n"
	c := mustLoad(t, fstest.MapFS{"m4/module.yaml": moduleYAML("m4", 4), "m4/01-apa.md": file(text)})
	l := c.Lesson("m4-l1")
	q := l.Questions[0]
	if l.Body != "Markdown body: headings, paragraphs, lists, emphasis, tables, quotes." || q.Line != 11 ||
		q.Prompt != "Buku *The Fifth Discipline* karya Peter Senge pertama kali terbit pada tahun …" ||
		!reflect.DeepEqual(q.CorrectIndexes(), []int{0}) ||
		q.Options[1].Feedback != "1978 adalah tahun buku Argyris & Schön tentang pembelajaran organisasi." {
		t.Errorf("lesson = %#v", l)
	}
}

// TestReflectionAndPlan reads a lesson's reflection prompt and plan, and
// reports what a plan gets wrong at its line.
func TestReflectionAndPlan(t *testing.T) {
	lesson := func(front string) string {
		return "---\nid: l1\ntitle: Judul\nminutes: 5\n" + front + "---\n\nTeks.\n\n```quiz\n- id: q1\n  type: truefalse\n  prompt: Ya?\n  answer: true\n  explanation: Ya.\n```\n"
	}
	c := mustLoad(t, lessonFS(lesson("reflection: \"Apa yang akan Anda coba?\"\nplan:\n  prompt: Tulis tindakan.\n  actions: 2\n  tie: [Model mental, Berpikir sistem]\n")))
	l := c.Lesson("l1")
	if l.Reflection != "Apa yang akan Anda coba?" || l.Plan == nil || l.Plan.Prompt != "Tulis tindakan." || l.Plan.Actions != 2 ||
		len(l.Plan.Ties) != 2 || l.Plan.Line != 6 {
		t.Fatalf("reflection %q, plan %+v", l.Reflection, l.Plan)
	}
	if c := mustLoad(t, lessonFS(lesson("plan:\n  prompt: Tulis.\n"))); c.Lesson("l1").Plan.Actions != 3 {
		t.Fatal("a plan's actions default to 3")
	}
	for _, tt := range []struct {
		front, code string
		line        int
	}{
		{"plan:\n  prompt: Tulis.\n  actions: 9\n", CodeBadPlanActions, 7},
		{"plan:\n  actions: 2\n", CodeMissingKey, 5},
		{"plan: [a, b]\n", CodeWrongType, 5},
		{"plan:\n  prompt: Tulis.\n  tie: Model mental\n", CodeWrongType, 7},
		{"plan:\n  prompt: Tulis.\n  tia: [x]\n", CodeUnknownKey, 7},
	} {
		_, probs := Load(Source{FS: lessonFS(lesson(tt.front))})
		if !hasProblemCode(probs, tt.code) || probs[0].Line != tt.line {
			t.Errorf("%q: %v, want %s at line %d", tt.front, formatAll(probs), tt.code, tt.line)
		}
	}
}
