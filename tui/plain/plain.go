// Package plain is ajar's accessible mode, ajar --plain (used by itself
// when TERM=dumb): the tutor as a line dialogue for screen readers (NVDA
// on Windows), braille displays and terminals without cursor addressing.
// It writes lines and nothing else: no alternate screen, no cursor
// movement, no redraw, no colour, no box drawing, so a screen reader reads
// everything once, in order. Every prompt is one line; choices are
// numbered and answers are typed and confirmed with Enter.
//
// It owns the dialogue only. The course comes loaded (a *lessons.Catalog),
// grading is lessons.Question.Check, and what the learner does is stored
// through the progress.Store interface with the same builders the
// full-screen tutor uses (progress.Params.QuizAnswer, QuizResult, Rate),
// so the same progress file and the same scheduling serve both modes. It
// must not import bubbletea (it needs no terminal), bbolt (the store is an
// interface) or ajar/content (the catalog is given); .ci/imports checks.
package plain

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"ajar/lessons"
	"ajar/progress"
)

// Config is what Run needs: where the dialogue reads and writes, the
// course, the store and who is learning.
type Config struct {
	// In is read line by line; Out receives plain text lines only.
	In  io.Reader
	Out io.Writer
	// Catalog is the loaded course.
	Catalog *lessons.Catalog
	// Store holds the learner's progress.
	Store progress.Store
	// Profile is the learner's id; "" when several learners share the
	// file and Run asks which of Profiles is learning.
	Profile  string
	Profiles []progress.Profile
	// Lang is the interface language: "en" for English, anything else
	// Indonesian.
	Lang string
	// Now is the clock answers and ratings are stamped with.
	Now func() time.Time
	// Params schedule the review cards (progress.DefaultParams in ajar).
	Params progress.Params
	// Width is where lesson text wraps (72 when 0); PageLines how many
	// lines of a lesson come before "Enter to read on" (20 when 0).
	Width, PageLines int
}

// errQuit ends the dialogue: q at the menu, or the end of the input.
// Everything the learner did is saved by then, as each answer is saved
// before the next prompt.
var errQuit = errors.New("quit")

// errBack leaves a lesson, its quiz or the review for the menu (q there).
var errBack = errors.New("back to the menu")

