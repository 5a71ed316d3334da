package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ajar/progress"
	"ajar/progress/report"
	"ajar/progress/report/reporttest"
)

// reflectionFile is the test learners' file with two reflections written:
// Sitti's plan on t1-l1 and Budi's reflection on t2-l1. (The store refuses
// a control character in a reflection; the report cleans the text anyway.)
func reflectionFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ajar.db")
	st, err := progress.Open(path, progress.Options{})
	mustDo(t, err)
	reporttest.Fill(t, st)
	put := func(name string, r progress.Reflection) {
		_, err := st.Apply(profileID(t, st, name), progress.Write{Reflection: &r})
		mustDo(t, err)
	}
	put("Sitti Nurhaliza", progress.Reflection{LessonID: "t1-l1", Text: "Rapat Senin; tanya asumsi", At: reporttest.Start,
		Actions:   []progress.PlanAction{{Text: "Menulis kolom kiri", Tie: "Model mental"}, {Text: "Peta sebab akibat"}},
		Revisited: []int{7}})
	put("Budi Santoso", progress.Reflection{LessonID: "t2-l1", Text: "Rahasia Budi", At: reporttest.Start})
	mustDo(t, st.Close())
	return path
}

// TestReflectionsLeaveOnlyWhenTheLearnerAsks: no report carries a
// reflection unless its learner exported it with --reflections; a trainer's
// --all cannot, and neither can xAPI.
func TestReflectionsLeaveOnlyWhenTheLearnerAsks(t *testing.T) {
	path := reflectionFile(t)
	env := reportTestEnv(t)
	for _, args := range [][]string{
		{"--all"}, {"--all", "--format", "csv"}, {"--all", "--format", "xapi"}, {"--profile", "Sitti Nurhaliza"},
	} {
		out := string(runTestReport(t, env, append([]string{"--db", path}, args...)...))
		for _, secret := range []string{"Rapat Senin", "kolom kiri", "Rahasia Budi", "reflections", "refleksi"} {
			if strings.Contains(out, secret) {
				t.Errorf("report %v carries %q without --reflections", args, secret)
			}
		}
	}
	for _, args := range [][]string{{"--all", "--reflections"}, {"--profile", "Sitti Nurhaliza", "--reflections", "--format", "xapi"}} {
		if ex := reportErr(t, env, append([]string{"--db", path}, args...)...); ex.code != 2 || !strings.Contains(ex.msg, "refleksi") {
			t.Errorf("report %v: %+v, want a usage error about reflections", args, ex)
		}
	}

	var doc report.Doc
	out := runTestReport(t, env, "--db", path, "--profile", "Sitti Nurhaliza", "--reflections")
	mustDo(t, json.Unmarshal(out, &doc))
	if strings.Contains(string(out), "Rahasia Budi") {
		t.Error("Sitti's export carries Budi's reflection")
	}
	rs := doc.Learners[0].Reflections
	if len(rs) != 1 {
		t.Fatalf("exported reflections %+v, want Sitti's one", rs)
	}
	r := rs[0]
	if r.Lesson != "t1-l1" || r.Title == "" || r.Text != "Rapat Senin; tanya asumsi" || !r.WrittenAt.Equal(reporttest.Start) ||
		len(r.Actions) != 2 || r.Actions[0] != (report.PlanAction{Text: "Menulis kolom kiri", Tie: "Model mental"}) ||
		len(r.RevisitedDays) != 1 || r.RevisitedDays[0] != 7 {
		t.Fatalf("exported reflection %+v", r)
	}
}

