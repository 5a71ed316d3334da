package classroom

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"ajar/lessons"
	"ajar/tui"
	"ajar/tui/input"
	"ajar/tui/ui"
)

// This file is the trainer's console: the program on the server's own
// terminal while `ajar serve` runs. It shows the room (who is connected
// and where each learner is) and runs the live questions. It reads the
// room only through State and Changed, and acts on it only through Push,
// Reveal, End and Close, none of which blocks on a learner. The view is in
// consoleview.go.

// ConsoleConfig is what the console needs, given by the server.
type ConsoleConfig struct {
	// Room is the class the console shows and runs.
	Room *Room
	// Catalog gives the modules whose questions can be pushed.
	Catalog *lessons.Catalog
	// Lang is the interface language.
	Lang ui.Lang
	// Renderer carries the lipgloss colour profile; nil means the default.
	Renderer *lipgloss.Renderer
	// ASCII keeps the console to code page 437, for an old Windows
	// console (as the tutor's --ascii; see ui.CP437).
	ASCII bool
	// In and Out are the trainer's terminal; nil means stdin and stdout.
	// An *os.File In is filtered like the tutor's (package input).
	In  io.Reader
	Out io.Writer
	// Now dates the live session at its first push; nil means time.Now.
	Now func() time.Time
	// Module is the id of the module whose questions show first; "" or
	// an unknown id means the first module.
	Module string
	// OnQuit, when set, is called once the trainer ends the class (q and
	// y, or Ctrl+C twice) or a signal ends the console, after Room.Close
	// has told every learner: the server shuts down there (waits for the
	// sessions' saves, closes the file). The console shows that it is
	// closing until OnQuit returns. It is not called when the room was
	// closed by someone else (the server's own shutdown): the console
	// then just ends.
	OnQuit func()
	// Join are the lines the overview shows under its title: how learners
	// join (the ssh command, the class code), so the room can read them
	// off the projector while the console runs.
	Join []string
}

// NewConsole builds the console's model, for RunConsole and for tests.
func NewConsole(c ConsoleConfig) tea.Model { return newConsoleModel(c) }

// RunConsole runs the console on the trainer's terminal until the class
// ends. However the program ends (q, Ctrl+C, SIGTERM), the room is closed
// and OnQuit called before it returns, unless the room was already closed.
func RunConsole(c ConsoleConfig) error {
	opts := []tea.ProgramOption{tea.WithAltScreen()}
	switch in := c.In.(type) {
	case nil:
	case *os.File:
		// Drops the terminal's replies to queries, as the tutor does.
		opts = append(opts, tea.WithInput(input.NewFile(in)))
	default:
		opts = append(opts, tea.WithInput(in))
	}
	if c.Out != nil {
		opts = append(opts, tea.WithOutput(c.Out))
	}
	final, err := tea.NewProgram(newConsoleModel(c), opts...).Run()
	m, _ := final.(consoleModel)
	if !m.closing && !c.Room.State().Closed {
		// Ended by a signal: the learners must hear of it all the same.
		c.Room.Close(consoleTexts(c.Lang).closeReason)
		if c.OnQuit != nil {
			c.OnQuit()
		}
	}
	if err != nil && !errors.Is(err, tea.ErrInterrupted) {
		return fmt.Errorf("console: %w", err)
	}
	return nil
}

// The console's two views.
const (
	viewRoom = iota // the room overview
	viewLive        // the live control
)

// The orders of the overview, in the order s cycles through them.
const (
	byName = iota
	byLesson
	byDone
	byCheck
	sortCount
)

// roomChangedMsg says the room changed: the console reads its state again.
type roomChangedMsg struct{}

// closedMsg says Room.Close and OnQuit are done: the console quits.
type closedMsg struct{}

// consoleModel is the console. It is a value, like the tutor's screens.
type consoleModel struct {
	room    *Room
	catalog *lessons.Catalog
	now     func() time.Time
	onQuit  func()
	join    []string

	t    consoleText
	keys consoleKeyMap
	help help.Model
	st   ui.Styles

	state   RoomState
	view    int
	sortBy  int
	offset  int // first row of the overview's table on screen
	module  int // index into catalog.Modules
	current int // index into questions
	// questions are the question slides of the module.
	questions []lessons.Slide
	// session names the live session: the time of the first push.
	session string

	confirm  bool // "end the class?" is asked
	closing  bool // the class is being closed
	showHelp bool
	ascii    bool // draw only code page 437 (ConsoleConfig.ASCII)

	width, height int
}

