package lessons

import (
	"testing"
	"testing/fstest"
)

// TestModulesAreNumberedByPlace: a trainer's module with order 100 after
// two others is "Modul 3", not "Modul 100".
func TestModulesAreNumberedByPlace(t *testing.T) {
	lesson := func(id string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\nid: " + id + "\ntitle: Judul " + id + "\nminutes: 1\n---\n\nIsi.\n\n```quiz\n- id: " + id + "-q1\n  type: truefalse\n  prompt: Dua sama dengan dua.\n  answer: true\n  explanation: Jelas.\n```\n")}
	}
	fsys := fstest.MapFS{
		"a/module.yaml": {Data: []byte("id: a\ntitle: A\norder: 1\n")}, "a/01.md": lesson("a-l1"),
		"b/module.yaml": {Data: []byte("id: b\ntitle: B\norder: 2\n")}, "b/01.md": lesson("b-l1"),
		"z/module.yaml": {Data: []byte("id: z\ntitle: Z\norder: 100\n")}, "z/01.md": lesson("z-l1"),
	}
	c, probs := Load(Source{Name: "t", FS: fsys})
	if len(probs) > 0 {
		t.Fatalf("problems: %v", probs)
	}
	for i, want := range []string{"a", "b", "z"} {
		if m := c.Modules[i]; m.ID != want || m.Number != i+1 {
			t.Errorf("module %d is %s numbered %d, want %s numbered %d", i, m.ID, m.Number, want, i+1)
		}
	}
}
