//go:build unix

package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
)

// runWithout runs the built ajar with the given stdin and stdout, in a
// session of its own so it has no controlling terminal to fall back on
// (as under a scheduler, a pipe from another program, or CI). It returns
// the exit code and what was written to stderr.
func runWithout(t *testing.T, stdin, stdout *os.File, args ...string) (int, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, ajarBinary(t), args...)
	cmd.Stdin, cmd.Stdout = stdin, stdout
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	cmd.Env = append(os.Environ(), "AJAR_DB=", "TERM=xterm-256color")
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("ajar %v did not end without a terminal: %v", args, ctx.Err())
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, stderr.String()
}

// devNull opens the null device, a stdin that is not a terminal.
func devNull(t *testing.T) *os.File {
	t.Helper()
	f, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// outFile is a regular file to redirect stdout to.
func outFile(t *testing.T) *os.File {
	t.Helper()
	f, err := os.Create(filepath.Join(t.TempDir(), "keluaran.txt"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// TestNoTerminalSaysSoAndCreatesNothing: stdin or stdout not a terminal
// means a clear message, exit 2 and no progress file (issue 8,
// "Terminals"). Before: "could not open a new TTY", exit 1, and an empty
// progress file left behind; with only stdout redirected, a session
// nobody could see, waiting for keys.
func TestNoTerminalSaysSoAndCreatesNothing(t *testing.T) {
	ptm, tty, err := pty.Open()
	if err != nil {
		t.Skip("no pty:", err)
	}
	t.Cleanup(func() { ptm.Close(); tty.Close() })
	cases := []struct {
		name       string
		stdin      *os.File
		args       []string
		want, wont string
	}{
		{"stdin not a terminal", devNull(t), nil, "ajar perlu terminal interaktif", "TTY"},
		{"english", devNull(t), []string{"--lang", "en"}, "ajar needs an interactive terminal", "TTY"},
		{"demo", devNull(t), []string{"--demo"}, "ajar perlu terminal interaktif", "TTY"},
		{"stdout redirected", tty, nil, "ajar perlu terminal interaktif", "TTY"},
		{"presenter", devNull(t), []string{"present"}, "ajar present perlu terminal interaktif", "TTY"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "data", "ajar.db")
			code, stderr := runWithout(t, c.stdin, outFile(t), append([]string{"--db", db}, c.args...)...)
			if code != 2 || !strings.Contains(stderr, c.want) || !strings.Contains(stderr, "ajar lint") || strings.Contains(stderr, c.wont) {
				t.Fatalf("exit %d, stderr %q; want exit 2 and %q naming the other commands", code, stderr, c.want)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 0 {
				t.Fatalf("created %v without a terminal", entries)
			}
		})
	}
}

// TestSubcommandsNeedNoTerminal: lint, report and init run from scripts.
func TestSubcommandsNeedNoTerminal(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"lint"},
		{"init", filepath.Join(dir, "modul")},
		{"report", "--db", filepath.Join(dir, "tidak-ada.db")},
	} {
		if code, stderr := runWithout(t, devNull(t), outFile(t), args...); code != 0 {
			t.Errorf("ajar %v without a terminal: exit %d, %s", args, code, stderr)
		}
	}
}
