package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ajar/progress"
	"ajar/progress/report"
	"ajar/progress/report/reporttest"
)

// profileID returns the id of the learner called name in the file at path.
func profileID(t *testing.T, st progress.Store, name string) string {
	t.Helper()
	list, err := st.Profiles()
	mustDo(t, err)
	for _, p := range list {
		if p.Name == name {
			return p.ID
		}
	}
	t.Fatalf("no learner %q", name)
	return ""
}

// mergeInputs writes three JSON reports to dir and returns their paths:
//
//   - a.json: PC-DIKLAT-01 with the test learners;
//   - b.json: the same PC a day later, after Sitti completed t1-l2: every
//     learner in it is a duplicate of one in a.json;
//   - c.json: PC-DIKLAT-02, where a learner with Sitti's NIP (written with
//     spaces, under another name: Sitti herself, or someone who mistyped)
//     did t1-l1 again and took the t1 check, Citra is new, and another Ani
//     (no NIP) is a different person.
func mergeInputs(t *testing.T, dir string) []string {
	t.Helper()
	pc1 := filledReportFile(t)
	env := reportTestEnv(t)
	write := func(name string, env report.Env, db string) string {
		p := filepath.Join(dir, name)
		mustDo(t, os.WriteFile(p, runTestReport(t, env, "--db", db, "--all"), 0o600))
		return p
	}
	a := write("a.json", env, pc1)

	st, err := progress.Open(pc1, progress.Options{})
	mustDo(t, err)
	later := reporttest.Now.Add(2 * time.Hour)
	_, err = st.CompleteLesson(profileID(t, st, "Sitti Nurhaliza"), progress.Result{LessonID: "t1-l2", Correct: 1, Total: 2, At: later})
	mustDo(t, err)
	mustDo(t, st.Close())
	envB := env
	envB.Now = reporttest.Now.AddDate(0, 0, 1)
	b := write("b.json", envB, pc1)

	pc2 := filepath.Join(t.TempDir(), "ajar.db")
	st = openTestFile(t, pc2, "PC-DIKLAT-02", "pc2")
	sitti := reporttest.AddProfile(t, st, "Sitti N.", "19800101 200501 2 001")
	reporttest.AddProfile(t, st, "Ani", "")
	citra := reporttest.AddProfile(t, st, "Citra Lestari", "199001012015032002")
	onPC2 := reporttest.Now.Add(-time.Hour)
	mustDo(t, st.OpenLesson(sitti, "t1-l1", onPC2))
	_, err = st.CompleteLesson(sitti, progress.Result{LessonID: "t1-l1", Correct: 1, Total: 2, At: onPC2.Add(5 * time.Minute)})
	mustDo(t, err)
	mustDo(t, st.SaveCheck(sitti, progress.CheckResult{ModuleID: "t1", Correct: 4, Total: 4,
		At: onPC2.Add(20 * time.Minute), Answers: reporttest.CheckAnswers("t1-l1", 4, onPC2)}))
	mustDo(t, st.OpenLesson(citra, "t2-l1", onPC2))
	_, err = st.CompleteLesson(citra, progress.Result{LessonID: "t2-l1", Correct: 1, Total: 1, At: onPC2.Add(3 * time.Minute)})
	mustDo(t, err)
	mustDo(t, st.Close())
	envC := env
	envC.Hostname, envC.Now = "PC-DIKLAT-02", reporttest.Now.Add(2*time.Hour)
	c := write("c.json", envC, pc2)
	return []string{a, b, c}
}

