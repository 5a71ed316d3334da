//go:build unix

// Package ptykit runs a program in a pseudo-terminal for harnesses and
// benchmarks: start it at a window size with an environment, type bytes or
// named keys, wait for text to appear on the screen, read everything it
// wrote, kill it, and collect its exit status and peak memory.
//
// The terminal never answers anything the program asks (no background
// colour, cursor position or device attributes), like a console that does
// not implement those queries: a program that waits for a reply shows it as
// a stall, and one that queries can be caught by looking at Output.
//
// It is for scripts/ and tests only (Unix, github.com/creack/pty); nothing
// in the shipped binary imports it.
package ptykit

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"sync"
	"syscall"
	"time"

	"github.com/creack/pty"
)

// Options say how to start a program.
type Options struct {
	// Cols and Rows are the window size; zero means 80×24.
	Cols, Rows int
	// Env is the program's whole environment; nil means os.Environ(). See
	// MergeEnv to change a few variables.
	Env []string
	// Dir is the working folder; "" means the caller's.
	Dir string
}

// Proc is a program running in a pseudo-terminal. Its methods may be called
// from several goroutines.
type Proc struct {
	cmd     *exec.Cmd
	pty     *os.File
	started time.Time
	read    chan struct{} // closed when the output reader stops

	mu     sync.Mutex
	screen screen
	wake   chan struct{} // closed and replaced on every chunk of output

	waitOnce sync.Once
	exit     Exit
	waitErr  error
}

// Exit is how a program ended.
type Exit struct {
	// Code is the exit code, or -1 when a signal ended the program.
	Code int
	// Signal is the signal that ended it, if one did.
	Signal syscall.Signal
	// Elapsed is the time from Start to the end of the program.
	Elapsed time.Duration
	// PeakRSS is the largest resident set size of the program, in bytes
	// (getrusage's ru_maxrss).
	PeakRSS int64
}

// Start runs the program at path with args in a new pseudo-terminal. The
// clock of WaitFor and Exit.Elapsed starts just before the exec.
func Start(path string, args []string, opt Options) (*Proc, error) {
	if opt.Cols == 0 {
		opt.Cols = 80
	}
	if opt.Rows == 0 {
		opt.Rows = 24
	}
	cmd := exec.Command(path, args...)
	cmd.Env = opt.Env
	cmd.Dir = opt.Dir
	p := &Proc{cmd: cmd, read: make(chan struct{}), wake: make(chan struct{})}
	p.started = time.Now()
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(opt.Cols), Rows: uint16(opt.Rows)})
	if err != nil {
		return nil, fmt.Errorf("ptykit: start %s: %w", path, err)
	}
	p.pty = f
	go p.readLoop()
	return p, nil
}

// readLoop collects the program's output until the terminal closes.
func (p *Proc) readLoop() {
	defer close(p.read)
	buf := make([]byte, 32*1024)
	for {
		n, err := p.pty.Read(buf)
		if n > 0 {
			at := time.Since(p.started)
			p.mu.Lock()
			p.screen.write(buf[:n], at)
			close(p.wake)
			p.wake = make(chan struct{})
			p.mu.Unlock()
		}
		if err != nil {
			return // EIO once the program and its children closed the terminal
		}
	}
}

// Pid is the program's process id.
func (p *Proc) Pid() int { return p.cmd.Process.Pid }

// Started is when the program was started.
func (p *Proc) Started() time.Time { return p.started }

// Send writes b to the program's terminal in one write, so a program in raw
// mode reads it in one read: that is how a burst (a held key, a paste, keys
// typed ahead on a slow machine) arrives.
func (p *Proc) Send(b []byte) error {
	_, err := p.pty.Write(b)
	return err
}

// SendKeys types named keys (see KeyBytes) one write each.
func (p *Proc) SendKeys(keys ...string) error {
	for _, k := range keys {
		if err := p.Send(KeyBytes(k)); err != nil {
			return err
		}
	}
	return nil
}

// Resize changes the window size; the program gets SIGWINCH.
func (p *Proc) Resize(cols, rows int) error {
	return pty.Setsize(p.pty, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)})
}

// WaitFor waits until text appears in the output after the previous match
// (escape sequences stripped; see Text) and returns how long after Start the
// output containing it arrived. Matches move forward: waiting twice for the
// same text waits for it to be drawn again. It fails after timeout, or when
// the program has closed its terminal without writing text.
func (p *Proc) WaitFor(text string, timeout time.Duration) (time.Duration, error) {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		p.mu.Lock()
		at, ok := p.screen.find(text)
		wake := p.wake
		p.mu.Unlock()
		if ok {
			return at, nil
		}
		select {
		case <-wake:
		case <-p.read:
			p.mu.Lock()
			at, ok := p.screen.find(text)
			p.mu.Unlock()
			if ok {
				return at, nil
			}
			return 0, fmt.Errorf("ptykit: the program closed its terminal without showing %q", text)
		case <-deadline.C:
			return 0, fmt.Errorf("ptykit: %q not shown within %v", text, timeout)
		}
	}
}

// Output is a copy of every byte the program wrote so far, escape sequences
// included.
func (p *Proc) Output() []byte {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]byte(nil), p.screen.raw...)
}

// Text is everything the program wrote so far with escape sequences
// stripped; cursor movements that change lines become line breaks.
func (p *Proc) Text() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return string(p.screen.text)
}

// FirstOutput is how long after Start the first byte of output arrived,
// or false when nothing has been written yet.
func (p *Proc) FirstOutput() (time.Duration, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.screen.chunks) == 0 {
		return 0, false
	}
	return p.screen.chunks[0].at, true
}

// Signal sends sig to the program.
func (p *Proc) Signal(sig os.Signal) error { return p.cmd.Process.Signal(sig) }

// Kill ends the program at once (SIGKILL).
func (p *Proc) Kill() error { return p.cmd.Process.Kill() }

// Wait waits for the program to end and reports how; a non-zero exit is
// not an error. Calling it again returns the same result.
func (p *Proc) Wait() (Exit, error) {
	p.waitOnce.Do(func() {
		err := p.cmd.Wait()
		p.exit.Elapsed = time.Since(p.started)
		var ee *exec.ExitError
		if err != nil && !errors.As(err, &ee) {
			p.waitErr = err
			return
		}
		st := p.cmd.ProcessState
		p.exit.Code = st.ExitCode()
		if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			p.exit.Signal = ws.Signal()
		}
		if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
			p.exit.PeakRSS = int64(ru.Maxrss) * 1024 // KiB on Linux and the BSDs
			if runtime.GOOS == "darwin" {
				p.exit.PeakRSS = int64(ru.Maxrss) // bytes on macOS
			}
		}
		// The output reader ends when the terminal's last writer is gone;
		// a child the program left behind may hold it, so do not wait long.
		select {
		case <-p.read:
		case <-time.After(time.Second):
		}
	})
	return p.exit, p.waitErr
}

// Close kills the program if it still runs, waits for it and releases the
// terminal. It is safe to call after Wait.
func (p *Proc) Close() error {
	_ = p.Kill() // fails harmlessly when the program has ended
	_, err := p.Wait()
	if cerr := p.pty.Close(); err == nil && !errors.Is(cerr, os.ErrClosed) {
		err = cerr
	}
	return err
}
