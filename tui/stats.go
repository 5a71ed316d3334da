package tui

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"ajar/lessons"
	"ajar/progress"
)

// statsKeyMap holds the statistics screen's bindings.
type statsKeyMap struct {
	Up, Down, Streak, NewCap, ReviewCap, Back key.Binding
}

// defaultStatsKeys returns the statistics bindings with help in language t.
func defaultStatsKeys(t *texts) statsKeyMap {
	return statsKeyMap{
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", t.keyUp)),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", t.keyDown)),
		Streak: key.NewBinding(key.WithKeys("r"), key.WithHelp("r", t.keyStreak)),
		// b for "baru" (new), u for "ulasan" (reviews); each cycles through
		// a few sensible caps rather than asking for a number.
		NewCap:    key.NewBinding(key.WithKeys("b"), key.WithHelp("b", t.keyNewCap)),
		ReviewCap: key.NewBinding(key.WithKeys("u"), key.WithHelp("u", t.keyReviewCap)),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.keyBack)),
	}
}

// ShortHelp implements help.KeyMap.
func (k statsKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Streak, k.NewCap, k.ReviewCap, k.Back}
}

// FullHelp implements help.KeyMap.
func (k statsKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down}, {k.Streak, k.NewCap, k.ReviewCap}, {k.Back}}
}

// glyphs are the characters of bars and the calendar. The block glyphs are
// in code page 437, so even old Windows consoles draw them; --ascii
// switches to plain ASCII for terminals that still cannot.
type glyphs struct {
	heat       []string // empty day, then rising activity
	future     string
	full, half string // bar cells
	barOn      rune   // progress bar fill
	barOff     rune
}

// newGlyphs picks Unicode block glyphs or ASCII.
func newGlyphs(ascii bool) glyphs {
	if ascii {
		return glyphs{heat: []string{".", ":", "+", "#", "@"}, future: " ", full: "#", half: ".", barOn: '#', barOff: '-'}
	}
	return glyphs{heat: []string{"·", "░", "▒", "▓", "█"}, future: " ", full: "█", half: "▄", barOn: '█', barOff: '░'}
}

// statsModel shows retention, mastery per module, a calendar of reviews,
// the due forecast and the study streak, all computed when it opens.
type statsModel struct {
	t       *texts
	st      *styles
	g       glyphs
	keys    statsKeyMap
	catalog *lessons.Catalog
	now     func() time.Time

	stats    progress.Stats
	settings progress.Settings
	out      outbox
	scroll   scroller
	width    int
	height   int
}

// newStatsModel builds an idle statistics screen.
func newStatsModel(c *lessons.Catalog, t *texts, st *styles, now func() time.Time, ascii bool) statsModel {
	return statsModel{t: t, st: st, g: newGlyphs(ascii), keys: defaultStatsKeys(t), catalog: c, now: now}
}

// open computes the statistics from the learner's cards and day counts
// (pure; it reads no review log, so years of reviews cost nothing more).
func (m statsModel) open(l *progress.Learner) statsModel {
	m.stats = l.Stats(m.now(), moduleGroup(m.catalog), moduleSizes(m.catalog))
	m.settings, m.scroll = l.Settings, scroller{}
	return m
}

// moduleSizes counts each module's review cards in the course: its
// lessons' questions and flashcards, which mastery is a share of.
func moduleSizes(c *lessons.Catalog) map[string]int {
	sizes := map[string]int{}
	for _, mod := range c.Modules {
		for _, l := range mod.Lessons {
			sizes[mod.ID] += len(l.Questions) + len(l.Flashcards)
		}
	}
	return sizes
}

// withSettings shows saved settings.
func (m statsModel) withSettings(s progress.Settings) statsModel {
	m.settings = s
	return m
}

// setSize tells the screen how much room it has.
func (m statsModel) setSize(w, h int) statsModel {
	m.width, m.height = w, h
	return m
}

// Update scrolls, toggles the streak, or goes back.
func (m statsModel) Update(msg tea.Msg) (statsModel, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	switch {
	case key.Matches(k, m.keys.Up):
		m.scroll = m.pageScroller(len(m.lines())).lineUp()
	case key.Matches(k, m.keys.Down):
		m.scroll = m.pageScroller(len(m.lines())).lineDown()
	case key.Matches(k, m.keys.Streak):
		// Some learners find a streak motivating, others stressful: it
		// is theirs to hide, and the choice is saved.
		m.settings.HideStreak = !m.settings.HideStreak
		return m.saveSettings(), nil
	case key.Matches(k, m.keys.NewCap):
		m.settings.NewPerDay = nextCap(newCaps(), m.settings.NewPerDay)
		return m.saveSettings(), nil
	case key.Matches(k, m.keys.ReviewCap):
		m.settings.ReviewsPerDay = nextCap(reviewCaps(), m.settings.ReviewsPerDay)
		return m.saveSettings(), nil
	case key.Matches(k, m.keys.Back):
		return m, emit(backMsg{})
	}
	return m, nil
}

// saveSettings asks to store the settings as shown.
func (m statsModel) saveSettings() statsModel {
	set := m.settings
	m.out, _ = m.out.add(screenStats, false, progress.Write{Settings: &set})
	return m
}

// newCaps are the new-card caps a learner can cycle through: five a day
// suits a busy week, fifty a study leave.
func newCaps() [5]int { return [5]int{5, 10, 20, 30, 50} }

// reviewCaps are the review caps a learner can cycle through.
func reviewCaps() [5]int { return [5]int{50, 100, 200, 500, 1000} }

// nextCap returns the cap after current in caps, wrapping around; a value
// not in the list moves to the first cap above it.
func nextCap(caps [5]int, current int) int {
	for _, c := range caps {
		if c > current {
			return c
		}
	}
	return caps[0]
}

// helpKeys offers scrolling only when the page is taller than the screen.
func (m statsModel) helpKeys() statsKeyMap {
	k := m.keys
	k.Up.SetEnabled(m.maxScroll() > 0)
	k.Down.SetEnabled(m.maxScroll() > 0)
	return k
}
