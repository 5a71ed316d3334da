// Command gencoursecache writes content/course.cache, the embedded course
// already loaded, so that ajar starts without parsing it (see
// lessons/cache.go). Run it after changing the course or the parser:
//
//	go generate ./content
//
// A test in content fails while the cache is out of date.
package main

import (
	"fmt"
	"os"

	"ajar/content"
	"ajar/lessons"
)

func main() {
	out := "course.cache"
	if len(os.Args) > 1 {
		out = os.Args[1]
	}
	c, probs := lessons.Load(lessons.Source{Name: content.CourseName, FS: content.Course()})
	if len(probs) > 0 {
		fmt.Fprintln(os.Stderr, "gencoursecache: the course has problems; fix them first:", probs[0].Format(lessons.English))
		os.Exit(1)
	}
	data, err := lessons.EncodeCatalog(c, content.Course())
	if err == nil {
		err = os.WriteFile(out, data, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencoursecache:", err)
		os.Exit(1)
	}
}
