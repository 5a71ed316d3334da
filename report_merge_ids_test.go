package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ajar/progress/report"
)

// TestMergeTwoFilesBothWithDefault is issue 10's trainer: the progress
// files of two PCs, each with its first learner under the id "default",
// collected on a USB stick (both called ajar.db) and reported on the
// trainer's laptop. The two learners, both named Ani, must stay two
// people, with a warning naming both sources; the same file exported twice
// is still one person.
func TestMergeTwoFilesBothWithDefault(t *testing.T) {
	usb := t.TempDir()
	pc1 := pcFile(t, filepath.Join(usb, "pc1"), "PC-DIKLAT-01", "Ani", 0)
	pc2 := pcFile(t, filepath.Join(usb, "pc2"), "PC-DIKLAT-02", "Ani", 30)
	env := reportTestEnv(t)
	env.Hostname = "LAPTOP-PELATIH" // every report is run on the trainer's laptop
	report := func(name, db string, env report.Env) string {
		p := filepath.Join(usb, name)
		mustDo(t, os.WriteFile(p, runTestReport(t, env, "--db", db, "--profile", "Ani"), 0o600))
		return p
	}
	r1 := report("pc1.json", pc1, env)
	r2 := report("pc2.json", pc2, env)
	later := env
	later.Now = env.Now.Add(time.Hour)
	r1again := report("pc1-lagi.json", pc1, later)

	merge := func(lang string, files ...string) (string, string) {
		t.Helper()
		var out, errOut bytes.Buffer
		mustDo(t, runReportEnv(append([]string{"merge", "--lang", lang}, files...), &out, &errOut, env))
		return out.String(), errOut.String()
	}
	rowsOf := func(csv string) int { return strings.Count(csv, "\r\nAni;") }

	one, _ := merge("id", r1)
	perLearner := rowsOf(one)
	if perLearner == 0 {
		t.Fatalf("no rows for Ani:\n%s", one)
	}
	if again, warn := merge("id", r1, r1again); rowsOf(again) != perLearner || warn != "" {
		t.Errorf("one file exported twice: %d rows (want %d, one learner), warnings %q", rowsOf(again), perLearner, warn)
	}
	both, warn := merge("id", r1, r2, r1again)
	if rowsOf(both) != 2*perLearner {
		t.Errorf("two PCs' first learners: %d rows, want %d (two people):\n%s", rowsOf(both), 2*perLearner, both)
	}
	// The summary says where each came from: the PC that ran the report,
	// the file, and the PC the file was made on.
	for _, from := range []string{"PC-DIKLAT-01", "PC-DIKLAT-02"} {
		if n := strings.Count(both, "LAPTOP-PELATIH/ajar.db #"); n != 2*perLearner ||
			strings.Count(both, "(berkas dari "+from+")") != perLearner {
			t.Errorf("the sumber column must name the file from %s on each of its learner's rows:\n%s", from, both)
		}
	}
	for _, want := range []string{"peringatan", `"Ani"`, "LAPTOP-PELATIH", "pc1.json", "pc2.json"} {
		if !strings.Contains(warn, want) {
			t.Errorf("the warning lacks %q:\n%s", want, warn)
		}
	}
	if _, warn := merge("en", r1, r2); !strings.Contains(warn, "warning") || !strings.Contains(warn, `"Ani"`) {
		t.Errorf("English warning: %q", warn)
	}
}

// TestMergeReadsReportsFromBeforeIDs merges a report that ajar wrote
// before learners had unique ids (testdata/report/before-ids.json, the
// golden all.json of that time) with one of today: both are read, the
// old one's learners are told by PC, file and old id, and nobody is joined
// across the two, although the names and the NIP are the same.
func TestMergeReadsReportsFromBeforeIDs(t *testing.T) {
	dir := t.TempDir()
	today := filepath.Join(dir, "hari-ini.json")
	mustDo(t, os.WriteFile(today, runTestReport(t, reportTestEnv(t), "--db", filledReportFile(t), "--all"), 0o600))
	var out, errOut bytes.Buffer
	old := filepath.Join("testdata", "report", "before-ids.json")
	mustDo(t, runReportEnv([]string{"merge", old, today, old}, &out, &errOut, reportTestEnv(t)))
	csv := out.String()
	if n := strings.Count(csv, "\r\nSitti Nurhaliza;"); n != 2*3 {
		t.Errorf("%d rows of Sitti, want two learners of 3 lessons (the old report read twice is one):\n%s", n, csv)
	}
	if n := strings.Count(csv, ";PC-DIKLAT-01/ajar.db\r\n"); n != 3*3 {
		t.Errorf("%d rows from the old report, want 3 learners × 3 lessons without a file id:\n%s", n, csv)
	}
	// One warning for each pair; the two Sittis share the NIP too.
	if w := errOut.String(); strings.Count(w, "\n") != 3 || !strings.Contains(w, `2 pelajar berbeda bernama "Sitti Nurhaliza": NIP 19800101 200501 2 001 dari `+old+" (PC-DIKLAT-01/ajar.db);") {
		t.Errorf("warnings:\n%s", errOut.String())
	}
}
