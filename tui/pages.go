package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"ajar/progress"
)

// screen names the active screen.
type screen int

const (
	screenHome screen = iota
	screenReader
	screenQuiz
	screenGlossary
	screenReview
	screenStats
	screenProfiles
	screenCheck
	screenReflect
	screenSearch
	screenLive
	// screenCount stays last: the screen tests walk every screen below it,
	// so a new screen must join their table and slots.
	screenCount
)

// page is all the root asks of a screen model S: so the root routes to
// the active screen without knowing which it is, and the screen's state
// stays its own. Screens implement it with value receivers, like their
// Update and View, and a screen that does not fails to compile in slots.
type page[S any] interface {
	// Update handles a message for the active screen.
	Update(msg tea.Msg) (S, tea.Cmd)
	// View draws the screen.
	View() string
	// fit gives the screen the room left by the frame.
	fit(w, h int) (S, tea.Cmd)
	// keyMap is the screen's bindings, for the help line.
	keyMap() screenKeys
	// inputFocused reports whether a text field has focus: q and ? are
	// then letters, not commands.
	inputFocused() bool
	// ownsQuit reports whether the screen handles q itself (a check under
	// way asks before it ends).
	ownsQuit() bool
	// place is what keeps where the learner is when ajar ends (see
	// Model.placeWrites); positions may leave their time to the root.
	place() []progress.Write
}

// slot is a screen's place in the root: its page methods, taking and
// returning the root by value. Values, not pointers into the root: a
// pointer passed through an interface makes the 18 KB root escape to the
// heap in every function that asks the screen, several times a key
// (BenchmarkKeyOnCourseMap went from 44 KB to 235 KB for two keys).
type slot interface {
	update(m Model, msg tea.Msg) (Model, tea.Cmd)
	fit(m Model, w, h int) (Model, tea.Cmd)
	view(m Model) string
	keyMap(m Model) screenKeys
	inputFocused(m Model) bool
	ownsQuit(m Model) bool
	place(m Model) []progress.Write
}

// rootField is the slot of a screen model S held in one of the root's
// fields; get and set name the field, so nothing asserts a type.
type rootField[S page[S]] struct {
	get func(Model) S
	set func(Model, S) Model
}

// The slot methods take the screen out of its field, call it, and put
// what changed back; only update and fit change it.

func (f rootField[S]) update(m Model, msg tea.Msg) (Model, tea.Cmd) {
	s, cmd := f.get(m).Update(msg)
	return f.set(m, s), cmd
}

func (f rootField[S]) fit(m Model, w, h int) (Model, tea.Cmd) {
	s, cmd := f.get(m).fit(w, h)
	return f.set(m, s), cmd
}

func (f rootField[S]) view(m Model) string            { return f.get(m).View() }
func (f rootField[S]) keyMap(m Model) screenKeys      { return f.get(m).keyMap() }
func (f rootField[S]) inputFocused(m Model) bool      { return f.get(m).inputFocused() }
func (f rootField[S]) ownsQuit(m Model) bool          { return f.get(m).ownsQuit() }
func (f rootField[S]) place(m Model) []progress.Write { return f.get(m).place() }

// slots are the screens by name. The array is as long as there are
// screens, so a screen left out is nil here, which the screen tests catch.
var slots = [screenCount]slot{
	screenHome: rootField[homeModel]{func(m Model) homeModel { return m.home },
		func(m Model, s homeModel) Model { m.home = s; return m }},
	screenReader: rootField[readerModel]{func(m Model) readerModel { return m.reader },
		func(m Model, s readerModel) Model { m.reader = s; return m }},
	screenQuiz: rootField[quizModel]{func(m Model) quizModel { return m.quiz },
		func(m Model, s quizModel) Model { m.quiz = s; return m }},
	screenGlossary: rootField[readerModel]{func(m Model) readerModel { return m.glossary },
		func(m Model, s readerModel) Model { m.glossary = s; return m }},
	screenReview: rootField[reviewModel]{func(m Model) reviewModel { return m.review },
		func(m Model, s reviewModel) Model { m.review = s; return m }},
	screenStats: rootField[statsModel]{func(m Model) statsModel { return m.stats },
		func(m Model, s statsModel) Model { m.stats = s; return m }},
	screenProfiles: rootField[profilesModel]{func(m Model) profilesModel { return m.profiles },
		func(m Model, s profilesModel) Model { m.profiles = s; return m }},
	screenCheck: rootField[checkModel]{func(m Model) checkModel { return m.check },
		func(m Model, s checkModel) Model { m.check = s; return m }},
	screenReflect: rootField[reflectModel]{func(m Model) reflectModel { return m.reflect },
		func(m Model, s reflectModel) Model { m.reflect = s; return m }},
	screenSearch: rootField[searchModel]{func(m Model) searchModel { return m.search },
		func(m Model, s searchModel) Model { m.search = s; return m }},
	screenLive: rootField[liveModel]{func(m Model) liveModel { return m.live },
		func(m Model, s liveModel) Model { m.live = s; return m }},
}

