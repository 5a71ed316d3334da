package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"flag"
	mathrand "math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ajar/progress"
	"ajar/progress/report"
	"ajar/progress/report/reporttest"
)

var updateReportGoldens = flag.Bool("update", false, "rewrite the golden files under testdata/report")

// testEnv is a fixed report environment on the PC "PC-DIKLAT-01".
func reportTestEnv(t *testing.T) report.Env {
	return report.Env{Now: reporttest.Now, Hostname: "PC-DIKLAT-01", Loc: reporttest.Zone, Catalog: reporttest.Catalog(t), CourseID: "kursus-uji"}
}

// must fails the test on an error.
func mustDo(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// openTestFile opens, or creates, the progress file at path as the ajar
// of the computer host would, with its ids drawn from seed, so the file's
// and the first learner's ids, and the golden reports, are the same on
// every run.
func openTestFile(t *testing.T, path, host, seed string) *progress.BoltStore {
	t.Helper()
	st, err := progress.Open(path, progress.Options{Host: host, Rand: mathrand.NewChaCha8(sha256.Sum256([]byte(seed)))})
	mustDo(t, err)
	return st
}

// filledFile writes the test learners to a new progress file ajar.db,
// created on PC-DIKLAT-01.
func filledReportFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ajar.db")
	st := openTestFile(t, path, "PC-DIKLAT-01", "pc1")
	reporttest.Fill(t, st)
	mustDo(t, st.Close())
	return path
}

// runTestReport runs `ajar report ARGS` in env and returns its output.
func runTestReport(t *testing.T, env report.Env, args ...string) []byte {
	t.Helper()
	var out, errOut bytes.Buffer
	if err := runReportEnv(args, &out, &errOut, env); err != nil {
		t.Fatalf("report %v: %v\n%s", args, err, errOut.String())
	}
	return out.Bytes()
}

// golden compares got with testdata/report/name, or rewrites it with -update.
func reportGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "report", name)
	if *updateReportGoldens {
		mustDo(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run %s -update to create it)", err, t.Name())
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test -update rewrites it):\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

func TestReportGoldens(t *testing.T) {
	path := filledReportFile(t)
	env := reportTestEnv(t)
	for _, tc := range []struct{ format, file string }{
		{"json", "all.json"}, {"csv", "all.csv"}, {"xapi", "all.xapi.json"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			out := runTestReport(t, env, "--db", path, "--all", "--format", tc.format)
			reportGolden(t, tc.file, out)
			if tc.format != "xapi" {
				return
			}
			var stmts []map[string]any
			mustDo(t, json.Unmarshal(out, &stmts))
			for i, s := range stmts {
				for _, p := range reporttest.XAPIProblems(s) {
					t.Errorf("statement %d: %s", i, p)
				}
			}
		})
	}
}

func TestReportJSONContent(t *testing.T) {
	path := filledReportFile(t)
	var doc report.Doc
	mustDo(t, json.Unmarshal(runTestReport(t, reportTestEnv(t), "--db", path, "--profile", " sitti NURHALIZA "), &doc))
	if doc.Format != "ajar-report/1" || doc.Source.Hostname != "PC-DIKLAT-01" || doc.Source.DB != "ajar.db" ||
		!doc.GeneratedAt.Equal(reporttest.Now) || doc.Course != "Kursus uji laporan" {
		t.Fatalf("document head %+v", doc)
	}
	if len(doc.Learners) != 1 {
		t.Fatalf("--profile chose %d learners, want 1", len(doc.Learners))
	}
	l := doc.Learners[0]
	if l.Name != "Sitti Nurhaliza" || l.EmployeeNumber != "198001012005012001" || l.ProfileID == "" {
		t.Fatalf("learner %+v", l)
	}
	first := l.Lessons[0]
	if first.Lesson != "t1-l1" || first.Attempts != 2 || first.BestScore.Percent != 100 || first.CardsDue != 1 {
		t.Fatalf("t1-l1 line %+v, want 2 attempts, best 100%%, 1 card due (the new flashcard is not due)", first)
	}
	if len(l.Checks) != 1 || l.Checks[0].Module != "t1" || l.Checks[0].CheckScore.Percent != 75 || !l.Checks[0].Passed {
		t.Fatalf("checks %+v, want t1 passed with 75%%", l.Checks)
	}
	if len(l.Questions) != 2 || l.Questions[0].Given != "Sistem Pemerintahan Berbasis Elektronik" {
		t.Fatalf("questions %+v, want the last answer of each", l.Questions)
	}
}

