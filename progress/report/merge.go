package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"time"

	"ajar/lessons"
	"ajar/progress"
)

// `ajar report merge` reads the JSON reports collected from several PCs
// (Parse) and writes one CSV summary (Merge, then Merged.WriteCSV),
// counting a learner exported twice once and saying where each came from;
// Merged.Warnings names different learners who share a name or a NIP.

// Input is one report to merge and the file it was read from.
type Input struct {
	// File is the report's file as the trainer named it, printable.
	File string
	// Doc is the report, read with Parse.
	Doc Doc
}

// Parse reads a JSON report as merge needs it: a report of this format
// (formatTag) whose every learner has an id and every lesson line a
// lesson. A UTF-8 byte order mark, which Notepad adds when it saves, is
// skipped. The error says in lang what is wrong with the report.
func Parse(data []byte, lang lessons.Lang) (Doc, error) {
	fail := func(id, en string) (Doc, error) { return Doc{}, errors.New(say(lang, id, en)) }
	data = bytes.TrimPrefix(data, []byte(utf8BOM)) // saved again by Notepad
	var raw any
	if err := json.Unmarshal(data, &raw); err != nil {
		return fail("bukan JSON: "+err.Error(), "not JSON: "+err.Error())
	}
	obj, _ := raw.(map[string]any)
	if f, _ := obj["format"].(string); f != formatTag {
		got, gotEn := "tanpa format", "no format"
		if f != "" {
			got = fmt.Sprintf("format %q", f)
			gotEn = got
		}
		return fail(fmt.Sprintf("bukan laporan ajar (%s; yang dapat digabung hanya %q dari ajar report --format json)", got, formatTag),
			fmt.Sprintf("not an ajar report (%s; merge reads only %q from ajar report --format json)", gotEn, formatTag))
	}
	var doc Doc
	if err := json.Unmarshal(data, &doc); err != nil {
		return fail("laporan rusak: "+err.Error(), "damaged report: "+err.Error())
	}
	for i, l := range doc.Learners {
		if strings.TrimSpace(l.ProfileID) == "" {
			return fail(fmt.Sprintf("pelajar ke-%d tanpa profile_id", i+1), fmt.Sprintf("learner %d has no profile_id", i+1))
		}
		for j, ls := range l.Lessons {
			if ls.Lesson == "" {
				return fail(fmt.Sprintf("pelajar ke-%d, baris pelajaran ke-%d tanpa id pelajaran", i+1, j+1),
					fmt.Sprintf("learner %d, lesson line %d has no lesson id", i+1, j+1))
			}
		}
	}
	return doc, nil
}

// Merged is the merge of several reports: one learner per person, each
// with the report files and the progress files they came from.
type Merged struct {
	learners []mergedLearner
	lang     lessons.Lang
}

// Merge merges the learners of inputs (see mergeReports); lang is the
// language of the summary's words.
func Merge(inputs []Input, lang lessons.Lang) Merged {
	return Merged{learners: mergeReports(inputs, lang), lang: lang}
}

// WriteCSV writes the summary: the CSV report of the merged learners,
// with a column saying where each came from, separated by comma, dates
// in loc.
func (m Merged) WriteCSV(w io.Writer, comma rune, loc *time.Location) error {
	var rows []csvRow
	for _, l := range m.learners {
		for _, r := range csvRows([]Learner{l.Learner}) {
			r.Source = strings.Join(l.sources, ", ")
			rows = append(rows, r)
		}
	}
	return writeCSV(w, rows, m.lang, comma, loc)
}

// Warnings says which different learners share a name or a NIP (see
// sharedWarnings), one line each.
func (m Merged) Warnings() []string { return sharedWarnings(m.learners, m.lang) }

// mergeReports merges the learners of several reports.
//
// Identity: exports are joined by learner id only (see identity.go).
//
// Each merged learner keeps, per lesson, the most complete data: the latest
// completion time, the best practice score, the most attempts, and the
// cards due summed over PCs, taking each PC's latest report. Of a module's
// check results the first taken counts, as on a single PC. Name and
// employee number come from the newest report that has them. Learners are
// sorted by name, lessons by their first appearance in the reports.
func mergeReports(inputs []Input, lang lessons.Lang) []mergedLearner {
	var all []exported
	lessonOrder := map[string]int{}
	for _, in := range inputs {
		d := in.Doc
		for _, l := range d.Learners {
			all = append(all, exported{learner: l, file: in.File, host: d.Source.Hostname, db: d.Source.DB, at: d.GeneratedAt, order: len(all)})
			for _, ls := range l.Lessons {
				if _, ok := lessonOrder[ls.Lesson]; !ok {
					lessonOrder[ls.Lesson] = len(lessonOrder)
				}
			}
		}
	}
	var merged []mergedLearner
	for _, g := range identityGroups(all) {
		m := mergedLearner{Learner: mergeLearner(g, lessonOrder)}
		for _, e := range g {
			if !slices.Contains(m.files, e.file) {
				m.files = append(m.files, e.file)
			}
			if src := e.source(lang); !slices.Contains(m.sources, src) {
				m.sources = append(m.sources, src)
			}
		}
		merged = append(merged, m)
	}
	sortMerged(merged)
	return merged
}