// newConsoleModel builds the console on the room overview.
func newConsoleModel(c ConsoleConfig) consoleModel {
	t := consoleTexts(c.Lang)
	r := c.Renderer
	if r == nil {
		r = lipgloss.DefaultRenderer()
	}
	st := ui.NewStyles(r)
	h := help.New()
	h.Styles = st.Help
	if c.ASCII {
		// As in the tutor: " • " would become " * ", which reads as a key.
		h.ShortSeparator, h.Ellipsis = " · ", "..."
	}
	now := c.Now
	if now == nil {
		now = time.Now
	}
	m := consoleModel{room: c.Room, catalog: c.Catalog, now: now, onQuit: c.OnQuit, join: c.Join,
		t: t, keys: defaultConsoleKeys(t), help: h, st: st, state: c.Room.State(), ascii: c.ASCII}
	if c.Catalog != nil {
		for i, mod := range c.Catalog.Modules {
			if mod.ID == c.Module {
				m.module = i
			}
		}
	}
	return m.loadModule()
}

// loadModule lists the question slides of the current module.
func (m consoleModel) loadModule() consoleModel {
	m.questions, m.current = nil, 0
	if m.catalog == nil || m.module >= len(m.catalog.Modules) {
		return m
	}
	for _, s := range lessons.ModuleSlides(m.catalog.Modules[m.module]) {
		if s.Kind == lessons.SlideQuestion && s.Question != nil {
			m.questions = append(m.questions, s)
		}
	}
	return m
}

// waitForChange returns a Cmd that reports the room's next change. The
// channel is taken before the state is read (in Init and on each change),
// so no change in between is missed.
func waitForChange(ch <-chan struct{}) tea.Cmd {
	return func() tea.Msg {
		<-ch
		return roomChangedMsg{}
	}
}

// Init starts listening to the room: at once, as for a change, so the
// state is read again after the channel is taken (the first State, in
// NewConsole, came before it).
func (m consoleModel) Init() tea.Cmd { return func() tea.Msg { return roomChangedMsg{} } }

// Update implements tea.Model.
func (m consoleModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) { return m.update(msg) }

// update is Update with the concrete type, for tests.
func (m consoleModel) update(msg tea.Msg) (consoleModel, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.Width = max(msg.Width-2, 0)
		return m.clampOffset(), nil
	case roomChangedMsg:
		ch := m.room.Changed()
		m.state = m.room.State()
		if m.state.Closed && !m.closing {
			return m, tea.Quit // closed by the server's own shutdown
		}
		return m.clampOffset(), waitForChange(ch)
	case closedMsg:
		return m, tea.Quit
	case tea.InterruptMsg:
		// SIGINT with the terminal not in raw mode: RunConsole closes.
		return m, tea.Quit
	case tea.KeyMsg:
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste {
			// Keys typed quickly arrive as one message ("qy"): each acts.
			var cmds []tea.Cmd
			for _, r := range msg.Runes {
				var cmd tea.Cmd
				m, cmd = m.handleKey(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
				cmds = append(cmds, cmd)
			}
			return m, tea.Batch(cmds...)
		}
		return m.handleKey(msg)
	}
	return m, nil
}

// handleKey acts on a key press.
func (m consoleModel) handleKey(k tea.KeyMsg) (consoleModel, tea.Cmd) {
	switch {
	case m.closing:
		return m, nil // the class is closing; nothing more to do here
	case m.confirm:
		switch {
		// Ctrl+C at the question is the second Ctrl+C: it means it.
		case key.Matches(k, m.keys.Yes), key.Matches(k, m.keys.ForceQuit):
			return m.closeClass()
		case key.Matches(k, m.keys.No), key.Matches(k, m.keys.Quit):
			m.confirm = false
		}
		return m, nil
	case key.Matches(k, m.keys.Quit), key.Matches(k, m.keys.ForceQuit):
		// Ending a class of thirty by one stray key costs too much, so
		// Ctrl+C asks too; a second Ctrl+C answers yes.
		m.confirm = true
		return m, nil
	case key.Matches(k, m.keys.Help):
		m.showHelp = !m.showHelp
		return m.clampOffset(), nil
	}
	if m.view == viewRoom {
		return m.roomKey(k)
	}
	return m.liveKey(k)
}

