package lessons

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

// TestWindowsNamesAreReportedEverywhere covers case 51 of
// reliability-cases.md: names Windows keeps for devices (CON, NUL, COM1,
// LPT1, with any extension), names with characters Windows does not allow
// in a name (a colon makes an alternate data stream) and names that differ
// only in case are reported and skipped on every system, so a module
// checked on Linux behaves the same on the office PC and a device is never
// opened.
func TestWindowsNamesAreReportedEverywhere(t *testing.T) {
	fsys := fstest.MapFS{
		"m1/module.yaml":   moduleYAML("m1", 1),
		"m1/01-a.md":       file(doc("m1-l1", singleQuiz("m1-l1-q1"))),
		"m1/CON.md":        file(doc("m1-l2", singleQuiz("m1-l2-q1"))),
		"m1/nul":           file(""),
		"m1/com1.md":       file(doc("m1-l3", singleQuiz("m1-l3-q1"))),
		"m1/Lpt9.txt.md":   file(doc("m1-l4", singleQuiz("m1-l4-q1"))),
		"m1/a.md:stream":   file(""),
		"m1/02-b?.md":      file(doc("m1-l5", singleQuiz("m1-l5-q1"))),
		"m1/03-Sama.md":    file(doc("m1-l6", singleQuiz("m1-l6-q1"))),
		"m1/03-sama.md":    file(doc("m1-l7", singleQuiz("m1-l7-q1"))),
		"m1/04-titik.md.":  file(""),
		"m1/console.md":    file(doc("m1-l8", singleQuiz("m1-l8-q1"))),
		"aux/module.yaml":  moduleYAML("m2", 2),
		"aux/01-x.md":      file(doc("m2-l1", singleQuiz("m2-l1-q1"))),
		"M3/module.yaml":   moduleYAML("m3", 3),
		"M3/01-x.md":       file(doc("m3-l1", singleQuiz("m3-l1-q1"))),
		"m3/module.yaml":   moduleYAML("m4", 4),
		"m3/01-x.md":       file(doc("m4-l1", singleQuiz("m4-l1-q1"))),
		"m5/02-Sama.md/x":  file(""),
		"m5/02-sama.md/y":  file(""),
		"m5/module.yaml":   moduleYAML("m5", 5),
		"m5/01-x.md":       file(doc("m5-l1", singleQuiz("m5-l1-q1"))),
		"m5/03-ok trim.md": file(doc("m5-l2", singleQuiz("m5-l2-q1"))),
	}
	c, probs := Load(Source{Name: "k", FS: fsys})
	want := []string{
		"windows-name k/m1/CON.md", "windows-name k/m1/nul", "windows-name k/m1/com1.md", "windows-name k/m1/Lpt9.txt.md",
		"windows-name k/m1/a.md:stream", "windows-name k/m1/02-b?.md", "windows-name k/m1/04-titik.md.",
		"case-clash k/m1/03-sama.md", "windows-name k/aux", "case-clash k/m3", "case-clash k/m5/02-sama.md",
	}
	if got := codesAt(probs); !sameSet(got, want) {
		t.Errorf("problems\n got %v\nwant %v%s", got, want, formatAll(probs))
	}
	if got := lessonIDs(c.Lessons()); !reflect.DeepEqual(got, []string{"m1-l1", "m1-l6", "m1-l8", "m3-l1", "m5-l1", "m5-l2"}) {
		t.Errorf("lessons %v", got)
	}
	for _, p := range probs {
		if p.Code == CodeCaseClash && !strings.Contains(p.Format(English), "only in case") {
			t.Errorf("message: %s", p.Format(English))
		}
	}
}
