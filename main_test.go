package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ajar/content"
	"ajar/lessons"
	"ajar/progress"
	"ajar/progress/report"
	"ajar/tui"
)

func TestDataDir(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	home := func() (string, error) { return "/home/ani", nil }
	tests := []struct {
		goos string
		env  map[string]string
		want string
	}{
		{"windows", map[string]string{"LOCALAPPDATA": `C:\Users\ani\AppData\Local`}, `C:\Users\ani\AppData\Local`},
		{"windows", nil, filepath.Join("/home/ani", "AppData", "Local")},
		{"darwin", nil, filepath.Join("/home/ani", "Library", "Application Support")},
		{"linux", map[string]string{"XDG_DATA_HOME": "/data/xdg"}, "/data/xdg"},
		{"linux", map[string]string{"XDG_DATA_HOME": "relative/ignored"}, filepath.Join("/home/ani", ".local", "share")},
		{"linux", nil, filepath.Join("/home/ani", ".local", "share")},
	}
	for _, tt := range tests {
		got, err := dataDir(tt.goos, env(tt.env), home)
		if err != nil || got != tt.want {
			t.Errorf("dataDir(%s, %v) = %q, %v; want %q", tt.goos, tt.env, got, err, tt.want)
		}
	}
	if _, err := dataDir("linux", env(nil), func() (string, error) { return "", errors.New("no home") }); err == nil {
		t.Error("no home folder must be an error, not a path in the working folder")
	}
}

func TestDBPathPrecedence(t *testing.T) {
	t.Setenv("AJAR_DB", "/env/ajar.db")
	if p, _ := dbPath("/flag/ajar.db"); p != "/flag/ajar.db" {
		t.Errorf("--db must win, got %q", p)
	}
	if p, _ := dbPath(""); p != "/env/ajar.db" {
		t.Errorf("AJAR_DB must be used without --db, got %q", p)
	}
}

func TestFindCommand(t *testing.T) {
	tests := []struct {
		args []string
		cmd  string
		rest []string
	}{
		{[]string{"lint", "dir"}, "lint", []string{"dir"}},
		{[]string{"--lang", "en", "lint", "dir"}, "lint", []string{"--lang", "en", "dir"}},
		{[]string{"--db", "report"}, "", []string{"--db", "report"}},                         // "report" is the db path
		{[]string{"--db", "x.db", "--", "lint"}, "", []string{"--db", "x.db", "--", "lint"}}, // an argument, not a command
		{[]string{"--db=a.db", "report"}, "report", []string{"--db=a.db"}},
		{[]string{"--timer", "60", "present"}, "present", []string{"--timer", "60"}}, // a value flag of another command
		{[]string{"--theme", "light"}, "", []string{"--theme", "light"}},
	}
	for _, tt := range tests {
		cmd, rest, err := findCommand(tt.args, tui.Indonesian)
		if err != nil || cmd.name != tt.cmd || strings.Join(rest, " ") != strings.Join(tt.rest, " ") {
			t.Errorf("findCommand(%v) = %q %v; want %q %v", tt.args, cmd.name, rest, tt.cmd, tt.rest)
		}
	}
}

// TestLintEmbeddedCourseIsClean checks the built-in course as CI does:
// with --strict, so item-writing warnings count, and nothing but the ok
// summary is printed.
func TestLintEmbeddedCourseIsClean(t *testing.T) {
	var out, errOut bytes.Buffer
	if err := run([]string{"lint", "--strict"}, &out, &errOut); err != nil {
		t.Fatalf("lint --strict of the built-in course failed: %v\n%s", err, out.String())
	}
	if !strings.HasPrefix(out.String(), "ok: ") || strings.Count(out.String(), "\n") != 1 {
		t.Fatalf("lint output %q, want only an ok summary", out.String())
	}
}

