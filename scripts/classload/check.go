//go:build unix

package main

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"ajar/progress"
)

// fileCheck is what the progress file says after the class.
type fileCheck struct {
	structure error // progress.CheckFile and the store's own check
	missing   []string
	learners  int
	answers   int
}

// ok is whether nothing is missing and the file is sound.
func (c fileCheck) ok() bool { return c.structure == nil && len(c.missing) == 0 }

// checkFile opens the progress file read-only once the server has closed
// it and looks for every answer each learner saw saved: every quiz
// question whose save mark was drawn must be in their answer log, and the
// log must hold at least as many answers as the quiz and live answers
// they saw saved (a live question may be one of the lesson's own, so live
// answers are counted, not named). profileName maps a learner's name to
// how the file knows them ("" is the file's only learner, in -local mode).
func checkFile(db string, ls []*learner) fileCheck {
	var c fileCheck
	if err := progress.CheckFile(db); err != nil {
		c.structure = err
		return c
	}
	st, err := progress.Open(db, progress.Options{ReadOnly: true, Timeout: 10 * time.Second})
	if err != nil {
		c.structure = err
		return c
	}
	defer st.Close()
	if err := st.Verify(); err != nil {
		c.structure = err
		return c
	}
	profiles, err := st.Profiles()
	if err != nil {
		c.structure = err
		return c
	}
	byName := map[string]string{}
	for _, p := range profiles {
		byName[strings.ToLower(strings.Join(strings.Fields(p.Name), " "))] = p.ID
	}
	for _, l := range ls {
		id, found := byName[strings.ToLower(strings.Join(strings.Fields(l.name), " "))]
		if l.name == "" && len(profiles) == 1 {
			id, found = profiles[0].ID, true
		}
		if !found {
			if l.quizDone || len(l.saved) > 0 || l.liveSaved > 0 {
				c.missing = append(c.missing, fmt.Sprintf("%s: no such learner in the file", l.name))
			}
			continue
		}
		c.learners++
		log, err := st.AnswerLog(id)
		if err != nil {
			c.missing = append(c.missing, fmt.Sprintf("%s: answer log: %v", l.name, err))
			continue
		}
		c.answers += len(log)
		ids := make([]string, len(log))
		for i, a := range log {
			ids[i] = a.QuestionID
		}
		for k := range l.saved {
			q := l.lesson.Questions[k-1].ID
			if !slices.Contains(ids, q) {
				c.missing = append(c.missing, fmt.Sprintf("%s: quiz answer to %s", l.name, q))
			}
		}
		if want := len(l.saved) + l.liveSaved; len(log) < want {
			c.missing = append(c.missing, fmt.Sprintf("%s: %d answers in the file, %d seen saved", l.name, len(log), want))
		}
	}
	return c
}
