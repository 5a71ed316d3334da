package tui

import tea "github.com/charmbracelet/bubbletea"

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
	m, load := m.queue(saveJob{run: loadSnapshotCmd(m.deps.Store, id)})
	m, cmd := m.resize()
	return m, tea.Batch(cmd, load)
}

// profilesChanged shows the learners after a save or delete. A deleted
// active learner sends the picker back to asking who is learning.
func (m Model) profilesChanged(msg profilesLoadedMsg) (Model, tea.Cmd) {
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
