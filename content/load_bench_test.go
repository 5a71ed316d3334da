package content_test

import (
	"testing"

	"ajar/content"
	"ajar/lessons"
)

// BenchmarkLoadCourse parses the embedded course as every start does.
func BenchmarkLoadCourse(b *testing.B) {
	for b.Loop() {
		if _, probs := lessons.Load(lessons.Source{Name: content.CourseName, FS: content.Course()}); len(probs) > 0 {
			b.Fatal(probs[0])
		}
	}
}
