// Package report makes the trainer's reports: what the learners of a PC
// have done, joined with the course, as the JSON interchange document
// ("ajar-report/1"), a CSV for Excel, or xAPI statements for a learning
// record store (format.go lists them), and the merge of JSON reports
// collected from several PCs into one CSV summary.
//
// It is pure: it takes a loaded catalog and the learners' snapshots (or
// reports already read) and writes documents to an io.Writer. It opens no
// file and no store, parses no flag and knows no exit code; choosing the
// learners, reading the progress file and the report files, and where the
// output goes are ajar report's, in package main, the only package that
// imports this one. It imports lessons, progress and the standard library:
// never tui, content or bbolt.
package report

import (
	"encoding/json"
	"io"
	"sort"
	"time"

	"ajar/lessons"
	"ajar/progress"
)

// formatTag tags the JSON report; merge reads nothing else. A change that
// removes or redefines a field needs a new tag; new fields do not.
const formatTag = "ajar-report/1"

// passPercent is the check score, in percent, from which a check is passed.
const passPercent = 70

// Doc is the JSON document `ajar report` prints, and what merge reads.
type Doc struct {
	Format      string    `json:"format"`
	GeneratedAt time.Time `json:"generated_at"`
	Course      string    `json:"course"`
	CourseID    string    `json:"course_id"`
	Source      Source    `json:"source"`
	Learners    []Learner `json:"learners"`
}

// Source is where the report was made: the computer that ran
// `ajar report` and the progress file it read. Which file and PC the
// learning itself is from is each learner's File.
type Source struct {
	// Hostname is the name of the computer that ran the report, "" when it
	// could not be read.
	Hostname string `json:"hostname"`
	// DB is the base name of the progress file.
	DB string `json:"db"`
}

// File identifies the progress file a learner's progress is in,
// wherever the report was run (see progress.FileInfo). Reports of an ajar
// from before file ids lack it.
type File struct {
	// ID is the file's random id, the same in every report of that file.
	ID string `json:"id"`
	// OriginHost is the computer the file was created on or, if Upgraded,
	// the one where an ajar with file ids first opened it.
	OriginHost string `json:"origin_host"`
	// Upgraded is set when the file got its id in an upgrade.
	Upgraded bool `json:"upgraded,omitempty"`
}

// Learner is what one learner has done, in catalog order, with the last
// result of every answered question.
type Learner struct {
	// ProfileID is the learner's unique id (see progress.NewProfileID),
	// the same in every report, from any PC. Reports of an ajar from
	// before unique ids carry an id made from the name, or "default".
	ProfileID string `json:"profile_id"`
	// ProfileAlias is the id the learner had before unique ids, if any.
	ProfileAlias string `json:"profile_alias,omitempty"`
	// File is the progress file the learner's progress is in.
	File             *File      `json:"file,omitempty"`
	Name             string     `json:"name"`
	EmployeeNumber   string     `json:"employee_number"`
	LessonsCompleted int        `json:"lessons_completed"`
	LessonsTotal     int        `json:"lessons_total"`
	AnswersTotal     int        `json:"answers_total"`
	Lessons          []Lesson   `json:"lessons"`
	Checks           []Check    `json:"checks"`
	Questions        []Question `json:"questions"`
	// Reflections are there only when the learner exported them with
	// --reflections (see reflect.go).
	Reflections []Reflection `json:"reflections,omitempty"`
	// LiveSessions are the learner's answers in a class's live sessions
	// (see live.go); there only when they have some.
	LiveSessions []LiveSession `json:"live_sessions,omitempty"`
}

// Lesson is one lesson's line of the report.
type Lesson struct {
	Module      string                `json:"module"`
	Lesson      string                `json:"lesson"`
	Title       string                `json:"title"`
	Status      progress.LessonStatus `json:"status"` // "new", "opened" or "completed"
	OpenedAt    *time.Time            `json:"opened_at,omitempty"`
	CompletedAt *time.Time            `json:"completed_at,omitempty"`
	Attempts    int                   `json:"attempts"`
	BestScore   *Score                `json:"best_score,omitempty"`
	LastScore   *Score                `json:"last_score,omitempty"`
	// CardsDue counts the lesson's review cards due at generation time:
	// studied cards whose due time has come. New cards are not due.
	CardsDue int `json:"cards_due"`
}

// Check is a learner's check-mode result of one module.
type Check struct {
	Module     string     `json:"module"`
	Title      string     `json:"title"`
	CheckScore Score      `json:"check_score"`
	Passed     bool       `json:"passed"`               // CheckScore is at least passPercent
	StartedAt  *time.Time `json:"started_at,omitempty"` // nil when unknown
	FinishedAt time.Time  `json:"finished_at"`
	// Interrupted is set when ajar ended during the check ("terputus"):
	// the unanswered questions were scored wrong.
	Interrupted bool `json:"interrupted,omitempty"`
}

// Score is a quiz result.
type Score struct {
	Correct int `json:"correct"`
	Total   int `json:"total"`
	Percent int `json:"percent"`
}

