package report

import (
	"fmt"
	"strings"
	"time"

	"ajar/lessons"
	"ajar/progress"
)

// Reflections are a learner's own words, so they leave the PC only when the
// learner asks: `ajar report --reflections` for one learner. A trainer's
// `--all` never carries them, and `ajar report merge` shows them only for
// the learners whose exports did.

// Reflection is one reflection or plan in an exported report.
type Reflection struct {
	Lesson string `json:"lesson"`
	Title  string `json:"title,omitempty"`
	// Prompt is the lesson's question, so the answer reads on its own.
	Prompt  string       `json:"prompt,omitempty"`
	Text    string       `json:"text,omitempty"`
	Actions []PlanAction `json:"actions,omitempty"`
	// WrittenAt is when it was written or last changed.
	WrittenAt time.Time `json:"written_at"`
	// RevisitedDays are the days after WrittenAt (7, 30) on which the
	// review brought the plan back.
	RevisitedDays []int `json:"revisited_days,omitempty"`
}

// PlanAction is one action of an exported plan and the idea of the
// course it is tied to.
type PlanAction struct {
	Text string `json:"text"`
	Tie  string `json:"tie,omitempty"`
}

// reflectionLines lists a learner's reflections in catalog order, then
// those of lessons no longer in the catalog by id.
func reflectionLines(c *lessons.Catalog, snap progress.Snapshot) []Reflection {
	var out []Reflection
	seen := map[string]bool{}
	for _, l := range c.Lessons() {
		seen[l.ID] = true
		if r, ok := snap.Reflections[l.ID]; ok {
			prompt := l.Reflection
			if l.Plan != nil && l.Plan.Prompt != "" { // the plan is asked first
				prompt = strings.TrimSpace(l.Plan.Prompt + " " + prompt)
			}
			out = append(out, reflectionLine(r, l.Title, prompt))
		}
	}
	for _, id := range sortedKeys(snap.Reflections, seen) {
		out = append(out, reflectionLine(snap.Reflections[id], "", ""))
	}
	return out
}

// reflectionLine builds one exported reflection. The text comes from the
// progress file, so it is cleaned like a name: a report goes to a terminal
// when -o is not given.
func reflectionLine(r progress.Reflection, title, prompt string) Reflection {
	line := Reflection{Lesson: r.LessonID, Title: title, Prompt: prompt, Text: lessons.CleanName(r.Text),
		WrittenAt: r.At.UTC(), RevisitedDays: r.Revisited}
	for _, a := range r.Actions {
		line.Actions = append(line.Actions, PlanAction{Text: lessons.CleanName(a.Text), Tie: lessons.CleanName(a.Tie)})
	}
	return line
}

// mergeReflections keeps, per lesson, the newest reflection among a
// learner's exports, in the order the lessons first appear.
func mergeReflections(all [][]Reflection) []Reflection {
	newest := map[string]Reflection{}
	var order []string
	for _, rs := range all {
		for _, r := range rs {
			old, ok := newest[r.Lesson]
			if !ok {
				order = append(order, r.Lesson)
			}
			if !ok || !r.WrittenAt.Before(old.WrittenAt) {
				newest[r.Lesson] = r
			}
		}
	}
	out := make([]Reflection, len(order))
	for i, id := range order {
		out[i] = newest[id]
	}
	return out
}

// reflectionCell writes a reflection in one spreadsheet cell: the text,
// then the plan's actions numbered, each with its idea in brackets.
func reflectionCell(r Reflection) string {
	parts := []string{}
	if r.Text != "" {
		parts = append(parts, r.Text)
	}
	for i, a := range r.Actions {
		s := fmt.Sprintf("%d) %s", i+1, a.Text)
		if a.Tie != "" {
			s += " [" + a.Tie + "]"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " | ")
}
