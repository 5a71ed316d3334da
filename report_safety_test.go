package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ajar/lessons"
	"ajar/progress"
	"ajar/progress/report"
)

// rawControl returns the first control character of out other than the
// newline, carriage return and tab that CSV and JSON lines end with, or "".
func rawControl(out []byte) string {
	for i, r := range string(out) {
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' || r >= 0x7f && r <= 0x9f {
			return string(out[max(0, i-12):min(len(out), i+12)])
		}
	}
	return ""
}

// evilName is a learner name as an old progress file, or a report edited by
// hand, may hold it: OSC 0 (window title), screen clearing and a C1 CSI.
const evilName = "Ani\x1b]0;judul\x07\x1b[2J\u009b2J"

// TestMergePrintsNamesSafely reproduces finding 7 of issue 8 for `ajar
// report merge`: names and titles read from a report were written raw into
// the CSV, which goes to the terminal without -o.
func TestMergePrintsNamesSafely(t *testing.T) {
	doc := map[string]any{
		"format": "ajar-report/1", "generated_at": reportNow,
		"source": map[string]any{"hostname": "PC\x1b]0;x\x07", "db": "ajar.db"},
		"learners": []any{map[string]any{
			"profile_id": "ani\x1b[2J", "name": evilName, "employee_number": "1980\u009b2J",
			"lessons": []any{map[string]any{"module": "m1\x1b[H", "lesson": "m1-l1\x07", "title": "Judul\x1b]52;c;aGk=\x07", "status": "completed"}},
		}},
	}
	data, err := json.Marshal(doc)
	mustDo(t, err)
	p := filepath.Join(t.TempDir(), "laporan.json")
	mustDo(t, os.WriteFile(p, data, 0o600))
	out := runTestReport(t, reportTestEnv(t), "merge", p)
	if bad := rawControl(out); bad != "" {
		t.Fatalf("merged CSV carries a control character: %q in\n%q", bad, out)
	}
	if !strings.Contains(string(out), `Ani\x1b]0;judul\x07\x1b[2J\u009b2J`) {
		t.Errorf("the name should stay recognisable, escaped:\n%s", out)
	}
}

// TestReportPrintsOldNamesSafely: names are checked when saved, but a
// progress file from before that check may hold anything; JSON, CSV and
// xAPI reports must not pass it on raw.
func TestReportPrintsOldNamesSafely(t *testing.T) {
	env := reportTestEnv(t)
	learners := []report.Progress{{Profile: progress.Profile{ID: "ani\x1b[2J", Name: evilName, EmployeeNumber: "\x1b]0;x\x07"}}}
	doc := report.Build(env, "ajar.db", learners, false)
	outs := map[string][]byte{}
	for _, f := range report.Formats() {
		var buf bytes.Buffer
		mustDo(t, f.Write(&buf, doc, env, report.Options{Lang: lessons.Indonesian, Comma: ';'}))
		outs[f.Name] = buf.Bytes()
	}
	if len(outs) != 3 {
		t.Fatalf("formats %v, want json, csv and xapi", outs)
	}
	for name, out := range outs {
		if bad := rawControl(out); bad != "" {
			t.Errorf("%s report carries a control character: %q", name, bad)
		}
		// JSON escapes C0 controls itself; it must not carry them either,
		// since whoever reads the file prints the decoded name.
		if strings.Contains(string(out), `\u001b`) || strings.Contains(string(out), `\u0007`) {
			t.Errorf("%s report carries an escaped control character", name)
		}
	}
}

// TestErrorMessagesPrintSafely: file names and learner names reach error
// messages (a report that is not JSON, a learner that is not in the file);
// what main prints must not carry their control characters.
func TestErrorMessagesPrintSafely(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "laporan\x1b]0;x\x07.json")
	if err := os.WriteFile(bad, []byte("bukan json"), 0o600); err != nil {
		t.Skipf("this file system does not allow the name: %v", err)
	}
	var stderr bytes.Buffer
	err := runReportEnv([]string{"merge", bad}, &bytes.Buffer{}, &bytes.Buffer{}, reportTestEnv(t))
	code := printError(&stderr, err)
	if code != 1 || !strings.Contains(stderr.String(), `laporan\x1b]0;x\x07.json: bukan JSON`) {
		t.Errorf("exit %d, message %q", code, stderr.String())
	}
	if c := rawControl(stderr.Bytes()); c != "" {
		t.Errorf("error message carries a control character: %q", c)
	}
	_, err = selectLearners([]progress.Profile{{ID: "a", Name: evilName}, {ID: "b", Name: "Budi"}}, "", "", false, "id")
	stderr.Reset()
	if code := printError(&stderr, err); code != 2 || rawControl(stderr.Bytes()) != "" || !strings.Contains(stderr.String(), "Budi") {
		t.Errorf("exit %d, message %q", code, stderr.String())
	}
}

// TestLintPrintsNamesSafely: a file or folder name with control
// characters, and a folder argument with them, are printed escaped.
func TestLintPrintsNamesSafely(t *testing.T) {
	dir := t.TempDir()
	mod := filepath.Join(dir, "m1")
	mustDo(t, os.MkdirAll(mod, 0o755))
	mustDo(t, os.WriteFile(filepath.Join(mod, "module.yaml"), []byte("id: m1\ntitle: M\norder: 1\n"), 0o600))
	if err := os.WriteFile(filepath.Join(mod, "01-\x1b]0;x\x07.md"), []byte("x"), 0o600); err != nil {
		t.Skipf("this file system does not allow the name: %v", err)
	}
	var stdout bytes.Buffer
	err := run([]string{"lint", dir}, &stdout, &bytes.Buffer{})
	if err == nil || rawControl(stdout.Bytes()) != "" || !strings.Contains(stdout.String(), `01-\x1b]0;x\x07.md`) {
		t.Errorf("lint: %v\n%q", err, stdout.String())
	}
	var stderr bytes.Buffer
	err = run([]string{"lint", filepath.Join(dir, "tidak\x1b[2J")}, &bytes.Buffer{}, &bytes.Buffer{})
	if code := printError(&stderr, err); code != 2 || rawControl(stderr.Bytes()) != "" {
		t.Errorf("exit %d, message %q", code, stderr.String())
	}
}
