package lessons

import (
	"strings"
	"testing"
)

// TestFormat renders problems in both languages.
func TestFormat(t *testing.T) {
	tests := []struct {
		p      Problem
		id, en string
	}{
		{Problem{Path: "content/course/m4/01-x.md", Line: 15, Code: CodeUnknownKey, Args: []any{"anwser", "answer", "id, type"}},
			`content/course/m4/01-x.md:15: kunci "anwser" tidak dikenal; maksud Anda "answer"?`,
			`content/course/m4/01-x.md:15: unknown key "anwser"; did you mean "answer"?`},
		{Problem{Path: "a.md", Line: 3, Code: CodeUnknownKey, Args: []any{"zz", "", "id, type"}},
			`a.md:3: kunci "zz" tidak dikenal; kunci yang boleh: id, type`,
			`a.md:3: unknown key "zz"; allowed keys: id, type`},
		{Problem{Path: "a.md", Line: 2, Code: CodeDuplicateID, Args: []any{"m4-l1", "b.md:2"}},
			`a.md:2: id "m4-l1" sudah dipakai di b.md:2`,
			`a.md:2: id "m4-l1" is already used at b.md:2`},
		{Problem{Path: "m1", Code: CodeNoModuleYAML},
			`m1: module.yaml tidak ada; folder berisi pelajaran perlu module.yaml berisi id, title dan order`,
			`m1: module.yaml missing; a folder with lessons needs a module.yaml with id, title and order`},
		{Problem{Path: "a.md", Line: 15, Code: CodeWrongType, Args: []any{"answer", kindBool}},
			`a.md:15: "answer" harus berupa true atau false (tanpa tanda kutip)`,
			`a.md:15: "answer" must be true or false (without quotes)`},
		{Problem{Path: "a.md", Line: 15, Code: CodeSingleCorrect, Args: []any{2}},
			`a.md:15: pertanyaan single harus punya tepat satu opsi "correct: true"; sekarang ada 2`,
			`a.md:15: a single question needs exactly one option with "correct: true"; it has 2`},
		{Problem{Code: CodeEmptyQuiz},
			`blok quiz kosong; tulis sedikitnya satu pertanyaan`,
			`the quiz block is empty; write at least one question`},
		{Problem{Path: "a.md", Line: 26, Code: CodeExtraFlashcards, Args: []any{22}},
			`a.md:26: blok flashcards kedua; satu pelajaran paling banyak punya satu (yang pertama di baris 22)`,
			`a.md:26: second flashcards block; a lesson has at most one (the first is on line 22)`},
		{Problem{Path: "a.md", Line: 22, Code: CodeEmptyFlashcards},
			`a.md:22: blok flashcards kosong; tulis sedikitnya satu kartu atau hapus blok ini`,
			`a.md:22: the flashcards block is empty; write at least one card or remove the block`},
		{Problem{Path: "a.md", Line: 1, Code: "no-such-code", Args: []any{"x", 2}},
			`a.md:1: no-such-code: x 2`, `a.md:1: no-such-code: x 2`},
		{Problem{Path: "a.md", Line: 1, Code: CodeTooFew, Args: []any{"items"}},
			`a.md:1: too-few: items`, `a.md:1: too-few: items`},
	}
	for _, tt := range tests {
		if got := tt.p.Format(Indonesian); got != tt.id {
			t.Errorf("Format(id) =\n%s\nwant\n%s", got, tt.id)
		}
		if got := tt.p.Error(); got != tt.id {
			t.Errorf("Error() = %s, want the Indonesian %s", got, tt.id)
		}
		if got := tt.p.Format(English); got != tt.en {
			t.Errorf("Format(en) =\n%s\nwant\n%s", got, tt.en)
		}
		if got := tt.p.Format("fr"); got != tt.id {
			t.Errorf("Format(fr) = %s, want the Indonesian default", got)
		}
	}
}

