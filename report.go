package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"ajar/content"
	"ajar/lessons"
	"ajar/progress"
	"ajar/tui"
)

// The trainer reports. `ajar report` writes what the learners on this PC
// have done as JSON (the interchange format), CSV (for Excel) or xAPI
// statements (for a learning record store); `ajar report merge` reads the
// JSON reports collected from several PCs and writes one CSV summary.
// Everything here is read-only: the progress file is opened read-only and
// never created.

// reportFormat tags the JSON report; merge reads nothing else. A change that
// removes or redefines a field needs a new tag; new fields do not.
const reportFormat = "ajar-report/1"

// embeddedCourseID is the stable id of the embedded course in xAPI activity
// ids. course.yaml has only a title, which may be reworded; the id must not.
const embeddedCourseID = "digital-mindset-asn"

// passPercent is the check score, in percent, from which a check is passed.
const passPercent = 70

// reportDoc is the JSON document `ajar report` prints.
type reportDoc struct {
	Format      string          `json:"format"`
	GeneratedAt time.Time       `json:"generated_at"`
	Course      string          `json:"course"`
	CourseID    string          `json:"course_id"`
	Source      reportSource    `json:"source"`
	Learners    []learnerReport `json:"learners"`
}

// reportSource is where the report was made: the computer that ran
// `ajar report` and the progress file it read. Which file and PC the
// learning itself is from is each learner's File.
type reportSource struct {
	// Hostname is the name of the computer that ran the report, "" when it
	// could not be read.
	Hostname string `json:"hostname"`
	// DB is the base name of the progress file.
	DB string `json:"db"`
}

// reportFile identifies the progress file a learner's progress is in,
// wherever the report was run (see progress.FileInfo). Reports of an ajar
// from before file ids lack it.
type reportFile struct {
	// ID is the file's random id, the same in every report of that file.
	ID string `json:"id"`
	// OriginHost is the computer the file was created on or, if Upgraded,
	// the one where an ajar with file ids first opened it.
	OriginHost string `json:"origin_host"`
	Upgraded   bool   `json:"upgraded,omitempty"`
}

// learnerReport is what one learner has done, in catalog order, with the
// last result of every answered question.
type learnerReport struct {
	// ProfileID is the learner's unique id (see progress.NewProfileID),
	// the same in every report, from any PC. Reports of an ajar from
	// before unique ids carry an id made from the name, or "default".
	ProfileID string `json:"profile_id"`
	// ProfileAlias is the id the learner had before unique ids, if any.
	ProfileAlias string `json:"profile_alias,omitempty"`
	// File is the progress file the learner's progress is in.
	File             *reportFile      `json:"file,omitempty"`
	Name             string           `json:"name"`
	EmployeeNumber   string           `json:"employee_number"`
	LessonsCompleted int              `json:"lessons_completed"`
	LessonsTotal     int              `json:"lessons_total"`
	AnswersTotal     int              `json:"answers_total"`
	Lessons          []lessonReport   `json:"lessons"`
	Checks           []checkReport    `json:"checks"`
	Questions        []questionReport `json:"questions"`
	// Reflections are there only when the learner exported them with
	// --reflections (see report_reflect.go).
	Reflections []reflectionReport `json:"reflections,omitempty"`
}

// lessonReport is one lesson's line of the report.
type lessonReport struct {
	Module      string     `json:"module"`
	Lesson      string     `json:"lesson"`
	Title       string     `json:"title"`
	Status      string     `json:"status"` // "new", "opened" or "completed"
	OpenedAt    *time.Time `json:"opened_at,omitempty"`
	CompletedAt *time.Time `json:"completed_at,omitempty"`
	Attempts    int        `json:"attempts"`
	BestScore   *score     `json:"best_score,omitempty"`
	LastScore   *score     `json:"last_score,omitempty"`
	// CardsDue counts the lesson's review cards due at generation time:
	// studied cards whose due time has come. New cards are not due.
	CardsDue int `json:"cards_due"`
}

// checkReport is a learner's check-mode result of one module.
type checkReport struct {
	Module     string     `json:"module"`
	Title      string     `json:"title"`
	CheckScore score      `json:"check_score"`
	Passed     bool       `json:"passed"`               // CheckScore is at least passPercent
	StartedAt  *time.Time `json:"started_at,omitempty"` // nil when unknown
	FinishedAt time.Time  `json:"finished_at"`
	// Interrupted is set when ajar ended during the check ("terputus"):
	// the unanswered questions were scored wrong.
	Interrupted bool `json:"interrupted,omitempty"`
}

// score is a quiz result.
type score struct {
	Correct int `json:"correct"`
	Total   int `json:"total"`
	Percent int `json:"percent"`
}

