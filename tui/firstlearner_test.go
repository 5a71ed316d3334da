package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"ajar/progress"
)

// Issue 10, item 4: on a PC one person used, that person learns as the
// unnamed first learner; when they add themselves with p, n and their
// name, their progress must stay theirs, not sit under "Pelajar pertama"
// while they start again.

// studiedFirstLearner starts the app on a fresh store whose first learner
// has opened lesson 1, and returns it on the course map.
func studiedFirstLearner(t *testing.T) (Model, *progress.MemStore, string) {
	t.Helper()
	d, store := newTestDeps(t)
	m := startApp(t, d, 80, 24)
	m, _ = drive(t, m, keyMsg("enter"), keyMsg("esc")) // open lesson 1, back
	if snap, _ := store.Snapshot(d.Profile); snap.Lessons["l1"].OpenedAt.IsZero() {
		t.Fatal("opening lesson 1 was not saved")
	}
	return m, store, d.Profile
}

func TestAppFirstLearnerKeepsTheirProgressWhenNamed(t *testing.T) {
	m, store, first := studiedFirstLearner(t)
	m, _ = drive(t, m, keyMsg("p"))
	if m.profiles.mode != modeWhose || !strings.Contains(m.View(), "Apakah itu kemajuan Anda?") {
		t.Fatalf("p with unnamed progress must ask whose it is:\n%s", m.View())
	}
	m, _ = drive(t, m, keyMsg("y"))
	if v := m.View(); !strings.Contains(v, "Siapa nama Anda?") || !strings.Contains(v, "tetap milik Anda") {
		t.Fatalf("y must open the form that names the first learner:\n%s", v)
	}
	m = typeInto(t, m, "Ani Lestari")
	m, _ = drive(t, m, keyMsg("enter"))
	list, _ := store.Profiles()
	if len(list) != 1 || list[0].ID != first || list[0].Name != "Ani Lestari" || !list[0].Created.Equal(testNow) {
		t.Fatalf("after naming: %+v, want the first learner %s named Ani Lestari, created now", list, first)
	}
	if m.profile != first || m.screen != screenHome || !strings.Contains(m.View(), "Pelajar: Ani Lestari") || !strings.Contains(m.View(), "[-] 1.") {
		t.Fatalf("Ani must be on the course map with her progress (lesson 1 opened):\n%s", m.View())
	}
}

func TestAppColleagueStartsAfreshBesideTheUnnamedProgress(t *testing.T) {
	m, store, first := studiedFirstLearner(t)
	m, _ = drive(t, m, keyMsg("p"), keyMsg("n"))
	if v := m.View(); !strings.Contains(v, "Pelajar baru") {
		t.Fatalf("n must open the new learner form:\n%s", v)
	}
	m = typeInto(t, m, "Budi")
	m, _ = drive(t, m, keyMsg("enter"))
	list, _ := store.Profiles()
	if len(list) != 2 || list[0].Name != "Budi" || list[0].ID == first || !list[1].Unnamed() || list[1].ID != first {
		t.Fatalf("after adding Budi: %+v, want Budi and the unnamed first learner", list)
	}
	if m.profile != list[0].ID || strings.Contains(m.View(), "[-] 1.") {
		t.Fatalf("Budi must start with nothing:\n%s", m.View())
	}
	m, _ = drive(t, m, keyMsg("p"))
	if v := m.View(); !strings.Contains(v, "Pelajar pertama (tekan e untuk memberi nama)") {
		t.Fatalf("the first learner's progress must be reachable in the picker:\n%s", v)
	}
	// Esc from the question goes back to the list.
	m, _ = drive(t, m, keyMsg("n"))
	if m.profiles.mode != modeWhose {
		t.Fatalf("adding a learner while the unnamed progress is listed asks again:\n%s", m.View())
	}
	m, _ = drive(t, m, keyMsg("esc"))
	if m.profiles.mode != modeList || m.screen != screenProfiles {
		t.Fatalf("esc must go back to the list:\n%s", m.View())
	}
}

func TestAppFirstLearnerWithoutProgressIsNamedAtOnce(t *testing.T) {
	d, store := newTestDeps(t)
	m := startApp(t, d, 80, 24)
	m, _ = drive(t, m, keyMsg("p"))
	if v := m.View(); !strings.Contains(v, "Siapa nama Anda?") {
		t.Fatalf("with nothing learned yet, p names the learner at once:\n%s", v)
	}
	m, _ = drive(t, m, keyMsg("esc"))
	if m.screen != screenHome {
		t.Fatalf("esc must go back to the course map:\n%s", m.View())
	}
	m, _ = drive(t, m, keyMsg("p"))
	m = typeInto(t, m, "Citra")
	m, _ = drive(t, m, keyMsg("enter"))
	if list, _ := store.Profiles(); len(list) != 1 || list[0].ID != d.Profile || list[0].Name != "Citra" {
		t.Fatalf("profiles: %+v, want the first learner named Citra", list)
	}
}

// TestAppPickerClaimsTheUnnamedProgress: several learners, the picker at
// start, and the unnamed first learner in the list; who adds themselves
// and says it is theirs learns as the first learner from then on.
func TestAppPickerClaimsTheUnnamedProgress(t *testing.T) {
	d, store := newTestDeps(t)
	first := d.Profile
	if err := store.OpenLesson(first, "l1", testNow.Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := store.SaveProfile(twoLearners()[1]); err != nil {
		t.Fatal(err)
	}
	d.Profile, d.Profiles = "", nil
	d.Profiles, _ = store.Profiles()
	m := startApp(t, d, 80, 24)
	m, _ = drive(t, m, keyMsg("n"), keyMsg("y"))
	m = typeInto(t, m, "Dewi")
	m, _ = drive(t, m, keyMsg("enter"))
	if m.profile != first || m.screen != screenHome || !strings.Contains(m.View(), "Pelajar: Dewi") || !strings.Contains(m.View(), "[-] 1.") {
		t.Fatalf("Dewi must learn as the first learner, with lesson 1 opened:\n%s", m.View())
	}
}

func TestProfilesWhoseView(t *testing.T) {
	m := newTestProfiles(t, []progress.Profile{{ID: idAni, Name: progress.DefaultProfile}, twoLearners()[1]}, idBudi)
	m, _ = press(m, "n")
	golden.RequireEqual(t, m.View())
}
