package tui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"

	"ajar/progress"
)

// The test learners' unique ids, as progress.NewProfileID makes them.
const (
	idAni  = "0a0a0a0a-0000-4000-8000-00000000a001"
	idBudi = "0b0b0b0b-0000-4000-8000-00000000b002"
)

func twoLearners() []progress.Profile {
	at := time.Date(2026, 1, 5, 8, 0, 0, 0, time.UTC)
	return []progress.Profile{{ID: idAni, Name: "Ani Lestari", EmployeeNumber: "198701012010012001", Created: at}, {ID: idBudi, Name: "Budi", Created: at}}
}

func newTestProfiles(t *testing.T, list []progress.Profile, active string) profilesModel {
	t.Helper()
	d, _ := newTestDeps(t)
	return newProfilesModel(testTexts(), testStyles(d), d.Now).setSize(80, 20).withProfiles(list, active)
}

// typeText sends each rune as a key press, as a person typing.
func typeText(m profilesModel, s string) profilesModel {
	for _, r := range s {
		m, _ = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return m
}

func TestProfilesChoose(t *testing.T) {
	m := newTestProfiles(t, twoLearners(), "")
	m, msgs := press(m, "down", "enter")
	c, ok := findMsg[chooseProfileMsg](msgs)
	if !ok || c.profile.ID != idBudi {
		t.Fatalf("enter chose %+v", c)
	}
	if _, msgs = press(m, "esc"); len(msgs) != 0 {
		t.Fatal("with nobody chosen yet, esc must not leave the picker")
	}
}

func TestProfilesCreate(t *testing.T) {
	m := newTestProfiles(t, twoLearners(), idAni)
	m, _ = press(m, "n")
	if !m.inputFocused() {
		t.Fatal("n must open the form with the name field focused")
	}
	m = typeText(m, "Citra Dewi")
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyTab})
	m = typeText(m, "1990 0101")
	_, msgs := press(m, "enter")
	save, ok := findMsg[saveProfileMsg](msgs)
	if !ok || save.profile.Name != "Citra Dewi" || save.profile.EmployeeNumber != "1990 0101" || save.profile.ID == "" || !save.choose {
		t.Fatalf("saved %+v", save)
	}
	if !save.profile.Created.Equal(testNow) {
		t.Fatalf("a new learner is created now, got %v", save.profile.Created)
	}
	if save.profile.ID == idAni || save.profile.ID == idBudi || !progress.IsUniqueID(save.profile.ID) {
		t.Fatal("a new learner must get a new id")
	}
}

func TestProfilesFormRefusesBadInput(t *testing.T) {
	tests := []struct{ name, nip, want string }{
		{"   ", "", "Nama wajib diisi"},
		{"budi", "", "sudah dipakai"},
		{"  BUDI ", "", "sudah dipakai"},
		{"Citra", "12a", "hanya boleh berisi angka"},
	}
	for _, tt := range tests {
		m := newTestProfiles(t, twoLearners(), idAni)
		m, _ = press(m, "n")
		m = typeText(m, tt.name)
		m, _ = m.Update(tea.KeyMsg{Type: tea.KeyTab})
		m = typeText(m, tt.nip)
		m, msgs := press(m, "enter")
		if len(msgs) != 0 || !strings.Contains(m.View(), tt.want) {
			t.Errorf("name %q nip %q: msgs %v, view:\n%s", tt.name, tt.nip, msgs, m.View())
		}
	}
}

func TestProfilesEditKeepsID(t *testing.T) {
	m := newTestProfiles(t, twoLearners(), idAni)
	m, _ = press(m, "e")
	m.name.SetValue("Ani L.")
	_, msgs := press(m, "enter")
	save, _ := findMsg[saveProfileMsg](msgs)
	if save.profile.ID != idAni || save.profile.Name != "Ani L." || save.choose || !save.profile.Created.Equal(twoLearners()[0].Created) {
		t.Fatalf("edit saved %+v", save)
	}
}

