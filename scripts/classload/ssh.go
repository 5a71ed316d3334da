//go:build unix

package main

import (
	"fmt"
	"time"

	"golang.org/x/crypto/ssh"
)

// conn is one learner's SSH connection: a session with a pty and a shell,
// as `ssh -p 2222 kelas@host` opens it from Windows, Linux or macOS.
type conn struct {
	client  *ssh.Client
	session *ssh.Session
	t       *term
}

// dial connects as user kelas with the class code as password, asks for
// an 80×24 xterm-256color pty and starts the shell (the only program the
// class server runs is the tutor).
func dial(addr, code string) (*conn, error) {
	cfg := &ssh.ClientConfig{
		User: "kelas",
		Auth: []ssh.AuthMethod{
			ssh.Password(code),
			// A server may ask for the code by keyboard-interactive instead.
			ssh.KeyboardInteractive(func(_, _ string, qs []string, _ []bool) ([]string, error) {
				answers := make([]string, len(qs))
				for i := range answers {
					answers[i] = code
				}
				return answers, nil
			}),
		},
		// The server's host key is new in every run's temporary folder;
		// checking it is the job of the server's own tests.
		HostKeyCallback: ssh.InsecureIgnoreHostKey(),
		Timeout:         30 * time.Second,
	}
	client, err := ssh.Dial("tcp", addr, cfg)
	if err != nil {
		return nil, fmt.Errorf("ssh: %w", err)
	}
	c, err := openShell(client)
	if err != nil {
		client.Close()
		return nil, err
	}
	return c, nil
}

func openShell(client *ssh.Client) (*conn, error) {
	s, err := client.NewSession()
	if err != nil {
		return nil, fmt.Errorf("ssh session: %w", err)
	}
	modes := ssh.TerminalModes{ssh.ECHO: 1, ssh.TTY_OP_ISPEED: 38400, ssh.TTY_OP_OSPEED: 38400}
	if err := s.RequestPty("xterm-256color", 24, 80, modes); err != nil {
		return nil, fmt.Errorf("ssh pty: %w", err)
	}
	in, err := s.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := s.StdoutPipe()
	if err != nil {
		return nil, err
	}
	t := newTerm(out, in)
	if err := s.Shell(); err != nil {
		return nil, fmt.Errorf("ssh shell: %w", err)
	}
	return &conn{client: client, session: s, t: t}, nil
}

func (c *conn) close() {
	c.session.Close()
	c.client.Close()
}
