package plain

import (
	"strings"
	"testing"
	"time"

	"ajar/progress"
)

// TestResumeWhereTheQuizWasLeft: a learner who leaves a quiz after two
// answers finds "l) Lanjutkan" on the menu; l goes on at the third
// question, and the score counts the two answers given before.
func TestResumeWhereTheQuizWasLeft(t *testing.T) {
	cat := course(t)
	store := progress.NewMemStore()
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.Local)
	cfg := Config{Catalog: cat, Store: store, Profile: progress.DefaultProfile, Now: func() time.Time { return now },
		Params: progress.DefaultParams(), PageLines: 200}
	l1 := cat.Lesson("l1")
	seed := "l1#1"
	run := func(in ...string) string {
		var out strings.Builder
		cfg.In, cfg.Out = strings.NewReader(strings.Join(in, "\n")+"\n"), &out
		if err := Run(cfg); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	run("1", "", rightInput(&l1.Questions[0], seed), "", rightInput(&l1.Questions[1], seed), "q", "q")

	var rest []string
	for i := 2; i < len(l1.Questions); i++ {
		rest = append(rest, rightInput(&l1.Questions[i], seed), "")
	}
	out := run(append(append([]string{"l"}, rest...), "q")...)
	checkPlain(t, out)
	for _, want := range []string{
		"l) Lanjutkan: Pelajaran Pertama, soal 3 dari 6",
		"Ketik nomor pelajaran, l untuk melanjutkan",
		"Soal 3 dari 6",
		"Skor: 6 dari 6 benar (100%)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("transcript lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Soal 1 dari 6") {
		t.Error("the resumed quiz asked question 1 again")
	}
	snap, err := store.Snapshot(progress.DefaultProfile)
	if err != nil {
		t.Fatal(err)
	}
	if r := snap.Lessons["l1"]; !r.Completed() || r.BestCorrect != 6 || r.BestTotal != 6 {
		t.Errorf("lesson record after the resumed quiz = %+v", r)
	}
}