// mergeLearner merges the exports of one learner.
func mergeLearner(g []exported, lessonOrder map[string]int) Learner {
	sort.SliceStable(g, func(i, j int) bool {
		if !g[i].at.Equal(g[j].at) {
			return g[i].at.Before(g[j].at)
		}
		return g[i].order < g[j].order
	})
	var m Learner
	lines := map[string]*Lesson{}
	// due[lesson][file] is the cards due in that file's newest report.
	due := map[string]map[string]int{}
	checks := map[string]Check{}
	var reflections [][]Reflection
	for _, e := range g { // oldest first: later reports win ties
		l := e.learner
		reflections = append(reflections, l.Reflections)
		m.ProfileID = l.ProfileID
		if strings.TrimSpace(l.Name) != "" {
			m.Name = l.Name
		}
		if strings.TrimSpace(l.EmployeeNumber) != "" {
			m.EmployeeNumber = l.EmployeeNumber
		}
		for _, ls := range l.Lessons {
			cur, ok := lines[ls.Lesson]
			if !ok {
				c := ls
				c.CardsDue = 0
				lines[ls.Lesson] = &c
				cur = &c
			} else {
				mergeLesson(cur, ls)
			}
			if due[ls.Lesson] == nil {
				due[ls.Lesson] = map[string]int{}
			}
			due[ls.Lesson][e.fileKey()] = ls.CardsDue
		}
		for _, c := range l.Checks {
			if old, ok := checks[c.Module]; !ok || c.FinishedAt.Before(old.FinishedAt) {
				if ok && c.Title == "" {
					c.Title = old.Title
				}
				checks[c.Module] = c
			}
		}
	}
	for id, l := range lines {
		for _, n := range due[id] {
			l.CardsDue += n
		}
		m.Lessons = append(m.Lessons, *l)
		if l.Status == progress.LessonCompleted {
			m.LessonsCompleted++
		}
	}
	sort.Slice(m.Lessons, func(i, j int) bool { return lessonOrder[m.Lessons[i].Lesson] < lessonOrder[m.Lessons[j].Lesson] })
	m.LessonsTotal = len(m.Lessons)
	for _, c := range checks {
		m.Checks = append(m.Checks, c)
	}
	sort.Slice(m.Checks, func(i, j int) bool { return m.Checks[i].Module < m.Checks[j].Module })
	m.Reflections = mergeReflections(reflections)
	return m
}

// mergeLesson folds a later export's line of one lesson into cur.
func mergeLesson(cur *Lesson, ls Lesson) {
	if ls.Module != "" {
		cur.Module = ls.Module
	}
	if ls.Title != "" {
		cur.Title = ls.Title
	}
	if statusRank(ls.Status) > statusRank(cur.Status) {
		cur.Status = ls.Status
	}
	if ls.OpenedAt != nil && (cur.OpenedAt == nil || ls.OpenedAt.Before(*cur.OpenedAt)) {
		cur.OpenedAt = ls.OpenedAt
	}
	if ls.CompletedAt != nil && (cur.CompletedAt == nil || ls.CompletedAt.After(*cur.CompletedAt)) {
		cur.CompletedAt = ls.CompletedAt
		if ls.LastScore != nil {
			cur.LastScore = ls.LastScore
		}
	}
	cur.Attempts = max(cur.Attempts, ls.Attempts)
	if b := ls.BestScore; b != nil && b.Total > 0 {
		// compare correct/total exactly: 4/5 beats 3/4
		if c := cur.BestScore; c == nil || c.Total == 0 || b.Correct*c.Total > c.Correct*b.Total {
			cur.BestScore = b
		}
	}
}

// statusRank orders lesson states: new, opened, completed.
func statusRank(s progress.LessonStatus) int {
	switch s {
	case progress.LessonOpened:
		return 1
	case progress.LessonCompleted:
		return 2
	}
	return 0
}
