package lessons

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestYAMLErrorsAreExplained: a YAML syntax error in a module file is
// explained in the author's language, with file:line and the parser's own
// words kept for searching.
func TestYAMLErrorsAreExplained(t *testing.T) {
	fsys := fstest.MapFS{"m/module.yaml": {Data: []byte("id: m\ntitle: [tanpa penutup\norder: 1\n")}}
	var yamlProb *Problem
	for _, p := range Lint(Source{Name: "kursus", FS: fsys}) {
		if p.Code == CodeYAML {
			yamlProb = &p
		}
	}
	if yamlProb == nil {
		t.Fatal("a broken module.yaml must be a YAML problem")
	}
	id, en := yamlProb.Format(Indonesian), yamlProb.Format(English)
	for _, c := range []struct{ got, want string }{
		{id, "kursus/m/module.yaml:2: YAML tidak sah: daftar [ ... ] tidak ditutup dengan ]"},
		{en, "kursus/m/module.yaml:2: invalid YAML: a [ ... ] list is not closed with ]"},
	} {
		if !strings.HasPrefix(c.got, c.want) || !strings.HasSuffix(c.got, "(did not find expected ',' or ']')") {
			t.Errorf("got  %s\nwant %s … (did not find expected ',' or ']')", c.got, c.want)
		}
	}
}
