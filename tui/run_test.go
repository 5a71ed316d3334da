package tui

import (
	"testing"
	"time"

	"ajar/progress"
)

// TestPreloadSnapshot: with a learner chosen, their progress is read ahead
// and handed over once; without one (the picker will ask) nothing is read.
func TestPreloadSnapshot(t *testing.T) {
	st := progress.NewMemStore()
	if preloadSnapshot(st, "") != nil {
		t.Fatal("a preload started before anyone was chosen")
	}
	id := progress.NewProfileID()
	if err := st.SaveProfile(progress.Profile{ID: id, Name: "Ani", Created: time.Unix(1, 0)}); err != nil {
		t.Fatal(err)
	}
	if err := st.OpenLesson(id, "l1", time.Unix(2, 0)); err != nil {
		t.Fatal(err)
	}
	snap, err := preloadSnapshot(st, id)()
	if err != nil || snap.Profile != id || snap.Lessons["l1"].OpenedAt.IsZero() {
		t.Fatalf("preloaded %+v, %v", snap, err)
	}
}
