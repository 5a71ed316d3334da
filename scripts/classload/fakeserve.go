//go:build unix

package main

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"

	"golang.org/x/crypto/ssh"

	"ajar/lessons"
	"ajar/progress"
)

// fakeServe stands in for `ajar serve` (-fake-class runs the harness with
// it): a class server with the screens the harness assumes, drawn crudely,
// the trainer's console keys, and every answer saved to a real progress
// file. It lets the whole class run (console, pushes, resuming the quiz
// after a live question, quitting, the file check) be tried before the
// class server exists; it measures nothing about ajar.
func fakeServe(addr, db, code string) error {
	lesson, err := firstLesson()
	if err != nil {
		return err
	}
	raw := exec.Command("stty", "raw", "-echo")
	raw.Stdin = os.Stdin
	_ = raw.Run() // the console reads keys, not lines
	st, err := progress.Open(db, progress.Options{})
	if err != nil {
		return err
	}
	cfg, err := serverConfig(code)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	h := &fakeHub{st: st, lesson: lesson, sessions: map[*fakeSession]bool{}}
	fmt.Printf("Kelas siap: ssh -p PORT kelas@%s\r\nKode kelas: %s\r\n", addr, code)
	go h.accept(ln, cfg)
	h.console()
	ln.Close()
	h.closeAll()
	return st.Close()
}

type fakeHub struct {
	st       progress.Store
	lesson   *lessons.Lesson
	mu       sync.Mutex
	sessions map[*fakeSession]bool
	live     int // the live question on screen, 0 = none
	pushes   int
	revealed bool
}

// console reads the trainer's keys until q, y.
func (h *fakeHub) console() {
	buf := make([]byte, 64)
	asking := false
	for {
		n, err := os.Stdin.Read(buf)
		if err != nil {
			return
		}
		for _, c := range buf[:n] {
			switch {
			case c == 'l':
				h.set(func() { h.pushes++; h.live, h.revealed = h.pushes, false })
			case c == 'r':
				h.set(func() { h.revealed = true })
			case c == 'e':
				h.set(func() { h.live = 0 })
			case c == 'q':
				asking = true
				fmt.Print("Akhiri kelas? (y/n)\r\n")
			case c == 'y' && asking:
				return
			}
		}
	}
}

// set changes the live state and redraws every session.
func (h *fakeHub) set(change func()) {
	h.mu.Lock()
	change()
	live, revealed := h.live, h.revealed
	ss := make([]*fakeSession, 0, len(h.sessions))
	for s := range h.sessions {
		ss = append(ss, s)
	}
	h.mu.Unlock()
	fmt.Printf("live %d revealed %v\r\n", live, revealed)
	for _, s := range ss {
		s.liveChanged(live)
	}
}

func (h *fakeHub) closeAll() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for s := range h.sessions {
		s.mu.Lock()
		fmt.Fprint(s.ch, "\x1b[H\x1b[2JKelas selesai.\r\n")
		s.ch.Close()
		s.mu.Unlock()
	}
}

func (h *fakeHub) accept(ln net.Listener, cfg *ssh.ServerConfig) {
	for {
		nc, err := ln.Accept()
		if err != nil {
			return
		}
		go func() {
			defer nc.Close()
			sc, chans, reqs, err := ssh.NewServerConn(nc, cfg)
			if err != nil {
				return
			}
			defer sc.Close()
			go ssh.DiscardRequests(reqs)
			for nch := range chans {
				ch, creqs, err := nch.Accept()
				if err != nil {
					return
				}
				go func() {
					for r := range creqs {
						if r.WantReply {
							_ = r.Reply(true, nil)
						}
					}
				}()
				s := &fakeSession{h: h, ch: ch}
				h.mu.Lock()
				h.sessions[s] = true
				h.mu.Unlock()
				s.run()
				h.mu.Lock()
				delete(h.sessions, s)
				h.mu.Unlock()
			}
		}()
	}
}

