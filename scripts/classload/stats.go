//go:build unix

package main

import (
	"fmt"
	"io"
	"slices"
	"time"
)

// percentile is the nearest-rank percentile p (0–100) of ds: the smallest
// value with at least p% of the values at or below it. Nearest rank never
// invents a value between two measured ones, and p99 of fewer than 100
// keys is the slowest key, which is the honest reading of a short run.
func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	rank := int(float64(len(s))*p/100+0.999999999) - 1
	return s[min(max(rank, 0), len(s)-1)]
}

// sessionStats is one learner's latencies.
type sessionStats struct {
	name     string
	keys     int
	noFrame  int
	p50, p99 time.Duration
	max      time.Duration
	quiz     int // quiz answers seen saved
	live     int // live answers seen saved
	err      error
}

func summarize(name string, lat []time.Duration, noFrame int) sessionStats {
	return sessionStats{name: name, keys: len(lat), noFrame: noFrame,
		p50: percentile(lat, 50), p99: percentile(lat, 99), max: percentile(lat, 100)}
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }

func mib(b int64) string { return fmt.Sprintf("%.1f MiB", float64(b)/(1<<20)) }

// printLatency writes the latency part of the report: every session with
// verbose, else the spread of the sessions' p50 and p99, and all keys
// together.
func printLatency(w io.Writer, ss []sessionStats, all []time.Duration, verbose bool) {
	if verbose {
		fmt.Fprintln(w, "| session | keys | no frame | p50 | p99 | max | quiz answers | live answers | error |")
		fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|")
		for _, s := range ss {
			e := ""
			if s.err != nil {
				e = s.err.Error()
			}
			fmt.Fprintf(w, "| %s | %d | %d | %s | %s | %s | %d | %d | %s |\n", s.name, s.keys, s.noFrame, ms(s.p50), ms(s.p99), ms(s.max), s.quiz, s.live, e)
		}
		fmt.Fprintln(w)
	}
	var p50s, p99s []time.Duration
	keys, none := 0, 0
	for _, s := range ss {
		if s.keys > 0 {
			p50s = append(p50s, s.p50)
			p99s = append(p99s, s.p99)
		}
		keys += s.keys
		none += s.noFrame
	}
	fmt.Fprintln(w, "| key-to-frame latency | best session | median session | worst session |")
	fmt.Fprintln(w, "|---|---|---|---|")
	fmt.Fprintf(w, "| p50 per session | %s | %s | %s |\n", ms(percentile(p50s, 0)), ms(percentile(p50s, 50)), ms(percentile(p50s, 100)))
	fmt.Fprintf(w, "| p99 per session | %s | %s | %s |\n", ms(percentile(p99s, 0)), ms(percentile(p99s, 50)), ms(percentile(p99s, 100)))
	fmt.Fprintf(w, "\nAll %d keys of %d sessions: p50 %s, p99 %s, max %s; %d keys drew no frame.\n",
		keys, len(ss), ms(percentile(all, 50)), ms(percentile(all, 99)), ms(percentile(all, 100)), none)
}
