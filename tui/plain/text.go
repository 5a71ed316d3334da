package plain

import "ajar/tui/lang"

// textsOf is every line plain mode prints, a table like the full-screen
// tutor's (package lang): textsOf[lang.Text] holds both languages side by
// side (textTable), texts one of them. A dialogue never embeds words.
// Where the tutor has the same sentence, the words are the tutor's
// (tui/text.go), so a learner who switches modes meets the same terms;
// what differs is what the keys are, since here every answer is typed and
// confirmed with Enter.
type textsOf[T any] struct {
	// Menu.
	learner, menuTitle, module, minutes, notOpened, opened, done, bestScore, lessonsDone                                            T
	review, reviewNone, quit, menuPrompt, menuPromptResume, resumeLesson, resumeQuiz, badChoice, noLessons, whoLearns, firstLearner T
	// Reader.
	lesson, objective, readOn, readEnd, noQuiz, back T
	// Quiz.
	question, pickOne, pickMany, trueFalse, typeAnswer, orderItems, matchItems, trueWord, falseWord T
	correct, wrong, correctAnswer, explanation, score, allRight, wrongLeft, badNumber               T
	badTrueFalse, badOrder, emptyAnswer, onward, quizResult                                         T
	// Review.
	reviewTitle, reviewCard, flashcard, reveal, backSide, rateRight, rateWrong, rateBad T
	reviewDone, reviewCounts, nextDue                                                   T
	unitMinutes, unitHours, unitDays, unitMonths, nothingDue, rateOnlyAgain             T
	saveFailed                                                                          T
}

// texts are plain mode's lines in the interface language.
type texts = textsOf[string]

// textsFor returns the lines of a language: "en" is English, anything
// else Indonesian, ajar's default.
func textsFor(l string) texts { return lang.Resolve[texts](textTable, lang.Lang(l)) }

// tr is one line of the table: Indonesian, then English.
func tr(id, en string) lang.Text { return lang.Text{ID: id, EN: en} }

