package lessons

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

// TestBOMAndCRLFParseLikeLF covers case 44 of reliability-cases.md: a
// lesson saved by Notepad (a UTF-8 byte order mark and CRLF line ends)
// loads exactly like the same lesson with LF, problems and their lines
// included.
func TestBOMAndCRLFParseLikeLF(t *testing.T) {
	lessons := map[string]string{
		"full": lessonWithBody("## Judul\n\nTeks *miring*.\n\n- a\n- b\n\n> kutipan\n\n| a | b |\n|---|---|\n| 1 | 2 |") +
			"\n```flashcards\n- id: k1\n  front: \"F?\"\n  back: |\n    Baris satu.\n    Baris dua.\n```\n",
		"broken": "---\nid: L1\ntitle: \"\\e\"\nminutes: 99\n---\n\nTeks &#27;.\n\n```quiz\n- id: q1\n  type: single\n  prompt: P\n  anwser: x\n  explanation: E\n```\n",
	}
	for name, lf := range lessons {
		crlf := "\uFEFF" + strings.ReplaceAll(lf, "\n", "\r\n")
		load := func(text string) (*Catalog, []string) {
			c, probs := Load(Source{FS: fstest.MapFS{"m1/module.yaml": moduleYAML("m1", 1), "m1/01-l.md": file(text)}})
			var msgs []string
			for _, p := range probs {
				msgs = append(msgs, p.Format(English))
			}
			return c, msgs
		}
		c1, p1 := load(lf)
		c2, p2 := load(crlf)
		if !reflect.DeepEqual(p1, p2) {
			t.Errorf("%s: problems differ:\nLF   %q\nCRLF %q", name, p1, p2)
		}
		if !reflect.DeepEqual(c1, c2) {
			t.Errorf("%s: lessons differ:\nLF   %+v\nCRLF %+v", name, c1.Lessons(), c2.Lessons())
		}
	}
}