func TestReportCSVFormat(t *testing.T) {
	path := filledReportFile(t)
	env := reportTestEnv(t)
	out := runTestReport(t, env, "--db", path, "--all", "--format", "csv")
	if !bytes.HasPrefix(out, []byte("\xef\xbb\xbfnama;nip;modul;pelajaran;judul_pelajaran;selesai_pada;skor_praktik_terbaik_persen;percobaan;skor_cek_persen;kartu_jatuh_tempo\r\n")) {
		t.Fatalf("CSV must start with a BOM and the Indonesian header:\n%q", out[:min(len(out), 200)])
	}
	if bytes.Count(out, []byte("\n")) != bytes.Count(out, []byte("\r\n")) {
		t.Fatal("every line must end in CRLF")
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\r\n"), "\r\n")
	if len(lines) != 1+3*3 {
		t.Fatalf("%d lines, want a header and 3 learners × 3 lessons", len(lines))
	}
	want := "Sitti Nurhaliza;19800101 200501 2 001;t1;t1-l1;Pemerintahan Berbasis Elektronik — pengantar;2026-11-20 09:04;100;2;75;1"
	if !strings.Contains(string(out), want+"\r\n") {
		t.Fatalf("CSV lacks the line\n%s\n%s", want, out)
	}
	en := runTestReport(t, env, "--db", path, "--all", "--format", "csv", "--lang", "en", "--sep", ",")
	if !bytes.HasPrefix(en, []byte("\xef\xbb\xbfname,employee_number,module,lesson,lesson_title,completed_at,best_practice_score_percent,attempts,check_score_percent,cards_due\r\n")) {
		t.Fatalf("--lang en --sep , header: %q", en[:min(len(en), 200)])
	}
	if !strings.Contains(string(en), "\r\nBudi Santoso,,t2,t2-l1,Kata sandi yang kuat,2026-11-21 09:02,0,1,0,0\r\n") {
		t.Fatalf("--sep , body:\n%s", en)
	}
}

// TestParseSep: --sep is one character that cannot be part of a cell's
// text, or "tab".
func TestParseSep(t *testing.T) {
	for in, want := range map[string]rune{";": ';', ",": ',', "tab": '\t', "|": '|'} {
		if got, err := parseSep(in, "id"); err != nil || got != want {
			t.Errorf("parseSep(%q) = %q, %v", in, got, err)
		}
	}
	for _, bad := range []string{"", ";;", `"`, "\n", "1"} {
		if _, err := parseSep(bad, "id"); err == nil {
			t.Errorf("parseSep(%q) must fail", bad)
		}
	}
}

// reportErr runs a report that must fail and returns its exit error.
func reportErr(t *testing.T, env report.Env, args ...string) exitError {
	t.Helper()
	var out bytes.Buffer
	err := runReportEnv(args, &out, &bytes.Buffer{}, env)
	var ex exitError
	if !errors.As(err, &ex) {
		t.Fatalf("report %v returned %v, want an exit error", args, err)
	}
	if out.Len() > 0 {
		t.Fatalf("report %v failed but wrote %q", args, out.String())
	}
	return ex
}

func TestReportProfileSelection(t *testing.T) {
	path := filledReportFile(t)
	env := reportTestEnv(t)
	ex := reportErr(t, env, "--db", path)
	if ex.code != 2 || !strings.Contains(ex.msg, "3 pelajar (Ani, Budi Santoso, Sitti Nurhaliza)") || !strings.Contains(ex.msg, "--all") {
		t.Errorf("several learners without a choice: %+v", ex)
	}
	if ex := reportErr(t, env, "--db", path, "--profile", "Citra"); ex.code != 2 || !strings.Contains(ex.msg, `"Citra"`) ||
		!strings.Contains(ex.msg, "Ani, Budi Santoso, Sitti Nurhaliza") {
		t.Errorf("unknown learner: %+v", ex)
	}
	if ex := reportErr(t, env, "--db", path, "--profile", "Ani", "--all"); ex.code != 2 {
		t.Errorf("--profile with --all: %+v", ex)
	}
	if ex := reportErr(t, env, "--db", path, "--all", "--format", "xml", "--lang", "en"); ex.code != 2 || !strings.Contains(ex.msg, `unknown --format "xml"`) {
		t.Errorf("unknown format: %+v", ex)
	}
	if ex := reportErr(t, env, "--db", path, "--all", "extra"); ex.code != 2 {
		t.Errorf("a stray argument: %+v", ex)
	}
	if ex := reportErr(t, env, "--db", path, "--all", "-o", path); ex.code != 2 || !strings.Contains(ex.msg, "menimpa") {
		t.Errorf("-o over the progress file: %+v", ex)
	}

	// One learner: chosen without --profile.
	one := filepath.Join(t.TempDir(), "one.db")
	st, err := progress.Open(one, progress.Options{})
	mustDo(t, err)
	reporttest.AddProfile(t, st, "Dewi", "")
	mustDo(t, st.Close())
	var doc report.Doc
	mustDo(t, json.Unmarshal(runTestReport(t, env, "--db", one), &doc))
	if len(doc.Learners) != 1 || doc.Learners[0].Name != "Dewi" {
		t.Fatalf("the only learner must be chosen, got %+v", doc.Learners)
	}

	// -o writes the file; flags may follow it.
	outFile := filepath.Join(t.TempDir(), "r.csv")
	if out := runTestReport(t, env, "--db", path, "-o", outFile, "--all", "--format", "csv"); len(out) != 0 {
		t.Fatalf("-o FILE wrote to stdout too: %q", out)
	}
	if b, err := os.ReadFile(outFile); err != nil || !bytes.HasPrefix(b, []byte("\ufeff"+"nama;")) {
		t.Fatalf("-o FILE: %q %v", b, err)
	}
}

func TestReportNoFileIsEmpty(t *testing.T) {
	path := filepath.Join(t.TempDir(), "none.db")
	var out, errOut bytes.Buffer
	mustDo(t, runReportEnv([]string{"--db", path, "--format", "csv"}, &out, &errOut, reportTestEnv(t)))
	if out.String() != "\ufeff"+"nama;nip;modul;pelajaran;judul_pelajaran;selesai_pada;skor_praktik_terbaik_persen;percobaan;skor_cek_persen;kartu_jatuh_tempo\r\n" {
		t.Fatalf("an empty CSV report is its header, got %q", out.String())
	}
	if !strings.Contains(errOut.String(), "belum ada kemajuan") {
		t.Fatalf("stderr %q should say why the report is empty", errOut.String())
	}
	if _, err := os.Stat(path); err == nil {
		t.Fatal("a report must not create the progress file")
	}
	if ex := reportErr(t, reportTestEnv(t), "--db", path, "--profile", "Ani"); ex.code != 2 {
		t.Fatalf("--profile on an empty file: %+v", ex)
	}
}

func TestFirstWordAndInterspersedFlags(t *testing.T) {
	rf := reportValueFlags()
	for _, name := range []string{"db", "lang", "profile", "format", "o", "sep", "content"} {
		if !rf[name] {
			t.Errorf("--%s takes a value but is not among report's value flags", name)
		}
	}
	if rf["all"] || rf["no-builtin"] {
		t.Error("report's value flags include a bool flag")
	}
	for _, tc := range []struct {
		args []string
		want int
	}{
		{[]string{"merge", "a"}, 0},
		{[]string{"--lang", "en", "merge"}, 2},
		{[]string{"-o", "merge", "x"}, 2},
		{[]string{"--all", "--lang=en", "merge"}, 2},
		{[]string{"--all"}, -1},
		{[]string{"--", "merge"}, 1},
	} {
		if got := firstWord(tc.args, rf); got != tc.want {
			t.Errorf("firstWord(%q) = %d, want %d", tc.args, got, tc.want)
		}
	}
	fset := flag.NewFlagSet("t", flag.ContinueOnError)
	o := fset.String("o", "-", "")
	pos, err := parseInterspersed(fset, []string{"a.json", "-o", "s.csv", "b.json", "--", "-c.json"})
	if err != nil || *o != "s.csv" || strings.Join(pos, " ") != "a.json b.json -c.json" {
		t.Fatalf("parseInterspersed: %q %q %v", pos, *o, err)
	}
}
