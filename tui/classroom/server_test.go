package classroom

import (
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// TestWrongCodeRefused: a wrong class code is refused, by password and by
// keyboard-interactive, where the learner reads that the code was wrong
// before the next try.
func TestWrongCodeRefused(t *testing.T) {
	s, _ := startServer(t, nil)
	if c, err := dial(s.Addr(), "111111"); err == nil {
		c.Close()
		t.Fatal("a wrong password got in")
	}
	var instructions []string
	var banner string
	_, err := gossh.Dial("tcp", s.Addr(), &gossh.ClientConfig{
		User: "kelas",
		Auth: []gossh.AuthMethod{gossh.KeyboardInteractive(func(_, instruction string, questions []string, _ []bool) ([]string, error) {
			instructions = append(instructions, instruction)
			return make([]string, len(questions)), nil // an empty code: wrong
		})},
		BannerCallback:  func(m string) error { banner = m; return nil },
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Timeout:         5 * time.Second,
	})
	if err == nil {
		t.Fatal("a wrong keyboard-interactive code got in")
	}
	if !strings.Contains(banner, "kode kelas") {
		t.Errorf("banner %q does not ask for the class code", banner)
	}
	if len(instructions) < 2 || instructions[1] != s.t.codeWrong {
		t.Errorf("instructions %q: the second try should say the code was wrong", instructions)
	}
	// The right code through keyboard-interactive gets in.
	c, err := gossh.Dial("tcp", s.Addr(), &gossh.ClientConfig{
		User: "kelas",
		Auth: []gossh.AuthMethod{gossh.KeyboardInteractive(func(_, _ string, q []string, _ []bool) ([]string, error) {
			return []string{" " + testCode + " "}, nil
		})},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Timeout:         5 * time.Second,
	})
	if err != nil {
		t.Fatalf("the right code by keyboard-interactive: %v", err)
	}
	c.Close()
}

// TestRateLimitOverSSH: after five wrong codes from one address, even the
// right code is refused for a while.
func TestRateLimitOverSSH(t *testing.T) {
	s, _ := startServer(t, nil)
	for range maxFails {
		if c, err := dial(s.Addr(), "000000"); err == nil {
			c.Close()
			t.Fatal("a wrong code got in")
		}
	}
	if c, err := dial(s.Addr(), testCode); err == nil {
		c.Close()
		t.Fatal("the right code got in during the ban")
	}
}

// TestPublicKeyRefused: a client's key admits nobody: only the class code
// does.
func TestPublicKeyRefused(t *testing.T) {
	s, _ := startServer(t, nil)
	key, err := hostKey(t.TempDir() + "/client_key")
	if err != nil {
		t.Fatal(err)
	}
	_, err = gossh.Dial("tcp", s.Addr(), &gossh.ClientConfig{User: "kelas", Auth: []gossh.AuthMethod{gossh.PublicKeys(key)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second})
	if err == nil {
		t.Fatal("a public key got in")
	}
}

// TestHostKeyServed: the server presents the key whose fingerprint it
// prints.
func TestHostKeyServed(t *testing.T) {
	s, _ := startServer(t, nil)
	var seen string
	c, err := gossh.Dial("tcp", s.Addr(), &gossh.ClientConfig{User: "kelas", Auth: []gossh.AuthMethod{gossh.Password(testCode)},
		HostKeyCallback: func(_ string, _ net.Addr, k gossh.PublicKey) error { seen = gossh.FingerprintSHA256(k); return nil },
		Timeout:         5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	if seen != s.Fingerprint() {
		t.Errorf("client saw %s, server prints %s", seen, s.Fingerprint())
	}
}

// TestExecRefused: a command is not run: the client is told why, and the
// session ends with a failure status.
func TestExecRefused(t *testing.T) {
	s, _ := startServer(t, nil)
	c := mustDial(t, s)
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	out, err := sess.CombinedOutput("cat /etc/passwd")
	var exit *gossh.ExitError
	if !errors.As(err, &exit) || exit.ExitStatus() == 0 {
		t.Errorf("exec ended with %v, want a failure status", err)
	}
	if !strings.Contains(string(out), "ditolak") || strings.Contains(string(out), "root:") {
		t.Errorf("exec output %q: want the refusal, and nothing run", out)
	}
}

// TestNoTerminalRefused: a shell without a pty (ssh -T) is told it needs
// a terminal.
func TestNoTerminalRefused(t *testing.T) {
	s, _ := startServer(t, nil)
	c := mustDial(t, s)
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	sess.Stdout, sess.Stderr = &out, &out
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	if err := sess.Wait(); err == nil {
		t.Error("a shell without a terminal ended well")
	}
	if !strings.Contains(out.String(), "butuh terminal") {
		t.Errorf("output %q does not say a terminal is needed", out.String())
	}
}

// TestForwardingRefused: no local or remote port forwarding, no SFTP or
// other subsystem, no agent forwarding, no X11.
func TestForwardingRefused(t *testing.T) {
	s, _ := startServer(t, nil)
	c := mustDial(t, s)
	if conn, err := c.Dial("tcp", s.Addr()); err == nil {
		conn.Close()
		t.Error("direct-tcpip (local forwarding) was accepted")
	}
	if l, err := c.Listen("tcp", "127.0.0.1:0"); err == nil {
		l.Close()
		t.Error("tcpip-forward (remote forwarding) was accepted")
	}
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	if err := sess.RequestSubsystem("sftp"); err == nil {
		t.Error("the sftp subsystem was accepted")
	}
	for _, req := range []string{"auth-agent-req@openssh.com", "x11-req"} {
		if ok, err := sess.SendRequest(req, true, nil); ok || err != nil {
			t.Errorf("%s: accepted %v, error %v; want a plain no", req, ok, err)
		}
	}
}

// TestOverLimit: the learner beyond --max-sessions reads that the class
// is full in their terminal, and the session ends; the one connected
// carries on.
func TestOverLimit(t *testing.T) {
	s, _ := startServer(t, func(c *Config) { c.MaxSessions = 1 })
	first := openTerm(t, mustDial(t, s))
	first.waitFor("Nama")
	second := openTerm(t, mustDial(t, s))
	done := make(chan error, 1)
	go func() { done <- second.sess.Wait() }()
	select {
	case err := <-done:
		if err == nil {
			t.Error("the session over the limit ended well")
		}
	case <-time.After(8 * time.Second):
		t.Fatal("the session over the limit was not closed")
	}
	if !strings.Contains(second.text(), "Kelas penuh") {
		t.Errorf("turned away with %q, want the class-full message", second.text())
	}
	first.join("Ani")
}

// TestColourFromClientTERM: each learner's screen is coloured for their
// own terminal's TERM, not the server's: 256 colours for xterm-256color,
// none for dumb.
func TestColourFromClientTERM(t *testing.T) {
	s, _ := startServer(t, nil)
	raw := func(termName string) string {
		c := mustDial(t, s)
		sess, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		tm := &term{t: t, sess: sess}
		if err := sess.RequestPty(termName, 24, 80, gossh.TerminalModes{}); err != nil {
			t.Fatal(err)
		}
		sess.Stdout, sess.Stderr = tm, tm
		if err := sess.Shell(); err != nil {
			t.Fatal(err)
		}
		tm.waitFor("Nama")
		time.Sleep(50 * time.Millisecond)
		tm.mu.Lock()
		defer tm.mu.Unlock()
		return tm.out.String()
	}
	if out := raw("xterm-256color"); !strings.Contains(out, "38;5;") {
		t.Errorf("xterm-256color got no 256-colour text:\n%q", tail(out, 400))
	}
	if out := raw("dumb"); strings.Contains(out, "38;5;") || strings.Contains(out, "38;2;") {
		t.Errorf("dumb got colours:\n%q", tail(out, 400))
	}
}

// TestEnglishServer: with the server's --lang en, the code prompt, the
// join screen and the refusals are English.
func TestEnglishServer(t *testing.T) {
	s, _ := startServer(t, func(c *Config) { c.Deps.Lang = "en"; c.MaxSessions = 1 })
	tm := openTerm(t, mustDial(t, s))
	tm.waitFor("Type your name")
	full := openTerm(t, mustDial(t, s))
	full.waitFor("The class is full")
}
