package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"ajar/content"
	"ajar/lessons"
)

// lintFlags are the flags of ajar lint.
type lintFlags struct {
	commonFlags
	withBuiltin, strict bool
}

// register adds the flags to fs.
func (f *lintFlags) register(fs *flag.FlagSet) {
	f.commonFlags.register(fs)
	fs.BoolVar(&f.withBuiltin, "with-builtin", false, "periksa juga bentrok id dengan kursus bawaan / also check ids against the built-in course")
	fs.BoolVar(&f.strict, "strict", false, "peringatan penulisan soal dianggap kesalahan (kode keluar 1) / treat item-writing warnings as errors (exit code 1)")
}

// runLint checks course folders (the embedded course when none is given),
// prints every problem as path:line: message and fails when there is any.
// Item-writing warnings (lessons.CheckItems) are printed too but only fail
// the run with --strict.
func runLint(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("ajar lint", stderr)
	var f lintFlags
	f.register(fs)
	// Flags may come after the folders too: `ajar lint modul --strict`.
	dirs, err := parseInterspersed(fs, args)
	if err != nil {
		return exitError{code: 2}
	}
	lang, err := f.language()
	if err != nil {
		return err
	}
	var srcs []lessons.Source
	var skipped []lessons.Problem
	for _, dir := range dirs {
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
	builtinOnlyForIDs := len(srcs) > 0 && f.withBuiltin
	if len(srcs) == 0 || f.withBuiltin {
		// The built-in course goes first, so a clash is reported in the
		// trainer's file, which is the one to change.
		srcs = append([]lessons.Source{{Name: content.CourseName, FS: content.Course()}}, srcs...)
	}
	catalog, problems := lessons.Load(srcs...)
	problems = append(skipped, problems...)
	warnings := lessons.CheckItems(catalog)
	if builtinOnlyForIDs {
		// The built-in course is there to catch clashes; its own item
		// writing is not what the trainer asked about.
		warnings = withoutBuiltin(warnings)
	}
	problems = append(problems, warnings...)
	lessons.SortProblems(problems)
	errs := 0
	for _, p := range problems {
		fmt.Fprintln(stdout, p.Format(lessons.Lang(lang)))
		if !p.Warning || f.strict {
			errs++
		}
	}
	n := countCatalog(catalog)
	summary := lintSummary(lessons.Lang(lang), errs, len(warnings), f.strict, n)
	if errs > 0 {
		return exitError{code: 1, msg: summary}
	}
	fmt.Fprintln(stdout, summary)
	return nil
}

// withoutBuiltin drops the problems found in the built-in course.
func withoutBuiltin(probs []lessons.Problem) []lessons.Problem {
	var out []lessons.Problem
	for _, p := range probs {
		if !strings.HasPrefix(p.Path, content.CourseName+"/") {
			out = append(out, p)
		}
	}
	return out
}

// catalogCounts is what loaded cleanly.
type catalogCounts struct{ modules, lessons, questions, cards int }

// countCatalog counts what loaded cleanly.
func countCatalog(c *lessons.Catalog) catalogCounts {
	var n catalogCounts
	for _, m := range c.Modules {
		n.modules++
		for _, l := range m.Lessons {
			n.lessons++
			n.questions += len(l.Questions)
			n.cards += len(l.Flashcards)
		}
	}
	return n
}

// lintSummary is the closing line of a lint run: errs counts what fails the
// run (warnings too with strict), warnings counts every item-writing
// warning.
func lintSummary(lang lessons.Lang, errs, warnings int, strict bool, n catalogCounts) string {
	if lang == lessons.English {
		counts := fmt.Sprintf("%d module(s), %d lesson(s), %d question(s), %d flashcard(s)", n.modules, n.lessons, n.questions, n.cards)
		switch {
		case errs > 0 && strict && warnings > 0:
			return fmt.Sprintf("%d problem(s), %d of them item-writing warnings (--strict); %s loaded cleanly", errs, warnings, counts)
		case errs > 0 && warnings > 0:
			return fmt.Sprintf("%d problem(s) and %d warning(s); %s loaded cleanly", errs, warnings, counts)
		case errs > 0:
			return fmt.Sprintf("%d problem(s); %s loaded cleanly", errs, counts)
		case warnings > 0:
			return fmt.Sprintf("ok: %s, no problems; %d item-writing warning(s) (--strict makes them errors)", counts, warnings)
		}
		return "ok: " + counts + ", no problems"
	}
	counts := fmt.Sprintf("%d modul, %d pelajaran, %d soal, %d kartu ingat", n.modules, n.lessons, n.questions, n.cards)
	switch {
	case errs > 0 && strict && warnings > 0:
		return fmt.Sprintf("%d masalah, %d di antaranya peringatan penulisan soal (--strict); %s termuat tanpa masalah", errs, warnings, counts)
	case errs > 0 && warnings > 0:
		return fmt.Sprintf("%d masalah dan %d peringatan; %s termuat tanpa masalah", errs, warnings, counts)
	case errs > 0:
		return fmt.Sprintf("%d masalah; %s termuat tanpa masalah", errs, counts)
	case warnings > 0:
		return fmt.Sprintf("ok: %s, tanpa masalah; %d peringatan penulisan soal (--strict menjadikannya kesalahan)", counts, warnings)
	}
	return "ok: " + counts + ", tanpa masalah"
}
