// Package tui is ajar's terminal interface: a root model that routes between
// the course map, the lesson reader and the quiz runner, each in its own
// file with its own KeyMap and generated help.
//
// The package does no IO itself outside tea.Cmds: it receives a loaded
// lessons.Catalog and a progress.Store, and only the root turns screens'
// save requests into store Cmds (see cmds.go), one at a time.
package tui

import (
	"fmt"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"ajar/lessons"
	"ajar/progress"
)

// Minimum usable window; below it ajar asks for a larger window.
const (
	minWidth  = 40
	minHeight = 12
)

// Deps is everything the TUI needs from outside, built once by main.
type Deps struct {
	// Catalog is the loaded course.
	Catalog *lessons.Catalog
	// Title is shown at the top of the course map.
	Title string
	// Store keeps progress; only Cmds in cmds.go call it.
	Store progress.Store
	// Profile is the learner whose progress is shown.
	Profile string
	// Now is the clock, injected so tests are deterministic.
	Now func() time.Time
	// Lang is the interface language.
	Lang Lang
	// Markdown is the resolved glamour style.
	Markdown MarkdownStyle
	// Renderer carries the lipgloss colour profile for the interface.
	Renderer *lipgloss.Renderer
}

// screen names the active screen.
type screen int

const (
	screenHome screen = iota
	screenReader
	screenQuiz
	screenGlossary
)

// glossaryID is the render-cache id of the glossary page; it cannot clash
// with a lesson id, which may not start with an underscore.
const glossaryID = "_glossary"

// Model is the root model: it owns the screens, the frame (status and help
// line) and the save queue, and routes messages. Screen logic lives in the
// screen files.
type Model struct {
	deps   Deps
	t      texts
	st     styles
	keys   globalKeyMap
	help   help.Model
	screen screen
	home   homeModel
	reader readerModel
	quiz   quizModel
	// glossary is a reader in document mode; prev is where it returns to.
	glossary readerModel
	prev     screen
	saves    saveQueue

	width, height int
	frame         int       // lines of status and help at the last resize
	status        string    // last error, shown until writes succeed again
	unsaved       []tea.Cmd // failed writes, tried again after a success or on quit
	quitting      bool      // quit once the save queue is empty
	quitArmed     bool      // writes failed at quit; the next q quits anyway
}

// New builds the root model.
func New(d Deps) Model {
	t := textsFor(d.Lang)
	st := newStyles(d.Renderer)
	h := help.New()
	h.Styles = st.help
	return Model{
		deps: d, t: t, st: st, keys: defaultGlobalKeys(t), help: h,
		home:   newHomeModel(d.Catalog, d.Title, t, st),
		reader: newReaderModel(t, st, d.Markdown),
		quiz:   newQuizModel(t, st, d.Now),
		glossary: func() readerModel {
			g := newReaderModel(t, st, d.Markdown)
			g.document = true
			return g
		}(),
	}
}

// Init loads the learner's progress.
func (m Model) Init() tea.Cmd {
	return loadSnapshotCmd(m.deps.Store, m.deps.Profile)
}

// Update routes the message, then re-fits the screens when the help
// line's height changed (it depends on the active screen's keys).
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	mm, cmd := m.route(msg)
	m = mm.(Model)
	if m.width > 0 && m.frameHeights() != m.frame {
		var rc tea.Cmd
		mm, rc = m.resize()
		return mm, tea.Batch(cmd, rc)
	}
	return m, cmd
}

// route handles global keys, then save requests and results, then hands
// the rest to the active screen.
func (m Model) route(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		return m.resize()
	case tea.KeyMsg:
		if done, mm, cmd := m.handleGlobalKey(msg); done {
			return mm, cmd
		}
	case savePositionMsg:
		return m.enqueue(savePositionCmd(m.deps.Store, m.deps.Profile, m.stamp(msg.pos)))
	case saveAnswerMsg:
		return m.enqueue(saveAnswerCmd(m.deps.Store, m.deps.Profile, msg.answer))
	case completeLessonMsg:
		return m.enqueue(completeLessonCmd(m.deps.Store, m.deps.Profile, msg.result))
	case lessonOpenedMsg, positionSavedMsg, answerSavedMsg, lessonCompletedMsg:
		var cmd tea.Cmd
		m.home, cmd = m.home.Update(msg)
		return m.saved(cmd)
	case errMsg:
		return m.failed(msg)
	case snapshotLoadedMsg:
		m.home, _ = m.home.Update(msg)
		return m, nil
	case openLessonMsg:
		return m.openLesson(msg)
	case startQuizMsg:
		return m.startQuiz(msg.lessonID, msg.start, nil)
	case backMsg:
		m.screen = screenHome
		return m, nil
	case openGlossaryMsg:
		return m.openGlossary()
	case closeGlossaryMsg:
		m.screen = m.prev
		return m, nil
	}
	return m.forward(msg)
}

