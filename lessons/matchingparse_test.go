package lessons

import (
	"reflect"
	"strings"
	"testing"
)

// matchingQuiz returns a valid matching question with id qid: three pairs,
// the second in the compact flow form.
func matchingQuiz(qid string) string {
	return "- id: " + qid + "\n  type: matching\n  prompt: Pasangkan.\n  pairs:\n" +
		"    - left: Kepala\n      right: Memimpin\n    - {left: Sekretaris, right: Mencatat}\n" +
		"    - left: Bendahara\n      right: Membayar\n  explanation: E.\n"
}

// TestMatchingLoads reads a matching question's pairs as written, in
// the block form and the compact flow form, with their lines.
func TestMatchingLoads(t *testing.T) {
	c, probs := Load(Source{FS: lessonFS(doc("l1", matchingQuiz("q1")))})
	if len(probs) > 0 {
		t.Fatal(formatAll(probs))
	}
	q, _ := c.Question("q1")
	want := []Pair{{"Kepala", "Memimpin", 16}, {"Sekretaris", "Mencatat", 18}, {"Bendahara", "Membayar", 19}}
	if q == nil || q.Type != Matching || !reflect.DeepEqual(q.Pairs, want) {
		t.Fatalf("got %+v", q)
	}
}

// TestMatchingProblems: each mistake in a matching question is reported
// on its own line, in the words of the other types' problems.
func TestMatchingProblems(t *testing.T) {
	q := func(lines string) string {
		return doc("l1", "- id: q1\n  type: matching\n  prompt: P\n"+lines+"  explanation: E\n")
	}
	ten := "  pairs:\n"
	for i := range 10 {
		ten += "    - {left: l" + string(rune('0'+i)) + ", right: r" + string(rune('0'+i)) + "}\n"
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"no pairs", q(""), []string{"missing-key@12"}},
		{"one pair", q("  pairs:\n    - {left: a, right: b}\n"), []string{"too-few@15"}},
		{"ten pairs", q(ten), []string{"too-many-pairs@15"}},
		{"pairs not a list", q("  pairs: a\n"), []string{"wrong-type@15"}},
		{"pair not a mapping", q("  pairs:\n    - a\n    - {left: b, right: c}\n"), []string{"wrong-type@16"}},
		{"empty right", q("  pairs:\n    - {left: a, right: \"\"}\n    - {left: b, right: c}\n"), []string{"empty@16"}},
		{"missing left", q("  pairs:\n    - {right: a}\n    - {left: b, right: c}\n"), []string{"missing-key@16"}},
		{"unknown pair key", q("  pairs:\n    - {left: a, rigth: b}\n    - {left: c, right: d}\n"), []string{"unknown-key@16", "missing-key@16"}},
		{"same left twice", q("  pairs:\n    - {left: a, right: b}\n    - {left: a, right: c}\n"), []string{"duplicate-pair@17"}},
		{"same right twice", q("  pairs:\n    - {left: a, right: b}\n    -\n      left: c\n      right: b\n"), []string{"duplicate-pair@19"}},
		{"items on a matching question", q("  items: [a, b]\n  pairs:\n    - {left: a, right: b}\n    - {left: c, right: d}\n"), []string{"other-type-key@15"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, probs := Load(Source{FS: lessonFS(tt.text)})
			if got := where(probs); !sameSet(got, tt.want) {
				t.Errorf("problems = %v, want %v%s", got, tt.want, formatAll(probs))
			}
		})
	}
	_, probs := Load(Source{FS: lessonFS(q("  pairs:\n    - {left: a, right: b}\n    - {left: c, right: b}\n"))})
	for lang, want := range map[Lang]string{Indonesian: `"right" "b" terulang (pertama di baris 16)`, English: `"right" "b" is repeated (first on line 16)`} {
		if len(probs) != 1 || !strings.Contains(probs[0].Format(lang), want) {
			t.Errorf("%s: %v, want %q", lang, probs, want)
		}
	}
}
