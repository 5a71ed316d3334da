package plain

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"ajar/lessons"
	"ajar/progress"
)

// course is a small course with every question type, a flashcard, and
// a lesson body with each kind of Markdown block plus box drawing.
func course(t testing.TB) *lessons.Catalog {
	t.Helper()
	body := "## Bagian awal\n\nIni paragraf **penting** tentang *belajar*\nbersama.\n\n" +
		"- butir satu\n- butir dua\n\n| Jenis | Kelemahan |\n|---|---|\n| OTP lewat SMS | SIM swap |\n\n" +
		"```\nkode   apa adanya\n```\n\nDiagram ┌─┐ │ └─┘ selesai.\n\n"
	quiz := "```quiz\n" +
		"- id: q1\n  type: single\n  prompt: Mana yang benar?\n  options:\n" +
		"    - text: Jawaban A\n      correct: true\n    - text: Jawaban B\n      feedback: B keliru.\n    - text: Jawaban C\n" +
		"  explanation: A benar.\n" +
		"- id: q2\n  type: multi\n  prompt: Pilih dua.\n  options:\n" +
		"    - text: Satu\n      correct: true\n    - text: Dua\n    - text: Tiga\n      correct: true\n" +
		"  explanation: Satu dan Tiga.\n" +
		"- id: q3\n  type: truefalse\n  prompt: Langit hijau.\n  answer: false\n  feedback_true: Coba lihat ke atas.\n" +
		"  explanation: Langit biru.\n" +
		"- id: q4\n  type: fill\n  prompt: Tahun terbit?\n  accept: [1990]\n  explanation: Terbit 1990.\n" +
		"- id: q5\n  type: order\n  prompt: Urutkan.\n  items: [Pertama, Kedua, Ketiga]\n  explanation: Urutan waktu.\n" +
		"- id: q6\n  type: matching\n  prompt: Pasangkan waktu dan makannya.\n  pairs:\n" +
		"    - {left: Pagi, right: Sarapan}\n    - {left: Siang, right: Makan siang}\n    - {left: Malam, right: Makan malam}\n" +
		"  explanation: Menurut waktunya.\n" +
		"```\n\n```flashcards\n- id: k1\n  front: Apa disiplin kelima?\n  back: Berpikir sistem.\n```\n"
	fsys := fstest.MapFS{
		"course.yaml":      {Data: []byte("title: Kursus Uji\n")},
		"m1/module.yaml":   {Data: []byte("id: m1\ntitle: Modul Satu\norder: 1\n")},
		"m1/01-pertama.md": {Data: []byte("---\nid: l1\ntitle: Pelajaran Pertama\nminutes: 3\nobjective: Setelah pelajaran ini, Anda dapat menguji ajar.\n---\n\n" + body + quiz)},
		"m1/02-kedua.md": {Data: []byte("---\nid: l2\ntitle: Pelajaran Kedua\nminutes: 2\n---\n\nIsi kedua.\n\n" +
			"```quiz\n- id: l2-q1\n  type: truefalse\n  prompt: Dua sama dengan dua.\n  answer: true\n  explanation: Jelas.\n```\n")},
	}
	c, problems := lessons.Load(lessons.Source{Name: "uji", FS: fsys})
	if len(problems) > 0 {
		t.Fatalf("test course has problems: %v", problems)
	}
	return c
}

// rightInput is the line that answers q correctly when it is shown with
// seed, worked out as the dialogue shuffles.
func rightInput(q *lessons.Question, seed string) string {
	switch q.Type {
	case lessons.Single, lessons.Multi:
		var nums []string
		for pos, i := range q.ShuffledOptions(seed) {
			if q.Options[i].Correct {
				nums = append(nums, strconv.Itoa(pos+1))
			}
		}
		return strings.Join(nums, " ")
	case lessons.TrueFalse:
		if q.Answer {
			return "b"
		}
		return "s"
	case lessons.Fill:
		return q.Accept[0]
	case lessons.Order:
		shown := q.Shuffled(seed)
		var nums []string
		for want := range q.Items {
			for pos, i := range shown {
				if i == want {
					nums = append(nums, strconv.Itoa(pos+1))
				}
			}
		}
		return strings.Join(nums, " ")
	case lessons.Matching:
		shown := q.Shuffled(seed)
		var nums []string
		for left := range q.Pairs {
			for pos, i := range shown {
				if i == left {
					nums = append(nums, strconv.Itoa(pos+1))
				}
			}
		}
		return strings.Join(nums, " ")
	}
	return ""
}