// TestMergeShowsReflectionsOnlyOfThoseWhoExportedThem merges a trainer's
// --all report with Sitti's own export: the summary gains a reflection
// column filled for Sitti only; without her export it has no such column.
func TestMergeShowsReflectionsOnlyOfThoseWhoExportedThem(t *testing.T) {
	path := reflectionFile(t)
	env := reportTestEnv(t)
	dir := t.TempDir()
	all := filepath.Join(dir, "semua.json")
	own := filepath.Join(dir, "sitti.json")
	mustDo(t, os.WriteFile(all, runTestReport(t, env, "--db", path, "--all"), 0o600))
	mustDo(t, os.WriteFile(own, runTestReport(t, env, "--db", path, "--profile", "Sitti Nurhaliza", "--reflections"), 0o600))

	plain := string(runTestReport(t, env, "merge", all))
	header := strings.SplitN(plain, "\r\n", 2)[0]
	if strings.Contains(header, "refleksi") || strings.Contains(plain, "Rahasia") {
		t.Fatalf("a merge of reports without reflections shows them:\n%s", plain)
	}

	summary := string(runTestReport(t, env, "merge", all, own))
	lines := strings.Split(strings.TrimSuffix(summary, "\r\n"), "\r\n")
	if !strings.HasSuffix(lines[0], ";refleksi") {
		t.Fatalf("header %q lacks the reflection column", lines[0])
	}
	want := `"Rapat Senin; tanya asumsi | 1) Menulis kolom kiri [Model mental] | 2) Peta sebab akibat"`
	var sitti, others int
	for _, l := range lines[1:] {
		switch {
		case strings.HasPrefix(l, "Sitti Nurhaliza;") && strings.Contains(l, ";t1-l1;"):
			if !strings.HasSuffix(l, ";"+want) {
				t.Errorf("Sitti's t1-l1 row %q lacks her reflection", l)
			}
			sitti++
		case strings.HasSuffix(l, ";"):
			others++
		default:
			t.Errorf("row %q has a reflection it should not", l)
		}
	}
	if sitti != 1 || others != len(lines)-2 || strings.Contains(summary, "Rahasia Budi") {
		t.Fatalf("reflection rows: Sitti %d, empty %d of %d:\n%s", sitti, others, len(lines)-1, summary)
	}
}

// TestCutOffCheckIsMarkedForTheTrainer: a check recorded as cut off is
// "interrupted" in the JSON and "ya" in a cek_terputus column of the CSV;
// reports without one have no such column.
func TestCutOffCheckIsMarkedForTheTrainer(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ajar.db")
	st, err := progress.Open(path, progress.Options{})
	mustDo(t, err)
	reporttest.Fill(t, st)
	budi := profileID(t, st, "Budi Santoso")
	mustDo(t, st.Close())
	env := reportTestEnv(t)
	if out := string(runTestReport(t, env, "--db", path, "--all", "--format", "csv")); strings.Contains(out, "terputus") {
		t.Fatalf("no check was cut off, yet:\n%s", out)
	}
	st, err = progress.Open(path, progress.Options{})
	mustDo(t, err)
	mustDo(t, st.SaveCheck(budi, progress.CheckResult{ModuleID: "t1", Correct: 0, Total: 2, Interrupted: true,
		At: reporttest.Now, Answers: reporttest.CheckAnswers("t1-l1", 2, reporttest.Now)}))
	mustDo(t, st.Close())
	if out := string(runTestReport(t, env, "--db", path, "--profile", "Budi Santoso")); !strings.Contains(out, `"interrupted": true`) {
		t.Fatalf("JSON lacks the cut-off mark:\n%s", out)
	}
	out := string(runTestReport(t, env, "--db", path, "--all", "--format", "csv"))
	lines := strings.Split(out, "\r\n")
	if !strings.HasSuffix(lines[0], ";cek_terputus") {
		t.Fatalf("header %q", lines[0])
	}
	for _, l := range lines[1:] {
		if strings.HasPrefix(l, "Budi Santoso;;t1;") && !strings.HasSuffix(l, ";ya") {
			t.Errorf("Budi's t1 row lacks the mark: %q", l)
		}
		if strings.HasPrefix(l, "Sitti") && strings.HasSuffix(l, ";ya") {
			t.Errorf("Sitti's check was not cut off: %q", l)
		}
	}
}