// roomKey acts on a key of the overview.
func (m consoleModel) roomKey(k tea.KeyMsg) (consoleModel, tea.Cmd) {
	switch {
	case key.Matches(k, m.keys.Up):
		m.offset--
	case key.Matches(k, m.keys.Down):
		m.offset++
	case key.Matches(k, m.keys.Sort):
		m.sortBy = (m.sortBy + 1) % sortCount
	case key.Matches(k, m.keys.Live):
		m.view = viewLive
	}
	return m.clampOffset(), nil
}

// liveKey acts on a key of the live control. While a question is open
// the trainer cannot pick or push another: it is ended first, so every
// learner sees the questions one at a time.
func (m consoleModel) liveKey(k tea.KeyMsg) (consoleModel, tea.Cmd) {
	live := m.state.Live != nil
	switch {
	case key.Matches(k, m.keys.Back), key.Matches(k, m.keys.Live):
		m.view = viewRoom
	case live && key.Matches(k, m.keys.Reveal) && !m.state.Revealed:
		m.room.Reveal()
		m.state = m.room.State()
	case live && key.Matches(k, m.keys.End):
		m.room.End()
		m.state = m.room.State()
	case live:
	case key.Matches(k, m.keys.PrevQ):
		m.current = max(m.current-1, 0)
	case key.Matches(k, m.keys.NextQ):
		m.current = max(min(m.current+1, len(m.questions)-1), 0)
	case key.Matches(k, m.keys.Module), key.Matches(k, m.keys.PrevModule):
		if n := m.moduleCount(); n > 0 {
			step := 1
			if key.Matches(k, m.keys.PrevModule) {
				step = n - 1
			}
			m.module = (m.module + step) % n
			m = m.loadModule()
		}
	case key.Matches(k, m.keys.Push) && len(m.questions) > 0:
		s := m.questions[m.current]
		if m.session == "" {
			m.session = m.now().Format("2006-01-02T15:04")
		}
		m.room.Push(tui.LiveQuestion{Session: m.session, LessonID: s.Lesson.ID, Question: *s.Question})
		m.state = m.room.State()
	}
	return m, nil
}

// moduleCount is the number of modules of the catalog.
func (m consoleModel) moduleCount() int {
	if m.catalog == nil {
		return 0
	}
	return len(m.catalog.Modules)
}

// closeClass tells every learner the class ends, then lets the server shut
// down (OnQuit) off the UI loop, and quits once it has.
func (m consoleModel) closeClass() (consoleModel, tea.Cmd) {
	m.confirm, m.closing = false, true
	room, reason, onQuit := m.room, m.t.closeReason, m.onQuit
	return m, func() tea.Msg {
		room.Close(reason)
		if onQuit != nil {
			onQuit()
		}
		return closedMsg{}
	}
}

// active is the bindings that work now, for help.
func (m consoleModel) active() keyList {
	k := m.keys
	switch {
	case m.closing:
		return keyList{}
	case m.confirm:
		return keyList{short: []key.Binding{k.Yes}, all: []key.Binding{k.Yes}}
	case m.view == viewRoom:
		return keyList{short: []key.Binding{k.Sort, k.Live, k.Help, k.Quit},
			all: []key.Binding{k.Up, k.Down, k.Sort, k.Live, k.Help, k.Quit}}
	case m.state.Live != nil:
		var l keyList
		if !m.state.Revealed {
			l.short = append(l.short, k.Reveal)
		}
		l.short = append(l.short, k.End, k.Back, k.Help, k.Quit)
		l.all = append(append([]key.Binding{}, l.short...), k.Live)
		return l
	}
	var l keyList
	if len(m.questions) > 0 {
		l.short = append(l.short, k.Push, k.Pick)
		l.all = append(l.all, k.Push, k.PrevQ, k.NextQ)
	}
	if m.moduleCount() > 1 {
		l.all = append(l.all, k.Module)
	}
	l.short = append(l.short, k.Back, k.Help, k.Quit)
	l.all = append(l.all, k.Back, k.Live, k.Help, k.Quit)
	return l
}
