package tui

import (
	"os"
	"testing"

	"ajar/lessons"
)

// builtInCourse loads the course ajar ships from its files (tui never
// imports the embedded copy).
func builtInCourse(b testing.TB) *lessons.Catalog {
	c, problems := lessons.Load(lessons.Source{Name: "course", FS: os.DirFS("../content/course")})
	if len(problems) > 0 {
		b.Fatalf("built-in course: %v", problems)
	}
	return c
}

// BenchmarkCourseIndex is building the search index of the built-in
// course once, and one search of it: what the first / and each key typed
// cost on the UI thread.
func BenchmarkCourseIndex(b *testing.B) {
	c := builtInCourse(b)
	b.Run("build", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			newCourseIndex(c, "Modul", "Glosarium")
		}
	})
	ix := newCourseIndex(c, "Modul", "Glosarium")
	b.Run("search", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			ix.search("digital", 100)
		}
	})
}
