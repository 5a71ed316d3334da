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
	shared := []string{"correct", "wrong", "correctAnswer", "explanation",
		"score", "allRight", "wrongLeft", "reviewTitle", "flashcard", "reviewDone", "nothingDue", "nextDue",
		"trueWord", "falseWord", "question", "quizResult", "lessonsDone", "learner"}
	tutor := tutorTexts(t)
	for _, lang := range []string{"id", "en"} {
		mine := reflect.ValueOf(textsFor(lang))
		for _, name := range shared {
			want, ok := tutor[lang][name]
			if !ok {
				t.Errorf("%s: tui has no %s", lang, name)
				continue
			}
			if got := mine.FieldByName(name).String(); got != want {
				t.Errorf("%s.%s = %q, the tutor says %q", lang, name, got, want)
			}
		}
	}
}

// tutorTexts reads the texts of tui's table, textTable, whose entries
// are tr("Indonesian", "English"), keyed by language like textsFor.
func tutorTexts(t *testing.T) map[string]map[string]string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "../text.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]string{"id": {}, "en": {}}
	ast.Inspect(f, func(n ast.Node) bool {
		kv, ok := n.(*ast.KeyValueExpr)
		if !ok {
			return true
		}
		key, ok1 := kv.Key.(*ast.Ident)
		call, ok2 := kv.Value.(*ast.CallExpr)
		if !ok1 || !ok2 || len(call.Args) != 2 {
			return true
		}
		for i, l := range []string{"id", "en"} {
			if lit, ok := call.Args[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				if s, err := strconv.Unquote(lit.Value); err == nil {
					out[l][key.Name] = s
				}
			}
		}
		return true
	})
	if len(out["id"]) < 100 {
		t.Fatalf("read only %d texts from tui/text.go: has its table changed shape?", len(out["id"]))
	}
	return out
}
