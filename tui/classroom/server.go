package classroom

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	bm "github.com/charmbracelet/wish/bubbletea"
	"github.com/muesli/termenv"
	gossh "golang.org/x/crypto/ssh"

	"ajar/lessons"
	"ajar/progress"
	"ajar/tui"
)

// Config is what main gives the server.
type Config struct {
	Addr        string // ":2222"
	HostKeyPath string // created 0600 on first run beside the progress file
	ClassCode   string // "" = generated and printed
	MaxSessions int    // 60
	IdleTimeout time.Duration
	Catalog     *lessons.Catalog
	Store       progress.Store
	Deps        tui.Deps // Lang, Markdown, Params, Now … per-session copies get Locked, Profile, OnStatus, OnLiveAnswer
	Room        *Room
	Log         io.Writer
}

// Server is a running class server.
type Server struct {
	cfg     Config
	t       serveTextsOf[string]
	srv     *ssh.Server
	ln      net.Listener
	signer  gossh.Signer
	code    string
	limiter *authLimiter
	slots   slots
	served  chan struct{} // closed when Serve returns

	// joinMu makes finding or creating a learner one step at a time, so
	// two learners typing a new name at once do not both create it.
	joinMu sync.Mutex

	mu       sync.Mutex
	sessions map[*learnerSession]bool
	// byLearner is the session each learner is connected with.
	byLearner map[string]*learnerSession
	closing   bool
	nextID    int
	wg        sync.WaitGroup // session handlers, until their saves are flushed
}

// connSlack is how many connections beyond MaxSessions may be open while
// they authenticate, so a scan cannot hold thousands of half-open logins.
const connSlack = 20

// Start listens on cfg.Addr and serves the tutor to every learner who
// types the class code; it returns once listening.
func Start(cfg Config) (*Server, error) {
	if cfg.Catalog == nil || cfg.Store == nil || cfg.Room == nil {
		return nil, errors.New("classroom: Start needs a catalog, a store and a room")
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	if cfg.Deps.Now == nil {
		cfg.Deps.Now = time.Now
	}
	s := &Server{cfg: cfg, t: serveTexts(cfg.Deps.Lang), code: strings.TrimSpace(cfg.ClassCode), limiter: newAuthLimiter(time.Now),
		slots: slots{max: cfg.MaxSessions}, served: make(chan struct{}),
		sessions: map[*learnerSession]bool{}, byLearner: map[string]*learnerSession{}}
	if s.code == "" {
		code, err := newClassCode()
		if err != nil {
			return nil, err
		}
		s.code = code
	}
	signer, err := hostKey(cfg.HostKeyPath)
	if err != nil {
		return nil, err
	}
	s.signer = signer
	conns := &slots{max: cfg.MaxSessions + connSlack}
	if cfg.MaxSessions <= 0 {
		conns.max = 0
	}
	s.srv = &ssh.Server{
		Version:                    "ajar",
		HostSigners:                []ssh.Signer{signer},
		PasswordHandler:            s.passwordAuth,
		KeyboardInteractiveHandler: s.keyboardAuth,
		BannerHandler:              s.banner,
		IdleTimeout:                cfg.IdleTimeout,
		// Only sessions: no direct-tcpip (local forwarding) channel, and no
		// global request handler, so tcpip-forward (remote forwarding) is
		// refused too. Port forwarding callbacks stay nil: deny all.
		ChannelHandlers:   map[string]ssh.ChannelHandler{"session": s.sessionChannel},
		RequestHandlers:   map[string]ssh.RequestHandler{},
		SubsystemHandlers: map[string]ssh.SubsystemHandler{}, // no SFTP
		ConnCallback: func(_ ssh.Context, c net.Conn) net.Conn {
			if !conns.take() {
				return nil // refused before the handshake
			}
			return &countedConn{Conn: c, give: conns.give}
		},
	}
	// The middleware chain: guard runs first (refusals, the seat count,
	// the final saves), then wish's bubbletea middleware, which runs the
	// session's program and feeds it the window's size changes.
	if err := s.srv.SetOption(wish.WithMiddleware(bm.MiddlewareWithProgramHandler(s.program, termenv.Ascii), s.guard)); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return nil, err
	}
	s.ln = ln
	go func() {
		defer close(s.served)
		_ = s.srv.Serve(ln)
	}()
	return s, nil
}

// Addr is the bound address (tests listen on :0).
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Fingerprint is the host key's SHA256 fingerprint, as ssh shows it.
func (s *Server) Fingerprint() string { return fingerprint(s.signer) }

// ClassCode is the code learners type.
func (s *Server) ClassCode() string { return s.code }

// closingGrace is how long Shutdown lets the learners' programs end on
// their own (showing why, flushing their saves) before quitting them; a
// variable for the tests.
var closingGrace = 3 * time.Second