// handleGlobalKey handles quit and help; done is false when the key belongs
// to the active screen.
func (m Model) handleGlobalKey(msg tea.KeyMsg) (bool, tea.Model, tea.Cmd) {
	if key.Matches(msg, m.keys.ForceQuit) {
		if m.quitting { // a second Ctrl+C does not wait for a stuck disk
			return true, m, tea.Quit
		}
		mm, cmd := m.quit()
		return true, mm, cmd
	}
	if m.screen == screenQuiz && m.quiz.inputFocused() {
		return false, m, nil
	}
	switch {
	case key.Matches(msg, m.keys.Quit):
		mm, cmd := m.quit()
		return true, mm, cmd
	case key.Matches(msg, m.keys.Help):
		m.help.ShowAll = !m.help.ShowAll
		mm, cmd := m.resize()
		return true, mm, cmd
	}
	return false, m, nil
}

// forward hands a message to the active screen.
func (m Model) forward(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch m.screen {
	case screenHome:
		m.home, cmd = m.home.Update(msg)
	case screenReader:
		m.reader, cmd = m.reader.Update(msg)
	case screenQuiz:
		m.quiz, cmd = m.quiz.Update(msg)
	case screenGlossary:
		m.glossary, cmd = m.glossary.Update(msg)
	}
	if r, ok := msg.(lessonRenderedMsg); ok {
		// Renders arrive whatever the screen; each reader keeps its own.
		if r.lessonID == glossaryID && m.screen != screenGlossary {
			m.glossary, _ = m.glossary.Update(msg)
		} else if r.lessonID != glossaryID && m.screen != screenReader {
			m.reader, _ = m.reader.Update(msg)
		}
	}
	return m, cmd
}

// stamp fills in the time of a position if the screen left it empty.
func (m Model) stamp(p progress.Position) progress.Position {
	if p.At.IsZero() {
		p.At = m.deps.Now()
	}
	return p
}

// enqueue adds a store write to the save queue.
func (m Model) enqueue(c tea.Cmd) (tea.Model, tea.Cmd) {
	var run tea.Cmd
	m.saves, run = m.saves.push(c)
	return m, run
}

// saved starts the next queued write. A success means the disk works
// again, so writes that failed earlier are queued once more. Once a
// requested quit has nothing left to write, the program ends.
func (m Model) saved(extra tea.Cmd) (tea.Model, tea.Cmd) {
	var next tea.Cmd
	m.saves, next = m.saves.done()
	if len(m.unsaved) > 0 {
		retry := m.unsaved
		m.unsaved = nil
		for _, c := range retry {
			var run tea.Cmd
			m.saves, run = m.saves.push(c)
			next = tea.Batch(next, run)
		}
	} else {
		m.status = ""
	}
	if m.quitting && m.saves.pending() == 0 {
		return m, tea.Quit
	}
	return m, tea.Batch(next, extra)
}

// failed shows an error. A failed write is kept to be tried again, so a
// full disk or a locked file never silently loses an answer.
func (m Model) failed(msg errMsg) (tea.Model, tea.Cmd) {
	m.status = fmt.Sprintf(m.t.saveFailed, msg.op, msg.err)
	if msg.retry == nil {
		return m, nil // a failed read: nothing was queued
	}
	m.unsaved = append(m.unsaved, msg.retry)
	var next tea.Cmd
	m.saves, next = m.saves.done()
	if m.quitting && m.saves.pending() == 0 {
		m.quitting, m.quitArmed = false, true
		m.status = fmt.Sprintf(m.t.unsavedQuit, len(m.unsaved), msg.err)
	}
	return m, next
}

// quit saves the current place and any earlier failed write, then quits
// when every write has finished. If writes still fail, the learner is told
// and a second q quits without them.
func (m Model) quit() (tea.Model, tea.Cmd) {
	if m.quitArmed {
		return m, tea.Quit
	}
	m.quitting = true
	var cmds []tea.Cmd
	at := m.screen
	if at == screenGlossary {
		at = m.prev
	}
	switch at {
	case screenReader:
		cmds = append(cmds, savePositionCmd(m.deps.Store, m.deps.Profile, m.stamp(m.reader.position())))
	case screenQuiz:
		cmds = append(cmds, savePositionCmd(m.deps.Store, m.deps.Profile, m.stamp(m.quiz.position())))
	}
	cmds = append(cmds, m.unsaved...)
	m.unsaved = nil
	if len(cmds) == 0 && m.saves.pending() == 0 {
		return m, tea.Quit
	}
	var run []tea.Cmd
	for _, c := range cmds {
		var r tea.Cmd
		m.saves, r = m.saves.push(c)
		run = append(run, r)
	}
	return m, tea.Batch(run...)
}
