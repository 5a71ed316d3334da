package progress

import (
	"errors"
	"strings"
	"sync"
	"testing"
)

// The profile part of testStoreContract: learners' records, the legacy
// default profile, renames and deletion, run against both stores.

func profilesOf(t *testing.T, s testStore) []Profile {
	t.Helper()
	list, err := s.Profiles()
	if err != nil {
		t.Fatalf("Profiles: %v", err)
	}
	return list
}

// legacyDefault is how Profiles lists progress saved before profiles existed.
func legacyDefault() Profile { return Profile{ID: DefaultProfile, Name: DefaultProfile} }

// learner is a valid new profile created at at(min).
func learner(id, name string, min int) Profile {
	return Profile{ID: id, Name: name, Created: at(min)}
}

// fillProfile writes some of every kind of progress to profile.
func fillProfile(t *testing.T, s testStore, profile string) {
	t.Helper()
	mustNil(t, s.OpenLesson(profile, "l1", at(0)))
	saveAnswer(t, s, profile, Answer{LessonID: "l1", QuestionID: "q1", Given: "A", At: at(1)})
	if _, err := s.CompleteLesson(profile, Result{LessonID: "l1", Correct: 1, Total: 1, At: at(2),
		NewCards: []CardRecord{{ID: "f9", Kind: KindFlashcard, LessonID: "l1"}}}); err != nil {
		t.Fatal(err)
	}
	saveReviewOf(t, s, profile, quizReview("q2", Good, testCard(3, 3), 3, "B"))
	saveReviewOf(t, s, profile, flashReview("f1", Easy, testCard(5, 4), 4))
	mustNil(t, s.SaveSettings(profile, Settings{NewPerDay: 5, ReviewsPerDay: 50}))
	mustNil(t, s.SaveCheck(profile, checkOf("m1", 1, 2, 5)))
}

