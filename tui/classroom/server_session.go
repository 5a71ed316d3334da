package classroom

import (
	"fmt"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/ssh"
	bm "github.com/charmbracelet/wish/bubbletea"
	"github.com/muesli/termenv"
	gossh "golang.org/x/crypto/ssh"

	"ajar/progress"
	"ajar/tui"
	"ajar/tui/input"
)

// A learner's session: the guard that decides whether it may run, the
// program it runs (the join screen, then the tutor for that learner only),
// and what happens when it ends, however it ends: the room seat is left
// and every save the tutor still owed is written.

// sessionKey finds a session's learnerSession in its ssh context.
type sessionKey struct{}

// learnerSession is one connected learner.
type learnerSession struct {
	s    *Server
	id   string // the room seat's id, unique per connection
	sess ssh.Session
	// box delivers messages to the program without its sender waiting
	// (the room's mailbox, roommailbox.go): bubbletea's Send blocks while
	// the program's loop is busy. It holds them until the program exists.
	box     *mailbox
	started chan struct{} // closed once prog is set
	done    chan struct{} // closed once the session's saves are flushed

	// Set on the program's goroutine, read after it ends (same goroutine).
	tutor    tui.Model // the tutor as last updated, for its final writes
	hasTutor bool
	leave    func() // leaves the room seat

	mu      sync.Mutex
	prog    *tea.Program
	learner string // profile id, once joined
	name    string
	reason  string // why the server ended the session, shown after it
	closed  bool   // a ClosingMsg was delivered
}

// guard runs before the program: it turns away what is not a learner at a
// terminal (a command, a subsystem never gets here, no pty), a full or
// closing class, with a message in the learner's terminal; then runs the
// session and, after it, flushes its saves.
func (s *Server) guard(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		who := remoteIP(sess.RemoteAddr())
		refuse := func(msg string) {
			fmt.Fprintln(sess.Stderr(), msg)
			s.logf(s.t.logRefused, who, msg)
			_ = sess.Exit(1)
		}
		if cmd := sess.RawCommand(); cmd != "" {
			refuse(fmt.Sprintf(s.t.noCommand, cmd))
			return
		}
		if _, _, ok := sess.Pty(); !ok {
			refuse(s.t.noTerminal)
			return
		}
		s.mu.Lock()
		if s.closing {
			s.mu.Unlock()
			refuse(s.t.classClosed)
			return
		}
		if !s.slots.take() {
			s.mu.Unlock()
			refuse(fmt.Sprintf(s.t.full, s.cfg.MaxSessions))
			return
		}
		s.nextID++
		ls := &learnerSession{s: s, id: fmt.Sprintf("c%d", s.nextID), sess: sess, done: make(chan struct{})}
		ls.started = make(chan struct{})
		ls.box = newMailbox(ls.sendToProgram)
		s.sessions[ls] = true
		s.wg.Add(1)
		s.mu.Unlock()
		defer func() {
			s.mu.Lock()
			delete(s.sessions, ls)
			if s.byLearner[ls.learnerID()] == ls {
				delete(s.byLearner, ls.learnerID())
			}
			s.mu.Unlock()
			s.slots.give()
			ls.box.stop()
			close(ls.done)
			s.wg.Done()
		}()
		sess.Context().SetValue(sessionKey{}, ls)
		next(sess) // wish's bubbletea middleware: runs the program to its end
		ls.finish()
	}
}

// program builds the session's program: the join screen first, on the
// session's own input (filtered as the tutor's terminal is) and output,
// coloured for the client's TERM.
func (s *Server) program(sess ssh.Session) *tea.Program {
	ls, _ := sess.Context().Value(sessionKey{}).(*learnerSession)
	if ls == nil {
		return nil
	}
	r := s.renderer(sess)
	opts := append(bm.MakeOptions(sess),
		tea.WithInput(input.NewReader(sess, input.MarkBursts)),
		tea.WithAltScreen(),
		// One process serves every learner: SIGINT and SIGTERM are the
		// server's, which ends the class for all (serve.go), not one
		// program's each.
		tea.WithoutSignalHandler(),
		tea.WithEnvironment(sess.Environ()))
	p := tea.NewProgram(newSeatModel(s, ls, r), opts...)
	ls.mu.Lock()
	ls.prog = p
	ls.mu.Unlock()
	close(ls.started)
	return p
}

// renderer is a lipgloss renderer for the session: the colour profile
// comes from the client's TERM (and NO_COLOR, if its client sends it).
// The terminal is never asked its background, which wish's MakeRenderer
// does and which stalls a client that does not answer: the background is
// the server's --theme.
func (s *Server) renderer(sess ssh.Session) *lipgloss.Renderer {
	r := lipgloss.NewRenderer(sess, termenv.WithEnvironment(sshEnv(sess.Environ())), termenv.WithUnsafe(), termenv.WithColorCache(true))
	dark := true
	if base := s.cfg.Deps.Renderer; base != nil {
		dark = base.HasDarkBackground()
	}
	r.SetHasDarkBackground(dark)
	if s.cfg.Deps.Markdown.Name == "plain" {
		r.SetColorProfile(termenv.Ascii)
	}
	return r
}

