package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// refreshMsg asks the root to count again what is due, as time passes.
// Sent by refreshAfter; handled by the root.
type refreshMsg struct{}

// refreshEvery is how often the course map counts again what is due
// while ajar is open and nothing is due sooner.
const refreshEvery = time.Minute

// refreshCmd waits until the course map's count may change (a learning
// step falling due, or a minute, which also brings the new study day at
// 04:00) and asks to count again. Only one wait runs at a time; none runs
// when Deps.NoRefresh is set.
func (m Model) refreshCmd() (Model, tea.Cmd) {
	if m.refreshing || m.deps.NoRefresh || m.learner == nil {
		return m, nil
	}
	now := m.deps.Now()
	wait := refreshEvery
	if next := m.learner.NextDue(now); !next.IsZero() && next.Sub(now) < wait {
		wait = max(next.Sub(now), time.Second)
	}
	m.refreshing = true
	return m, tea.Tick(wait, func(time.Time) tea.Msg { return refreshMsg{} })
}

// refreshed counts again what is due now and waits for the next change.
func (m Model) refreshed() (Model, tea.Cmd) {
	m.refreshing = false
	if m.learner != nil {
		m.home = m.home.withLearner(m.learner, m.deps.Now())
	}
	return m.refreshCmd()
}
