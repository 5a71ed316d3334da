package lessons

import (
	"bytes"
	"strings"
	"testing"
)

// lintRun runs WriteLint on one source called "kursus" and returns the
// lines printed, the summary and whether it failed.
func lintRun(fsys Source, skipped []Problem, o LintOptions) ([]string, string, bool) {
	var out bytes.Buffer
	summary, failed := WriteLint(&out, []Source{fsys}, skipped, o)
	return strings.Split(strings.TrimSpace(out.String()), "\n"), summary, failed
}

// TestWriteLint: every problem is printed on its own line in path order,
// the ones found while reading the folders among them, then a summary of
// what still loaded. Item-writing warnings fail the run only when strict,
// and a source loaded only for its ids has its warnings left out.
func TestWriteLint(t *testing.T) {
	broken := courseFS()
	broken["alfa/00-bad.md"] = file("---\nid: c0\ntitle: T\nminutes: 0\n---\n")
	skipped := []Problem{{Path: "kursus/CON.md", Code: CodeWindowsName}}
	src := Source{Name: "kursus", FS: broken}

	lines, summary, failed := lintRun(src, skipped, LintOptions{Lang: English})
	if !failed || len(lines) != 8 || !strings.HasPrefix(lines[0], "kursus/CON.md: ") ||
		!strings.HasPrefix(lines[1], "kursus/alfa/00-bad.md:") || !strings.Contains(lines[7], "warning:") {
		t.Fatalf("failed %v, printed:\n%s", failed, strings.Join(lines, "\n"))
	}
	if want := "3 problem(s) and 5 warning(s); 3 module(s), 5 lesson(s), 5 question(s), 0 flashcard(s) loaded cleanly"; summary != want {
		t.Errorf("summary %q, want %q", summary, want)
	}
	lines, summary, _ = lintRun(src, skipped, LintOptions{Lang: English, IDsOnly: []string{"kursus"}})
	if len(lines) != 3 || summary != "3 problem(s); 3 module(s), 5 lesson(s), 5 question(s), 0 flashcard(s) loaded cleanly" {
		t.Errorf("ids only: summary %q, printed:\n%s", summary, strings.Join(lines, "\n"))
	}

	clean := Source{Name: "kursus", FS: courseFS()}
	if _, summary, failed := lintRun(clean, nil, LintOptions{Lang: Indonesian}); failed ||
		summary != "ok: 3 modul, 5 pelajaran, 5 soal, 0 kartu ingat, tanpa masalah; 5 peringatan penulisan soal (--strict menjadikannya kesalahan)" {
		t.Errorf("clean course: failed %v, summary %q", failed, summary)
	}
	if _, summary, failed := lintRun(clean, nil, LintOptions{Lang: Indonesian, Strict: true}); !failed ||
		summary != "5 masalah, 5 di antaranya peringatan penulisan soal (--strict); 3 modul, 5 pelajaran, 5 soal, 0 kartu ingat termuat tanpa masalah" {
		t.Errorf("strict: failed %v, summary %q", failed, summary)
	}
}
