package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"sort"
	"strings"

	"ajar/lessons"
	"ajar/tui"
)

// runMerge runs `ajar report merge FILE... [-o FILE]`: it reads JSON reports
// collected from several PCs and writes one CSV summary, counting a learner
// exported twice once and saying where each came from; on stderr it warns
// of different learners who share a name or a NIP. A file that is not a
// report stops it before anything is written.
func runMerge(args []string, stdout, stderr io.Writer, env reportEnv) error {
	fset := newFlagSet("ajar report merge", stderr)
	langFlag := fset.String("lang", "id", "bahasa antarmuka: id atau en / interface language")
	out := fset.String("o", "-", "berkas CSV keluaran; - untuk layar / output CSV file; - for stdout")
	sep := fset.String("sep", ";", "pemisah kolom CSV / CSV separator")
	fset.Usage = func() {
		fmt.Fprint(fset.Output(), "Pemakaian / usage: ajar report merge LAPORAN.json... [-o ringkasan.csv] [--sep ;] [--lang id|en]\n")
		fset.PrintDefaults()
	}
	files, err := parseInterspersed(fset, args)
	if err != nil {
		return exitError{code: 2}
	}
	lang, err := commonFlags{lang: *langFlag}.language()
	if err != nil {
		return err
	}
	comma, err := parseSep(*sep, lang)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usageError(lang, "ajar report merge: sebutkan berkas laporan JSON yang akan digabung, mis. ajar report merge a.json b.json -o ringkasan.csv",
			"ajar report merge: name the JSON reports to merge, e.g. ajar report merge a.json b.json -o summary.csv")
	}
	if err := notSameFile(*out, files, lang); err != nil {
		return err
	}
	inputs := make([]mergeInput, len(files))
	for i, f := range files {
		inputs[i].file = lessons.CleanName(f)
		if inputs[i].doc, err = readReport(f, lang); err != nil {
			return err
		}
	}
	merged := mergeReports(inputs, lang)
	var rows []csvRow
	for _, m := range merged {
		for _, r := range csvRows([]learnerReport{m.learnerReport}) {
			r.Source = strings.Join(m.sources, ", ")
			rows = append(rows, r)
		}
	}
	var buf bytes.Buffer
	if err := writeCSV(&buf, rows, lang, comma, env.loc); err != nil {
		return fmt.Errorf("write summary: %w", err)
	}
	if err := writeOutput(*out, buf.Bytes(), stdout); err != nil {
		return err
	}
	for _, w := range sharedWarnings(merged, lang) {
		fmt.Fprintln(stderr, w)
	}
	return nil
}

// readReport reads one JSON report; any problem is `file: message`, exit 1.
func readReport(path string, lang tui.Lang) (reportDoc, error) {
	en := lang == tui.English
	fail := func(id, eng string) (reportDoc, error) {
		if en {
			return reportDoc{}, exitError{code: 1, msg: path + ": " + eng}
		}
		return reportDoc{}, exitError{code: 1, msg: path + ": " + id}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fail("tidak dapat dibaca: "+err.Error(), "cannot read: "+err.Error())
	}
	data = bytes.TrimPrefix(data, []byte(utf8BOM)) // saved again by Notepad
	var raw any
	if err := json.Unmarshal(data, &raw); err != nil {
		return fail("bukan JSON: "+err.Error(), "not JSON: "+err.Error())
	}
	obj, _ := raw.(map[string]any)
	if f, _ := obj["format"].(string); f != reportFormat {
		got, gotEn := "tanpa format", "no format"
		if f != "" {
			got = fmt.Sprintf("format %q", f)
			gotEn = got
		}
		return fail(fmt.Sprintf("bukan laporan ajar (%s; yang dapat digabung hanya %q dari ajar report --format json)", got, reportFormat),
			fmt.Sprintf("not an ajar report (%s; merge reads only %q from ajar report --format json)", gotEn, reportFormat))
	}
	var doc reportDoc
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

// mergeReports merges the learners of several reports.
//
// Identity: exports are joined by learner id only (see report_merge_ids.go).
//
// Each merged learner keeps, per lesson, the most complete data: the latest
// completion time, the best practice score, the most attempts, and the
// cards due summed over PCs, taking each PC's latest report. Of a module's
// check results the first taken counts, as on a single PC. Name and
// employee number come from the newest report that has them. Learners are
// sorted by name, lessons by their first appearance in the reports.
func mergeReports(inputs []mergeInput, lang tui.Lang) []mergedLearner {
	var all []exported
	lessonOrder := map[string]int{}
	for _, in := range inputs {
		d := in.doc
		for _, l := range d.Learners {
			all = append(all, exported{learner: l, file: in.file, host: d.Source.Hostname, db: d.Source.DB, at: d.GeneratedAt, order: len(all)})
			for _, ls := range l.Lessons {
				if _, ok := lessonOrder[ls.Lesson]; !ok {
					lessonOrder[ls.Lesson] = len(lessonOrder)
				}
			}
		}
	}
	var merged []mergedLearner
	for _, g := range identityGroups(all) {
		m := mergedLearner{learnerReport: mergeLearner(g, lessonOrder)}
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
func mergeLearner(g []exported, lessonOrder map[string]int) learnerReport {
	sort.SliceStable(g, func(i, j int) bool {
		if !g[i].at.Equal(g[j].at) {
			return g[i].at.Before(g[j].at)
		}
		return g[i].order < g[j].order
	})
	var m learnerReport
	lessons := map[string]*lessonReport{}
	// due[lesson][file] is the cards due in that file's newest report.
	due := map[string]map[string]int{}
	checks := map[string]checkReport{}
	var reflections [][]reflectionReport
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
			cur, ok := lessons[ls.Lesson]
			if !ok {
				c := ls
				c.CardsDue = 0
				lessons[ls.Lesson] = &c
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
	for id, l := range lessons {
		for _, n := range due[id] {
			l.CardsDue += n
		}
		m.Lessons = append(m.Lessons, *l)
		if l.Status == "completed" {
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
func mergeLesson(cur *lessonReport, ls lessonReport) {
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
func statusRank(s string) int {
	switch s {
	case "opened":
		return 1
	case "completed":
		return 2
	}
	return 0
}
