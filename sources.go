package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"ajar/content"
	"ajar/lessons"
)

// The courses the tutor, present and report load: the built-in one and
// the trainers' folders --content names, and what a folder that cannot be
// read is called.

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
	if err := checkContentDirs(builtin, dirs); err != nil {
		return nil, nil, err
	}
	var srcs []lessons.Source
	var skipped []lessons.Problem
	if builtin {
		srcs = append(srcs, lessons.Source{Name: content.CourseName, FS: content.Course()})
	}
	for _, dir := range dirs {
		src, probs := lessons.DirSource(dir)
		srcs = append(srcs, src)
		skipped = append(skipped, probs...)
	}
	return srcs, skipped, nil
}

// checkContentDirs returns the error courseSources would for builtin and
// dirs, by looking at the folders without reading them: the tutor checks
// first, so a wrong --content fails before the progress file is created.
func checkContentDirs(builtin bool, dirs []string) error {
	if !builtin && len(dirs) == 0 {
		return exitError{code: 2, msg: "ajar: --no-builtin perlu sedikitnya satu --content FOLDER"}
	}
	for _, dir := range dirs {
		info, err := os.Stat(dir)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return exitError{code: 2, msg: fmt.Sprintf("ajar: --content %s: folder tidak ditemukan", dir)}
		case err != nil:
			return folderError("ajar: --content", dir, err)
		case !info.IsDir():
			return exitError{code: 2, msg: fmt.Sprintf("ajar: --content %s bukan folder; berikan folder kursus atau folder modul", dir)}
		}
	}
	return nil
}

// folderError is the usage error (exit 2) of a folder given to cmd that
// cannot be opened. Missing permission gets a hint: an office PC's shared
// folders are often readable by their owner only.
func folderError(cmd, dir string, err error) exitError {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	msg := fmt.Sprintf("%s %s: folder tidak dapat dibuka (%v)", cmd, dir, err)
	if errors.Is(err, fs.ErrPermission) {
		msg += "; pengguna Anda tidak berhak membukanya: salin foldernya ke tempat milik Anda (misalnya Documents) atau minta izin kepada pemiliknya"
	}
	return exitError{code: 2, msg: msg}
}

// loadCatalog loads the built-in course and trainers' folders, safely. A
// broken module is left out and its problems are returned, formatted, to
// be listed in the app; everything else loads.
func loadCatalog(builtin bool, dirs []string, lang lessons.Lang) (*lessons.Catalog, []string, error) {
	if builtin && len(dirs) == 0 {
		// The built-in course alone: its cache, made at build time, spares
		// parsing it. With a trainer's folder everything is loaded together,
		// so clashes between them are found.
		if c, ok := lessons.DecodeCatalog(content.CourseCache(), content.Course()); ok {
			return c, nil, nil
		}
	}
	srcs, skipped, err := courseSources(builtin, dirs)
	if err != nil {
		return nil, nil, err
	}
	catalog, problems := lessons.Load(srcs...)
	problems = append(problems, skipped...)
	lessons.SortProblems(problems)
	lines := make([]string, len(problems))
	for i, p := range problems {
		lines[i] = p.Format(lang)
	}
	if catalog.Title == "" {
		catalog.Title = "ajar"
	}
	return catalog, lines, nil
}
