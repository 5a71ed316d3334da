package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"ajar/content"
	"ajar/lessons"
)

// runLint checks course folders (the embedded course when none is given),
// prints every problem as path:line: message and fails when there is any.
func runLint(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("ajar lint", stderr)
	var c commonFlags
	c.register(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Pemakaian: ajar lint [FOLDER...]\nMemeriksa modul; tanpa FOLDER memeriksa kursus bawaan.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitError{code: 2}
	}
	lang, err := c.language()
	if err != nil {
		return err
	}
	var srcs []lessons.Source
	for _, dir := range fs.Args() {
		info, err := os.Stat(dir)
		if err != nil || !info.IsDir() {
			return exitError{code: 2, msg: fmt.Sprintf("ajar lint: %s bukan folder yang dapat dibaca", dir)}
		}
		srcs = append(srcs, lessons.Source{Name: filepath.ToSlash(filepath.Clean(dir)), FS: os.DirFS(dir)})
	}
	if len(srcs) == 0 {
		srcs = []lessons.Source{{Name: content.CourseName, FS: content.Course()}}
	}
	catalog, problems := lessons.Load(srcs...)
	for _, p := range problems {
		fmt.Fprintln(stdout, p.Format(lessons.Lang(lang)))
	}
	modules, lessonCount, questions := countCatalog(catalog)
	if len(problems) > 0 {
		return exitError{code: 1, msg: lintSummary(lessons.Lang(lang), len(problems), modules, lessonCount, questions)}
	}
	fmt.Fprintln(stdout, lintSummary(lessons.Lang(lang), 0, modules, lessonCount, questions))
	return nil
}

// countCatalog counts what loaded cleanly.
func countCatalog(c *lessons.Catalog) (modules, lessonCount, questions int) {
	for _, m := range c.Modules {
		modules++
		for _, l := range m.Lessons {
			lessonCount++
			questions += len(l.Questions)
		}
	}
	return modules, lessonCount, questions
}

// lintSummary is the closing line of a lint run.
func lintSummary(lang lessons.Lang, problems, modules, lessonCount, questions int) string {
	if lang == lessons.English {
		if problems > 0 {
			return fmt.Sprintf("%d problem(s); %d module(s), %d lesson(s), %d question(s) loaded cleanly", problems, modules, lessonCount, questions)
		}
		return fmt.Sprintf("ok: %d module(s), %d lesson(s), %d question(s), no problems", modules, lessonCount, questions)
	}
	if problems > 0 {
		return fmt.Sprintf("%d masalah; %d modul, %d pelajaran, %d soal termuat tanpa masalah", problems, modules, lessonCount, questions)
	}
	return fmt.Sprintf("ok: %d modul, %d pelajaran, %d soal, tanpa masalah", modules, lessonCount, questions)
}
