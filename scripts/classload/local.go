//go:build unix

package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"

	"github.com/creack/pty"

	"ajar/scripts/ptykit"
)

// local runs one learner's script against the plain tutor (no server, no
// join screen, no live questions) in a local pseudo-terminal: it checks
// the part of the script that drives ajar's own screens (course map,
// reader, quiz, save marks) and the file check, before the class server
// exists to run it over SSH.
func local(o options) error {
	lesson, dir, bin, err := prepare(o)
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	db := filepath.Join(dir, "ajar.db")
	cmd := exec.Command(bin)
	cmd.Env = ptykit.MergeEnv(os.Environ(), "TERM=xterm-256color", "HOME="+dir, "AJAR_DB="+db, "CI", "NO_COLOR", "COLORTERM", "AJAR_DEBUG")
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 80, Rows: 24})
	if err != nil {
		return err
	}
	defer f.Close()
	sc := o.sc
	sc.joinPrompt = "" // the plain tutor opens on the course map
	o.lives = 0
	l := &learner{sc: sc, t: newTerm(f, f), lesson: lesson, rng: rand.New(rand.NewPCG(1, 14)),
		think: o.think, pages: o.pages, wait: o.wait, keyMax: o.keyMax, saved: map[int]bool{}, logf: o.logf()}
	start := time.Now()
	runErr := make(chan error, 1)
	go func() { runErr <- l.run(func() {}, func() { _ = cmd.Process.Signal(syscall.SIGTERM) }) }()
	// SIGTERM once the quiz is done: the tutor saves what is pending and
	// exits, which closes the terminal and ends run.
	select {
	case l.err = <-runErr:
	case <-time.After(o.timeout):
		l.err = fmt.Errorf("not done within -timeout %v", o.timeout)
	}
	_ = cmd.Process.Kill()
	st, _ := cmd.Process.Wait()
	exit := ptykit.Exit{Elapsed: time.Since(start)}
	if st != nil {
		exit.Code = st.ExitCode()
	}
	fc := checkFile(db, []*learner{l})
	return report(o, []*learner{l}, procStat{}, procStat{}, exit, time.Since(start), fc, nil)
}