func TestLintBrokenFolderListsEveryProblem(t *testing.T) {
	var out, errOut bytes.Buffer
	err := run([]string{"lint", "testdata/broken"}, &out, &errOut)
	var ex exitError
	if !errors.As(err, &ex) || ex.code != 1 {
		t.Fatalf("lint of a broken folder returned %v, want exit code 1", err)
	}
	for _, want := range []string{
		"testdata/broken/01-yaml-rusak.md:4: YAML tidak sah",
		`testdata/broken/02-id-ganda.md:13: kunci "anwser" tidak dikenal; maksud Anda "answer"?`,
		"testdata/broken/02-id-ganda.md:15: id \"rusak-l2-q1\" sudah dipakai di testdata/broken/02-id-ganda.md:10",
		"testdata/broken/03-dua-benar.md:13: ",
		"testdata/broken/04-latin1.md:7: ",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("lint output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestLintWarnsAboutItemWriting checks the flawed trainer module: every
// item-writing check shows as a positioned warning, the run still succeeds,
// and --strict turns the warnings into errors.
func TestLintWarnsAboutItemWriting(t *testing.T) {
	var out, errOut bytes.Buffer
	if err := run([]string{"lint", "--lang", "en", "testdata/flawed-items"}, &out, &errOut); err != nil {
		t.Fatalf("lint without --strict failed on warnings only: %v\n%s", err, out.String())
	}
	for _, want := range []string{
		"testdata/flawed-items/01-kata-sandi.md:4: warning: \"minutes\" is 9",
		"testdata/flawed-items/01-kata-sandi.md:20: warning: the correct option is much longer",
		"testdata/flawed-items/01-kata-sandi.md:31: warning: the true/false statement uses the absolute word \"selalu\"",
		"testdata/flawed-items/01-kata-sandi.md:38: warning: the true statement uses the hedging word \"mungkin\"",
		"testdata/flawed-items/01-kata-sandi.md:45: warning: the answer \"tujuh\" is already written in the lesson title",
		"testdata/flawed-items/01-kata-sandi.md:52: warning: the answer \"multifaktor\" is already written in the prompt",
		"testdata/flawed-items/01-kata-sandi.md:65: warning: option \"Semua jawaban di atas benar\"",
		"testdata/flawed-items/01-kata-sandi.md:70: warning: the question asks with the negative \"kecuali\"",
		"testdata/flawed-items/02-peristiwa.md:15: warning: every item carries its own year or date",
		"testdata/flawed-items/02-peristiwa.md:25: warning: every item starts with its own position",
		"testdata/flawed-items/02-peristiwa.md:35: warning: this item asks what latih-l1-q2 asks (testdata/flawed-items/01-kata-sandi.md:31)",
		"testdata/flawed-items/module.yaml: warning: 1 true/false statements in this module are true and 4 are false",
		"ok: 1 module(s), 2 lesson(s), 12 question(s), 0 flashcard(s), no problems; 13 item-writing warning(s)",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("lint output lacks %q:\n%s", want, out.String())
		}
	}

	out.Reset()
	err := run([]string{"lint", "--strict", "testdata/flawed-items"}, &out, &errOut)
	var ex exitError
	if !errors.As(err, &ex) || ex.code != 1 || !strings.Contains(ex.msg, "13 masalah, 13 di antaranya peringatan") {
		t.Fatalf("lint --strict returned %v, want exit code 1 counting 13 warnings", err)
	}
	if n := strings.Count(out.String(), ": peringatan: "); n != 13 {
		t.Errorf("lint --strict printed %d warnings, want 13:\n%s", n, out.String())
	}
}

// TestLintStrictKeepsErrorsFirst checks that warnings do not change how
// errors are reported: the broken module still fails, with or without
// --strict, and the warnings of the built-in course are left out when it is
// loaded only to catch id clashes.
func TestLintStrictKeepsErrorsFirst(t *testing.T) {
	for _, args := range [][]string{{"lint", "testdata/broken"}, {"lint", "--strict", "testdata/broken"}} {
		var out bytes.Buffer
		err := run(args, &out, &bytes.Buffer{})
		var ex exitError
		if !errors.As(err, &ex) || ex.code != 1 || strings.Contains(out.String(), "peringatan") {
			t.Errorf("%v: %v\n%s", args, err, out.String())
		}
	}
	var out bytes.Buffer
	if err := run([]string{"lint", "--with-builtin", "content/sample"}, &out, &bytes.Buffer{}); err != nil || strings.Contains(out.String(), "content/course/") {
		t.Errorf("lint --with-builtin of the sample: %v\n%s", err, out.String())
	}
}

func TestLintMissingFolder(t *testing.T) {
	err := run([]string{"lint", "testdata/no-such-folder"}, &bytes.Buffer{}, &bytes.Buffer{})
	var ex exitError
	if !errors.As(err, &ex) || ex.code != 2 || !strings.Contains(ex.msg, "no-such-folder") {
		t.Fatalf("got %v, want a usage error naming the folder", err)
	}
}

func TestReportMatchesStoredProgress(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ajar.db")
	st, err := progress.Open(path, progress.Options{})
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 5, 4, 8, 0, 0, 0, time.UTC)
	p := progress.DefaultProfile
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(st.OpenLesson(p, "m4-l1", at))
	_, err = st.SaveAnswer(p, progress.Answer{LessonID: "m4-l1", QuestionID: "m4-l1-q1", Given: "x", Correct: false, At: at})
	must(err)
	_, err = st.SaveAnswer(p, progress.Answer{LessonID: "m4-l1", QuestionID: "m4-l1-q1", Given: "y", Correct: true, At: at.Add(time.Minute)})
	must(err)
	_, err = st.CompleteLesson(p, progress.Result{LessonID: "m4-l1", Correct: 4, Total: 5, At: at.Add(2 * time.Minute)})
	must(err)
	must(st.Close())

	var out bytes.Buffer
	if err := run([]string{"report", "--db", path}, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	var doc report.Doc
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil || len(doc.Learners) != 1 {
		t.Fatalf("report is not JSON with one learner: %v\n%s", err, out.String())
	}
	r := doc.Learners[0]
	if !progress.IsUniqueID(r.ProfileID) {
		t.Fatalf("the first learner's progress is reported as %q, want their unique id", r.ProfileID)
	}
	byID := map[string]report.Lesson{}
	for _, l := range r.Lessons {
		byID[l.Lesson] = l
	}
	done := byID["m4-l1"]
	if r.LessonsCompleted != 1 || r.AnswersTotal != 2 || done.Status != "completed" {
		t.Fatalf("report says %d completed, %d answers, m4-l1 %+v; want 1, 2, completed", r.LessonsCompleted, r.AnswersTotal, done)
	}
	if b := done.BestScore; b == nil || b.Correct != 4 || b.Total != 5 || b.Percent != 80 {
		t.Fatalf("best score %+v, want 4/5 = 80%%", b)
	}
	if len(r.Questions) != 1 || r.Questions[0].Given != "y" || !r.Questions[0].Correct {
		t.Fatalf("questions %+v, want the last answer only", r.Questions)
	}
	if l := byID["m4-l2"]; l.Status != "new" || l.BestScore != nil {
		t.Fatalf("an untouched lesson reports %+v", l)
	}
}

func TestReportWithoutProgressFile(t *testing.T) {
	var out bytes.Buffer
	if err := run([]string{"report", "--db", filepath.Join(t.TempDir(), "none.db")}, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	var doc report.Doc
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil || doc.Format != "ajar-report/1" || doc.Learners == nil || len(doc.Learners) != 0 {
		t.Fatalf("a missing progress file must give a report with no learners, got %+v (%v)", doc, err)
	}
}

func TestReportKeepsProgressOfRemovedLessons(t *testing.T) {
	c, _ := lessons.Load(lessons.Source{Name: content.CourseName, FS: content.Course()})
	snap := progress.Snapshot{Profile: "default",
		Lessons:     map[string]progress.LessonRecord{"old-lesson": {LessonID: "old-lesson", OpenedAt: time.Unix(1, 0)}},
		LastAnswers: map[string]progress.Answer{"old-q": {LessonID: "old-lesson", QuestionID: "old-q"}},
	}
	r := report.Build(report.Env{Now: time.Unix(2, 0), Catalog: c}, "ajar.db", []report.Progress{{Snapshot: snap}}, false).Learners[0]
	if last := r.Lessons[len(r.Lessons)-1]; last.Lesson != "old-lesson" || len(r.Questions) != 1 {
		t.Fatalf("progress of a removed lesson was dropped: %+v", r)
	}
}

func TestSecondInstanceGetsClearMessage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ajar.db")
	first, err := progress.Open(path, progress.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	_, err = openStore(path, false, tui.Indonesian)
	var ex exitError
	if !errors.As(err, &ex) || ex.code == 0 || !strings.Contains(ex.msg, "ajar sudah terbuka di jendela lain") {
		t.Fatalf("second open returned %v, want the Indonesian 'already open' message", err)
	}
}

func TestDamagedFileGetsClearMessage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ajar.db")
	if err := os.WriteFile(path, bytes.Repeat([]byte("rusak "), 2000), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := openStore(path, false, tui.English)
	var ex exitError
	if !errors.As(err, &ex) || !strings.Contains(ex.msg, "is damaged") {
		t.Fatalf("damaged file returned %v", err)
	}
	if b, _ := os.ReadFile(path); !bytes.HasPrefix(b, []byte("rusak rusak")) {
		t.Fatal("the damaged file was changed")
	}
}

// TestFolderAsDBGetsClearMessage: --db naming a folder is called what it
// is, with the fix, not a damaged file.
func TestFolderAsDBGetsClearMessage(t *testing.T) {
	dir := t.TempDir()
	_, err := openStore(dir, false, tui.Indonesian)
	var ex exitError
	if !errors.As(err, &ex) || ex.code != 3 || !strings.Contains(ex.msg, "adalah folder") || strings.Contains(ex.msg, "rusak") ||
		!strings.Contains(ex.msg, filepath.Join(dir, "ajar.db")) {
		t.Fatalf("a folder as --db returned %v", err)
	}
}

func TestResolveStyle(t *testing.T) {
	md, _, err := resolveStyle("dark", true)
	if err != nil || md.Name != "plain" {
		t.Fatalf("NO_COLOR must give the plain style, got %+v %v", md, err)
	}
	if _, _, err := resolveStyle("neon", false); err == nil {
		t.Fatal("an unknown theme must be an error")
	}
}

func TestClockFrom(t *testing.T) {
	realNow := time.Date(2026, 1, 1, 10, 0, 0, 0, time.Local)
	tick := realNow
	real := func() time.Time { return tick }
	clock, err := clockFrom("2026-12-01T09:30", real)
	if err != nil {
		t.Fatal(err)
	}
	want := time.Date(2026, 12, 1, 9, 30, 0, 0, time.Local)
	if got := clock(); !got.Equal(want) {
		t.Fatalf("--now clock starts at %v, want %v", got, want)
	}
	tick = tick.Add(90 * time.Second)
	if got := clock(); !got.Equal(want.Add(90 * time.Second)) {
		t.Fatalf("--now clock must run at real speed, got %v", got)
	}
	if c, _ := clockFrom("", real); !c().Equal(tick) {
		t.Fatal("without --now the real clock is used")
	}
	if _, err := clockFrom("besok", real); err == nil {
		t.Fatal("a date that does not parse must be an error")
	}
}
