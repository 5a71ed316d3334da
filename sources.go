package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"ajar/content"
	"ajar/lessons"
)

// courseSources lists the content the app loads: the built-in course
// (unless builtin is false, --no-builtin), then each of dirs, a trainer's
// own course or module folder given with --content, read safely through
// lessons.DirSource. The problems are the entries DirSource skipped for
// safety; merge them with Load's and sort with lessons.SortProblems.
//
// A dir that does not exist or is not a folder is an error naming it, and
// so is leaving out the built-in course without giving any dir: both are
// usage errors (exit code 2).
func courseSources(builtin bool, dirs []string) ([]lessons.Source, []lessons.Problem, error) {
	if !builtin && len(dirs) == 0 {
		return nil, nil, exitError{code: 2, msg: "ajar: --no-builtin perlu sedikitnya satu --content FOLDER"}
	}
	var srcs []lessons.Source
	var skipped []lessons.Problem
	if builtin {
		srcs = append(srcs, lessons.Source{Name: content.CourseName, FS: content.Course()})
	}
	for _, dir := range dirs {
		info, err := os.Stat(dir)
		var pe *fs.PathError
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, nil, exitError{code: 2, msg: fmt.Sprintf("ajar: --content %s: folder tidak ditemukan", dir)}
		case errors.As(err, &pe):
			return nil, nil, exitError{code: 2, msg: fmt.Sprintf("ajar: --content %s: folder tidak dapat dibuka (%v)", dir, pe.Err)}
		case err != nil:
			return nil, nil, exitError{code: 2, msg: fmt.Sprintf("ajar: --content %s: folder tidak dapat dibuka (%v)", dir, err)}
		case !info.IsDir():
			return nil, nil, exitError{code: 2, msg: fmt.Sprintf("ajar: --content %s bukan folder; berikan folder kursus atau folder modul", dir)}
		}
		src, probs := lessons.DirSource(dir)
		srcs = append(srcs, src)
		skipped = append(skipped, probs...)
	}
	return srcs, skipped, nil
}
