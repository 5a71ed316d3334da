package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ajar/progress"
	"ajar/progress/report/reporttest"
)

// TestMergePrintsNamesSafely reproduces finding 7 of issue 8 for `ajar
// report merge`: names and titles read from a report were written raw into
// the CSV, which goes to the terminal without -o.
func TestMergePrintsNamesSafely(t *testing.T) {
	doc := map[string]any{
		"format": "ajar-report/1", "generated_at": reporttest.Now,
		"source": map[string]any{"hostname": "PC\x1b]0;x\x07", "db": "ajar.db"},
		"learners": []any{map[string]any{
			"profile_id": "ani\x1b[2J", "name": reporttest.EvilName, "employee_number": "1980\u009b2J",
			"lessons": []any{map[string]any{"module": "m1\x1b[H", "lesson": "m1-l1\x07", "title": "Judul\x1b]52;c;aGk=\x07", "status": "completed"}},
		}},
	}
	data, err := json.Marshal(doc)
	mustDo(t, err)
	p := filepath.Join(t.TempDir(), "laporan.json")
	mustDo(t, os.WriteFile(p, data, 0o600))
	out := runTestReport(t, reportTestEnv(t), "merge", p)
	if bad := reporttest.RawControl(out); bad != "" {
		t.Fatalf("merged CSV carries a control character: %q in\n%q", bad, out)
	}
	if !strings.Contains(string(out), `Ani\x1b]0;judul\x07\x1b[2J\u009b2J`) {
		t.Errorf("the name should stay recognisable, escaped:\n%s", out)
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
	if c := reporttest.RawControl(stderr.Bytes()); c != "" {
		t.Errorf("error message carries a control character: %q", c)
	}
	_, err = selectProfiles([]progress.Profile{{ID: "a", Name: reporttest.EvilName}, {ID: "b", Name: "Budi"}}, "", "", false, "id")
	stderr.Reset()
	if code := printError(&stderr, err); code != 2 || reporttest.RawControl(stderr.Bytes()) != "" || !strings.Contains(stderr.String(), "Budi") {
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
	if err == nil || reporttest.RawControl(stdout.Bytes()) != "" || !strings.Contains(stdout.String(), `01-\x1b]0;x\x07.md`) {
		t.Errorf("lint: %v\n%q", err, stdout.String())
	}
	var stderr bytes.Buffer
	err = run([]string{"lint", filepath.Join(dir, "tidak\x1b[2J")}, &bytes.Buffer{}, &bytes.Buffer{})
	if code := printError(&stderr, err); code != 2 || reporttest.RawControl(stderr.Bytes()) != "" {
		t.Errorf("exit %d, message %q", code, stderr.String())
	}
}
