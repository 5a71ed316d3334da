package lessons

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// What `ajar lint` prints: every problem of the folders it checks, one a
// line, then a summary. The command finds the folders and picks the exit
// code; the checks and their wording are here, beside the loader, so a new
// check is reported the way every other one is.

// LintOptions are the choices of a lint run.
type LintOptions struct {
	// Lang is the language of the problems and the summary.
	Lang Lang
	// Strict makes item-writing warnings (CheckItems) fail the run; without
	// it they are printed but the run passes.
	Strict bool
	// IDsOnly names the sources loaded only so that an id clash with them
	// is caught (the built-in course beside a trainer's folder): their own
	// item writing is not what the trainer asked about, so its warnings
	// are left out.
	IDsOnly []string
}

// WriteLint loads srcs, checks their item writing, and writes every problem,
// skipped (what reading the folders already found, see DirSource) among
// them, to w as path:line: message in path order. It returns the closing
// summary line and whether the run failed: any problem, or with Strict
// any warning. The caller prints the summary where a pass or a failure
// goes.
func WriteLint(w io.Writer, srcs []Source, skipped []Problem, o LintOptions) (summary string, failed bool) {
	catalog, problems := Load(srcs...)
	problems = append(slices.Clone(skipped), problems...)
	var warnings []Problem
	for _, p := range CheckItems(catalog) {
		if !fromAny(p, o.IDsOnly) {
			warnings = append(warnings, p)
		}
	}
	problems = append(problems, warnings...)
	SortProblems(problems)
	errs := 0
	for _, p := range problems {
		fmt.Fprintln(w, p.Format(o.Lang))
		if !p.Warning || o.Strict {
			errs++
		}
	}
	return lintSummary(o.Lang, errs, len(warnings), o.Strict, countCatalog(catalog)), errs > 0
}

// fromAny reports whether p was found in one of the sources named.
func fromAny(p Problem, sources []string) bool {
	for _, name := range sources {
		if strings.HasPrefix(p.Path, name+"/") {
			return true
		}
	}
	return false
}

// catalogCounts is what loaded cleanly.
type catalogCounts struct{ modules, lessons, questions, cards int }

// countCatalog counts what loaded cleanly.
func countCatalog(c *Catalog) catalogCounts {
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
func lintSummary(lang Lang, errs, warnings int, strict bool, n catalogCounts) string {
	if lang == English {
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
