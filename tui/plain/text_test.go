package plain

import (
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"strconv"
	"testing"
)

// TestTextsMatchTheTutor: the sentences plain mode shares with the
// full-screen tutor are the tutor's words, in both languages, so a
// learner meets the same terms in either mode and a change to one shows
// here. The tutor's strings are read from tui/text.go, since plain may
// not import tui (bubbletea).
func TestTextsMatchTheTutor(t *testing.T) {
	shared := []string{"again", "hard", "good", "easy", "correct", "wrong", "correctAnswer", "explanation",
		"score", "allRight", "wrongLeft", "reviewTitle", "flashcard", "reviewDone", "nothingDue", "nextDue",
		"trueWord", "falseWord", "question", "quizResult", "noQuiz", "lessonsDone", "learner"}
	tutor := tutorTexts(t)
	for fn, lang := range map[string]string{"indonesianTexts": "id", "englishTexts": "en"} {
		mine := reflect.ValueOf(textsFor(lang))
		for _, name := range shared {
			want, ok := tutor[fn][name]
			if !ok {
				t.Errorf("%s: tui has no %s", fn, name)
				continue
			}
			if got := mine.FieldByName(name).String(); got != want {
				t.Errorf("%s.%s = %q, the tutor says %q", fn, name, got, want)
			}
		}
	}
}

// tutorTexts reads the string fields of tui's two texts literals.
func tutorTexts(t *testing.T) map[string]map[string]string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "../text.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]string{}
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Name.Name != "indonesianTexts" && fn.Name.Name != "englishTexts" {
			continue
		}
		fields := map[string]string{}
		ast.Inspect(fn, func(n ast.Node) bool {
			kv, ok := n.(*ast.KeyValueExpr)
			if !ok {
				return true
			}
			key, ok1 := kv.Key.(*ast.Ident)
			lit, ok2 := kv.Value.(*ast.BasicLit)
			if ok1 && ok2 && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					fields[key.Name] = s
				}
			}
			return true
		})
		out[fn.Name.Name] = fields
	}
	return out
}