// TestMergeThreeReports: exports are joined by learner id only. PC1's two
// reports give one Sitti, one Budi, one Ani; PC2's learners are other
// people, even the one with Sitti's NIP and the other Ani, and the merge
// warns of both.
func TestMergeThreeReports(t *testing.T) {
	dir := t.TempDir()
	files := mergeInputs(t, dir)
	out := filepath.Join(dir, "ringkasan.csv")
	var stdout, stderr bytes.Buffer
	mustDo(t, runReportEnv(append([]string{"merge"}, append(files, "-o", out)...), &stdout, &stderr, reportTestEnv(t)))
	if stdout.Len() > 0 {
		t.Fatalf("merge -o FILE wrote to stdout: %q", stdout.String())
	}
	summary, err := os.ReadFile(out)
	mustDo(t, err)
	reportGolden(t, "merge.csv", summary)

	lines := strings.Split(strings.TrimSuffix(string(summary), "\r\n"), "\r\n")
	if len(lines) != 1+6*3 {
		t.Fatalf("%d lines, want a header and 6 learners (two Anis, two with Sitti's NIP) × 3 lessons:\n%s", len(lines), summary)
	}
	pc1, pc2 := ";PC-DIKLAT-01/ajar.db #", ";PC-DIKLAT-02/ajar.db #"
	for _, want := range []string{
		// Sitti on PC1: the latest completion, the best score and most
		// attempts, the first check, cards due of the newest report.
		"Sitti Nurhaliza;19800101 200501 2 001;t1;t1-l1;Pemerintahan Berbasis Elektronik — pengantar;2026-11-20 09:04;100;2;75;1" + pc1,
		"Sitti Nurhaliza;19800101 200501 2 001;t1;t1-l2;Layanan yang berpusat pada warga;2026-11-27 16:05;50;1;75;0" + pc1,
		"Sitti N.;19800101 200501 2 001;t1;t1-l1;Pemerintahan Berbasis Elektronik — pengantar;2026-11-27 13:10;50;1;100;0" + pc2,
		"Citra Lestari;19900101 201503 2 002;t2;t2-l1;Kata sandi yang kuat;2026-11-27 13:08;100;1;;0" + pc2,
		"Budi Santoso;;t2;t2-l1;Kata sandi yang kuat;2026-11-21 09:02;0;1;0;0" + pc1,
	} {
		if !strings.Contains(string(summary), "\r\n"+want) {
			t.Errorf("summary lacks\n%s\n%s", want, summary)
		}
	}
	if n := strings.Count(string(summary), "\r\nAni;"); n != 6 {
		t.Errorf("%d rows of Ani, want 6: the Anis of two PCs are two people", n)
	}
	warnings := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	if len(warnings) != 2 || !strings.Contains(warnings[0], `2 pelajar berbeda bernama "Ani"`) ||
		!strings.Contains(warnings[1], "2 pelajar berbeda dengan NIP 19800101 200501 2 001") ||
		!strings.Contains(warnings[1], `"Sitti N." dari `+files[2]+" (PC-DIKLAT-02/ajar.db #") ||
		!strings.Contains(warnings[1], `"Sitti Nurhaliza" dari `+files[0]+", "+files[1]+" (PC-DIKLAT-01/ajar.db #") {
		t.Errorf("warnings:\n%s", stderr.String())
	}

	stdout.Reset()
	mustDo(t, runReportEnv([]string{"--lang", "en", "merge", "--sep", ",", files[0], "-o", "-"}, &stdout, &bytes.Buffer{}, reportTestEnv(t)))
	if !strings.HasPrefix(stdout.String(), "\ufeff"+"name,employee_number,") || !strings.Contains(stdout.String(), ",cards_due,source\r\n") {
		t.Fatalf("merge -o - --lang en --sep , wrote %q", stdout.String())
	}
}

func TestMergeErrors(t *testing.T) {
	dir := t.TempDir()
	good := mergeInputs(t, dir)[0]
	put := func(name, data string) string {
		p := filepath.Join(dir, name)
		mustDo(t, os.WriteFile(p, []byte(data), 0o600))
		return p
	}
	out := filepath.Join(dir, "out.csv")
	for _, tc := range []struct {
		file, want string
	}{
		{filepath.Join(dir, "missing.json"), "missing.json: tidak dapat dibaca: "},
		{put("teks.json", "nama;nip\r\n"), "teks.json: bukan JSON: "},
		{put("xapi.json", `[{"id": "x"}]`), `xapi.json: bukan laporan ajar (tanpa format;`},
		{put("v2.json", `{"format": "ajar-report/2", "learners": []}`), `v2.json: bukan laporan ajar (format "ajar-report/2";`},
		{put("rusak.json", `{"format": "ajar-report/1", "learners": 3}`), "rusak.json: laporan rusak: "},
		{put("anon.json", `{"format": "ajar-report/1", "learners": [{"name": "X"}]}`), "anon.json: pelajar ke-1 tanpa profile_id"},
	} {
		ex := reportErr(t, reportTestEnv(t), "merge", good, tc.file, "-o", out)
		if ex.code != 1 || !strings.HasPrefix(ex.msg, tc.file[:len(tc.file)-len(filepath.Base(tc.file))]) || !strings.Contains(ex.msg, tc.want) {
			t.Errorf("merge with %s: %+v, want exit 1 and %q", filepath.Base(tc.file), ex, tc.want)
		}
		if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("merge with %s failed but wrote %s", filepath.Base(tc.file), out)
		}
	}
	if ex := reportErr(t, reportTestEnv(t), "merge", "--lang", "en", put("v3.json", `{"format": 3}`)); !strings.Contains(ex.msg, "v3.json: not an ajar report (no format;") {
		t.Errorf("English message: %+v", ex)
	}
	if ex := reportErr(t, reportTestEnv(t), "merge", "-o", out); ex.code != 2 {
		t.Errorf("merge without files: %+v", ex)
	}
	if ex := reportErr(t, reportTestEnv(t), "merge", good, "-o", good); ex.code != 2 {
		t.Errorf("merge -o over an input: %+v", ex)
	}
}
