//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ajar/scripts/ptykit"
)

// inTerminal runs the built ajar with args in a pseudo-terminal, as a
// learner types it, with every place a progress file could go (AJAR_DB,
// the data folder, the home folder) inside home. It returns the exit code
// and the text ajar wrote. A run that is still going after a few seconds
// has started the tutor: it is killed and the test fails.
func inTerminal(t *testing.T, home string, args ...string) (int, string) {
	t.Helper()
	env := ptykit.MergeEnv(os.Environ(), "CI", "NO_COLOR", "AJAR_DEBUG", "TERM=xterm-256color",
		"AJAR_DB="+filepath.Join(home, "data", "ajar.db"),
		"XDG_DATA_HOME="+filepath.Join(home, "xdg"), "HOME="+filepath.Join(home, "home"))
	p, err := ptykit.Start(ajarBinary(t), args, ptykit.Options{Env: env, Dir: t.TempDir()})
	if err != nil {
		t.Skip("no pty:", err)
	}
	defer p.Close()
	ended := make(chan ptykit.Exit, 1)
	go func() {
		ex, _ := p.Wait()
		ended <- ex
	}()
	select {
	case ex := <-ended:
		return ex.Code, p.Text()
	case <-time.After(10 * time.Second):
		p.Kill()
		t.Fatalf("ajar %q started the tutor instead of failing; screen:\n%s", args, p.Text())
	}
	return 0, ""
}

// emptyHome is a folder for inTerminal that fails the test, at its end,
// when anything was created in it.
func emptyHome(t *testing.T) string {
	t.Helper()
	home := t.TempDir()
	t.Cleanup(func() {
		if entries, _ := os.ReadDir(home); len(entries) != 0 {
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			t.Errorf("created %v in the data folder although ajar failed", names)
		}
	})
	return home
}

// TestUnknownCommandSuggestsAndCreatesNothing: `ajar presnet` used to
// start the tutor and create a progress file. A word that is not a command
// now fails at once with a suggestion and exit 2 (issue 10, item 6).
func TestUnknownCommandSuggestsAndCreatesNothing(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"presnet"}, `"presnet" bukan perintah ajar; maksud Anda: ajar present?`},
		{[]string{"--lang", "en", "reprot"}, `"reprot" is not an ajar command; did you mean: ajar report?`},
		{[]string{"--ascii", "budi"}, `"budi" bukan perintah ajar`},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			code, out := inTerminal(t, emptyHome(t), c.args...)
			if code != 2 || !strings.Contains(out, c.want) {
				t.Fatalf("exit %d, output %q; want exit 2 and %q", code, out, c.want)
			}
		})
	}
}

// TestTutorErrorsCreateNothing: every way the tutor can refuse to start
// refuses before the progress file or its folder exists. --profile on a
// new file used to create the file, then print an empty list of learners;
// a --content folder that cannot be read also failed only after the file
// was created.
func TestTutorErrorsCreateNothing(t *testing.T) {
	cases := []struct {
		args       []string
		want, wont string
	}{
		{[]string{"--profile", "Budi"}, `belum ada pelajar bernama "Budi"`, "yang ada"},
		{[]string{"--profile", "Budi", "--lang", "en"}, "start ajar without --profile, press p", "there are:"},
		{[]string{"--content", "tidak-ada"}, "folder tidak ditemukan", ""},
		{[]string{"--no-builtin"}, "--no-builtin perlu sedikitnya satu --content FOLDER", ""},
		{[]string{"--lang", "jw"}, `--lang "jw" tidak dikenal`, ""},
		{[]string{"--now", "besok"}, `--now "besok" tidak dikenali`, ""},
		{[]string{"--theme", "biru"}, `--theme "biru" tidak dikenal`, ""},
		{[]string{"--profle", "Budi"}, "maksud Anda: --profile?", ""},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			code, out := inTerminal(t, emptyHome(t), c.args...)
			if code != 2 || !strings.Contains(out, c.want) || (c.wont != "" && strings.Contains(out, c.wont)) {
				t.Fatalf("exit %d, output %q; want exit 2 and %q without %q", code, out, c.want, c.wont)
			}
		})
	}
}
