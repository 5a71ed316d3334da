package report

import (
	"testing"

	"ajar/progress"
)

// TestReflectionLineCleansText: text read from a progress file written
// before the store refused control characters is shown escaped.
func TestReflectionLineCleansText(t *testing.T) {
	r := reflectionLine(progress.Reflection{LessonID: "x", Text: "a\x1b[2Jb",
		Actions: []progress.PlanAction{{Text: "c\x9bd", Tie: "e\x07"}}}, "", "")
	if r.Text != `a\x1b[2Jb` || r.Actions[0].Text != `c\x9bd` || r.Actions[0].Tie != `e\x07` {
		t.Fatalf("cleaned %+v", r)
	}
}
