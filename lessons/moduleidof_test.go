package lessons

import (
	"testing"
	"testing/fstest"
)

func TestModuleIDOf(t *testing.T) {
	lesson := func(id string) []byte {
		return []byte("---\nid: " + id + "\ntitle: T " + id + "\nminutes: 1\n---\n\nIsi.\n\n```quiz\n- id: " + id + "-q\n  type: truefalse\n  prompt: Benar?\n  answer: true\n  explanation: Ya.\n```\n")
	}
	c, problems := Load(Source{Name: "uji", FS: fstest.MapFS{
		"course.yaml":   {Data: []byte("title: Uji\n")},
		"a/module.yaml": {Data: []byte("id: ma\ntitle: A\norder: 1\n")},
		"a/01-satu.md":  {Data: lesson("l1")},
		"b/module.yaml": {Data: []byte("id: mb\ntitle: B\norder: 2\n")},
		"b/01-dua.md":   {Data: lesson("l2")},
		"b/02-tiga.md":  {Data: lesson("l3")},
	}})
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	of := c.ModuleIDOf()
	for lesson, want := range map[string]string{"l1": "ma", "l2": "mb", "l3": "mb", "gone": "gone"} {
		if got := of(lesson); got != want {
			t.Errorf("ModuleIDOf(%q) = %q, want %q", lesson, got, want)
		}
	}
	var none *Catalog
	if got := none.ModuleIDOf()("x"); got != "x" {
		t.Errorf("a nil catalog gives %q", got)
	}
}
