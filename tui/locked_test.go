package tui

import (
	"strings"
	"testing"

	"ajar/progress"
)

// TestLockedHasNoPicker: a class session has one learner. p does
// nothing and the help does not offer it, the course map shows no way to
// switch, and no request reaches the picker or changes the learners.
func TestLockedHasNoPicker(t *testing.T) {
	d, store := newTestDeps(t)
	d.Locked = true
	m := startApp(t, d, 80, 24)
	if m.screen != screenHome {
		t.Fatalf("a class session starts on screen %d, want the course map", m.screen)
	}
	for _, group := range m.helpKeys().FullHelp() {
		for _, b := range group {
			if b.Enabled() && b.Help().Key == "p" {
				t.Errorf("the help offers p (%s)", b.Help().Desc)
			}
		}
	}
	if strings.Contains(m.View(), "p: ganti") {
		t.Errorf("the course map offers switching:\n%s", m.View())
	}
	before := m.View()
	m, msgs := drive(t, m, keyMsg("p"))
	if m.screen != screenHome || m.View() != before || len(msgs) > 1 {
		t.Fatalf("p acted: screen %d, %v", m.screen, msgs)
	}
	profiles, _ := store.Profiles()
	m, _ = drive(t, m, openProfilesMsg{}, chooseProfileMsg{profile: progress.Profile{ID: "x"}},
		saveProfileMsg{profile: progress.Profile{ID: "x", Name: "Budi"}, choose: true}, deleteProfileMsg{id: d.Profile})
	if m.screen != screenHome || m.profile != d.Profile {
		t.Errorf("picker requests moved to screen %d, learner %q", m.screen, m.profile)
	}
	if after, _ := store.Profiles(); len(after) != len(profiles) {
		t.Errorf("learners changed in a class session: %+v, were %+v", after, profiles)
	}
	if _, msgs := drive(t, m, keyMsg("q")); !hasQuit(msgs) {
		t.Error("q does not end a class session")
	}
}

// TestUnlockedStillSwitches: outside a class, the picker is as before.
func TestUnlockedStillSwitches(t *testing.T) {
	d, _ := newTestDeps(t)
	m := startApp(t, d, 80, 24)
	if m, _ = drive(t, m, keyMsg("p")); m.screen != screenProfiles {
		t.Fatalf("p opened screen %d, want the picker", m.screen)
	}
}

// TestLockedHelpListsOnlyKeysThatWork: as TestHelpListsOnlyKeysThatWork,
// on a class session's course map: each key its help offers does
// something.
func TestLockedHelpListsOnlyKeysThatWork(t *testing.T) {
	reach := func() Model {
		d, _ := newTestDeps(t)
		d.Locked = true
		return startApp(t, d, 80, 24)
	}
	m := reach()
	for _, group := range m.helpKeys().FullHelp() {
		for _, b := range group {
			if !b.Enabled() || b.Help().Key == m.keys.Help.Help().Key || b.Help().Key == m.keys.Quit.Help().Key {
				continue
			}
			k := b.Keys()[0]
			if !acts(t, reach(), k) && !acts(t, afterStep(t, reach(), "down"), k) && !acts(t, afterStep(t, reach(), "up"), k) {
				t.Errorf("the help offers %q (%s) but pressing %q does nothing", b.Help().Key, b.Help().Desc, k)
			}
		}
	}
}
