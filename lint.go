package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"ajar/content"
	"ajar/lessons"
)

// runLint checks course folders (the embedded course when none is given),
// prints every problem as path:line: message and fails when there is any.
func runLint(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("ajar lint", stderr)
	var c commonFlags
	c.register(fs)
	withBuiltin := fs.Bool("with-builtin", false, "periksa juga bentrok id dengan kursus bawaan / also check ids against the built-in course")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Pemakaian: ajar lint [--with-builtin] [FOLDER...]\nMemeriksa modul; tanpa FOLDER memeriksa kursus bawaan.")
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
	var skipped []lessons.Problem
	for _, dir := range fs.Args() {
		info, err := os.Stat(dir)
		if errors.Is(err, os.ErrPermission) {
			return folderError("ajar lint:", dir, err)
		}
		if err != nil || !info.IsDir() {
			return exitError{code: 2, msg: fmt.Sprintf("ajar lint: %s bukan folder yang dapat dibaca", dir)}
		}
		src, probs := lessons.DirSource(dir)
		srcs = append(srcs, src)
		skipped = append(skipped, probs...)
	}
	if len(srcs) == 0 || *withBuiltin {
		// The built-in course goes first, so a clash is reported in the
		// trainer's file, which is the one to change.
		srcs = append([]lessons.Source{{Name: content.CourseName, FS: content.Course()}}, srcs...)
	}
	catalog, problems := lessons.Load(srcs...)
	problems = append(skipped, problems...)
	lessons.SortProblems(problems)
	for _, p := range problems {
		fmt.Fprintln(stdout, p.Format(lessons.Lang(lang)))
	}
	modules, lessonCount, questions, cards := countCatalog(catalog)
	if len(problems) > 0 {
		return exitError{code: 1, msg: lintSummary(lessons.Lang(lang), len(problems), modules, lessonCount, questions, cards)}
	}
	fmt.Fprintln(stdout, lintSummary(lessons.Lang(lang), 0, modules, lessonCount, questions, cards))
	return nil
}

// countCatalog counts what loaded cleanly.
func countCatalog(c *lessons.Catalog) (modules, lessonCount, questions, cards int) {
	for _, m := range c.Modules {
		modules++
		for _, l := range m.Lessons {
			lessonCount++
			questions += len(l.Questions)
			cards += len(l.Flashcards)
		}
	}
	return modules, lessonCount, questions, cards
}

// lintSummary is the closing line of a lint run.
func lintSummary(lang lessons.Lang, problems, modules, lessonCount, questions, cards int) string {
	if lang == lessons.English {
		counts := fmt.Sprintf("%d module(s), %d lesson(s), %d question(s), %d flashcard(s)", modules, lessonCount, questions, cards)
		if problems > 0 {
			return fmt.Sprintf("%d problem(s); %s loaded cleanly", problems, counts)
		}
		return "ok: " + counts + ", no problems"
	}
	counts := fmt.Sprintf("%d modul, %d pelajaran, %d soal, %d kartu ingat", modules, lessonCount, questions, cards)
	if problems > 0 {
		return fmt.Sprintf("%d masalah; %s termuat tanpa masalah", problems, counts)
	}
	return "ok: " + counts + ", tanpa masalah"
}