// checkPlain fails on any byte a line terminal would act on, or a box
// drawing character.
func checkPlain(t *testing.T, out string) {
	t.Helper()
	for i, r := range out {
		if r == 0x1b || r < 0x20 && r != '\n' || r >= 0x7f && r <= 0x9f {
			t.Fatalf("control %U at %d in the output: %q", r, i, out[max(i-40, 0):min(i+40, len(out))])
		}
		if isBoxRune(r) {
			t.Fatalf("box drawing %q at %d in the output", r, i)
		}
	}
}

// followedBy reports whether prompt b, however it is wrapped, comes right
// after a line containing a somewhere in out: a message and the prompt
// asked again.
func followedBy(out, a, b string) bool {
	lines := strings.Split(out, "\n")
	want := strings.Join(strings.Fields(b), " ")
	for i := 0; i+1 < len(lines); i++ {
		if !strings.Contains(lines[i], a) {
			continue
		}
		rest := strings.Join(strings.Fields(strings.Join(lines[i+1:], "\n")), " ")
		if strings.HasPrefix(rest, want) {
			return true
		}
	}
	return false
}

// TestLessonQuizAndReview drives a whole lesson, its quiz with every
// question type and, a day later, the daily review through plain line
// input and output, and checks the transcript, the store and that the
// output holds nothing but text.
func TestLessonQuizAndReview(t *testing.T) {
	cat := course(t)
	store := progress.NewMemStore()
	day := time.Date(2026, 12, 1, 9, 0, 0, 0, time.Local)
	now := day
	cfg := Config{Catalog: cat, Store: store, Profile: progress.DefaultProfile, Now: func() time.Time { return now },
		Params: progress.DefaultParams(), PageLines: 200,
		Profiles: []progress.Profile{{ID: progress.DefaultProfile, Name: "Ani\x1b]0;judul\x07"}}}
	tx := textsFor("id")
	l1 := cat.Lesson("l1")
	seed := "l1#1"
	// The quiz asks every question type, so a new type fails here until
	// plain mode asks it.
	for _, typ := range lessons.QuestionTypes() {
		if !slices.ContainsFunc(l1.Questions, func(q lessons.Question) bool { return q.Type == typ }) {
			t.Fatalf("the test lesson has no %s question", typ)
		}
	}
	in := []string{
		"x", // not in the menu
		"1", // the first lesson
		"",  // done reading: the quiz
		"9", // no option 9
		rightInput(&l1.Questions[0], seed),
		"",
		rightInput(&l1.Questions[1], seed),
		"",
		"mungkin", // neither b nor s
		"b",       // wrong: the sky is not green
		"",
		"", // an empty fill answer
		rightInput(&l1.Questions[3], seed),
		"",
		"1 1 2", // not an order
		rightInput(&l1.Questions[4], seed),
		"",
		"2 2 1", // not a matching
		rightInput(&l1.Questions[5], seed),
		"", // back to the menu
		"q",
	}
	var out strings.Builder
	cfg.In, cfg.Out = strings.NewReader(strings.Join(in, "\n")+"\n"), &out
	if err := Run(cfg); err != nil {
		t.Fatal(err)
	}
	lesson := out.String()
	checkPlain(t, lesson)
	for _, want := range []string{
		"Kursus Uji", `Pelajar: Ani\x1b]0;judul\x07`, "Modul 1: Modul Satu",
		"1) Pelajaran Pertama (3 mnt, belum dibuka)", "u) Ulasan hari ini: tidak ada kartu",
		"Pelajaran: Pelajaran Pertama", "Tujuan: Setelah pelajaran ini, Anda dapat menguji ajar.",
		"Bagian awal\n", "Ini paragraf penting tentang belajar bersama.", "- butir satu\n- butir dua",
		"- Jenis: OTP lewat SMS; Kelemahan: SIM swap", "kode   apa adanya", "Diagram +-+ | +-+ selesai.",
		"Soal 1 dari 6", "Mana yang benar?", "Soal 6 dari 6", "A. Pagi\nB. Siang\nC. Malam\n1) ", "1) Benar\n2) Salah",
		"Benar!", "Belum tepat.\nCoba lihat ke atas.\nJawaban yang benar: Salah\nPenjelasan: Langit biru.",
		"Hasil kuis\nSkor: 5 dari 6 benar (83%)\n1 soal belum tepat.",
		"1) Pelajaran Pertama (3 mnt, selesai, skor terbaik 5 dari 6)", "1 dari 2 pelajaran selesai",
		"u) Ulasan hari ini: 1 kartu", // the flashcard, new
	} {
		if !strings.Contains(lesson, want) {
			t.Errorf("transcript lacks %q", want)
		}
	}
	// Each wrong input gets one line, then the same prompt again.
	for _, re := range [][2]string{
		{`Pilihan "x" tidak ada di menu.`, tx.menuPrompt},
		{"Ketik nomor dari 1 sampai 3.", tx.pickOne},
		{tx.badTrueFalse, tx.trueFalse},
		{tx.emptyAnswer, tx.typeAnswer},
		{"Ketik setiap nomor dari 1 sampai 3 tepat sekali.", tx.orderItems},
		{"Ketik setiap nomor dari 1 sampai 3 tepat sekali.", tx.matchItems},
	} {
		if !followedBy(lesson, re[0], re[1]) {
			t.Errorf("%q is not followed by the prompt %q", re[0], re[1])
		}
	}

	answers, err := store.AnswerLog(progress.DefaultProfile)
	if err != nil {
		t.Fatal(err)
	}
	if len(answers) != 6 {
		t.Fatalf("answers saved = %d, want 6: %+v", len(answers), answers)
	}
	for i, a := range answers {
		if want := i != 2; a.Correct != want || a.QuestionID != l1.Questions[i].ID {
			t.Errorf("answer %d = %+v", i, a)
		}
	}
	snap, err := store.Snapshot(progress.DefaultProfile)
	if err != nil {
		t.Fatal(err)
	}
	if r := snap.Lessons["l1"]; !r.Completed() || r.BestCorrect != 5 || r.BestTotal != 6 {
		t.Errorf("lesson record = %+v", r)
	}
	if p := snap.Position; p.LessonID != "l2" || p.Screen != progress.ScreenReader {
		t.Errorf("position = %+v, want the next lesson", p)
	}
	if len(snap.Cards) != 7 {
		t.Errorf("cards = %d, want 6 questions and a flashcard", len(snap.Cards))
	}

	// A day later every card is due: answer each question right, turn the
	// flashcard, and rate each Easy (after one rating that is not 1-4).
	now = day.AddDate(0, 0, 1)
	queue := progress.NewLearner(snap).DueQueue(now, moduleGroup(cat))
	if len(queue) != 7 {
		t.Fatalf("due queue = %v", queue)
	}
	in = []string{"u"}
	for n, id := range queue {
		if q, _ := cat.Question(id); q != nil {
			in = append(in, rightInput(q, id+strconv.Itoa(n+1)))
		} else {
			in = append(in, "") // show the back
		}
		if n == 0 {
			in = append(in, "7")
		}
		in = append(in, "4")
	}
	in = append(in, "", "q")
	out.Reset()
	cfg.In = strings.NewReader(strings.Join(in, "\n") + "\n")
	if err := Run(cfg); err != nil {
		t.Fatal(err)
	}
	review := out.String()
	checkPlain(t, review)
	for _, want := range []string{
		"u) Ulasan hari ini: 7 kartu", "Ulasan hari ini\n", "Kartu 1 dari 7", "Kartu 7 dari 7",
		"Kartu ingat: coba ingat dulu, lalu lihat jawabannya.\nApa disiplin kelima?", "Jawaban: Berpikir sistem.",
		"Ulasan selesai. Kerja bagus!", "Diulas: 7 kartu, diingat: 7 (100%)", "Kartu berikutnya jatuh tempo dalam",
		"u) Ulasan hari ini: tidak ada kartu",
	} {
		if !strings.Contains(review, want) {
			t.Errorf("review transcript lacks %q", want)
		}
	}
	if !followedBy(review, tx.rateBad, tx.rateRight) {
		t.Errorf("a rating of 7 is not asked again")
	}
	var rated []progress.Review
	if err := store.ReviewLog(progress.DefaultProfile, func(r progress.Review) error {
		if !r.At.Before(now) {
			rated = append(rated, r)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(rated) != 7 {
		t.Fatalf("ratings logged in the review = %d, want 7", len(rated))
	}
	for _, r := range rated {
		if r.Rating != progress.Easy || r.After.Phase != progress.PhaseReview {
			t.Errorf("rating %+v", r)
		}
		if r.Kind == progress.KindQuestion && (r.Answer == nil || !r.Answer.Correct) {
			t.Errorf("a question's rating has no right answer: %+v", r)
		}
	}
}
