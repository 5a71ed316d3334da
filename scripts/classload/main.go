//go:build unix

// Command classload is the load test of a class over SSH (issue 14): it
// starts `ajar serve` on the loopback address in a pseudo-terminal (the
// trainer's console), connects -n learners at once with
// golang.org/x/crypto/ssh, each with a pty as Windows' ssh would ask for,
// and has each join, read the first lesson and answer its quiz while the
// trainer pushes live questions from the console. It reports key-to-frame
// latency per session, the server's CPU time and memory, and afterwards
// checks the progress file: every answer a learner saw saved is there and
// the file passes its structure check. It exits non-zero when an answer
// is missing, the file check fails, or a learner could not finish.
//
// Usage, from the repository root (not part of go test ./...):
//
//	go run ./scripts/classload [-n 50] [-bin ./ajar] [-v]
//	go run ./scripts/classload -selftest [-n 50]   # the harness alone, against a fake server
//	go run ./scripts/classload -local [-bin ./ajar] # one learner's script against the plain tutor
//
// See docs/benchmarks.md, "Kelas lewat SSH: beban 50 pelajar".
package main

import (
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"ajar/content"
	"ajar/lessons"
	"ajar/scripts/ptykit"
)

// options are the flags.
type options struct {
	n, pages, lives          int
	bin, code, serveArgs     string
	think, keyMax, wait      time.Duration
	liveAfter, liveGap       time.Duration
	liveWait, timeout        time.Duration
	verbose, selftest, local bool
	names                    string
	sc                       screens
	console                  consoleKeys
	consoleCols, consoleRow  int
	selfKeys                 int
	fakeClass, fakeServe     bool
	fakeAddr, fakeDB         string
}

func main() {
	var o options
	var joinKeys, liveKeys, open, next, push, reveal, end, quit string
	flag.IntVar(&o.n, "n", 50, "learners connecting at once")
	flag.StringVar(&o.bin, "bin", "", "ajar binary to serve with; \"\" builds one from this repository")
	flag.StringVar(&o.code, "class-code", "482913", "class code (the SSH password)")
	flag.StringVar(&o.serveArgs, "serve-args", "serve --addr {addr} --db {db} --class-code {code} --max-sessions {max}", "arguments of the server, with {addr} {db} {code} {max}")
	flag.StringVar(&o.names, "name", "Pelajar %02d", "learner names (fmt pattern of the learner's number)")
	flag.IntVar(&o.pages, "pages", 6, "page-downs each learner reads before the quiz")
	flag.IntVar(&o.lives, "live", 3, "live questions the trainer pushes")
	flag.DurationVar(&o.think, "think", 500*time.Millisecond, "mean pause before each key of a learner")
	flag.DurationVar(&o.keyMax, "key-timeout", 2*time.Second, "a key that draws nothing within this counts as 'no frame'")
	flag.DurationVar(&o.wait, "screen-timeout", 20*time.Second, "longest wait for a screen")
	flag.DurationVar(&o.liveAfter, "live-after", 4*time.Second, "first live question this long after every learner joined")
	flag.DurationVar(&o.liveGap, "live-gap", 2*time.Second, "pause between one live question's end and the next push")
	flag.DurationVar(&o.liveWait, "live-wait", 15*time.Second, "longest wait for the room to answer a live question before r")
	flag.DurationVar(&o.timeout, "timeout", 5*time.Minute, "the whole class ends after this, finished or not")
	flag.BoolVar(&o.verbose, "v", false, "a line per session")
	flag.BoolVar(&o.selftest, "selftest", false, "test the harness against a fake SSH server that draws a fixed screen")
	flag.IntVar(&o.selfKeys, "selftest-keys", 40, "keys each learner types in -selftest")
	flag.BoolVar(&o.local, "local", false, "run one learner's script against the plain tutor in a pty (no server, no live questions)")
	flag.StringVar(&o.sc.joinPrompt, "join-prompt", "Nama", "text of the join screen asking for the name")
	flag.StringVar(&joinKeys, "join-keys", "{name},enter", "keys that join ({name} is the learner's name)")
	flag.StringVar(&o.sc.mapMarker, "map-marker", "pelajaran selesai", "text of the course map")
	flag.StringVar(&o.sc.liveMarker, "live-marker", "Pertanyaan langsung", "text of a live question on the learner's screen (\"\": trust the push)")
	flag.StringVar(&liveKeys, "live-keys", "1,enter", "keys that answer a live question")
	flag.StringVar(&o.sc.liveSaved, "live-saved", "Jawaban terkirim", "text drawn once a live answer is saved (\"\": the keys suffice)")
	flag.StringVar(&open, "console-open", "tab", "console keys to reach the question list, once")
	flag.StringVar(&next, "console-next", "j", "console keys to the next question, before each push after the first")
	flag.StringVar(&push, "console-push", "l", "console keys that push the question")
	flag.StringVar(&reveal, "console-reveal", "r", "console keys that reveal the answers")
	flag.StringVar(&end, "console-end", "e", "console keys that end the live question")
	flag.StringVar(&quit, "console-quit", "q,y", "console keys that end the class")
	flag.IntVar(&o.consoleCols, "console-cols", 120, "console width")
	flag.IntVar(&o.consoleRow, "console-rows", 40, "console height")
	flag.BoolVar(&o.fakeClass, "fake-class", false, "a whole class run against a fake server in this harness (tries the harness, measures nothing of ajar)")
	flag.BoolVar(&o.fakeServe, "fake-serve", false, "be the fake server (-fake-class starts the harness itself this way)")
	flag.StringVar(&o.fakeAddr, "fake-addr", "", "the fake server's address")
	flag.StringVar(&o.fakeDB, "fake-db", "", "the fake server's progress file")
	flag.Parse()
	o.sc.joinKeys, o.sc.liveKeys = splitKeys(joinKeys), splitKeys(liveKeys)
	o.console = consoleKeys{splitKeys(open), splitKeys(next), splitKeys(push), splitKeys(reveal), splitKeys(end), splitKeys(quit)}
	var err error
	switch {
	case o.fakeServe:
		err = fakeServe(o.fakeAddr, o.fakeDB, o.code)
	case o.selftest:
		err = selftest(o)
	case o.local:
		err = local(o)
	default:
		err = class(o)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "classload:", err)
		os.Exit(1)
	}
}

