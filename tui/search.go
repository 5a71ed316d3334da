package tui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"ajar/lessons"
	"ajar/progress"
)

// searchLimit caps the hits listed: past it the learner is asked to
// narrow the search, and a word found everywhere costs no more.
const searchLimit = 200

// searchKeyMap holds the course search's bindings. The field always has
// focus, so letters are typed: the list moves with the arrows only.
type searchKeyMap struct {
	Up, Down, PageUp, PageDown, Open, Back key.Binding
}

// defaultSearchKeys returns the course search's bindings with help in
// language t.
func defaultSearchKeys(t *texts) searchKeyMap {
	return searchKeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑", t.keyUp)),
		Down:     key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓", t.keyDown)),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", t.keyPageUp)),
		PageDown: key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", t.keyPageDown)),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.keyOpenHit)),
		Back:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.keyBack)),
	}
}

// ShortHelp implements help.KeyMap.
func (k searchKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Open, k.Back}
}

// FullHelp implements help.KeyMap.
func (k searchKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown}, {k.Open, k.Back}}
}

// searchModel is the course search, opened with / from the course map:
// the hits of what is typed in lesson titles, objectives, lesson text
// and the glossary, listed as the learner types; Enter opens one at its
// place.
type searchModel struct {
	t       *texts
	st      *styles
	keys    searchKeyMap
	catalog *lessons.Catalog
	// index is built once, off the UI loop, the first time the screen
	// opens (BenchmarkCourseIndex: tens of milliseconds); nil until then.
	index    *courseIndex
	building bool
	field    *textinput.Model // a pointer: the root model stays small
	hits     []courseHit
	more     bool // hits past searchLimit were left out
	cursor   int
	width    int
	height   int
}

// searchIndexMsg carries the course index, built by buildIndexCmd.
type searchIndexMsg struct{ index *courseIndex }

// openSearchMsg asks to open the course search. Sent by home.
type openSearchMsg struct{}

// openHitMsg asks to open a hit of the course search: the lesson in the
// reader, or the glossary, at the hit with query marked.
type openHitMsg struct {
	hit   courseHit
	query string
}

// newSearchModel builds the course search for a catalog, its index not
// yet built.
func newSearchModel(c *lessons.Catalog, t *texts, st *styles) searchModel {
	f := textField(st, 80)
	f.Prompt = "/"
	f.Placeholder = t.searchPlaceholder
	return searchModel{t: t, st: st, keys: defaultSearchKeys(t), catalog: c, field: f}
}

// open shows the search with the field empty and focused, and starts
// building the index if it is not there yet.
func (m searchModel) open() (searchModel, tea.Cmd) {
	m.field.SetValue("")
	m.hits, m.more, m.cursor = nil, false, 0
	cmd := m.field.Focus()
	if m.index == nil && !m.building {
		m.building = true
		c, module, glossary := m.catalog, m.t.module, m.t.glossary
		build := func() tea.Msg { return searchIndexMsg{index: newCourseIndex(c, module, glossary)} }
		cmd = tea.Batch(cmd, build)
	}
	return m, cmd
}

// withIndex takes the built index and searches what was typed meanwhile.
func (m searchModel) withIndex(ix *courseIndex) searchModel {
	m.index, m.building = ix, false
	return m.refresh()
}

// refresh searches the field's text again.
func (m searchModel) refresh() searchModel {
	m.hits, m.more, m.cursor = nil, false, 0
	if m.index != nil {
		m.hits, m.more = m.index.search(m.field.Value(), searchLimit)
	}
	return m
}

// Update types into the field, moves through the hits, opens one, or
// goes back.
func (m searchModel) Update(msg tea.Msg) (searchModel, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	switch {
	case key.Matches(k, m.keys.Back):
		m.field.Blur()
		return m, emit(backMsg{})
	case key.Matches(k, m.keys.Open):
		if m.cursor < len(m.hits) {
			return m, emit(openHitMsg{hit: m.hits[m.cursor], query: m.field.Value()})
		}
		return m, nil
	case key.Matches(k, m.keys.Up):
		m.cursor = max(m.cursor-1, 0)
		return m, nil
	case key.Matches(k, m.keys.Down):
		m.cursor = max(min(m.cursor+1, len(m.hits)-1), 0)
		return m, nil
	case key.Matches(k, m.keys.PageUp):
		m.cursor = max(m.cursor-m.pageHits(), 0)
		return m, nil
	case key.Matches(k, m.keys.PageDown):
		m.cursor = max(min(m.cursor+m.pageHits(), len(m.hits)-1), 0)
		return m, nil
	}
	before := m.field.Value()
	field, cmd := m.field.Update(k)
	*m.field = field
	if m.field.Value() != before {
		m = m.refresh()
	}
	return m, cmd
}

// helpKeys offers moving and opening only when there are hits.
func (m searchModel) helpKeys() searchKeyMap {
	k := m.keys
	many := len(m.hits) > 1
	for _, b := range []*key.Binding{&k.Up, &k.Down, &k.PageUp, &k.PageDown} {
		b.SetEnabled(many)
	}
	k.PageUp.SetEnabled(many && len(m.hits) > m.pageHits())
	k.PageDown.SetEnabled(many && len(m.hits) > m.pageHits())
	k.Open.SetEnabled(len(m.hits) > 0)
	return k
}

// The page methods of the course search.

func (m searchModel) fit(w, h int) (searchModel, tea.Cmd) {
	m.width, m.height = w, h
	m.field.Width = max(w-4, 10)
	return m, nil
}
func (m searchModel) keyMap() screenKeys      { return m.helpKeys() }
func (m searchModel) inputFocused() bool      { return true }
func (m searchModel) ownsQuit() bool          { return false }
func (m searchModel) place() []progress.Write { return nil }

// openSearch shows the course search.
func (m Model) openSearch() (Model, tea.Cmd) {
	var cmd tea.Cmd
	m.search, cmd = m.search.open()
	m.screen = screenSearch
	return m, cmd
}

// openHit opens a hit of the course search at its place: a lesson in the
// reader at the hit's match (at the top for a title or an objective),
// with what was searched for marked and n going on from there; a
// glossary hit in the glossary. From either, Esc comes back to the hits.
func (m Model) openHit(msg openHitMsg) (Model, tea.Cmd) {
	h := msg.hit
	nth := h.nth
	if h.kind == hitTitle || h.kind == hitObjective {
		nth = -1
	}
	if h.kind == hitGlossary {
		m, cmd := m.openGlossary()
		m.glossary = m.glossary.searchFor(msg.query, nth)
		return m, cmd
	}
	m, cmd := m.openLesson(openLessonMsg{lessonID: h.lesson.ID})
	if m.screen == screenReader {
		m.reader = m.reader.searchFor(msg.query, nth)
		m.readerFrom = screenSearch
	}
	return m, cmd
}
