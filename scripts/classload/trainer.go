//go:build unix

package main

import (
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"ajar/scripts/ptykit"
)

// liveRoom is the harness's side of the live questions: the trainer goroutine
// pushes and ends them, learners learn of a push here (not from the
// wording of the live screen, which the harness need not know) and report
// back whether they answered.
type liveRoom struct {
	mu       sync.Mutex
	gen      int           // live questions pushed so far
	pushed   chan struct{} // closed at the next push
	ended    chan struct{} // closed when the current one ends
	answers  int           // learners who answered the current one
	missed   int           // learners who could not
	changed  chan struct{} // closed and replaced on every report
	closedCh chan struct{} // always closed
}

func newLiveRoom() *liveRoom {
	c := make(chan struct{})
	close(c)
	return &liveRoom{pushed: make(chan struct{}), ended: c, changed: make(chan struct{}), closedCh: c}
}

// after is ready once a question after the first 'handled' is pushed.
func (r *liveRoom) after(handled int) <-chan struct{} {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.gen > handled {
		return r.closedCh
	}
	return r.pushed
}

// current is the latest question and the channel closed when it ends.
func (r *liveRoom) current() (int, <-chan struct{}) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.gen, r.ended
}

func (r *liveRoom) push() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.gen++
	r.answers, r.missed = 0, 0
	r.ended = make(chan struct{})
	close(r.pushed)
	r.pushed = make(chan struct{})
}

func (r *liveRoom) end() {
	r.mu.Lock()
	defer r.mu.Unlock()
	close(r.ended)
}

func (r *liveRoom) report(answered bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if answered {
		r.answers++
	} else {
		r.missed++
	}
	close(r.changed)
	r.changed = make(chan struct{})
}

func (r *liveRoom) answered() { r.report(true) }
func (r *liveRoom) miss()     { r.report(false) }

// waitReports waits until n learners have reported on the current
// question, or timeout; it returns how many answered.
func (r *liveRoom) waitReports(n int, timeout time.Duration) int {
	deadline := time.After(timeout)
	for {
		r.mu.Lock()
		a, m, ch := r.answers, r.missed, r.changed
		r.mu.Unlock()
		if a+m >= n {
			return a
		}
		select {
		case <-ch:
		case <-deadline:
			return a
		}
	}
}

// consoleKeys are the trainer's keys on the server's console, as flags.
type consoleKeys struct {
	open, next, push, reveal, end, quit []string
}

// sendKeys types keys on the console, a little apart, as a trainer would.
func sendKeys(p *ptykit.Proc, keys []string) error {
	for _, k := range keys {
		if err := p.Send(ptykit.KeyBytes(k)); err != nil {
			return err
		}
		time.Sleep(150 * time.Millisecond)
	}
	return nil
}

// splitKeys reads a comma-separated list of key names; "" is none.
func splitKeys(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ",")
}

// freePort finds a port on the loopback address nobody listens on.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// waitListening dials addr until it answers: the server prints its
// instructions before or after it listens, and only a connection tells.
func waitListening(addr string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			return c.Close()
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("nothing listens on %s after %v: %w", addr, timeout, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// procStat is a process's CPU time and memory from /proc (Linux): the
// server's cost as the operating system counts it.
type procStat struct {
	cpu       time.Duration // user + system
	rss, peak int64         // VmRSS, VmHWM in bytes
	ok        bool
}

// clockTick is USER_HZ, 100 on every Linux the harness runs on.
const clockTick = 100

func readProc(pid int) procStat {
	var s procStat
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return s
	}
	// The command name may hold spaces; fields count from after its ')'.
	rest := string(b[strings.LastIndexByte(string(b), ')')+2:])
	f := strings.Fields(rest)
	if len(f) < 13 {
		return s
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64) // utime, field 14
	st, _ := strconv.ParseInt(f[12], 10, 64) // stime, field 15
	s.cpu = time.Duration(ut+st) * time.Second / clockTick
	st2, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return s
	}
	for _, line := range strings.Split(string(st2), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		fs := strings.Fields(v)
		if len(fs) == 0 {
			continue
		}
		n, _ := strconv.ParseInt(fs[0], 10, 64)
		switch k {
		case "VmRSS":
			s.rss = n * 1024
		case "VmHWM":
			s.peak = n * 1024
		}
	}
	s.ok = true
	return s
}
