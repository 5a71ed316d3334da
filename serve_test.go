package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"ajar/progress"
)

// syncBuffer is a buffer the server goroutine writes while the test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeClass: ajar serve prints the command learners type, the class
// code and the fingerprint; a learner joins by name over SSH; q ends the
// class, and the learner is in the progress file, closed cleanly, with
// the host key beside it.
func TestServeClass(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "ajar.db")
	stdinR, stdinW := io.Pipe()
	old := serveStdin
	serveStdin = stdinR
	defer func() { serveStdin = old }()
	var stdout, stderr syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- runServe([]string{"--db", db, "--addr", "127.0.0.1:0", "--class-code", "482913", "--theme", "plain"}, &stdout, &stderr)
	}()
	cmd := regexp.MustCompile(`ssh -p (\d+) kelas@127\.0\.0\.1`)
	var port string
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if m := cmd.FindStringSubmatch(stdout.String()); m != nil && strings.Contains(stdout.String(), "SHA256:") {
			port = m[1]
			break
		}
		select {
		case err := <-done:
			t.Fatalf("serve ended early: %v\n%s%s", err, stdout.String(), stderr.String())
		default:
		}
	}
	if port == "" {
		t.Fatalf("no ssh command printed:\n%s", stdout.String())
	}
	for _, want := range []string{"Kode kelas: 482913", "Sidik jari kunci server: SHA256:", db} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("the instructions lack %q:\n%s", want, stdout.String())
		}
	}

	client, err := gossh.Dial("tcp", "127.0.0.1:"+port, &gossh.ClientConfig{User: "kelas",
		Auth: []gossh.AuthMethod{gossh.Password("482913")}, HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	sess, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	var screen syncBuffer
	sess.Stdout, sess.Stderr = &screen, &screen
	in, _ := sess.StdinPipe()
	if err := sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	waitText := func(want string) {
		t.Helper()
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
			if strings.Contains(ansi.Strip(screen.String()), want) {
				return
			}
		}
		t.Fatalf("%q never showed:\n%s", want, ansi.Strip(screen.String()))
	}
	waitText("Nama")
	io.WriteString(in, "Budi Santoso\r")
	waitText("Budi Santoso")

	io.WriteString(stdinW, "q\n")
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve: %v\n%s", err, stderr.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("q did not end the class")
	}
	waitText("Pelatih menutup kelas")

	st, err := progress.Open(db, progress.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("the progress file after the class: %v", err)
	}
	defer st.Close()
	list, err := st.Profiles()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := progress.FindProfile(list, "budi santoso", ""); err != nil {
		t.Errorf("the learner who joined is not in the file: %v (%v)", err, list)
	}
	info, err := os.Stat(filepath.Join(dir, "ajar_kelas_ed25519"))
	if err != nil {
		t.Fatalf("no host key beside the progress file: %v", err)
	}
	if runtime.GOOS != "windows" && info.Mode().Perm() != 0o600 {
		t.Errorf("host key mode %v, want 0600", info.Mode().Perm())
	}
}

// TestSSHCommand: the command learners type, with -p unless the port is
// 22, and IPv6 addresses in brackets.
func TestSSHCommand(t *testing.T) {
	for _, c := range []struct{ port, host, want string }{
		{"2222", "192.168.1.20", "ssh -p 2222 kelas@192.168.1.20"},
		{"22", "10.0.0.5", "ssh kelas@10.0.0.5"},
		{"2222", "fe80::1", "ssh -p 2222 kelas@[fe80::1]"},
	} {
		if got := sshCommand(c.port, c.host); got != c.want {
			t.Errorf("sshCommand(%s, %s) = %q, want %q", c.port, c.host, got, c.want)
		}
	}
	for _, a := range lanAddresses() {
		if !regexp.MustCompile(`^\d+\.\d+\.\d+\.\d+$`).MatchString(a) {
			t.Errorf("lanAddresses gave %q, want IPv4 addresses", a)
		}
	}
}

// TestServeRefusesEarly: a wrong flag value is refused before anything
// is created.
func TestServeRefusesEarly(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "ajar.db")
	for _, args := range [][]string{
		{"--db", db, "--max-sessions", "0"},
		{"--db", db, "--idle", "-1m"},
		{"--db", db, "--content", filepath.Join(dir, "nowhere")},
		{"--db", db, "--lang", "fr"},
	} {
		err := runServe(args, io.Discard, io.Discard)
		if ex, ok := err.(exitError); !ok || ex.code != 2 {
			t.Errorf("serve %v: %v, want a usage error", args, err)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("a refused serve left %d files", len(entries))
	}
}
