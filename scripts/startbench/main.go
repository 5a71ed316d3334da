//go:build unix

// Command startbench measures whole-process start-up in a pseudo-terminal:
// the time from exec until the course map is on the screen, and the peak
// resident memory, for ajar and for a minimal bubbletea + glamour program
// (./minimal) run side by side, so the result is a ratio that means the
// same on a fast and a slow machine.
//
// Each round runs every program once, alternating the order, at 80×24 in a
// terminal that answers no query; medians over the rounds are printed.
// Programs get TERM=xterm-256color and none of CI, NO_COLOR, COLORTERM,
// AJAR_DB or AJAR_DEBUG. Progress files given with --db are used in place:
// a start that only shows the course map and quits writes nothing to them.
//
// Usage, from the repository root:
//
//	go run ./scripts/startbench [-n 12] [--db FILE]... [--term TERM] [--ajar BIN] [-- AJAR ARGS...]
//
// Without --db, ajar starts on a new progress file each run. Arguments
// after -- go to every ajar run (e.g. --profile NAME when a file holds
// several learners, since the picker is not the course map).
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"ajar/scripts/ptykit"
)

// target is one program configuration to time.
type target struct {
	name  string
	bin   string
	args  func(round int) []string
	wait  string // text that means the first screen is up
	start []time.Duration
	rss   []int64
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "startbench:", err)
		os.Exit(1)
	}
}

// stringList is a repeatable flag.
type stringList []string

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

func run() error {
	rounds := flag.Int("n", 12, "rounds; each runs every program once")
	var dbs stringList
	flag.Var(&dbs, "db", "progress file to start ajar on (repeatable; compared side by side)")
	cols := flag.Int("cols", 80, "terminal columns")
	rows := flag.Int("rows", 24, "terminal rows")
	term := flag.String("term", "xterm-256color", "TERM for the programs (xterm for 16 colours)")
	ajarBin := flag.String("ajar", "", "ajar binary to time (default: build this tree)")
	timeout := flag.Duration("timeout", time.Minute, "longest wait for one start")
	flag.Parse()
	extra := flag.Args()

	dir, err := os.MkdirTemp("", "startbench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if *ajarBin == "" {
		*ajarBin = filepath.Join(dir, "ajar")
		if err := build(*ajarBin, "."); err != nil {
			return err
		}
	}
	minimal := filepath.Join(dir, "minimal")
	if err := build(minimal, "./scripts/startbench/minimal"); err != nil {
		return err
	}

	const mapShown = "pelajaran selesai" // the course map's "N dari M pelajaran selesai", shown once progress is loaded
	targets := []*target{{name: "minimal bubbletea+glamour", bin: minimal,
		args: func(int) []string { return nil }, wait: "Digital Mindset"}}
	if len(dbs) == 0 {
		targets = append(targets, &target{name: "ajar, new progress file", bin: *ajarBin, wait: mapShown,
			args: func(r int) []string {
				return append([]string{"--db", filepath.Join(dir, fmt.Sprintf("new-%d.db", r))}, extra...)
			}})
	}
	for _, db := range dbs {
		if _, err := os.Stat(db); err != nil {
			return err
		}
		targets = append(targets, &target{name: "ajar --db " + filepath.Base(db), bin: *ajarBin, wait: mapShown,
			args: func(int) []string { return append([]string{"--db", db}, extra...) }})
	}

	env := ptykit.MergeEnv(os.Environ(), "CI", "NO_COLOR", "COLORTERM", "AJAR_DB", "AJAR_DEBUG", "TERM="+*term)
	opt := ptykit.Options{Cols: *cols, Rows: *rows, Env: env, Dir: dir}
	for r := 0; r < *rounds; r++ {
		order := slices.Clone(targets)
		if r%2 == 1 {
			slices.Reverse(order)
		}
		for _, t := range order {
			start, rss, err := measure(t.bin, t.args(r), t.wait, opt, *timeout)
			if err != nil {
				return fmt.Errorf("%s: %w", t.name, err)
			}
			t.start, t.rss = append(t.start, start), append(t.rss, rss)
		}
		fmt.Fprintf(os.Stderr, "\rround %d/%d", r+1, *rounds)
	}
	fmt.Fprint(os.Stderr, "\r")
	report(targets, *rounds, *cols, *rows, *term)
	return nil
}

// build compiles pkg to out as it ships (no cgo, trimmed paths).
func build(out, pkg string) error {
	cmd := exec.Command("go", "build", "-trimpath", "-o", out, pkg)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build %s: %v\n%s", pkg, err, b)
	}
	return nil
}

// measure starts bin in a fresh terminal, waits for text, quits it with q
// and returns the time the text arrived and the peak RSS.
func measure(bin string, args []string, text string, opt ptykit.Options, timeout time.Duration) (time.Duration, int64, error) {
	p, err := ptykit.Start(bin, args, opt)
	if err != nil {
		return 0, 0, err
	}
	defer p.Close()
	at, err := p.WaitFor(text, timeout)
	if err != nil {
		return 0, 0, fmt.Errorf("%v\nscreen so far:\n%s", err, tail(p.Text(), 800))
	}
	if err := p.SendKeys("q"); err != nil {
		return 0, 0, err
	}
	done := make(chan struct{})
	go func() {
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			p.Kill() // a quit that hangs is reported by the exit below
		}
	}()
	ex, err := p.Wait()
	close(done)
	if err != nil {
		return 0, 0, err
	}
	if ex.Code != 0 {
		return 0, 0, fmt.Errorf("exit %d (signal %v) after q", ex.Code, ex.Signal)
	}
	return at, ex.PeakRSS, nil
}

// report prints medians and the ratio of each program to the minimal one.
func report(targets []*target, rounds, cols, rows int, term string) {
	fmt.Printf("start-up in a pty that answers no query: %d rounds, %dx%d, TERM=%s, medians\n\n", rounds, cols, rows, term)
	fmt.Printf("| program | exec → first screen | range | peak RSS | vs minimal |\n|---|---|---|---|---|\n")
	base := median(targets[0].start)
	for _, t := range targets {
		m := median(t.start)
		lo := slices.Min(t.start).Round(time.Millisecond) / time.Millisecond
		fmt.Printf("| %s | %s | %d–%s | %.1f MiB | %.2f× |\n", t.name, ms(m), lo, ms(slices.Max(t.start)),
			float64(median(t.rss))/(1<<20), float64(m)/float64(base))
	}
}

// median of a non-empty sample.
func median[T time.Duration | int64](xs []T) T {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// ms formats a duration in whole milliseconds.
func ms(d time.Duration) string {
	return fmt.Sprintf("%d ms", d.Round(time.Millisecond)/time.Millisecond)
}

// tail is the last n bytes of s.
func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
