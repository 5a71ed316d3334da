package classroom

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"ajar/progress"
	"ajar/tui"
	"ajar/tui/internal/testkit"
)

// The tests' side of a class: a server on localhost with the test course
// and an in-memory store, and learners as x/crypto/ssh clients with a
// pty, the way OpenSSH connects.

// TestMain shortens the wait for programs to end on their own: the tests
// check that the server ends them either way.
func TestMain(m *testing.M) {
	closingGrace = 300 * time.Millisecond
	os.Exit(m.Run())
}

// testCode is the class code of the test servers.
const testCode = "246810"

// startServer starts a class server for a test; change adjusts its
// configuration first. It is shut down when the test ends.
func startServer(t *testing.T, change func(*Config)) (*Server, Config) {
	t.Helper()
	cat := testkit.Catalog(t)
	cfg := Config{
		Addr:        "127.0.0.1:0",
		HostKeyPath: filepath.Join(t.TempDir(), "ajar_kelas_ed25519"),
		ClassCode:   testCode,
		MaxSessions: 10,
		IdleTimeout: time.Minute,
		Catalog:     cat,
		Store:       progress.NewMemStore(),
		Deps: tui.Deps{Lang: tui.Indonesian, Now: time.Now, Params: progress.DefaultParams(),
			Markdown: tui.MarkdownStyle{Name: "dark"}, NoRefresh: true, RetryDelay: 10 * time.Millisecond},
		Room: NewRoom(cat, time.Now),
	}
	if change != nil {
		change(&cfg)
	}
	s, err := Start(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := s.Shutdown(ctx); err != nil {
			t.Errorf("Shutdown: %v", err)
		}
	})
	return s, cfg
}

// dial connects with the class code as password.
func dial(addr, code string) (*gossh.Client, error) {
	return gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User:            "kelas",
		Auth:            []gossh.AuthMethod{gossh.Password(code)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Timeout:         5 * time.Second,
	})
}

// mustDial connects with the right code.
func mustDial(t *testing.T, s *Server) *gossh.Client {
	t.Helper()
	c, err := dial(s.Addr(), s.ClassCode())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// term is a learner's terminal: a pty session whose output (stdout and
// stderr, as a terminal shows both) is kept for the test to search.
type term struct {
	t    *testing.T
	sess *gossh.Session
	in   io.WriteCloser
	mu   sync.Mutex
	out  bytes.Buffer
	last time.Time // when output last arrived
}

// Write implements io.Writer: the session's output lands here.
func (tm *term) Write(p []byte) (int, error) {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	tm.last = time.Now()
	return tm.out.Write(p)
}

// openTerm opens an 80×24 terminal session running the class.
func openTerm(t *testing.T, c *gossh.Client) *term {
	t.Helper()
	tm := &term{t: t}
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	sess.Stdout, sess.Stderr = tm, tm
	if tm.in, err = sess.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	tm.sess = sess
	return tm
}

// text is everything shown so far, without escape sequences.
func (tm *term) text() string {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	return ansi.Strip(tm.out.String())
}

// mark is where the output is now, for waitAfter.
func (tm *term) mark() int {
	return len(tm.text())
}

// waitFor waits until want shows anywhere in the output.
func (tm *term) waitFor(want string) { tm.t.Helper(); tm.waitAfter(0, want) }

// waitAfter waits until want shows in the output after mark. The timeout
// is generous: a loaded CI machine must not fail a correct server.
func (tm *term) waitAfter(mark int, want string) {
	tm.t.Helper()
	deadline := time.Now().Add(8 * time.Second)
	for time.Now().Before(deadline) {
		if s := tm.text(); len(s) >= mark && strings.Contains(s[mark:], want) {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	tm.t.Fatalf("%q never showed; the screen said:\n%s", want, tail(tm.text(), 1500))
}

// key types s.
func (tm *term) key(s string) {
	tm.t.Helper()
	if _, err := tm.in.Write([]byte(s)); err != nil {
		tm.t.Fatalf("typing %q: %v", s, err)
	}
}

// join types a name at the join screen and waits for the course map.
func (tm *term) join(name string) {
	tm.t.Helper()
	tm.waitFor("Nama")
	m := tm.mark()
	tm.key(name + "\r")
	tm.waitAfter(m, "enter buka") // the course map's help line
}

// tail is the end of s.
func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