// active is the slot of the screen on display.
func (m Model) active() slot { return slots[m.screen] }

// The screens' page methods that only adapt what the screen already has.

func (m homeModel) fit(w, h int) (homeModel, tea.Cmd) { return m.setSize(w, h), nil }
func (m homeModel) keyMap() screenKeys                { return m.keys }
func (m homeModel) inputFocused() bool                { return false }
func (m homeModel) place() []progress.Write           { return nil }
func (m homeModel) ownsQuit() bool                    { return false }

func (m readerModel) fit(w, h int) (readerModel, tea.Cmd) { return m.setSize(w, h) }
func (m readerModel) keyMap() screenKeys                  { return m.helpKeys() }
func (m readerModel) ownsQuit() bool                      { return false }

func (m quizModel) fit(w, h int) (quizModel, tea.Cmd) { return m.setSize(w, h), nil }
func (m quizModel) keyMap() screenKeys                { return m.keys }
func (m quizModel) ownsQuit() bool                    { return false }

func (m reviewModel) fit(w, h int) (reviewModel, tea.Cmd) { return m.setSize(w, h), nil }
func (m reviewModel) keyMap() screenKeys                  { return m.helpKeys() }
func (m reviewModel) ownsQuit() bool                      { return false }

func (m statsModel) fit(w, h int) (statsModel, tea.Cmd) { return m.setSize(w, h), nil }
func (m statsModel) keyMap() screenKeys                 { return m.helpKeys() }
func (m statsModel) inputFocused() bool                 { return false }
func (m statsModel) place() []progress.Write            { return nil }
func (m statsModel) ownsQuit() bool                     { return false }

func (m profilesModel) fit(w, h int) (profilesModel, tea.Cmd) { return m.setSize(w, h), nil }
func (m profilesModel) keyMap() screenKeys                    { return m.helpKeys() }
func (m profilesModel) place() []progress.Write               { return nil }
func (m profilesModel) ownsQuit() bool                        { return false }

func (m checkModel) fit(w, h int) (checkModel, tea.Cmd) { return m.setSize(w, h), nil }
func (m checkModel) keyMap() screenKeys                 { return m.helpKeys() }

func (m reflectModel) fit(w, h int) (reflectModel, tea.Cmd) { return m.setSize(w, h), nil }
func (m reflectModel) keyMap() screenKeys                   { return m.helpKeys() }
func (m reflectModel) ownsQuit() bool                       { return false }

// place keeps the lesson's scroll; the glossary, a document, keeps none
// (the root keeps the place of the screen it was opened from).
func (m readerModel) place() []progress.Write {
	if m.document || m.lesson == nil {
		return nil
	}
	pos := m.position()
	return []progress.Write{{Position: &pos}}
}

// place keeps the question the quiz is at.
func (m quizModel) place() []progress.Write {
	pos := m.position()
	return []progress.Write{{Position: &pos}}
}

// place keeps an answered card's rating.
func (m reviewModel) place() []progress.Write {
	if r, ok := m.pending(); ok {
		return []progress.Write{{Review: &r}}
	}
	return nil
}

// place records a check under way as cut off, not lost: else Ctrl+C
// would be a way to see the questions and start afresh.
func (m checkModel) place() []progress.Write {
	if w, ok := m.interrupted(); ok {
		return []progress.Write{w}
	}
	return nil
}

// place keeps a reflection being written.
func (m reflectModel) place() []progress.Write {
	if w, ok := m.unsaved(); ok {
		return []progress.Write{w}
	}
	return nil
}
