//go:build unix

package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	mrand "math/rand/v2"
	"net"
	"os"
	"sync"
	"time"

	"golang.org/x/crypto/ssh"
)

// serverConfig is an SSH server's: a new host key, the class code as the
// password.
func serverConfig(code string) (*ssh.ServerConfig, error) {
	_, key, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	signer, err := ssh.NewSignerFromKey(key)
	if err != nil {
		return nil, err
	}
	cfg := &ssh.ServerConfig{PasswordCallback: func(_ ssh.ConnMetadata, pw []byte) (*ssh.Permissions, error) {
		if string(pw) != code {
			return nil, errors.New("wrong class code")
		}
		return nil, nil
	}}
	cfg.AddHostKey(signer)
	return cfg, nil
}

// fakeServer is a tiny SSH server that stands in for `ajar serve` in
// -selftest: it takes the class code as password, grants a pty and a
// shell, draws a fixed screen and draws it again for every chunk of keys.
// It tests the harness's plumbing (n connections at once, pty requests,
// latency measurement) without the class server.
type fakeServer struct {
	ln   net.Listener
	cfg  *ssh.ServerConfig
	wg   sync.WaitGroup
	code string
}

func startFake(code string) (*fakeServer, error) {
	cfg, err := serverConfig(code)
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	f := &fakeServer{ln: ln, cfg: cfg, code: code}
	go f.accept()
	return f, nil
}

func (f *fakeServer) addr() string { return f.ln.Addr().String() }

func (f *fakeServer) close() {
	f.ln.Close()
	f.wg.Wait()
}

func (f *fakeServer) accept() {
	for {
		nc, err := f.ln.Accept()
		if err != nil {
			return
		}
		f.wg.Add(1)
		go func() {
			defer f.wg.Done()
			defer nc.Close()
			sc, chans, reqs, err := ssh.NewServerConn(nc, f.cfg)
			if err != nil {
				return
			}
			defer sc.Close()
			go ssh.DiscardRequests(reqs)
			for nch := range chans {
				if nch.ChannelType() != "session" {
					_ = nch.Reject(ssh.UnknownChannelType, "only sessions")
					continue
				}
				ch, creqs, err := nch.Accept()
				if err != nil {
					return
				}
				f.session(ch, creqs)
			}
		}()
	}
}

// session grants pty-req and shell, then echoes a screen per chunk read.
func (f *fakeServer) session(ch ssh.Channel, reqs <-chan *ssh.Request) {
	defer ch.Close()
	shell := make(chan struct{})
	go func() {
		for r := range reqs {
			ok := r.Type == "pty-req" || r.Type == "shell" || r.Type == "window-change"
			if r.Type == "shell" {
				close(shell)
			}
			if r.WantReply {
				_ = r.Reply(ok, nil)
			}
		}
	}()
	<-shell
	draw := func(n int) error {
		_, err := fmt.Fprintf(ch, "\x1b[H\x1b[2Jajar selftest\r\n\r\nkeys so far: %d\r\n", n)
		return err
	}
	if draw(0) != nil {
		return
	}
	buf := make([]byte, 1024)
	for n := 0; ; {
		k, err := ch.Read(buf)
		if err != nil {
			return
		}
		n += k
		if draw(n) != nil {
			return
		}
	}
}

// selftest connects o.n learners at once to the fake server; each waits
// for its screen and types o.selfKeys keys, and the latencies are
// reported as in a real run.
func selftest(o options) error {
	f, err := startFake(o.code)
	if err != nil {
		return err
	}
	defer f.close()
	ls := make([]*learner, o.n)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range ls {
		l := &learner{name: fmt.Sprintf(o.names, i+1), rng: mrand.New(mrand.NewPCG(uint64(i), 14)),
			think: o.think, keyMax: o.keyMax, saved: map[int]bool{}}
		ls[i] = l
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := dial(f.addr(), o.code)
			if err != nil {
				l.err = err
				return
			}
			defer c.close()
			l.t = c.t
			if l.err = l.t.waitFor("ajar selftest", o.wait, nil); l.err != nil {
				return
			}
			l.err = l.keysNoLive(repeat("j", o.selfKeys)...)
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	var ss []sessionStats
	var all []time.Duration
	var errs []error
	for _, l := range ls {
		var lat []time.Duration
		none := 0
		if l.t != nil {
			lat, none = l.t.latencies()
		}
		s := summarize(l.name, lat, none)
		s.err = l.err
		if l.err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", l.name, l.err))
		} else if len(lat) != o.selfKeys {
			errs = append(errs, fmt.Errorf("%s: %d of %d keys drew a frame", l.name, len(lat), o.selfKeys))
		}
		ss = append(ss, s)
		all = append(all, lat...)
	}
	fmt.Printf("classload -selftest: %d learners against the fake server, %d keys each, %s\n\n", o.n, o.selfKeys, elapsed.Round(time.Millisecond))
	printLatency(os.Stdout, ss, all, o.verbose)
	if self := readProc(os.Getpid()); self.ok {
		fmt.Printf("Harness and fake server together: %.2f s CPU, peak RSS %s.\n", self.cpu.Seconds(), mib(self.peak))
	}
	return errors.Join(errs...)
}

func repeat(k string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = k
	}
	return out
}