func testProfileContract(t *testing.T, newStore func(t *testing.T) testStore) {
	t.Run("EmptyStoreListsNothing", func(t *testing.T) {
		t.Parallel()
		list := profilesOf(t, newStore(t))
		if list == nil || len(list) != 0 {
			t.Errorf("Profiles = %#v, want empty non-nil", list)
		}
	})
	t.Run("LegacyDefaultIsListed", func(t *testing.T) { t.Parallel(); testLegacyDefault(t, newStore) })

	t.Run("CreateRenameAndSort", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		mustNil(t, s.SaveProfile(Profile{ID: "budi", Name: "  budi   Santoso ", EmployeeNumber: " 19800101 200501 1 001 ", Created: at(1)}))
		mustNil(t, s.SaveProfile(learner("dewi", "Dewi", 2)))
		mustNil(t, s.SaveProfile(learner("ani", "Ani", 3)))
		mustNil(t, s.SaveProfile(learner("citra", "citra", 4)))
		budi := Profile{ID: "budi", Name: "budi Santoso", EmployeeNumber: "19800101 200501 1 001", Created: at(1)}
		assertEqual(t, "sorted, normalized", profilesOf(t, s), []Profile{
			learner("ani", "Ani", 3), budi, learner("citra", "citra", 4), learner("dewi", "Dewi", 2)})

		// A rename keeps the ID and the creation time, whatever is passed.
		mustNil(t, s.SaveProfile(Profile{ID: "ani", Name: "Zaskia", EmployeeNumber: "42", Created: at(50)}))
		// Changing only the case of one's own name is no clash.
		mustNil(t, s.SaveProfile(Profile{ID: "budi", Name: "Budi Santoso", Created: at(1)}))
		budi.Name, budi.EmployeeNumber = "Budi Santoso", ""
		assertEqual(t, "after renames", profilesOf(t, s), []Profile{
			budi, learner("citra", "citra", 4), learner("dewi", "Dewi", 2),
			{ID: "ani", Name: "Zaskia", EmployeeNumber: "42", Created: at(3)}})
		// The old name is free again.
		mustNil(t, s.SaveProfile(learner("ani-2", "Ani", 5)))
	})

	t.Run("DuplicateNamesRefused", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		mustNil(t, s.SaveProfile(learner("ani", "Ani Lestari", 0)))
		mustNil(t, s.SaveProfile(learner("budi", "Budi", 1)))
		before := profilesOf(t, s)
		for _, name := range []string{"Ani Lestari", "ani lestari", "ANI LESTARI", "  Ani Lestari  ", "Ani   Lestari", "ani\tlestari"} {
			if err := s.SaveProfile(learner("other", name, 2)); !errors.Is(err, ErrInvalid) {
				t.Errorf("new profile named %q: %v, want ErrInvalid", name, err)
			}
			if err := s.SaveProfile(learner("budi", name, 1)); !errors.Is(err, ErrInvalid) {
				t.Errorf("renaming budi to %q: %v, want ErrInvalid", name, err)
			}
		}
		assertEqual(t, "profiles after refused saves", profilesOf(t, s), before)
	})

	t.Run("Validation", func(t *testing.T) { t.Parallel(); testProfileValidation(t, newStore) })
	t.Run("Delete", func(t *testing.T) { t.Parallel(); testDeleteProfile(t, newStore) })

	t.Run("ProfilesAreIsolated", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		mustNil(t, s.SaveProfile(learner("ani", "Ani", 0)))
		mustNil(t, s.SaveProfile(learner("budi", "Budi", 0)))
		fillProfile(t, s, "ani")
		// A record is no progress, and progress belongs to one profile.
		assertEqual(t, "budi", snapshot(t, s, "budi"), newSnapshot("budi"))
		if len(answerLog(t, s, "budi")) != 0 {
			t.Error("budi has ani's answers")
		}
		// ani's progress does not make the default listed.
		assertEqual(t, "profiles", profilesOf(t, s), []Profile{learner("ani", "Ani", 0), learner("budi", "Budi", 0)})
	})

	t.Run("ConcurrentCreateSameName", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		const workers = 8
		errs := make(chan error, workers)
		var wg sync.WaitGroup
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs <- s.SaveProfile(learner(NewProfileID("Ani", nil)+strings.Repeat("x", w), "Ani", w))
			}()
		}
		wg.Wait()
		close(errs)
		saved := 0
		for err := range errs {
			switch {
			case err == nil:
				saved++
			case !errors.Is(err, ErrInvalid):
				t.Errorf("SaveProfile: %v", err)
			}
		}
		if n := len(profilesOf(t, s)); saved != 1 || n != 1 {
			t.Errorf("%d saves succeeded, %d profiles; want one of each", saved, n)
		}
	})
}