// questionReport is the last answer to one question.
type questionReport struct {
	Lesson   string    `json:"lesson"`
	Question string    `json:"question"`
	Given    string    `json:"given"`
	Correct  bool      `json:"correct"`
	At       time.Time `json:"answered_at"`
}

// reportEnv is what a report depends on besides its flags, so tests can fix
// it: no os.Hostname or time.Now in tests.
type reportEnv struct {
	now      time.Time
	hostname string         // "" when unknown
	loc      *time.Location // for CSV dates and xAPI timestamps
	catalog  *lessons.Catalog
	courseID string
}

// runReport runs `ajar report` and `ajar report merge` on this computer.
func runReport(args []string, stdout, stderr io.Writer) error {
	host, err := os.Hostname()
	if err != nil {
		host = ""
	}
	catalog, _ := lessons.Load(lessons.Source{Name: content.CourseName, FS: content.Course()})
	env := reportEnv{now: time.Now(), hostname: host, loc: time.Local, catalog: catalog, courseID: embeddedCourseID}
	return runReportEnv(args, stdout, stderr, env)
}

// reportValueFlags are the flags of report and merge that take a separate
// value; firstWord skips their values.
var reportValueFlags = map[string]bool{"db": true, "lang": true, "profile": true, "format": true, "o": true, "sep": true, "content": true}

// reportFlags are the flags of ajar report (not of report merge).
type reportFlags struct {
	commonFlags
	profile, format, out, sep   string
	all, noBuiltin, reflections bool
	content                     stringList
}

// register adds the flags to fs.
func (f *reportFlags) register(fs *flag.FlagSet) {
	f.commonFlags.register(fs)
	fs.StringVar(&f.profile, "profile", "", "`NAMA` pelajar yang dilaporkan / `NAME` the learner to report on")
	fs.BoolVar(&f.all, "all", false, "semua pelajar di berkas ini / every learner in the file")
	fs.StringVar(&f.format, "format", "json", "`json|csv|xapi` format laporan / `json|csv|xapi` report format")
	outputFlags(fs, &f.out, &f.sep)
	contentFlags(fs, &f.content, &f.noBuiltin)
	fs.BoolVar(&f.reflections, "reflections", false, "sertakan refleksi dan rencana Anda (satu pelajar) / include your reflections and plans (one learner)")
}

// runReportEnv is runReport with its environment given.
func runReportEnv(args []string, stdout, stderr io.Writer, env reportEnv) error {
	if i := firstWord(args, reportValueFlags); i >= 0 && args[i] == "merge" {
		rest := append(append([]string(nil), args[:i]...), args[i+1:]...)
		return runMerge(rest, stdout, stderr, env)
	}
	fset := newFlagSet("ajar report", stderr)
	var f reportFlags
	f.register(fset)
	// The pointers the flags used to be; the rest of the function reads them.
	c, profile, all, format, out, sep := &f.commonFlags, &f.profile, &f.all, &f.format, &f.out, &f.sep
	noBuiltin, withReflections := &f.noBuiltin, &f.reflections
	pos, err := parseInterspersed(fset, args)
	if err != nil {
		return exitError{code: 2}
	}
	lang, err := c.language()
	if err != nil {
		return err
	}
	if len(f.content) > 0 || *noBuiltin {
		// Report on the same modules the learners studied with --content.
		catalog, _, err := loadCatalog(!*noBuiltin, f.content, lessons.Lang(lang))
		if err != nil {
			return err
		}
		env.catalog = catalog
	}
	if len(pos) > 0 {
		return usageError(lang, fmt.Sprintf("ajar report: argumen %q tidak dikenal", pos[0]),
			fmt.Sprintf("ajar report: unknown argument %q", pos[0]))
	}
	if *all && *profile != "" {
		return usageError(lang, "ajar report: pakai --profile atau --all, jangan keduanya",
			"ajar report: use --profile or --all, not both")
	}
	if *withReflections && *all {
		return usageError(lang, "ajar report: refleksi hanya diekspor oleh pelajarnya sendiri; pakai --reflections dengan --profile NAMA, bukan --all",
			"ajar report: reflections are exported by their learner only; use --reflections with --profile NAME, not --all")
	}
	if *withReflections && *format == "xapi" {
		return usageError(lang, "ajar report: --reflections hanya untuk --format json atau csv; refleksi tidak dikirim ke LRS",
			"ajar report: --reflections works with --format json or csv only; reflections are not sent to an LRS")
	}
	comma, err := parseSep(*sep, lang)
	if err != nil {
		return err
	}
	switch *format {
	case "json", "csv", "xapi":
	default:
		return usageError(lang, fmt.Sprintf("ajar report: --format %q tidak dikenal; pakai json, csv atau xapi", *format),
			fmt.Sprintf("ajar report: unknown --format %q; use json, csv or xapi", *format))
	}
	path, err := dbPath(c.db)
	if err != nil {
		return err
	}
	if err := notSameFile(*out, []string{path}, lang); err != nil {
		return err
	}
	learners, err := loadLearners(path, *profile, *all, lang, stderr)
	if err != nil {
		return err
	}
	doc := buildDoc(env, filepath.Base(path), learners)
	if *withReflections {
		for i, l := range learners {
			doc.Learners[i].Reflections = reflectionLines(env.catalog, l.snap)
		}
	}
	var buf bytes.Buffer
	switch *format {
	case "json":
		err = writeJSON(&buf, doc)
	case "csv":
		err = writeCSV(&buf, csvRows(doc.Learners), lang, comma, env.loc)
	case "xapi":
		err = writeJSON(&buf, xapiStatements(doc, env))
	}
	if err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return writeOutput(*out, buf.Bytes(), stdout)
}

