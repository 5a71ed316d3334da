package plain

import (
	"strings"
	"testing"
	"time"

	"ajar/progress"
)

// TestBlocks: Markdown becomes readable text: marks gone, headings kept
// with their paragraph, list items with "- " or their number, table rows
// by their headers, code as it is, HTML comments left out.
func TestBlocks(t *testing.T) {
	src := "# Judul\n\nTeks *miring* dan `kode` serta [tautan](https://contoh.id) &amp; \\*bintang\\*.\n\n" +
		"1. satu\n2. dua\n   - dalam\n\n<!-- catatan penulis -->\n\n> kutipan\n\n---\n\n" +
		"| A | B |\n|---|---|\n| 1 | 2 |\n\n    kode  menjorok\n"
	got := strings.Join(blocks(src, 72), "\n\n")
	want := "Judul\n\nTeks miring dan kode serta tautan (https://contoh.id) & *bintang*.\n\n" +
		"1. satu\n2. dua\n   - dalam\n\nkutipan\n\n- A: 1; B: 2\n\nkode  menjorok"
	if got != want {
		t.Errorf("blocks:\n%s\nwant:\n%s", got, want)
	}
	if got := wrap("satu dua tiga empat", "- ", "  ", 12); strings.Join(got, "|") != "- satu dua|  tiga empat" {
		t.Errorf("wrap = %q", got)
	}
}

// TestSafe: nothing a terminal acts on passes, box drawing becomes ASCII.
func TestSafe(t *testing.T) {
	for in, want := range map[string]string{
		"a\x1b[2Jb":           "a[2Jb",
		"\x1b]52;c;eA==\x07x": "]52;c;eA==x",
		"\u009b31mc1":         "31mc1",
		"┌─┐\n│x│\n└─┘ ▒":     "+-+\n|x|\n+-+ #",
		"biasa saja":          "biasa saja",
	} {
		if got := safe(in); got != want {
			t.Errorf("safe(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestEndOfInputMidQuiz: input that ends in the middle of a quiz ends
// the dialogue cleanly, with the answers given saved and the place kept
// at the next question.
func TestEndOfInputMidQuiz(t *testing.T) {
	cat := course(t)
	store := progress.NewMemStore()
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.Local)
	var out strings.Builder
	l1 := cat.Lesson("l1")
	script := "1\n\n" + rightInput(&l1.Questions[0], "l1#1") + "\n" // no newline after the last line
	err := Run(Config{In: strings.NewReader(strings.TrimSuffix(script, "\n")), Out: &out, Catalog: cat, Store: store,
		Profile: progress.DefaultProfile, Now: func() time.Time { return now }, Params: progress.DefaultParams(), PageLines: 200})
	if err != nil {
		t.Fatal(err)
	}
	checkPlain(t, out.String())
	snap, err := store.Snapshot(progress.DefaultProfile)
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.LastAnswers) != 1 || !snap.LastAnswers["q1"].Correct {
		t.Errorf("answers = %+v", snap.LastAnswers)
	}
	if p := snap.Position; p.LessonID != "l1" || p.Screen != progress.ScreenQuiz || p.Question != 1 {
		t.Errorf("position = %+v, want question 2 of l1", p)
	}
}

// TestEnglishAndLearnerPicker: with several learners and none chosen,
// the dialogue asks who is learning, in English with Lang "en"; q in a
// lesson goes back to the menu.
func TestEnglishAndLearnerPicker(t *testing.T) {
	store := progress.NewMemStore()
	for _, name := range []string{"Ani", "Budi"} {
		if err := store.SaveProfile(progress.Profile{ID: progress.NewProfileID(), Name: name, Created: time.Now()}); err != nil {
			t.Fatal(err)
		}
	}
	list, err := store.Profiles()
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	err = Run(Config{In: strings.NewReader("3\n2\n2\nq\nq\n"), Out: &out, Catalog: course(t), Store: store, Profiles: list,
		Lang: "en", Now: time.Now, Params: progress.DefaultParams()})
	if err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{"1) Ani\n2) Budi\nWho is learning?", "Type a number from 1 to 2.", "Learner: Budi",
		"2) Pelajaran Kedua (2 min, not opened)", "Lesson: Pelajaran Kedua", "r) Today's review: no cards",
		"2) Pelajaran Kedua (2 min, opened)"} {
		if !strings.Contains(got, want) {
			t.Errorf("transcript lacks %q:\n%s", want, got)
		}
	}
	snap, err := store.Snapshot(list[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := snap.Lessons["l2"]; !ok {
		t.Error("the lesson Budi opened is not recorded for Budi")
	}
}