// logf is where -v says what a learner's script had to recover from.
func (o options) logf() func(string, ...any) {
	if !o.verbose {
		return nil
	}
	start := time.Now()
	return func(format string, args ...any) {
		fmt.Fprintf(os.Stderr, "%7.2fs "+format+"\n", append([]any{time.Since(start).Seconds()}, args...)...)
	}
}

// firstLesson is the lesson every learner takes: the built-in course's first.
func firstLesson() (*lessons.Lesson, error) {
	cat, probs := lessons.Load(lessons.Source{Name: content.CourseName, FS: content.Course()})
	if len(probs) > 0 {
		return nil, fmt.Errorf("course: %v", probs[0])
	}
	ls := cat.Lessons()
	if len(ls) == 0 || len(ls[0].Questions) == 0 {
		return nil, fmt.Errorf("the built-in course has no first lesson with a quiz")
	}
	return ls[0], nil
}

// binary is -bin, or a fresh build of this repository in dir.
func binary(o options, dir string) (string, error) {
	if o.fakeClass {
		return os.Executable()
	}
	if o.bin != "" {
		return filepath.Abs(o.bin)
	}
	bin := filepath.Join(dir, "ajar")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		return "", fmt.Errorf("build: %w", err)
	}
	return bin, nil
}

// prepare gives a run its lesson, a temporary folder (the caller removes
// it) and the ajar binary to run.
func prepare(o options) (lesson *lessons.Lesson, dir, bin string, err error) {
	if lesson, err = firstLesson(); err != nil {
		return nil, "", "", err
	}
	if dir, err = os.MkdirTemp("", "classload"); err != nil {
		return nil, "", "", err
	}
	if bin, err = binary(o, dir); err != nil {
		os.RemoveAll(dir)
		return nil, "", "", err
	}
	return lesson, dir, bin, nil
}

