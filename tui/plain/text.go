package plain

// texts holds every line plain mode prints in one language, as tui's
// texts does for the full-screen tutor: a dialogue never embeds words, and
// the two languages cannot drift apart silently. Where the tutor has the
// same sentence, the words are the tutor's (tui/text.go), so a learner who
// switches modes meets the same terms; what differs is what the keys are,
// since here every answer is typed and confirmed with Enter.
type texts struct {
	// Menu.
	learner, menuTitle, module, minutes, notOpened, opened, done, bestScore, lessonsDone string
	review, reviewNone, quit, menuPrompt, badChoice, noLessons, whoLearns, firstLearner  string
	// Reader.
	lesson, objective, readOn, readEnd, noQuiz, back string
	// Quiz.
	question, pickOne, pickMany, trueFalse, typeAnswer, orderItems, trueWord, falseWord string
	correct, wrong, correctAnswer, explanation, score, allRight, wrongLeft, badNumber   string
	badTrueFalse, badOrder, emptyAnswer, onward, quizResult                             string
	// Review.
	reviewTitle, reviewCard, flashcard, reveal, backSide, rateRight, rateWrong, rateBad string
	again, hard, good, easy, reviewDone, reviewCounts, nextDue                          string
	unitMinutes, unitHours, unitDays, unitMonths, nothingDue, rateOnlyAgain             string
	saveFailed                                                                          string
}

// textsFor returns the lines of a language: "en" is English, anything
// else Indonesian, ajar's default.
func textsFor(lang string) texts {
	if lang == "en" {
		return englishTexts()
	}
	return indonesianTexts()
}

func indonesianTexts() texts {
	return texts{
		learner: "Pelajar: %s", menuTitle: "Menu utama", module: "Modul %d: %s", minutes: "%d mnt",
		notOpened: "belum dibuka", opened: "sudah dibuka", done: "selesai", bestScore: "skor terbaik %d dari %d",
		lessonsDone: "%d dari %d pelajaran selesai",
		review:      "u) Ulasan hari ini: %d kartu", reviewNone: "u) Ulasan hari ini: tidak ada kartu",
		quit:       "q) Keluar",
		menuPrompt: "Ketik nomor pelajaran, u untuk ulasan, atau q untuk keluar, lalu Enter.",
		badChoice:  "Pilihan %q tidak ada di menu.", noLessons: "Belum ada pelajaran.",
		whoLearns: "Siapa yang belajar? Ketik nomornya, lalu Enter.", firstLearner: "Pelajar pertama",

		lesson: "Pelajaran: %s", objective: "Tujuan: %s",
		readOn:  "Enter untuk lanjut membaca, q untuk kembali ke menu.",
		readEnd: "Selesai membaca? Tekan Enter untuk mulai kuis, q untuk kembali ke menu.",
		noQuiz:  "Pelajaran ini tidak punya kuis.", back: "Tekan Enter untuk kembali ke menu.",

		question: "Soal %d dari %d", pickOne: "Pilih satu jawaban: ketik nomornya, lalu Enter.",
		pickMany:   "Pilih semua yang benar: ketik nomor-nomornya dipisah spasi, misalnya 1 3, lalu Enter.",
		trueFalse:  "Benar atau salah? Ketik b untuk benar atau s untuk salah, lalu Enter.",
		typeAnswer: "Ketik jawaban Anda, lalu Enter.",
		orderItems: "Urutkan: ketik nomor semua butir dari yang pertama, dipisah spasi, misalnya 3 1 2, lalu Enter.",
		trueWord:   "Benar", falseWord: "Salah", correct: "Benar!", wrong: "Belum tepat.",
		correctAnswer: "Jawaban yang benar: %s", explanation: "Penjelasan: %s",
		score: "Skor: %d dari %d benar (%d%%)", allRight: "Semua jawaban benar. Hebat!",
		wrongLeft:    "%d soal belum tepat.",
		badNumber:    "Ketik nomor dari 1 sampai %d.",
		badTrueFalse: "Ketik b (benar) atau s (salah).",
		badOrder:     "Ketik setiap nomor dari 1 sampai %d tepat sekali.",
		emptyAnswer:  "Jawaban masih kosong.",
		onward:       "Tekan Enter untuk lanjut.", quizResult: "Hasil kuis",

		reviewTitle: "Ulasan hari ini", reviewCard: "Kartu %d dari %d",
		flashcard: "Kartu ingat: coba ingat dulu, lalu lihat jawabannya.",
		reveal:    "Tekan Enter untuk melihat jawaban.", backSide: "Jawaban: %s",
		rateRight: "Seberapa mudah Anda mengingatnya? 1 Lagi, 2 Sulit, 3 Baik, 4 Mudah. Ketik angkanya lalu Enter, atau Enter saja untuk 3 Baik.",
		rateWrong: "Jawaban belum tepat, jadi kartu ini dinilai 1 Lagi. Tekan Enter.",
		rateBad:   "Ketik angka 1 sampai 4.",
		again:     "Lagi", hard: "Sulit", good: "Baik", easy: "Mudah",
		reviewDone: "Ulasan selesai. Kerja bagus!", reviewCounts: "Diulas: %d kartu, diingat: %d (%d%%)",
		nextDue:     "Kartu berikutnya jatuh tempo dalam %s.",
		unitMinutes: "%d menit", unitHours: "%d jam", unitDays: "%d hari", unitMonths: "%d bulan",
		nothingDue:    "Tidak ada kartu yang perlu diulas sekarang. Selesaikan kuis pelajaran untuk menambah kartu.",
		rateOnlyAgain: "Ketik 1 atau tekan Enter saja.",
		saveFailed:    "Gagal menyimpan: %v",
	}
}