// Run holds the dialogue until the learner quits or the input ends, which
// both return nil; an error is a failed read, write or save.
func Run(cfg Config) error {
	if cfg.Width <= 0 {
		cfg.Width = 72
	}
	if cfg.PageLines <= 0 {
		cfg.PageLines = 20
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	s := &session{cfg: cfg, t: textsFor(cfg.Lang), in: bufio.NewReader(cfg.In), out: cfg.Out}
	err := s.run()
	if s.werr != nil {
		return s.werr
	}
	if errors.Is(err, errQuit) {
		return nil
	}
	return err
}

// session is one run of the dialogue.
type session struct {
	cfg Config
	t   texts
	in  *bufio.Reader
	out io.Writer
	// werr is the first failed write: output that no longer arrives ends
	// the dialogue rather than asking questions nobody sees.
	werr error
	// profile is the learner's id, learner their progress, kept current
	// with every save's effects as the tutor keeps it.
	profile string
	learner *progress.Learner
}

// run picks the learner, loads their progress and shows the menu.
func (s *session) run() error {
	if s.cfg.Catalog == nil {
		s.cfg.Catalog = &lessons.Catalog{}
	}
	s.profile = s.cfg.Profile
	if s.profile == "" {
		if err := s.pickLearner(); err != nil {
			return err
		}
	}
	snap, err := s.cfg.Store.Snapshot(s.profile)
	if err != nil {
		return err
	}
	shown := map[string]bool{}
	for _, l := range s.cfg.Catalog.Lessons() {
		for _, q := range l.Questions {
			shown[q.ID] = true
		}
		for _, f := range l.Flashcards {
			shown[f.ID] = true
		}
	}
	// As in the tutor, only cards whose content is still in the course
	// are due: a card the learner cannot be shown must not fill the caps.
	s.learner = progress.NewLearnerOf(snap, func(c progress.CardRecord) bool { return shown[c.ID] })
	return s.menu()
}

// say prints one line (or a few, when s holds newlines), made safe.
func (s *session) say(line string) {
	if s.werr != nil {
		return
	}
	_, s.werr = io.WriteString(s.out, safe(line)+"\n")
}

// sayf is say with a format; content goes in args, never in format.
func (s *session) sayf(format string, args ...any) { s.say(fmt.Sprintf(format, args...)) }

// para prints text wrapped at the configured width, each of its lines a
// paragraph: for sentences (explanations, feedback, prompts), never for
// text already laid out, such as code.
func (s *session) para(text string) {
	var lines []string
	for _, p := range strings.Split(text, "\n") {
		w := wrap(p, "", "", s.cfg.Width)
		if len(w) == 0 {
			w = []string{""}
		}
		lines = append(lines, w...)
	}
	s.say(strings.Join(lines, "\n"))
}

// paraf is para with a format; content goes in args, never in format.
func (s *session) paraf(format string, args ...any) { s.para(fmt.Sprintf(format, args...)) }

// blank prints an empty line, which sets the parts of the dialogue apart
// for a sighted reader and costs a screen reader nothing.
func (s *session) blank() { s.say("") }

// line reads the next line of input without its line ending and outer
// spaces. The end of the input, even in the middle of a line, is errQuit
// once that last line has been handled.
func (s *session) line() (string, error) {
	if s.werr != nil {
		return "", s.werr
	}
	in, err := s.in.ReadString('\n')
	if err != nil && (in == "" || !errors.Is(err, io.EOF)) {
		if errors.Is(err, io.EOF) {
			return "", errQuit
		}
		return "", err
	}
	return strings.TrimSpace(in), nil
}

// ask prints prompt and reads answers until check accepts one: check
// returns "" for a good answer, else a one-line message, after which the
// prompt comes again. q is always accepted, for the caller to act on.
func (s *session) ask(prompt string, check func(string) string) (string, error) {
	for {
		s.para(prompt)
		in, err := s.line()
		if err != nil {
			return "", err
		}
		if isQuit(in) {
			return in, nil
		}
		if msg := check(in); msg != "" {
			s.para(msg)
			continue
		}
		return in, nil
	}
}

// isQuit reports whether the learner typed q, which leaves the screen.
func isQuit(in string) bool { return strings.EqualFold(in, "q") }

// apply saves writes in one transaction and folds their effects into the
// learner's progress, as the tutor's save queue does.
func (s *session) apply(ws ...progress.Write) error {
	effects, err := s.cfg.Store.Apply(s.profile, ws...)
	if err != nil {
		s.sayf(s.t.saveFailed, err)
		return err
	}
	for _, e := range effects {
		s.learner.Apply(e)
	}
	return nil
}

// pickLearner asks which of the file's learners is learning.
func (s *session) pickLearner() error {
	list := s.cfg.Profiles
	if len(list) == 0 {
		s.profile = progress.DefaultProfile
		return nil
	}
	for i, p := range list {
		s.sayf("%d) %s", i+1, s.learnerName(p))
	}
	in, err := s.ask(s.t.whoLearns, func(in string) string {
		if _, ok := number(in, len(list)); !ok {
			return fmt.Sprintf(s.t.badNumber, len(list))
		}
		return ""
	})
	if err != nil {
		return err
	}
	if isQuit(in) {
		return errQuit
	}
	n, _ := number(in, len(list))
	s.profile = list[n-1].ID
	return nil
}

// learnerName is how a learner is shown: their name, made printable.
func (s *session) learnerName(p progress.Profile) string {
	if p.Unnamed() {
		return s.t.firstLearner
	}
	return lessons.CleanName(p.Name)
}
