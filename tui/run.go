package tui

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	tea "github.com/charmbracelet/bubbletea"

	"ajar/lessons"
	"ajar/progress"
	"ajar/tui/input"
)

// Session is what Run needs to run the tutor. The ajar command gathers it:
// the flags, which file is opened and how, the exit codes and the messages
// about files are the command's, so they come in as functions, and Run
// only calls them in the order a session needs.
type Session struct {
	// Deps are the tutor's settings (Now, Lang, Markdown, Renderer, Params,
	// ASCII). Run fills in the course, the store, the learners, the
	// preloaded progress and the check of the file.
	Deps Deps
	// Course loads the course and lists its problems, formatted. Run calls
	// it while the progress opens: neither needs the other, and both stand
	// between the start and the first screen.
	Course func() (*lessons.Catalog, []string, error)
	// Open opens the learner's progress (bringing up the recovery screen
	// for a damaged file, if it must). Its error ends Run unchanged.
	Open func() (progress.Store, error)
	// Choose decides who is learning from the open store: a learner's id,
	// or "" for the picker, and the learners the file holds. Its error
	// ends Run unchanged, after the store is closed.
	Choose func(progress.Store) (string, []progress.Profile, error)
	// End closes the store once the program has ended and every final
	// write was tried; damaged says the file was found damaged during the
	// session, so it must not be copied over a good backup. Its error is
	// Run's when the program itself ended well.
	End func(store progress.Store, damaged bool) error
	// Recover runs after End when the file was found damaged during the
	// session: the recovery the start would have offered, now that the
	// file is closed. Its error is Run's.
	Recover func() error
	// In is the terminal the learner types at; Run filters it (see
	// package input).
	In *os.File
	// Stderr gets what a final write could not save.
	Stderr io.Writer
	// DebugLog, when set, is the file bubbletea logs to.
	DebugLog string
}

// Run runs the tutor for one session: it loads the course while it opens
// the progress and chooses the learner, starts reading that learner's
// progress before the course is ready, runs the program on the filtered
// terminal, and on the way out makes the writes still owed before the
// store is closed, even when the terminal hung up.
func Run(s Session) error {
	type course struct {
		catalog  *lessons.Catalog
		problems []string
		err      error
	}
	courseCh := make(chan course, 1)
	go func() {
		c, p, err := s.Course()
		courseCh <- course{c, p, err}
	}()
	store, err := s.Open()
	if err != nil {
		return err
	}
	learner, learners, err := s.Choose(store)
	if err != nil {
		store.Close()
		return err
	}
	preload := preloadSnapshot(store, learner)
	loaded := <-courseCh
	if loaded.err != nil {
		store.Close()
		return loaded.err
	}

	deps := s.Deps
	deps.Catalog, deps.Title, deps.Problems = loaded.catalog, loaded.catalog.Title, loaded.problems
	deps.Store, deps.Profile, deps.Profiles, deps.Preload = store, learner, learners, preload
	if v, ok := store.(interface{ Verify() error }); ok {
		// A file on disk is checked in full after the first screen.
		deps.Verify = v.Verify
	}
	if s.DebugLog != "" {
		if f, err := tea.LogToFile(s.DebugLog, "ajar"); err == nil {
			defer f.Close()
		}
	}
	// The filtered stdin keeps terminal replies out of the answers and
	// marks multi-line reads; see package input.
	p := tea.NewProgram(New(deps), tea.WithAltScreen(), tea.WithInput(input.NewFile(s.In, input.MarkBursts)))
	stopHangup := quitOnHangup(p)
	final, runErr := p.Run()
	stopHangup()
	// A normal quit waits for every save. A closed console window or a
	// hang-up ends the loop at once, so whatever is still owed is written
	// here, before the store closes.
	damaged := false
	if fm, ok := final.(Model); ok {
		damaged = fm.Damaged()
		for _, write := range fm.FinalWrites() {
			if msg := write(); msg != nil {
				if failed, ok := msg.(error); ok && !damaged {
					fmt.Fprintln(s.Stderr, "ajar:", failed)
				}
			}
		}
	}
	endErr := s.End(store, damaged)
	if runErr != nil {
		return fmt.Errorf("tui: %w", runErr)
	}
	if damaged {
		return s.Recover()
	}
	return endErr
}

// preloadSnapshot starts reading the learner's progress now, so it
// overlaps parsing the course, and returns a function that waits for it;
// nil when the picker will ask who is learning.
func preloadSnapshot(store progress.Store, learner string) func() (progress.Snapshot, error) {
	if learner == "" {
		return nil
	}
	type result struct {
		snap progress.Snapshot
		err  error
	}
	ch := make(chan result, 1)
	go func() {
		s, err := store.Snapshot(learner)
		ch <- result{s, err}
	}()
	return func() (progress.Snapshot, error) {
		r := <-ch
		return r.snap, r.err
	}
}

// quitOnHangup ends the program the normal way when the terminal hangs up
// (the window is closed), so the final writes run instead of the process
// dying mid-lesson. It returns a function that stops listening.
func quitOnHangup(p *tea.Program) func() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case <-ch:
			p.Quit()
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}
