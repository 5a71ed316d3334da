package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"time"

	"ajar/content"
	"ajar/lessons"
	"ajar/progress"
)

// report is the JSON document `ajar report` prints: what one learner has
// done, in catalog order, with the last result of every answered question.
type report struct {
	Profile          string           `json:"profile"`
	Course           string           `json:"course"`
	GeneratedAt      time.Time        `json:"generated_at"`
	LessonsCompleted int              `json:"lessons_completed"`
	LessonsTotal     int              `json:"lessons_total"`
	AnswersTotal     int              `json:"answers_total"`
	Lessons          []lessonReport   `json:"lessons"`
	Questions        []questionReport `json:"questions"`
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

// runReport prints the current learner's progress as JSON.
func runReport(args []string, stdout, stderr io.Writer) error {
	fset := newFlagSet("ajar report", stderr)
	var c commonFlags
	c.register(fset)
	if err := fset.Parse(args); err != nil {
		return exitError{code: 2}
	}
	lang, err := c.language()
	if err != nil {
		return err
	}
	path, err := dbPath(c.db)
	if err != nil {
		return err
	}
	snap := progress.Snapshot{Profile: progress.DefaultProfile}
	if _, statErr := os.Stat(path); statErr == nil {
		store, err := openStore(path, true, lang)
		if err != nil {
			return err
		}
		snap, err = store.Snapshot(progress.DefaultProfile)
		store.Close()
		if err != nil {
			return exitError{code: 3, msg: storeMessage(err, path, lang)}
		}
	} else if !errors.Is(statErr, fs.ErrNotExist) {
		return exitError{code: 3, msg: storeMessage(statErr, path, lang)}
	}
	catalog, _ := lessons.Load(lessons.Source{Name: content.CourseName, FS: content.Course()})
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(buildReport(catalog, snap, time.Now())); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// buildReport joins the catalog with a snapshot. Progress for lessons no
// longer in the catalog is kept at the end, never dropped.
func buildReport(c *lessons.Catalog, snap progress.Snapshot, now time.Time) report {
	r := report{Profile: snap.Profile, Course: c.Title, GeneratedAt: now.UTC(), AnswersTotal: snap.AnswerCount,
		Lessons: []lessonReport{}, Questions: []questionReport{}}
	seen := map[string]bool{}
	for _, l := range c.Lessons() {
		seen[l.ID] = true
		r.Lessons = append(r.Lessons, lessonLine(l.ModuleID, l.ID, l.Title, snap.Lessons[l.ID]))
		for _, q := range l.Questions {
			if a, ok := snap.LastAnswers[q.ID]; ok {
				r.Questions = append(r.Questions, questionLine(a))
			}
		}
	}
	r.LessonsTotal = len(r.Lessons)
	var orphans []string
	for id := range snap.Lessons {
		if !seen[id] {
			orphans = append(orphans, id)
		}
	}
	sort.Strings(orphans)
	for _, id := range orphans {
		r.Lessons = append(r.Lessons, lessonLine("", id, "", snap.Lessons[id]))
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
	return r
}

// lessonLine builds one lesson's report line from its record.
func lessonLine(module, id, title string, rec progress.LessonRecord) lessonReport {
	l := lessonReport{Module: module, Lesson: id, Title: title, Status: "new", Attempts: rec.Attempts}
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
