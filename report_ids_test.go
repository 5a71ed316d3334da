package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ajar/progress"
	"ajar/progress/report"
	"ajar/progress/report/reporttest"
)

// pcFile copies the schema 2 fixture (one PC's file from before unique
// learner ids, its first learner under the id "default") to dir/ajar.db
// and opens it as the ajar of host does, which upgrades it. It names that
// first learner and lets them complete one more lesson at minute, so two
// copies are two different people's files.
func pcFile(t *testing.T, dir, host, name string, minute int) string {
	t.Helper()
	path := filepath.Join(dir, "ajar.db")
	mustDo(t, os.MkdirAll(dir, 0o700))
	oldFile(t, path)
	st := openTestFile(t, path, host, dir)
	mustDo(t, st.SaveProfile(progress.Profile{ID: progress.DefaultProfile, Name: name, Created: reporttest.Start}))
	at := reporttest.Start.Add(time.Duration(minute) * time.Minute)
	mustDo(t, st.OpenLesson(progress.DefaultProfile, "t1-l1", at))
	_, err := st.CompleteLesson(progress.DefaultProfile, progress.Result{LessonID: "t1-l1", Correct: 1, Total: 2, At: at.Add(time.Minute)})
	mustDo(t, err)
	mustDo(t, st.Close())
	return path
}

// oldFile writes the schema 2 fixture to path.
func oldFile(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("progress", "testdata", "schema2", "schema2.db"))
	mustDo(t, err)
	mustDo(t, os.WriteFile(path, data, 0o600))
}

// TestReportCarriesLearnerAndFileIDs: each learner of a report says who
// they are (their unique id, and the id they had before, if any) and which
// file their progress is in, apart from the PC that ran the report.
func TestReportCarriesLearnerAndFileIDs(t *testing.T) {
	env := reportTestEnv(t)
	env.Hostname = "LAPTOP-PELATIH"
	var doc report.Doc
	mustDo(t, json.Unmarshal(runTestReport(t, env, "--db", filledReportFile(t), "--profile", "Budi Santoso"), &doc))
	l := doc.Learners[0]
	if l.File == nil || l.ProfileID != reporttest.LearnerID("Budi Santoso", "PC-DIKLAT-01") || l.ProfileAlias != "" || l.File == nil ||
		!progress.IsUniqueID(l.File.ID) || l.File.OriginHost != "PC-DIKLAT-01" || l.File.Upgraded || doc.Source.Hostname != "LAPTOP-PELATIH" {
		t.Errorf("a learner of a new file: %+v, file %+v, source %+v", l, l.File, doc.Source)
	}

	// A file from before unique ids: the first learner keeps "default" as
	// alias, and --profile default still finds them once named.
	old := pcFile(t, filepath.Join(t.TempDir(), "pc1"), "PC-DIKLAT-03", "Ani", 0)
	mustDo(t, json.Unmarshal(runTestReport(t, env, "--db", old, "--profile", "default"), &doc))
	l = doc.Learners[0]
	if l.Name != "Ani" || !progress.IsUniqueID(l.ProfileID) || l.ProfileAlias != progress.DefaultProfile ||
		l.File == nil || l.File.OriginHost != "PC-DIKLAT-03" || !l.File.Upgraded {
		t.Errorf("the first learner of an upgraded file: %+v, file %+v", l, l.File)
	}
	mustDo(t, json.Unmarshal(runTestReport(t, env, "--db", old, "--profile", "budi-santoso"), &doc))
	if l := doc.Learners[0]; l.Name != "Budi Santoso" || l.ProfileAlias != "budi-santoso" {
		t.Errorf("--profile by an old id: %+v", l)
	}
}

// TestReportOnOlderFileSaysHowToUpgrade: a report only reads, so a file
// from before unique ids (collected from a PC that has not run this ajar
// yet) is refused with the command that upgrades it; after that command
// the report carries the new ids.
func TestReportOnOlderFileSaysHowToUpgrade(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pc7.db")
	oldFile(t, path)
	ex := reportErr(t, reportTestEnv(t), "--db", path, "--all")
	if ex.code != 3 || !strings.Contains(ex.msg, "ajar versi lama") || !strings.Contains(ex.msg, "ajar backup --db "+path) {
		t.Fatalf("report on a schema 2 file: %+v", ex)
	}
	if ex := reportErr(t, reportTestEnv(t), "--db", path, "--all", "--lang", "en"); !strings.Contains(ex.msg, "older ajar") {
		t.Errorf("English: %+v", ex)
	}
	var out bytes.Buffer
	mustDo(t, run([]string{"backup", "--db", path}, &out, &bytes.Buffer{}))
	var doc report.Doc
	mustDo(t, json.Unmarshal(runTestReport(t, reportTestEnv(t), "--db", path, "--all"), &doc))
	if len(doc.Learners) != 3 || doc.Learners[0].File == nil || !doc.Learners[0].File.Upgraded {
		t.Errorf("report after ajar backup upgraded the file: %+v", doc.Learners)
	}
}
