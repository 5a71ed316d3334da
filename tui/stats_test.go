package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"ajar/progress"
)

// statsSnapshot has a few weeks of reviews and cards in two modules.
func statsSnapshot() progress.Snapshot {
	s := dueSnapshot()
	s.Days = progress.Days{}
	day := 24 * time.Hour
	for i := range 40 {
		at := testNow.Add(-time.Duration(i%12) * day).Add(-time.Duration(i) * time.Minute)
		r := progress.Good
		if i%4 == 0 {
			r = progress.Again
		}
		// Each is a scheduled review of a card already learned.
		d := s.Days[progress.StudyDay(at)]
		d.Old++
		if i%2 == 0 {
			d.Due++
			if r != progress.Again {
				d.DuePassed++
			}
		}
		s.Days[progress.StudyDay(at)] = d
	}
	return s
}

func newTestStats(t *testing.T, w, h int, ascii bool) statsModel {
	t.Helper()
	d, _ := newTestDeps(t)
	return newStatsModel(d.Catalog, testTexts(), testStyles(d), d.Now, ascii).setSize(w, h).open(progress.NewLearner(statsSnapshot()))
}

func TestStatsShowsFigures(t *testing.T) {
	v := newTestStats(t, 100, 40, false).View()
	for _, want := range []string{"Retensi 30 hari: 50% dari 20 ulasan", "Runtun: 12 hari", "1 Modul Satu", "2 Modul Dua", "█", "Hari ini 3, total 4 kartu"} {
		if !strings.Contains(v, want) {
			t.Errorf("statistics lack %q:\n%s", want, v)
		}
	}
}

func TestStatsStreakCanBeHidden(t *testing.T) {
	m := newTestStats(t, 100, 40, false)
	m, msgs := press(m, "r")
	save, ok := findMsg[saveSettingsMsg](msgs)
	if !ok || !save.settings.HideStreak {
		t.Fatal("r must save HideStreak")
	}
	if strings.Contains(m.View(), "Runtun") {
		t.Fatal("a hidden streak is still shown")
	}
	m, _ = m.Update(keyMsg("r"))
	if !strings.Contains(m.View(), "Runtun") {
		t.Fatal("r again must show the streak")
	}
}

func TestStatsASCII(t *testing.T) {
	v := newTestStats(t, 100, 40, true).View()
	for _, r := range v {
		if r > 127 && !strings.ContainsRune("…·", r) {
			t.Fatalf("--ascii statistics contain %q:\n%s", r, v)
		}
	}
}

func TestStatsView(t *testing.T) {
	for _, w := range []int{60, 80, 100} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			golden.RequireEqual(t, newTestStats(t, w, 40, false).View())
		})
	}
	t.Run("ascii", func(t *testing.T) {
		golden.RequireEqual(t, newTestStats(t, 80, 40, true).View())
	})
}

func TestStatsCapsCycle(t *testing.T) {
	m := newTestStats(t, 100, 40, false)
	if !strings.Contains(m.View(), "20 kartu baru") || !strings.Contains(m.View(), "200 ulasan") {
		t.Fatalf("default caps not shown:\n%s", m.View())
	}
	m, msgs := press(m, "b")
	save, ok := findMsg[saveSettingsMsg](msgs)
	if !ok || save.settings.NewPerDay != 30 || save.settings.ReviewsPerDay != 200 {
		t.Fatalf("b saved %+v", save.settings)
	}
	m, msgs = press(m, "b", "b")
	if save, _ = findMsg[saveSettingsMsg](msgs); save.settings.NewPerDay != 5 {
		t.Fatalf("the cap must wrap around to 5, got %d", save.settings.NewPerDay)
	}
	_, msgs = press(m, "u")
	if save, _ = findMsg[saveSettingsMsg](msgs); save.settings.ReviewsPerDay != 500 {
		t.Fatalf("u saved %+v", save.settings)
	}
}
