//go:build unix

package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestPlainModeNeedsNoTerminal runs the built binary with a pipe for stdin
// and stdout: with --plain, and with TERM=dumb alone, it shows the course
// map and ends at q or at the end of the input, exit 0, where the
// full-screen tutor would refuse for want of a terminal.
func TestPlainModeNeedsNoTerminal(t *testing.T) {
	for _, c := range []struct {
		name, term, stdin string
		args              []string
	}{
		{"--plain", "xterm-256color", "q\n", []string{"--plain"}},
		{"TERM=dumb", "dumb", "q\n", nil},
		{"end of input", "xterm-256color", "", []string{"--plain", "--lang", "en"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "ajar.db")
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, ajarBinary(t), append([]string{"--db", db}, c.args...)...)
			cmd.Stdin = strings.NewReader(c.stdin)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			cmd.Env = append(os.Environ(), "AJAR_DB=", "TERM="+c.term)
			if err := cmd.Run(); err != nil {
				t.Fatalf("ajar %v: %v\nstderr: %s", c.args, err, stderr.String())
			}
			out := stdout.String()
			menu := "Menu utama"
			if c.term != "dumb" && len(c.args) > 1 {
				menu = "Main menu"
			}
			if !strings.Contains(out, menu) || strings.Contains(out, "\x1b") {
				t.Errorf("stdout %q: want the course map as plain text", out)
			}
		})
	}
}
