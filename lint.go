package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

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

// runLint checks course folders (the embedded course when none is given)
// with lessons.WriteLint, which prints every problem as path:line: message, and
// fails when there is any. Item-writing warnings are printed too but only
// fail the run with --strict.
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
	o := lessons.LintOptions{Lang: lessons.Lang(lang), Strict: f.strict}
	if builtinOnlyForIDs {
		o.IDsOnly = []string{content.CourseName}
	}
	summary, failed := lessons.WriteLint(stdout, srcs, skipped, o)
	if failed {
		return exitError{code: 1, msg: summary}
	}
	fmt.Fprintln(stdout, summary)
	return nil
}
