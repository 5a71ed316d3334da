package content_test

import (
	"io/fs"
	"testing"

	"ajar/content"
	"ajar/lessons"
)

func TestCourseRoot(t *testing.T) {
	c := content.Course()
	if _, err := fs.Stat(c, "course.yaml"); err != nil {
		t.Fatalf("course.yaml not at the root of Course(): %v", err)
	}
	mods, err := fs.Glob(c, "*/module.yaml")
	if err != nil || len(mods) == 0 {
		t.Fatalf("no module folders at the root of Course(): %v %v", mods, err)
	}
	if _, err := fs.Stat(c, "README.md"); err == nil {
		t.Errorf("README.md must stay outside course/ so it is not embedded")
	}
}

func TestCourseLintsClean(t *testing.T) {
	cat, probs := lessons.Load(lessons.Source{Name: content.CourseName, FS: content.Course()})
	for _, p := range probs {
		t.Errorf("%s", p.Format(lessons.English))
	}
	// The course is held to its own item-writing checks (lint --strict).
	for _, p := range lessons.CheckItems(cat) {
		t.Errorf("%s", p.Format(lessons.English))
	}
	if len(cat.Modules) == 0 {
		t.Fatal("the embedded course loaded no modules")
	}
	for _, m := range cat.Modules {
		for _, l := range m.Lessons {
			if l.Minutes < 4 || l.Minutes > 10 {
				t.Errorf("%s: minutes = %d, want 4..10 (3-5 of reading, then the quiz)", l.Path, l.Minutes)
			}
			if len(l.Questions) < 4 {
				t.Errorf("%s: %d questions, want at least 4", l.Path, len(l.Questions))
			}
		}
	}
}
