package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"ajar/progress"
)

// openProfilesMsg asks to show the learner picker. Sent by home; handled by
// the root.
type openProfilesMsg struct{}

// chooseProfile switches to a learner: their progress replaces what the
// screens show. Saves still queued for the previous learner carry that
// learner's id, so nothing lands in the wrong profile.
func (m Model) chooseProfile(id string) (Model, tea.Cmd) {
	m.profile = id
	m.learner = nil
	m.home = newHomeModel(m.deps.Catalog, m.deps.Title, m.t, m.st).withName(m.learnerName()).withProblems(m.deps.Problems)
	m.screen = screenHome
	m, load := m.queue(saveJob{req: loadSnapshotMsg{profile: id}})
	m, cmd := m.resize()
	return m, tea.Batch(cmd, load)
}

// applyTo shows the learners after a save or delete. A deleted active
// learner sends the picker back to asking who is learning.
func (msg profilesLoadedMsg) applyTo(m Model) (Model, tea.Cmd) {
	active := m.profile
	found := false
	for _, p := range msg.list {
		found = found || p.ID == active
	}
	if !found {
		active = ""
	}
	m.profile = active
	m.profiles = m.profiles.withProfiles(msg.list, active)
	if msg.choose != "" {
		return m.chooseProfile(msg.choose)
	}
	if active == "" {
		m.learner = nil
		m.screen = screenProfiles
	} else {
		m.home = m.home.withName(m.learnerName())
	}
	return m, nil
}

// applyTo shows the learner's progress on the screens that show it, then
// starts counting what comes due and, after the first load, the file's
// integrity check.
func (msg snapshotLoadedMsg) applyTo(m Model) (Model, tea.Cmd) {
	if msg.snap.Profile != m.profile {
		return m, nil // a learner switched away from while loading
	}
	m.learner = progress.NewLearnerOf(msg.snap, m.showable)
	m.home = m.home.withLearner(m.learner, m.deps.Now())
	m.stats = m.stats.withSettings(m.learner.Settings)
	m, refresh := m.refreshCmd()
	if !m.verifying {
		m.verifying = true
		return m, tea.Batch(refresh, m.verifyCmd())
	}
	return m, refresh
}

// applyTo says at once when the progress file was found damaged; from
// then on nothing more is written to it.
func (msg verifiedMsg) applyTo(m Model) (Model, tea.Cmd) {
	if msg.err != nil {
		m.damaged, m.status = true, m.t.storeError(msg.err)
	}
	return m, nil
}

// learnerName is the active learner's name, or "" for the first learner
// before they give one.
func (m Model) learnerName() string {
	for _, p := range m.profiles.list {
		if p.ID == m.profile && !p.Unnamed() {
			return p.Name
		}
	}
	return ""
}

// activeHasProgress reports whether the learner at the keyboard has any
// progress, as far as their snapshot says (unknown before it has loaded,
// which counts as yes: the picker then asks rather than assumes).
func (m Model) activeHasProgress() bool {
	return m.learner == nil || m.learner.HasProgress()
}
