package report

import (
	"bytes"
	"strings"
	"testing"

	"ajar/lessons"
	"ajar/progress"
	"ajar/progress/report/reporttest"
)

// TestReportPrintsOldNamesSafely: names are checked when saved, but a
// progress file from before that check may hold anything; JSON, CSV and
// xAPI reports must not pass it on raw.
func TestReportPrintsOldNamesSafely(t *testing.T) {
	env := testEnv(t)
	learners := []Progress{{Profile: progress.Profile{ID: "ani\x1b[2J", Name: reporttest.EvilName, EmployeeNumber: "\x1b]0;x\x07"}}}
	doc := Build(env, "ajar.db", learners, false)
	outs := map[string][]byte{}
	for _, f := range Formats() {
		var buf bytes.Buffer
		mustDo(t, f.Write(&buf, doc, env, Options{Lang: lessons.Indonesian, Comma: ';'}))
		outs[f.Name] = buf.Bytes()
	}
	if len(outs) != 3 {
		t.Fatalf("formats %v, want json, csv and xapi", outs)
	}
	for name, out := range outs {
		if bad := reporttest.RawControl(out); bad != "" {
			t.Errorf("%s report carries a control character: %q", name, bad)
		}
		// JSON escapes C0 controls itself; it must not carry them either,
		// since whoever reads the file prints the decoded name.
		if strings.Contains(string(out), `\u001b`) || strings.Contains(string(out), `\u0007`) {
			t.Errorf("%s report carries an escaped control character", name)
		}
	}
}
