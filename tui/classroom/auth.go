package classroom

import (
	"crypto/rand"
	"crypto/subtle"
	"fmt"
	"math/big"
	"strings"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// The class code is the only way in: learners type it (keyboard-
// interactive, which every OpenSSH client, Windows' included, prefers, or
// password); their user name is free ("kelas"); keys are refused, so a
// learner's own SSH key admits nobody.

// codeTries is how many times one keyboard-interactive login asks for the
// code, saying it was wrong in between, before the client is refused.
const codeTries = 3

// newClassCode makes a six-digit code: easy to read off a projector and to
// type, and with the rate limit (5 tries a minute per PC) out of reach of
// guessing within a class.
func newClassCode() (string, error) {
	n, err := rand.Int(rand.Reader, big.NewInt(1_000_000))
	if err != nil {
		return "", fmt.Errorf("class code: %w", err)
	}
	return fmt.Sprintf("%06d", n.Int64()), nil
}

// codeMatches compares a typed code with the class code in constant time,
// ignoring the spaces around it (a copied code often has some).
func (s *Server) codeMatches(typed string) bool {
	return subtle.ConstantTimeCompare([]byte(strings.TrimSpace(typed)), []byte(s.code)) == 1
}

// checkCode decides one typed code from ctx's address, counting a wrong
// one against the address. A banned address is refused even with the
// right code.
func (s *Server) checkCode(ctx ssh.Context, typed string) bool {
	ip := remoteIP(ctx.RemoteAddr())
	if !s.limiter.allowed(ip) {
		return false
	}
	if !s.codeMatches(typed) {
		s.limiter.failed(ip)
		s.logf(s.t.logRefused, ip, s.t.codeWrong)
		return false
	}
	s.limiter.succeeded(ip)
	return true
}

// passwordAuth admits a client whose password is the class code.
func (s *Server) passwordAuth(ctx ssh.Context, password string) bool {
	return s.checkCode(ctx, password)
}

// keyboardAuth asks for the class code, saying in between tries that the
// code was wrong, so a learner who mistyped reads why in the terminal.
func (s *Server) keyboardAuth(ctx ssh.Context, ask gossh.KeyboardInteractiveChallenge) bool {
	instruction := ""
	for range codeTries {
		if !s.limiter.allowed(remoteIP(ctx.RemoteAddr())) {
			// Said once more, in the prompt: the banner came before.
			_, _ = ask("", s.t.codeBlocked, nil, nil)
			return false
		}
		answers, err := ask("", instruction, []string{s.t.codePrompt}, []bool{false})
		if err != nil || len(answers) != 1 {
			return false
		}
		if s.checkCode(ctx, answers[0]) {
			return true
		}
		instruction = s.t.codeWrong
	}
	return false
}

// banner is shown before the code is asked: what to type, or that this PC
// must wait.
func (s *Server) banner(ctx ssh.Context) string {
	if !s.limiter.allowed(remoteIP(ctx.RemoteAddr())) {
		return s.t.codeBlocked
	}
	return s.t.banner
}
