package main

import (
	"errors"
	"strings"
	"testing"

	"ajar/progress"
	"ajar/tui"
)

// TestTutorAndReportFindTheSameLearner: --profile finds a learner the same
// way when starting the tutor and in a report (progress.FindProfile): a
// name ignoring case and spacing, and a name before an old id that
// someone else's name now spells.
func TestTutorAndReportFindTheSameLearner(t *testing.T) {
	// Budi's id from before unique ids was "ani"; Ani joined later.
	budi := progress.Profile{ID: "u-budi", Name: "Budi", Alias: "ani"}
	ani := progress.Profile{ID: "u-ani", Name: "Ani"}
	list := []progress.Profile{budi, ani}
	resolve := func(ref string) string {
		if ref == "ani" {
			return "u-budi"
		}
		return ref
	}
	for _, c := range []struct{ ref, want string }{
		{"ani", "u-ani"},
		{"u-budi", "u-budi"},
		{"BUDI", "u-budi"},
	} {
		got, err := chooseProfile(list, c.ref, tui.Indonesian, resolve)
		if err != nil || got != c.want {
			t.Errorf("tutor --profile %s = %q %v, want %q", c.ref, got, err, c.want)
		}
		sel, err := selectProfiles(list, c.ref, resolve(c.ref), false, tui.Indonesian)
		if err != nil || len(sel) != 1 || sel[0].ID != c.want {
			t.Errorf("report --profile %s = %v %v, want %q", c.ref, sel, err, c.want)
		}
	}
	lestari := []progress.Profile{{ID: "u-ani", Name: "Ani Lestari"}, budi}
	if got, err := chooseProfile(lestari, "ani  lestari", tui.Indonesian, nil); err != nil || got != "u-ani" {
		t.Errorf("tutor: inner spaces must not matter, got %q %v", got, err)
	}
	if sel, err := selectProfiles(lestari, "ani  lestari", "", false, tui.Indonesian); err != nil || len(sel) != 1 || sel[0].ID != "u-ani" {
		t.Errorf("report: inner spaces must not matter, got %v %v", sel, err)
	}
}

// TestSameNameIsNoGuess: when a file holds two learners of one name,
// --profile with that name refuses rather than record one person's
// progress as another's: the tutor says how to rename one, the report
// points to --all.
func TestSameNameIsNoGuess(t *testing.T) {
	list := []progress.Profile{{ID: "u-ani1", Name: "Ani"}, {ID: "u-ani2", Name: "ani"}}
	_, err := chooseProfile(list, "ANI", tui.English, nil)
	var ex exitError
	if !errors.As(err, &ex) || ex.code != 2 || !strings.Contains(ex.msg, `several learners in this file are named "ANI"`) ||
		!strings.Contains(ex.msg, "press e in the list of learners") {
		t.Errorf("tutor: got %v; want exit 2 saying how to rename one", err)
	}
	_, err = selectProfiles(list, "ANI", "ANI", false, tui.Indonesian)
	if !errors.As(err, &ex) || ex.code != 2 || !strings.Contains(ex.msg, `bernama "ANI"; laporkan semuanya dengan --all`) {
		t.Errorf("report: got %v; want exit 2 pointing to --all", err)
	}
}