func TestProfilesDeleteAsksFirst(t *testing.T) {
	m := newTestProfiles(t, twoLearners(), idAni)
	m, msgs := press(m, "down", "d")
	if len(msgs) != 0 || !strings.Contains(m.View(), "Hapus pelajar Budi") {
		t.Fatalf("d must ask first:\n%s", m.View())
	}
	m, msgs = press(m, "n")
	if len(msgs) != 0 || m.mode != modeList {
		t.Fatal("n must cancel the delete")
	}
	_, msgs = press(m, "d", "y")
	del, ok := findMsg[deleteProfileMsg](msgs)
	if !ok || del.id != idBudi {
		t.Fatalf("y must delete the selected learner: %v", msgs)
	}
}

func TestProfilesFirstRunAsksForName(t *testing.T) {
	m := newTestProfiles(t, nil, "")
	if m.mode != modeForm {
		t.Fatal("with no learners the picker opens the form")
	}
	if _, msgs := press(m, "esc"); len(msgs) != 0 {
		t.Fatal("the first learner cannot be cancelled away")
	}
}

func TestProfilesView(t *testing.T) {
	golden.RequireEqual(t, newTestProfiles(t, twoLearners(), idAni).View())
}

// TestAppTwoLearnersKeepSeparateProgress runs two learners on one store:
// each sees only their own progress, and deleting one leaves the other.
func TestAppTwoLearnersKeepSeparateProgress(t *testing.T) {
	d, store := newTestDeps(t)
	for _, p := range twoLearners() {
		if err := store.SaveProfile(p); err != nil {
			t.Fatal(err)
		}
	}
	d.Profile, d.Profiles = "", twoLearners()
	m := startApp(t, d, 80, 24)
	if m.screen != screenProfiles || !strings.Contains(m.View(), "Siapa yang belajar?") {
		t.Fatalf("two learners must start with the picker:\n%s", m.View())
	}
	m, _ = drive(t, m, keyMsg("enter")) // Ani
	if v := m.View(); !strings.Contains(v, "Pelajar: Ani Lestari (p: ganti)") {
		t.Fatalf("home must name the learner:\n%s", v)
	}
	m, _ = drive(t, m, keyMsg("enter"), keyMsg("esc")) // Ani opens lesson 1
	m, _ = drive(t, m, keyMsg("p"), keyMsg("down"), keyMsg("enter"))
	if m.profile != idBudi || strings.Contains(m.View(), "[-] 1.") {
		t.Fatalf("Budi must not see Ani's progress:\n%s", m.View())
	}
	ani, _ := store.Snapshot(idAni)
	if ani.Lessons["l1"].OpenedAt.IsZero() {
		t.Fatal("Ani's opening of lesson 1 was not saved under Ani")
	}
	m, _ = drive(t, m, keyMsg("p"), keyMsg("up"), keyMsg("d"), keyMsg("y")) // delete Ani
	list, _ := store.Profiles()
	if len(list) != 1 || list[0].ID != idBudi {
		t.Fatalf("after deleting Ani: %+v", list)
	}
	if ani, _ = store.Snapshot(idAni); len(ani.Lessons) != 0 {
		t.Fatal("Ani's progress must go with her profile")
	}
	if m.profile != idBudi {
		t.Fatalf("deleting another learner must keep Budi active, got %q", m.profile)
	}
}

// TestAppCreateLearner adds a learner through the picker and the store.
func TestAppCreateLearner(t *testing.T) {
	d, store := newTestDeps(t)
	m := startApp(t, d, 80, 24)
	m, _ = drive(t, m, keyMsg("p")) // no learners stored yet: the form opens at once
	for _, r := range "Citra Dewi" {
		m, _ = drive(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	m, _ = drive(t, m, keyMsg("enter"))
	list, err := store.Profiles()
	if err != nil || len(list) != 1 || list[0].Name != "Citra Dewi" {
		t.Fatalf("profiles after creating one: %+v %v (status %q)", list, err, m.status)
	}
	if m.profile != list[0].ID || m.screen != screenHome || !strings.Contains(m.View(), "Pelajar: Citra Dewi") {
		t.Fatalf("the new learner must be active on the course map:\n%s", m.View())
	}
}