// Question is the last answer to one question.
type Question struct {
	Lesson   string    `json:"lesson"`
	Question string    `json:"question"`
	Given    string    `json:"given"`
	Correct  bool      `json:"correct"`
	At       time.Time `json:"answered_at"`
	// LiveSession names the live session this answer was given in, if any.
	LiveSession string `json:"live_session,omitempty"`
}

// Env is what a report depends on besides its learners, so tests can fix
// it: no os.Hostname or time.Now in tests.
type Env struct {
	// Now is when the report is made; cards due are counted at Now.
	Now time.Time
	// Hostname is the computer that makes the report, "" when unknown.
	Hostname string
	// Loc is the zone of CSV dates and xAPI timestamps.
	Loc *time.Location
	// Catalog is the course the learners studied.
	Catalog *lessons.Catalog
	// CourseID is the course's stable id in xAPI activity ids.
	CourseID string
}

// Progress is one learner to report on, as read from a progress file:
// who they are, what they have done, and the file it is in.
type Progress struct {
	Profile  progress.Profile
	Snapshot progress.Snapshot
	File     progress.FileInfo
	// Answers is the learner's answer log (progress.BoltStore.AnswerLog),
	// read for the live sessions; nil when not read, and the last answers
	// stand in for it.
	Answers []progress.Answer
}

// Build makes the report of learners, read from the progress file named
// db (its base name), in env. With reflections every learner's own
// reflections and plans are in it too: only a learner's own export
// carries them (ajar report --reflections).
func Build(env Env, db string, learners []Progress, reflections bool) Doc {
	doc := Doc{Format: formatTag, GeneratedAt: env.Now.UTC(), Course: env.Catalog.Title, CourseID: env.CourseID,
		Source: Source{Hostname: env.Hostname, DB: db}, Learners: []Learner{}}
	for _, l := range learners {
		r := buildLearner(env.Catalog, l.Snapshot, env.Now)
		// Names are checked when saved, but a file written before that
		// check may hold control characters; reports show them escaped.
		r.ProfileID, r.ProfileAlias = lessons.CleanName(l.Profile.ID), lessons.CleanName(l.Profile.Alias)
		if l.File.ID != "" {
			r.File = &File{ID: lessons.CleanName(l.File.ID), OriginHost: lessons.CleanName(l.File.Host), Upgraded: l.File.Upgraded}
		}
		r.Name, r.EmployeeNumber = lessons.CleanName(l.Profile.Name), lessons.CleanName(l.Profile.EmployeeNumber)
		if reflections {
			r.Reflections = reflectionLines(env.Catalog, l.Snapshot)
		}
		r.LiveSessions = liveSessions(l, env.Loc)
		doc.Learners = append(doc.Learners, r)
	}
	return doc
}

// buildLearner joins the catalog with one learner's snapshot; the caller
// fills in who the learner is. Progress for lessons and modules no longer
// in the catalog is kept at the end, never dropped.
func buildLearner(c *lessons.Catalog, snap progress.Snapshot, now time.Time) Learner {
	r := Learner{ProfileID: snap.Profile, AnswersTotal: snap.AnswerCount,
		Lessons: []Lesson{}, Checks: []Check{}, Questions: []Question{}}
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
	var orphanAnswers []Question
	for _, a := range snap.LastAnswers {
		if c.Lesson(a.LessonID) == nil {
			orphanAnswers = append(orphanAnswers, questionLine(a))
		}
	}
	sort.Slice(orphanAnswers, func(i, j int) bool { return orphanAnswers[i].Question < orphanAnswers[j].Question })
	r.Questions = append(r.Questions, orphanAnswers...)
	for _, l := range r.Lessons {
		if l.Status == progress.LessonCompleted {
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
func lessonLine(module, id, title string, rec progress.LessonRecord, due int) Lesson {
	l := Lesson{Module: module, Lesson: id, Title: title, Status: rec.Status(), Attempts: rec.Attempts, CardsDue: due}
	if !rec.OpenedAt.IsZero() {
		t := rec.OpenedAt.UTC()
		l.OpenedAt = &t
	}
	if rec.Completed() {
		t := rec.CompletedAt.UTC()
		l.CompletedAt = &t
		l.BestScore = newScore(rec.BestCorrect, rec.BestTotal)
		l.LastScore = newScore(rec.LastCorrect, rec.LastTotal)
	}
	return l
}

// checkLine builds one module's check line from its result.
func checkLine(module, title string, res progress.CheckResult) Check {
	c := Check{Module: module, Title: title, CheckScore: *newScore(res.Correct, res.Total),
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
func questionLine(a progress.Answer) Question {
	return Question{Lesson: a.LessonID, Question: a.QuestionID, Given: a.Given, Correct: a.Correct, At: a.At.UTC(),
		LiveSession: liveName(a)}
}

// newScore computes a score with its rounded-down percentage.
func newScore(correct, total int) *Score {
	s := &Score{Correct: correct, Total: total}
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

// say picks the Indonesian or English text.
func say(lang lessons.Lang, id, en string) string {
	if lang == lessons.English {
		return en
	}
	return id
}