// sessionDeps are the tutor's settings for the learner p of session ls:
// the server's, locked to that learner, reporting to the room.
func (s *Server) sessionDeps(p progress.Profile, r *lipgloss.Renderer) tui.Deps {
	d := s.cfg.Deps
	d.Catalog, d.Store = s.cfg.Catalog, s.cfg.Store
	if d.Title == "" {
		d.Title = s.cfg.Catalog.Title
	}
	d.Profile, d.Profiles, d.Preload = p.ID, []progress.Profile{p}, nil
	d.Renderer = r
	if d.Markdown.Name != "plain" {
		d.Markdown.Profile = r.ColorProfile()
	}
	d.Locked = true
	d.OnStatus, d.OnLiveAnswer = s.cfg.Room.Status, s.cfg.Room.Answer
	return d
}

// claim makes ls the session of learner p. A learner already connected
// (a closed laptop whose connection has not timed out yet, or a second
// terminal) is told and ended first, and its saves flushed, so the new
// session reads the learner's progress with every answer in it.
func (s *Server) claim(ls *learnerSession, p progress.Profile) {
	ls.mu.Lock()
	ls.learner, ls.name = p.ID, p.Name
	ls.mu.Unlock()
	s.mu.Lock()
	old := s.byLearner[p.ID]
	s.byLearner[p.ID] = ls
	s.mu.Unlock()
	if old == nil || old == ls {
		return
	}
	old.end(fmt.Sprintf(s.t.takenOver, p.Name))
	select {
	case <-old.done:
	case <-time.After(closingGrace):
		old.quit()
		select {
		case <-old.done:
		case <-time.After(closingGrace):
		}
	}
}

// learnerID is the learner's profile id, "" before joining.
func (ls *learnerSession) learnerID() string {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	return ls.learner
}

// deliver hands msg to the session's program without waiting for it: a
// learner whose client stopped reading must not hold up the room (see
// mailbox). A class ends once: a second ClosingMsg is dropped.
func (ls *learnerSession) deliver(msg tea.Msg) {
	if c, ok := msg.(tui.ClosingMsg); ok {
		ls.mu.Lock()
		again := ls.closed
		ls.closed = true
		if ls.reason == "" {
			ls.reason = c.Reason
		}
		ls.mu.Unlock()
		if again {
			return
		}
	}
	ls.box.post(msg)
}

// end tells the session it ends, for reason.
func (ls *learnerSession) end(reason string) { ls.deliver(tui.ClosingMsg{Reason: reason}) }

// quit stops a program that did not end when told: it is asked to quit,
// and if it has not ended soon after, its connection is cut, which frees
// one stuck writing to a client that stopped reading. Its final writes
// still follow.
func (ls *learnerSession) quit() {
	ls.mu.Lock()
	p := ls.prog
	ls.mu.Unlock()
	if p != nil {
		go p.Quit() // Send waits while the program's loop is stuck
	}
	go func() {
		select {
		case <-ls.done:
		case <-time.After(closingGrace):
			if c, ok := ls.sess.Context().Value(ssh.ContextKeyConn).(gossh.Conn); ok {
				_ = c.Close()
			}
		}
	}()
}

// finish runs once the program has ended: the seat is left, the tutor's
// owed writes are made (the answers given before a dropped connection, the
// learner's place), and the reason the server ended the session is left
// in the learner's terminal.
func (ls *learnerSession) finish() {
	if ls.leave != nil {
		ls.leave()
	}
	if ls.hasTutor {
		for _, write := range ls.tutor.FinalWrites() {
			if msg := write(); msg != nil {
				if err, ok := msg.(error); ok {
					ls.s.logf(ls.s.t.logRefused, ls.id, err.Error())
				}
			}
		}
		ls.s.logf(ls.s.t.logLeft, ls.name)
	}
	ls.mu.Lock()
	reason := ls.reason
	ls.mu.Unlock()
	if reason != "" {
		fmt.Fprintf(ls.sess, "\n%s\n", reason)
	}
}

// sendToProgram hands msg to the session's program once it exists; a
// session that ends first drops it.
func (ls *learnerSession) sendToProgram(msg tea.Msg) {
	select {
	case <-ls.started:
		ls.prog.Send(msg) // returns at once once the program has ended
	case <-ls.done:
	}
}

// sshEnv is a session's environment for termenv.
type sshEnv []string

// Environ implements termenv.Environ.
func (e sshEnv) Environ() []string { return e }

// Getenv implements termenv.Environ.
func (e sshEnv) Getenv(k string) string {
	for _, v := range e {
		if len(v) > len(k) && v[:len(k)] == k && v[len(k)] == '=' {
			return v[len(k)+1:]
		}
	}
	return ""
}
