//go:build unix

package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"time"

	"ajar/scripts/ptykit"
)

// report prints the results as Markdown tables for docs/benchmarks.md and
// fails when an answer is missing, the file check fails or a learner
// could not finish.
func report(o options, ls []*learner, idle, busy procStat, exit ptykit.Exit, elapsed time.Duration, fc fileCheck, trainerErr error) error {
	w := os.Stdout
	var ss []sessionStats
	var all []time.Duration
	failed := 0
	for _, l := range ls {
		var lat []time.Duration
		none := 0
		if l.t != nil {
			lat, none = l.t.latencies()
		}
		s := summarize(l.name, lat, none)
		s.quiz, s.live, s.err = len(l.saved), l.liveSaved, l.err
		if l.err != nil || !l.quizDone {
			failed++
		}
		ss = append(ss, s)
		all = append(all, lat...)
	}
	fmt.Fprintf(w, "classload: %d learners, %d live questions, %s, %d cores, %s\n\n", len(ls), o.lives, runtime.GOOS+"/"+runtime.GOARCH, runtime.NumCPU(), elapsed.Round(time.Millisecond))
	printLatency(w, ss, all, o.verbose)
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| server | value |")
	fmt.Fprintln(w, "|---|---|")
	if busy.ok && idle.ok {
		cpu := busy.cpu - idle.cpu
		fmt.Fprintf(w, "| CPU time during the class (user+sys) | %.2f s (%.0f%% of one core over %s) |\n", cpu.Seconds(), 100*cpu.Seconds()/elapsed.Seconds(), elapsed.Round(time.Second))
		fmt.Fprintf(w, "| RSS idle, before learners | %s |\n", mib(idle.rss))
		peak := max(busy.peak, exit.PeakRSS)
		fmt.Fprintf(w, "| peak RSS (VmHWM, or at exit) | %s |\n", mib(peak))
		if len(ls) > 0 {
			fmt.Fprintf(w, "| RSS per session ((peak − idle) / n) | %s |\n", mib((peak-idle.rss)/int64(len(ls))))
		}
	} else {
		fmt.Fprintf(w, "| peak RSS at exit | %s |\n| CPU, RSS over the class | not available (no /proc) |\n", mib(exit.PeakRSS))
	}
	fmt.Fprintf(w, "| exit | code %d after the quit keys |\n", exit.Code)
	// The learners' SSH clients run on the same machine and share its
	// cores with the server: their cost is said so the numbers can be read.
	if self := readProc(os.Getpid()); self.ok {
		fmt.Fprintf(w, "| the harness's own CPU (the learners' SSH clients) | %.2f s |\n", self.cpu.Seconds())
	}
	quiz, live := 0, 0
	for _, l := range ls {
		quiz += len(l.saved)
		live += l.liveSaved
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| progress file | value |")
	fmt.Fprintln(w, "|---|---|")
	fmt.Fprintf(w, "| answers seen saved (quiz + live) | %d + %d |\n", quiz, live)
	fmt.Fprintf(w, "| learners found, answers in the file | %d, %d |\n", fc.learners, fc.answers)
	fmt.Fprintf(w, "| answers missing | %d |\n", len(fc.missing))
	check := "clean"
	if fc.structure != nil {
		check = fc.structure.Error()
	}
	fmt.Fprintf(w, "| structure check | %s |\n", check)
	fmt.Fprintf(w, "| learners who did not finish | %d |\n", failed)
	for _, m := range fc.missing {
		fmt.Fprintln(os.Stderr, "missing:", m)
	}
	if !o.verbose {
		for _, s := range ss {
			if s.err != nil {
				fmt.Fprintf(os.Stderr, "%s: %v\n", s.name, s.err)
			}
		}
	}
	var errs []error
	if trainerErr != nil {
		errs = append(errs, trainerErr)
	}
	if !fc.ok() {
		errs = append(errs, errors.New("answers are missing from the progress file or it failed its check"))
	}
	if failed > 0 {
		errs = append(errs, fmt.Errorf("%d learners did not finish", failed))
	}
	return errors.Join(errs...)
}