// testLegacyDefault checks that progress of the default profile, saved
// without a record, is listed, and that it can be renamed and deleted.
func testLegacyDefault(t *testing.T, newStore func(t *testing.T) testStore) {
	writes := map[string]func(s testStore) error{
		"OpenLesson":   func(s testStore) error { return s.OpenLesson(DefaultProfile, "l1", at(0)) },
		"SavePosition": func(s testStore) error { return s.SavePosition(DefaultProfile, Position{LessonID: "l1", At: at(0)}) },
		"SaveAnswer": func(s testStore) error {
			_, err := s.SaveAnswer(DefaultProfile, Answer{LessonID: "l1", QuestionID: "q1"})
			return err
		},
		"CompleteLesson": func(s testStore) error {
			_, err := s.CompleteLesson(DefaultProfile, Result{LessonID: "l1", At: at(0)})
			return err
		},
		"SaveReview": func(s testStore) error {
			_, err := s.SaveReview(DefaultProfile, flashReview("f1", Good, testCard(1, 0), 0))
			return err
		},
		"SaveSettings": func(s testStore) error { return s.SaveSettings(DefaultProfile, DefaultSettings()) },
		"SaveCheck":    func(s testStore) error { return s.SaveCheck(DefaultProfile, checkOf("m1", 1, 1, 0)) },
	}
	for name, write := range writes {
		s := newStore(t)
		mustNil(t, write(s))
		assertEqual(t, "after "+name, profilesOf(t, s), []Profile{legacyDefault()})
	}

	// Writes that leave nothing are no progress.
	s := newStore(t)
	mustNil(t, s.SavePosition(DefaultProfile, Position{}))
	if err := s.OpenLesson(DefaultProfile, "", at(0)); !errors.Is(err, ErrInvalid) {
		t.Fatalf("OpenLesson with no lesson: %v", err)
	}
	saveReviewOf(t, s, DefaultProfile, flashReview("f1", Good, testCard(1, 0), 0))
	undoReviewOf(t, s, DefaultProfile)
	assertEqual(t, "after a zero position and an undone review", profilesOf(t, s), []Profile{})

	// The legacy default is a listed profile: its name is taken, and it
	// can be renamed without a creation time, which nobody knows.
	fillProfile(t, s, DefaultProfile)
	want := stateOf(t, s, DefaultProfile)
	if err := s.SaveProfile(learner("x", "DEFAULT", 1)); !errors.Is(err, ErrInvalid) {
		t.Errorf("new profile named like the default: %v, want ErrInvalid", err)
	}
	mustNil(t, s.SaveProfile(Profile{ID: DefaultProfile, Name: "Sitti Nurhaliza"}))
	mustNil(t, s.SaveProfile(learner("ani", "Ani", 2)))
	assertEqual(t, "after renaming the default", profilesOf(t, s), []Profile{
		learner("ani", "Ani", 2), {ID: DefaultProfile, Name: "Sitti Nurhaliza"}})
	assertEqual(t, "default progress after the rename", stateOf(t, s, DefaultProfile), want)
	// Its creation time may be filled in later, once.
	mustNil(t, s.SaveProfile(learner(DefaultProfile, "Sitti", 7)))
	mustNil(t, s.SaveProfile(learner(DefaultProfile, "Sitti", 9)))
	assertEqual(t, "after dating the default", profilesOf(t, s)[1], learner(DefaultProfile, "Sitti", 7))
}

// testProfileValidation checks that bad profiles are refused with
// ErrInvalid and that nothing is written.
func testProfileValidation(t *testing.T, newStore func(t *testing.T) testStore) {
	s := newStore(t)
	mustNil(t, s.SaveProfile(learner("ok", "Ok", 0)))
	before := profilesOf(t, s)
	bad := map[string]Profile{
		"empty ID":               learner("", "Ani", 1),
		"ID over 64 bytes":       learner(strings.Repeat("a", 65), "Ani", 1),
		"ID not UTF-8":           learner("ani\xff", "Ani", 1),
		"empty name":             learner("ani", "", 1),
		"blank name":             learner("ani", " \t ", 1),
		"name over 80":           learner("ani", strings.Repeat("é", 81), 1),
		"name with escape":       learner("ani", "Ani\x1b[31m", 1),
		"name with zero width":   learner("ani", "A\u200bni", 1),
		"name not UTF-8":         learner("ani", "Ani\xff", 1),
		"zero Created":           {ID: "ani", Name: "Ani"},
		"Created year 10000":     {ID: "ani", Name: "Ani", Created: at(0).AddDate(8000, 0, 0)},
		"NIP with letters":       {ID: "ani", Name: "Ani", EmployeeNumber: "19800101a", Created: at(1)},
		"NIP with dash":          {ID: "ani", Name: "Ani", EmployeeNumber: "1980-0101", Created: at(1)},
		"NIP with inner tab":     {ID: "ani", Name: "Ani", EmployeeNumber: "1980\t0101", Created: at(1)},
		"NIP with other digits":  {ID: "ani", Name: "Ani", EmployeeNumber: "١٢٣", Created: at(1)},
		"NIP over 30 characters": {ID: "ani", Name: "Ani", EmployeeNumber: strings.Repeat("1", 31), Created: at(1)},
	}
	for name, p := range bad {
		if err := s.SaveProfile(p); !errors.Is(err, ErrInvalid) || !strings.HasPrefix(err.Error(), "progress: save profile: ") {
			t.Errorf("%s: SaveProfile = %v, want ErrInvalid", name, err)
		}
	}
	assertEqual(t, "profiles after refused saves", profilesOf(t, s), before)

	good := []Profile{
		learner(strings.Repeat("b", 64), strings.Repeat("é", 80), 1),
		{ID: "c", Name: "C", EmployeeNumber: strings.Repeat("1", 30), Created: at(1)},
		{ID: "d", Name: "D", EmployeeNumber: "   ", Created: at(1)}, // no number
	}
	for _, p := range good {
		if err := s.SaveProfile(p); err != nil {
			t.Errorf("SaveProfile(%+v) = %v", p, err)
		}
	}
	for _, got := range profilesOf(t, s) {
		if got.ID == "d" && got.EmployeeNumber != "" {
			t.Errorf("blank employee number stored as %+v", got)
		}
	}
}

