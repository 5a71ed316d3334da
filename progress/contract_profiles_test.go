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

// Test learners' ids (see uid).
var (
	idAni, idBudi, idCitra, idDewi = uid("ani"), uid("budi"), uid("citra"), uid("dewi")
)

// firstID is the id of s's first learner, what DefaultProfile stands for.
func firstID(t *testing.T, s testStore) string {
	t.Helper()
	id, err := s.ResolveProfile(DefaultProfile)
	mustNil(t, err)
	if !IsUniqueID(id) {
		t.Fatalf("the first learner's id %q is not a unique id", id)
	}
	return id
}

// unnamedFirst is how Profiles lists the first learner before they are
// named.
func unnamedFirst(t *testing.T, s testStore) Profile {
	return Profile{ID: firstID(t, s), Name: DefaultProfile}
}

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
	t.Run("FirstLearnerIsListed", func(t *testing.T) { t.Parallel(); testFirstLearner(t, newStore) })
	t.Run("UniqueIDs", func(t *testing.T) { t.Parallel(); testUniqueIDs(t, newStore) })

	t.Run("CreateRenameAndSort", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		mustNil(t, s.SaveProfile(Profile{ID: idBudi, Name: "  budi   Santoso ", EmployeeNumber: " 19800101 200501 1 001 ", Created: at(1)}))
		mustNil(t, s.SaveProfile(learner(idDewi, "Dewi", 2)))
		mustNil(t, s.SaveProfile(learner(idAni, "Ani", 3)))
		mustNil(t, s.SaveProfile(learner(idCitra, "citra", 4)))
		budi := Profile{ID: idBudi, Name: "budi Santoso", EmployeeNumber: "19800101 200501 1 001", Created: at(1)}
		assertEqual(t, "sorted, normalized", profilesOf(t, s), []Profile{
			learner(idAni, "Ani", 3), budi, learner(idCitra, "citra", 4), learner(idDewi, "Dewi", 2)})

		// A rename keeps the ID and the creation time, whatever is passed.
		mustNil(t, s.SaveProfile(Profile{ID: idAni, Name: "Zaskia", EmployeeNumber: "42", Created: at(50)}))
		// Changing only the case of one's own name is no clash.
		mustNil(t, s.SaveProfile(Profile{ID: idBudi, Name: "Budi Santoso", Created: at(1)}))
		budi.Name, budi.EmployeeNumber = "Budi Santoso", ""
		assertEqual(t, "after renames", profilesOf(t, s), []Profile{
			budi, learner(idCitra, "citra", 4), learner(idDewi, "Dewi", 2),
			{ID: idAni, Name: "Zaskia", EmployeeNumber: "42", Created: at(3)}})
		// The old name is free again.
		mustNil(t, s.SaveProfile(learner(uid("ani-2"), "Ani", 5)))
	})

	t.Run("DuplicateNamesRefused", func(t *testing.T) {
		t.Parallel()
		s := newStore(t)
		mustNil(t, s.SaveProfile(learner(idAni, "Ani Lestari", 0)))
		mustNil(t, s.SaveProfile(learner(idBudi, "Budi", 1)))
		before := profilesOf(t, s)
		for _, name := range []string{"Ani Lestari", "ani lestari", "ANI LESTARI", "  Ani Lestari  ", "Ani   Lestari", "ani\tlestari"} {
			if err := s.SaveProfile(learner(uid("other"), name, 2)); !errors.Is(err, ErrInvalid) {
				t.Errorf("new profile named %q: %v, want ErrInvalid", name, err)
			}
			if err := s.SaveProfile(learner(idBudi, name, 1)); !errors.Is(err, ErrInvalid) {
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
		mustNil(t, s.SaveProfile(learner(idAni, "Ani", 0)))
		mustNil(t, s.SaveProfile(learner(idBudi, "Budi", 0)))
		fillProfile(t, s, idAni)
		// A record is no progress, and progress belongs to one profile.
		assertEqual(t, "budi", snapshot(t, s, idBudi), newSnapshot(idBudi))
		if len(answerLog(t, s, idBudi)) != 0 {
			t.Error("budi has ani's answers")
		}
		// ani's progress does not make the first learner listed.
		assertEqual(t, "profiles", profilesOf(t, s), []Profile{learner(idAni, "Ani", 0), learner(idBudi, "Budi", 0)})
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
				errs <- s.SaveProfile(learner(NewProfileID(), "Ani", w))
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

// testUniqueIDs checks that a new learner needs a unique id, that the
// first learner and the store have unique ids of their own, and that
// DefaultProfile and the first learner's id reach the same progress.
func testUniqueIDs(t *testing.T, newStore func(t *testing.T) testStore) {
	s, other := newStore(t), newStore(t)
	for _, id := range []string{"ani", "default-2", "3F2C9A1B-7D4E-4C1A-9B2F-0E6D5C4B3A21"} {
		if err := s.SaveProfile(learner(id, "Ani", 1)); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "unique id") {
			t.Errorf("new profile with the ID %q: %v, want ErrInvalid (not a unique id)", id, err)
		}
	}
	assertEqual(t, "profiles after refusals", profilesOf(t, s), []Profile{})

	first := firstID(t, s)
	if first == firstID(t, other) {
		t.Errorf("two stores share the first learner's id %q", first)
	}
	if got, err := s.ResolveProfile(first); err != nil || got != first {
		t.Errorf("ResolveProfile(first id) = %q, %v", got, err)
	}
	if got, err := s.ResolveProfile("nobody"); err != nil || got != "nobody" {
		t.Errorf("ResolveProfile(an unknown name) = %q, %v; want it unchanged", got, err)
	}
	if _, err := s.ResolveProfile(""); !errors.Is(err, ErrInvalid) {
		t.Errorf("ResolveProfile(\"\") = %v, want ErrInvalid", err)
	}
	fillProfile(t, s, DefaultProfile)
	byName, byID := stateOf(t, s, DefaultProfile), stateOf(t, s, first)
	byName.snap.Profile = first
	assertEqual(t, "the first learner by DefaultProfile and by id", byName, byID)

	f, err := s.File()
	mustNil(t, err)
	g, err := other.File()
	mustNil(t, err)
	if !IsUniqueID(f.ID) || f.ID == g.ID || f.ID == first {
		t.Errorf("file ids %q and %q: want two unique ids, neither a learner's", f.ID, g.ID)
	}
	if again, err := s.File(); err != nil || again != f {
		t.Errorf("File() again = %+v, %v; want %+v", again, err, f)
	}
}

// testFirstLearner checks that progress of the first learner, saved
// without a record, is listed, and that they can be named and deleted.
func testFirstLearner(t *testing.T, newStore func(t *testing.T) testStore) {
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
		list := profilesOf(t, s)
		assertEqual(t, "after "+name, list, []Profile{unnamedFirst(t, s)})
		if !list[0].Unnamed() {
			t.Errorf("after %s: %+v is not Unnamed", name, list[0])
		}
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

	// The first learner is a listed profile: their name is taken, and they
	// can be named without a creation time, which nobody knows, by their
	// id or by DefaultProfile.
	fillProfile(t, s, DefaultProfile)
	first := firstID(t, s)
	want := stateOf(t, s, DefaultProfile)
	if err := s.SaveProfile(learner(uid("x"), "DEFAULT", 1)); !errors.Is(err, ErrInvalid) {
		t.Errorf("new profile named like the first learner: %v, want ErrInvalid", err)
	}
	mustNil(t, s.SaveProfile(Profile{ID: DefaultProfile, Name: "Sitti Nurhaliza"}))
	mustNil(t, s.SaveProfile(learner(idAni, "Ani", 2)))
	assertEqual(t, "after naming the first learner", profilesOf(t, s), []Profile{
		learner(idAni, "Ani", 2), {ID: first, Name: "Sitti Nurhaliza"}})
	assertEqual(t, "first learner's progress after the rename", stateOf(t, s, DefaultProfile), want)
	// Their creation time may be filled in later, once.
	mustNil(t, s.SaveProfile(learner(first, "Sitti", 7)))
	mustNil(t, s.SaveProfile(learner(DefaultProfile, "Sitti", 9)))
	assertEqual(t, "after dating the first learner", profilesOf(t, s)[1], learner(first, "Sitti", 7))
	if profilesOf(t, s)[1].Unnamed() {
		t.Error("a named first learner is still Unnamed")
	}
}

// testProfileValidation checks that bad profiles are refused with
// ErrInvalid and that nothing is written.
func testProfileValidation(t *testing.T, newStore func(t *testing.T) testStore) {
	s := newStore(t)
	mustNil(t, s.SaveProfile(learner(uid("ok"), "Ok", 0)))
	before := profilesOf(t, s)
	bad := map[string]Profile{
		"empty ID":               learner("", "Ani", 1),
		"ID over 64 bytes":       learner(strings.Repeat("a", 65), "Ani", 1),
		"ID not UTF-8":           learner("ani\xff", "Ani", 1),
		"ID not unique":          learner("ani", "Ani", 1),
		"empty name":             learner(idAni, "", 1),
		"blank name":             learner(idAni, " \t ", 1),
		"name over 80":           learner(idAni, strings.Repeat("é", 81), 1),
		"name with escape":       learner(idAni, "Ani\x1b[31m", 1),
		"name with zero width":   learner(idAni, "A\u200bni", 1),
		"name not UTF-8":         learner(idAni, "Ani\xff", 1),
		"zero Created":           {ID: idAni, Name: "Ani"},
		"Created year 10000":     {ID: idAni, Name: "Ani", Created: at(0).AddDate(8000, 0, 0)},
		"NIP with letters":       {ID: idAni, Name: "Ani", EmployeeNumber: "19800101a", Created: at(1)},
		"NIP with dash":          {ID: idAni, Name: "Ani", EmployeeNumber: "1980-0101", Created: at(1)},
		"NIP with inner tab":     {ID: idAni, Name: "Ani", EmployeeNumber: "1980\t0101", Created: at(1)},
		"NIP with other digits":  {ID: idAni, Name: "Ani", EmployeeNumber: "١٢٣", Created: at(1)},
		"NIP over 30 characters": {ID: idAni, Name: "Ani", EmployeeNumber: strings.Repeat("1", 31), Created: at(1)},
	}
	for name, p := range bad {
		if err := s.SaveProfile(p); !errors.Is(err, ErrInvalid) || !strings.HasPrefix(err.Error(), "progress: save profile: ") {
			t.Errorf("%s: SaveProfile = %v, want ErrInvalid", name, err)
		}
	}
	assertEqual(t, "profiles after refused saves", profilesOf(t, s), before)

	good := []Profile{
		learner(uid("b"), strings.Repeat("é", 80), 1),
		{ID: uid("c"), Name: "C", EmployeeNumber: strings.Repeat("1", 30), Created: at(1)},
		{ID: uid("d"), Name: "D", EmployeeNumber: "   ", Created: at(1)}, // no number
	}
	for _, p := range good {
		if err := s.SaveProfile(p); err != nil {
			t.Errorf("SaveProfile(%+v) = %v", p, err)
		}
	}
	for _, got := range profilesOf(t, s) {
		if got.ID == uid("d") && got.EmployeeNumber != "" {
			t.Errorf("blank employee number stored as %+v", got)
		}
	}
}

// testDeleteProfile checks that deleting a learner removes their record
// and all their progress, and nothing of anyone else's.
func testDeleteProfile(t *testing.T, newStore func(t *testing.T) testStore) {
	s := newStore(t)
	mustNil(t, s.SaveProfile(learner(idAni, "Ani", 0)))
	mustNil(t, s.SaveProfile(learner(idBudi, "Budi", 1)))
	mustNil(t, s.SaveProfile(learner(idCitra, "Citra", 2))) // no progress
	for _, p := range []string{idAni, idBudi, DefaultProfile} {
		fillProfile(t, s, p)
	}
	first := firstID(t, s)
	keep := map[string]state{}
	for _, p := range []string{idBudi, first} {
		keep[p] = stateOf(t, s, p)
	}

	mustNil(t, s.DeleteProfile(idAni))
	assertEqual(t, "ani after delete", stateOf(t, s, idAni), state{newSnapshot(idAni), []Answer{}, []Review{}})
	for p, want := range keep {
		assertEqual(t, p+" after deleting ani", stateOf(t, s, p), want)
	}
	mustNil(t, s.DeleteProfile(idCitra))
	assertEqual(t, "profiles", profilesOf(t, s), []Profile{learner(idBudi, "Budi", 1), {ID: first, Name: DefaultProfile}})

	for _, id := range []string{idAni, "nobody", "Budi"} {
		if err := s.DeleteProfile(id); !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), id) {
			t.Errorf("DeleteProfile(%q) = %v, want ErrNotFound naming it", id, err)
		}
	}
	if err := s.DeleteProfile(""); !errors.Is(err, ErrInvalid) {
		t.Errorf("DeleteProfile(\"\") = %v, want ErrInvalid", err)
	}

	// The first learner is deleted like any listed profile, by name or id;
	// DefaultProfile then names a new first learner, with nothing yet.
	mustNil(t, s.DeleteProfile(DefaultProfile))
	assertEqual(t, "first learner after delete", stateOf(t, s, first), state{newSnapshot(first), []Answer{}, []Review{}})
	if next := firstID(t, s); next == first {
		t.Errorf("after deleting the first learner, DefaultProfile still names %q", first)
	}
	assertEqual(t, "new first learner", stateOf(t, s, DefaultProfile), state{newSnapshot(DefaultProfile), []Answer{}, []Review{}})
	assertEqual(t, "budi after deleting the first learner", stateOf(t, s, idBudi), keep[idBudi])
	if err := s.DeleteProfile(DefaultProfile); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete of the first learner = %v, want ErrNotFound", err)
	}

	// A new learner under a deleted ID starts afresh.
	mustNil(t, s.SaveProfile(learner(idAni, "Ani", 9)))
	if a := saveAnswer(t, s, idAni, Answer{LessonID: "l1", QuestionID: "q1"}); a.Seq != 1 {
		t.Errorf("first Seq after re-creating ani = %d, want 1", a.Seq)
	}
	if err := s.SaveCheck(idAni, checkOf("m1", 1, 1, 10)); err != nil {
		t.Errorf("check of re-created ani: %v", err)
	}
}