// learnerData is one selected learner with their progress and the file
// it is in.
type learnerData struct {
	profile progress.Profile
	snap    progress.Snapshot
	file    progress.FileInfo
}

// buildDoc wraps the learners' reports in the JSON document.
func buildDoc(env reportEnv, db string, learners []learnerData) reportDoc {
	doc := reportDoc{Format: reportFormat, GeneratedAt: env.now.UTC(), Course: env.catalog.Title, CourseID: env.courseID,
		Source: reportSource{Hostname: env.hostname, DB: db}, Learners: []learnerReport{}}
	for _, l := range learners {
		r := buildReport(env.catalog, l.snap, env.now)
		// Names are checked when saved, but a file written before that
		// check may hold control characters; reports show them escaped.
		r.ProfileID, r.ProfileAlias = lessons.CleanName(l.profile.ID), lessons.CleanName(l.profile.Alias)
		if l.file.ID != "" {
			r.File = &reportFile{ID: lessons.CleanName(l.file.ID), OriginHost: lessons.CleanName(l.file.Host), Upgraded: l.file.Upgraded}
		}
		r.Name, r.EmployeeNumber = lessons.CleanName(l.profile.Name), lessons.CleanName(l.profile.EmployeeNumber)
		doc.Learners = append(doc.Learners, r)
	}
	return doc
}

// buildReport joins the catalog with one learner's snapshot; the caller
// fills in who the learner is. Progress for lessons and modules no longer
// in the catalog is kept at the end, never dropped.
func buildReport(c *lessons.Catalog, snap progress.Snapshot, now time.Time) learnerReport {
	r := learnerReport{ProfileID: snap.Profile, AnswersTotal: snap.AnswerCount,
		Lessons: []lessonReport{}, Checks: []checkReport{}, Questions: []questionReport{}}
	due := dueByLesson(snap.Cards, now)
	seen := map[string]bool{}
	for _, l := range c.Lessons() {
		seen[l.ID] = true
		r.Lessons = append(r.Lessons, lessonLine(l.ModuleID, l.ID, l.Title, snap.Lessons[l.ID], due[l.ID]))
		for _, q := range l.Questions {
			if a, ok := snap.LastAnswers[q.ID]; ok {
				r.Questions = append(r.Questions, questionLine(a))
			}
		}
	}
	r.LessonsTotal = len(r.Lessons)
	for _, id := range sortedKeys(snap.Lessons, seen) {
		r.Lessons = append(r.Lessons, lessonLine("", id, "", snap.Lessons[id], due[id]))
	}
	var orphanAnswers []questionReport
	for _, a := range snap.LastAnswers {
		if c.Lesson(a.LessonID) == nil {
			orphanAnswers = append(orphanAnswers, questionLine(a))
		}
	}
	sort.Slice(orphanAnswers, func(i, j int) bool { return orphanAnswers[i].Question < orphanAnswers[j].Question })
	r.Questions = append(r.Questions, orphanAnswers...)
	for _, l := range r.Lessons {
		if l.Status == "completed" {
			r.LessonsCompleted++
		}
	}
	modSeen := map[string]bool{}
	for _, m := range c.Modules {
		modSeen[m.ID] = true
		if res, ok := snap.Checks[m.ID]; ok {
			r.Checks = append(r.Checks, checkLine(m.ID, m.Title, res))
		}
	}
	for _, id := range sortedKeys(snap.Checks, modSeen) {
		r.Checks = append(r.Checks, checkLine(id, "", snap.Checks[id]))
	}
	return r
}