// fakeSession is one learner's screen: join, map, lesson, quiz, result,
// and over it the live question.
type fakeSession struct {
	h         *fakeHub
	ch        ssh.Channel
	mu        sync.Mutex
	name      []byte
	profile   string
	screen    string // join, map, lesson, quiz, result
	k         int    // question on screen
	saved     bool
	live      int // live question shown, 0 none
	liveSaved map[int]bool
}

func (s *fakeSession) run() {
	s.mu.Lock()
	s.screen, s.liveSaved = "join", map[int]bool{}
	s.draw()
	s.mu.Unlock()
	buf := make([]byte, 256)
	for {
		n, err := s.ch.Read(buf)
		if err != nil {
			return
		}
		s.mu.Lock()
		for _, k := range splitInput(buf[:n]) {
			s.key(k)
		}
		s.draw()
		s.mu.Unlock()
	}
}

// splitInput cuts input into keys: an escape sequence is one key.
func splitInput(b []byte) []string {
	var ks []string
	for len(b) > 0 {
		n := 1
		if b[0] == 0x1b {
			if i := bytes.IndexAny(b[1:], "~ABCDHF"); i >= 0 {
				n = i + 2
			} else {
				n = len(b)
			}
		}
		ks = append(ks, string(b[:n]))
		b = b[n:]
	}
	return ks
}

// key handles one key, with the keys of ajar's screens that matter here.
func (s *fakeSession) key(k string) {
	if s.live > 0 {
		if !s.liveSaved[s.live] && (k == "1" || k == "\r") {
			s.save("live", fmt.Sprintf("live-%d", s.live))
			s.liveSaved[s.live] = true
		}
		return
	}
	qs := s.h.lesson.Questions
	switch s.screen {
	case "join":
		if k == "\r" && len(s.name) > 0 {
			p := progress.Profile{ID: progress.NewProfileID(), Name: string(s.name), Created: time.Now()}
			if err := s.h.st.SaveProfile(p); err == nil {
				s.profile, s.screen = p.ID, "map"
			}
		} else if len(k) == 1 || k[0] != 0x1b {
			s.name = append(s.name, k...)
		}
	case "map":
		if k == "\r" {
			s.screen = "lesson"
		}
	case "lesson":
		if k == "\r" {
			s.screen, s.k, s.saved = "quiz", 1, false
		}
	case "quiz":
		switch {
		case !s.saved && (k == "1" || k == "\r"):
			s.save(s.h.lesson.ID, qs[s.k-1].ID)
			s.saved = true
		case s.saved && k == "\r" && s.k == len(qs):
			s.screen = "result"
		case s.saved && k == "\r":
			s.k, s.saved = s.k+1, false
		}
	}
}

func (s *fakeSession) save(lesson, q string) {
	a := progress.Answer{LessonID: lesson, QuestionID: q, Given: "1", At: time.Now()}
	_, _ = s.h.st.Apply(s.profile, progress.Write{Answer: &a})
}

func (s *fakeSession) liveChanged(live int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.profile == "" {
		return // not joined yet
	}
	s.live = live
	s.draw()
}

func (s *fakeSession) draw() {
	var lines []string
	m := len(s.h.lesson.Questions)
	switch {
	case s.live > 0:
		lines = []string{"Pertanyaan langsung dari pelatih", fmt.Sprintf("pertanyaan %d: 1. satu  2. dua", s.live)}
		if s.liveSaved[s.live] {
			lines = append(lines, "✓ Jawaban terkirim")
		}
	case s.screen == "join":
		lines = []string{"Selamat datang di kelas", "Nama: " + string(s.name)}
	case s.screen == "map":
		lines = []string{"0 dari 5 pelajaran selesai", "> " + s.h.lesson.Title}
	case s.screen == "lesson":
		lines = []string{s.h.lesson.Title, "teks pelajaran"}
	case s.screen == "quiz":
		head := fmt.Sprintf("Soal %d dari %d", s.k, m)
		if s.saved {
			head += " · ✓ tersimpan"
		}
		lines = []string{head, "1. pilihan"}
	case s.screen == "result":
		lines = []string{"Hasil kuis", "selesai"}
	}
	fmt.Fprint(s.ch, "\x1b[H\x1b[2J"+strings.Join(lines, "\r\n")+"\r\n")
}