// TestEveryCodeHasMessages checks that every code has a distinct message
// in each language, filled without fmt errors.
func TestEveryCodeHasMessages(t *testing.T) {
	codes := []string{CodeRead, CodeNotUTF8, CodeYAML, CodeNoFrontMatter, CodeUnclosedFrontMatter, CodeNoQuiz,
		CodeExtraQuiz, CodeEmptyQuiz, CodeExtraFlashcards, CodeEmptyFlashcards, CodeUnknownKey, CodeOtherTypeKey, CodeDuplicateKey, CodeMissingKey, CodeEmpty,
		CodeWrongType, CodeBadID, CodeDuplicateID, CodeBadType, CodeSingleCorrect, CodeMultiCorrect, CodeTooFew,
		CodeDuplicateOption, CodeDuplicateItem, CodeDuplicatePair, CodeTooManyPairs, CodeBadMinutes, CodeBadPlanActions, CodeNoModuleYAML, CodeNoLessons, CodeNoModules,
		CodeSymlink, CodeNotRegular, CodeTooLarge, CodeTooMany, CodeTooDeep,
		CodeKeyLongest, CodeAbsoluteWord, CodeHedgeWord, CodeAnswerInPrompt, CodeNearDuplicate, CodeOrderDated,
		CodeOrderNumbered, CodeTrueFalseBalance, CodeAllNone, CodeNegativeStem, CodeMinutes,
		CodeControl, CodeManyControls, CodeControlName, CodeBodyTooLarge, CodeTooManyLines, CodeLongLine, CodeLongWord,
		CodeTooNested, CodeBigTable, CodeYAMLTooLarge, CodeLongText, CodeUTF16, CodePermission, CodeWindowsName, CodeCaseClash}
	args := []any{"a", "b", "c", "d", "e"}
	seen := map[string]string{}
	for _, code := range codes {
		for _, lang := range []Lang{Indonesian, English} {
			tmpl, _ := template(code, lang, args)
			if tmpl == "" {
				t.Errorf("%s has no %s message", code, lang)
				continue
			}
			msg := Problem{Code: code, Args: args}.Format(lang)
			if strings.Contains(msg, "%!") || strings.HasPrefix(msg, code+":") {
				t.Errorf("%s in %s renders badly: %s", code, lang, msg)
			}
			if prev, dup := seen[msg]; dup {
				t.Errorf("%s and %s share the message %q", code, prev, msg)
			}
			seen[msg] = code
		}
		if id, en := (Problem{Code: code, Args: args}).Format(Indonesian), (Problem{Code: code, Args: args}).Format(English); id == en {
			t.Errorf("%s is not translated: %s", code, id)
		}
	}
}

// TestKindWords checks that every kind has a word in both languages.
func TestKindWords(t *testing.T) {
	for _, k := range []kind{kindText, kindList, kindMapping, kindInt, kindBool} {
		if k.word(Indonesian) == string(k) || k.word(English) == k.word(Indonesian) {
			t.Errorf("kind %s: id %q, en %q", k, k.word(Indonesian), k.word(English))
		}
	}
	for _, s := range []spot{spotPrompt, spotTitle} {
		if s.word(Indonesian) == string(s) || s.word(English) == s.word(Indonesian) {
			t.Errorf("spot %s: id %q, en %q", s, s.word(Indonesian), s.word(English))
		}
	}
}

// TestYAMLErrorLine checks the conversion of yaml.v3 error lines, which
// are 1-based for scanner errors and 0-based for parser errors.
func TestYAMLErrorLine(t *testing.T) {
	tests := []struct {
		src  string
		line int
	}{
		{"a: 1\nb: c: d\n", 2},                       // scanner error
		{"a: 1\n\tb: 2\n", 2},                        // tab indentation
		{"a: 1\nb: [1\n", 2},                         // parser error with context
		{"- id: x\n  type: single\n prompt: y\n", 3}, // parser error
		{"a: b\n- c\n", 2},                           // parser error
		{": :\n", 1},                                 // no line in the message
		{"a: *nope\n", 1},                            // no line in the message
		{"a: \"open\nb: 2\n\n\n", 2},                 // end of stream: last line
		{"x: 1\ny: [\n", 2},                          // end of stream: last line
		{"x: 1\ny: 2\nz: 3\nw: {a: 1\nv: 4\n", 4},    // flow mapping
		// yaml.v3 names the start of the enclosing block here, not the bad line.
		{"k:\n  - a\n  b: 1\n", 2},
	}
	for _, tt := range tests {
		var probs []Problem
		w := walker{path: "f", base: 10, probs: &probs}
		if _, ok := w.parse([]byte(tt.src)); ok || len(probs) != 1 {
			t.Errorf("%q: ok=%v problems=%v", tt.src, ok, where(probs))
			continue
		}
		if got := probs[0].Line; got != 10+tt.line {
			t.Errorf("%q: line %d, want %d (%v)", tt.src, got-10, tt.line, probs[0].Args)
		}
		if msg := probs[0].Args[0].(string); strings.HasPrefix(msg, "yaml:") || strings.HasPrefix(msg, "line ") {
			t.Errorf("%q: message keeps its prefix: %q", tt.src, msg)
		}
	}
}