// sortedKeys returns the keys of m that are not in skip, sorted.
func sortedKeys[V any](m map[string]V, skip map[string]bool) []string {
	var keys []string
	for k := range m {
		if !skip[k] {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// dueByLesson counts, per lesson, the studied cards due at now (as the
// daily review counts them, see progress.Card.IsDue).
func dueByLesson(cards map[string]progress.CardRecord, now time.Time) map[string]int {
	due := map[string]int{}
	for _, c := range cards {
		if c.Card.IsDue(now) {
			due[c.LessonID]++
		}
	}
	return due
}

// lessonLine builds one lesson's report line from its record.
func lessonLine(module, id, title string, rec progress.LessonRecord, due int) lessonReport {
	l := lessonReport{Module: module, Lesson: id, Title: title, Status: "new", Attempts: rec.Attempts, CardsDue: due}
	if !rec.OpenedAt.IsZero() {
		t := rec.OpenedAt.UTC()
		l.OpenedAt, l.Status = &t, "opened"
	}
	if rec.Completed() {
		t := rec.CompletedAt.UTC()
		l.CompletedAt, l.Status = &t, "completed"
		l.BestScore = newScore(rec.BestCorrect, rec.BestTotal)
		l.LastScore = newScore(rec.LastCorrect, rec.LastTotal)
	}
	return l
}

// checkLine builds one module's check line from its result.
func checkLine(module, title string, res progress.CheckResult) checkReport {
	c := checkReport{Module: module, Title: title, CheckScore: *newScore(res.Correct, res.Total),
		Passed: passed(res.Correct, res.Total), FinishedAt: res.At.UTC(), Interrupted: res.Interrupted}
	if !res.Started.IsZero() {
		t := res.Started.UTC()
		c.StartedAt = &t
	}
	return c
}

// passed reports whether a check score reaches passPercent, exactly (no
// rounding: 69.9% fails).
func passed(correct, total int) bool { return total > 0 && correct*100 >= passPercent*total }

// questionLine builds one question's report line from its last answer.
func questionLine(a progress.Answer) questionReport {
	return questionReport{Lesson: a.LessonID, Question: a.QuestionID, Given: a.Given, Correct: a.Correct, At: a.At.UTC()}
}

// newScore computes a score with its rounded-down percentage.
func newScore(correct, total int) *score {
	s := &score{Correct: correct, Total: total}
	if total > 0 {
		s.Percent = correct * 100 / total
	}
	return s
}

// writeJSON writes v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// writeOutput writes a finished report to stdout ("-" or "") or to the file
// out. The report is complete in memory first, so a failure never leaves
// half a file behind from our side.
func writeOutput(out string, data []byte, stdout io.Writer) error {
	if out == "" || out == "-" {
		_, err := stdout.Write(data)
		return err
	}
	if err := os.WriteFile(out, data, 0o600); err != nil {
		return exitError{code: 1, msg: fmt.Sprintf("ajar: %v", err)}
	}
	return nil
}

// notSameFile refuses an output file that is one of the inputs: writing a
// report over the progress file, or a summary over a report, loses it.
func notSameFile(out string, inputs []string, lang tui.Lang) error {
	if out == "" || out == "-" {
		return nil
	}
	oi, err := os.Stat(out)
	if err != nil {
		return nil // a new file is never an input
	}
	for _, in := range inputs {
		if ii, err := os.Stat(in); err == nil && os.SameFile(oi, ii) {
			return usageError(lang, fmt.Sprintf("ajar report: -o %s akan menimpa berkas masukan; pilih nama lain", out),
				fmt.Sprintf("ajar report: -o %s would overwrite an input file; choose another name", out))
		}
	}
	return nil
}

// usageError is an exit-2 error with its message in the interface language.
func usageError(lang tui.Lang, id, en string) error {
	if lang == tui.English {
		return exitError{code: 2, msg: en}
	}
	return exitError{code: 2, msg: id}
}

// firstWord returns the index of the first argument that is neither a flag
// nor the value of one of valueFlags, or -1.
func firstWord(args []string, valueFlags map[string]bool) int {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			if i+1 < len(args) {
				return i + 1
			}
			return -1
		}
		if a == "-" || !strings.HasPrefix(a, "-") {
			return i
		}
		if name := strings.TrimLeft(a, "-"); !strings.Contains(name, "=") && valueFlags[name] {
			i++
		}
	}
	return -1
}

// parseInterspersed parses flags that may come before, between or after
// the positional arguments (`merge a.json b.json -o s.csv`) and returns the
// positional ones. After "--" everything is positional.
func parseInterspersed(fset interface {
	Parse([]string) error
	Args() []string
}, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fset.Parse(args); err != nil {
			return nil, err
		}
		rest := fset.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
