package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"ajar/progress"
)

// The first learner of a PC learns without a name until they give one.
// Whoever adds a learner while that unnamed progress exists is asked first
// whether it is theirs: the one learner of a PC who then "adds" themselves
// gives their name to their own progress instead of starting again beside
// it (issue 10: their progress seemed gone, listed as "Pelajar pertama"),
// and a colleague starts afresh, leaving it to its owner. With no progress
// to lose, adding oneself simply names the first learner.

// withActiveProgress tells the picker whether the active learner has any
// progress, which the root knows from their snapshot.
func (m profilesModel) withActiveProgress(has bool) profilesModel {
	m.activeProgress = has
	return m
}

// unnamedFirst returns the first learner if they were never named, and
// whether they have progress. The list shows them once they have some;
// the active learner missing from the list is them too, since every
// other learner has a record (their progress may be newer than the list).
func (m profilesModel) unnamedFirst() (p progress.Profile, ok, hasProgress bool) {
	for _, q := range m.list {
		if q.Unnamed() {
			return q, true, true
		}
		if q.ID == m.active {
			ok = true // the active learner is listed: not an unlisted first one
		}
	}
	if m.active == "" || ok {
		return progress.Profile{}, false, false
	}
	return progress.Profile{ID: m.active, Name: progress.DefaultProfile}, true, m.activeProgress
}

// newLearner starts adding a learner. While the first learner has no
// name, adding one asks whose their progress is; with nothing to lose, the
// person simply names the first learner, which is the same person at the
// keyboard of a PC they alone used.
func (m profilesModel) newLearner() (profilesModel, tea.Cmd) {
	first, ok, has := m.unnamedFirst()
	switch {
	case !ok:
		return m.openForm(progress.Profile{}), nil
	case !has:
		return m.claimFirst(first), nil
	}
	m.mode, m.editing = modeWhose, first.ID
	return m, nil
}

// claimFirst opens the form that names the unnamed first learner for the
// person at the keyboard.
func (m profilesModel) claimFirst(first progress.Profile) profilesModel {
	m = m.openForm(first)
	m.claim = true
	return m
}

// handleWhoseKey takes the answer to "is the unnamed progress yours?".
func (m profilesModel) handleWhoseKey(k tea.KeyMsg) (profilesModel, tea.Cmd) {
	switch {
	case key.Matches(k, m.keys.Mine):
		return m.claimFirst(progress.Profile{ID: m.editing, Name: progress.DefaultProfile}), nil
	case key.Matches(k, m.keys.NotMine):
		return m.openForm(progress.Profile{}), nil
	case key.Matches(k, m.keys.Cancel):
		return m.cancel()
	}
	return m, nil
}