func englishTexts() texts {
	return texts{
		learner: "Learner: %s", menuTitle: "Main menu", module: "Module %d: %s", minutes: "%d min",
		notOpened: "not opened", opened: "opened", done: "done", bestScore: "best score %d of %d",
		lessonsDone: "%d of %d lessons done",
		review:      "r) Today's review: %d cards", reviewNone: "r) Today's review: no cards",
		quit:       "q) Quit",
		menuPrompt: "Type a lesson's number, r for the review or q to quit, then Enter.",
		badChoice:  "There is no %q in the menu.", noLessons: "No lessons yet.",
		whoLearns: "Who is learning? Type the number, then Enter.", firstLearner: "First learner",

		lesson: "Lesson: %s", objective: "Objective: %s",
		readOn:  "Enter to read on, q to go back to the menu.",
		readEnd: "Done reading? Press Enter to start the quiz, q to go back to the menu.",
		noQuiz:  "This lesson has no quiz.", back: "Press Enter to go back to the menu.",

		question: "Question %d of %d", pickOne: "Pick one answer: type its number, then Enter.",
		pickMany:   "Pick all that apply: type their numbers separated by spaces, for example 1 3, then Enter.",
		trueFalse:  "True or false? Type t for true or f for false, then Enter.",
		typeAnswer: "Type your answer, then Enter.",
		orderItems: "Put in order: type the numbers of all items from the first, separated by spaces, for example 3 1 2, then Enter.",
		trueWord:   "True", falseWord: "False", correct: "Correct!", wrong: "Not quite.",
		correctAnswer: "Correct answer: %s", explanation: "Explanation: %s",
		score: "Score: %d of %d correct (%d%%)", allRight: "All answers correct. Well done!",
		wrongLeft:    "%d answers not yet right.",
		badNumber:    "Type a number from 1 to %d.",
		badTrueFalse: "Type t (true) or f (false).",
		badOrder:     "Type each number from 1 to %d exactly once.",
		emptyAnswer:  "The answer is empty.",
		onward:       "Press Enter to go on.", quizResult: "Quiz result",

		reviewTitle: "Today's review", reviewCard: "Card %d of %d",
		flashcard: "Flashcard: try to recall first, then show the answer.",
		reveal:    "Press Enter to show the answer.", backSide: "Answer: %s",
		rateRight: "How well did you recall it? 1 Again, 2 Hard, 3 Good, 4 Easy. Type the digit then Enter, or just Enter for 3 Good.",
		rateWrong: "The answer was not right, so this card is rated 1 Again. Press Enter.",
		rateBad:   "Type a digit from 1 to 4.",
		again:     "Again", hard: "Hard", good: "Good", easy: "Easy",
		reviewDone: "Review done. Well done!", reviewCounts: "Reviewed: %d cards, recalled: %d (%d%%)",
		nextDue:     "The next card is due in %s.",
		unitMinutes: "%d minutes", unitHours: "%d hours", unitDays: "%d days", unitMonths: "%d months",
		nothingDue:    "No cards to review right now. Finish lesson quizzes to add cards.",
		rateOnlyAgain: "Type 1 or just press Enter.",
		saveFailed:    "Could not save: %v",
	}
}
