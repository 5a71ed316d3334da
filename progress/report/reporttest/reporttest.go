// Package reporttest is the fixture the trainer reports are tested with:
// a small course (course/, modules t1 and t2) and three learners'
// progress on one PC, the same for the golden reports of the ajar command
// and for package report's own tests, so the two cannot drift apart.
//
// Only tests import it; .ci/imports keeps it out of the shipped binary. It
// imports lessons and progress, never report, so report's own tests can
// use it without an import cycle.
package reporttest

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"testing"
	"time"

	"ajar/lessons"
	"ajar/progress"
)

// courseFiles is the test course. go:embed needs a package-level
// variable; it is read-only and never reassigned.
//
//go:embed course
var courseFiles embed.FS

// Catalog loads the test course; a problem in it fails the test.
func Catalog(t testing.TB) *lessons.Catalog {
	t.Helper()
	sub, err := fs.Sub(courseFiles, "course")
	must(t, err)
	c, probs := lessons.Load(lessons.Source{Name: "reporttest/course", FS: sub})
	if len(probs) > 0 {
		t.Fatalf("test course has problems: %v", probs)
	}
	return c
}

// must fails the test on an error.
func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// Zone is Western Indonesia Time, the zone of the test reports.
var Zone = time.FixedZone("WIB", 7*3600)

// Start is when the test learners start: 2026-11-20 09:00 WIB.
var Start = time.Date(2026, 11, 20, 2, 0, 0, 0, time.UTC)

// Now is when the test reports are generated: 2026-11-27 14:05 WIB.
var Now = time.Date(2026, 11, 27, 7, 5, 0, 0, time.UTC)

// LearnerID is a test learner's unique id, of the form
// progress.NewProfileID gives, the same for one name on one PC on every
// run so the golden reports stay the same; an Ani of another PC is
// another person.
func LearnerID(name, host string) string {
	sum := sha256.Sum256([]byte(host + "\x00" + name))
	sum[6] = sum[6]&0x0f | 0x40
	sum[8] = sum[8]&0x3f | 0x80
	h := hex.EncodeToString(sum[:16])
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:32]
}

// AddProfile creates a learner and returns their id.
func AddProfile(t testing.TB, st progress.Store, name, nip string) string {
	t.Helper()
	f, err := st.File()
	must(t, err)
	id := LearnerID(name, f.Host)
	must(t, st.SaveProfile(progress.Profile{ID: id, Name: name, EmployeeNumber: nip, Created: Start}))
	return id
}

// CheckAnswers makes n answers, every other one right, of a check of
// the module of lesson, all at at.
func CheckAnswers(lesson string, n int, at time.Time) []progress.Answer {
	var as []progress.Answer
	for i := range n {
		as = append(as, progress.Answer{LessonID: lesson, QuestionID: lesson + "-q1", Given: "x", Correct: i%2 == 0, At: at})
	}
	return as
}

// Store is a store with the one-write shorthands both stores have.
type Store interface {
	progress.Store
	OpenLesson(profile, lessonID string, at time.Time) error
	SaveAnswer(profile string, a progress.Answer) (progress.Answer, error)
	CompleteLesson(profile string, r progress.Result) (progress.LessonRecord, error)
	SaveReview(profile string, r progress.Review) (progress.Review, error)
	SaveCheck(profile string, r progress.CheckResult) error
}

// Fill gives st three learners of the test course:
//   - Sitti Nurhaliza (NIP): t1-l1 completed twice (best 2/2) with one
//     review card due and one not, a new flashcard, t1-l2 opened, and the
//     check of t1 passed 3/4 in 4 min 30 s;
//   - Budi Santoso: t2-l1 completed 0/1 and the check of t2 failed 0/1,
//     start unknown;
//   - Ani: nothing yet.
func Fill(t testing.TB, st Store) {
	t.Helper()
	minute := func(n int) time.Time { return Start.Add(time.Duration(n) * time.Minute) }
	sitti := AddProfile(t, st, "Sitti Nurhaliza", "198001012005012001")
	budi := AddProfile(t, st, "Budi Santoso", "")
	AddProfile(t, st, "Ani", "")

	must(t, st.OpenLesson(sitti, "t1-l1", Start))
	answer := func(p, lesson, q, given string, ok bool, at time.Time) {
		_, err := st.SaveAnswer(p, progress.Answer{LessonID: lesson, QuestionID: q, Given: given, Correct: ok, At: at})
		must(t, err)
	}
	answer(sitti, "t1-l1", "t1-l1-q1", "Sistem Pelayanan Bersama Elektronik", false, minute(1))
	answer(sitti, "t1-l1", "t1-l1-q1", "Sistem Pemerintahan Berbasis Elektronik", true, minute(2))
	answer(sitti, "t1-l1", "t1-l1-q2", "benar", true, minute(3))
	_, err := st.CompleteLesson(sitti, progress.Result{LessonID: "t1-l1", Correct: 1, Total: 2, At: minute(4),
		NewCards: []progress.CardRecord{{ID: "t1-l1-k1", Kind: progress.KindFlashcard, LessonID: "t1-l1"}}})
	must(t, err)
	_, err = st.CompleteLesson(sitti, progress.Result{LessonID: "t1-l1", Correct: 2, Total: 2, At: minute(6)})
	must(t, err)
	seed := func(card string, due time.Time) {
		_, err := st.SaveReview(sitti, progress.Review{CardID: card, Kind: progress.KindQuestion, LessonID: "t1-l1",
			Rating: progress.Good, At: minute(6), SeedOnly: true,
			After: progress.Card{Stability: 2, Difficulty: 5, Phase: progress.PhaseReview, Due: due, LastReview: minute(6), Reps: 1}})
		must(t, err)
	}
	seed("t1-l1-q1", Start.AddDate(0, 0, 2))  // due by reportNow
	seed("t1-l1-q2", Start.AddDate(0, 0, 30)) // not yet
	must(t, st.OpenLesson(sitti, "t1-l2", minute(10)))
	must(t, st.SaveCheck(sitti, progress.CheckResult{ModuleID: "t1", Correct: 3, Total: 4, Started: minute(60),
		At: minute(60).Add(4*time.Minute + 30*time.Second), Answers: CheckAnswers("t1-l1", 4, minute(62))}))

	day2 := Start.AddDate(0, 0, 1)
	must(t, st.OpenLesson(budi, "t2-l1", day2))
	answer(budi, "t2-l1", "t2-l1-q1", "Tanggal lahir", false, day2.Add(time.Minute))
	_, err = st.CompleteLesson(budi, progress.Result{LessonID: "t2-l1", Correct: 0, Total: 1, At: day2.Add(2 * time.Minute)})
	must(t, err)
	must(t, st.SaveCheck(budi, progress.CheckResult{ModuleID: "t2", Correct: 0, Total: 1,
		At: day2.Add(time.Hour), Answers: CheckAnswers("t2-l1", 1, day2.Add(time.Hour))}))
}

// RawControl returns the first control character of out other than the
// newline, carriage return and tab that CSV and JSON lines end with, or "".
func RawControl(out []byte) string {
	for i, r := range string(out) {
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' || r >= 0x7f && r <= 0x9f {
			return string(out[max(0, i-12):min(len(out), i+12)])
		}
	}
	return ""
}

// EvilName is a learner name as an old progress file, or a report edited by
// hand, may hold it: OSC 0 (window title), screen clearing and a C1 CSI.
const EvilName = "Ani\x1b]0;judul\x07\x1b[2J\u009b2J"