// testDeleteProfile checks that deleting a learner removes their record
// and all their progress, and nothing of anyone else's.
func testDeleteProfile(t *testing.T, newStore func(t *testing.T) testStore) {
	s := newStore(t)
	mustNil(t, s.SaveProfile(learner("ani", "Ani", 0)))
	mustNil(t, s.SaveProfile(learner("budi", "Budi", 1)))
	mustNil(t, s.SaveProfile(learner("citra", "Citra", 2))) // no progress
	for _, p := range []string{"ani", "budi", DefaultProfile} {
		fillProfile(t, s, p)
	}
	keep := map[string]state{}
	for _, p := range []string{"budi", DefaultProfile} {
		keep[p] = stateOf(t, s, p)
	}

	mustNil(t, s.DeleteProfile("ani"))
	assertEqual(t, "ani after delete", stateOf(t, s, "ani"), state{newSnapshot("ani"), []Answer{}, []Review{}})
	for p, want := range keep {
		assertEqual(t, p+" after deleting ani", stateOf(t, s, p), want)
	}
	mustNil(t, s.DeleteProfile("citra"))
	assertEqual(t, "profiles", profilesOf(t, s), []Profile{learner("budi", "Budi", 1), legacyDefault()})

	for _, id := range []string{"ani", "nobody", "Budi"} {
		if err := s.DeleteProfile(id); !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), id) {
			t.Errorf("DeleteProfile(%q) = %v, want ErrNotFound naming it", id, err)
		}
	}
	if err := s.DeleteProfile(""); !errors.Is(err, ErrInvalid) {
		t.Errorf("DeleteProfile(\"\") = %v, want ErrInvalid", err)
	}

	// The legacy default is deleted like any listed profile.
	mustNil(t, s.DeleteProfile(DefaultProfile))
	assertEqual(t, "default after delete", stateOf(t, s, DefaultProfile), state{newSnapshot(DefaultProfile), []Answer{}, []Review{}})
	assertEqual(t, "budi after deleting the default", stateOf(t, s, "budi"), keep["budi"])
	if err := s.DeleteProfile(DefaultProfile); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete of the default = %v, want ErrNotFound", err)
	}

	// A new learner under a deleted ID starts afresh.
	mustNil(t, s.SaveProfile(learner("ani", "Ani", 9)))
	if a := saveAnswer(t, s, "ani", Answer{LessonID: "l1", QuestionID: "q1"}); a.Seq != 1 {
		t.Errorf("first Seq after re-creating ani = %d, want 1", a.Seq)
	}
	if err := s.SaveCheck("ani", checkOf("m1", 1, 1, 10)); err != nil {
		t.Errorf("check of re-created ani: %v", err)
	}
}
