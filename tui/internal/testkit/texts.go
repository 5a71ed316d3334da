package testkit

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"strings"
	"testing"

	"ajar/tui/lang"
)

// CheckTexts fails t for each text of table (a lang table of the package
// under test) that lacks a language, and for each that no non-test file
// of the package uses as a selector (t.name): an unused text is dead
// weight that drifts out of date. Names in allowEmpty may be empty in
// both languages.
func CheckTexts(t *testing.T, table any, allowEmpty ...string) {
	t.Helper()
	for _, gap := range lang.Gaps(table, allowEmpty...) {
		t.Errorf("text %s is missing", gap)
	}
	used := map[string]bool{}
	pkgs, err := parser.ParseDir(token.NewFileSet(), ".", func(fi fs.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pkgs {
		ast.Inspect(p, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				used[sel.Sel.Name] = true
			}
			return true
		})
	}
	for _, name := range lang.Names(table) {
		if !used[name] {
			t.Errorf("text %s is never used: delete it", name)
		}
	}
}
