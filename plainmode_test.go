package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ajar/lessons"
	"ajar/progress"
	"ajar/tui"
)

// plainScript answers every question of l with an answer of the right
// form (not always the right one): the dialogue grades and saves it
// whatever it is. Spare empty lines first page through the lesson; one
// too many only brings the first question's prompt again.
func plainScript(l *lessons.Lesson) string {
	var b strings.Builder
	b.WriteString("1\n" + strings.Repeat("\n", 40))
	for _, q := range l.Questions {
		switch q.Type {
		case lessons.TrueFalse:
			b.WriteString("b\n")
		case lessons.Fill:
			b.WriteString("jawaban\n")
		case lessons.Order:
			for i := range q.Items {
				fmt.Fprintf(&b, "%d ", i+1)
			}
			b.WriteString("\n")
		default:
			b.WriteString("1\n")
		}
		b.WriteString("\n") // on to the next question, or back to the menu
	}
	b.WriteString("q\n")
	return b.String()
}

// TestPlainModeLessonAndQuiz runs the tutor in plain mode, as ajar --plain
// does, with the built-in course, a piped stdin and a new progress file:
// the first lesson is read and its quiz answered, and the file holds the
// answers and the finished quiz afterwards.
func TestPlainModeLessonAndQuiz(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ajar.db")
	fs := newFlagSet("ajar", io.Discard)
	var f tutorFlags
	f.register(fs)
	if err := fs.Parse([]string{"--plain", "--db", db}); err != nil {
		t.Fatal(err)
	}
	catalog, _, err := loadCatalog(true, nil, lessons.Lang(tui.Indonesian))
	if err != nil {
		t.Fatal(err)
	}
	first := catalog.Lessons()[0]
	var out, errOut strings.Builder
	clock := func() time.Time { return time.Date(2026, 12, 1, 9, 0, 0, 0, time.Local) }
	if err := runPlain(&f, tui.Indonesian, clock, strings.NewReader(plainScript(first)), &out, &errOut); err != nil {
		t.Fatalf("runPlain: %v\n%s", err, errOut.String())
	}
	got := out.String()
	if strings.ContainsAny(got, "\x1b\u2500\u2502\u250c") {
		t.Error("plain mode printed an escape or box drawing")
	}
	for _, want := range []string{"Menu utama", "Pelajaran: " + first.Title, "Soal 1 dari", "Hasil kuis", "1) " + first.Title} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	st, err := progress.Open(db, progress.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	snap, err := st.Snapshot(progress.DefaultProfile)
	if err != nil {
		t.Fatal(err)
	}
	if r := snap.Lessons[first.ID]; !r.Completed() || r.BestTotal != len(first.Questions) {
		t.Errorf("lesson record = %+v", r)
	}
	if snap.AnswerCount != len(first.Questions) {
		t.Errorf("answers saved = %d, want %d", snap.AnswerCount, len(first.Questions))
	}
}
