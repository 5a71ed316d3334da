package content_test

import (
	"io/fs"
	"strings"
	"testing"

	"ajar/content"
	"ajar/lessons"
)

// TestSampleLintsClean checks the module `ajar init` writes: it loads
// without problems, shows every question type and a flashcards block, and
// its ids do not clash with the built-in course.
func TestSampleLintsClean(t *testing.T) {
	cat, probs := lessons.Load(
		lessons.Source{Name: content.CourseName, FS: content.Course()},
		lessons.Source{Name: content.SampleName, FS: content.Sample()},
	)
	for _, p := range probs {
		t.Errorf("%s", p.Format(lessons.English))
	}
	// A trainer starts from this module, so it must not show an
	// item-writing warning either.
	for _, p := range lessons.CheckItems(cat) {
		if strings.HasPrefix(p.Path, content.SampleName+"/") {
			t.Errorf("%s", p.Format(lessons.English))
		}
	}
	m := cat.Module("contoh")
	if m == nil || len(m.Lessons) != 2 {
		t.Fatalf("sample module: %+v, want module contoh with two lessons", m)
	}
	types := map[lessons.QuestionType]bool{}
	cards := 0
	for _, l := range m.Lessons {
		for _, q := range l.Questions {
			types[q.Type] = true
		}
		cards += len(l.Flashcards)
	}
	for _, want := range lessons.QuestionTypes() {
		if !types[want] {
			t.Errorf("the sample has no %s question", want)
		}
	}
	if cards == 0 {
		t.Error("the sample has no flashcards")
	}
	if _, err := fs.Stat(content.Sample(), "module.yaml"); err != nil {
		t.Errorf("module.yaml not at the root of Sample(): %v", err)
	}
}