// textTable is every line of plain mode in both languages.
var textTable = textsOf[lang.Text]{
	learner:       tr("Pelajar: %s", "Learner: %s"),
	menuTitle:     tr("Menu utama", "Main menu"),
	module:        tr("Modul %d: %s", "Module %d: %s"),
	minutes:       tr("%d mnt", "%d min"),
	notOpened:     tr("belum dibuka", "not opened"),
	opened:        tr("sudah dibuka", "opened"),
	done:          tr("selesai", "done"),
	bestScore:     tr("skor terbaik %d dari %d", "best score %d of %d"),
	lessonsDone:   tr("%d dari %d pelajaran selesai", "%d of %d lessons done"),
	review:        tr("u) Ulasan hari ini: %d kartu", "r) Today's review: %d cards"),
	reviewNone:    tr("u) Ulasan hari ini: tidak ada kartu", "r) Today's review: no cards"),
	quit:          tr("q) Keluar", "q) Quit"),
	menuPrompt:    tr("Ketik nomor pelajaran, u untuk ulasan, atau q untuk keluar, lalu Enter.", "Type a lesson's number, r for the review or q to quit, then Enter."),
	badChoice:     tr("Pilihan %q tidak ada di menu.", "There is no %q in the menu."),
	noLessons:     tr("Belum ada pelajaran.", "No lessons yet."),
	whoLearns:     tr("Siapa yang belajar? Ketik nomornya, lalu Enter.", "Who is learning? Type the number, then Enter."),
	firstLearner:  tr("Pelajar pertama", "First learner"),
	lesson:        tr("Pelajaran: %s", "Lesson: %s"),
	objective:     tr("Tujuan: %s", "Objective: %s"),
	readOn:        tr("Enter untuk lanjut membaca, q untuk kembali ke menu.", "Enter to read on, q to go back to the menu."),
	readEnd:       tr("Selesai membaca? Tekan Enter untuk mulai kuis, q untuk kembali ke menu.", "Done reading? Press Enter to start the quiz, q to go back to the menu."),
	noQuiz:        tr("Pelajaran ini tidak punya kuis.", "This lesson has no quiz."),
	back:          tr("Tekan Enter untuk kembali ke menu.", "Press Enter to go back to the menu."),
	question:      tr("Soal %d dari %d", "Question %d of %d"),
	pickOne:       tr("Pilih satu jawaban: ketik nomornya, lalu Enter.", "Pick one answer: type its number, then Enter."),
	pickMany:      tr("Pilih semua yang benar: ketik nomor-nomornya dipisah spasi, misalnya 1 3, lalu Enter.", "Pick all that apply: type their numbers separated by spaces, for example 1 3, then Enter."),
	trueFalse:     tr("Benar atau salah? Ketik b untuk benar atau s untuk salah, lalu Enter.", "True or false? Type t for true or f for false, then Enter."),
	typeAnswer:    tr("Ketik jawaban Anda, lalu Enter.", "Type your answer, then Enter."),
	orderItems:    tr("Urutkan: ketik nomor semua butir dari yang pertama, dipisah spasi, misalnya 3 1 2, lalu Enter.", "Put in order: type the numbers of all items from the first, separated by spaces, for example 3 1 2, then Enter."),
	trueWord:      tr("Benar", "True"),
	falseWord:     tr("Salah", "False"),
	correct:       tr("Benar!", "Correct!"),
	wrong:         tr("Belum tepat.", "Not quite."),
	correctAnswer: tr("Jawaban yang benar: %s", "Correct answer: %s"),
	explanation:   tr("Penjelasan: %s", "Explanation: %s"),
	score:         tr("Skor: %d dari %d benar (%d%%)", "Score: %d of %d correct (%d%%)"),
	allRight:      tr("Semua jawaban benar. Hebat!", "All answers correct. Well done!"),
	wrongLeft:     tr("%d soal belum tepat.", "%d answers not yet right."),
	badNumber:     tr("Ketik nomor dari 1 sampai %d.", "Type a number from 1 to %d."),
	badTrueFalse:  tr("Ketik b (benar) atau s (salah).", "Type t (true) or f (false)."),
	matchItems:    tr("Pasangkan: untuk A, B, C, dan seterusnya, ketik nomor item kanan pasangannya, dipisah spasi, misalnya 2 3 1, lalu Enter.", "Match: for A, B, C and so on, type the number of the right item that goes with each, separated by spaces, for example 2 3 1, then Enter."),
	badOrder:      tr("Ketik setiap nomor dari 1 sampai %d tepat sekali.", "Type each number from 1 to %d exactly once."),
	emptyAnswer:   tr("Jawaban masih kosong.", "The answer is empty."),
	onward:        tr("Tekan Enter untuk lanjut.", "Press Enter to go on."),
	quizResult:    tr("Hasil kuis", "Quiz result"),
	reviewTitle:   tr("Ulasan hari ini", "Today's review"),
	reviewCard:    tr("Kartu %d dari %d", "Card %d of %d"),
	flashcard:     tr("Kartu ingat: coba ingat dulu, lalu lihat jawabannya.", "Flashcard: try to recall first, then show the answer."),
	reveal:        tr("Tekan Enter untuk melihat jawaban.", "Press Enter to show the answer."),
	backSide:      tr("Jawaban: %s", "Answer: %s"),
	rateRight:     tr("Seberapa mudah Anda mengingatnya? 1 Lagi, 2 Sulit, 3 Baik, 4 Mudah. Ketik angkanya lalu Enter, atau Enter saja untuk 3 Baik.", "How well did you recall it? 1 Again, 2 Hard, 3 Good, 4 Easy. Type the digit then Enter, or just Enter for 3 Good."),
	rateWrong:     tr("Jawaban belum tepat, jadi kartu ini dinilai 1 Lagi. Tekan Enter.", "The answer was not right, so this card is rated 1 Again. Press Enter."),
	rateBad:       tr("Ketik angka 1 sampai 4.", "Type a digit from 1 to 4."),
	reviewDone:    tr("Ulasan selesai. Kerja bagus!", "Review done. Well done!"),
	reviewCounts:  tr("Diulas: %d kartu, diingat: %d (%d%%)", "Reviewed: %d cards, recalled: %d (%d%%)"),
	nextDue:       tr("Kartu berikutnya jatuh tempo dalam %s.", "The next card is due in %s."),
	unitMinutes:   tr("%d menit", "%d minutes"),
	unitHours:     tr("%d jam", "%d hours"),
	unitDays:      tr("%d hari", "%d days"),
	unitMonths:    tr("%d bulan", "%d months"),
	nothingDue:    tr("Tidak ada kartu yang perlu diulas sekarang. Selesaikan kuis pelajaran untuk menambah kartu.", "No cards to review right now. Finish lesson quizzes to add cards."),
	rateOnlyAgain: tr("Ketik 1 atau tekan Enter saja.", "Type 1 or just press Enter."),
	saveFailed:    tr("Gagal menyimpan: %v", "Could not save: %v"),
	menuPromptResume: tr("Ketik nomor pelajaran, l untuk melanjutkan, u untuk ulasan, atau q untuk keluar, lalu Enter.",
		"Type a lesson's number, c to continue, r for the review or q to quit, then Enter."),
	resumeLesson: tr("l) Lanjutkan: %s", "c) Continue: %s"),
	resumeQuiz:   tr("l) Lanjutkan: %s, soal %d dari %d", "c) Continue: %s, question %d of %d"),
}