// class is the real run: server, trainer, learners, report, file check.
func class(o options) error {
	lesson, dir, bin, err := prepare(o)
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	port, err := freePort()
	if err != nil {
		return err
	}
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	if o.fakeClass {
		o.serveArgs = "-fake-serve -fake-addr {addr} -fake-db {db} -class-code {code}"
	}
	db := filepath.Join(dir, "ajar.db")
	args := strings.Fields(strings.NewReplacer("{addr}", addr, "{db}", db, "{code}", o.code,
		"{max}", fmt.Sprint(max(60, o.n+5))).Replace(o.serveArgs))
	env := ptykit.MergeEnv(os.Environ(), "TERM=xterm-256color", "HOME="+dir, "AJAR_DB="+db, "CI", "NO_COLOR", "COLORTERM", "AJAR_DEBUG")
	srv, err := ptykit.Start(bin, args, ptykit.Options{Cols: o.consoleCols, Rows: o.consoleRow, Env: env})
	if err != nil {
		return err
	}
	defer srv.Close()
	if err := waitListening(addr, 30*time.Second); err != nil {
		return fmt.Errorf("%w; the console shows %q", err, tailText(srv.Text(), 400))
	}
	time.Sleep(time.Second) // let the console settle before measuring it idle
	idle := readProc(srv.Pid())

	room := newLiveRoom()
	ls := make([]*learner, o.n)
	var joined, quizzed, finished sync.WaitGroup
	joined.Add(o.n)
	quizzed.Add(o.n)
	finished.Add(o.n)
	var active atomic.Int32
	start := time.Now()
	for i := range ls {
		ls[i] = &learner{name: fmt.Sprintf(o.names, i+1), sc: o.sc, lesson: lesson, room: room,
			rng: rand.New(rand.NewPCG(uint64(i), 14)), think: o.think, pages: o.pages, wait: o.wait,
			keyMax: o.keyMax, saved: map[int]bool{}, logf: o.logf()}
		go func(l *learner) {
			defer finished.Done()
			// active counts the learners in class, whom the trainer waits
			// for to answer: one who never joined or dropped out is not.
			var jOnce, qOnce sync.Once
			in := false
			j := func() { jOnce.Do(func() { in = true; active.Add(1); joined.Done() }) }
			q := func() { qOnce.Do(quizzed.Done) }
			defer func() {
				jOnce.Do(joined.Done)
				if in && l.err != nil {
					active.Add(-1)
				}
			}()
			defer q()
			conn, err := dial(addr, o.code)
			if err != nil {
				l.err = err
				return
			}
			defer conn.close()
			l.t = conn.t
			l.err = l.run(j, q)
		}(ls[i])
	}
	deadline := time.After(o.timeout)
	trainerDone := make(chan error, 1)
	go func() { trainerDone <- trainer(o, srv, room, &joined, &active) }()
	var trainerErr error
	select {
	case trainerErr = <-trainerDone:
	case <-deadline:
		trainerErr = fmt.Errorf("the class did not end within -timeout %v", o.timeout)
	}
	if waitGroup(&quizzed, time.Until(start.Add(o.timeout))) != nil && trainerErr == nil {
		trainerErr = fmt.Errorf("not every learner finished the quiz within -timeout %v", o.timeout)
	}
	busy := readProc(srv.Pid())
	elapsed := time.Since(start)
	if err := sendKeys(srv, o.console.quit); err != nil {
		return err
	}
	exited := make(chan struct{})
	var exit ptykit.Exit
	go func() { exit, _ = srv.Wait(); close(exited) }()
	select {
	case <-exited:
	case <-time.After(60 * time.Second):
		// Report what there is: SIGTERM also ends a class (saving
		// everything), and the run fails either way.
		trainerErr = errors.Join(trainerErr, fmt.Errorf("the server did not exit within 60 s of %v; the console shows %q", o.console.quit, tailText(srv.Text(), 400)))
		_ = srv.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(30 * time.Second):
			_ = srv.Kill()
			<-exited
		}
	}
	if waitGroup(&finished, 30*time.Second) != nil {
		fmt.Fprintln(os.Stderr, "classload: some learners' connections stayed open after the server exited")
	}
	fc := checkFile(db, ls)
	return report(o, ls, idle, busy, exit, elapsed, fc, trainerErr)
}

// trainer drives the console: once every learner is in (or has failed),
// it pushes o.lives live questions, each answered, revealed and ended.
func trainer(o options, srv *ptykit.Proc, room *liveRoom, joined *sync.WaitGroup, active *atomic.Int32) error {
	if err := waitGroup(joined, o.wait*3); err != nil {
		return fmt.Errorf("learners joining: %w", err)
	}
	time.Sleep(o.liveAfter)
	if o.lives > 0 {
		if err := sendKeys(srv, o.console.open); err != nil {
			return err
		}
	}
	for i := 0; i < o.lives; i++ {
		if i > 0 {
			time.Sleep(o.liveGap)
			if err := sendKeys(srv, o.console.next); err != nil {
				return err
			}
		}
		if err := sendKeys(srv, o.console.push); err != nil {
			return err
		}
		room.push()
		room.waitReports(int(active.Load()), o.liveWait)
		if err := sendKeys(srv, o.console.reveal); err != nil {
			return err
		}
		time.Sleep(time.Second)
		if err := sendKeys(srv, o.console.end); err != nil {
			return err
		}
		room.end()
	}
	return nil
}

// waitGroup waits for wg, or fails after timeout.
func waitGroup(wg *sync.WaitGroup, timeout time.Duration) error {
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-time.After(max(timeout, 0)):
		return fmt.Errorf("still waiting after %v", timeout)
	}
}

func tailText(s string, n int) string {
	s = regexp.MustCompile(`\s+`).ReplaceAllString(s, " ")
	return s[max(0, len(s)-n):]
}
