package content_test

import (
	"bytes"
	"testing"
	"testing/fstest"

	"ajar/content"
	"ajar/lessons"
)

// TestCourseCacheIsFresh: the cache embedded for a quick start must be
// exactly what loading the course gives today. When it fails, run
// go generate ./content.
func TestCourseCacheIsFresh(t *testing.T) {
	loaded, probs := lessons.Load(lessons.Source{Name: content.CourseName, FS: content.Course()})
	if len(probs) > 0 {
		t.Fatal(probs[0])
	}
	want, err := lessons.EncodeCatalog(loaded, content.Course())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(content.CourseCache(), want) {
		t.Fatal("content/course.cache is out of date: run go generate ./content")
	}
	cached, ok := lessons.DecodeCatalog(content.CourseCache(), content.Course())
	if !ok {
		t.Fatal("the cache does not decode")
	}
	again, err := lessons.EncodeCatalog(cached, content.Course())
	if err != nil || !bytes.Equal(again, want) {
		t.Fatal("the decoded cache differs from the loaded course")
	}
	if got, want := len(cached.Lessons()), len(loaded.Lessons()); got != want || cached.Title != loaded.Title {
		t.Fatalf("cached course has %d lessons, loaded %d", got, want)
	}
}

// TestCacheOfOtherFilesIsRefused: a cache is used only for the very files
// it was made from; an edited lesson is parsed.
func TestCacheOfOtherFilesIsRefused(t *testing.T) {
	edited := fstest.MapFS{"course.yaml": {Data: []byte("title: Lain\n")}}
	if _, ok := lessons.DecodeCatalog(content.CourseCache(), edited); ok {
		t.Fatal("a cache was accepted for other files")
	}
	if _, ok := lessons.DecodeCatalog([]byte("not a cache"), content.Course()); ok {
		t.Fatal("garbage was accepted as a cache")
	}
}

// BenchmarkStartCourse is what a start costs for the course: the cache
// checked against the embedded files and decoded (BenchmarkLoadCourse is
// parsing it instead).
func BenchmarkStartCourse(b *testing.B) {
	for b.Loop() {
		if _, ok := lessons.DecodeCatalog(content.CourseCache(), content.Course()); !ok {
			b.Fatal("cache refused")
		}
	}
}