// Shutdown ends the class: it tells every learner (Room.Close), lets each
// session flush its saves and end, and closes the listener and the
// connections. It returns once every session's saves are done, or with
// ctx's error when ctx ends first (the connections are then cut, and the
// sessions still flush what they owe before the handlers return).
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.closing = true
	s.mu.Unlock()
	_ = s.ln.Close()
	s.cfg.Room.Close(s.t.closing)
	for _, ls := range s.current() {
		ls.end(s.t.closing)
	}
	done := make(chan struct{})
	go func() {
		s.wg.Wait()
		close(done)
	}()
	grace := time.NewTimer(closingGrace)
	defer grace.Stop()
	var err error
	select {
	case <-done:
	case <-grace.C:
		// A program that did not end on ClosingMsg is quit: the final
		// writes after it still save what it owed.
		for _, ls := range s.current() {
			ls.quit()
		}
		select {
		case <-done:
		case <-ctx.Done():
			err = ctx.Err()
		}
	case <-ctx.Done():
		err = ctx.Err()
	}
	if err == nil {
		// Every session has ended: their clients close the connections
		// themselves, which ends them cleanly (OpenSSH complains of a
		// broken pipe when the server cuts first). A moment is enough.
		wait, cancel := context.WithTimeout(context.Background(), time.Second)
		_ = s.srv.Shutdown(wait)
		cancel()
	}
	// Cutting the connections unblocks a program stuck writing to a
	// client that stopped reading; its handler then flushes and returns.
	_ = s.srv.Close()
	if err != nil {
		select {
		case <-done:
		case <-time.After(2 * time.Second):
		}
	}
	<-s.served
	return err
}

// current lists the sessions connected now.
func (s *Server) current() []*learnerSession {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*learnerSession, 0, len(s.sessions))
	for ls := range s.sessions {
		out = append(out, ls)
	}
	return out
}

// logf writes one line to the server's log, stamped with the time: the
// log is read after the class (ajar-kelas.log), when "who left when" is
// the question.
func (s *Server) logf(format string, args ...any) {
	if s.cfg.Log == nil {
		return
	}
	fmt.Fprintf(s.cfg.Log, time.Now().Format("2006-01-02 15:04:05")+" "+format+"\n", args...)
}

// countedConn gives its connection slot back once closed.
type countedConn struct {
	net.Conn
	once sync.Once
	give func()
}

// Close implements net.Conn.
func (c *countedConn) Close() error {
	c.once.Do(c.give)
	return c.Conn.Close()
}

// sessionChannel is the session channel handler with its requests
// passed through forwardRequests.
func (s *Server) sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, ch gossh.NewChannel, ctx ssh.Context) {
	ssh.DefaultSessionHandler(srv, conn, refusingChannel{ch}, ctx)
}

// refusingChannel is a session channel whose requests forwardRequests
// filters.
type refusingChannel struct{ gossh.NewChannel }

// refusedRequests are the session requests answered no before the
// session sees them: charmbracelet/ssh answers yes to agent forwarding
// (and no to X11), though nothing would ever be forwarded; a clear no is
// honest.
var refusedRequests = map[string]bool{"auth-agent-req@openssh.com": true, "x11-req": true}

// Accept implements gossh.NewChannel.
func (c refusingChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := c.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go forwardRequests(reqs, out)
	return ch, out, nil
}

// maxPendingRequests bounds the requests a session has not taken yet.
const maxPendingRequests = 64

// forwardRequests passes a session's requests from in to out without
// ever blocking the connection. charmbracelet/ssh hands a window size
// change to the program through a channel of one, and the program takes
// it only between frames: while a client that stopped reading keeps the
// program stuck writing, a resize would block the session's request loop,
// and with it the connection's whole read loop, so not even closing the
// connection would free the program. Here only the latest size waits;
// other requests queue, up to a limit.
func forwardRequests(in <-chan *gossh.Request, out chan<- *gossh.Request) {
	defer close(out)
	var queue []*gossh.Request
	for {
		var send chan<- *gossh.Request
		var head *gossh.Request
		if len(queue) > 0 {
			send, head = out, queue[0]
		}
		select {
		case r, ok := <-in:
			if !ok {
				return // the connection is gone: what waits is moot
			}
			switch {
			case refusedRequests[r.Type]:
				_ = r.Reply(false, nil)
			case r.Type == "window-change" && len(queue) > 0 && queue[len(queue)-1].Type == "window-change":
				queue[len(queue)-1] = r // only the latest size matters
			case len(queue) >= maxPendingRequests:
				_ = r.Reply(false, nil)
			default:
				queue = append(queue, r)
			}
		case send <- head:
			queue = queue[1:]
		}
	}
}
